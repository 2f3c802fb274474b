# return, break and continue from inside except handlers and with blocks keep their values.
def lookup(d, key):
    try:
        return key, d[key]
    except KeyError as e:
        return key, f"missing {e}"
    except TypeError:
        return key, None

print(lookup({"a": 1}, "a"), lookup({}, "b"), lookup({}, ["unhashable"]))

def first_number(items):
    for item in items:
        try:
            return int(item), [item]
        except ValueError:
            continue
        finally:
            pass
    return None, items

print(first_number(["x", "y", "42", "7"]), first_number(["a"]))

def collect(items):
    out = []
    for item in items:
        try:
            if item is None:
                raise LookupError("none")
            out.append(item * 2)
        except LookupError as err:
            out.append(str(err))
            if len(out) > 2:
                break
    return out, len(out)

print(collect([1, None, 2, None, 3]), collect([None, None, None, None]))

def nested_handlers(x):
    try:
        try:
            return {"value": 10 // x}
        except ZeroDivisionError:
            return {"error": "zero", "x": x}
    except Exception as e:
        return {"outer": repr(e)}

print(nested_handlers(5), nested_handlers(0), nested_handlers("s"))

def make_list_in_handler():
    try:
        raise ValueError("v")
    except ValueError as e:
        return [e.args[0]] * 3, (1, 2, 3), {"k": [e.args]}

print(make_list_in_handler())
