"""One scan of a block tells which of a run's patterns may match it.

A run has a few hundred pattern rules' expressions, and an article matches one
or two of them. Running every expression in ``regex`` over every block is most
of lint-news's time; instead, every expression is rewritten to a *superset*
that RE2 accepts (RE2 has no lookarounds, no backreferences, and ASCII-only
``\\w``, ``\\b`` and ``\\s``), all of them go into one RE2 FilteredRE2, and each
block is scanned once. Only the expressions it names then run exactly in
``regex``, so findings are the same as running all of them.

Superset means: wherever the original matches, the rewrite matches too. The
rewrite drops what only narrows a match (lookarounds, word boundaries, ``$``;
``^`` becomes a line start), widens what RE2 reads more narrowly (``\\w``, ``\\d``,
``\\s`` and ``\\p{..}`` become their ASCII members plus every character beyond
ASCII), loosens ``{n,m}`` to ``*`` or ``+`` and turns a backreference into
"anything". An expression that cannot be rewritten, or that RE2 refuses, is a
candidate on every block: it is slower, never wrong. Without google-re2
installed every expression is a candidate on every block, which is the plain
``regex`` path.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

try:  # google-re2 is a dependency; a platform without its wheel falls back to plain regex
    import re2 as _re2
except ImportError:  # pragma: no cover - exercised only where the wheel does not install
    _re2 = None

#: Character-class bodies for Python's Unicode shorthands: the ASCII members, and every
#: character beyond ASCII. Wider than the Unicode classes, and far smaller automata: RE2
#: builds its DFA over UTF-8 bytes, where ``\p{L}`` is hundreds of byte ranges.
_NON_ASCII = r"\x{80}-\x{10ffff}"
_SHORTHANDS = {
    "w": r"0-9A-Za-z_" + _NON_ASCII,
    "d": r"0-9" + _NON_ASCII,
    "s": r"\t\n\v\f\r \x{1c}-\x{1f}" + _NON_ASCII,
}
#: Letter properties as ASCII letters plus everything beyond ASCII; other properties match any character.
_PROPERTIES = {"L": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "Lt": "", "Lm": "", "Lo": "", "N": "0-9", "Nd": "0-9"}
_NEGATED = {"W", "D", "S"}  # RE2's ASCII \W, \D, \S already include every Unicode non-word, non-digit, non-space
_DROPPED = {"b", "B", "A", "Z", "z", "G", "m", "M"}  # assertions: dropping one only widens the match
_CONTROL = {"n": r"\n", "t": r"\t", "r": r"\r", "f": r"\f", "v": r"\v", "a": r"\x{07}"}


class Untranslatable(ValueError):
    """The expression uses syntax this rewriter does not know; it is then always a candidate."""


def _escaped_char(char: str) -> str:
    if char.isascii() and not char.isalnum():
        return "\\" + char
    if char.isascii():
        raise Untranslatable(f"unknown escape \\{char}")
    return char


class _Translator:
    """A recursive-descent rewrite of one ``regex`` (VERSION0) expression into RE2 syntax."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0
        self.verbose = False  # (?x) at the start: whitespace and # comments outside classes are not pattern

    def translate(self) -> str:
        out = self._sequence()
        if self.at != len(self.source):
            raise Untranslatable(f"unbalanced ')' at {self.at}")
        return out

    def _peek(self, text: str) -> bool:
        return self.source.startswith(text, self.at)

    def _sequence(self) -> str:
        parts: list[str] = []
        while self.at < len(self.source) and not self._peek(")"):
            char = self.source[self.at]
            if self.verbose and char.isspace():
                self.at += 1
            elif self.verbose and char == "#":
                end = self.source.find("\n", self.at)
                self.at = len(self.source) if end == -1 else end + 1
            elif char == "|":
                self.at += 1
                parts.append("|")
            elif char in "*+?{":
                parts.append(self._quantifier())
            else:
                parts.append(self._atom())
        return "".join(parts)

    def _quantifier(self) -> str:
        char = self.source[self.at]
        if char == "{":
            end = self.source.find("}", self.at)
            body = self.source[self.at + 1 : end] if end != -1 else ""
            low, comma, high = body.partition(",")
            if end == -1 or not (low.strip().isdigit() or (comma and not low.strip())) or (high.strip() and not high.strip().isdigit()):
                self.at += 1  # not a repeat: a literal brace, as in Python
                return r"\{"
            self.at = end + 1
            # x{n,m} matches only where x* (n = 0) or x+ does: the looser form keeps RE2's DFA small.
            text = "*" if not low.strip() or int(low) == 0 else "+"
        else:
            self.at += 1
            text = char
        if self._peek("?"):
            self.at += 1
            text += "?"
        elif self._peek("+"):  # possessive: the same strings, without backtracking
            self.at += 1
        return text

    def _atom(self) -> str:
        char = self.source[self.at]
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return self._escape(in_class=False)
        self.at += 1
        if char == "^":
            return "(?m:^)"  # start of a line: wider than Python's start of the text, equal under (?m)
        if char == "$":
            return "(?:)"  # Python's $ also matches before a final newline; RE2's does not
        return char

    def _group(self) -> str:
        source = self.source
        self.at += 1
        if source.startswith("?", self.at):
            for opener in ("?=", "?!", "?<=", "?<!"):
                if source.startswith(opener, self.at):
                    self.at += len(opener)
                    self._sequence()  # parsed for its extent, then dropped
                    self._close()
                    return "(?:)"
            if source.startswith("?#", self.at):
                end = source.find(")", self.at)
                if end == -1:
                    raise Untranslatable("unterminated comment")
                self.at = end + 1
                return ""
            if source.startswith("?P=", self.at):  # named backreference
                end = source.find(")", self.at)
                self.at = end + 1
                return "(?s:.*)"
            if source.startswith("?P<", self.at) or source.startswith("?<", self.at):
                end = source.find(">", self.at)
                if end == -1:
                    raise Untranslatable("unterminated group name")
                self.at = end + 1
                prefix = "(?:"
            elif source.startswith("?:", self.at) or source.startswith("?>", self.at):
                self.at += 2
                prefix = "(?:"
            else:  # inline flags: (?x) (?i) (?i:...) (?-i:...)
                end = self.at + 1
                while end < len(source) and (source[end].isalpha() or source[end] == "-"):
                    end += 1
                flags = source[self.at + 1 : end]
                if not flags or set(flags) - set("imsxu-") or flags.count("-") > 1 or end >= len(source) or source[end] not in ":)":
                    raise Untranslatable(f"unsupported group at {self.at - 1}")
                if "x" in flags:
                    if flags.startswith("-") or "-x" in flags or source[end] != ")" or self.at != 1:
                        raise Untranslatable("verbose mode is only understood as a leading (?x)")
                    self.verbose = True
                flags = flags.replace("x", "").replace("u", "")
                if flags.endswith("-"):
                    flags = flags[:-1]
                self.at = end + 1
                if source[end] == ")":
                    return f"(?{flags})" if flags.strip("-") else ""
                prefix = f"(?{flags}:" if flags.strip("-") else "(?:"
        else:
            prefix = "(?:"
        body = self._sequence()
        self._close()
        return prefix + body + ")"

    def _close(self) -> None:
        if not self._peek(")"):
            raise Untranslatable("missing ')'")
        self.at += 1

    def _class(self) -> str:
        source = self.source
        self.at += 1
        out = ["["]
        if self._peek("^"):
            out.append("^")
            self.at += 1
        first = True
        while True:
            if self.at >= len(source):
                raise Untranslatable("unterminated character class")
            char = source[self.at]
            if char == "]" and not first:
                self.at += 1
                break
            if char == "\\":
                out.append(self._escape(in_class=True))
            elif char == "[":
                if source.startswith("[:", self.at):
                    end = source.find(":]", self.at)
                    if end == -1:
                        raise Untranslatable("unterminated POSIX class")
                    out.append(source[self.at : end + 2])
                    self.at = end + 2
                else:
                    out.append(r"\[")
                    self.at += 1
            elif char == "]":
                out.append(r"\]")
                self.at += 1
            else:
                out.append(char)
                self.at += 1
            first = False
        out.append("]")
        return "".join(out)

    def _escape(self, in_class: bool) -> str:
        source = self.source
        if self.at + 1 >= len(source):
            raise Untranslatable("trailing backslash")
        char = source[self.at + 1]
        self.at += 2
        if char in _SHORTHANDS:
            return _SHORTHANDS[char] if in_class else f"[{_SHORTHANDS[char]}]"
        if char in _NEGATED:
            return "\\" + char
        if char in ("p", "P"):
            if self._peek("{"):
                end = source.find("}", self.at)
                if end == -1:
                    raise Untranslatable("unterminated \\p{...}")
                name, self.at = source[self.at + 1 : end], end + 1
            else:
                name, self.at = source[self.at : self.at + 1], self.at + 1
            body = _PROPERTIES.get(name) if char == "p" else None
            body = r"\x{0}-\x{10ffff}" if body is None else body + _NON_ASCII
            return body if in_class else f"[{body}]"
        if char in _CONTROL:
            return _CONTROL[char]
        if char == "b" and in_class:
            return r"\x{08}"
        if char in _DROPPED:
            if in_class:
                raise Untranslatable(f"\\{char} inside a class")
            return "(?:)"
        if char in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[char]
            digits = source[self.at : self.at + width]
            if char == "x" and self._peek("{"):
                end = source.find("}", self.at)
                digits, self.at = source[self.at + 1 : end], end + 1
            else:
                self.at += width
            try:
                return "\\x{%x}" % int(digits, 16)
            except ValueError:
                raise Untranslatable(f"bad escape \\{char}{digits}") from None
        if char == "N" and self._peek("{"):
            end = source.find("}", self.at)
            try:
                literal = unicodedata.lookup(source[self.at + 1 : end])
            except KeyError:
                raise Untranslatable("unknown character name") from None
            self.at = end + 1
            return "\\x{%x}" % ord(literal)
        if char.isdigit():
            if char == "0" or in_class:
                digits = char
                while len(digits) < 3 and self.at < len(source) and source[self.at] in "01234567":
                    digits += source[self.at]
                    self.at += 1
                return "\\x{%x}" % int(digits, 8)
            while self.at < len(source) and source[self.at].isdigit():
                self.at += 1
            return "(?s:.*)"  # a backreference: any text at all
        return _escaped_char(char)


def superset(source: str, ignore_case: bool) -> str:
    """An RE2 expression that matches wherever ``source`` (a ``regex`` expression) does."""
    translated = _Translator(source).translate()
    return ("(?i)" if ignore_case else "") + translated


class Prefilter:
    """A run's patterns behind one cheap scan; :meth:`candidates` names those that may match a text.

    Patterns are identified by ``(source, ignore_case)``, as the pattern kind
    compiles them. RE2's FilteredRE2 holds their supersets: one pass finds the
    literals every match must contain ("tapestry", "according to"), and only the
    supersets whose literals are all there (or that have no usable literal, as
    ``TK``) are run, in RE2's linear time. Patterns RE2 cannot hold at all are in
    ``always`` and are named for every text.
    """

    def __init__(self, keys: Iterable[tuple[str, bool]]) -> None:
        self.keys = frozenset(keys)
        self._filter = None
        self._filtered: list[tuple[str, bool]] = []
        always = []
        if _re2 is not None:
            literal_filter = _re2.Filter()
            for key in sorted(self.keys):
                try:
                    literal_filter.Add(superset(*key))
                except (Untranslatable, _re2.error):
                    always.append(key)
                    continue
                self._filtered.append(key)
            if self._filtered:
                literal_filter.Compile()
                self._filter = literal_filter
        self.always = frozenset(always) if self._filter is not None else self.keys

    def candidates(self, text: str) -> frozenset[tuple[str, bool]]:
        """The patterns that may match somewhere in ``text`` (every pattern that does is among them)."""
        if self._filter is None:
            return self.always
        filtered = self._filtered
        return self.always.union(filtered[index] for index in self._filter.Match(text) or ())
