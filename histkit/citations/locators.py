"""A classic cited by its own divisions after the imprint: `Hobbes, Leviathan, Harmondsworth 1968, I. 9, 148`.

Editions of older works are cited by book and chapter, rule, section or signature before (or instead of) the page:
`…, Amsterdam 1968, Regula 15, S. 65`, `…, New York 1959, Bd. II, Kap. 1, Abschnitt 10`, `…, Hamburg 1956, A84/B117,
126`. The place and year then no longer end the reference, and nothing reads it as a book. `without_locators`
takes those divisions away, keeping the pages that end them, so that the imprint ends the reference again.
"""

from __future__ import annotations

import functools
import re

from .imprintcomma import imprint_comma
from .tails import issue_words, trailing_pages
from .words import LOWER, UPPER, YEAR, alternation, journal_word
from ..patterns import compiled

# `…, 100–130, hier 105`: the cited page after the range, after a word for "here" (or a word no list holds: `aldaar`,
# or a page's mark alone: `pp. 209-232, p. 218`)
# (both open with the comma, or a bracket closing an imprint: `(Wien 1990) bes. 12`; the page mark after the word is any
# list's: Telugu `పు.`; or the first page, the word and a page mark after it: `(2006) p. 513 at p. 515`, as the European
# law journals print it, not a title's year before the Bluebook's `at`: `COLONIAL LABOR, 1790-1890 at 19 (1994)`)
_PAGE_MARK = rf"(?:pp?|S|s|str|с)\.\s*|(?:{alternation('reference_words.csv', 'page_mark')})\s*"
_HERE_WORD = alternation("reference_words.csv", "here")
HERE = compiled(rf"(?:,|(?<=\))(?=\s))(?:\s*(?:{_HERE_WORD})\s+(?:{_PAGE_MARK})?(?=\d)|(?:(?<=[–—-]\d,)|(?<=[–—-]\d\d,)|(?<=[–—-]\d{{3}},))"
            rf"\s*(?:{LOWER}{{3,8}}\s+|(?:pp?|S|s|str|с)\.\s*)(?=\d+(?:\s*[–—-]\s*\d+)?\s*\.?\s*$))"
            rf"|(?<=\d)\s+(?:{_HERE_WORD})\s+(?:{_PAGE_MARK})(?=\d)")

# a place (up to three words; not an abbreviation in capitals, `FRUS 1961–63`) and its year or its run of years (`Zürich 1551–87`) after a comma, another comma after it
# (or a town with its river abbreviated: `Frankfurt a. M. 1891, § 455, 823 f.`)
_IMPRINT = compiled(rf",\s*[{UPPER}]{LOWER}[\w’'.-]*(?:\s+[{UPPER}][\w’'.-]+){{0,2}}"
                    rf"(?:\s+[a-z]{{1,2}}\.\s?(?:[a-z]{{1,2}}\.\s?)?[{UPPER}][a-z]?\.)?\s+{YEAR}(?:\s*[–—-]\s*\d{{2,4}})?(?=\s*,)")
# in the comma styles, a year alone between commas after the place and publisher: `…, Paris, Vrin, 1966, t. VI, p. 112`
# (only volumes and their count are taken away after it: `…, Isabela, 1856, bundle 7` is an archive's file)
_YEAR_ALONE = compiled(rf",\s*{YEAR}(?:\s*[–—-]\s*\d{{2,4}})?(?=\s*,)")
# one division: a short word or a section's sign, or none, and its number, roman or arabic, in parts (`I. 9`,
# `A84/B117`, `§ 9`), not a year; or the text a commentary comments on, after the word saying so (``reference_words.csv``,
# kind ``commented``: `…, Lugduni 1550, ad D. 41,2,1,20, fol. 85v, n. 3`), its parts joined by commas with no space
_NUMBER = r"(?:[IVXLC]+|[ivxlc]+|[A-Za-z]?\d{1,3}[a-z]?)"
_DIVISION = compiled(rf"(?:(?:{alternation('reference_words.csv', 'commented')})\s+[^\W\d_]{{1,5}}\.?\s*{_NUMBER}"
                     rf"(?:\s*[.,]\s*{_NUMBER})*|(?:[^\W\d_]{{1,12}}\.?\s*|§§?\s*)?{_NUMBER}(?:\s*[./–—-]\s*{_NUMBER})*)\.?")
# the commas between divisions (not those inside an allegation's number, `41,2,1,20`)
_BETWEEN = compiled(r",(?!\d)")
# the pages after a year alone: a listed page word or none (`…, 1896, vol. 38, file 117` is an archive's file)
_PAGES_LISTED = compiled(rf"(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?\d")
# the count of a work's volumes, its word after the number: `17 vol.`, `2 Bde.`, `7 vols`
_COUNT = compiled(r"\d{1,3}\s+[^\W\d_]{1,6}\.?")
# the last item, a word of small letters abbreviated and a number, a page whatever list holds the word
_MARKED_PAGE = compiled(rf"{LOWER}{{1,4}}\.\s*\d+(?:\s*[–—-]\s*\d+)?\.?")
# a run of years after a comma (the comma styles' imprint, `Vrin, 1966-1976`; not a series' `FRUS 1961–63`), followed
# by the volumes or pages cited or the imprint's bracket (a title's run may end a piece: `…, 1918–1928. Bloomington`)
# (or a yearbook's or an academic year's two years with a slash, after a comma or alone in brackets: `…, 2015/2016, p. 491`,
# `… Law 17 (2015/2016), 491`; MHRA's last year cut to one figure before the bracket's close: `(London, 1868–9)`)
_YEARS_RUN = compiled(rf"(?P<space>(?<=,)\s*|(?<=\()\s*(?=\d{{4}}\s*/))(?P<first>{YEAR})\s*[–—/-]\s*(?:{YEAR}|\d{{2}}|\d(?=\)))"
                      r"(?=\s*[,)])")
# a volume among them, by a volume's word of the lists (`t. VI`, `vol. 6`, `Bd. 2`)
_VOLUME = compiled(rf"(?:{alternation('reference_words.csv', 'volume')})\s*(?P<no>\d+|[IVXLC]+)\.?")
# (an issue is a journal's, not a division of a work: `Kwartalnik Historyczny 1995, nr 3` keeps it)
_ISSUE = compiled(rf"(?:{issue_words()}|fasc\.)\s*\d", re.IGNORECASE)


def first_of_run(text: str) -> str:
    """``text`` with the run of years its imprint ends with (a work printed in several volumes over the years) read as
    its first year, where no year follows the run (a title's run, `Wonders, 1150–1750, New York 1998`, is kept).

    >>> first_of_run("R. Descartes, Œuvres, Paris, Vrin, 1966-1976, t. VI, p. 112")
    'R. Descartes, Œuvres, Paris, Vrin, 1966, t. VI, p. 112'
    >>> first_of_run("L. Daston, Wonders, 1150–1750, New York 1998")
    'L. Daston, Wonders, 1150–1750, New York 1998'
    >>> first_of_run("A. Pato, Redress, Yearbook of Private International Law 17 (2015/2016), 491")
    'A. Pato, Redress, Yearbook of Private International Law 17 (2015), 491'
    """
    runs = list(_YEARS_RUN.finditer(text))
    if not runs or re.search(YEAR, text[runs[-1].end():]):
        return text
    run = runs[-1]
    return text[:run.start()] + run.group("space") + run.group("first") + text[run.end():]


def located_volume(text: str) -> tuple[str, str]:
    """``text`` without its divisions (`without_locators`), and the volume they name first (`t. VI`, `vol. 6`, `Bd. 2`)
    or "".

    >>> located_volume("R. Descartes, Œuvres, Paris, Vrin, 1966, t. VI, p. 112")
    ('R. Descartes, Œuvres, Paris, Vrin, 1966, p. 112', 'VI')
    >>> located_volume("Eley, Oxford 2002, 12")
    ('Eley, Oxford 2002, 12', '')
    """
    found = _divisions(text)
    if found is None:
        return text, ""
    end, items, pages = found
    volume = next((m.group("no") for m in map(_VOLUME.fullmatch, items) if m), "")  # (after a count: `11 vol., t. VI`)
    return text[:end] + (f", {pages}" if pages else ""), volume


def without_locators(text: str) -> str:
    """``text`` without the divisions of a work cited between its imprint and its pages.

    >>> without_locators("Thomas Hobbes, Leviathan, Harmondsworth 1968, I. 9, 148.")
    'Thomas Hobbes, Leviathan, Harmondsworth 1968, 148'
    >>> without_locators("John Locke, An Essay, New York 1959, Bd. II, Kap. 1, Abschnitt 10")
    'John Locke, An Essay, New York 1959'

    Pages alone are left as they are, and so is anything that is not a division (a title, a note's prose):

    >>> without_locators("Eley, Forging Democracy, Oxford 2002, 12–14"), without_locators("Eley, Oxford 2002, see above")
    ('Eley, Forging Democracy, Oxford 2002, 12–14', 'Eley, Oxford 2002, see above')
    """
    return located_volume(text)[0]


def _divisions(text: str) -> tuple[int, list[str], str] | None:
    """Where the imprint ends, the divisions after it and the pages that end them; None where the text has none."""
    if "," not in text:
        return None
    imprint = max((m for pattern in (_IMPRINT, _YEAR_ALONE) for m in pattern.finditer(text)), key=lambda m: m.end(),
                  default=None)  # (the last: the pages follow it)
    if imprint is None or imprint.re is _IMPRINT and journal_word().search(imprint.group()):
        return None  # (`…, Yale Law Journal 1920, vol. 20, p. 817`: a journal's year and volume, no book's divisions)
    end, pages = trailing_pages(text.rstrip(" ."))  # (the pages that end it, as every reader takes them)
    last = text.rstrip(" .").rfind(",")
    if not pages and last > imprint.end() and _DIVISION.fullmatch(text[last + 1:].strip(" .")):
        # (an old book's leaf, then the margin number on it: `…, Lugduni 1550, ad D. 41,2,1,20, fol. 85v, n. 3`)
        before, leaf = trailing_pages(text[:last])
        end, pages = (before, leaf) if leaf and before > imprint.end() else (end, pages)
    items = [item.strip() for item in _BETWEEN.split(text[imprint.end():end].strip(" ,"))]
    if not pages and _MARKED_PAGE.fullmatch(items[-1]):  # (`…, Caernarfon 1982, t. 47`: Welsh `t.` is the page)
        pages, items = items[-1], items[:-1]
    # (a year alone after a place and a publisher, `…, Torino, Bottega d'Erasmo, 1970, vol. III, cons. 218`, ends a
    # book's imprint as surely as a place before its year)
    # (not a file's unit after it, ``unit_words.csv``: `…, Historia, Isabela, 1856, bundle 7` is an archive's)
    alone = imprint.re is _YEAR_ALONE and _IMPRINT.match(text, imprint.start()) is None and not (
        _published(text[:imprint.end()]) and not any(_unit_word().match(item) for item in items))
    if alone and pages and not _PAGES_LISTED.match(pages):
        return None
    if end <= imprint.end() or not items or not all(
            (_VOLUME.fullmatch(item) or _COUNT.fullmatch(item)) if alone
            else (_DIVISION.fullmatch(item) or _COUNT.fullmatch(item)) and not _ISSUE.match(item) for item in items):
        return None
    return imprint.end(), items, pages


@functools.cache
def _unit_word() -> re.Pattern:
    return compiled(rf"(?i:{alternation('unit_words.csv')})(?![^\W_])")


def _published(head: str) -> bool:
    """Whether ``head`` ends in a place, a publisher and the year (`imprintcomma.IMPRINT_COMMA`)."""
    found = imprint_comma(head)
    return found is not None and bool(found.group("publisher"))
