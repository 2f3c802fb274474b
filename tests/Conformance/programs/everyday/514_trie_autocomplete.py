# A trie with insert, search, prefix listing, deletion and longest common prefix; word frequencies.
class TrieNode:
    __slots__ = ("children", "count", "terminal")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = 0

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.words = 0
        for w in words:
            self.insert(w)
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if node.terminal == 0:
            self.words += 1
        node.terminal += 1
    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._walk(word)
        return node is not None and node.terminal > 0
    def frequency(self, word):
        node = self._walk(word)
        return node.terminal if node else 0
    def starts_with(self, prefix):
        node = self._walk(prefix)
        out = []
        def collect(n, path):
            if n.terminal:
                out.append(path)
            for ch in sorted(n.children):
                collect(n.children[ch], path + ch)
        if node:
            collect(node, prefix)
        return out
    def count_prefix(self, prefix):
        node = self._walk(prefix)
        return 0 if node is None else (node.count if prefix else self.words)
    def remove(self, word):
        if word not in self:
            raise KeyError(word)
        path = [self.root]
        for ch in word:
            path.append(path[-1].children[ch])
        path[-1].terminal -= 1
        if path[-1].terminal == 0:
            self.words -= 1
        for i in range(len(word), 0, -1):
            node = path[i]
            node.count -= 1
            if node.count == 0:
                del path[i - 1].children[word[i - 1]]
    def longest_common_prefix(self):
        node, prefix = self.root, ""
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            prefix += ch
        return prefix
    def __len__(self):
        return self.words
    def __iter__(self):
        return iter(self.starts_with(""))

text = ("the theory of the thermal theme then there was a thin thing they thought through "
        "to the top of the tower then to town")
t = Trie(text.split())
print(len(t), list(t))
for p in ["th", "the", "ther", "to", "x", ""]:
    print(repr(p), t.count_prefix(p), t.starts_with(p)[:8])
for w in ["the", "then", "they", "th", "town", "tower", "towers"]:
    print(w, w in t, t.frequency(w))
for w in ["then", "then", "the", "thin"]:
    try:
        t.remove(w)
        print("removed", w, len(t), t.starts_with("th"))
    except KeyError as e:
        print("KeyError", e)
print(Trie(["flower", "flow", "flight"]).longest_common_prefix(), repr(Trie(["dog", "car"]).longest_common_prefix()),
      Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix())

def autocomplete(trie, prefix, k=3):
    ranked = sorted(trie.starts_with(prefix), key=lambda w: (-trie.frequency(w), w))
    return ranked[:k]
print(autocomplete(t, "t"), autocomplete(t, "th", 5), autocomplete(t, "q"))
