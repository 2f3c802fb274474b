# Compiled into CPython (sys.builtin_module_names): never this file.
raise AssertionError('time.py beside the script was imported')
