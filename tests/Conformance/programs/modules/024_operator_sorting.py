# operator's itemgetter, attrgetter, methodcaller with sorted/max/map; the operator functions as values.
import operator
from operator import itemgetter, methodcaller

rows = [("bob", "ops", 52000), ("ann", "eng", 71000), ("cid", "eng", 65000), ("dee", "hr", 48000), ("eve", "ops", 52000)]
print(sorted(rows, key=itemgetter(2)))
print(sorted(rows, key=itemgetter(1, 2)))
print(sorted(rows, key=itemgetter(2), reverse=True)[:2])
print(max(rows, key=itemgetter(2)), min(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)), itemgetter(1, 0)(rows[0]), itemgetter(slice(1, 3))("abcd"))
print(itemgetter("k")({"k": 9}), repr(itemgetter(1)), repr(itemgetter(0, 2)))
print(list(map(methodcaller("upper"), ["a", "bc"])), methodcaller("split", ",")("x,y"), methodcaller("replace", "a", "o", 1)("banana"))
print(repr(methodcaller("split", ",", maxsplit=1)), methodcaller("split", ",", maxsplit=1)("a,b,c"))
getreal = operator.attrgetter("__name__")
print(getreal(len), repr(operator.attrgetter("a", "b")))
table = [("add", operator.add), ("sub", operator.sub), ("mul", operator.mul), ("truediv", operator.truediv),
         ("floordiv", operator.floordiv), ("mod", operator.mod), ("pow", operator.pow), ("lshift", operator.lshift),
         ("and_", operator.and_), ("or_", operator.or_), ("xor", operator.xor), ("lt", operator.lt), ("eq", operator.eq), ("ge", operator.ge)]
for name, f in table:
    print(name, f(17, 5), f(-17, 5))
print(operator.neg(5), operator.pos(-5), operator.invert(5), operator.not_(0), operator.truth([]), operator.abs(-3.5), operator.index(7))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem([10, 20, 30], 1), operator.is_(None, None), operator.is_not(1, None))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(5, 3), operator.length_hint([1, 2, 3]), operator.length_hint(map(str, []), 7))
print(operator.call(pow, 2, 5), operator.__add__(1, 2), operator.mul("ab", 3))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
