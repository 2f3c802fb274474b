from array import array
import math

samples = array('d', (round(math.sin(i / 3) * 10, 3) for i in range(24)))
print(samples[:6], len(samples), samples.itemsize)

def moving_average(data, width):
    out = array('d')
    window = sum(data[:width])
    out.append(window / width)
    for i in range(width, len(data)):
        window += data[i] - data[i - width]
        out.append(round(window / width, 6))
    return out

smooth = moving_average(samples, 4)
print([round(x, 3) for x in smooth[:5]], len(smooth))
quantized = array('b', (max(-128, min(127, int(x * 12))) for x in samples))
print(quantized.tolist())
raw = quantized.tobytes()
print(raw.hex()[:32], len(raw))
restored = array('b')
restored.frombytes(raw)
print(restored == quantized, restored[5], restored[-3:])
peaks = [i for i in range(1, len(samples) - 1) if samples[i - 1] < samples[i] > samples[i + 1]]
print('peaks', peaks, [samples[i] for i in peaks])
hist = array('H', [0] * 5)
for x in samples:
    hist[min(4, int((x + 10) / 4))] += 1
print(hist, sum(hist))
counts = array('L', [0, 1])
for _ in range(60):
    counts.append(counts[-1] + counts[-2])
print(counts[-1], counts.itemsize, counts[10:15])
try:
    counts.append(counts[-1] * 1000)
except OverflowError as e:
    print('OverflowError:', e)
ints = array('i', range(10))
ints[2:5] = array('i', [-1])
del ints[::3]
print(ints, ints.index(-1), array('i', reversed(ints)))
f = array('f', [0.1, 0.2, 0.3])
print(f, sum(f), array('d', f))
