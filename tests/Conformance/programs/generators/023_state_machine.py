# A send-driven protocol parser: a generator is a state machine fed one byte at a time.
def frames(out):
    while True:
        byte = yield
        if byte != "<":
            out.append(("noise", byte))
            continue
        length_text = ""
        while True:
            byte = yield
            if byte == ":":
                break
            length_text += byte
        if not length_text.isdigit():
            out.append(("bad length", length_text))
            continue
        length = int(length_text)
        payload = ""
        for _ in range(length):
            payload += yield
        end = yield
        if end == ">":
            out.append(("frame", payload))
        else:
            out.append(("unterminated", payload))

received = []
parser = frames(received)
next(parser)
for ch in "x<5:hello><3:abc>yz<2:ok!<x:<0:>":
    parser.send(ch)
for item in received:
    print(item)

def traffic_light():
    state = "red"
    ticks = 0
    durations = {"red": 3, "green": 2, "yellow": 1}
    following = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        command = yield state, ticks
        if command == "emergency":
            state = "red"
            ticks = 0
            continue
        ticks += 1
        if ticks >= durations[state]:
            state = following[state]
            ticks = 0

light = traffic_light()
print(next(light))
for command in ["tick"] * 7 + ["emergency"] + ["tick"] * 4:
    print(command, light.send(command))

def vending(price):
    paid = 0
    while True:
        coin = yield paid
        if coin == "refund":
            print("refunding", paid)
            paid = 0
        elif coin not in (5, 10, 25):
            print("rejected", coin)
        else:
            paid += coin
            if paid >= price:
                print("vend! change:", paid - price)
                paid = 0

v = vending(30)
next(v)
for coin in [25, 3, 10, 10, 10, 5, "refund", 25, 25]:
    print("inserted", coin, "credit", v.send(coin))
