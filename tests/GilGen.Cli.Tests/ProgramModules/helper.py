print("helper runs", __name__)
COUNT = 3


def double(x):
    return 2 * x
