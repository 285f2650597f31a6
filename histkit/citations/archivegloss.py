"""The archive's name spelt out in brackets after its code, read as its name, not as the holding's fond.

A note may open with an archive's code and give its name in brackets after it, as a gloss rather than a definition:
`JACAR (Japan Center for Asian Historical Records), Ref. B02030123400`. The bracket names the archive the row already
has; read as the holding's first token it stood as the fond.
"""

from __future__ import annotations

from .archives import default_matcher, normalise


def gloss_not_fond(row: dict) -> None:
    """``row`` without a fond that is its own archive's name in brackets; a collection read after it moves up.

    >>> row = {"archive": "JACAR", "archive_name": "Japan Center for Asian Historical Records",
    ...        "fond": "(Japan Center for Asian Historical Records)", "collection": "", "unit": "Ref. B02030123400"}
    >>> gloss_not_fond(row); row["fond"], row["unit"]
    ('', 'Ref. B02030123400')
    """
    fond = row.get("fond") or ""
    if not (fond.startswith("(") and fond.endswith(")")):
        return
    inner = fond[1:-1].strip()
    known = default_matcher().match(inner)
    if normalise(inner) != normalise(row.get("archive_name") or "") and not (
            known and known[0].code == row.get("archive") and known[1] == len(inner)):
        return
    parts = [part for part in (row.get("collection") or "").split(" / ") if part]
    row["fond"], row["collection"] = (parts[0] if parts else ""), " / ".join(parts[1:])
