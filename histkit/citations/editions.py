"""Two editions' years in one imprint: `Zagreb 1920. (pretisak Zagreb 2008.)`, `2005 (1a ed. 1987)`, `1911 (rééd.
1996)`, `København 1888 (genoptrykt 1978)`: which is the reference's, read from the shape where the words are unknown.

After the imprint's year a bracket of words (a word for an edition, a reprint, an original, an ordinal, a place) and
one or more years names another edition of the work. The edition cited is the later one: a reprint's year after an
original's (`1911 (rééd. 1996)`, the reprint is the one read), an original's before a translation's or a new
edition's (`2003 (orig. 1999)`, `2005 (1a ed. 1987)`). The reference gold of every round so far gives that year.
``tails.without_first_edition`` drops a bracket of an earlier edition by its words (``reference_words.csv``, kind
``first_edition``) or by its shape; the later edition in a bracket is this module's.

Why two readers of an edition's bracket, not one: this one keeps both years and lets `cited_year` take the later, so
it reads a reprint's bracket (`København 1888 (genoptrykt 1978)`: 1978), which ``tails._EARLIER_EDITION`` leaves in
place (it drops only a bracket whose year is earlier, and keeps `(London, 1913; repr. London, 1963)` whole for the
imprint's reader); and it wants a word in small letters and no comma or colon inside, where ``_EARLIER_EDITION``
reads a place and a comma (`1992 (1-asis leid. Kaunas, 1926)`), a colon (`(1948) (המקור: Berlin 1931)`), a
semicolon inside the imprint's bracket and a Hijri year. Each is asked at its own point (`references.parse_reference`
asks this one first, the tails' after the imprint is cut): either shape in place of the other changes what is read.
"""

from __future__ import annotations

import functools
import re

from .words import LOWER, MARK, UPPER, YEAR, alternation, forms
from ..ignorecase import ignorecase_fold, may_match
from ..patterns import compiled

# the year (not a range's end: `1945.–1991. (Zagreb: …, 2006)`), a full stop if any, a bracket of words (two letters or
# more) and years, the last year at its end, with no comma or colon (an imprint's: `(Beograd, Institut, 1962)`)
_EDITION_BRACKET = compiled(rf"(?<![\d–—-])(?P<year>{YEAR})\.?\s*[(\[](?P<inside>(?=[^()\[\]]*[^\W\d_]{{2}})[^()\[\],:]{{1,40}}?"
                              rf"(?<!\d){YEAR})\.?\s*[)\]]")

# (or, opening with an edition's or a reprint's word in small letters, with commas and semicolons inside, not a colon:
# `Paris 1908 (4e éd. rev., M. Rivière, Paris 1921; rist. anast., Slatkine, Genève 1981)`)
_EDITION_WORDS_BRACKET = compiled(rf"(?<![\d–—-])(?P<year>{YEAR})\.?\s*[(\[](?P<inside>(?:\d{{1,2}}[^\W\d_]{{0,3}}\s*)?{LOWER}[^\W\d_]*\."
                                  rf"[^()\[\]:]{{1,150}}?(?<!\d){YEAR})\.?\s*[)\]]")

_A_YEAR = compiled(rf"(?<!\d){YEAR}(?!\d)")

# (a word in small letters inside, `pretisak`, `ed.`, `orig.`: not a place and a year alone, `utg. 1871 (Oslo 1976)`)
_SMALL_WORD = compiled(rf"(?<![^\W_]){LOWER}")


def without_edition_bracket(text: str) -> tuple[str, list[str]]:
    """``text`` without the bracket of another edition after its imprint's year, and the years of both editions (none
    when there is no such bracket): the reference's is the later (`cited_year`).

    >>> without_edition_bracket("Milan Tamm, Naslov, Zagreb 1920. (pretisak Zagreb 2008.), 56")
    ('Milan Tamm, Naslov, Zagreb 1920, 56', ['1920', '2008'])
    >>> without_edition_bracket("Nom, Títol, 2a ed., Barcelona, Edicions 62, 2005 (1a ed. 1987), p. 140")
    ('Nom, Títol, 2a ed., Barcelona, Edicions 62, 2005, p. 140', ['2005', '1987'])
    >>> without_edition_bracket("G. Sorel, Les illusions, Paris 1908 (4e éd., M. Rivière, Paris 1921), p. 51")
    ('G. Sorel, Les illusions, Paris 1908, p. 51', ['1908', '1921'])
    >>> without_edition_bracket("Name, Journal 12 (1999), 4"), without_edition_bracket("Tamm, Title (1880-1914), Paris 1990")
    (('Name, Journal 12 (1999), 4', []), ('Tamm, Title (1880-1914), Paris 1990', []))
    >>> without_edition_bracket("Tamm, Om fattigvæsenet, opptrykk av utg. 1871 (Oslo 1976), s. 45")[1]
    []
    >>> without_edition_bracket("Tamm, Hrvatska 1945.–1991. (Zagreb: Školska knjiga, 2006), 402")[1]
    []
    """
    found = next((m for m in _EDITION_BRACKET.finditer(text) if _SMALL_WORD.search(m.group("inside"))), None) \
        or _EDITION_WORDS_BRACKET.search(text)
    if found is None:
        return text, []
    years = [found.group("year")] + _A_YEAR.findall(found.group("inside"))
    return text[:found.end("year")] + text[found.end():], years


# `(1836; repr., Tokyo: Meicho Shuppan, 1977)`: a bracket opening with the original's year alone, a semicolon and one
# word for the reprint (`repr.`, `reprint`, `rpt.`, `nachgedr.`), then the imprint of the edition cited; the original's
# town before its year where the reprint names its publisher after a colon (`(St. Petersburg, 1901; repr. The Hague:
# Mouton, 1969)`; without one, `(London, 1913; repr. London, 1963)`, the imprint's reader reads the bracket whole)
_REPRINT_WORD = rf"\s*;\s*{LOWER}[^\W\d_]{{1,11}}\.?,?\s+"
_ORIGINAL_BEFORE_REPRINT = compiled(
    rf"\(\s*(?:[{UPPER}][^\W\d_]*\.?(?:\s[{UPPER}][^\W\d_]*\.?){{0,2}},\s*{YEAR}(?={_REPRINT_WORD}[^();:]+:)|{YEAR})"
    rf"{_REPRINT_WORD}(?=[^\W\d_])")


def without_reprint_original(text: str) -> str:
    """``text`` without the original's year that opens a reprint's imprint (its year is the reference's).

    >>> without_reprint_original("Ōta Jun, Kiroku (1836; repr., Tokyo: Meicho Shuppan, 1977), p. 23")
    'Ōta Jun, Kiroku (Tokyo: Meicho Shuppan, 1977), p. 23'
    >>> without_reprint_original("Name, Title (London, 1913; repr. London, 1963)")
    'Name, Title (London, 1913; repr. London, 1963)'
    >>> without_reprint_original("Name, Title (St. Petersburg, 1901; repr. The Hague: Mouton, 1969), 12")
    'Name, Title (The Hague: Mouton, 1969), 12'
    """
    return _ORIGINAL_BEFORE_REPRINT.sub("(", text) if ";" in text else text


def cited_year(year: str, editions: list[str]) -> str:
    """The year of the edition cited: the later of ``editions`` when ``year`` (the one read) is one of them.

    >>> cited_year("1888", ["1888", "1978"]), cited_year("2005", ["2005", "1987"]), cited_year("1880", ["2005", "1987"])
    ('1978', '2005', '1880')
    """
    return max(editions) if year in editions else year


# an edition statement in words no list holds (`ail arg.`, `nouvelle éd.`): two words in small letters, the first whole
# (not a repeat's `ob. cit.`, `op. cit.`), the second abbreviated with its full stop
_EDITION_SHAPE = compiled(rf"{LOWER}[^\W\d_]{{1,7}}\s+{LOWER}[^\W\d_]{{1,5}}\.")


def edition_shape(part: str) -> bool:
    """Whether a part of a reference between commas is shaped as an edition statement in unknown words, or is an
    edition's word of the lists and one word, its ordinal in words (Yoruba `àtúnṣe kejì`, "second edition").

    >>> edition_shape("ail arg."), edition_shape("op. cit."), edition_shape("Cymorth Cydfuddiannol"), edition_shape("ail arg")
    (True, False, False, False)
    >>> edition_shape("àtúnṣe kejì"), edition_shape("àtúnṣe")
    (True, False)
    """
    return _EDITION_SHAPE.fullmatch(part.strip()) is not None or _edition_word_ordinal().fullmatch(part.strip()) is not None


@functools.cache
def _edition_word_ordinal() -> re.Pattern:
    # (the word before or after the edition's: `àtúnṣe kejì`, `ikalawang edisyon`; one word, no digit)
    word, listed = rf"(?:[^\W\d_][{MARK}]*)+", alternation("reference_words.csv", "edition_word")
    return compiled(rf"(?:{listed})\s+{word}|{word}\s+(?:{listed})", re.IGNORECASE)


# a year with its edition's number printed after it as a superscript and read glued to it, where an imprint ends: after
# the place (`Sansoni, Firenze 19652`, `Duncker & Humblot, Berlin 20027`, `Oxford University Press, New York 19922`),
# or after the place's comma (`Adelphi, Milano, 20053, p. 528`), where the imprint ends: the cited pages, a bracket's close
# or the reference's end after it (not `Series 17734, item 164`, `William Alexander, 18277, per Mayda`: a file's, a convict's)
_GLUED_EDITION = compiled(rf"(?<=[^\W\d_]{{2}})(?P<before>,?\s+)(?P<year>{YEAR})(?:[2-9]|1\d)"
                          r"(?=\s*(?:\)|\.?\s*$|[,;]\s*(?:pp?|S|s|str|c|cap|vol|Bd|t)\.))")
_FIVE_DIGITS = compiled(r"\d{5}")


def year_without_edition(text: str) -> str:
    """``text`` with a year that its edition's superscript number was glued to read as the year alone.

    >>> year_without_edition("E. Sestan, Storia, Sansoni, Firenze 19652, p. 305")
    'E. Sestan, Storia, Sansoni, Firenze 1965, p. 305'
    >>> year_without_edition("Opere, Adelphi, Milano, 20053, p. 528"), year_without_edition("Mapes, 18874, per Palmyra")
    ('Opere, Adelphi, Milano, 2005, p. 528', 'Mapes, 18874, per Palmyra')
    >>> year_without_edition("Queensland State Archives, Series 17734, item 164")
    'Queensland State Archives, Series 17734, item 164'
    """
    if _FIVE_DIGITS.search(text) is None:
        return text
    return _GLUED_EDITION.sub(lambda m: m["before"] + m["year"], text)


# a digit run is entered at its start only and never given back: `\d+` tried inside a long run was quadratic
# (French ordinals: `2e éd.`, `3ème éd.`, `2ième éd.`; Irish `2ú heag.`; a suffix after a hyphen: `2-րդ հրատ.`, `2-ci nəşr`)
# (by shape, an ordinal, at most one word, an edition word of the lists, its full stop optional: `, 2nd edn`, `, 3.
# dopolnjena izdaja`, `, 2. udg`, `, 2.ª ed.`; kinds ``edition``, ``first_edition``, ``edition_after``, ``edition_word``)
_EDITION_FORMS = [form.rstrip(".") for kind in ("edition", "first_edition", "edition_after", "edition_word")
                  for form in forms("reference_words.csv", kind)]
_EDITION_WORDS = "|".join(sorted({re.escape(form).replace(r"\ ", r"\s+") for form in _EDITION_FORMS},
                                 key=lambda form: (-len(form), form)))  # (a set: its order, ties too, fixed)
# (what every edition's statement opens with looked at first, a digit after a comma or spaces: re builds no prefix check)
_EDITION = compiled(rf"(?=,?\s*\d),?\s*(?<!\d)\d++(?:st|nd|rd|th|i?[eè]me|e|[eè]re|\.[ªº]?|[ªº]|ú|-{LOWER}{{1,4}})?\s+(?:[^\W\d_]+\.?\s+)?"
                    rf"(?:{_EDITION_WORDS})\.?(?![^\W\d_])", re.IGNORECASE)


@functools.cache
def edition_anchors() -> tuple[str, ...]:
    """What every match of an edition's statement holds (`without_edition_statement`): each edition word's longest
    word, folded as `re.IGNORECASE` compares (`ignorecase_fold`).

    >>> {"aufl", "izd", "ed"} <= set(edition_anchors())
    True
    """
    # (the pattern writes each form's characters one for one, `re.escape`, and only its spaces otherwise, as `\s+`:
    # any word of a form stands whole in every match of that form, and one of the forms in every match of `_EDITION`;
    # an anchor that holds another is found only where that one is, so the shorter is enough)
    anchors = {ignorecase_fold(max(form.split(), key=len)) for form in _EDITION_FORMS}
    return tuple(sorted(a for a in anchors if not any(b != a and b in a for b in anchors)))


def without_edition_statement(text: str) -> str:
    """``text`` without an edition's statement after an ordinal (`, 2nd edn`, `, 3. dopolnjena izdaja`, `, 2. Aufl.`).

    >>> without_edition_statement("Eley, Forging Democracy, 2nd edn, Oxford 2002")
    'Eley, Forging Democracy, Oxford 2002'
    >>> without_edition_statement("TNA, FO 371/107832, 12 March 1953")
    'TNA, FO 371/107832, 12 March 1953'
    """
    # (`_EDITION` is tried at every character, its words case-insensitive: the texts holding none of its anchors,
    # most pieces, are answered by a few `in` tests on their fold instead)
    return _EDITION.sub("", text) if may_match(edition_anchors(), text) else text
