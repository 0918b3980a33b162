"""Fixes as data: what a rule declares it can do about its findings, and the edits that means
on one document.

A rule declares its fix in its pack entry, beside its options; every kind's rules can::

    fix = "delete-sentence"                                    # an action, safe
    fix = { action = "delete-match", title = "Drop the stock opener" }
    fix = { action = "replace", replacement = "{match}", safety = "unsafe" }

Actions:
  delete-match     the finding's characters. On a block's text they must be a detachable
                   opener: they start a sentence and end at "that", a comma or a colon, which
                   go too; the next word is capitalised ("It is important to note that the
                   council voted" -> "The council voted"), and what remains must read as a
                   clause, or there is no fix. Outside any block (a directive comment) the characters go, and the
                   line with them when nothing else is on it.
  delete-sentence  the sentences the finding touches, with the space after them
  delete-block     the paragraph, list item or heading the finding is in
  delete-line      the source lines the finding is on
  replace          the finding's characters become ``replacement``, a template of the
                   finding's message values (``{match}``); unsafe unless declared safe

``safety`` is ``safe`` (``check --fix`` applies it) or ``unsafe`` (``--unsafe-fixes``), and
``title`` names the fix in an editor's menu ("Fix: delete the chatbot sign-off").

Deleting a whole block deletes its lines, and one of the blank lines around them, so the
paragraphs left stay one blank line apart; a deletion that empties a block deletes the block.
A fix that cannot be done cleanly gives the finding no fix rather than a damaged file: markup
inside the characters to delete (it would be left unbalanced), a block that shares a line with
another, an opener whose remainder is not a clause. A declared-safe deletion of more than the
finding's own words (a sentence, a block) becomes unsafe when those other words carry a fact
(a figure, a name, a quotation): the fix would change what the article reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lint_news.blocks import Block
from lint_news.document import Document
from lint_news.findings import SAFE, UNSAFE, Edit, Fix, Hit
from lint_news.lazy import LazyPattern

ACTIONS = ("delete-match", "delete-sentence", "delete-block", "delete-line", "replace")
_DEFAULT_TITLES = {
    "delete-match": "Delete '{match}'",
    "delete-sentence": "Delete the sentence",
    "delete-block": "Delete the block",
    "delete-line": "Delete the line",
    "replace": "Replace with '{replacement}'",
}


@dataclass(frozen=True)
class FixSpec:
    """A rule's declared fix (see the module docstring)."""

    action: str
    safety: str = SAFE
    title: str | None = None
    replacement: str | None = None

    def title_for(self, params: dict[str, Any]) -> str:
        template = self.title or _DEFAULT_TITLES[self.action]
        try:
            return template.format(**params, replacement=self.replacement or "")
        except (KeyError, IndexError, ValueError):
            return template


def parse_fix(value: Any) -> FixSpec:
    """A pack's ``fix`` value as a :class:`FixSpec`; raises ValueError saying what is wrong."""
    if isinstance(value, str):
        value = {"action": value}
    if not isinstance(value, dict):
        raise ValueError("'fix' must be an action name or a table with 'action'")
    unknown = sorted(set(value) - {"action", "safety", "title", "replacement"})
    if unknown:
        raise ValueError(f"unknown key '{unknown[0]}' in 'fix' (allowed: action, safety, title, replacement)")
    action = value.get("action")
    if action not in ACTIONS:
        raise ValueError(f"'fix' action {action!r} is not one of {', '.join(ACTIONS)}")
    replacement = value.get("replacement")
    if action == "replace" and not isinstance(replacement, str):
        raise ValueError("'fix' action 'replace' needs a 'replacement' string")
    if action != "replace" and replacement is not None:
        raise ValueError(f"'fix' action {action!r} takes no 'replacement'")
    safety = value.get("safety", UNSAFE if action == "replace" else SAFE)
    if safety not in (SAFE, UNSAFE):
        raise ValueError(f"'fix' safety {safety!r} is not 'safe' or 'unsafe'")
    title = value.get("title")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise ValueError("'fix' title must be a non-empty string")
    return FixSpec(action, safety, title, replacement)


def fix_for(document: Document, spec: FixSpec, hit: Hit, params: dict[str, Any]) -> Fix | None:
    """The fix ``spec`` means for ``hit`` on ``document``, or None when it cannot be done cleanly."""
    if hit.notice:
        return None
    planned = _plan(document, spec, hit, params)
    if planned is None or planned[0] is None:
        return None
    edits, reaches_beyond = planned
    safety = spec.safety
    if hit.fix_unsafe or (safety == SAFE and reaches_beyond):
        safety = UNSAFE
    return Fix(spec.title_for(params), safety, tuple(edits))


def _plan(document: Document, spec: FixSpec, hit: Hit, params: dict[str, Any]) -> tuple[list[Edit] | None, bool] | None:
    """The edits, and whether they delete words beyond the finding's that carry a fact."""
    block = hit.block
    in_text = block is not None and not hit.source_offsets
    if spec.action == "replace":
        start, end = hit.source_span()
        try:
            replacement = spec.replacement.format(**params) if spec.replacement else ""
        except (KeyError, IndexError, ValueError):
            return None
        if in_text and _markup_between(document, set(block.offsets), start, end):
            return None
        return [Edit(start, end - start, replacement)], False
    if spec.action == "delete-line":
        start, end = hit.source_span()
        return _delete_lines(document, start, end), _beyond_carries_fact(document, block, hit, 0, len(block.text)) if in_text else False
    if spec.action == "delete-match" and not in_text:
        start, end = hit.source_span()
        return _delete_source_span(document, start, end), False
    if block is None:
        return None
    if spec.action == "delete-block":
        return _delete_block(document, block), _beyond_carries_fact(document, block, hit, 0, len(block.text)) if in_text else False
    if not in_text:
        return None
    if spec.action == "delete-sentence":
        return _delete_sentences(document, block, hit)
    return _delete_opener(document, block, hit)


# ---------------------------------------------------------------------------
# Deleting text inside a block


def _delete_sentences(document: Document, block: Block, hit: Hit) -> tuple[list[Edit], bool] | None:
    sentences = [s for s in document.sentences_of(block) if s.start < max(hit.end, hit.start + 1) and hit.start < s.end]
    if not sentences:
        return None
    start, end = sentences[0].start, sentences[-1].end
    beyond = _beyond_carries_fact(document, block, hit, start, end)
    edits = _delete_in_block(document, block, start, end)
    return (edits, beyond) if edits is not None else None


_CONNECTIVE = LazyPattern(r"[\s,:;—–-]*(?:that\b[\s,]*)?")
#: What ends an opener that can go without its sentence: "It is worth noting that ...", "In
#: conclusion, ...", "Subtitle: ...". Without one ("It is worth remembering the 2019 flood")
#: the opener's words are part of the sentence and deleting them leaves a fragment.
_DETACHING = ",:;—–"
_ASIDE_THEN_THAT = LazyPattern(r"\w+,\s*that\b", re.IGNORECASE)
_CLAUSE_WORDS = 3


def _delete_opener(document: Document, block: Block, hit: Hit) -> tuple[list[Edit], bool] | None:
    """Drop a stock opener at a sentence's start and capitalise what follows; None elsewhere."""
    sentence = document.sentence_at(block, hit.start)
    text = block.text
    if sentence is None or sentence.start != hit.start:
        return None
    rest = _CONNECTIVE.match(text, hit.end).end()
    remainder = text[rest : max(sentence.end, rest)]
    detached = text[hit.end - 1 : hit.end] in _DETACHING or any(mark in text[hit.end : rest] for mark in _DETACHING) or "that" in text[hit.end : rest].lower()
    if not detached or not remainder[:1].isalnum() or _ASIDE_THEN_THAT.match(remainder) or len(remainder.split()) < _CLAUSE_WORDS:
        return None
    edits = _delete_in_block(document, block, hit.start, rest)
    if edits is None:
        return None
    first = text[rest]
    if first.islower() and not _mixed_case(remainder.split(None, 1)[0]):
        position = block.offsets[rest]
        if document.source[position] != first:
            return None
        (deletion,) = edits
        edits = [Edit(deletion.offset, position + 1 - deletion.offset, first.upper())]
    return edits, False


def _mixed_case(word: str) -> bool:
    """'iPhone', 'eBay': a word whose own capitals must not move."""
    return any(character.isupper() for character in word[1:])


def _delete_in_block(document: Document, block: Block, start: int, end: int) -> list[Edit] | None:
    """Delete ``block.text[start:end]`` with the space that separated it from the text after it
    (or before it, at the block's end); the whole block when nothing would be left."""
    text = block.text
    while end < len(text) and text[end].isspace():
        end += 1
    if end >= len(text):
        while start > 0 and text[start - 1].isspace():
            start -= 1
    if start == 0 and end >= len(text):
        return _delete_block(document, block)
    offsets = block.offsets
    source_start = offsets[start]
    source_end = offsets[end] if end < len(text) else offsets[-1] + 1
    if _markup_between(document, set(block.offsets[start:end]), source_start, source_end):
        return None
    return [Edit(source_start, source_end - source_start, "")]


def _markup_between(document: Document, own: set[int], source_start: int, source_end: int) -> bool:
    """Whether the source from ``source_start`` to ``source_end`` holds anything but the characters
    ``own`` (source offsets of a block's text) and whitespace: markup an edit would leave unbalanced."""
    source = document.source
    return any(position not in own and not source[position].isspace() for position in range(source_start, source_end))


_WORD = LazyPattern(r"[^\W\d_][\w'’-]*")
_SENTENCE_BREAK = LazyPattern(r"[.!?:]\s*[\"'“‘(]*$")


def _beyond_carries_fact(document: Document, block: Block | None, hit: Hit, start: int, end: int) -> bool:
    """Whether ``block.text[start:end]`` outside the hit's own characters holds a figure, a quotation
    or a name (a capitalised word that does not start a sentence)."""
    if block is None:
        return False
    text = block.text
    first_word = len(text) - len(text.lstrip())
    for piece_start, piece_end in ((start, max(start, hit.start)), (min(end, hit.end), end)):
        piece = text[piece_start:piece_end]
        if any(character.isdigit() for character in piece) or any(mark in piece for mark in "\"“”"):
            return True
        for word in _WORD.finditer(text, piece_start, piece_end):
            token = word.group()
            if not token[0].isupper() or token == "I" or token.startswith(("I'", "I’")):
                continue
            if word.start() != first_word and not _SENTENCE_BREAK.search(text[max(0, word.start() - 4) : word.start()]):
                return True
    return False


# ---------------------------------------------------------------------------
# Deleting lines


def _line_span(document: Document, start: int, end: int) -> tuple[int, int]:
    """0-based first and last line of the source characters ``[start, end)``."""
    lines = document.lines
    first = lines.line_of(start) - 1
    last = lines.line_of(max(start, end - 1)) - 1
    return first, last


def _blank(document: Document, line: int) -> bool:
    lines = document.lines
    return 0 <= line < lines.line_count and not document.source[lines.start_of(line) : lines.start_of(line + 1)].strip()


def _delete_lines(document: Document, start: int, end: int) -> list[Edit] | None:
    """Delete the source lines of ``[start, end)`` and one blank line beside them when blank lines
    stand on both sides (or the deleted lines close the file): no other block may share them."""
    first, last = _line_span(document, start, end)
    lines = document.lines
    line_start, line_end = lines.start_of(first), lines.start_of(last + 1)
    for other in document.blocks:
        if other.start < line_end and line_start < other.end and not (start <= other.start and other.end <= end):
            return None
    source = document.source
    if not source[line_end:].strip() and first > 0 and _blank(document, first - 1):
        line_start = lines.start_of(first - 1)  # the last words of the file: the blank line before goes
    elif (first == 0 or _blank(document, first - 1)) and _blank(document, last + 1):
        line_end = lines.start_of(last + 2)
    return [Edit(line_start, line_end - line_start, "")]


_HTML_TAG = LazyPattern(r"<(/?)([A-Za-z][\w-]*)\b[^<>]*>")


def _delete_block(document: Document, block: Block) -> list[Edit] | None:
    """Delete a whole block: its lines, when it has them to itself; in HTML only when its line
    holds nothing but the block and the tags around it."""
    if document.format == "html" and not _alone_in_element(document, block):
        return None
    return _delete_lines(document, block.start, block.end)


def _alone_in_element(document: Document, block: Block) -> bool:
    first, last = _line_span(document, block.start, block.end)
    lines = document.lines
    source = document.source
    before = source[lines.start_of(first) : block.start]
    after = source[block.end : lines.start_of(last + 1)]
    opened = _tags_only(before)
    closed = _tags_only(after)
    if opened is None or closed is None or not opened:
        return False
    if any(closing for closing, _name in opened) or not all(closing for closing, _name in closed):
        return False
    return [name.lower() for _closing, name in opened] == [name.lower() for _closing, name in reversed(closed)]


def _tags_only(text: str) -> list[tuple[bool, str]] | None:
    """The tags of ``text`` when it holds nothing else but whitespace, else None."""
    if _HTML_TAG.sub("", text).strip():
        return None
    return [(bool(match.group(1)), match.group(2)) for match in _HTML_TAG.finditer(text)]


def _delete_source_span(document: Document, start: int, end: int) -> list[Edit] | None:
    """Delete source characters outside any block (a directive comment), and their line when it
    would be left blank."""
    lines = document.lines
    first, last = _line_span(document, start, end)
    line_start, line_end = lines.start_of(first), lines.start_of(last + 1)
    source = document.source
    if not (source[line_start:start] + source[end:line_end]).strip():
        return [Edit(line_start, line_end - line_start, "")]
    while end < line_end and source[end] in " \t":
        end += 1
    return [Edit(start, end - start, "")]
