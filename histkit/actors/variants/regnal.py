"""A ruler's or pope's given name in the other languages historians read: `Innocenzo XIV` is `Innocentius XIV` in
a bull, `Innocent XIV` in a French history, `Heinrich XLVII.` in a German letter about `Henryk XLVII`.

Regnal names are translated by convention, the number kept; ``histkit/data/actors/regnal_names.csv`` holds one
row per name with its forms in several languages (``names``, ``|``-separated) and a ``note`` on whose name it
is; a historian adds a form or a name by editing a row.
"""

from __future__ import annotations

from functools import lru_cache

from ...data import data_rows


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, tuple[str, ...]]:
    """form → the other forms of its row of `regnal_names.csv`."""
    out: dict[str, tuple[str, ...]] = {}
    for row in data_rows("actors", "regnal_names.csv"):
        forms = [f.strip() for f in row["names"].split("|") if f.strip()]
        for form in forms:
            out[form] = tuple(dict.fromkeys(f for f in forms if f != form))
    return out


def regnal_equivalents(given: str) -> tuple[str, ...]:
    """The forms of a ruler's given name in other languages (``()`` for a name no row holds).

    >>> regnal_equivalents("Henryk")[:3]
    ('Heinrich', 'Henri', 'Henry')
    """
    return _equivalents().get(given, ())
