# nested dataclasses, repr, sorting by key
from dataclasses import dataclass

@dataclass
class Date:
    year: int
    month: int
    day: int

@dataclass
class Event:
    title: str
    when: Date
    tags: list

@dataclass
class Calendar:
    owner: str
    events: list

events = [
    Event("exam", Date(2024, 6, 12), ["school"]),
    Event("party", Date(2024, 5, 30), ["fun", "friends"]),
    Event("trip", Date(2023, 12, 24), []),
    Event("olympiad", Date(2024, 6, 1), ["school", "maths"]),
]
cal = Calendar("ann", events)
print(cal)
print()

def key(e):
    return (e.when.year, e.when.month, e.when.day)

for e in sorted(cal.events, key=key):
    print(f"{e.when.year}-{e.when.month:02}-{e.when.day:02} {e.title} {e.tags}")

print(sorted(events, key=lambda e: len(e.tags))[0].title)
print(max(events, key=key))
print(Date(2024, 1, 1) == Date(2024, 1, 1), Date(2024, 1, 1) == Date(2024, 1, 2))
e2 = Event("exam", Date(2024, 6, 12), ["school"])
print(e2 == events[0], e2 in events, events.index(e2))
e2.tags.append("hard")
print(e2 == events[0], e2)
school = [e.title for e in events if "school" in e.tags]
print(school)
by_year = {}
for e in events:
    by_year.setdefault(e.when.year, []).append(e.title)
print(by_year)
