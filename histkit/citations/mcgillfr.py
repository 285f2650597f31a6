"""The pinpoint of the McGill Guide's French form: `…, Yvon Blais, 2017 au para 245`, `(1998) 58 R du B 201 à la p 215`,
`Name, supra note 1 aux para 260–62`.

The Québec house prints no comma and no full stop before the pinpoint, and names it with words: `à la p` and `aux pp`
for pages, `au para` and `aux para` for paragraphs (the English form's `at 45`, `at para 12`). The readers, which know
a pinpoint after a comma (`…, 2017, p. 245`), read the words as part of the year or the journal's title.
`french_pinpoint` writes them so: `, p. 245`, `, para 245`. The guide also names the province after a town in
brackets (`Cowansville (Qc), Yvon Blais, 2017`), where the readers know a town, then its publisher: `mcgill_forms` reads
the town without it as well.
"""

from __future__ import annotations

from ..patterns import compiled

_PAGE = compiled(r"(?<=[\d)\]])\s+(?:à\s+la\s+p|aux\s+pp)\s+(?=\d)")
# a province's or state's abbreviation in brackets after a town, before the publisher's comma
# (the town a part of its own between commas: `…, Cowansville (Qc), Yvon Blais`, not a body's seat, `Congress (Goa), …`)
_PROVINCE = compiled(r"(?P<town>,\s+[A-ZÀ-Ý][^\W\d_]+(?:-[^\W\d_]+)*)\s+\([A-Z][A-Za-z]{1,3}\.?\)(?=,\s)")
_PARAGRAPH = compiled(r"(?<=[\d)\]])\s+au(?:x)?\s+(?P<word>paras?)\s+(?=\d)")


def french_pinpoint(text: str) -> str:
    """``text`` with the McGill Guide's French pinpoint after a comma and a page's or paragraph's mark.

    >>> french_pinpoint("L. Roy, La vente, Montréal, Thémis, 2017 au para 245")
    'L. Roy, La vente, Montréal, Thémis, 2017, para 245'
    >>> french_pinpoint("L. Roy, « Le dol » (1998) 58 R du B 201 à la p 215"), french_pinpoint("Ibid à la p 220")
    ('L. Roy, « Le dol » (1998) 58 R du B 201, p. 215', 'Ibid à la p 220')
    """
    return _PARAGRAPH.sub(lambda found: f", {found['word']} ", _PAGE.sub(", p. ", text))


def mcgill_forms(text: str) -> str:
    """``text`` with the McGill Guide's French pinpoint written after a comma and without a province after a town.

    >>> mcgill_forms("L. Roy, La vente, 4e éd, Cowansville (Qc), Yvon Blais, 2017 au para 245")
    'L. Roy, La vente, 4e éd, Cowansville, Yvon Blais, 2017, para 245'
    """
    return _PROVINCE.sub(r"\g<town>", french_pinpoint(text))
