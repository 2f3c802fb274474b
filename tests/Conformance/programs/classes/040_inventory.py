# An inventory system: items, a store with restocking and orders, errors, reports built with generator expressions.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku = sku

    def __str__(self):
        sku, wanted, have = self.args
        return "%s: wanted %d, only %d left" % (sku, wanted, have)

class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%s x%d @%.2f)" % (self.sku, self.qty, self.price)

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append("add " + item.sku)

    def order(self, sku, qty):
        item = self.items[sku]
        if item.qty < qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append("order %s %d" % (sku, qty))
        return round(item.price * qty, 2)

    def total_value(self):
        return round(sum(i.value() for i in self.items.values()), 2)

    def low_stock(self, limit):
        return sorted(i.sku for i in self.items.values() if i.qty < limit)

    def __len__(self):
        return len(self.items)

    def __contains__(self, sku):
        return sku in self.items

inv = Inventory()
inv.add(Item("A1", "apple", 0.5, 100))
inv.add(Item("B2", "bread", 2.25, 10))
inv.add(Item("C3", "cheese", 7.0, 3))
inv.add(Item("A1", "apple", 0.5, 20))
print(len(inv), "A1" in inv, "Z9" in inv, inv.total_value())
print(inv.order("A1", 30), inv.order("B2", 4))
for sku, qty in [("C3", 5), ("C3", 3), ("Z9", 1)]:
    try:
        print("order", sku, qty, "->", inv.order(sku, qty))
    except OutOfStock as e:
        print("OutOfStock:", e, e.sku)
    except KeyError as e:
        print("KeyError:", e)
print(inv.low_stock(10), inv.total_value())
print(sorted(inv.items.values(), key=lambda i: i.value()))
print(inv.log)
print(", ".join("%s=%d" % (i.name, i.qty) for i in inv.items.values()))
print(max(inv.items.values(), key=Item.value).name, any(i.qty == 0 for i in inv.items.values()))
