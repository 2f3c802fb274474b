# Richer values cross too: dataclass instances, nested containers, sets of tuples, big ints, bytes.
import multiprocessing
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Key:
    region: str
    code: int


def restock(item, amount):
    item.tags.append("restocked %d" % amount)
    return item


def index(items):
    return {Key(i.name[:1], len(i.name)): i.price for i in items}


def stats(data):
    return {
        "count": len(data["values"]),
        "sum": sum(data["values"]),
        "pairs": sorted(data["pairs"]),
        "blob": data["blob"][::-1],
        "big": data["big"] * 3,
    }


if __name__ == "__main__":
    items = [Item("apple", 1.5), Item("bread", 2.25, ["fresh"]), Item("cheese", 7.0)]
    with multiprocessing.Pool(2) as pool:
        back = pool.starmap(restock, [(it, n) for n, it in enumerate(items)])
        for it in back:
            print(it)
        print("parent's items unchanged:", [it.tags for it in items])
        print(back[0] == Item("apple", 1.5, ["restocked 0"]), type(back[0]) is Item)
        idx = pool.apply(index, (items,))
        for k in sorted(idx, key=lambda k: (k.region, k.code)):
            print(k, idx[k])
        print(Key("a", 5) in idx, hash(Key("a", 5)) == hash(Key("a", 5)))
        data = {"values": list(range(0, 100, 7)), "pairs": {(1, "b"), (0, "a"), (2, "c")},
                "blob": bytes(range(10)), "big": 10 ** 40 + 1}
        for k, v in sorted(pool.apply(stats, (data,)).items()):
            print(k, v)
