"""Where a reference ends: the punctuation that parts it from what follows it in its note, which is no field's.

A reference is read from its end (place, year, pages), so what its note put
after it must go first: the final full stop; a comma where the note went on
(`…, Berlin 1824, cité par …`); the semicolon that parts it from the next
reference of a list (`…, Firenze 1987;`); and the bracket that closes an aside
the reference ends (`(cfr. G. Rossi, Le leghe, Roma 1969, pp. 739-740).`),
which opened before it: a closing bracket the reference does not open; a
lone dash, dot or star after a space, left at the end by a line's break
(`…, Roma 1753 -`). And where the reference is found online and when it was seen, ending it (`… (March 2016)
<http://unfccc.int/…> accessed on 16 August 2017`, `…, accessed 3 March 2020, https://…`, `…, https://… (last
visited 12 May 2019)`): a link, its words (``reference_words.csv``, kinds ``online`` and ``accessed``) and the day
seen are no field of the reference; nor is the author's remark on the quotation the reference was cited for (`…,
p. 444, grifo meu.`, `… at 219 (emphasis in original).`, `… § 16 Rn. 12 m.w.N.`: ``reference_words.csv``, kind
``remark``), nor the word that says the work is not out yet (`…, Madrid, Marcial Pons, en prensa.`, `…, Stuttgart
(im Druck).`: kind ``forthcoming``), a state of the work and not its publisher or container; nor the other pages
the note sends the reader to after the pages cited (`…, p. 49, see also p. 44`: ``see_also.csv``).
"""

from __future__ import annotations

import functools
import re

from .partedforms import list_forms_parted
from .words import alternation
from ..patterns import compiled


@functools.cache
def _online() -> re.Pattern:
    seen = rf"(?:{alternation('reference_words.csv', 'accessed')})"
    said = rf"(?:(?:{alternation('reference_words.csv', 'online')})\s*:?\s*)?"
    day = rf"[\[(<]?\s*{seen}\s*:?\s*[^()\[\]<>]{{0,40}}?[\])>]?"  # (`<accessed 13.06.2022>`: angle brackets too)
    # (a link a PDF's line broke after a hyphen or a slash, a space left there: `https://a.org/what-the- registers/`,
    # or anywhere before a piece that holds a slash: `…/file/87402 2/6.5577_Review.pdf`)
    link = r"<?\s*(?:https?://|www\.)[^\s<>]+(?:(?<=[-/])\s[^\s<>]+|\s[^\s<>/]*/[^\s<>]*)*\s*>?"
    # (the version of a database seen, after its link: `…, http://www.oldbaileyonline.org, version 7.0 [Last accessed …]`)
    version = rf"(?:\s*,?\s*(?:{alternation('reference_words.csv', 'version')})\s+\d+(?:\.\d+)*)?"
    # (the day seen may be glued to a title's closing quotation mark: `…the UK”Accessed 25th July 2022 https://…`)
    return compiled(rf"(?:,|\.|\s|(?<=[”\"’»]))\s*(?:{day}\s*[,.]?\s*)?{said}{link}{version}(?:\s*[,.]?\s*{day})?\s*[.,;]?\s*$",
                    re.IGNORECASE)


def without_online(text: str) -> str:
    """``text`` without the link and the day seen that end it (see the module's docstring).

    >>> without_online("UNFCCC, ‘Taking the Paris Agreement Forward’ (March 2016) <http://unfccc.int/a.pdf> accessed on 16 August 2017")
    'UNFCCC, ‘Taking the Paris Agreement Forward’ (March 2016)'
    >>> without_online("J. Doe, ‘A Post’ (Blog, 3 May 2019), accessed 3 March 2020, https://blog.org/a")
    'J. Doe, ‘A Post’ (Blog, 3 May 2019)'
    >>> without_online("J. Doe, Title, 2019, https://a.org/b (last visited 12 May 2019)"), without_online("J. Doe, Title, 2019")
    ('J. Doe, Title, 2019', 'J. Doe, Title, 2019')
    >>> without_online("J. Doe, ‘A Post’ (Blog, 3 May 2019) <https://blog.org/a-post- on-x/> accessed 3 March 2020")
    'J. Doe, ‘A Post’ (Blog, 3 May 2019)'
    >>> without_online("Doe, J. (2021). Title. Journal, 5(1), 1–38 www.j.org/view/15 <accessed 13.06.2022>.")
    'Doe, J. (2021). Title. Journal, 5(1), 1–38'
    >>> without_online("W. Doe, “A Review” https://a.gov.uk/file/87402 2/6.5577_Review.pdf Accessed 25th July 2022")
    'W. Doe, “A Review”'
    >>> without_online("Cabinet Office, “Why Remain Is Best”Accessed 25th July 2022 https://a.gov.uk/file/51506 8/why.pdf")
    'Cabinet Office, “Why Remain Is Best”'
    """
    if "http" not in text and "www." not in text:
        return text
    found = _online().search(text)
    return text[:found.start()].rstrip(" ,.") if found and found.start() > 0 else text


@functools.cache
def _remark() -> re.Pattern:
    # (the words parted by their first letters, `partedforms`: re tried them one by one after each space of the end)
    words = list_forms_parted(("reference_words.csv", "remark"), ("reference_words.csv", "forthcoming"))
    return compiled(rf"(?:[,.;]\s*|\s*[(\[]|\s+){words}\s*[)\]]?\s*\.?\s*$",
                    re.IGNORECASE)


def without_remark(text: str) -> str:
    """``text`` without the remark on a quotation that ends it (see the module's docstring).

    >>> without_remark("E. Luard, Basic Texts, MacMillan, 1993, p. 444, grifo meu."), without_remark("Fishman, Language, at 219 (emphasis in original)")
    ('E. Luard, Basic Texts, MacMillan, 1993, p. 444', 'Fishman, Language, at 219')
    >>> without_remark("K. Doe, Emphasis Added: A Study, London 1990"), without_remark("M. Salazar, La justicia, Madrid, en prensa.")
    ('K. Doe, Emphasis Added: A Study, London 1990', 'M. Salazar, La justicia, Madrid')
    """
    # (the remark ends the text: only its last characters are searched)
    found = _remark().search(text, max(0, len(text) - 60))
    return text[:found.start()].rstrip(" ,.") if found and found.start() > 0 else text


@functools.cache
def _other_pages() -> re.Pattern:
    mark = rf"(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?"
    return compiled(rf"(?<=\d),\s*(?:{alternation('see_also.csv')})\s+{mark}\d+(?:\s*[–—-]\s*\d+)?\s*\.?\s*$",
                    re.IGNORECASE)


def without_other_pages(text: str) -> str:
    """``text`` without the other pages it sends the reader to after the pages cited (`…, p. 49, see also p. 44`):
    the cited pages end the reference.

    >>> without_other_pages("Millington, ‘Limits of Control’, p. 49, see also p. 44."), without_other_pages("Doe, Title, see p. 4")
    ('Millington, ‘Limits of Control’, p. 49', 'Doe, Title, see p. 4')
    """
    found = _other_pages().search(text, max(0, len(text) - 60))
    return text[:found.start()] if found else text


def without_end(raw: str) -> str:
    """The reference without the punctuation that ends it in its note.

    >>> without_end("G. Rossi, Le leghe, Firenze 1987;"), without_end("G. Rossi, Le leghe, Roma 1969, pp. 7-9).")
    ('G. Rossi, Le leghe, Firenze 1987', 'G. Rossi, Le leghe, Roma 1969, pp. 7-9')
    >>> without_end("G. Rossi, Le leghe (Roma 1969)"), without_end("F. Bianchini, De tribus, Roma 1753 -")
    ('G. Rossi, Le leghe (Roma 1969)', 'F. Bianchini, De tribus, Roma 1753')
    """
    text = without_other_pages(without_remark(without_online(raw.strip())))
    if text[-1:] in ("-", "–", "·", "•", "*") and text[-2:-1].isspace():  # (a line's break left it)
        text = text[:-1]
    text = text.strip().removesuffix(";")
    text = _kept_stop(text, text.rstrip(".").strip().removesuffix(","))
    if text.endswith(")") and text.count(")") > text.count("("):  # (an aside's bracket, opened before the reference)
        text = text[:-1].rstrip().removesuffix(";").rstrip(".").strip().removesuffix(",")
    return text


# an abbreviation's full stop ending the pages (`100 ff.`, `137 f.`, `45 et seq.`, `12 sq.`, `45 ss.`): the word's, not
# the note's, kept in the pages read
_ABBREVIATED_END = compiled(r"\d\s*(?:ff?|et\s+seq|seqq?|sqq?|ss)\.$")


def _kept_stop(before: str, after: str) -> str:
    """``after`` (the reference without its end) with the full stop of an abbreviation ending ``before`` put back.

    >>> _kept_stop("Titel, 1970, 100 ff.", "Titel, 1970, 100 ff"), _kept_stop("Titel, 1970.", "Titel, 1970")
    ('Titel, 1970, 100 ff.', 'Titel, 1970')
    """
    return after + "." if _ABBREVIATED_END.search(before) and not after.endswith(".") else after
