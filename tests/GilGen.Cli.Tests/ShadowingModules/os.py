# CPython imported os before the script ran: this file is never imported.
raise AssertionError('os.py beside the script was imported')
