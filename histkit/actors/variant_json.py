"""The variant table of `mentions.variant_table` as JSON, for the cache of `build_matcher`.

>>> table = [("Tito", (("t", "name", False, ""),)), ("Titom", (("t", "case", False, ""),))]
>>> table_from_json(table_to_json(table)) == table
True
"""

from __future__ import annotations


def table_to_json(entries: list) -> dict:
    """The variant table as JSON: the surfaces, each group of owners once, and each surface's group."""
    groups: dict[tuple, int] = {}
    index = [groups.setdefault(owners, len(groups)) for _, owners in entries]
    return {"surfaces": [surface for surface, _ in entries], "owners": list(groups), "index": index}


def table_from_json(value: dict) -> list:
    """The variant table from `table_to_json`'s JSON; ValueError (or TypeError, KeyError) if it is not one."""
    surfaces, index = value["surfaces"], value["index"]
    groups = [tuple((a, rule, only, langs) for a, rule, only, langs in owners) for owners in value["owners"]]
    if (len(surfaces) != len(index) or not set(map(type, surfaces)) <= {str} or not set(map(type, index)) <= {int}
            or not all(g and all(type(a) is str and type(r) is str and type(b) is bool and type(lang) is str
                                 for a, r, b, lang in g) for g in groups)
            or index and not 0 <= min(index) <= max(index) < len(groups)):
        raise ValueError("not a variant table")
    return list(zip(surfaces, map(groups.__getitem__, index)))
