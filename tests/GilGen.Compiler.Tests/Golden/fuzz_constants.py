# Constants the differential dis fuzzer (tools/fuzz.sh dis) found printed differently from python3.9.


def frozenset_order(x):
    # A set display after `in` is a frozenset constant, printed in CPython's hash-table order.
    a = x in {26, 19}
    b = x in {16, 9, 6, 39}
    c = x in {-5, 39, 4, 28, 13}
    d = x in {1, 31, -1, 15, 2, 3, 100, 1000, -9, 23}
    return a, b, c, d


def same_comprehension_twice(pairs):
    # Two identical comprehensions on one line are one code object constant.
    return [v for k, v in pairs], sorted(v for v in [v for k, v in pairs])


def same_lambda_twice(xs):
    return sorted(xs, key=lambda x: -x), max(xs, key=lambda x: -x)


def big_true_division():
    # int / int beyond 2**53 folds to the correctly rounded float.
    return 1 / 577267979255772982432397630245171, 10 ** 30 / 3, -(10 ** 40) / 7


print(frozenset_order(19), frozenset_order(-1))
print(same_comprehension_twice([('a', 1), ('b', 2)]))
print(same_lambda_twice([3, 1, 2]))
print(big_true_division())
