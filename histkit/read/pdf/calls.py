"""Note calls printed on the line as `[12]`, where a document raises none of its calls.

Some journals call their notes with a bracketed number in the body's own
type (`arhiva [1], raspolagala`) instead of a raised one. Where the body
holds no raised call of any note, a bracketed number is a call when it is
the number of a note read and the calls go up in order (none skipped by
more than a few): `[3]` before `[2]` is a reference, not a call. The call
becomes a ("c", "[3]") token of its line, which the page writer turns into
a note mark.
"""

from __future__ import annotations

import re

from .lines import Line

# `[12]` after a word or punctuation (a space between or none), before a space, punctuation or the line end
_BRACKET_CALL = re.compile(r"\[(?:(?<=\S\[)|(?<=\S[ \u00a0]\[))(\d{1,3})\](?=[\s.,;:!?)»”’\"]|$)")
_AHEAD = 3  # a call may skip this many numbers (a note called nowhere, a call lost in a table)


def bracket_calls(bodies: list[list[Line]], labels: set[str]) -> None:
    """Split the bracketed calls out of the body lines' text tokens, pages in order, each page in reading order.

    >>> def line(text): return Line([], 0, 0, 100, 10, 10, 10, False, [("t", text)])
    >>> lines = [line("the archive [1], and the law [2]."), line("See [4] and [3].")]
    >>> bracket_calls([lines], {"1", "2", "3"})
    >>> [ln.tokens for ln in lines]
    [[('t', 'the archive '), ('c', '[1]'), ('t', ', and the law '), ('c', '[2]'), ('t', '.')], [('t', 'See [4] and '), ('c', '[3]'), ('t', '.')]]
    """
    if not labels or any(kind == "m" and text in labels for page in bodies for ln in page for kind, text in ln.tokens):
        return  # the document raises its calls: a bracketed number is a reference
    expected = 1
    for page in bodies:
        for line in page:
            tokens: list[tuple[str, str]] = []
            for kind, text in line.tokens:
                if kind != "t" or "[" not in text:
                    tokens.append((kind, text))
                    continue
                at = 0
                for m in _BRACKET_CALL.finditer(text):
                    n = int(m.group(1))
                    if str(n) not in labels or not expected <= n <= expected + _AHEAD:
                        continue
                    if m.start() > at:
                        tokens.append(("t", text[at:m.start()]))
                    tokens.append(("c", m.group(0)))
                    at, expected = m.end(), n + 1
                if at < len(text):
                    tokens.append(("t", text[at:]))
            line.tokens = tokens
