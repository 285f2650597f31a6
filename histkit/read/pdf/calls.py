"""Note calls printed on the line: `[12]` where a document raises none of its calls, `Garrigou*` for a symbol note.

Some journals call their notes with a bracketed number in the body's own
type (`arhiva [1], raspolagala`) instead of a raised one. Where the body
holds no raised call of any note, a bracketed number is a call when it is
the number of a note read and the calls go up in order (none skipped by
more than a few): `[3]` before `[2]` is a reference, not a call. The call
becomes a ("c", "[3]") token of its line, which the page writer turns into
a note mark. An unnumbered note (`* Maître de conférences …`) whose symbol
no body line raises is called by that symbol glued to a word on its page
(the author's name, `Garrigou*`). Where neither raised nor bracketed calls
are found, numbers glued to words in order are the calls (`glued_calls`).
"""

from __future__ import annotations

import re

from .lines import Line
from .marks import SYMBOLS
from ...patterns import compiled

# `[12]` after a word or punctuation (a space between or none), before a space, punctuation or the line end
# or `(12)` after a word space: the parenthesised call of journals that print calls at the body's size
# (`Палаты (1) и`); a year `(1837)` or a span `(1837–1841)` is no call (more than three digits, a dash)
# or glued to a word or its full stop, as a typewriter set them (`Demos(5)`, `England .(4)`; not after a digit: `5(2)`)
_BRACKET_CALL = compiled(r"\[(?:(?<=\S\[)|(?<=\S[ \u00a0]\[))(\d{1,3})\](?=[\s.,;:!?)»”’\"]|$)"
                           r"|(?:(?<=\S[ \u00a0])|(?<=[^\W\d_])|(?<=[^\W\d_][.,;:!?»”’\"])|(?<=\s[.,;:]))"
                           r"\((\d{1,3})\)(?=[\s.,;:!?»”’\"]|$)")
# `(12)` or `[12]` opening a line: a call wrapped to the line's start (the line break its word space, or a browser's
# break before a link's bracket), where the sentence goes on after it (punctuation, or a word in lower case) as it
# does not after a list's `(2) The …` or a reference list's `[2] Smith`
_OPENING_CALL = compiled(r"(?:\((\d{1,3})\)|\[(\d{1,3})\])(?=[.,;:!?»”’\"]|\s+[^\W\d_])")
_AHEAD = 3  # a call may skip this many numbers (a note called nowhere, a call lost in a table)


def bracket_calls(bodies: list[list[Line]], labels: set[str]) -> None:
    """Split the bracketed calls out of the body lines' text tokens, pages in order, each page in reading order.

    >>> def line(text): return Line([], 0, 0, 100, 10, 10, 10, False, [("t", text)])
    >>> lines = [line("the archive [1], and the law [2]."), line("See [4] and [3].")]
    >>> bracket_calls([lines], {"1", "2", "3"})
    >>> [ln.tokens for ln in lines]
    [[('t', 'the archive '), ('c', '[1]'), ('t', ', and the law '), ('c', '[2]'), ('t', '.')], [('t', 'See [4] and '), ('c', '[3]'), ('t', '.')]]
    >>> lines = [line("the reform (1837–1841) of the board (1), part (9) and year (2).")]
    >>> bracket_calls([lines], {"1", "2", "3"})
    >>> lines[0].tokens
    [('t', 'the reform (1837–1841) of the board '), ('c', '(1)'), ('t', ', part (9) and year '), ('c', '(2)'), ('t', '.')]
    >>> lines = [line("works of Demos(1) and Greven(2), New England .(3) Art. 5(4)")]
    >>> bracket_calls([lines], {"1", "2", "3", "4"})
    >>> [text for kind, text in lines[0].tokens if kind == "c"]
    ['(1)', '(2)', '(3)']
    """
    if not labels or any(kind == "m" and text.isdigit() and text in labels
                         for page in bodies for ln in page for kind, text in ln.tokens):
        return  # the document raises its numbered calls: a bracketed number is a reference
    expected = 1
    for page in bodies:
        for line in page:
            tokens: list[tuple[str, str]] = []
            for k, (kind, text) in enumerate(line.tokens):
                if kind != "t" or "[" not in text and "(" not in text:
                    tokens.append((kind, text))
                    continue
                at = 0
                for m in _calls_in(text, opening=k == 0):
                    n = int(next(g for g in m.groups() if g))
                    if str(n) not in labels or not expected <= n <= expected + _AHEAD:
                        continue
                    if m.start() > at:
                        tokens.append(("t", text[at:m.start()]))
                    tokens.append(("c", m.group(0)))
                    at, expected = m.end(), n + 1
                if at < len(text):
                    tokens.append(("t", text[at:]))
            line.tokens = tokens


# `word12` or `word.12`: a call glued to a word in the body's own type and on its baseline (a font's superior
# figures, drawn raised by their design, not by the page; or a producer that lost the rise)
_GLUED_CALL = compiled(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:!?»”’\")]))(\d{1,3})(?=[\s.,;:!?)»”’\"]|$)")


def glued_calls(bodies: list[list[Line]], labels: set[str]) -> None:
    """Split out calls glued to words on the line (`languages.1 The`) where the document shows its calls no other way.

    They are calls only where no body line raises or brackets a call of a note
    read, each goes up from the call before (none skipped by more than a few),
    and together they call at least half the numbered notes: a number glued
    to a word now and then (`B52`) is no series of calls.

    >>> def line(text): return Line([], 0, 0, 100, 10, 10, 10, False, [("t", text)])
    >>> lines = [line("the archive.1 The law2 of 1837 and the B52 ran,3 at last.")]
    >>> glued_calls([lines], {"1", "2", "3"})
    >>> lines[0].tokens
    [('t', 'the archive.'), ('c', '1'), ('t', ' The law'), ('c', '2'), ('t', ' of 1837 and the B52 ran,'), ('c', '3'), ('t', ' at last.')]
    """
    numbers = {label for label in labels if label.isdigit()}
    if not numbers or any(kind == "c" or kind == "m" and text in labels
                          for page in bodies for ln in page for kind, text in ln.tokens):
        return
    found: list[tuple[Line, int, re.Match]] = []  # (line, token index, call), in reading order
    expected = 1
    for page in bodies:
        for line in page:
            for k, (kind, text) in enumerate(line.tokens):
                for m in _GLUED_CALL.finditer(text) if kind == "t" else ():
                    n = int(m.group(1))
                    if m.group(1) in numbers and expected <= n <= expected + _AHEAD:
                        found.append((line, k, m))
                        expected = n + 1
    if 2 * len(found) < len(numbers):
        return
    for line in {id(ln): ln for ln, _, _ in found}.values():
        tokens: list[tuple[str, str]] = []
        for k, (kind, text) in enumerate(line.tokens):
            at = 0
            for m in (m for ln, j, m in found if ln is line and j == k):
                tokens += [("t", text[at:m.start()])] * (m.start() > at) + [("c", m.group(1))]
                at = m.end()
            tokens += [(kind, text[at:])] * (at < len(text))
        line.tokens = tokens


def _calls_in(text: str, opening: bool) -> list[re.Match]:
    """The bracketed calls in a text token; ``opening``: the token opens its line, where a call may have wrapped to.

    >>> [m.group(0) for m in _calls_in("(2), но документы (3).", opening=True)]
    ['(2)', '(3)']
    >>> [m.group(0) for m in _calls_in("(2) The second point (3).", opening=True)]
    ['(3)']
    >>> [m.group(0) for m in _calls_in("[12] e um subdelegado [13].", opening=True)]
    ['[12]', '[13]']
    """
    first = _OPENING_CALL.match(text) if opening else None
    after = text[first.end():] if first is not None else ""
    if after[:1].isspace() and not after.lstrip()[:1].islower():
        first = None  # a capital after it: a list's item opens the line, no call
    return [first] * (first is not None) + list(_BRACKET_CALL.finditer(text))


def bracketed_numbers(lines: list[Line]) -> set[int]:
    """The numbers the body lines print as bracketed calls (`_calls_in`), whatever notes there are.

    >>> bracketed_numbers([Line([], 0, 0, 100, 10, 10, 10, False, [("t", "Demos(1) and the board (2), in 1965 .(3)")])])
    {1, 2, 3}
    """
    return {int(next(g for g in m.groups() if g)) for line in lines
            for k, (kind, text) in enumerate(line.tokens) if kind == "t" for m in _calls_in(text, opening=k == 0)}


def symbol_calls(bodies: list[list[Line]], symbols: dict[str, int]) -> None:
    """Split out the call of each symbol note (``symbols``: label → page index) glued to a word on its page.

    >>> def line(text): return Line([], 0, 0, 100, 10, 10, 10, False, [("t", text)])
    >>> lines = [line("Hélène Garrigou*"), line("A note* here")]
    >>> symbol_calls([lines], {"*": 0})
    >>> [ln.tokens for ln in lines]
    [[('t', 'Hélène Garrigou'), ('c', '*')], [('t', 'A note* here')]]
    """
    raised = {text for page in bodies for ln in page for kind, text in ln.tokens if kind == "m"}
    for label, p in symbols.items():
        if label in raised or not 0 <= p < len(bodies):
            continue
        glued = re.compile(rf"(?<=[^\W\d_]){re.escape(label)}(?![{SYMBOLS}\w])")
        for line in bodies[p]:
            if _split_first(line, glued):
                break


def _split_first(line: Line, pattern: re.Pattern) -> bool:
    """Make the first match of ``pattern`` in the line's text tokens a call token; whether there was one."""
    for k, (kind, text) in enumerate(line.tokens):
        m = pattern.search(text) if kind == "t" else None
        if m:
            parts = [("t", text[:m.start()])] * (m.start() > 0) + [("c", m.group(0))]
            parts += [("t", text[m.end():])] * (m.end() < len(text))
            line.tokens = line.tokens[:k] + parts + line.tokens[k + 1:]
            return True
    return False
