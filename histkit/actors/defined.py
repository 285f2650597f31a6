"""An acronym the text defines for a body after its name (`the Central Committee (CC)`) names the body from there on.

A historian's file does not list every abbreviation an author coins for the
article; the article says it once, in parentheses after the body's name, and
uses it after. `defined_acronyms` reads that definition after each mention of
a body (no person) and adds the acronym's later occurrences in the searched
blocks, the one in the parentheses included, as mentions of the body.
"""

from __future__ import annotations

import re

from ..patterns import compiled

#: The acronym in parentheses right after the name: capitals, small letters after the first allowed (`KPdSU`).
_DEFINITION = compiled(r"\s*\(([A-Z][A-Za-z]{0,6}[A-Z])\)")


def _initials_fit(acronym: str, name: str) -> bool:
    """Whether ``acronym`` opens with the name's initial and closes with its last capitalised word's: `Central
    Committee (CC)`, not an archive's name around it (`Ministero degli Affari Esteri (ASDMAE)`)."""
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return bool(capitals) and acronym[0] == capitals[0] and acronym[-1] == capitals[-1]


def defined_acronyms(rows: list[dict], text: str, blocks, persons, zones: dict[str, str]) -> list[dict]:
    """Mention rows of the acronyms the text defines after a body's mention, from the definition on.

    >>> from types import SimpleNamespace as B
    >>> t = "The Central Committee (CC) met; the CC agreed."
    >>> rows = [{"actor_id": "cc", "start": 4, "end": 21, "zone": "body", "doc_id": "d"}]
    >>> block = B(zone="body", start=0, end=len(t), section="", note_no="", block_id="b1")
    >>> [(r["surface"], r["start"]) for r in defined_acronyms(rows, t, [block], set(), {"body": "body"})]
    [('CC', 23), ('CC', 36)]
    """
    taken = [(r["start"], r["end"]) for r in rows]
    out, seen = [], set()
    for row in rows:
        found = _DEFINITION.match(text, row["end"]) if row["actor_id"] not in persons else None
        if not found or found.group(1) in seen or not _initials_fit(found.group(1), text[row["start"]:row["end"]]):
            continue
        seen.add(found.group(1))
        for m in re.finditer(r"(?<![\w-])%s(?:['’]s)?(?![\w-])" % re.escape(found.group(1)), text[found.start(1):]):
            start, end = found.start(1) + m.start(), found.start(1) + m.end()
            block = next((b for b in blocks if b.start <= start < b.end and b.zone in zones), None)
            if block is None or any(s < end and start < e for s, e in taken):
                continue
            out.append({**{k: row[k] for k in ("doc_id",) if k in row}, "actor_id": row["actor_id"],
                        "surface": text[start:end], "zone": zones[block.zone], "section": block.section or "",
                        "note_no": (block.note_no or "") if block.zone == "note" else "", "block_id": block.block_id,
                        "start": start, "end": end, "ambiguous": False, "candidates": "", "rule": "defined_acronym",
                        "surname_only": False, "before_full_name": False, "several": False})
    return out
