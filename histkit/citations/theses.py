"""The words that describe a thesis between its title and its university: `Title, tese de doutoramento inédita,
Universidade de Santiago, 1998`, `Title, PhD thesis, University of London, 1998`.

The reference gold records a thesis as a book (its university the publisher) and leaves out the words saying it is
one; the readers, which know a title, a place and a publisher, stop at them. `without_thesis_clause` takes out the
part between commas that holds a word of the list (``reference_words.csv``, kind ``thesis_clause``: `tese de
doutoramento`, `PhD thesis`, `Dissertation`, `ատենախոսություն` …), with whatever few words qualify it (`inédita`,
`unpublished`, `պատմ. գիտ. թեկն.`), where more of the reference follows it (a comma after it).
"""

from __future__ import annotations

import functools
import re

from .heads import without_words_before_name
from .legal import without_lead_in
from .names import is_name
from .stemanchors import anchors_of, may_hold
from .words import LOWER, UPPER, YEAR, alternation, forms
from ..patterns import compiled


@functools.cache
def _clause() -> re.Pattern:
    words = alternation("reference_words.csv", "thesis_clause")
    cited = alternation("reference_words.csv", "op_cit")
    # (not a repeat's words, `G. Marchadier, th. préc., n° 61`: the French house's "thesis cited" opens with `th.`)
    # (a part opening with one of the words, or with a few words in small letters before it, `պատմ. գիտ. թեկն.`, and
    # after it, `inédita`; a comma after it: a title's part, `Dissertation und Buch`, `Die Dissertation`, reads otherwise)
    # (after a title's full stop, the German house's `Titel. Diss. phil. Universität Kassel 1998`: the university follows
    # without a comma, and the clause's place becomes a comma)
    # (the comma or the full stop first, what stands before the stop looked behind from after it: a search goes from
    # one comma or full stop to the next, where a look-behind first was tried at every position)
    # (a qualifying word is short: bounded, so a long unspaced run, a URL, is not read again from each of its dots)
    # (the French house names the university by its town right after the word, no comma, then the year: `thèse Paris
    # II, 1994`; not after a qualifying word: `Dissertation und Buch, 1990` is a title)
    return compiled(rf"(?:,|\.(?<=[^\W_]{{2}}\.))\s*(?!(?i:{cited})(?![^\W_]))(?:{LOWER}[^\s,()]{{0,40}}\s+){{0,4}}(?i:{words})(?![^\W_])"
                      rf"(?:\s+(?=[{UPPER}][^\W\d_]+(?:\s+[IVX]{{1,4}})?,\s*{YEAR})|(?:\s+{LOWER}[^\s,()]{{0,40}}){{0,3}}"
                      rf"(?:(?=,\s*\S)|(?<=\.)\s+(?=[{UPPER}][^\W\d_]+\s.*?{YEAR})))")


def without_thesis_clause(text: str) -> str:
    """``text`` without the part that says it is a thesis, when a part follows it.

    >>> without_thesis_clause("L. Dopazo, As sociedades, tese de doutoramento inédita, Universidade de Vigo, 1998, p. 4")
    'L. Dopazo, As sociedades, Universidade de Vigo, 1998, p. 4'
    >>> without_thesis_clause("J. Smith, Title, PhD thesis"), without_thesis_clause("K. Alt, Die Dissertation als Gattung, 4")
    ('J. Smith, Title, PhD thesis', 'K. Alt, Die Dissertation als Gattung, 4')
    >>> without_thesis_clause("M. Alt: Aus dem Dorf. Diss. phil. Universität Kassel 1998, S. 4")
    'M. Alt: Aus dem Dorf, Universität Kassel 1998, S. 4'
    >>> without_thesis_clause("G. Kern: Die Wohnung, Diss. phil. Bonn 1972, S. 1")
    'G. Kern: Die Wohnung, Bonn 1972, S. 1'
    >>> without_thesis_clause("Ph. Marcenac, La dévolution, thèse Paris II, 1994, p. 211")
    'Ph. Marcenac, La dévolution, Paris II, 1994, p. 211'
    """
    found = _clause().search(text) if may_hold(_anchors(), text) else None
    if found is None:
        return text
    rest = text[found.end():]
    return f"{text[:found.start()]}{'' if rest.startswith(',') else ', '}{rest}"


@functools.cache
def _anchors() -> re.Pattern | None:
    # what every form of the words saying a work is a thesis holds, which both patterns read (`stemanchors`)
    return anchors_of(forms("reference_words.csv", "thesis_clause"))


# `Name, Title, PhD thesis, University of London, 1998, p. 4` and Chicago's `Name, Title (PhD thesis, University of
# London, 1998), 4`: a thesis named by its institution and year, no place; the institution is the publisher
@functools.cache
def _thesis() -> re.Pattern:
    words = alternation("reference_words.csv", "thesis_clause")
    clause = rf"(?:[^\W\d_][^\s,()]*\s+){{0,4}}(?i:{words})(?![^\W_])(?:\s+[^\W\d_][^\s,()]*){{0,3}}"
    # (the McGill Guide says a thesis is unpublished in square brackets after its year: `2003 [non publiée]`)
    # (its town after the university, `Filozofski fakultet, Zagreb, 2005.`, `…, Praha 2010`, and the year's ordinal
    # full stop; or the academic year it was defended in, after its words, ``reference_words.csv`` kind
    # ``academic_year``: `a.a. 1985-1986`)
    academic = alternation("reference_words.csv", "academic_year")
    place = rf"(?:\s*,\s*(?P<place>[{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?))?"  # (capitalised: no faculty's name)
    year = rf"(?:(?P<academic>{academic})\s*)?(?P<year>{YEAR})(?(academic)(?:\s*[/–-]\s*(?:{YEAR}|\d\d))?)\.?"
    imprint = (rf"\s*,\s*(?P<publisher>[^\W\d_][^,()\d]{{2,100}}?){place}(?:\s*,\s*|(?<=[^\W\d_])\s+){year}"
               rf"(?![\d–—-])(?:\s*\[[^\W\d_][^\[\]\d]{{2,30}}\])?")
    return compiled(rf"^(?P<authors>[^,()\d]{{2,80}}?)\s*,\s*(?P<title>[^()]{{2,300}}?|[^()]{{2,300}}?\([^()]*\)[^()]*?)"
                      rf"\s*(?:,|(?P<open>\())\s*{clause}{imprint}(?(open)\s*\))(?:\s*,\s*(?P<pages>[^()]*))?$")


def thesis_reference(text: str) -> re.Match | None:
    """A thesis cited by its authors, title, the words saying it is one, its institution and year; else None.

    >>> found = thesis_reference("J. Smith, The Title, PhD thesis, University of London, 1998, p. 4")
    >>> found["authors"], found["title"], found["publisher"], found["year"], found["pages"]
    ('J. Smith', 'The Title', 'University of London', '1998', 'p. 4')
    >>> thesis_reference("J. Smith, The Title (PhD thesis, University of London, 1998), 4")["publisher"]
    'University of London'
    >>> thesis_reference("J. Smith, The Title, London: Penguin, 1998, p. 4") is None
    True
    """
    if not may_hold(_anchors(), text):  # (the words saying it is one, from a piece of ``text``: most pieces say none)
        return None
    # (and the words before its author that no list holds: `e, per la prassi, L. Fabbris, …`)
    found = _thesis().match(without_words_before_name(without_lead_in(text.strip().rstrip(".").strip()), is_name))
    return found if found is not None and is_name(found["authors"].strip()) else None


def read_thesis(text: str, ref: dict) -> bool:
    """Fill ``ref`` from such a thesis (`thesis_reference`); False, ``ref`` untouched, where ``text`` is none."""
    found = thesis_reference(text)
    if found is None:
        return False
    ref.update({field: (found[field] or "").strip() for field in ("authors", "title", "publisher", "year", "pages")})
    ref["place"] = (found["place"] or ref.get("place") or "").strip()
    ref["title"] = _unquoted(ref["title"])
    return True


# a thesis's title in quotes, as the houses that quote unpublished work print it (`“Title”`, `‘Title’`, `”Title“`)
_QUOTED = compiled(r"^[“”„‘’«»\"](?P<title>[^“”„«»\"]+?)[“”‘’»«\"]$")


def _unquoted(title: str) -> str:
    """``title`` without the quotes around it: the gold records a title without its typographic wrapping.

    >>> _unquoted("“Village Life, 1900–1940”"), _unquoted("Village ‘Life’")
    ('Village Life, 1900–1940', 'Village ‘Life’')
    """
    found = _QUOTED.match(title)
    return found["title"] if found else title
