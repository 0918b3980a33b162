"""One scan of a block tells which of a run's patterns may match it.

A run has a few hundred pattern rules' expressions, and an article matches one
or two of them. Running every expression in ``regex`` over every block would be
most of lint-news's time; instead, every expression is read once for the
*literals* any match of it must contain: ``\\bstark (?:reminder|warning)\\b``
cannot match a block that holds neither "stark reminder" nor "stark warning".
All the literals of a run go into one Aho-Corasick automaton (pyahocorasick),
each block is scanned once, case-folded, and only the expressions whose
literals are there run exactly in ``regex``; findings are the same as running
all of them. The automaton is built for the first document that is not tiny:
building it over ~7,000 literals takes about 8 ms, and a one-line file is
looked through literal by literal in under a millisecond (the candidates are
the same either way).

This is the idea of RE2's FilteredRE2, with the literal extraction in Python:
it needs no second regular-expression engine, and building the filter for a
run costs a few milliseconds, which matters for a pre-commit hook that lints one
file. The reading is conservative: wherever an expression matches, the text
holds one of its literals. What only narrows a match (lookarounds, ``\\b``,
anchors) is read as empty, what stands for many characters (``.``, ``\\w``, a
wide class, a backreference) as "anything", and literals are compared
case-folded whatever the expression's flags, which only widens. An expression
with no usable literal (``\\w+ly``) or in syntax this reader does not know is
a candidate on every block: slower, never wrong.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter


try:  # pyahocorasick is a dependency; a platform without its wheel falls back to one ``in`` per literal
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - exercised only where the wheel does not install
    _ahocorasick = None

#: Most strings an exact reading may enumerate before it becomes a "contains one of" reading.
_MAX_EXACT = 16
#: Most characters a class may hold and still be read as a set of literals.
_MAX_CLASS = 6
#: Most clauses kept for one expression, and the shortest literal a clause after the first may have
#: (a clause such as {'"', "'"} is found in nearly every block: many lookups, little selection).
_MAX_CLAUSES = 3
_MIN_EXTRA = 1
_DROPPED = {"b", "B", "A", "Z", "z", "G", "m", "M"}  # assertions: they match the empty string
_WIDE = set("wWdDShHvVX")  # shorthands for classes too wide to enumerate
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\x07"}
#: A run of characters that stand for themselves (read in one step: expressions run to thousands of characters).
_PLAIN = re.compile(r"[^\\()\[\]{}*+?|.^$]+")
_PLAIN_VERBOSE = re.compile(r"[^\\()\[\]{}*+?|.^$#\s]+")


class Unreadable(ValueError):
    """The expression uses syntax this reader does not know; it is then always a candidate."""


@dataclass(frozen=True)
class _Reading:
    """What a piece of an expression says about the text it matches.

    ``exact``: the piece matches exactly one of these (folded) strings, or
    None: not known. ``clauses``: every match contains one string of each
    clause (an AND of ORs; empty: nothing known). An exact reading is the
    stronger; it becomes a clause when it grows too large or is repeated.
    """

    exact: frozenset[str] | None = None
    clauses: tuple[frozenset[str], ...] = ()

    def needed(self) -> tuple[frozenset[str], ...]:
        """The clauses every match satisfies."""
        if self.exact is not None:
            return (self.exact,) if self.exact and all(map(_telling, self.exact)) else ()
        return self.clauses


def _telling(literal: str) -> bool:
    """Worth a lookup: two characters or more besides spaces, or one sign ("%", "["); a letter says nothing."""
    core = literal.strip(" ")
    return len(core) >= 2 or (len(core) == 1 and not core.isalnum())


def fold(text: str) -> str:
    """Text as the prefilter compares it: case-folded, every run of white space one space.

    Folding only widens what an expression's literals are found in. ``regex``'s
    ``\\s`` is a subset of what ``str.split`` splits on, so a run ``\\s+`` matches
    is one space here; with IGNORECASE ``regex`` matches "I" to the dotless "ı",
    which case-folding keeps apart, so "ı" folds to "i"."""
    folded = " ".join(text.casefold().replace("ı", "i").split())
    if text[:1].isspace():
        folded = " " + folded
    if text[-1:].isspace() and folded != " ":
        folded += " "
    return folded


_EMPTY = _Reading(exact=frozenset({""}))
_ANYTHING = _Reading()
_SPACE = _Reading(exact=frozenset({" "}))


def _literal(text: str) -> _Reading:
    return _Reading(exact=frozenset({fold(text)}))


def _rank(strings: frozenset[str]) -> tuple[int, int]:
    """How selective a clause is: the longer its shortest literal and the fewer its literals, the better."""
    return (min(len(text.strip(" ")) for text in strings), -len(strings))


def _best(clauses: Iterable[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The few most selective of ``clauses``: each one more lookup per match, and most say little more."""
    unique = sorted(set(clauses), key=_rank, reverse=True)
    chosen = unique[:1] + [clause for clause in unique[1:_MAX_CLAUSES] if _rank(clause)[0] >= _MIN_EXTRA]
    return tuple(chosen)


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(first + second) if first.endswith(" ") and second.startswith(" ") else first + second for first in left for second in right)


def _concatenate(readings: list[_Reading]) -> _Reading:
    """A sequence: exact strings multiply while they stay few; every piece's clauses hold together."""
    clauses: list[frozenset[str]] = []
    run = frozenset({""})  # the exact strings of the current stretch
    whole = True  # every piece so far is exact
    for reading in readings:
        if reading.exact is not None:
            if len(run) * len(reading.exact) <= _MAX_EXACT:
                run = _product(run, reading.exact)
                continue
            clauses.extend(_Reading(exact=run).needed())
            run = reading.exact
        else:
            clauses.extend(_Reading(exact=run).needed())
            clauses.extend(reading.clauses)
            run = frozenset({""})
        whole = False
    if whole:
        return _Reading(exact=run)
    clauses.extend(_Reading(exact=run).needed())
    return _Reading(clauses=_best(clauses))


def _alternate(branches: list[_Reading]) -> _Reading:
    """Alternatives: the union of exact strings while few, else a match contains what one branch needs."""
    if len(branches) == 1:
        return branches[0]
    if all(branch.exact is not None for branch in branches):
        union = frozenset().union(*(branch.exact for branch in branches))
        if len(union) <= _MAX_EXACT:
            return _Reading(exact=union)
    best = [branch.needed()[:1] for branch in branches]
    if not all(best):
        return _ANYTHING
    return _Reading(clauses=(frozenset().union(*(clause for (clause,) in best)),))


def _repeat(reading: _Reading, at_least: int, at_most: int | None) -> _Reading:
    """``x{n,m}``: ``x?`` may add the empty string; otherwise a match holds ``x`` repeated ``n`` times."""
    if reading.exact == _SPACE.exact:  # a run of spaces folds to one: \s+ reads " ", \s* reads "" or " "
        return _SPACE if at_least else _Reading(exact=frozenset({"", " "}))
    if at_least == 0:
        if at_most == 1 and reading.exact is not None and len(reading.exact) < _MAX_EXACT:
            return _Reading(exact=reading.exact | {""})
        return _ANYTHING
    if at_least == at_most == 1:
        return reading
    if reading.exact is not None and len(reading.exact) ** min(at_least, 3) <= _MAX_EXACT:
        strings = frozenset({""})
        for _ in range(min(at_least, 3)):  # x{2,} holds "xx": a longer literal than "x"
            strings = _product(strings, reading.exact)
        if at_least == at_most and at_least <= 3:
            return _Reading(exact=strings)
        return _Reading(clauses=_Reading(exact=strings).needed())
    return _Reading(clauses=reading.needed())


class _Reader:
    """A recursive-descent reading of one ``regex`` (VERSION0) expression."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0
        self.verbose = False  # (?x) at the start: whitespace and # comments outside classes are not pattern

    def read(self) -> _Reading:
        reading = self._alternation()
        if self.at != len(self.source):
            raise Unreadable(f"unbalanced ')' at {self.at}")
        return reading

    def _peek(self, text: str) -> bool:
        return self.source.startswith(text, self.at)

    def _alternation(self) -> _Reading:
        branches = [self._sequence()]
        while self._peek("|"):
            self.at += 1
            branches.append(self._sequence())
        return _alternate(branches)

    def _sequence(self) -> _Reading:
        pieces: list[_Reading] = []
        while self.at < len(self.source) and not self._peek(")") and not self._peek("|"):
            char = self.source[self.at]
            if self.verbose and char.isspace():
                self.at += 1
            elif self.verbose and char == "#":
                end = self.source.find("\n", self.at)
                self.at = len(self.source) if end == -1 else end + 1
            elif run := (_PLAIN_VERBOSE if self.verbose else _PLAIN).match(self.source, self.at):
                text = run.group()
                if run.end() < len(self.source) and self.source[run.end()] in "*+?{" and len(text) > 1:
                    text = text[:-1]  # a repeat applies to the last character alone
                self.at += len(text)
                pieces.append(_literal(text))
            elif char in "*+?{":
                repeat = self._quantifier()
                if repeat is None:
                    pieces.append(_literal("{"))
                    continue
                if not pieces:
                    raise Unreadable(f"nothing to repeat at {self.at}")
                pieces[-1] = _repeat(pieces[-1], *repeat)
            else:
                pieces.append(self._atom())
        return _concatenate(pieces)

    def _quantifier(self) -> tuple[int, int | None] | None:
        """The bounds of a repeat (None: a brace that is a literal, as Python reads it)."""
        char = self.source[self.at]
        if char == "{":
            end = self.source.find("}", self.at)
            body = self.source[self.at + 1 : end] if end != -1 else ""
            low, comma, high = body.partition(",")
            low, high = low.strip(), high.strip()
            if end == -1 or not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
                self.at += 1
                return None
            self.at = end + 1
            bounds = (int(low or 0), (int(high) if high else None) if comma else int(low))
        else:
            self.at += 1
            bounds = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        if self._peek("?") or self._peek("+"):  # lazy or possessive: the same strings
            self.at += 1
        return bounds

    def _atom(self) -> _Reading:
        char = self.source[self.at]
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return self._escape()
        self.at += 1
        if char in "^$":
            return _EMPTY
        if char == ".":
            return _ANYTHING
        return _literal(char)

    def _group(self) -> _Reading:
        source = self.source
        self.at += 1
        if source.startswith("?", self.at):
            for opener in ("?=", "?!", "?<=", "?<!"):
                if source.startswith(opener, self.at):
                    self.at += len(opener)
                    self._alternation()  # parsed for its extent: a lookaround consumes nothing
                    self._close()
                    return _EMPTY
            if source.startswith("?#", self.at):
                end = source.find(")", self.at)
                if end == -1:
                    raise Unreadable("unterminated comment")
                self.at = end + 1
                return _EMPTY
            if source.startswith("?P=", self.at):  # named backreference
                end = source.find(")", self.at)
                if end == -1:
                    raise Unreadable("unterminated backreference")
                self.at = end + 1
                return _ANYTHING
            if source.startswith("?P<", self.at) or source.startswith("?<", self.at):
                end = source.find(">", self.at)
                if end == -1:
                    raise Unreadable("unterminated group name")
                self.at = end + 1
            elif source.startswith("?:", self.at) or source.startswith("?>", self.at):
                self.at += 2
            else:  # inline flags: (?x) (?i) (?i:...) (?-i:...); case is folded anyway
                end = self.at + 1
                while end < len(source) and (source[end].isalpha() or source[end] == "-"):
                    end += 1
                flags = source[self.at + 1 : end]
                if not flags or set(flags) - set("imsxu-") or flags.count("-") > 1 or end >= len(source) or source[end] not in ":)":
                    raise Unreadable(f"unsupported group at {self.at - 1}")
                if "x" in flags:
                    if flags.startswith("-") or "-x" in flags or source[end] != ")" or self.at != 1:
                        raise Unreadable("verbose mode is only understood as a leading (?x)")
                    self.verbose = True
                self.at = end + 1
                if source[end] == ")":
                    return _EMPTY
        reading = self._alternation()
        self._close()
        return reading

    def _close(self) -> None:
        if not self._peek(")"):
            raise Unreadable("missing ')'")
        self.at += 1

    def _class(self) -> _Reading:
        """A class is a handful of literal characters, or "anything" (negated, wide or a range)."""
        source = self.source
        self.at += 1
        members: set[str] | None = set()
        if self._peek("^"):
            members = None
            self.at += 1
        first = True
        while True:
            if self.at >= len(source):
                raise Unreadable("unterminated character class")
            char = source[self.at]
            if char == "]" and not first:
                self.at += 1
                break
            first = False
            if char == "\\":
                member = self._class_escape()
            elif source.startswith("[:", self.at):
                end = source.find(":]", self.at)
                if end == -1:
                    raise Unreadable("unterminated POSIX class")
                self.at = end + 2
                member = None
            else:
                self.at += 1
                member = char
            if member is not None and self._peek("-") and not source.startswith("-]", self.at):
                self.at += 1  # a range: its end is read and the class becomes "anything"
                if self._peek("\\"):
                    self._class_escape()
                else:
                    self.at += 1
                member = None
            if member is None:
                members = None
            elif members is not None:
                members.add(member)
        if members is None or not members or len(members) > _MAX_CLASS:
            return _ANYTHING
        return _Reading(exact=frozenset(fold(member) for member in members))

    def _class_escape(self) -> str | None:
        """One escape inside a class: its character, or None for a shorthand or property."""
        char = self.source[self.at + 1] if self.at + 1 < len(self.source) else ""
        if char == "b":
            self.at += 2
            return "\x08"
        reading = self._escape()
        if reading.exact is not None and len(reading.exact) == 1:
            (text,) = reading.exact
            return text if len(text) == 1 else None
        return None

    def _escape(self) -> _Reading:
        source = self.source
        if self.at + 1 >= len(source):
            raise Unreadable("trailing backslash")
        char = source[self.at + 1]
        self.at += 2
        if char in _WIDE:
            return _ANYTHING
        if char == "s":
            return _SPACE
        if char in ("p", "P"):
            if self._peek("{"):
                end = source.find("}", self.at)
                if end == -1:
                    raise Unreadable("unterminated \\p{...}")
                self.at = end + 1
            else:
                self.at += 1
            return _ANYTHING
        if char in _CONTROL:
            return _literal(_CONTROL[char])
        if char in _DROPPED:
            return _EMPTY
        if char in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[char]
            if char == "x" and self._peek("{"):
                end = source.find("}", self.at)
                digits, self.at = source[self.at + 1 : end], end + 1
            else:
                digits = source[self.at : self.at + width]
                self.at += width
            try:
                return _literal(chr(int(digits, 16)))
            except ValueError:
                raise Unreadable(f"bad escape \\{char}{digits}") from None
        if char == "N" and self._peek("{"):
            end = source.find("}", self.at)
            try:
                literal = unicodedata.lookup(source[self.at + 1 : end])
            except KeyError:
                raise Unreadable("unknown character name") from None
            self.at = end + 1
            return _literal(literal)
        if char.isdigit():
            if char == "0":
                digits = char
                while len(digits) < 3 and self.at < len(source) and source[self.at] in "01234567":
                    digits += source[self.at]
                    self.at += 1
                return _literal(chr(int(digits, 8)))
            while self.at < len(source) and source[self.at].isdigit():
                self.at += 1
            return _ANYTHING  # a backreference: any text at all
        if char.isascii() and char.isalnum():
            raise Unreadable(f"unknown escape \\{char}")
        return _literal(char)


def required_literals(source: str) -> tuple[frozenset[str], ...]:
    """What every text ``source`` matches holds, under any flags: one string of each set, folded.

    Empty when the expression gives no usable literal or cannot be read.
    ``\\bstudies\\s+(?:show|suggest)`` gives ``({"studies show", "studies suggest"},)``.
    """
    try:
        return _Reader(source).read().needed()
    except Unreadable:
        return ()


def _readings(sources: list[str]) -> dict[str, list[list[str]]]:
    """Every expression's clauses, read once and then kept in the cache (:mod:`lint_news.cache`).

    The key holds this module's own size and time, so a change to the reading
    (in a checkout being worked on) is never answered from an older entry."""
    from lint_news.cache import cached

    module = os.stat(__file__)
    return cached(
        "prefilter",
        [module.st_size, module.st_mtime_ns, sources],
        lambda: {source: [sorted(clause) for clause in required_literals(source)] for source in sources},
    )


def _layout(keys: list[tuple[str, bool]]) -> dict[str, list]:
    """The scan's tables for ``keys``: for each literal, the patterns whose first clause it
    satisfies, and for each pattern, the literals of its other clauses. Worked out once and kept
    in the cache, as the readings are: building them loops over every literal of every pattern,
    a good part of a cold start."""
    from lint_news.cache import cached

    module = os.stat(__file__)
    return cached("prefilter-layout", [module.st_size, module.st_mtime_ns, keys], lambda: _build_layout(keys))


def _build_layout(keys: list[tuple[str, bool]]) -> dict[str, list]:
    readings = _readings(sorted({source for source, _ in keys}))
    patterns: list[tuple[str, bool]] = []
    always: list[tuple[str, bool]] = []
    index: dict[str, int] = {}  # literal -> its number
    firsts: list[list[int]] = []  # literal -> the patterns whose first clause it satisfies
    later: list[list[list[int]]] = []  # pattern -> its other clauses, as literal numbers
    for key in keys:
        clauses = readings[key[0]]
        if not clauses:
            always.append(key)
            continue
        numbered = []
        for clause in clauses:
            for literal in clause:
                if literal not in index:
                    index[literal] = len(firsts)
                    firsts.append([])
            numbered.append(sorted(index[literal] for literal in clause))
        for number in numbered[0]:
            firsts[number].append(len(patterns))
        patterns.append(key)
        later.append(numbered[1:])
    return {"patterns": patterns, "always": always, "literals": list(index), "firsts": firsts, "later": later}


_second = itemgetter(1)  # an automaton match's value: the literal's number

#: Characters of one document from which the automaton pays for its building (a one-line file does not).
_AUTOMATON_FROM = 200


class Prefilter:
    """A run's patterns behind one cheap scan; :meth:`candidates` names those that may match a text.

    Patterns are identified by ``(source, ignore_case)``, as the pattern kind
    compiles them. A pattern is a candidate when the folded text holds a
    literal of each of its clauses; patterns with no usable literal are in
    ``always`` and are named for every text.
    """

    def __init__(self, keys: Iterable[tuple[str, bool]]) -> None:
        self.keys = frozenset(keys)
        layout = _layout(sorted(self.keys))
        self._patterns: list[tuple[str, bool]] = [(source, ignore_case) for source, ignore_case in layout["patterns"]]
        self.always = frozenset((source, ignore_case) for source, ignore_case in layout["always"])
        self._literals: list[str] = layout["literals"]
        #: For each literal, the patterns whose first (most selective) clause it satisfies.
        self._firsts: list[tuple[int, ...]] = [tuple(patterns) for patterns in layout["firsts"]]
        #: For each pattern, the literals of each of its other clauses.
        self._later: list[tuple[frozenset[int], ...]] = [tuple(map(frozenset, clauses)) for clauses in layout["later"]]
        self._automaton = None

    def prepare(self, size: int) -> None:
        """Build the automaton before scanning ``size`` characters, unless that is a tiny text."""
        if self._automaton is None and size >= _AUTOMATON_FROM and _ahocorasick is not None and self._literals:
            automaton = _ahocorasick.Automaton()
            for index, literal in enumerate(self._literals):
                automaton.add_word(literal, index)
            automaton.make_automaton()
            self._automaton = automaton

    def candidates(self, text: str) -> frozenset[tuple[str, bool]]:
        """The patterns that may match somewhere in ``text`` (every pattern that does is among them).

        The literals found are looked up for the patterns whose first clause they satisfy, and
        only those patterns' other clauses are checked: most literals found are common words of
        later clauses ("the ", ","), which then cost nothing."""
        folded = fold(text)
        if self._automaton is not None:
            found = set(map(_second, self._automaton.iter(folded)))
        else:
            found = {index for index, literal in enumerate(self._literals) if literal in folded}
        later, patterns = self._later, self._patterns
        chosen = []
        for pattern in set(chain.from_iterable(map(self._firsts.__getitem__, found))):
            for clause in later[pattern]:
                if found.isdisjoint(clause):
                    break
            else:
                chosen.append(patterns[pattern])
        return self.always.union(chosen)
