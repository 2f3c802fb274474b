def multi(a, b):
    result = (a +
              b)
    print("a",
          "b")
    return [
        a,
        b,
    ]

def long_function(x):
    if x:
        y = 1
    else:
        y = 2
    z = x if y else -x
    for i in range(3):
        y += i
    return z

x = 1; y = 2
