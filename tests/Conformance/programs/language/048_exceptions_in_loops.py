# Exception handling interleaved with loops, else clauses and cleanup counts.
def parse_records(lines):
    good, bad, cleaned = [], [], 0
    for lineno, line in enumerate(lines, 1):
        try:
            name, score = line.split(":")
            value = int(score)
            if value < 0:
                raise ValueError("negative score")
        except ValueError as e:
            bad.append((lineno, str(e)))
            continue
        else:
            good.append((name.strip(), value))
        finally:
            cleaned += 1
        if value > 100:
            bad.append((lineno, "stop: too large"))
            break
    else:
        good.append(("<all lines read>", 0))
    return good, bad, cleaned

lines = ["ann: 10", "bob 20", "cy: x", "di: -1", "ed: 7"]
for part in parse_records(lines):
    print(part)
print(parse_records(["a: 1", "b: 1000", "c: 2"]))

def retry_loop(results):
    it = iter(results)
    tries = 0
    while True:
        tries += 1
        try:
            r = next(it)
            if r == "fail":
                raise RuntimeError(f"try {tries}")
            return r, tries
        except RuntimeError as e:
            print("retrying after", e)
        except StopIteration:
            return None, tries

print(retry_loop(["fail", "fail", "ok"]), retry_loop(["fail"]))
