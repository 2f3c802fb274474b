# The observer pattern: bound methods, lambdas and callable objects stored as listeners, unsubscribing,
# events with payloads, and listeners that raise without stopping the others.


class EventBus:
    def __init__(self):
        self.listeners = {}

    def subscribe(self, event, fn):
        self.listeners.setdefault(event, []).append(fn)
        return lambda: self.listeners[event].remove(fn)

    def publish(self, event, **payload):
        delivered, errors = 0, []
        for fn in list(self.listeners.get(event, [])):
            try:
                fn(**payload)
                delivered += 1
            except Exception as e:
                errors.append("%s: %s" % (type(e).__name__, e))
        return delivered, errors


class Inventory:
    def __init__(self, bus):
        self.stock = {}
        bus.subscribe("added", self.on_added)
        bus.subscribe("sold", self.on_sold)

    def on_added(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty

    def on_sold(self, item, qty):
        if self.stock.get(item, 0) < qty:
            raise ValueError("not enough %s" % item)
        self.stock[item] -= qty


class Ledger:
    def __init__(self):
        self.lines = []

    def __call__(self, item, qty):
        self.lines.append("%s x%d" % (item, qty))


bus = EventBus()
inv = Inventory(bus)
ledger = Ledger()
unsubscribe_ledger = bus.subscribe("sold", ledger)
audit = []
bus.subscribe("added", lambda item, qty: audit.append(("+", item, qty)))
bus.subscribe("sold", lambda item, qty: audit.append(("-", item, qty)))

print(bus.publish("added", item="pen", qty=10))
print(bus.publish("added", item="ink", qty=2))
print(bus.publish("sold", item="pen", qty=4))
print(bus.publish("sold", item="ink", qty=5))
unsubscribe_ledger()
print(bus.publish("sold", item="pen", qty=1))
print(bus.publish("nobody-listens", x=1))
print(inv.stock, ledger.lines, audit)
print([getattr(f, "__name__", type(f).__name__) for f in bus.listeners["sold"]])
print(bus.listeners["added"][0].__self__ is inv, bus.listeners["added"][0] == inv.on_added)
