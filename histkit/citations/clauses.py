"""What the full-stop styles set after a title's full stop and before the imprint that is no part of the title: a
volume's part (`. Kd 2`, `. Sēj. 2`) and a translator's or an editor's clause (`. Tlk Enn Kõiv`, `. Toim. Ülo Tamm`,
`. No vācu val. tulk. M. Liepa`, `. Prel. Katarína Zelená`), read from their shape where their words are on no list.

A clause is a role's word (a capitalised abbreviation of five letters or fewer with its full stop, or a word of two or
three letters that is no article: `Tlk`, `No`), up to three words in small letters (`vācu val. tulk.`), then a
person's name of two words or more (`names.is_name`) ending the title; a volume's part is a capitalised word of five
letters or fewer and a number. Where words of the lists read them (`namestop`, ``reference_words.csv`` kinds
``volume`` and ``role``) they are gone before the title is read; these are what is left when the words are unknown.

The comma styles end such a piece with a full stop too, before the place and year (`Name, Title. Väitöskirja,
Helsingin yliopisto. Helsinki 2004`: a thesis, its university): read as their comma (`place_year_after_stop`).
"""

from __future__ import annotations

import re

from .names import ARTICLES, is_name
from .words import LOWER, UPPER, YEAR
from ..patterns import compiled

_ROLE = rf"(?P<role>[{UPPER}]{LOWER}{{0,4}}\.|[{UPPER}]{LOWER}{{1,2}}(?=\s))"
# (the name: the rest, its full stops each followed by something, `M. Liepa`; read without backtracking, as a title
# ending in a full stop after many others would otherwise cost twice as much for each)
_CLAUSE = compiled(rf"(?:(?<=[^\W\d_]{{2}})|(?<=\d))\.\s+{_ROLE}(?:\s+{LOWER}{{1,8}}\.?){{0,3}}\s+(?P<name>[^.]*+(?:\.[^.]+)*+)$")
# (after a word, not a year: `New York, 2003. P. 266` is GOST's page)
_VOLUME = compiled(rf"\.(?<=[^\W\d_]{{2}}\.)\s+[{UPPER}]{LOWER}{{0,4}}(?:\.\s*|\s+)(?:\d+|[IVXLC]+)$")


def _clause_start(title: str) -> int | None:
    """Where a translator's or an editor's clause ending ``title`` begins (its full stop), or None."""
    for stop in re.finditer(r"\.\s+", title):
        clause = _CLAUSE.match(title, stop.start())
        if clause is None:
            continue
        name = clause.group("name").strip()
        if len(name.split()) >= 2 and is_name(name) and clause.group("role").lower() not in ARTICLES:
            return stop.start()
    return None


def without_title_clauses(title: str) -> str:
    """``title`` without the translator's or editor's clauses and volume's parts that end it.

    >>> without_title_clauses("Eesti maarahva ajalugu. Kd 2. Toim. Ülo Pärnapuu")
    'Eesti maarahva ajalugu'
    >>> without_title_clauses("Baltijas lauksaimniecība. No vācu val. tulk. M. Liepa")
    'Baltijas lauksaimniecība'
    >>> without_title_clauses("Die Welt. Die Familie Hans Müller"), without_title_clauses("Vietnam. A History")
    ('Die Welt. Die Familie Hans Müller', 'Vietnam. A History')
    >>> without_title_clauses("Govori i članci, knj. VIII"), without_title_clauses("Erinnerungen. Hamburg, 1971. S. 412")
    ('Govori i članci, knj. VIII', 'Erinnerungen. Hamburg, 1971. S. 412')
    """
    while True:
        start = _clause_start(title)
        if start is None:
            volume = _VOLUME.search(title)
            start = volume.start() if volume and volume.start() > 0 else None
        if start is None:
            return title
        title = title[:start].rstrip(" ,.")


# a word's full stop before a place (one or two capitalised words) and a year ending the reference (its pages after)
# (the full stop first and the look-behind for the word after it, here and in `_VOLUME`: re skips to each full stop,
# where the look-behind first was tried at every character: 0.031 -> 0.002 s CPU over the corpus's 5,220 pieces)
# (or the place, a comma and the publisher before the year, as Spanish and Italian houses print them: `Galindo, Juan,
# Derecho europeo. Bogotá, Pontificia Universidad Javeriana, 2002, pp. 565-571`)
_STOP_BEFORE_PLACE_YEAR = compiled(rf"\.(?<=[^\W\d_]{{2}}\.)\s+(?=[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+)?"
                                     rf"(?P<publisher>\s*,\s*[{UPPER}][^.,;:()\d]{{1,60}}?\s*,)?\s+{YEAR}(?:\s*,\s*[^,]{{1,20}})?\.?$)")
# (a letter's full stop before it, a name's, an initial's or a title's in the full-stop styles, which read it so:
# `Jacque, Jean Paul. Droit …. Paris, Dalloz, 2006`, `Колев, К. Тютюневите складове. Варна, Георги Бакалов, 1975`)
_WORD_STOP = compiled(r"[^\W\d_]\.\s")


def place_year_after_stop(text: str) -> str:
    """``text`` with a comma for the full stop before the place (and publisher) and year that end it, as the comma styles print them
    (`…, Väitöskirja, Helsingin yliopisto. Helsinki 2004, 112`: a thesis, its university, then the place).

    >>> place_year_after_stop("Tamm, Kerjäläisyys. Väitöskirja, Helsingin yliopisto. Helsinki 2004, 112.")
    'Tamm, Kerjäläisyys. Väitöskirja, Helsingin yliopisto, Helsinki 2004, 112.'
    >>> place_year_after_stop("Tamm, Kerjäläisyys, Helsinki 2004, 112"), place_year_after_stop("Название. М., 1990")
    ('Tamm, Kerjäläisyys, Helsinki 2004, 112', 'Название. М., 1990')
    >>> place_year_after_stop("Ks. Harjunpää 1985, 100")
    'Ks. Harjunpää 1985, 100'
    >>> place_year_after_stop("Galindo, Juan, Derecho europeo. Bogotá, Temis, 2002, pp. 565-571.")
    'Galindo, Juan, Derecho europeo, Bogotá, Temis, 2002, pp. 565-571.'

    Only after a comma and no colon: the comma styles' (`Ks. Harjunpää 1985, 100` is an author and a year after a
    lead word; `Novák, Jan: Dějiny spolků. Praha 1990` the colon styles', read by their own readers).
    """
    stop = _STOP_BEFORE_PLACE_YEAR.search(text)
    before = text[:stop.start()] if stop else ""
    if "," not in before or ":" in before or stop["publisher"] and _WORD_STOP.search(before):  # (a comma style's:
        return text  # `Ks. Harjunpää 1985, 100` is author–date, `Novák, Jan: Dějiny. Praha 1990` a colon style's)
    return f"{text[:stop.start()]}, {text[stop.end():]}"


# `Name, Titel. MIÖG 104 (1996) 311–346`: the Austrian house ends an article's title with a full stop before the
# journal, its volume, the year in brackets and the pages (the title may end in a year: `…Alpenländern 1749–1848.`)
_STOP_BEFORE_JOURNAL = compiled(rf"\.(?<=\w\.)\s+(?=[{UPPER}][^.,;:()]{{0,80}}?\s+\d{{1,4}}\s+\({YEAR}\)\s+\d)")
# (an article's quoted title and, with no comma, the volume before the journal's name: `‘Title’ 94 AJIL (2000) 759`)
_QUOTE_BEFORE_VOLUME = compiled(rf"(?<=[’”\"])\s+(?=\d{{1,4}}\s+[{UPPER}][^,;:()]{{1,100}}?\s+\({YEAR}\)\s*\d)")


def journal_after_stop(text: str) -> str:
    """``text`` with a comma for the full stop between an article's title and its journal, volume and bracketed year
    (`…, Die Schreiber. Tiroler Heimat 71 (2007) 143–170`), as the comma styles print them; only after a comma and no
    colon, as `place_year_after_stop`.

    >>> journal_after_stop("Eva Ried, Die Schreiber. Tiroler Heimat 71 (2007) 143–170")
    'Eva Ried, Die Schreiber, Tiroler Heimat 71 (2007) 143–170'
    >>> journal_after_stop("N. Jørgensen, ‘The Right’ 98 American Journal of International Law (2004) 711, 722")
    'N. Jørgensen, ‘The Right’, 98 American Journal of International Law (2004) 711, 722'
    >>> journal_after_stop("Eva Ried, Die Schreiber. Bd. 2 (Wien 2007) 143"), journal_after_stop("Ried: Titel. GG 7 (1981) 5")
    ('Eva Ried, Die Schreiber. Bd. 2 (Wien 2007) 143', 'Ried: Titel. GG 7 (1981) 5')
    """
    quote = _QUOTE_BEFORE_VOLUME.search(text)
    if quote:  # (`‘Title’ 94 American Journal of International Law (2000) 759, 761`: the comma the journal's needs)
        return f"{text[:quote.start()]}, {text[quote.end():]}"
    stop = _STOP_BEFORE_JOURNAL.search(text)
    before = text[:stop.start()] if stop else ""
    if "," not in before or ":" in before:
        return text
    return f"{text[:stop.start()]}, {text[stop.end():]}"


# `…, Problem Gambling in Europe. New York: Springer (2009).`: the title's full stop, the place, a colon, the
# publisher and the year in brackets, then perhaps the pages
_IMPRINT_AFTER_STOP = compiled(rf"\.(?<=[^\W\d_]{{2}}\.)\s+(?P<place>[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+)?(?:,\s*[A-Z]{{2}})?)"
                               rf":\s*(?P<publisher>[^.,;:()]{{2,80}}?)\s*\((?P<year>{YEAR})\)(?P<rest>(?:,\s*[^()]*)?\.?)\s*$")


_COLON_STYLE = compiled(r"^[^,:]+,\s*[^,:\s]+(?:\s+[^,:\s]+)?:")  # `Novák, Jan:`, `Kos, Ivan M.:`


def imprint_after_stop(text: str) -> str:
    """``text`` with the imprint that follows a title's full stop, its year in brackets, as the bracketed imprint the
    comma styles print (`…, Title. New York: Springer (2009).` as `…, Title (New York: Springer, 2009).`); only after
    a comma, and not in the colon styles (`Novák, Jan: Dějiny. Praha: Odeon (1990)`); a subtitle's colon may stand.

    >>> imprint_after_stop("G. Meyer and T. Hayer, Problem Gambling in Europe. New York: Springer (2009), 12.")
    'G. Meyer and T. Hayer, Problem Gambling in Europe (New York: Springer, 2009), 12.'
    >>> imprint_after_stop("Meyer, Problem Gambling. Eine Studie (2009)")
    'Meyer, Problem Gambling. Eine Studie (2009)'
    >>> imprint_after_stop("Novák, Jan: Dějiny spolků. Praha: Odeon (1990)")
    'Novák, Jan: Dějiny spolků. Praha: Odeon (1990)'
    """
    found = _IMPRINT_AFTER_STOP.search(text)
    before = text[:found.start()] if found else ""
    if "," not in before or _COLON_STYLE.match(before):
        return text
    return f"{before} ({found.group('place')}: {found.group('publisher').strip()}, {found.group('year')}){found.group('rest')}"


# `…, Police Law, (Oxford University Press, 2015)`: a comma before the imprint's bracket (a publisher's or a place's
# word of three letters or more in it, and the year at its end), then at most the pages
_COMMA_BEFORE_IMPRINT = compiled(rf"(?<=[^\W\d_])\s*,\s*(?=\((?=[^()]*[^\W\d_]{{3}})[^()]{{2,120}}?,?\s*{YEAR}\)"
                                 r"(?:\s*,?\s*(?:pp?\.\s*)?\d+(?:\s*[–—-]\s*\d+)?)?\.?\s*$)")


def comma_before_imprint(text: str) -> str:
    """``text`` without the comma some notes set between a book's title and its bracketed imprint, as the comma
    styles print it (`…, Police Law (Oxford University Press, 2015)`); only after an author's comma.

    >>> comma_before_imprint("Richard Card, Police Law, (Oxford University Press, 2015)")
    'Richard Card, Police Law (Oxford University Press, 2015)'
    >>> comma_before_imprint("Smith, Title, 12 J. Law 3, (2001)"), comma_before_imprint("Police Law, (OUP, 2015)")
    ('Smith, Title, 12 J. Law 3, (2001)', 'Police Law, (OUP, 2015)')
    """
    found = _COMMA_BEFORE_IMPRINT.search(text)
    if found is None or "," not in text[:found.start()]:
        return text
    return f"{text[:found.start()]} {text[found.end():]}"


# `‘Title’ [2003] Journal of Economic Literature XLI, 401`: a journal's year in square brackets before its name, after
# the quoted title, then its volume and a comma before the pages, or nothing (with an issue, `19(2), 211`, it is read as it stands)
_YEAR_BRACKET_BEFORE_JOURNAL = compiled(
    rf"(?<=[’”\"'?])\s*\[(?P<year>{YEAR})\]\s+(?P<journal>[{UPPER}][^\[\]()\d,;]{{2,120}}?)"
    r"(?P<volume>\s+(?:\d{1,4}(?:\(\d{1,3}\))?|[IVXLC]+))?(?=\s*,\s*(?P<page>\d+)(?![\d(:])|\s*\.?\s*$)")


def year_bracket_before_journal(text: str) -> str:
    """``text`` with a journal's year in square brackets before its name (as some British law journals' notes print
    it) after the name and volume, in round brackets, as the comma styles print it.

    >>> year_bracket_before_journal("EL Glaeser, ‘The Rise of the Regulatory State’ [2003] Journal of Economic Literature XLI, 401")
    'EL Glaeser, ‘The Rise of the Regulatory State’, Journal of Economic Literature XLI (2003), 401'
    >>> year_bracket_before_journal("R Cooter, ‘Normative Failures’ [1996] Cornell Law Review 82, 947, 949")
    'R Cooter, ‘Normative Failures’, Cornell Law Review 82 (1996), 947, 949'
    >>> year_bracket_before_journal("SL Schwarcz, What is Securitisation? [2012] Southern California Law Review, 1283")
    'SL Schwarcz, What is Securitisation?, Southern California Law Review (2012), 1283'
    >>> year_bracket_before_journal("Donoghue v Stevenson [1932] AC 562")
    'Donoghue v Stevenson [1932] AC 562'
    >>> year_bracket_before_journal("E Fairbairn, 'The Duty' [1988] CLJ 402")
    "E Fairbairn, 'The Duty' [1988] CLJ 402"
    >>> year_bracket_before_journal("B Bowling, ‘The Rise’ [2017] King’s Law Journal, 28(1): 62-88")
    'B Bowling, ‘The Rise’ [2017] King’s Law Journal, 28(1): 62-88'
    """
    found = _YEAR_BRACKET_BEFORE_JOURNAL.search(text)
    if found is None:
        return text
    number, page = (found.group("volume") or "").strip(), found.group("page")
    if number.isdigit() and (not page or 0 < int(page) - int(number) <= 30):
        # (`[1988] CLJ 402`, OSCOLA's own form, and `[2006] Eur. Rev. Priv. Law 705, 711 f`: the number is the first
        # page, a page cited a little after it perhaps; the readers of the bracketed form read them)
        return text
    volume = found.group("volume") or ""
    return f"{text[:found.start()]}, {found.group('journal').strip()}{volume} ({found.group('year')}){text[found.end():]}"
