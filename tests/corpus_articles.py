"""Generated news-like articles for the corpus tests: seeded, unique, and plain enough to stay clean.

Each article is a headline and a few paragraphs of sentences built from small word lists
(a council, a figure, a place, a named speaker), so no two paragraphs are alike unless a
test plants one.
"""

from __future__ import annotations

import random

_BODIES = ["council", "school board", "water authority", "transit agency", "hospital trust", "port authority", "library board", "housing office"]
_TOWNS = ["Ashford", "Bramley", "Carlow", "Dunmore", "Elgin", "Fenwick", "Garston", "Hollis", "Ivybridge", "Jarrow", "Kelso", "Lydney"]
_VERBS = ["approved", "delayed", "rejected", "published", "extended", "cut", "raised", "reviewed"]
_THINGS = ["budget", "bus routes", "parking fees", "repair plan", "staff rota", "school meals contract", "water tariff", "flood defences"]
_PEOPLE = ["Ana Ruiz", "Tom Okafor", "Mei Chen", "Liam Walsh", "Sara Novak", "Omar Haddad", "Jo Patel", "Erik Lund"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_MONTHS = ["March", "April", "May", "June", "July", "September", "October"]


def _sentence(rng: random.Random) -> str:
    shape = rng.randrange(4)
    town, body = rng.choice(_TOWNS), rng.choice(_BODIES)
    if shape == 0:
        return f"The {town} {body} {rng.choice(_VERBS)} the {rng.choice(_THINGS)} on {rng.choice(_DAYS)} by {rng.randint(3, 9)} votes to {rng.randint(1, 4)}."
    if shape == 1:
        return f"The change will cost about £{rng.randint(2, 950)},{rng.randint(100, 999)} a year from {rng.choice(_MONTHS)}, {rng.choice(_PEOPLE)}, who chairs the {body}, said."
    if shape == 2:
        return f"{rng.randint(12, 4800):,} residents in {town} wrote to the {body} about the {rng.choice(_THINGS)} before the {rng.choice(_MONTHS)} meeting."
    return f"Officials in {town} expect {rng.randint(2, 40)} new staff to join by {rng.choice(_MONTHS)} {rng.randint(2025, 2027)}, according to the {body}'s own figures."


def article(rng: random.Random, paragraphs: int = 4) -> tuple[str, list[str]]:
    """A (headline, paragraphs) pair."""
    headline = f"{rng.choice(_TOWNS)} {rng.choice(_BODIES)} {rng.choice(_VERBS)} {rng.choice(_THINGS)}"
    return headline, [" ".join(_sentence(rng) for _ in range(3)) for _ in range(paragraphs)]


PLANTED = (
    "Experts believe that the coming months will be crucial for the region, as stakeholders weigh the "
    "potential benefits and challenges of the new measures and residents wait to see what comes next."
)


def corpus(count: int, seed: int = 7, planted_in: frozenset[int] = frozenset(), planted: str = PLANTED) -> list[dict]:
    """``count`` rows (id, source, title, text); the articles numbered in ``planted_in`` carry ``planted`` as their third paragraph."""
    rng = random.Random(seed)
    rows = []
    for number in range(count):
        headline, paragraphs = article(rng)
        if number in planted_in:
            paragraphs.insert(2, planted)
        rows.append({"id": f"story-{number:04d}", "source": "site-a" if number % 3 else "site-b", "title": headline, "text": "\n\n".join(paragraphs)})
    return rows
