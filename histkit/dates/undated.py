"""The marks that say a document has no date: ``n.d.``, ``s.d.``, ``o. D.``, ``б. д.``, ``χ.χ.`` and their kin.

A note writes them where a date would stand (``…, kart. 3245, b. d.``); a
citation that carries one has no date of its own and takes none from the
citation before it. The marks are a table a historian extends:
``histkit/data/dates/undated.csv`` (form, language, meaning).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import word_column
from ..patterns import compiled


def _form_pattern(form: str) -> str:
    # `o. D.` is also written `o.D.`: a full stop may be followed by one space or none
    # and the words of a spelt-out form (`sans date`) are apart
    parts = []
    for k, ch in enumerate(form):
        if ch == " ":
            if form[k - 1:k] != ".":
                parts.append(r"\s+")
            continue
        parts.append(r"\.\s?" if ch == "." else re.escape(ch))
    if form.endswith("."):
        parts[-1] = r"\."
    return "".join(parts)


def _variants(form: str) -> list[str]:
    # a capital at the start of a note or sentence (`N.d.`), but `o. D.` never as `O. D.`, a person's initials
    rest = form[1:]
    if form[:1].islower() and rest == rest.lower():
        return [form, form[:1].upper() + rest]
    return [form]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    forms = word_column("dates", "undated.csv", "form")
    variants = sorted({_form_pattern(v) for form in forms for v in _variants(form)}, key=lambda v: (-len(v), v))
    return compiled(rf"(?<![\w.])(?:{'|'.join(variants)})(?![^\W\d_])")


def find_undated(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says its document has no date: the spans of ``n.d.``, ``s.d.``, ``b. d.`` …

    >>> text = "ARA, dossier A 124.001, z.d.; NA, kart. 12, o. D."
    >>> [text[a:b] for a, b in find_undated(text)]
    ['z.d.', 'o. D.']

    Case counts: ``S.D.`` (Sicherheitsdienst) and ``O. D.`` (initials) are
    no marks. A mark on no list is read by its shape (`_SHAPE`): ``…, leg. 20, s/f`` (Never raises on text.)

    >>> text = "AGN, caja 46, s/f, y caja 47; AGA, leg. 3 (x. y.)"
    >>> [text[a:b] for a, b in find_undated(text)]
    ['s/f', 'x. y.']
    """
    listed = [(m.start(), m.end()) for m in _pattern().finditer(text)]
    if "/" not in text and "." not in text:
        return listed
    shaped = [span for span in _shaped(text) if not any(a < span[1] and span[0] < b for a, b in listed)]
    return sorted(listed + shaped) if shaped else listed


# A mark on no list, by its shape: two letters each cut short with a full stop (`s. f.`, `u.d.`, `o. D.`, `б. д.`) or
# parted by a slash (`s/f`, `s/d`), the first in small letters, a part of a citation alone: after a comma or an
# opening bracket, before a comma, semicolon, closing bracket or the end. `e.g.`, `i.e.`, `s/n` (no number), `c/o`,
# `a/c` are no marks.
_SHAPE = compiled(r"(?:(?<=,\s)|(?<=\())(?P<mark>[^\W\d_]\.\s?[^\W\d_]\.|[^\W\d_]/[^\W\d_])(?=\s*(?:[,;)\]]|$))")
_NOT_MARKS = frozenset({"e.g.", "i.e.", "s/n", "c/o", "a/c"})


def _shaped(text: str) -> list[tuple[int, int]]:
    """The spans of `_SHAPE`'s marks in ``text`` (`find_undated` keeps those no listed mark overlaps)."""
    found = []
    for m in _SHAPE.finditer(text):
        mark = m.group("mark")
        first, second = mark[0], mark.rstrip(".")[-1]
        if first.islower() and (second.islower() or "/" not in mark) and mark.replace(" ", "") not in _NOT_MARKS:
            found.append((m.start(), m.end()))
    return found


def says_undated(text: str) -> bool:
    """Whether ``text`` carries a no-date mark (`find_undated`).

    >>> says_undated("Справка НКВД ЛССР, б. д."), says_undated("RSHA, S.D. report, 1942")
    (True, False)
    """
    return _pattern().search(text) is not None or (("/" in text or "." in text) and bool(_shaped(text)))
