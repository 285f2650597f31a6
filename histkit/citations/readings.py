"""How `extract.classify` reads a citation: the readings' names and the kinds of row they give, and what a reading
found (`Reading`) in one citation of a note (`Piece`).

>>> READINGS["archive first"], Reading("ibid").how
('archival', 'ibid')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .archives import Archive
from .splitter import Segment

#: How `classify` may read a citation, and the kind (column ``kind``) each reading gives.
READINGS = {
    "ibid": "ibid",                  # `Ibid., 4`, `Там же. Л. 5`, `Idem, p. 3`
    "archive first": "archival",     # `TNA, FO 371/1, …`
    "another file": "archival",      # `FO 371/2` after `TNA, FO 371/1` in the same note
    "series again": "archival",      # `FO 371/2` after `TNA, FO 371/1` in an earlier note (`fondagain`)
    "ibid inside": "ibid",           # `Dulles to Embassy, 2/14/1957, ibid., 768.00/2-1457`
    "archive inside": "archival",    # `Bericht vom 14.6.1956, PA AA, B 42`, `…, box 2503, NARA.`
    "archive in brackets": "archival",  # `Lettre du consul, 2.5.1791 (Lyon, AML, 3 WP 12)`, `…, NT 2345 (ANTT)`
    "literature": "literature",      # books, articles (a newspaper's too), interviews
    "work again": "literature",
    "note again": "ibid",            # `See n. 12 above.`: what note 12 cited first (`noteagain`)      # `Millington, State, Society and Memories, p. 124`: a work cited before (`workrepeat`)
    "press": "press",                # a newspaper's issue, no article of it: `Borba, 12. 3. 1953, 2` (printed.py)
    "parliament": "parliament",      # a parliament's record: `Hansard, HC Deb 12 May 1924, vol. 173, col. 1123`
    "official": "official",          # a body's document by its symbol: `UN Doc. A/RES/61/217`, `Cmnd 1234` (official.py)
    "case": "case",                  # a court decision: `EuGH 1.12.2007, C-438/05`, `Marbury v. Madison, 5 U.S. 137`
    "legislation": "legislation",    # a statute, a provision, a directive, a gazette: `§ 5 BGB`, `Uradni list FLRJ, št. 14/1953`
    "archive unknown": "archival",   # `Meany Archives, Lovestone Files, box 14`
    "another document": "ibid",      # `…; vgl. auch die Aufzeichnung vom 7. April 1955`, in the same note
    "next document": "archival",     # `…, Diary, 3 June 1948, and Correspondence, n.d.`: the holding before, its own date
    "archive named": "archival",     # a sentence naming an archive in full and a document
    "archive before brackets": "archival",  # `… en el Archivo Diocesano de X (Visitas, caja 45, 1740)`
    "archive japanese": "archival",  # `三井文庫所蔵「議事録」（物産 234）、大正9年3月12日条`
    "own source": "archival",        # `Interview with X by the author, Brno, 12 May 1998`: no archive
    "unparsed": "unparsed",
}


class Piece(NamedTuple):
    """One citation of a note: its segment (offsets in the note, text as written) and that text with look-alikes folded."""

    segment: Segment
    text: str


@dataclass(frozen=True)
class Reading:
    """How `classify` reads a citation (one of `READINGS`) and what it found doing so."""

    how: str
    archive: Archive | None = None
    start: int = 0  # where the archive's name starts in the citation
    end: int = 0  # where it ends
    ibid: re.Match | None = None  # the Ibid. words, at the head or inside
    again: dict | None = None  # a work cited before: its printed authors and short title, pages, ref_of (`work_again`)
