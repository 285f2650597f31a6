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
    variants = sorted({_form_pattern(v) for form in forms for v in _variants(form)}, key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(variants)})(?![^\W\d_])")


def find_undated(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says its document has no date: the spans of ``n.d.``, ``s.d.``, ``b. d.`` …

    >>> text = "ARA, dossier A 124.001, z.d.; NA, kart. 12, o. D."
    >>> [text[a:b] for a, b in find_undated(text)]
    ['z.d.', 'o. D.']

    Case counts: ``S.D.`` (Sicherheitsdienst) and ``O. D.`` (initials) are
    no marks. Never raises on text.
    """
    return [(m.start(), m.end()) for m in _pattern().finditer(text)]


def says_undated(text: str) -> bool:
    """Whether ``text`` carries a no-date mark (`find_undated`).

    >>> says_undated("Справка НКВД ЛССР, б. д."), says_undated("RSHA, S.D. report, 1942")
    (True, False)
    """
    return _pattern().search(text) is not None
