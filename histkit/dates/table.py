"""The dates table: every date in a layout's text blocks, with its offsets into the document's text."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..text import unwrap
from .reading import reading_dates_of
from .centuries import find_centuries, names_a_century
from .circa import find_circa_years, with_bracketed_circa_years
from .earlyyears import EraReading
from .baremonths import find_bare_months
from .counts import counts_among, is_counted
from .decadenames import find_decade_names, with_their_centuries
from .dottedyears import find_dotted_years
from .feasts import find_feast_days, names_a_feast, with_feast_days
from .romancalendar import with_roman_days
from .romanyears import find_roman_years
from .gluedendings import with_glued_ending
from .lawyears import days_in_the_laws_year
from .legalpages import is_page
from .locators import is_located, is_series_reference
from .persons import find_cohort_years, names_persons, opens_a_life
from .unitnumbers import is_unit_number
from .addresses import is_house_number
from .alternatives import with_alternatives
from .recurring import recurs
from .sourcelists import lists_sources, names_a_holdings_years
from .slashedyears import find_slashed_spans
from .weekdays import find_next_weekdays
from .weeks import find_calendar_weeks
from .volumeyears import before_its_page, in_a_source_line, is_bracketed_imprint, is_volume_year
from .listrows import listed_days, listed_years
from .unitlists import with_listed_units
from .monthspans import with_first_months
from .quarters import quarters_in_the_year_before, with_quarters
from .regnal import find_regnal_years
from .shortyears import names_a_short_year, with_short_years
from .relative import with_relative_days
from .baredays import bare_day_marks, find_bare_days
from .republican import find_republican_units
from .thaiyear import with_old_thai_new_year
from .stylemarks import with_equivalents, with_styles
from .yearspans import with_calendar_years
from .sameyear import days_in_the_year_before, with_the_year_before
from .spans import spans_of
from .textlayer import as_read, spaces_a_year
from .editorial import as_meant
from .turns import with_turns
from .search import find_dates, names_a_year, with_both_calendars
from .shortends import with_whole_second_ends
from .values import DateMatch
from .words import FROM_WORDS, month_names
from ..patterns import compiled

#: Zones of a layout whose dates go into the dates table.
DATE_ZONES = ("front", "heading", "body", "note", "back")

DATES_COLUMNS = ["doc_id", "block_id", "surface", "start", "end", "date_start", "date_end", "precision"]


# a case ending joined to a day by a hyphen (Hungarian `1956. október 23-án`, `4-ig`, `15-i`): the date is read with
# it (`pattern`), but it is grammar, not the date, as the Turkish ending after an apostrophe is not
_CASE_ENDING = compiled(r"(?<=\d)-[^\W\d_]{1,3}$")

# the word that opens a span (`od 5. ledna do 20. srpna`, `du 13 mars au 8 avril`) is read with it but is not of it:
# the table's surface begins at the span's first end (the date rounds' rule 5); a citation's reader, which cuts the
# date from its note, keeps the word with it (`find_dates`)
_OPENING = compiled("|".join(w if w.endswith("'") else rf"{w}\s+" for w in FROM_WORDS), re.IGNORECASE)


def _without_opening(d: DateMatch) -> DateMatch:
    opening = _OPENING.match(d.surface)
    if opening is None or opening.end() == len(d.surface):
        return d
    return DateMatch(d.start + opening.end(), d.end, d.surface[opening.end():], d.date_start, d.date_end, d.precision)


# in running text, a full stop after a date's last number that the sentence goes on from (a small letter follows)
# is the number's ordinal stop, part of it (`28. lipnja 1921. godine`, `1933. aastal`, `1929. i 1931.`); before a
# capital, a digit or the end it ends the sentence (`… 1918. Vlada …`), and in notes it ends a citation's part
_ORDINAL_STOP = compiled(r"\.(?=\s+[^\W\d_])")
# a full stop that a comma, semicolon or closing bracket follows ends no sentence, in a note either: it is the
# ordinal stop of a year written with one (`od 12. 3. 2001., Rev …`, `(pristupljeno 5. 5. 2020.)`)
_STOP_BEFORE_PUNCTUATION = compiled(r"\.(?=[,;)])")


def _with_ordinal_stop(d: DateMatch, text: str, running: bool) -> DateMatch:
    if not d.surface[-1:].isdigit():
        return d
    if not _STOP_BEFORE_PUNCTUATION.match(text, d.end) and (
            not running or not _ORDINAL_STOP.match(text, d.end) or not text[d.end + 1:].lstrip()[:1].islower()):
        return d
    return DateMatch(d.start, d.end + 1, d.surface + ".", d.date_start, d.date_end, d.precision)


def _without_case_ending(d: DateMatch) -> DateMatch:
    ending = _CASE_ENDING.search(d.surface) if d.precision == "day" else None
    if ending is None or ending.group() in bare_day_marks():  # (`23-го`: an ordinal's mark, as `16th`'s: `baredays`)
        return d
    return DateMatch(d.start, d.end - len(ending.group()), d.surface[:ending.start()], d.date_start, d.date_end, d.precision)


_YEAR_FIRST = compiled(r"\d{4}\.")
_DIGIT = compiled(r"\d")
_WORD = compiled(r"[^\W\d_]+")


def _not_a_year(text: str, d: DateMatch) -> bool:
    """Whether ``d``, read as a year, is a number of a citation: a page, item, file, volume or imprint's."""
    if d.precision != "year":
        # (a report's year, part and page read as a year-first day, `S. 1897. 1. 17`: after its report's word)
        # (a series' piece and item after its code in capitals, `RLFC 3/1/1913`, `NC 18/1/1071`: `locators`)
        return d.precision == "day" and (_YEAR_FIRST.match(d.surface) is not None and is_located(text, d.start)
                                         or is_series_reference(text, d.start, d.end))
    # (an archival unit's number, `спр. 1918`, `kutija 1945`: `unitnumbers`; a page, article or note's, `S. 1934`,
    # `Art. 1918`: `locators`; but not a person's year after the same abbreviation, `Lerroux (n. 1864)`: `persons`)
    located = d.surface.isdigit() and is_unit_number(text, d.start) or is_located(text, d.start)
    return (is_page(text, d.start)  # (a law report's page, `998 F.2d 1480`, `Id. at 1483`: `legalpages`)
            or located and not opens_a_life(text, d.start)
            or names_persons(text, d)  # (`the 1968ers`: `persons`)
            or is_volume_year(text, d)  # (an imprint's or gazette's, `Berlin 1932, S. 45`: `volumeyears`)
            or is_counted(text, d)  # (a count, `ponad 1932 orzeczeń`, `1923 тыс.`: `counts`)
            or is_house_number(text, d))  # (`1712 G Street`: `addresses`)


@lru_cache(maxsize=1024)
def _refused(text: str, d: DateMatch) -> bool:
    """`_not_a_year`, kept: the table asks it of most dates twice, before the forms that widen a date and after."""
    return _not_a_year(text, d)


def _left_out(text: str, d: DateMatch, zone: str, sources: bool) -> bool:
    """Whether the table leaves out ``d``, a date of a block of ``zone`` (``sources``: of a list of sources)."""
    if zone == "body" and recurs(text, d):
        return True  # (`elk jaar op 25 februari herdacht`: `recurring`)
    if sources and names_a_holdings_years(text, d):
        return True  # (`Emily Wilding Davison papers, 1905–1913.`: `sourcelists`)
    # (`(Oxford, 1979)`, in a note, a table's source line or before its page: `volumeyears`)
    return _refused(text, d) or (zone == "note" or in_a_source_line(text, d.start) or before_its_page(text, d)) \
        and is_bracketed_imprint(text, d)


def _with_named_units(text: str, found: list[DateMatch], context: list[DateMatch] = ()) -> list[DateMatch]:
    """``found``, the dates of a body paragraph, with the units it names without a year of four digits."""
    # (the decades named in words, `anni Trenta`, in the century of the dates beside them: `decadenames`; a century
    # after such a decade is its own: `padesátých letech 20. století`; the turn of a century, `the turn of the
    # century`, `na przełomie XIX i XX wieku`, a year in place of the century it names: `turns`)
    # (and the years after an English `c.`, which the date forms read as a page's: `by c. 1500`, `circa`)
    # (and a month named alone after a word that leads into it, in the year of the date before: `baremonths`)
    named, centuries = with_their_centuries(text, find_decade_names(text, found), find_centuries(text))
    # (a decade's name holds the two digits a short year's form reads alone, `anni '60`, `jaren '30`: the name wins)
    found = [d for d in found if not any(c.start <= d.start and d.end <= c.end and c.end - c.start > d.end - d.start
                                         for c in named)]
    found = with_turns(text, found + [c for c in centuries + named + find_circa_years(text)
                                      if all(d.end <= c.start or c.end <= d.start for d in found)])
    found = with_listed_units(text, found)  # (`ve 30. a 40. letech 19. století`: `unitlists`)
    return sorted(found + find_bare_months(text, list(context) + found), key=lambda d: d.start)


def _years_no_form_reads(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """The regnal, republican, Roman-numeral, dotted and cohort years of ``text`` that no date of ``found`` overlaps."""
    return [r for r in find_regnal_years(text) + find_republican_units(text) + find_roman_years(text)
            + find_dotted_years(text) + find_cohort_years(text, found)
            if all(d.end <= r.start or r.end <= d.start for d in found)]


def _block_dates(text: str, zone: str, era: EraReading, context: list[DateMatch]) -> list[DateMatch]:
    """The dates of one block's ``text`` (unwrapped, as read), before the table leaves any out; ``context`` holds the
    date a heading or the paragraph before gives the block's first days and months (`DATE_ZONES`' carry), no row."""
    # (another calendar's day and the Gregorian one in brackets: one surface, `search`; `1929 tot 77`: `shortends`)
    found = with_whole_second_ends(with_both_calendars(text, find_dates(text)))
    # (a page's, file's or volume's number, no year, dates no day after it: `box 1921; reply of April 10`)
    found = [d for d in found if not _refused(text, d)]
    found = era.dates(text, found)  # (`44 BC`, `27 BC–AD 14`; `in 476`: `commonera`, `earlyyears`)
    found = with_bracketed_circa_years(text, found)  # (`n.d. [c. 1180 × 1190]`, which the forms read as `1190`: `circa`)
    found = with_short_years(text, found, zone == "body")  # (`12.5.38`, `16 MAY 38`: `shortyears`)
    found = with_feast_days(text, found)  # (`Montag nach Martini 1525`: its day: `feasts`)
    found = with_roman_days(text, found)  # (`xiv Kal. Ian. 1338`: 19 December: `romancalendar`)
    found = with_old_thai_new_year(found)  # (`15 มีนาคม 2480` is 15 March 1938: `thaiyear`)
    found = with_first_months(text, with_quarters(text, found), zone == "body")  # (`quarters`, `monthspans`)
    # (and the days named without their year after a date: `le 4 juin 1936 … du 7 au 8 juin`: `sameyear`)
    # (first the days of a law whose year stands in its number: `Ley 14/1986, de 25 de abril`: `lawyears`)
    of_laws = days_in_the_laws_year(text, found)
    yearless = of_laws + days_in_the_year_before(text, found + of_laws + context, zone != "note")
    if context:  # (the days only the carried date dates: `_carried`)
        yearless = [d for d in yearless if not _only_carried(text, d, found)]
    yearless += quarters_in_the_year_before(text, found)  # (`au IIe trimestre`: `quarters`)
    found, yearless = with_the_year_before(text, found, yearless)  # (`Известия. 1923. 14 апреля`)
    found, yearless = with_relative_days(text, found, yearless)  # (`the 11th inst.`: `relative`)
    # (`on the 16th`: `baredays`; its month may be one named alone before it, `i juni … den 10:e`: `baremonths`)
    months = find_bare_months(text, context + found + yearless) if zone == "body" else []
    # (and not a generation's year, `La Generación del 27`: `persons`)
    yearless += find_bare_days(text, found + yearless + context + months + find_cohort_years(text, found))
    if zone == "body":  # (`Friday, 30 July 1926 … The following Tuesday`: `weekdays`)
        yearless += find_next_weekdays(text, sorted(context + found + yearless, key=lambda d: d.start))
    # (and two dates a word for "to" parts as one span: `Pebrero 4, 1899 hanggang Hulyo 4, 1902`: `spans`)
    found = spans_of(text, sorted(found + yearless, key=lambda d: d.start), frozenset(d.start for d in yearless))
    found = with_alternatives(text, found)  # (`Februar oder März 1525`, `2 lub 3 lipca`: `alternatives`)
    # (a feast named beside a day read without its year: `a primero de noviembre, día de Todos los Santos`)
    found = sorted(found + [f for f in find_feast_days(text, found)
                            if all(d.end <= f.start or f.end <= d.start for d in found)], key=lambda d: d.start)
    found = with_styles(text, found)  # (`5 April 1732 (O.S.)`: its Gregorian day: `stylemarks`)
    found = with_calendar_years(text, found)  # (`1309 AH`: 1891-08-07..1892-07-25: `yearspans`)
    # (`1 March 1811 (5 Safar 1226)`: one row; `Pinksteren 1940 (12 mei)` two, the feast's day named twice: `stylemarks`)
    found = with_equivalents(text, found, names_a_feast)
    # (and the centuries of the body, `XIXe siècle`, where no date is read: `centuries`; in notes and front
    # matter a century is mostly in a title, `Twentieth Century British History`, `Istorija 20. veka`)
    if zone == "body":
        found = _with_named_units(text, found, context)  # (`anni Trenta`, `the turn of the century`)
    # (and the regnal years of statutes and records, `5 Geo. III, c. 12`, which no date form reads: `regnal`)
    # (and `pluviôse an VIII`: `republican`; `Anno MDCXLVIII`: `romanyears`; `año 1.913`: `dottedyears`)
    # (and `La Generación del 27`: `persons`)
    found += _years_no_form_reads(text, found)
    found += find_slashed_spans(text, found)  # (`um 1520/25`, a work's span of conjecture: `slashedyears`)
    # (and a calendar week numbered in its year, `KW 23/1941`, as its seven days: `weeks`)
    found += [w for w in find_calendar_weeks(text) if all(d.end <= w.start or w.end <= d.start for d in found)]
    # (a list of days of one month, one span for the readers, is a row per day in running text: `listrows`; a
    # note's `11. i 12. aprila 1956` dates one document, as its citation does)
    if zone == "body":
        found = [day for d in found for day in listed_days(text, d)]
        found = [year for d in found for year in listed_years(text, d)]  # (`1845 and 1846`)
    return sorted(found, key=lambda d: d.start)


_YEAR_SOON = compiled(r"\D{0,12}(?<!\d)\d{4}(?!\d)")


def _only_carried(text: str, day: DateMatch, found: list[DateMatch]) -> bool:
    """Whether ``day``, read before any date of its block, is one the carried date should not date: a month the
    forms read with a case folding the month lists do not (`15 Martin Hollmann`, a note's number and an author), or a
    day whose own year soon follows, which the forms missed (`18 noiembrie st. v. 1918`)."""
    if any(d.end <= day.start for d in found):
        return False
    names = month_names()
    return not any(w.lower() in names for w in _WORD.findall(day.surface)) or _YEAR_SOON.match(text, day.end) is not None


def _carried(date: DateMatch | None) -> list[DateMatch]:
    """The date a block carries to the body paragraph after it, as a context before that paragraph's first character
    (the date rounds' rule 149: `2. Paris, July 1789` → `On the 11th`; `… 9 settembre 1943.` → `Dal 10 al 12
    settembre`)."""
    if date is None:
        return []
    return [DateMatch(0, 0, "", date.date_start, date.date_end, date.precision)]


def dates_table(layout) -> pd.DataFrame:
    """One row per date in the front, heading, body, note and back blocks of a `Layout`.

    >>> from histkit.layout import analyse_layout
    >>> from histkit.read import Document
    >>> doc = Document.from_text("Tito came to Brussels in March 1954.1\\n\\n1 AJ, 507, 12. 3. 1954.\\n", doc_id="d")
    >>> dates_table(analyse_layout(doc))[["surface", "date_start", "date_end", "precision", "zone"]].values.tolist()
    [['March 1954', '1954-03-01', '1954-03-31', 'month', 'body'], ['12. 3. 1954', '1954-03-12', '1954-03-12', 'day', 'note']]

    Columns: doc_id, block_id, surface, start, end (offsets into the original
    ``doc.text``), date_start, date_end, precision, zone. Never raises on text.
    """
    columns: dict[str, list] = {c: [] for c in DATES_COLUMNS + ["zone"]}
    # every date has a year, and joining the lines makes no new one (digits keep their hyphen or get a space)
    # (or a century, which is written without one: `centuries`)
    era = EraReading(block.raw for block in layout.blocks if block.zone in DATE_ZONES)  # (`earlyyears`)
    dated = [block for block in layout.blocks if block.zone in DATE_ZONES
             and (names_a_year(block.raw) or block.zone == "body" and names_a_century(block.raw)
                  or names_a_short_year(block.raw) or spaces_a_year(block.raw)  # (`18/5/38`; `1 9 2 3`: `textlayer`)
                  or era.names_a_year(block.raw))]  # (`44 BC`, `AD 14`; `in 476` in a history of antiquity)
    dated_ids = {id(block) for block in dated}
    carry: DateMatch | None = None
    with reading_dates_of(block.raw for block in dated):  # (`listopadu`: November in Czech, October in Croatian)
        for block in (block for block in layout.blocks if block.zone in DATE_ZONES):
            # (a body paragraph with no year of its own is read only for the days the block before carries to it)
            context = _carried(carry) if block.zone == "body" else []
            if id(block) not in dated_ids and not (context and _DIGIT.search(block.raw)):
                carry = None
                continue
            unwrapped = as_read(unwrap(block.raw, base=block.start))  # (as typed: `Sep- tember`, `l939`: `textlayer`)
            unwrapped = as_meant(unwrapped)  # (`13 [recte 14] Sept. 1245` as 14 September: `editorial`)
            found = _block_dates(unwrapped.text, block.zone, era, context)
            carry = None  # (the last date the block keeps, for a title, heading or body paragraph: a note dates its own)
            counting = counts_among(found) if block.zone == "body" else set()  # (`over 1000 soldater`: `counts`)
            sources = lists_sources(block.section)  # (an appendix's list of sources: `sourcelists`)
            for d in sorted(found, key=lambda d: d.start):
                if d.start in counting or _left_out(unwrapped.text, d, block.zone, sources):
                    continue
                # (a heading's year names its section's; a paragraph's last bare year is as often one looked back to,
                # `since 1945`, and dates no month of the next: only its day or month is carried)
                carry = d if block.zone in ("front", "heading") or block.zone == "body" and d.precision != "year" \
                    else None
                d = _without_opening(_without_case_ending(d))
                d = with_glued_ending(d, unwrapped.text)  # (`Tebaxa 1930an`: a surface cuts no word, `gluedendings`)
                d = _with_ordinal_stop(d, unwrapped.text, block.zone == "body")
                start, end = unwrapped.span(d.start, d.end)  # (the surface as delivered, `Sep-⏎tember`, `l939`)
                for column, value in zip(columns.values(), (layout.doc.doc_id, block.block_id,
                                                            block.raw[start - block.start:end - block.start], start, end,
                                                            d.date_start, d.date_end, d.precision, block.zone)):
                    column.append(value)
    if not columns["doc_id"]:
        return pd.DataFrame(columns=DATES_COLUMNS + ["zone"])
    return pd.DataFrame(columns)
