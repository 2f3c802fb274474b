# sys.exit() ends the program as a normal end does: __main__'s globals are released, and the __del__ of an
# object still alive runs (CPython keeps no SystemExit for later, as it keeps an uncaught exception).
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


def shutdown(code):
    local = Resource("local")
    try:
        print("exiting with", code)
        sys.exit(code)
    finally:
        print("finally runs first")


held = Resource("global")
items = [Resource("in a list")]
shutdown(0)
print("not reached")
