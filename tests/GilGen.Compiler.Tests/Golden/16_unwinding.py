def return_in_handler(f):
    try:
        f()
    except ValueError as e:
        return e
    except KeyError:
        return None

def break_in_with(items, lock):
    for i in items:
        with lock:
            if i:
                break
            continue

def return_in_nested(lock, f):
    with lock:
        try:
            return f()
        finally:
            print("x")

def return_in_for(items):
    for i in items:
        return i
    else:
        return None

def try_in_while(f):
    while True:
        try:
            f()
        except StopIteration:
            break
        finally:
            f = None

def generator_expr(items):
    return sum(x * x for x in items if x)
