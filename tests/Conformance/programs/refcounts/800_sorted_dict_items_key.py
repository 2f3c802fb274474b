# sorted() over dict views with a key: the item tuples the view makes must stay alive in the result list
# (issue 11: they once read back as (None, None)).
d = {'a': 3, 'b': 1, 'c': 2}
print(sorted(d.items(), key=lambda kv: kv[1]))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(d.items()))
print(sorted(list(d.items()), key=lambda kv: kv[1]))

# The result is a list of real tuples: index them, unpack them, keep them after the dict changes.
result = sorted(d.items(), key=lambda kv: -kv[1])
for pair in result:
    key, value = pair
    print(key, value, pair[0], pair[1], len(pair), type(pair).__name__)
d['a'] = 100
del d['b']
print(result)
print(d)

# Keys and values views, and a key function that builds new objects.
words = {'pear': 4, 'fig': 3, 'banana': 6, 'kiwi': 4, 'apple': 5}
print(sorted(words, key=len))
print(sorted(words.values()))
print(sorted(words.items(), key=lambda kv: (kv[1], kv[0])))
print(sorted(words.items(), key=lambda kv: [kv[1], kv[0][::-1]]))
print(sorted(words.keys(), key=lambda k: k[-1]))

# Items held only by the sorted list: nothing else refers to the tuples.
def ranking(scores):
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    return [f"{i + 1}. {name} ({score})" for i, (name, score) in enumerate(ranked)]

for line in ranking({'ann': 12, 'bob': 17, 'cy': 9, 'dee': 17}):
    print(line)

# A key that returns the tuple itself, and items of nested containers.
nested = {'x': [3, 1], 'y': [1, 2], 'z': [2, 0]}
by_list = sorted(nested.items(), key=lambda kv: kv[1])
print(by_list)
by_self = sorted(nested.items(), key=lambda kv: kv)
print(by_self)
by_last = sorted(nested.items(), key=lambda kv: kv[1][-1])
print(by_last)
by_last[0][1].append(99)
print(nested['z'], by_last[0])

# Many items, sorted repeatedly: every tuple must survive each pass.
big = {f'k{i:02d}': (i * 37) % 23 for i in range(40)}
once = sorted(big.items(), key=lambda kv: kv[1])
twice = sorted(once, key=lambda kv: kv[0], reverse=True)
print(once[:6])
print(twice[:6])
print(sum(v for _, v in once), sum(v for _, v in twice))
print(all(isinstance(t, tuple) and len(t) == 2 for t in once + twice))
