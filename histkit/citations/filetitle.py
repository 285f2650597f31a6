"""A file's title in quotation marks, read as the title: `«Kankoku naisei kankei zassan»` → `Kankoku naisei kankei zassan`.

Japanese, Korean and Chinese files are cited by the title the ministry gave them, which a Western article prints in
quotation marks (`Gaimushō kiroku 1.1.2.3, «Kankoku naisei kankei zassan», vol. 3`; round 4 reads the title `「…」` as
the collection). The marks say where the title starts and ends; they are no part of it, and a table that kept them
would file one series under two values, quoted and unquoted. Only a part that is all title loses them: a unit that
quotes a folder's name (`folder "Iran, 1/78"`) keeps its marks, as the house's golds write it.
"""

from __future__ import annotations

# an opening mark and the marks that close it
_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’", '"': '"', "「": "」", "『": "』", "‹": "›"}


def unquoted(part: str) -> str:
    """``part`` without the quotation marks around it where it is one quoted title, else as it is.

    >>> unquoted("«Kankoku naisei kankei zassan»"), unquoted("“Mgr Jarosseau”"), unquoted('folder "Iran"')
    ('Kankoku naisei kankei zassan', 'Mgr Jarosseau', 'folder "Iran"')
    >>> unquoted("«A» et «B»")
    '«A» et «B»'
    """
    close = _PAIRS.get(part[:1])
    inner = part[1:-1]
    if close and len(part) > 2 and part.endswith(close) and part[0] not in inner and close not in inner:
        return inner.strip()
    return part
