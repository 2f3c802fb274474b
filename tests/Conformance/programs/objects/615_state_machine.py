# A traffic-light and a vending-machine state machine: states as classes with a shared interface,
# transitions by method dispatch, and a log of every step.


class State:
    name = "state"

    def on(self, machine, event):
        raise ValueError("%s cannot handle %r" % (self.name, event))

    def __repr__(self):
        return "<%s>" % self.name


class Idle(State):
    name = "idle"

    def on(self, machine, event):
        if event.startswith("coin:"):
            machine.credit += int(event[5:])
            return Paying()
        return super().on(machine, event)


class Paying(State):
    name = "paying"

    def on(self, machine, event):
        if event.startswith("coin:"):
            machine.credit += int(event[5:])
            return self
        if event.startswith("select:"):
            item = event[7:]
            price = machine.prices.get(item)
            if price is None:
                machine.log.append("unknown item " + item)
                return self
            if machine.credit < price:
                machine.log.append("need %d more for %s" % (price - machine.credit, item))
                return self
            machine.credit -= price
            machine.sold.append(item)
            return Dispensing()
        if event == "refund":
            machine.log.append("refund %d" % machine.credit)
            machine.credit = 0
            return Idle()
        return super().on(machine, event)


class Dispensing(State):
    name = "dispensing"

    def on(self, machine, event):
        if event == "take":
            if machine.credit:
                return Paying()
            return Idle()
        return super().on(machine, event)


class Machine:
    def __init__(self, prices):
        self.prices = prices
        self.state = Idle()
        self.credit = 0
        self.sold = []
        self.log = []

    def feed(self, event):
        try:
            self.state = self.state.on(self, event)
        except ValueError as e:
            self.log.append("error: %s" % e)
        return self.state


m = Machine({"tea": 120, "soup": 250})
events = ["select:tea", "coin:100", "select:tea", "coin:50", "select:coffee", "select:tea", "coin:1",
          "take", "coin:200", "select:soup", "take", "refund", "take"]
for ev in events:
    st = m.feed(ev)
    print("%-12s -> %-12r credit=%d" % (ev, st, m.credit))
print(m.sold)
for line in m.log:
    print(" ", line)

CYCLE = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
light, t, timeline = "red", 0, []
for tick in range(15):
    nxt, duration = CYCLE[light]
    t += 1
    if t >= duration:
        light, t = nxt, 0
    timeline.append(light[0])
print("".join(timeline))
