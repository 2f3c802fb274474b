import sys
# Imported by name from the script, and by the runtime's own modules that import collections after it.
deque = 'not a deque'
print('collections.py runs', __name__, file=sys.stdout)
