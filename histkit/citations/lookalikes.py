"""Capitals that open a citation like an archive's code and are none: a jurisdiction's abbreviation before a code's
name (`VA. CODE ANN. § 18.2-32`, `N.Y. GEN. BUS. LAW § 349`), and a title printed in capitals whose subtitle opens with
a code's letters (`A HISTORY OF CRIMINAL CODIFICATION: AN INTRODUCTION`).

A law review prints a statute's code in small capitals, which a text layer gives as capitals: the state's
abbreviation, its full stop, the code's name, the section (`laws.opening_law` reads the whole as a law). An archive's
code is followed by a comma, a colon or its call number, never by its own full stop and a code's name. A book's title
in capitals, its subtitle after a colon, runs on in words of capitals after the code's letters (`AN INTRODUCTION`);
a citation after a colon names its call number, or a comma follows the code (`MINUTES: AN, F7 12345`).
"""

from __future__ import annotations

import re

from .laws import opening_law
from .words import UPPER
from ..patterns import compiled

# two words of capitals or more before the colon (`CRIMINAL CODIFICATION`), then after it a short word of capitals
# and a word of four capitals or more with no digit glued to it (`AN INTRODUCTION`, not `AN F7 12345`)
_TITLE_BEFORE = compiled(rf"[{UPPER}][{UPPER}'’&-]*\s+[{UPPER}][{UPPER}'’&-]+\s*$")
_SUBTITLE_AFTER = compiled(rf"\s*[{UPPER}]{{1,6}}\s+[{UPPER}]{{4,}}(?![\w/.-]*\d)(?!\s*,)")


def law_after_code(found: tuple | None, head: str) -> bool:
    """Whether the code ``found`` (archive, end) at the start of ``head`` is a jurisdiction's, opening a law's citation.

    >>> from histkit.citations.archives import Archive
    >>> va = Archive("VA", "Vojni arhiv", "Beograd")
    >>> law_after_code((va, 2), "VA. CODE ANN. § 18.2-32 (2014)."), law_after_code((va, 2), "VA, fond 17, k. 4")
    (True, False)
    """
    return found is not None and head[found[1]:found[1] + 1] == "." and opening_law(head) is not None


def subtitle_in_capitals(piece: str, colon: re.Match) -> bool:
    """Whether ``colon`` parts a title in capitals from its subtitle, whose first word may look like a code.

    >>> import re
    >>> text = "J. MERRILL, A HISTORY OF CRIMINAL CODIFICATION: AN INTRODUCTION 12 (2004)"
    >>> subtitle_in_capitals(text, re.search(":", text))
    True
    >>> text = "FILES CONSULTED: AN F7 12345; TNA, FO 371/1"
    >>> subtitle_in_capitals(text, re.search(":", text))
    False
    """
    return bool(_TITLE_BEFORE.search(piece, 0, colon.start()) and _SUBTITLE_AFTER.match(piece, colon.end()))
