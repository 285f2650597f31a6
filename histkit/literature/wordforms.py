"""The citation stage's word lists as alternations for the literature stage's patterns (that stage's own helper,
`citations.words.alternation`, is out of reach: the citations import this stage)."""

from __future__ import annotations

import re

from ..data import data_rows


def forms_alternation(name: str, kinds: set[str], without_stop: bool = False) -> str:
    """The forms of ``kinds`` in the citations' word list ``name``, longest first, escaped, a space matching any run of
    spaces (and without a full stop ending them, ``without_stop``, where the pattern adds its own).

    >>> import re
    >>> bool(re.fullmatch(forms_alternation("reference_words.csv", {"accessed"}), "consulté  le"))
    True
    """
    forms = {row["form"] for row in data_rows("citations", name) if row["kind"] in kinds}
    escaped = (re.escape(form.rstrip(".") if without_stop else form).replace(r"\ ", r"\s+")
               for form in sorted(forms, key=lambda form: (-len(form), form)))
    return "|".join(escaped)
