raise AssertionError('itertools.py beside the script was imported')
