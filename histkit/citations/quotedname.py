"""Quotation marks and a defined code around an archive named after the document (Chicago's order): what `locate`
passes over to find the name.

``"Memorial of …," n.d., Gujarat State Archives, …``: a document's quoted title opens the citation, its comma inside
the closing mark; ``…, folder "Aid Negotiations, 1957–1958," Syngman Rhee Institute, …``: a folder's quoted title
closes just before the archive's name, so the part the commas cut opens with the closing mark; ``…, Yonsei University,
Seoul (hereafter SRI)``: the town after the institution carries the code the article defines.
"""

from __future__ import annotations

from .archives import Archive, default_matcher
from .quotes import QUOTE_START
from ..patterns import compiled

# a document's title in quotation marks opening a citation, its comma inside or after the closing mark, and its date
_QUOTED_TITLE = compiled(r'["“](?P<title>[^"“”]{3,160}?),?["”],?\s+(?=\S)')
# the code an article defines in brackets after a town closing the citation: `…, Seoul (hereafter SRI)`
_DEFINED_AFTER = compiled(r"\s*\([^()]*\)$")


def after_quoted_title(piece: str, find) -> tuple[Archive, int, int] | None:
    """What ``find`` (`unknown_archive`) reads after a quoted title opening ``piece``, its offsets in ``piece``; None
    when the piece opens otherwise, another quotation follows, or the archive would open what follows the title.

    >>> from histkit.citations.locate import unknown_archive
    >>> after_quoted_title('"Memorial," n.d., Gujarat State Archives, Records, file 12.', unknown_archive)[1:]
    (18, 40)
    """
    titled = _QUOTED_TITLE.match(piece)
    found = find(piece[titled.end():]) if titled and not QUOTE_START.search(piece[titled.end():]) else None
    return (found[0], found[1] + titled.end(), found[2] + titled.end()) if found and found[1] else None


def unquoted(start: int, tok: str) -> tuple[int, str | None]:
    """A part the commas cut with the closing quotation mark before it passed (`" Syngman Rhee Institute`): its start
    and text; None for the text when it is then a name the authority file knows (the matcher reads it, not as unknown).

    >>> unquoted(10, '" Syngman Rhee Institute'), unquoted(0, "box 12")
    ((12, 'Syngman Rhee Institute'), (0, 'box 12'))
    """
    closed = len(tok) - len(tok.lstrip('"” ')) if tok[:1] in '"”' else 0
    if not closed:
        return start, tok
    tok = tok[closed:]
    known = default_matcher().match(tok.rstrip("."))
    return start + closed, None if known is not None and known[1] == len(tok.rstrip(".")) else tok


def without_definition(tok: str) -> str:
    """``tok`` without the code defined in brackets at its end (`Seoul (hereafter SRI)` → `Seoul`)."""
    return _DEFINED_AFTER.sub("", tok)


def defines_code(tok: str) -> bool:
    """Whether ``tok`` ends with a bracket (the code an article defines after a town)."""
    return _DEFINED_AFTER.search(tok) is not None
