"""An article in a script without case, in a journal whose volume and issue follow words of that script:
`Name, ”Title“, Journal, جلد 12, شمارہ 2 (1991), ص 33–58` (Urdu, right to left, its quotes printed ” … “),
`Name, ‘Title’, Journal, খণ্ড 12, সংখ্যা 2, 1998, পৃ. 233–258` (Bengali).

The readers of quoted titles (`references`) know a Latin journal's volume by its digits or its listed word; here
the journal's name stands between the title's closing quote and the first part that is a word of the script and
a number (its volume, then its issue: the first such part is the volume, a second the issue), and the year closes
the parts, in brackets or after a comma. Read only where the title is in a script without case, so that the
Latin and Cyrillic styles stay with their own readers. The text is read after the folds (`scriptfolds.fold_arabic`):
ASCII digits and commas.
"""

from __future__ import annotations

import re

from .caseless import CASELESS
from .words import YEAR
from ..patterns import compiled

# a part of the journal's numbers: a word of the script (`جلد`, `شمارہ`, `খণ্ড`, `সংখ্যা`, up to eight letters, its
# vowel signs among them) and a number
_NUMBERED = rf"[{CASELESS}]{{1,8}}\.?\s*\d{{1,4}}"
_ARTICLE = compiled(
    rf"^(?P<authors>[^,”“‘’«»()\d]{{2,60}}?)\s*,\s*[”“‘’«](?P<title>[^”“‘’«»]{{2,200}})[”“‘’»]\s*,\s*"
    rf"(?P<container>[^,()\d”“‘’«»]{{2,80}}?)\s*,\s*(?P<volume>{_NUMBERED})(?:\s*,\s*(?P<issue>{_NUMBERED}))?"
    rf"\s*(?:,\s*|\(\s*)(?P<year>{YEAR})\s*\)?\s*(?:,\s*(?P<pages>.*?))?\s*[.,]?\s*$")
_CASELESS_LETTER = compiled(f"[{CASELESS}]")
_NUMBER = compiled(r"\d+")


def caseless_article(text: str) -> re.Match | None:
    """The parts of a journal article in a script without case, numbered by the script's words, else None.

    >>> found = caseless_article("ن. احمد, ”تعلیم کی تاریخ“, مجلہ تحقیق, جلد 7, شمارہ 3 (1980), ص 10–20")
    >>> found["container"], found["year"]
    ('مجلہ تحقیق', '1980')
    >>> caseless_article("A. Smith, ‘Title’, Journal, vol 7, no 3 (1980), pp. 10–20") is None
    True
    """
    found = _ARTICLE.match(text.strip())
    return found if found is not None and _CASELESS_LETTER.search(found["title"]) else None


def read_caseless_article(text: str, ref: dict) -> bool:
    """Fill ``ref`` from such an article (`caseless_article`); False, ``ref`` untouched, where ``text`` is none."""
    found = caseless_article(text)
    if found is None:
        return False
    ref.update(authors=found["authors"].strip(), title=found["title"].strip(), container=found["container"].strip(),
               volume=_NUMBER.search(found["volume"]).group(), year=found["year"], pages=(found["pages"] or "").strip(),
               issue=_NUMBER.search(found["issue"]).group() if found["issue"] else "")
    return True
