"""A file's number ending a citation, read from its shape: `…, Home Department (Political), File No. 1211, 1930.`

An archive the matcher does not know, cited by its department and file, has
the look of a corporate author's report (`Name, Title (Words), …, 1930`), and
the words for "file" and "number" are those of the note's language
(`फ़ाइल सं. 18/1921`, `ফাইল নং 12/1928`). The shape says it still: the citation
ends with a word, a short abbreviation (`No.`, `सं.`, `নং`) and a number, then
the year, if any. A page is marked by one abbreviation alone (`p. 12`, `o.i.
45`), a journal's issue stands after a comma (`vol. 27, no. 3, 1990`). Such a
file is read as archival where a part before it names an archive (a word of
``archive_words.csv``: `Collector's letter, 3 June 1928, Maharashtra State
Archives, …, File No. 750`), or where its number carries its year (`18/1921`),
as a file's number does and a page's never.
"""

from __future__ import annotations

import re
import unicodedata

from .archives import Archive
from .seriescode import unnamed_series
from .words import LETTER, YEAR, archive_word
from ..patterns import compiled

# a word (three letters or more), a short abbreviation of one to four letters with its full stop or not, the number
# (with `/year`, if any), then `, year`, if any, and the end
_FILE = compiled(rf"(?<![^\W\d_]){LETTER}{{3,}}\s+{LETTER}{{1,4}}\.?\s*(?P<number>\d+(?P<year>/{YEAR})?)"
                   rf"(?:\s*,\s*{YEAR})?\s*[.।۔]?\s*$")
_QUOTES = set("«»\"“”„‘’")
# what a publication prints before its pages and a file does not: a page range, a year in brackets (`48 (2008), S.
# 201–225, hier S. 210`: an article in a journal whose name holds an archive's word)
_PUBLISHED = compiled(rf"\d\s*[–—-]\s*\d|\(\s*{YEAR}\s*\)")


def ends_with_file(piece: str) -> bool:
    """Whether ``piece`` is an archival citation ending with a file's number (see the module's docstring).

    >>> ends_with_file("Maharashtra State Archives, Home Department (Political), File No. 1211, 1930.")
    True
    >>> ends_with_file("राष्ट्रीय अभिलेखागार, नई दिल्ली, गृह विभाग (राजनीतिक), फ़ाइल सं. १८/१९२१.")
    True
    >>> ends_with_file("Sunil Bhargava, Tenancy Legislation, Indian Economic Review, vol. 27, no. 3, 1990")
    False
    >>> ends_with_file("Collector to Government, 3 June 1928, Maharashtra State Archives, Home Department, File No. 750.")
    True
    >>> ends_with_file("National Archives of India, Guide to the Sources, Delhi, 1990, p. 12.")
    False
    >>> ends_with_file("Sabine Kluge: Räumung, in: Archiv für Sozialgeschichte 48 (2008), S. 201–225, hier S. 210.")
    False
    """
    text = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in piece.strip())
    found = _FILE.search(text)
    if found is None:
        return False
    before = text[:found.start()]
    if any(ch in _QUOTES for ch in text) or "," not in before or _PUBLISHED.search(before):
        return False
    return bool(found.group("year")) or bool(archive_word().search(text, 0, found.start()))


def filed_archive(piece: str) -> tuple[Archive, int, int] | None:
    """The archive of a citation ending with a file's number (`ends_with_file`): the part naming an archive, else its
    first part; where it starts and where it ends. None for another citation.

    >>> filed_archive("Qorvan Dastur, Lemberu, Fyl kr. 18/1921.")
    (Archive(code='Qorvan Dastur', name='Qorvan Dastur', city='', cues=''), 0, 13)

    Failing a file's number, a holding cited by its series code alone (`seriescode.unnamed_series`: `…, FO 371/86754`).
    """
    if not ends_with_file(piece):
        return unnamed_series(piece)
    # (the part naming an archive, if one does: `Collector's letter, …, Maharashtra State Archives, …`)
    parts = [m for m in re.finditer(r"[^,]+", piece) if m.group().strip()]
    part = next((m for m in parts if archive_word().search(m.group())), parts[0])
    start = part.start() + len(part.group()) - len(part.group().lstrip())
    name = part.group().strip()
    return Archive(name, name), start, start + len(name)
