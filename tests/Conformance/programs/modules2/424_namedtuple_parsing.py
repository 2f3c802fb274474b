from collections import namedtuple, Counter, defaultdict

LOG = """2024-05-01 10:00:01 INFO  auth    user=ann action=login
2024-05-01 10:00:07 WARN  disk    usage=91
2024-05-01 10:01:13 INFO  auth    user=bob action=login
2024-05-01 10:02:00 ERROR db      code=1205 msg=deadlock
2024-05-01 10:02:30 INFO  auth    user=ann action=logout
2024-05-01 10:03:45 ERROR db      code=1040 msg=too_many
2024-05-01 10:04:00 INFO  billing amount=12.50 user=cy"""

Entry = namedtuple('Entry', 'date time level component fields')

def parse(line):
    date, time, level, component, *rest = line.split()
    fields = dict(item.split('=', 1) for item in rest)
    return Entry(date, time, level, component, fields)

entries = [parse(line) for line in LOG.splitlines()]
print(entries[0])
print(Counter(e.level for e in entries).most_common())
by_component = defaultdict(list)
for e in entries:
    by_component[e.component].append(e.time)
print(dict(sorted(by_component.items())))

Error = namedtuple('Error', ['time', 'code', 'msg'])
errors = [Error._make((e.time, int(e.fields['code']), e.fields['msg'])) for e in entries if e.level == 'ERROR']
print(errors)
print(max(errors, key=lambda err: err.code)._asdict())

Session = namedtuple('Session', 'user start end', defaults=[None])
sessions = {}
for e in entries:
    if e.component == 'auth':
        user = e.fields['user']
        if e.fields['action'] == 'login':
            sessions[user] = Session(user, e.time)
        else:
            sessions[user] = sessions[user]._replace(end=e.time)
for s in sorted(sessions.values()):
    print(s, 'open' if s.end is None else 'closed')

Stat = namedtuple('Stat', 'level count first last')
stats = []
for level in sorted({e.level for e in entries}):
    times = [e.time for e in entries if e.level == level]
    stats.append(Stat(level, len(times), times[0], times[-1]))
for st in stats:
    print('{0.level:<6}{0.count:>3} {0.first}..{0.last}'.format(st))
print(list(zip(*stats))[1], sum(st.count for st in stats) == len(entries))
