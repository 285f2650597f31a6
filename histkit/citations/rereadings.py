"""A piece as `parse_reference` reads it where its words are on no list, for `looks_like_literature` to ask again:
after the words before its author (`Se även Ingrid Berglund, …`, `heads.without_words_before_name`), without another
edition's bracket that hides its imprint (`København 1888 (genoptrykt 1978)`, `(1836; repr., Tokyo: …, 1977)`,
`editions`; `تهران: امیرکبیر، ۱۳۹۵ (چ ۱: ۱۳۸۴)`, `tails.without_first_edition`), a publisher without its guillemets (`Երևան, «Հայաստան», 2001`, `guillemets`), without the words saying
it is a thesis (`…, PhD thesis, University of London, 1998`, `theses`), without a book's series (`…, LGDJ, coll. « … », t. 23,
1978`, `series`), with a comma for the full stop before the
place and year that end it (`…, Helsingin yliopisto. Helsinki 2004`, `clauses`), with a journal in brackets after
the title as the dashed form (`Заглавие («Русская Мысль», 1899, кн. IV)`, `journalshape`), with a word for "the same
author" in small letters capitalised as a name is (`idem, The Merse …` as `Idem, The Merse …`), without the years a
source edition's volume covers (`sv. 2 (1251–1300), …, Olomouc 1987`, `volumespan`; its editor then written first, as
`editedfirst` writes it: such editions are cited by their title), without the other edition or translation in a square
bracket after the year that ends it (`…, Roma, Donzelli Editore, 2013 [Deutsches Herz …, Stuttgart, 2014]`), with a
comma between the names and a quoted title that follows them with none (`Steve Lambert ‘Title’ [2016] …`, `namequote`),
with a comma for the semicolon before `in:` (`Titel; in: Zeitschrift (1799), Nr. 156, S. 1545`, `containers`), with a
year read without the edition's number glued to it (`Sansoni, Firenze 19652`, `editions`), with a title's quotes
typographic where one or both are straight (`'Lawyers, Judges, …’, 75 American Journal …`: `quotes`, as `parse_reference` reads it).
"""

from __future__ import annotations

from typing import Iterator

from .containers import comma_before_bracketed_in
from .clauses import imprint_after_stop, journal_after_stop, place_year_after_stop
from .editedfirst import editor_first
from .editions import without_edition_bracket, without_reprint_original, year_without_edition
from .guillemets import publisher_unquoted
from .housetext import as_comma_style
from .heads import without_words_before_name
from .journalshape import journal_out_of_brackets
from .names import is_name
from .namequote import comma_before_quote
from .series import without_series
from .reprintbracket import reprint_imprint
from .quotes import typographic_quotes
from .shortrefs import SAME_AUTHOR
from .tails import without_first_edition
from .theses import without_thesis_clause
from .volumespan import without_volume_span
from ..patterns import compiled

_DATE_AFTER_NAME = compiled(r"^[^,]*,\s*\d")


def _after_lead(piece: str) -> str:
    """``piece`` after the words before its author, unless a colon ends them (the splitter cuts such a lead word
    itself: `leads.find_lead_colon`) or a date follows the name (a letter's: `Lovett to Marshall, 30 June 1948`)."""
    bare = without_words_before_name(piece, is_name)
    if ":" in piece[:len(piece) - len(bare)] or _DATE_AFTER_NAME.match(bare):
        return piece
    return bare


def _same_author_capitalised(piece: str) -> str:
    """``piece`` with the word for "the same author" that opens it capitalised, as a name opens; else ``piece``."""
    if not piece[:1].islower() or SAME_AUTHOR.match(piece) is None:
        return piece
    return piece[:1].upper() + piece[1:]


def _without_volume_span(piece: str) -> str:
    bare = without_volume_span(piece)
    return editor_first(bare) if bare != piece else piece


def _series_editor_first(piece: str) -> str:
    """An edition cited by its title, its editor and its series in brackets: both read (`Capitularia, hg. von Name,
    Hannover 1883 (MGH Capit. 1), S. 93` as `Name (ed.), Capitularia, Hannover 1883, S. 93`)."""
    bare = without_series(piece)
    return editor_first(bare) if bare != piece else piece


# a square bracket after the year that ends a book, with the work's other edition or translation (`…, Roma, Donzelli
# Editore, 2013 [Deutsches Herz. Das Modell Deutschland …, Stuttgart, Klett-Cotta, 2014]`)
_OTHER_EDITION_AFTER = compiled(r"(?<=\d)\.?\s*\[[^\[\]]{10,300}\]\s*\.?\s*$")


def _without_other_edition(piece: str) -> str:
    bracket = _OTHER_EDITION_AFTER.search(piece)
    return piece if bracket is None else piece[:bracket.start()] + "."


_REREADINGS = (typographic_quotes, lambda piece: without_edition_bracket(piece)[0], without_reprint_original, reprint_imprint, publisher_unquoted,
               without_series,
               without_thesis_clause, place_year_after_stop, journal_after_stop, imprint_after_stop, without_first_edition, journal_out_of_brackets, _after_lead,
               _same_author_capitalised, _without_volume_span, _series_editor_first, _without_other_edition, comma_before_quote,
               comma_before_bracketed_in, as_comma_style, year_without_edition)


def rereadings(piece: str) -> Iterator[str]:
    """The readings of ``piece`` that differ from it, one at a time (the dearest last).

    >>> list(rereadings("Se även Ingrid Berglund, Fosterhem i Norden (Oslo 2006), s. 55"))
    ['Ingrid Berglund, Fosterhem i Norden (Oslo 2006), s. 55']
    >>> list(rereadings("Tamm, Titel, København 1888 (genoptrykt 1978), s. 14"))
    ['Tamm, Titel, København 1888, s. 14']
    >>> list(rereadings("Lovett to Marshall, 30 June 1948"))
    []
    """
    for read in _REREADINGS:
        reading = read(piece)
        if reading != piece:
            yield reading
