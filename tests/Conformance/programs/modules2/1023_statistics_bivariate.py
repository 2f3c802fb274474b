# statistics: covariance, correlation (linear and ranked), linear_regression (and proportional).
import random
import statistics as st


def show(name, *args, **kwargs):
    try:
        result = getattr(st, name)(*args, **kwargs)
        print(name, type(result).__name__, repr(result))
    except Exception as e:
        print(name, type(e).__name__, e)


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
for a, b in ((x, y), (x, z), (y, z), (x, x), ([1.5, 2.5, 0.5], [3, -1, 2]), ([True, False, True], [1, 2, 4])):
    show('covariance', a, b)
    show('correlation', a, b)
    show('correlation', a, b, method='ranked')
    show('linear_regression', a, b)
    show('linear_regression', a, b, proportional=True)

lr = st.linear_regression([1, 2, 3], [2, 4, 6.5])
print(lr, lr.slope, lr.intercept, type(lr).__name__, lr._fields)
show('covariance', [1, 2, 3], [1, 2])
show('covariance', [1], [1])
show('correlation', [1, 2, 3], [1, 2])
show('correlation', [1, 1, 1], [1, 2, 3])
show('correlation', [1, 2, 3], [1, 2, 3], method='spearman')
show('correlation', [1], [2])
show('linear_regression', [1, 1, 1], [1, 2, 3])
show('linear_regression', [1, 2], [1])
show('linear_regression', [1], [1])

rng = random.Random(77)
for trial in range(8):
    n = rng.randint(2, 40)
    a = [rng.uniform(-100, 100) for _ in range(n)]
    b = [ai * rng.uniform(-3, 3) + rng.gauss(0, 10) for ai in a]
    c = [rng.randint(-50, 50) for _ in range(n)]
    print(trial, st.covariance(a, b), st.correlation(a, b), st.correlation(a, b, method='ranked'),
          st.linear_regression(a, b), st.linear_regression(a, b, proportional=True))
    print(trial, st.covariance(c, a), st.covariance(c, c), st.linear_regression(c, a))
    try:
        print(trial, st.correlation(c, b), st.correlation(c, c, method='ranked'))
    except st.StatisticsError as e:
        print(trial, e)
