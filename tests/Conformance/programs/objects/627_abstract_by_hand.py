# Abstract methods without the abc module: a base raising NotImplementedError, template methods, hooks
# with default behaviour, and checking at construction that a subclass implemented what it must.


class Report:
    required = ("rows",)

    def __init__(self, title):
        missing = [m for m in self.required if getattr(type(self), m) is getattr(Report, m, None)]
        if missing:
            raise TypeError("Can't instantiate %s without %s" % (type(self).__name__, ", ".join(missing)))
        self.title = title

    def rows(self):
        raise NotImplementedError("subclasses must implement rows()")

    def header(self):
        return self.title.upper()

    def footer(self, rows):
        return "%d rows" % len(rows)

    def render(self):
        rows = list(self.rows())
        lines = [self.header(), "-" * len(self.header())]
        lines += [self.format_row(r) for r in rows]
        lines.append(self.footer(rows))
        return "\n".join(lines)

    def format_row(self, row):
        return " | ".join(str(c) for c in row)


class Squares(Report):
    def rows(self):
        for i in range(1, 5):
            yield i, i * i


class Totals(Squares):
    def footer(self, rows):
        return "total: %d" % sum(r[1] for r in rows)

    def format_row(self, row):
        return "%3d %5d" % row


class Broken(Report):
    pass


print(Squares("squares").render())
print(Totals("totals").render())
try:
    Broken("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Report.rows(Squares("s"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(Totals("t"), Report), Totals.footer is Squares.footer, Totals.rows is Squares.rows)
