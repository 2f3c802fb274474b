import threading

class Point:
    "A point."
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Worker(threading.Thread):
    count = 0

    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        Worker.count += self.n

class Empty:
    pass

class Private:
    def __init__(self):
        self.__secret = 1

    def get(self):
        return self.__secret

def factory():
    class Local:
        def method(self):
            return Local
    return Local
