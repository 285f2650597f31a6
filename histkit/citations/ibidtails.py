"""What follows an Ibid.: read by the reader of the kind of source it repeats.

An Ibid. of an official document names its paragraph or page (`official.official_tail`); an Ibid. of a work of
literature may name a numbered paragraph rather than a page, as the French, Belgian and Swiss legal houses cite a
treatise or an article by its margin numbers (`Ibid., n° 1015`, `Ibid., nos 12 et s.`, `Ibid., N 45`): the work's
pinpoint, not another unit or a dated document (read so, `n° 1015` was a document of the year 1015). Every other
tail is an archival one: its own file (`ibidfile.read_ibid_file`), or pages, a unit, a document
(`holdings.read_ibid_tail`).
"""

from __future__ import annotations

import re

from .holdings import read_ibid_tail
from .ibidfile import read_ibid_file
from .official import official_tail
from ..patterns import compiled

# a numbered paragraph's mark (`n°`, `nos`, the Swiss `N`, `Rn.`, `para`, `§`), its number, and what may follow it
# (`et s.`, a range, a second paragraph)
# (or an article's, as OSCOLA repeats a treaty or a commentary: `ibid art 13(3)`)
# (a report's paragraph numbered by its chapter: `ibid para 4.9`, `ibid paras 2.14–2.16`; or in square brackets, as
# the AGLC prints it: `Ibid [5.6]`)
_SECTION = compiled(r"(?:n°|n[oº]s?\.?|N|Rn\.|Rz\.|paras?\.?|arts?\.?|§§?)\s*\d+(?:\.\d+)*[a-z]{0,3}(?:\(\w{1,4}\))*"
                    r"(?:[\s,–—-]+(?:\d+(?:\.\d+)*|et\s+s(?:uiv)?\.?|s\.?))*|\[\d+(?:\.\d+)*\](?:\s*[–—-]\s*\[\d+(?:\.\d+)*\])?"
                    # (or a page, then a paragraph or the author's remark in square brackets: `Ibid 77 [5.6]`, the McGill
                    # Guide's `Ibid at 15 [emphasis added]`)
                    r"|(?:at\s+)?\d+(?:\s*[–—-]\s*\d+)?\s*\[[^\[\]\d][^\[\]]{0,40}\]|(?:at\s+)?\d+\s*\[\d+(?:\.\d+)*\]",
                    re.IGNORECASE)


def section_tail(row: dict, tail: str, target: dict | None) -> bool:
    """Read an Ibid.'s ``tail`` into ``row`` as the pinpoint when the Ibid. repeats a work of literature and names
    only its numbered paragraph; whether it did.

    >>> row = {"pages": ""}
    >>> section_tail(row, "n° 1015", {"kind": "literature"}), row["pages"]
    (True, 'n° 1015')
    >>> section_tail({"pages": ""}, "n° 1015", {"kind": "archival"}), section_tail({}, "p. 4", {"kind": "literature"})
    (False, False)
    >>> row = {"pages": ""}
    >>> section_tail(row, "para 59", {"kind": "ibid", "archive": ""}), row["pages"]
    (True, 'para 59')
    >>> row = {"pages": ""}
    >>> section_tail(row, "para 4.9", {"kind": "literature"}), row["pages"]
    (True, 'para 4.9')
    >>> row = {"pages": ""}
    >>> section_tail(row, "para. 2.2", {"kind": "case"}), row["pages"]
    (True, 'para. 2.2')
    """
    tail = tail.strip(" ,.")
    # (the work's row, or an Ibid. of it before: one that took no archive)
    # (or a court's decision or a law, cited by their paragraphs too: `Case C-486/04, …` then `Ibid., para. 2.2.`)
    work = target is not None and (target.get("kind") in ("literature", "case", "legislation")
                                   or target.get("kind") == "ibid" and not target.get("archive"))
    if not work or not _SECTION.fullmatch(tail):
        return False
    row["pages"] = tail
    return True


def repeat_tail(row: dict, tail: str, target: dict | None) -> None:
    """Read what follows an Ibid. (``tail``) into ``row``, which has taken over the fields of ``target``."""
    official_tail(row, tail) or section_tail(row, tail, target) or read_ibid_file(row, tail.strip(" ,")) \
        or read_ibid_tail(row, tail.strip(" ,"))
