"""Month names in the languages of historians' notes, and the trie-shaped regular expressions that find them.

The names come from dateparser's locale data; the declined forms it lacks
(Serbian genitives, Slovene cases, Russian locatives) are derived here.
`pattern.py` builds the date patterns from them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextvars import ContextVar
from functools import lru_cache

from ..data import data_rows
from ..ignorecase import ignorecase_fold, one_for_one
from .marks import joining_words, month_span_forms
from ..patterns import compiled, trie_alternation  # (trie_alternation: its home, read here by many)

#: dateparser locales whose month names are read.
#: Earlier languages win a clash (Croatian listopad is October, Czech and Polish November).
LANGUAGES = ("en", "de", "fr", "it", "es", "nl", "hr", "bs", "sr-Latn", "sr", "sl", "mk", "ru", "uk", "bg", "pl", "cs", "hu", "ro", "sq", "el", "sk",
             "pt", "sv", "da", "nb", "lt", "lv", "et", "tr", "kk",
             # (dateparser's other locales that write months in words: Finnish, Icelandic, Swahili, Filipino, Afrikaans,
             # Faroese, Luxembourgish, Esperanto, Maltese, Zulu, Amharic, the Indic languages, Khmer, Lao, Kyrgyz,
             # Pashto, the Celtic and Iberian ones, Caucasian, Semitic, Persian, Malay, Thai, Belarusian)
             "fi", "is", "sw", "fil", "af", "fo", "lb", "eo", "mt", "zu", "am", "ne", "hi", "bn", "ta", "ur", "pa", "gu",
             "kn", "ml", "si", "km", "lo", "ky", "ps", "ga", "cy", "ca", "gl", "eu", "az", "ka", "hy", "he", "ar", "fa",
             "id", "ms", "th", "be")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")


def _serbian_genitives(name: str) -> list[str]:
    # Serbian/Bosnian month names decline: januar -> januara, septembar -> septembra,
    # jul -> jula, mart -> marta; dateparser knows only the nominative.
    forms = []
    if name[-2:] in ("ar", "ар") and len(name) > 5 and name[-3] in "bBбБ":
        forms.append(name[:-2] + name[-1] + ("a" if name[-1] == "r" else "а"))
    if name[-1:].isalpha() and name[-1] not in "aeiouаеиоу":
        forms.append(name + ("а" if "\u0400" <= name[-1] <= "\u04ff" else "a"))
    return forms


def _slovene_cases(name: str) -> list[str]:
    # Slovene genitive and locative: junij -> junija/juniju, marec -> marca/marcu, september -> septembra/septembru
    if not name.isalpha() or name[-1] in "aeiou":
        return []
    if name.endswith("ber"):
        stem = name[:-3] + "br"
    elif name.endswith("ec"):
        stem = name[:-2] + "c"
    elif name.endswith("ar"):
        stem = name + "j"
    else:
        stem = name
    return [stem + "a", stem + "u"]


def _russian_locatives(name: str) -> list[str]:
    # `в марте 1955 г.`: март -> марте, январь -> январе, май -> мае
    if name[-1:] in "ьй":
        return [name[:-1] + "е"]
    return [name + "е"] if name[-1:].isalpha() and name[-1] not in "аеиоуыяю" else []


# Three-letter words that are whole month names, not abbreviations (which need their dot).
_SHORT_FULL_NAMES = {"maj", "mai", "may", "mei", "jun", "jul", "май", "мая", "мај", "јун", "јул"}


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Lower-case month name or abbreviation (abbreviations end in ``.``) → month number.

    >>> month_names()["jula"], month_names()["srpnja"], month_names()["sept."]
    (7, 7, 9)
    """
    names: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for code in LANGUAGES:
        full, short = locale_names(code)
        for name, month in full.items():
            names.setdefault(name, month)
        for name, month in short.items():
            abbreviations.setdefault(name, month)
    for abbr, month in abbreviations.items():
        names.setdefault(abbr, month)
    for name, month, _ in _listed_names():
        names.setdefault(name, month)
    return names


@lru_cache(maxsize=None)
def locale_names(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """The month names (with the cases `month_names` derives) and the abbreviations (with their ``.``) of one of
    dateparser's locales.

    >>> locale_names("cs")[0]["listopad"], locale_names("hr")[0]["listopad"]
    (11, 10)
    """
    from dateparser.languages.loader import default_loader

    names: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    info = default_loader.get_locale(code).info
    for i, key in enumerate(_MONTH_KEYS, 1):
        for name in info.get(key, []):
            name = str(name)
            if (name.isupper() and len(name) <= 4) or any(c.isdigit() for c in name):  # (Roman numerals, `1-р сар`)
                continue
            low = name.lower().rstrip(".")
            if len(low) < 3:
                continue
            if len(low) >= 4 or low in _SHORT_FULL_NAMES:
                names.setdefault(low, i)
                if code in ("sr-Latn", "sr", "bs", "mk"):
                    for form in _serbian_genitives(low):
                        names.setdefault(form, i)
                elif code == "sl":
                    for form in _slovene_cases(low):
                        names.setdefault(form, i)
                elif code == "ru" and low == name.lower() and "\u0400" <= low[0] <= "\u04ff":
                    for form in _russian_locatives(low):
                        names.setdefault(form, i)
            abbreviations.setdefault(low + ".", i)
    return names, abbreviations


#: the languages whose month names a document uses, most first, while it is read (`clashes.reading_months_of`)
READ_AS: ContextVar[tuple[str, ...]] = ContextVar("histkit_month_languages", default=())


@lru_cache(maxsize=1)
def month_clashes() -> dict[str, dict[str, int]]:
    """The names languages give different months → {language: month}: Croatian `listopad` is October, Czech and
    Polish November. `month_names` reads each as the first language of `LANGUAGES` does; a document whose other
    month names are of another language reads it as that language does (`month_of`, `clashes`).

    >>> month_clashes()["listopadu"]
    {'hr': 10, 'cs': 11}
    """
    by_name: dict[str, dict[str, int]] = defaultdict(dict)
    for code in LANGUAGES:
        full, short = locale_names(code)
        for name, month in {**short, **full}.items():
            by_name[name].setdefault(code, month)
    for name, month, languages in _listed_names():
        for code in languages:
            by_name[name].setdefault(code, month)
    return {name: months for name, months in by_name.items() if len(set(months.values())) > 1}


def _listed_names() -> list[tuple[str, int, tuple[str, ...]]]:
    # the forms dateparser lacks (cases, old spellings) are a table a historian extends: data/dates/months.csv
    return [(row["name"].strip().lower(), int(row["month"]), tuple((row.get("language") or "").split()))
            for row in data_rows("dates", "months.csv")
            if (row.get("name") or "").strip() and (row.get("month") or "").strip().isdigit()
            and 1 <= int(row["month"]) <= 12]


def month_patterns(guarded: bool = True) -> tuple[str, str]:
    """A month's name (full, or abbreviated with its full stop) and a Roman month, as regular expressions.

    >>> import re
    >>> month, roman = month_patterns()
    >>> bool(re.fullmatch(month, "Fev.", re.I)), bool(re.fullmatch(roman, "VII"))
    (True, True)

    Each stands behind a look-ahead for its first letters, which turns most
    places away before the names are tried one branch at a time; it changes
    no match (``guarded=False`` leaves it out, to show that).
    """
    return _month_patterns(bool(guarded))  # one cache entry however it is called


@lru_cache(maxsize=2)
def _month_patterns(guarded: bool) -> tuple[str, str]:
    names = month_names()
    full = [n for n in names if not n.endswith(".")]
    abbreviations = [n[:-1] for n in names if n.endswith(".")]
    trie = grouped_trie if guarded else trie_alternation  # (guarded: each script's names behind their first letters)
    if all(_WORD.fullmatch(n) for n in full + abbreviations):
        month = whole_or_stopped(full, abbreviations, trie)
    else:  # a name with a space or a stop in it: the two tries, which match it whatever it holds
        month = rf"(?:(?:{trie(full)})(?![\w])|(?:{trie(abbreviations)})\.)"
    roman = r"(?:XII|XI|X|IX|VIII|VII|VI|IV|V|III|II|I)(?![\w])"
    if guarded:
        month, roman = first_letters(names) + month, first_letters(_ROMAN) + roman
    return month, roman


_WORD = compiled(r"\w+")


@lru_cache(maxsize=1)
def bare_abbreviations() -> str:
    """The abbreviated month names written without their full stop (`12 Jan 1920`, `3 Okt 1944`), as a regular
    expression; the date forms take one only between a day and a year, where nothing else is so written.

    >>> import re
    >>> bool(re.fullmatch(bare_abbreviations(), "Jan", re.I)), bool(re.fullmatch(bare_abbreviations(), "Ja", re.I))
    (True, False)
    """
    names = month_names()
    bare = sorted({n[:-1] for n in names if n.endswith(".") and len(n) > 3 and n[:-1] not in names and _WORD.fullmatch(n[:-1])})
    return rf"(?:{trie_alternation(bare)})(?![^\W\d_])" if bare else r"(?!)"


def whole_or_stopped(words, abbreviations, trie=None) -> str:
    r"""Whole words (no letter follows) or abbreviations (a full stop follows), a name that is both written once.

    >>> print(whole_or_stopped(["jan", "januar", "mart"], ["jan", "mart", "sept"]))
    (?:(?:(?:jan|mart))(?:(?![\w])|\.)|(?:januar)(?![\w])|(?:sept)\.)

    It matches what ``(?:WORDS)(?![\w])|(?:ABBREVIATIONS)\.`` matches, in
    the same order, when every name is a run of word characters (``\w+``):
    a name then matches only the whole run of letters where it starts, so
    wherever it is tried there are at most two ways on, the run (if it is
    one of ``words``) and then the run with its stop (if it is one of
    ``abbreviations``), tried in that order. Most abbreviations are also
    whole names (`mart`, `juni`): the month pattern, written twenty times in
    the date forms, is then a third shorter and compiles a third faster.
    """
    trie = trie or trie_alternation  # (`grouped_trie` for the date forms)
    words, abbreviations = set(words), set(abbreviations)
    ways = [(words & abbreviations, r"(?:(?![\w])|\.)"), (words - abbreviations, r"(?![\w])"),
            (abbreviations - words, r"\.")]
    return "(?:" + "|".join(f"(?:{trie(sorted(names))}){end}" for names, end in ways if names) + ")"


def first_letters(words) -> str:
    """A look-ahead for the first letters of ``words``: one test of a class instead of one per alternative.

    >>> first_letters(["jul", "Juni", "mart"])
    '(?=[Jjm])'

    A class matches exactly what its letters match one by one (also under
    IGNORECASE), so a pattern behind it matches what it matched without it.
    """
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])"


def first_two_letters(words) -> str:
    """A look-ahead for the first two letters of ``words``, each from the class of the words' first or second letters:
    where the first letters are common ones, the second turns most places away.

    >>> first_two_letters(["années", "dekade", "jaren"])
    '(?=[adj][aen])'

    As `first_letters`, it holds wherever one of the words begins (a word of one letter: `first_letters` alone).
    """
    if not all(len(w) > 1 for w in words):
        return first_letters(words)
    seconds = "".join(sorted({re.escape(w[1]) for w in words}))
    return first_letters(words)[:-1] + f"[{seconds}])"


#: Words that open a range of dates (`od 20. do 30. 9. 1955`, `from July 29 to August 2`).
FROM_WORDS = ("od", "from", "vom", "von", "du", "dal", "dall'", "од")


def from_word_pattern(guarded: bool = True) -> str:
    """A regular expression for a word that opens a range of dates, behind a look-ahead for its first two letters.

    >>> import re
    >>> bool(re.match(from_word_pattern(), "Vom 3. Mai", re.I)), bool(re.match(from_word_pattern(), "to 3", re.I))
    (True, False)
    """
    return (first_two_letters(FROM_WORDS) if guarded else "") + "(?:" + "|".join(FROM_WORDS) + ")"


def _longest_first(text: str) -> tuple[int, str]:
    """Longest first, and alike lengths in one fixed order: a pattern built from a set is the same in every process
    (so the compiled pattern is found in the cache: `histkit.patterns.compiled`)."""
    return -len(text), text


def month_then_digit() -> str:
    """A look-ahead that holds where a month's name could begin a date: a digit follows the name.

    >>> import re
    >>> [m.start() for m in re.finditer(month_then_digit(), "in July 30 and Sept. 1952", re.I)]
    [3, 4, 5, 15, 16, 17]

    (It holds a letter or two past where a name begins: the shortest names,
    Arabic `آب` and Persian `مه`, have two letters.)

    Every date form that begins with a month goes on with spaces, a comma or
    a joining word (`de`, `del`: ``joining_words.csv``) at most, then a day or a year (`July 30`, `Sept. 1952`, `agosto de
    1568`): from where the name
    begins, as many letters as a name may have run up to a space, comma or
    full stop, and a digit comes after. The test is cheap at every character,
    so the names are tried only where it holds. A name of several words
    (Irish `Meán Fómhair`) holds where its first word and a space begin.
    A name with a stop or comma inside (Thai `ต.ค.`) is tried as written:
    the letters before its stop are too few to test by their count.
    """
    # (counted with the others, such a name would leave no test at all, and the search trying every name at every
    # character)
    names = [n for n in (n.rstrip(".") for n in month_names()) if not re.search(r"[.,]", n)]
    lengths = [len(n) for n in names if not re.search(r"\s", n)]
    heads = grouped_trie(sorted({n.split()[0] for n in names if re.search(r"\s", n)}))
    # (a span of two names joined by a dash, `September–October 1954`, `Sept. – Oct. 1954`, holds at the first too)
    name = rf"[^\s.,–—-]{{{min(lengths)},{max(lengths)}}}+"
    # (or by a word for "to": `od maja do julija 1945`)
    # (the second name may be one of several words: `KASIM – de des. 1954`, Catalan's `de desembre` shortened)
    second = rf"(?:(?:{heads})\s++)?{name}" if heads else name
    # (the words for "to" parted by their scripts' first letters, `grouped_trie`: tried after every word and a space)
    one = (rf"{name}(?:\.?\s*+[–—-]\s*+{second}|\.?\s++{grouped_trie(month_span_forms())}\s++{second})?\.?\s*+,?\s*+"
           rf"(?:{joining_words('month_year')})?\d")  # (`agosto de 1568`, `maggio del 1915`)
    # (a name with a stop inside before a day or year: `พ.ค. 2519`, as the names' pattern reads it where it begins)
    dotted = "|".join(sorted({re.escape(n) for n in month_names() if re.search(r"[.,].", n)}, key=_longest_first))
    dotted = rf"|(?:{dotted})\s*+,?\s*+\d" if dotted else ""
    return rf"(?={one}{dotted}|(?:{heads})\s)" if heads else rf"(?={one}{dotted})"


def month_of(token: str) -> int | None:
    """The month a token names: a number, an upper-case Roman numeral or a name (abbreviated with its dot).

    >>> month_of("Janeiro"), month_of("VII"), month_of("9."), month_of("vii"), month_of("word")
    (1, 7, 9, None, None)
    """
    token = token.strip().rstrip(".").strip()
    if token.isdigit():
        return int(token)
    if token.upper() in _ROMAN and token == token.upper():
        return _ROMAN[token]
    names = month_names()
    low = token.lower()
    languages = READ_AS.get()
    if languages:  # (a name two languages give different months, read in the document's language: `month_clashes`)
        months = month_clashes().get(low) or month_clashes().get(low + ".")
        for code in languages if months else ():
            if code in months:
                return months[code]
    return names.get(low) or names.get(low + ".") or _caseless_month(token)


def _caseless_month(token: str) -> int | None:
    """A month name matched the way the date patterns match it, case-insensitively letter by letter.

    Lower-casing misses some of those matches: `KASIM` is Turkish `kasım`
    (dotless i), `ſeptember` has a long s. The date patterns read them, so
    the month is looked up the same way here, among names of the token's length.
    """
    if not token or not token[0].isalpha():
        return None
    # (only names of the token's fold are tried: a name `re` matches case-insensitively has the token's fold, and
    # the names tried one by one, each compiled anew, had filled `re`'s own cache and pushed other patterns out)
    folded = _names_by_fold(month_names())
    key = ignorecase_fold(token) if folded is not None else None
    for dotted in ("", "."):
        for name, month in (folded.get((key, dotted), ()) if folded is not None else month_names().items()):
            bare = name[:-1] if name.endswith(".") else name
            if (name.endswith(".") == bool(dotted)) and len(bare) == len(token) \
                    and re.fullmatch(re.escape(bare), token, re.IGNORECASE):
                return month
    return None


_FOLDED: list = [(None, None)]  # the names `_names_by_fold` last parted, and their parts (one item: read at once)


def _names_by_fold(names: dict[str, int]) -> dict[tuple[str, str], list[tuple[str, int]]] | None:
    """``names`` parted by the `ignorecase_fold` of each name without its stop and by the stop, in their order; None
    where this Python does not say which letters `re` counts as one (`one_for_one`).

    >>> _names_by_fold({"kasım": 11, "sept.": 9, "Sept": 8})[("sept", "")]
    [('Sept', 8)]
    """
    if not one_for_one():
        return None
    seen, parts = _FOLDED[0]
    if seen is not names:
        parts = defaultdict(list)
        for name, month in names.items():
            dotted = "." if name.endswith(".") else ""
            parts[(ignorecase_fold(name[:-1] if dotted else name), dotted)].append((name, month))
        parts = dict(parts)
        _FOLDED[0] = (names, parts)
    return parts



#: Where `grouped_trie` parts a trie's words by the script of their first letter, as `ignorecase_fold` writes it: ASCII;
#: the rest of Latin, Greek, Cyrillic and Armenian; every other script
_SCRIPT_BOUNDS = (0x80, 0x530)


def grouped_trie(words) -> str:
    """`trie_alternation`, its words parted by the script of their first letter, each part behind a look-ahead for
    its first letters (`first_letters`).

    >>> grouped_trie(["jul", "jun", "јул"])
    '(?:(?=[j])(?:ju(?:l|n))|(?=[ј])(?:јул))'

    A trie's first letters are tried one by one wherever it is tried, case-insensitively one call each: some three
    hundred for the month names of every language. Behind the look-aheads only the letters of the script at hand
    are. A letter matches only letters of its own fold (`ignorecase_fold`), which stand in one part, and each part
    keeps the trie's order: the trie matches what it matched, where it matched it.
    """
    words = sorted(words)
    parts: dict[int, list[str]] = {}
    for word in words:
        if not word:  # (a trie that may match nothing: left whole)
            return trie_alternation(words)
        first = ord(ignorecase_fold(word[0])[0])
        parts.setdefault(sum(first >= bound for bound in _SCRIPT_BOUNDS), []).append(word)
    if len(parts) < 2:
        return trie_alternation(words)
    return "(?:" + "|".join(first_letters(part) + f"(?:{trie_alternation(part)})" for _, part in sorted(parts.items())) + ")"
