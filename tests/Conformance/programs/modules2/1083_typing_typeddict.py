# typing.TypedDict: the class form and the functional one, total=False, Required/NotRequired, inheritance, the keys
# it records, calling it (a plain dict), and the checks and bases it refuses.
from typing import NotRequired, Required, TypedDict, get_type_hints


class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    title: str
    pages: Required[int]


class Release(Movie, total=False):
    studio: str
    rating: NotRequired[float]


m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, m == {"name": "Blade Runner", "year": 1982})
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Release.__required_keys__), sorted(Release.__optional_keys__), list(Release.__annotations__))
print(Movie.__name__, Movie.__qualname__, Movie.__module__, issubclass(type(m), dict))
Point = TypedDict("Point", {"x": int, "y": int})
Loose = TypedDict("Loose", {"a": str}, total=False)
print(Point(x=1, y=2), Point.__name__, Point.__module__, sorted(Point.__required_keys__), Loose.__total__)
print(get_type_hints(Movie))
for check in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        check()
    except TypeError as e:
        print("TypeError", e)
try:
    class Mixed(Movie, dict):
        pass
except TypeError as e:
    print("TypeError", e)
