"""Quoted titles set apart oddly from what is around them.

A quoted title right after its authors' names, with no comma between: `Ben Bowling and Coretta Phillips
‘Disproportionate and discriminatory …’ [2007] Modern Law Review, 70(6): 936–961`.

Some British law journals' house (and authors writing without one) drop OSCOLA's comma between the author and an
article's quoted title; every reader of an author's name waits for that comma, so the note was left out as a remark.
Read with the comma written in, when what stands before the quotation mark is a person's name or names joined by a
word for "and" (`names.is_name`, `names.names_joined`), or three names or more listed with commas (`Ralph Bodle,
Lena Donat and Matthias Duwe ‘…’`), and after the quotation comes what follows an article's
title: its year in brackets, a comma, a number or a word for "in" before its journal or book (`M. Doe and T. Roe
‘Title’ in this issue`; not prose: `Over de Haagse ‘Indische wijken’ …`).

The South African house drops the comma before a book's title too, which it prints in italics and no quotes: `R M
Fenwick The Law of Delict in South Africa 3 ed (1998) 412`. There the name is initials and one surname (its particles
before it: `C H van Rooyen`), the title opens with a capital after it, and the book's bracket with its year follows.

A quoted title whose subtitle a full stop or a colon sets after the closing quote, before the book it is in
(`subtitle_in_quote`):
`D. Conte, «Spazzare il cuore con la scopa». Crisi dell’individuo, primitività e fascismo nel Doctor Faustus, in
Viandante nel Novecento, Roma 2001, pp. 159-190`. The quotation closes the title's first sentence only; the subtitle
runs on to the comma before the word for "in" (``reference_words.csv``, kind ``in``). Read with the subtitle inside
the quotation, the container is then what follows "in", not the subtitle and all after it.
"""

from __future__ import annotations

from .names import is_name, listed_persons, names_joined
from .words import YEAR, alternation
from ..patterns import compiled

# the words for "in" before a journal or book (``reference_words.csv``, kind ``in``, and the common ones)
_IN_WORD = rf"(?:{alternation('reference_words.csv', 'in')}|in|In|dans)"

# the names (two words at least: a name and a surname or initials), then an opening quotation mark and a title closed
# by its mark, and after it what an article's title is followed by: its year in brackets, a comma, a number
# (an apostrophe between two letters is the title's own: `'The employer's liability'`; and a series may follow the
# title before the bracket of its year: `T Ramaphela 'Title' Stellenbosch Law Faculty Working Paper No 3/2020 (2020)`)
_NAMES_QUOTE = compiled(rf"^(?P<names>[^\W\d_][^,;:()‘“'\"\[\]\s]*\s[^;:()‘“'\"\[\]]{{1,120}}?)\s+"
                        rf"(?=[‘“'\"](?:[^‘’“”'\"]|(?<=[^\W\d_])['’](?=[^\W\d_])){{3,300}}[’”'\"]\s*"
                        rf"(?:[\[(]{YEAR}[\])]|,|\d|[A-Z][^()‘’“”'\"]{{0,120}}\((?:[^()]*\s)?{YEAR}\)"
                        rf"|{_IN_WORD}(?:\s?:\s*|\s+)\S))")


# initials without full stops (or with them), the particles and one surname, then a capitalised word opening the title;
# and later a bracket ending in a year (the book's: `(1998)`, `(LLD thesis, University of Pretoria, 2008)`)
_INITIALS_NAME_TITLE = compiled(rf"^(?P<names>(?:[A-Z]\.?\s+){{1,3}}(?:(?:{alternation('name_particles.csv')})\s+){{0,2}}"
                                rf"[A-Z][\w’'-]+)\s+(?=[A-Z][^,;:()]{{2,200}}\([^()]{{0,80}}(?<!\d){YEAR}\))")


def comma_before_quote(piece: str) -> str:
    """``piece`` with a comma after the names that open it right before a quoted title; else ``piece`` itself.

    >>> comma_before_quote("Steve Lambert ‘Are Current Frameworks Appropriate?’ [2016] Higher Education 6(4): 345–58")
    'Steve Lambert, ‘Are Current Frameworks Appropriate?’ [2016] Higher Education 6(4): 345–58'
    >>> comma_before_quote("M. Eliantonio and T. Palonnitty ‘The EU requirements’ in this same issue, p. 1 f.")
    'M. Eliantonio and T. Palonnitty, ‘The EU requirements’ in this same issue, p. 1 f.'
    >>> comma_before_quote("The committee ‘noted’ the report."), comma_before_quote("Over de Haagse ‘Indische wijken’")
    ('The committee ‘noted’ the report.', 'Over de Haagse ‘Indische wijken’')
    >>> comma_before_quote("C H van Rooyen Handboek van het Regt (1852) § 312")
    'C H van Rooyen, Handboek van het Regt (1852) § 312'
    """
    found = _NAMES_QUOTE.match(piece) or _INITIALS_NAME_TITLE.match(piece)
    if found is None:
        return piece
    names = found.group("names")
    if not (is_name(names) or names_joined(names, short=False) or "," in names and listed_persons(names, least=3)):
        return piece
    return f"{names},{piece[found.end('names'):]}"

# a closing quotation mark, a full stop, a subtitle opening with a capital (no quotation mark, bracket or semicolon in
# it but an apostrophe inside a word: `dell’individuo`), then a comma and a word for "in" (as a container's readers
# know them)
_SUBTITLE_BEFORE_IN = compiled(rf"(?P<close>[»”’\"])(?P<stop>[.:])\s+"
                               rf"(?P<subtitle>[^\W\d_](?:[^«»“”‘’\"();]|(?<=[^\W\d_])’(?=[^\W\d_])){{2,200}}?)"
                               rf"(?=,\s*(?:{_IN_WORD}|en)(?::\s*|\s+)\S)")


# the marks that open a quotation each closing mark ends
_OPENING = {"»": ("«",), "”": ("“", "„"), "’": ("‘",), '"': ('"', "„", "“")}


def subtitle_in_quote(piece: str) -> str:
    """``piece`` with a subtitle set after its quoted title's closing mark moved inside it (see the module's
    docstring); else ``piece`` itself.

    >>> subtitle_in_quote("D. Conte, «Spazzare il cuore». Crisi dell’individuo e fascismo, in Viandante, Roma 2001")
    'D. Conte, «Spazzare il cuore. Crisi dell’individuo e fascismo», in Viandante, Roma 2001'
    >>> subtitle_in_quote("E. Doe, «L'evento del secolo»: Nietzsche e Mann, in F. Rossi (ed.), Nietzsche, Genova 2015")
    "E. Doe, «L'evento del secolo: Nietzsche e Mann», in F. Rossi (ed.), Nietzsche, Genova 2015"
    >>> subtitle_in_quote("M. Doe, Beyond the ‘Bicameral Blueprint’: Europeanization in Belgium, in A. Roe (ed.), Democracy")
    'M. Doe, Beyond the ‘Bicameral Blueprint’: Europeanization in Belgium, in A. Roe (ed.), Democracy'
    >>> subtitle_in_quote("A. Name, «Titolo», in Rivista 3 (1990)")
    'A. Name, «Titolo», in Rivista 3 (1990)'
    """
    found = _SUBTITLE_BEFORE_IN.search(piece)
    if found is None or not found.group("subtitle")[:1].isupper():
        return piece
    # (the quotation opens the title, after the authors' comma; not one a title quotes inside it: `Beyond the
    # Constitutional ‘Bicameral Blueprint’: Europeanization …, in …`)
    opening = max(piece.rfind(mark, 0, found.start()) for mark in _OPENING[found.group("close")])
    if opening < 0 or not piece[:opening].rstrip().endswith((",", ":")) and piece[:opening].strip():
        return piece
    return f"{piece[:found.start()]}{found.group('stop')} {found.group('subtitle')}{found.group('close')}{piece[found.end():]}"


# a closing quotation mark, then the pages alone to the end, no comma between (not a year: `‘Title’ 1990`)
_PAGES_AFTER_QUOTE = compiled(rf"(?<=[’”\"»])\s+(?=(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?"
                              rf"(?!{YEAR}\b)\d{{1,4}}(?:\s*[–—-]\s*\d{{1,4}})?\s*\.?\s*$)")


def comma_before_pages(piece: str) -> str:
    """``piece`` with a comma between a quoted title that closes and the pages after it, where the note prints none
    (a short form: `Navickas, ‘What happened to class?’ 201`); else ``piece`` itself.

    >>> comma_before_pages("Navickas, ‘What happened to class?’ 201."), comma_before_pages("Smith, ‘Title’ 1990")
    ('Navickas, ‘What happened to class?’, 201.', 'Smith, ‘Title’ 1990')
    """
    found = _PAGES_AFTER_QUOTE.search(piece)
    return piece if found is None else f"{piece[:found.start()]}, {piece[found.end():]}"

