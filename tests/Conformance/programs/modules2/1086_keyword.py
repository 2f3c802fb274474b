# keyword: the keyword lists of CPython 3.12's grammar and the tests for them.
import keyword
from keyword import iskeyword, issoftkeyword

print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__, len(keyword.kwlist))
print([w for w in ("if", "match", "print", "None", "none", "_", "type", "await", "", "IF") if iskeyword(w)])
print([w for w in ("if", "match", "print", "_", "type", "case") if issoftkeyword(w)])
print(all(iskeyword(k) for k in keyword.kwlist), any(iskeyword(k) for k in keyword.softkwlist))
print(sorted(n for n in dir(keyword) if not n.startswith("__")))
