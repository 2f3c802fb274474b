"""GilGen's json.scanner: the JSON token scanner.

CPython's module picks _json's C make_scanner when it can; GilGen's scanner is written in Python in
json/decoder.py (no `re` here) and follows the C one: the same results, the same errors and positions,
and, as the C scanner does, it reads only strict, object_hook, object_pairs_hook, parse_float,
parse_int and parse_constant from its context (parse_object, parse_array and parse_string are not
called).
"""

from json.decoder import _make_scanner as make_scanner

__all__ = ['make_scanner']
