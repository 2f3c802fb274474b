print("pkg.sub runs", __name__)


def triple(x):
    return 3 * x
