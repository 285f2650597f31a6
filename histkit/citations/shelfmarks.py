"""What may follow a code the authority file lacks for the code to be an archive's: a shelfmark, not a volume or page.

`code_in_use` learns ``CZA`` from ``CZA, S25/4521, …, 3.1.1939``; the shelfmark
shapes are those archives use (call numbers, French cotes, a series and its
file with a slash, a keyed box or file), the guards those of journals,
newspapers and law reports, which put a code before a volume, issue or page.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from .holdings import is_call_number, is_unit_token
from ..patterns import compiled

# words before a number that a journal, a newspaper or a law report uses as much as an archive: no shelfmark alone
_PUBLICATION_KEY = compiled(r"^(?:vol|no|nr|n|br|бр|№|pp?|s|str|t|sv|bd|band|heft|h|jg|god|год|č|issue|art|§)\b\.?\s*\d",
                              re.IGNORECASE)

# a French cote, the series a number and letters or a letter and a number, then the article: `4 M 241`, `I1 246`
_COTE = compiled(r"(?:\d{1,3}\s?[A-Z]{1,4}|[A-Z]{1,2}\d{1,2})\s+\d+[\w/.-]*")


def is_shelfmark(tok: str) -> bool:
    """Whether a token after an unlisted code is a shelfmark: a call number, a French cote, a series and its file, a keyed box.

    >>> [is_shelfmark(t) for t in ("2 I 45", "CA/10", "S25/4521", "kansio 12", "45 (1990)", "45/3", "vol. 45", "Nr. 12")]
    [True, True, True, True, False, False, False, False]

    Numbers with a slash need a letter or a second slash (`45/3` alone is as
    often a journal's volume and issue); a volume, issue, page or paragraph
    number is a publication's.
    """
    tok = tok.rstrip(".")
    if find_dates(tok) or _PUBLICATION_KEY.match(tok):
        return False
    if re.fullmatch(r"[A-Z]{1,6}\.\d+(?:[./]\d+)*", tok):
        return True  # `XIII.12346`, `B.245`: a series and its number joined by a full stop
    if is_call_number(tok) or _COTE.fullmatch(tok) or re.fullmatch(r"[A-Z]{1,5}/\d+[\w.-]*(?:/[\w.-]+)*", tok):
        return True
    if re.fullmatch(r"[^\W_]{0,4}\s?\d+[\w.-]*(?:/[\w.-]+)+", tok) and (re.search(r"[^\W\d_]", tok) or tok.count("/") >= 2):
        return True
    # `kart. 7`, `kansio 12`: a keyed box or file, opening with its word
    return bool(re.match(r"[^\W\d_]", tok) and is_unit_token(tok)) and len(tok) <= 25
