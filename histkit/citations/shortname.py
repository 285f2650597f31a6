"""An archive named again by the first words of its name: `Wienbibliothek, H.I.N. 145320` after `Wienbibliothek im
Rathaus, Handschriftensammlung [henceforth WBR], …`.

Articles shorten an archive's long name to its head once they have given it whole (`Wienbibliothek`, `Hoover`,
`Bancroft`). An archive the authority file does not know, read under a name that opens the name of an archive the
document cited before (a whole word or more), is that archive.
"""

from __future__ import annotations


def shortened_name(row: dict, earlier) -> None:
    """Give ``row`` the archive among ``earlier`` rows whose name its own unknown archive's name opens.

    >>> rows = [{"kind": "archival", "archive": "WBR", "archive_name": "Wienbibliothek im Rathaus"}]
    >>> row = {"kind": "archival", "archive": "Wienbibliothek", "archive_name": "Wienbibliothek"}
    >>> shortened_name(row, rows); row["archive"], row["archive_name"]
    ('WBR', 'Wienbibliothek im Rathaus')
    """
    name = (row.get("archive_name") or "").strip()
    if row.get("kind") != "archival" or not name or row.get("archive") != name:
        return
    for other in reversed(list(earlier)):
        whole = (other.get("archive_name") or "").strip()
        if other.get("kind") in ("archival", "ibid") and whole.startswith(name + " ") and whole != name:
            row["archive"], row["archive_name"] = other["archive"], whole
            return
