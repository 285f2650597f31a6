"""A corporate author before the title: `Ministero di agricoltura, industria e commercio, Relazione …, Roma, 1905`.

A ministry, a colonial administration, a company publishes its reports under
its own name: the reference opens with that name, then the title and the
imprint, and no person's name stands anywhere. The name is told by its head
word (``reference_words.csv``, kind ``corporate``: Ministero, Ministry,
Société, Résidence, Government, اداره …): the first word of a name in the
European languages (`Société de la Régie …`) or, in English, the last of two or three capitalised words (`Labour
Office`, `Home Department`), a word of the first part in a
script without case, where the head noun may come last (`د هلمند د وادۍ
اداره`, "the Helmand Valley Authority"). The name runs to the first comma
before a capital (a part after a comma in small letters goes on with it:
`Ministero di agricoltura, industria e commercio`, and so does a part naming the body it belongs to by a head word
of its own: `Labour Office, Government of Bombay`), and holds no digit; a small word
follows the head word in a cased script (`Ministry of`, not `Company Towns`)
and no "and" joins it to another noun right after it (`Government and Society`: a title's
pair; `Department of Revenue and Agriculture` names one body) but another head word (`Colony and Protectorate of Nigeria`); a title and at least one more part, with a year somewhere after the
title, must follow.
"""

from __future__ import annotations

import functools
import re

from .caseless import CASELESS
from .words import LOWER, UPPER, YEAR, alternation
from ..patterns import compiled

# (a year of the common era, or of the Islamic calendars a Persian or Pashto imprint prints)
_YEAR = compiled(rf"(?<!\d)(?:{YEAR}|1[2-4]\d\d)(?!\d)")
_BRACKET_AFTER_TITLE = compiled(rf"(?:[^\W_]|[?!])[”’\"']?\s*(?:\([^()]*?(?<!\d)(?:{YEAR})\)|\[{YEAR}\]\.?$)")


@functools.cache
def _head() -> re.Pattern:
    words = alternation("reference_words.csv", "corporate")
    # the head word opening the name, then its other words up to the first comma; or, in a caseless script, a first
    # part of at most six words holding the head word as one of them
    # (or, in English, one to six capitalised words before the head word that ends the name: `Labour Office`, `Home
    # Department`, `Northern Nigeria Marketing Board`, `The Madras Handloom Weavers' Provincial Co-operative Society`,
    # "and" between two of them: `Equality and Human Rights Commission`, or "of" or "for": `House of Commons Information
    # Office`; and what it is of or for after it: `Law Reform Commission of Victoria`, `Irish Council for Civil Liberties`)
    return compiled(rf"^(?:(?:{words})(?![^\W_])[^,\d]{{0,100}}?"
                    rf"|(?P<last>[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]*)*\s+(?:(?:(?:and|&|of|for)\s+(?:the\s+)?)?[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]*)*\s+){{0,5}}"
                    rf"(?-i:{words})(?:\s+(?:of|for|on)\s+(?:the\s+)?[{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+){{0,3}})?)"
                      rf"|(?=[{CASELESS}])(?:[^\s,\d]+\s+){{0,5}}?(?:{words})(?![^\W_])(?:\s+[^\s,\d]+){{0,5}}?)\s*(?=,)")


def _named(found: re.Match) -> bool:
    """Whether ``name`` reads as a body's name, not a title's opening: in a cased script a small word after the head
    word (`Ministry of`, `Résidence supérieure`, `Société de`) and no "and" joining two nouns (`Government and
    Society`: a title's pair)."""
    caseless, pair_of_heads, small_word, and_after_head = _name_patterns()
    name = found.group()
    if caseless.match(name) or found.group("last"):
        return True
    # ("and" before another head word joins one body's two titles: `Colony and Protectorate of Nigeria`)
    name = pair_of_heads.sub("", name)
    # (an "and" after the small word joins the body's remits, `Department of Revenue and Agriculture`, `Ministry of
    # Agriculture and Fisheries`; right after the head word it joins a title's pair)
    return small_word.match(name) is not None and and_after_head.match(name) is None


@functools.cache
def _name_patterns() -> tuple[re.Pattern, ...]:
    # (built once: `_named` is asked of every head `_head` finds, and made these four from the lists at each call)
    ands = alternation("and_words.csv")
    return (compiled(f"[{CASELESS}]"),
            compiled(rf"\s(?:{ands})\s(?:{alternation('reference_words.csv', 'corporate')})(?![^\W_])"),
            compiled(rf"\S+\s+{LOWER}"), compiled(rf"\S+\s+(?:{ands})\s"))


@functools.cache
def _remits() -> re.Pattern:
    # one or two capitalised words, a word for "and", one or two more
    word = rf"[{UPPER}][^\W\d_]+"
    return compiled(rf"{word}(?:\s+{word})?\s+(?:{alternation('and_words.csv')})\s+{word}(?:\s+{word})?")


def corporate_head(text: str) -> int:
    """Where the title begins after a corporate author's name opening ``text`` (`_corporate_head`), the government
    whose body it is named before it as the McGill Guide prints it (`Canada, Department of Justice, Title (…)`;
    ``reference_words.csv`` kind ``jurisdiction``); 0 for none.

    >>> text = "Canada, Department of Justice, Evidence Reform (Ottawa: Supply and Services Canada, 1983)"
    >>> text[:corporate_head(text)]
    'Canada, Department of Justice, '
    """
    found = _corporate_head(text)
    if found or (government := _jurisdiction().match(text)) is None:
        return found
    body = _corporate_head(text[government.end():])
    return government.end() + body if body else 0


@functools.cache
def _jurisdiction() -> re.Pattern:
    return compiled(rf"(?:{alternation('reference_words.csv', 'jurisdiction')}),\s+")


def _corporate_head(text: str) -> int:
    """Where the title begins after a corporate author's name opening ``text`` (after its comma), or 0 for none.

    >>> text = "Ministero di agricoltura, industria e commercio, Relazione sulle bonifiche, Roma, Tip. Nazionale, 1905"
    >>> text[:corporate_head(text)]
    'Ministero di agricoltura, industria e commercio, '
    >>> corporate_head("Government and Society in India, Oxford, 1990"), corporate_head("G. Eley, Title, Oxford, 1990")
    (0, 0)
    >>> text = "Ministry of Justice, Human Rights Act Reform (2019)"
    >>> text[:corporate_head(text)]
    'Ministry of Justice, '

    """
    found = _head().match(text)
    if found is None or not _named(found):
        return 0
    end = found.end()
    # (a part in small letters after the name's comma goes on with it: `…, industria e commercio, Relazione`)
    # (small letters: a caseless script's part is the title)
    # (so does a part naming the body it belongs to by its own head word: `Labour Office, Government of Bombay, Report`)
    # (and the last of its remits, joined by "and", when the name capitalises them: `Ministero di Agricoltura,
    # Industria e Commercio`, `Ministry of Agriculture, Fisheries and Food`)
    while (more := re.match(r",\s*([^,\d]{1,60})(?=,)", text[end:])) and (more.group(1)[:1].islower() or (
            (part := _head().match(more.group(1) + ",")) is not None and _named(part)) or _remits().fullmatch(more.group(1))) \
            and not re.match(r"[^\W\d_]+[.:]", more.group(1)):
        end += more.end()
    rest = text[end:].lstrip(" ,")
    title = rest.split(",", 1)
    # a title and more after it, a year in what follows the title: the imprint (the name then no book's own title); or
    # the title, then its year's bracket (`Ministry of Justice, Title (2019)`, as OSCOLA prints a report)
    if not title[0].strip() or rest[:1].isdigit() or not (
            (len(title) == 2 and _YEAR.search(title[1])) or _BRACKET_AFTER_TITLE.search(title[0])):
        return 0
    return len(text) - len(rest)


# the AGLC's report after its title: its series and number, then its year in brackets (`…, Report No 41 (1986) 112`)
NUMBERED_REPORT = compiled(rf",\s*[{UPPER}][^,()]{{0,60}}?\s(?:No|Number)\.?\s*\d[\w/–-]*\s*\((?P<year>{YEAR})\)")


def with_body_as_author(text: str, body: int, ref: dict) -> dict:
    """``ref`` read from ``text`` after its body's name (`corporate_head`), with the name as its authors; a title whose
    first part, before a colon, the reader took for an author's name gets that part back.

    >>> ref = {"authors": "Private Equity", "title": "A Discussion of Risk"}
    >>> with_body_as_author("Financial Services Authority, Private Equity: A Discussion of Risk (2006)", 30, ref)
    {'authors': 'Financial Services Authority', 'title': 'Private Equity: A Discussion of Risk'}
    """
    head, title = ref.get("authors", ""), ref.get("title", "")
    start = text.find(title, body) if title else -1
    if head and start > body and text[body:start].rstrip().endswith(":") and text[body:start].rstrip(" :") == head:
        ref["title"] = text[body:start + len(title)]
    ref["authors"] = text[:body].rstrip(" ,")
    # (`Title, Report No 41 (1986) 112`: the title runs to the series, whatever the reader took for a name in it)
    if (report := NUMBERED_REPORT.search(text, body)) is not None and "(" not in text[body:report.start()]:
        ref["title"], ref["year"] = text[body:report.start()].strip(" ,"), ref.get("year") or report.group("year")
    return ref
