"""Which marks in an archival citation name leaves or pages, not a unit: `k. 45` in a Polish note, `f. 56` after a file.

Some leaf words name a box or fascicle elsewhere (Czech `k. 12` a karton, Italian `f. 3` after a busta its
fascicolo), so they are a leaf's only where the citation says so: after a file (`dosar 123, f. 4`) or a volume (`t. 2,
k. 45`, `vol. 4, f. 56`: no box or fascicle is cited below a volume), or in a Polish citation, where `k.` is a karta.
"""

from __future__ import annotations

import re

from .words import is_leaves

# a file: after it `f. 4` is a leaf (Romanian `dosar 12/1953, f. 4`), not a fascicle
FILE_UNIT = re.compile(r"^(?:dosar(?:ul)?|dos\.|dossier|d\.|д\.|a\.\s?e\.|а\.\s?е\.|a\.\s?j\.)\s*\S", re.IGNORECASE)

# a page token that says so (`Bl. 45–47`, `Л. 3 об.`), not a bare number
PAGE_KEYED = re.compile(r"^(?:pp?\.|s\.|str\.|с\.|стр\.|l\.|ll\.|л\.|лл\.|арк\.|ark\.|bl\.|fol\.|f°|แผ่นที่|برگ)\s*\d", re.IGNORECASE)

# `k. 12` is a leaf (karta) in Polish citations, which give the file as `sygn.`; elsewhere it is a box
LEAF_K = re.compile(r"^[kк]\.\s*\d+(?:\s*[–—-]\s*\d+)?[v]?$")

_LEAF_RANGE = re.compile(r"^[kк]\.\s*\d+\s*[–—-]\s*\d+[v]?$")  # boxes are not cited in ranges; leaves are

# a year with the Polish `r.` (roku) after it: `7 II 1952 r.`
_POLISH_YEAR = re.compile(r"\b(?:1[5-9]|20)\d{2}\s?r\.(?!\w)")

# a volume as the last level before it (`vol. 4`, `t. 2`, `123, t. 2`, `Bd. 3`, `т. 1`)
_VOLUME_UNIT = re.compile(r"(?:^|,\s*)(?:vol\.|t\.|tom|bd\.|т\.)\s*\d+[a-z]?$", re.IGNORECASE)


def reads_polish(tokens: list[str]) -> bool:
    """Whether a holding's ``tokens`` read as a Polish citation's: a `sygn.` or `w.`, a range of `k.`, a year's `r.`.

    >>> reads_polish(["0397/123", "t. 2", "k. 45", "protokół z dn. 12 V 1950 r."]), reads_polish(["f. 310", "k. 12"])
    (True, False)
    """
    return any(re.match(r"sygn\.|w\.\s*\d", tok, re.IGNORECASE) or _POLISH_YEAR.search(tok) for tok in tokens) \
        or (len(tokens) > 1 and any(_LEAF_RANGE.match(tok) for tok in tokens))


def is_leaf(tok: str, before: str, polish: bool) -> bool:
    """A page or leaf token inside a citation (`fol. 12`, `л. 12–15`, `fl. 3`, `k. 3` in Polish, `f. 4` after a file
    or a volume), ``before`` the token before it.

    >>> is_leaf("f. 56–58", "vol. 4", False), is_leaf("k. 45", "123, t. 2", False), is_leaf("k. 45", "f. 310", False)
    (True, True, False)
    """
    return bool(PAGE_KEYED.match(tok) or re.match(r"fl\.\s*\d", tok, re.IGNORECASE) or (polish and LEAF_K.match(tok))
                or (re.match(r"ff?\.\s*\d", tok) and FILE_UNIT.match(before))
                or (re.match(r"(?:ff?|[kк])\.\s*\d", tok) and _VOLUME_UNIT.search(before))
                or is_leaves(tok))  # (leaf_words.csv: `ff. 3-5`, `f. 56v`, `fls. 45-47v`)
