# Class-based state machines: a vending machine, a traffic light, and a turnstile, with transition tables.
class InvalidTransition(Exception):
    pass

class VendingMachine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200}
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.sales = []
    def insert(self, cents):
        if cents not in (5, 10, 25, 100):
            raise ValueError(f"coin {cents} not accepted")
        if self.state not in ("idle", "has_credit"):
            raise InvalidTransition(f"cannot insert coins while {self.state}")
        self.credit += cents
        self.state = "has_credit"
        return self
    def select(self, code):
        if self.state != "has_credit":
            raise InvalidTransition(f"select in state {self.state}")
        if code not in self.PRICES:
            raise KeyError(code)
        if self.stock.get(code, 0) == 0:
            return f"{code} sold out"
        price = self.PRICES[code]
        if self.credit < price:
            return f"insert {price - self.credit} more"
        self.stock[code] -= 1
        self.credit -= price
        self.sales.append(code)
        change = self.refund()
        return f"vend {code}, change {change}"
    def refund(self):
        change, self.credit = self.credit, 0
        self.state = "idle"
        coins = []
        for coin in (100, 25, 10, 5):
            n, change = divmod(change, coin)
            coins += [coin] * n
        return coins

vm = VendingMachine({"A1": 1, "A2": 5, "B1": 0})
print(vm.insert(100).select("A1"))
print(vm.insert(25).insert(100).select("A1"))
print(vm.insert(100).select("A1"))
print(vm.select("B1"))
print(vm.insert(100).insert(100).select("A2"))
for op in [lambda: vm.select("A2"), lambda: vm.insert(3), lambda: vm.insert(5).select("Z9")]:
    try:
        print(op())
    except (InvalidTransition, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(vm.refund(), vm.sales, vm.stock, vm.state)

class TrafficLight:
    TRANSITIONS = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
    def __init__(self):
        self.state, self.remaining = "red", 3
        self.log = []
    def tick(self):
        self.remaining -= 1
        if self.remaining == 0:
            self.state, self.remaining = self.TRANSITIONS[self.state]
            self.log.append(self.state)
    def __repr__(self):
        return f"<{self.state}:{self.remaining}>"
light = TrafficLight()
timeline = []
for t in range(14):
    timeline.append(repr(light))
    light.tick()
print(" ".join(timeline))
print(light.log)

TABLE = {
    ("locked", "coin"): ("unlocked", "unlock"),
    ("locked", "push"): ("locked", "alarm"),
    ("unlocked", "push"): ("locked", "lock"),
    ("unlocked", "coin"): ("unlocked", "thank you"),
}
def run_turnstile(events, state="locked"):
    actions = []
    for ev in events:
        try:
            state, action = TABLE[(state, ev)]
        except KeyError:
            action = f"ignored {ev!r}"
        actions.append(action)
    return state, actions
print(run_turnstile(["push", "coin", "coin", "push", "push", "kick", "coin"]))

def parse_number(text):
    state = "start"
    for ch in text:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign", "int"):
            state = "int" if ch.isdigit() else "dot" if ch == "." and state == "int" else "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        if state == "error":
            return False, state
    return state in ("int", "frac"), state
for t in ["42", "-7", "+", "3.14", "3.", ".5", "1.2.3", "", "12a"]:
    print(repr(t), parse_number(t))
