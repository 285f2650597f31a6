"""Two units named at once, `dossiers 4513 et 4514`: two documents, each with the rest of the citation and its date;
three or more likewise (`docs. 4540, 4541 y 4542`).

A plural of a word for a box or file (``unit_words.csv``: `dossier` → `dossiers`, `file` → `files`, `box` →
`boxes`, `fasc.` → `fascc.`; or a plural no rule forms, ``plural_unit_words.csv``: `nos.` → `no.`) and two numbers
joined by a word for "and" (``and_words.csv``) cite two units that share the archive, the levels above them and the
date after them. After a file word of the GOST archival style
(``list_unit_words.csv``: `Д.`, `спр.`, `案卷号`) numbers parted by commas alone are files too (`Д. 46, 48`,
`案卷号78、79`), and so are they after a word for "and" (`д. 71, 73 и 78`). `one_per_unit` gives the citation once per unit, the
plural written as the singular before each number, the text padded to its length so that offsets hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import alternation, forms, opening_guard, unit_word_forms, word_rows
from ..dates import find_dates, is_series_reference
from .legal import legal_kind
from ..patterns import compiled


# a word for "and" between two numbers, in small letters as the lists write it: a capital there is a signature's
# own letter (`dossier 412 A 97`, a French chancellery file: its register's letter and year), not the Czech `a`
def _and() -> str:
    return rf"(?-i:{alternation('and_words.csv')})"


@lru_cache(maxsize=1)
def _pair() -> re.Pattern:
    return compiled(rf"(?<![\w.])(?P<word>[^\W\d_][^\s\d]{{3,}}?)\s+(?P<n1>\d[\w/–-]*)(?P<mid>(?:,\s*\d[\w/–-]*)*),?\s+"
                      rf"{_and()}\s+(?P<n2>\d[\w/–-]*)(?![\w/])", re.IGNORECASE)


def _singular(plural: str) -> str | None:
    """The unit word a plural is of: `dossiers` → `dossier`, `boxes` → `box`, `fascc.` → `fasc.`; or None."""
    if plural.lower() in _plurals():  # (`nos.` → `no.`, `vols.` → `vol.`: words whose plural no rule forms)
        singular = _plurals()[plural.lower()]
        return singular[:1].upper() + singular[1:] if plural[:1].isupper() else singular
    forms = unit_word_forms()
    candidates = [plural[:-1], plural[:-2]] if plural.endswith("s") else []
    if plural.endswith(".") and len(plural) > 3 and plural[-2] == plural[-3]:
        candidates.append(plural[:-2] + ".")
    found = next((c for c in candidates if c.lower() in forms), None)
    stem = plural[:-2].lower()
    if found is None and plural.endswith("s.") and len(stem) >= 3 and any(f.startswith(stem) for f in forms):
        return plural[:-2] + "."  # `docs.`: the plural of an abbreviation of a unit word (`documento`)
    return found


@lru_cache(maxsize=1)
def _plurals() -> dict[str, str]:
    """The plural unit words of ``plural_unit_words.csv`` and their singulars, in small letters."""
    return {row["form"].lower(): row["singular"] for row in word_rows("plural_unit_words.csv")}


@lru_cache(maxsize=1)
def _repeated() -> re.Pattern:
    # `liv. 47 e liv. 48`, `K1/1240 und K1/1241`, `2 D 12 et 2 D 13`: the same words or signature before each number
    # (each number may carry its own part or year in brackets: `1-3.12 (6) and 1-3.12 (7)`, `vol. 52 (1903) y vol. 53
    # (1904)`: the bracket stays with its unit, and a year there dates that unit's document)
    # (a list of more, `knj. 52, knj. 53 i knj. 54`, `B III 4:1, B III 4:2 och B III 4:3`: the prefix before each;
    # a Chinese list parted by the enumeration comma alone, `档号Q6-8-401、Q6-8-405`, read folded as a comma, no space)
    # (a signature may follow a Chinese word with no space, `档号Q6-8-401`, not a letter of a word it is part of)
    return compiled(rf"(?<![./-])(?<!(?![\u3400-\u9fff])\w)(?P<prefix>(?:[^\W_][\w.]*(?:\s|/|-))+?)"
                      rf"(?P<n1>{_NUMBER}{_OWN})"
                      rf"(?P<mid>(?:,\s*(?P=prefix){_NUMBER}{_OWN})*)(?:,?\s+(?:{alternation('and_words.csv')})\s+|,)"
                      rf"(?P=prefix)(?P<n2>{_NUMBER}{_OWN})(?![\w/]|[.-]\w)")


# a unit's number (`4513`, `1-3.12`, a volume's part after a colon as Swedish and Finnish shelfmarks write it: `4:1`)
_NUMBER = r"\d(?:[\w/–-]|[.:](?=\d))*"


# (or the first's document in words with its date: `spr. 112 (Konsistorialprotokoll vom 3./15. März 1875) und spr. 118`)
_OWN = r"(?:\s\([^()]{1,80}\))?"


@lru_cache(maxsize=1)
def _page_marks() -> frozenset[str]:
    """The page marks that mark no unit (`p.`, `S.`): `p. 3 and p. 4` are two pages of one document."""
    return frozenset(row["form"].lower() for row in word_rows("reference_words.csv")
                     if row.get("kind") == "page_mark") - unit_word_forms()


@lru_cache(maxsize=1)
def _singular_pair() -> re.Pattern:
    # `inv.nr. 1234 en 1235`, `kart. 315 a 316`: a unit word once, then two numbers joined by a word for "and"
    # (a file word of the GOST style too: `д. 71, 73 и 78`)
    words = f"{alternation('unit_words.csv')}|{alternation('list_unit_words.csv')}"
    # (the words' first letters looked at first, `opening_guard`: the same matches)
    return compiled(rf"{opening_guard('unit_words.csv', 'list_unit_words.csv')}(?<![\w.])(?P<prefix>(?:{words})\s*)"
                    rf"(?P<n1>\d[\w/–-]*)"
                      rf"(?P<mid>(?:,\s*\d[\w/–-]*)*),?\s+"
                      rf"{_and()}\s+(?P<n2>\d[\w/–-]*)(?![\w/]|[.-]\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _and_number() -> re.Pattern:
    # what `_pair` and `_singular_pair` both hold, a space, a word for "and", a number: found by a scan from each space,
    # where the two, opening with a look-behind and a word, were tried at every character of every citation
    return compiled(rf"\s{_and()}\s+\d")


@lru_cache(maxsize=1)
def _both_pair() -> re.Pattern:
    # `kut. 79 i 80 (obje iz 1949.)`: after a word no list holds as a unit's, two numbers joined by a word for "and" are
    # two units when the bracket after them says "both" (``both_words.csv``); without it they may be one citation of
    # the two (round 10's `kut. 3 i 4, izvještaji za 1951. i 1952. godinu`)
    pages = "|".join(re.escape(mark) for mark in sorted(_page_marks(), key=len, reverse=True))  # (`pp. 3 and 4`: pages)
    return compiled(rf"(?<![\w.])(?!(?i:{pages})(?!\w))(?P<prefix>[^\W\d_]{{1,8}}\.\s*)(?P<n1>\d[\w/–-]*)(?P<mid>(?:,\s*\d[\w/–-]*)*),?\s+"
                    rf"{_and()}\s+(?P<n2>\d[\w/–-]*)(?=\s*\((?i:{alternation('both_words.csv')})(?!\w))")


def _both_said(text: str) -> bool:
    """Whether ``text`` has the bracket saying "both" that `_both_pair`'s match stands before: found by a scan in C for
    its bracket, where the pair's pattern, opening with a look-behind, was tried at every character of every citation."""
    return _both_bracket().search(text) is not None


@lru_cache(maxsize=1)
def _both_bracket() -> re.Pattern:
    return compiled(rf"\((?i:{alternation('both_words.csv')})(?!\w)")


@lru_cache(maxsize=1)
def _comma_list() -> re.Pattern:
    # `Д. 46, 48`, `Спр. 12, 14, 15`: no word for "and", the commas alone; a number a word follows is a date's day
    # (`Д. 12, 3 мая 1920 г.`, `Д. 12, 1920 г.`), one a full stop or a dash and a figure follow a date's too
    # (`Д. 12, 3.05.1920`)
    # (a Chinese 档号's files after its fonds and catalogue, `档号S37-1-45、47、52`: the parts before the first kept)
    return compiled(rf"(?<![\w.])(?P<prefix>(?:{alternation('list_unit_words.csv')})\s*(?:(?:[^\W\d_]*\d+-){{2,}})?)"
                    rf"(?P<n1>\d[\w/–-]*)"
                    rf"(?P<mid>(?:,\s*\d[\w/–-]*)*),\s*(?P<n2>\d[\w/–-]*)(?![\w/]|[.-]\d|\s+[^\W\d_])")


# (a document described after the list: `Д. 14, 15. Протоколы бюро обкома за 1938–1939 гг.`)
_DESCRIBED = re.compile(r"\.\s+[^\W\d_]{4,}")


def _listed_files(text: str) -> re.Match | None:
    """A list of files parted by commas alone (`_comma_list`), unless a description follows it: a document named once
    after two numbers is read as one citation of both (round 10's `Д. 14, 15. Протоколы …`), where a bare list, or one
    its leaves or a bracket follow, is as many files (`Д. 46, 48. Л. 1–9`, `Д. 45, 46 (фотографии …)`)."""
    m = _comma_list().search(text)
    if m is None or _DESCRIBED.match(text, m.end()):
        return None
    # (the last number a day whose month follows its other calendar's day: `Д. 431, 1 (13) января 1889 г.`)
    return None if any(m.start("n2") <= d.start < m.end() for d in find_dates(text)) else m


def _repeated_pair(text: str) -> re.Match | None:
    dates = None
    for m in _repeated().finditer(text):
        prefix = m.group("prefix").strip().lower()
        if any(not c.isdigit() for c in prefix.replace(" ", "")) and prefix not in _page_marks():
            dates = find_dates(text) if dates is None else dates
            # (`ngày 5 và ngày 19 tháng 9 năm 1930`: two days of one date, no units; a unit's own year in brackets is
            # no such date: `vol. 52 (1903) y vol. 53 (1904)`)
            own = [i for i, c in enumerate(text[m.start():m.end()], m.start()) if c in "()"]
            # (nor is a year that a number goes on after, `CINM 1998.12.45`: an accession number's)
            # (nor a bare number the repeated letters stand before, `WS 1235 and WS 1236`: a code numbers no year)
            if not any(d.start < m.end() and m.start() < d.end and text[d.start - 1:d.start] != "("
                       and not _NUMBER_GOES_ON.match(text, d.end)
                       and not (d.precision == "year" and text.endswith(m.group("prefix"), 0, d.start))
                       and not is_series_reference(text, d.start, d.end)  # (`ADM 11/1/1235 and ADM 11/1/1236`)
                       and not any(own[k] < d.start and d.end <= own[k + 1] for k in range(0, len(own) - 1, 2))
                       for d in dates):
                return m
    return None


_NUMBER_GOES_ON = re.compile(r"[.:/-]\d")



@lru_cache(maxsize=1)
def _shared() -> re.Pattern:
    # a bracket ending the last unit that says "both" (``both_words.csv``): `(both 1952)`, `(her ikisi de 1913)`
    return compiled(rf"\s\((?:{alternation('both_words.csv')})(?!\w)[^()]*\)$", re.IGNORECASE)


_ISSUE_YEAR = re.compile(r"\s*\(\d{4}\)")

_BRACKET_AFTER = re.compile(r"\s*(?:[(\[][^()\[\]]{0,20}[)\]]\s*)?")  # (`(15 и 29) `: the other calendar's days)


def units_apart(text: str) -> list[str]:
    """``text`` once per unit where it names two at once (padded to its length), else ``[text]``: a plural of a unit
    word before two numbers, or the same words or signature written before each.

    >>> units_apart("AN, F7 13245, dossiers 4513 et 4514, 3 mai 1920")
    ['AN, F7 13245, dossier 4513         , 3 mai 1920', 'AN, F7 13245, dossier 4514         , 3 mai 1920']
    >>> units_apart("TNA, FO 371/1, pp. 3 and 4")
    ['TNA, FO 371/1, pp. 3 and 4']
    >>> units_apart("HADB, K1/1240 und K1/1241, 1931")
    ['HADB, K1/1240            , 1931', 'HADB, K1/1241            , 1931']
    >>> units_apart("APEM, liv. 47 e liv. 48"), units_apart("TNA, FO 371/1, p. 3 and p. 4")[1:]
    (['APEM, liv. 47          ', 'APEM, liv. 48          '], [])
    """
    if not any(c.isdigit() for c in text):
        return [text]
    joined = _and_number().search(text) is not None  # (`_pair` and `_singular_pair` match only where it is found)
    m = _pair().search(text) if joined else None
    word = _singular(m.group("word")) if m else None
    if word is not None and m.group("word").lower() in _plurals() and _ISSUE_YEAR.match(text, m.end()):
        word = None  # (`Annales, nos. 3 and 4 (1933), pp. 12–30`: a journal's issues and their year, one article)
    between = r",\s*(\d[\w/–-]*)"  # (the units between the first and the last of a list: `docs. 4540, 4541 y 4542`)
    if word is not None:
        prefix = f"{word} "  # (the plural written as the singular before each number)
    else:
        m = _repeated_pair(text)
        if m is not None:  # (`knj. 52, knj. 53 i knj. 54`: the prefix before each of the list too)
            between = rf",\s*{re.escape(m.group('prefix'))}({_NUMBER}{_OWN})"
        m = m or (_singular_pair().search(text) if joined else None) or _listed_files(text) \
            or (_both_pair().search(text) if _both_said(text) else None)
        if m is None:
            return [text]
        prefix = m.group("prefix")
    # (a list's later numbers may be the days of a date, not units: `спр. 31, 3 та 17 вересня 1933 р.`, `а.е. 60, 3 и
    # 17 (15 и 29) март 1887 г.` are one file each; a month's date begins in the list or just after it)
    if m.group("mid"):
        month_after = m.end() + _BRACKET_AFTER.match(text, m.end()).end() - m.end()
        if any(d.precision != "year" and (d.start < m.end() and m.start("mid") < d.end or d.start == month_after)
               for d in find_dates(text)):
            return [text]
    size, tail = m.end() - m.start(), text[m.end():]
    numbers = [m.group("n1"), *re.findall(between, m.group("mid")), m.group("n2")]
    shared = _shared().search(numbers[-1])
    if shared:  # (`WS 1235 and WS 1236 (both 1952)`: the bracket saying "both" is no part of the last unit; the note's
        # date for both, `both.share_both_date`, dates each)
        numbers[-1], size, tail = numbers[-1][:shared.start()], size - len(shared.group()), " " * len(shared.group()) + tail

    def rest(number: str) -> str:
        # (a unit dated in its own bracket keeps that date: what follows the last is the last's, `… und spr. 118, o. D.`)
        own = re.search(r"\(([^()]*)\)\s*$", number)
        return " " * len(tail) if number is not numbers[-1] and own and find_dates(own.group(1)) else tail
    return [text[:m.start()] + f"{prefix}{number}".ljust(size) + rest(number) for number in numbers]


def one_per_unit(pieces: list) -> list:
    """The pieces (`extract.Piece`) with each that names two units given once per unit (`units_apart`); not a court's
    decision or a law, whose numbers are one citation's (`Joint cases C-165/09, C-166/09 and C-167/09`, `Articles 3
    and 4`).

    Whether a piece is a law's or a court's is asked only of one naming two units (the dearer question, which the
    classifier does not ask of most citations: those opening with an archive)."""
    return [piece._replace(text=text) for piece in pieces for text in _per_unit(piece.text)]


def _per_unit(text: str) -> list[str]:
    apart = units_apart(text)  # (``[text]`` itself where it names one unit)
    return [text] if len(apart) > 1 and legal_kind(text) else apart


def pages_pair(text: str) -> bool:
    """Whether the two numbers ``text`` names after one word are marked as pages (`S. 159 u. 152`, `p. 3 and 4`): a
    page mark of ``reference_words.csv`` (kind ``page_mark``) that some archives' lists also hold as a unit's word
    (Estonian `s.`).

    >>> pages_pair("Deleuze, Foucault, Frankfurt/M 1992, S. 159 u. 152"), pages_pair("ERA, f. 1, n. 2, säilik 4 ja 5")
    (True, False)
    """
    m = _singular_pair().search(text)
    return m is not None and m.group("prefix").strip() in forms("reference_words.csv", "page_mark")
