# Beside the script, this comes before the runtime's math: CPython's math is an extension module on sys.path.
pi = 'three'
def sqrt(x):
    return 'root of %s' % x
