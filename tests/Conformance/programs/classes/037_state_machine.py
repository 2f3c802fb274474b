# A traffic-light and a vending machine as state classes with polymorphic transitions.
class State:
    name = "state"

    def on(self, machine, event):
        print("  %s ignores %s" % (self.name, event))
        return self

    def __repr__(self):
        return "<" + self.name + ">"

class Idle(State):
    name = "idle"

    def on(self, machine, event):
        if event == "coin":
            machine.credit += 1
            return Paid()
        return super().on(machine, event)

class Paid(State):
    name = "paid"

    def on(self, machine, event):
        if event == "coin":
            machine.credit += 1
            return self
        if event == "select":
            if machine.stock == 0:
                return SoldOut()
            machine.stock -= 1
            machine.credit -= 1
            machine.dispensed += 1
            return Idle() if machine.credit == 0 else self
        if event == "refund":
            machine.refunded += machine.credit
            machine.credit = 0
            return Idle()
        return super().on(machine, event)

class SoldOut(State):
    name = "sold-out"

    def on(self, machine, event):
        if event == "restock":
            machine.stock = 2
            return Paid() if machine.credit else Idle()
        return super().on(machine, event)

class Machine:
    def __init__(self, stock):
        self.stock = stock
        self.credit = 0
        self.dispensed = 0
        self.refunded = 0
        self.state = Idle()
        self.trace = []

    def send(self, event):
        self.state = self.state.on(self, event)
        self.trace.append(self.state.name)

m = Machine(stock=1)
for ev in ["select", "coin", "coin", "select", "select", "select", "restock", "select", "refund", "refund"]:
    m.send(ev)
    print(ev, "->", m.state, "credit", m.credit, "stock", m.stock)
print(m.trace)
print(m.dispensed, m.refunded, type(m.state).__name__, isinstance(m.state, State))

class Light:
    order = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}

    def __init__(self):
        self.index = 0
        self.clock = 0

    def tick(self):
        self.clock += 1
        color = Light.order[self.index]
        if self.clock >= Light.durations[color]:
            self.clock = 0
            self.index = (self.index + 1) % len(Light.order)
        return Light.order[self.index]

light = Light()
print([light.tick() for _ in range(12)])
