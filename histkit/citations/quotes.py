"""A title between straight single quotes, as British journals print it: `Name, 'Title', Journal, xlii (1999)`.

The readers of quoted titles (`QUOTE_START`, the marks that open one) leave the straight
single quote alone: inside a title it is an apostrophe (`Women's`, Welsh
`a'r`). Its shape as a title's quotes is told apart from an apostrophe's: it
opens after a comma and a space (or the reference's start) and closes before a
comma, a bracket or the end; an apostrophe inside stands before a letter. A
text that prints typographic quotes is left as it is.
`typographic_quotes` gives such a title the typographic quotes the readers know.
"""

from __future__ import annotations

from ..patterns import compiled

# (Slovene and German also quote »so«; a ’ between two letters is an apostrophe: `Women’s`, `dell’Italia`; a text set
# right to left, Pashto's or Persian's, opens with ” what it closes with “: `”Title“`, after a space and before a letter)
QUOTE_START = compiled(r"[„“\"«]|,,|‘|»(?=\S)|(?<![^\W\d_])’(?=\S)|’(?=[^\w\s]|[\d_])|“’|(?:^|(?<=\s))”(?=[^\W\d_])")

_TYPOGRAPHIC = compiled(r"[‘’“”„«»]")


def title_quote(text: str):
    """The first quote in ``text`` that opens a title: after a comma or at the start (`Name, ‘Title’, …`), not one a
    title quotes inside it (`Les ‘prénoms révolutionnaires’ dans la révolution française`); None if there is none.

    >>> title_quote("S. Bianchi, Les ‘prénoms révolutionnaires’ dans la révolution") is None
    True
    >>> title_quote("S. Bianchi, ‘Les prénoms’, Annales").start()
    12
    """
    return next((m for m in QUOTE_START.finditer(text) if not text[:m.start()].strip() or
                 text[:m.start()].rstrip().endswith((",", ":"))), None)
# (OSCOLA closes it before the year in square brackets or `in` and a chapter's book: `'Title' [1988] CLJ 402`,
# `'Title' in B Jonas (ed), Book`)
_SINGLE_QUOTED_TITLE = compiled(r"(?:^|(?<=,\s))'(?P<title>[^\W\d_](?:[^']|'(?=[^\W\d_]))*?)'(?=\s*[,(\[]|\s*$|\s+in\s)")
# a title whose quotes are one straight and one typographic, either way round: `'Lawyers, Judges, …’`, `‘Title'`
_MIXED_QUOTED_TITLE = compiled(r"(?:^|(?<=,\s))(?:'(?P<straight>)|‘)(?P<title>[^\W\d_](?:[^'’‘]|['’](?=[^\W\d_]))*?)"
                               r"(?(straight)’|')(?=\s*[,(\[]|\s*$|\s+in\s)")


def typographic_quotes(text: str) -> str:
    """``text`` with a title between straight single quotes given typographic ones (‘…’); else as it is.

    >>> typographic_quotes("K. Lowe, 'Women's Work and the Parish', Hist. Jl, xlii (1999), pp. 5–9")
    "K. Lowe, ‘Women's Work and the Parish’, Hist. Jl, xlii (1999), pp. 5–9"
    >>> typographic_quotes("Lewis, 'Yr Iforiaid a'r Gymraeg', 430"), typographic_quotes("O'Brien, History, 4")
    ("Lewis, ‘Yr Iforiaid a'r Gymraeg’, 430", "O'Brien, History, 4")
    >>> typographic_quotes("E. Stein, 'Lawyers, Judges, and the Making of a Constitution’, 75 AJIL (1981) 1")
    'E. Stein, ‘Lawyers, Judges, and the Making of a Constitution’, 75 AJIL (1981) 1'
    """
    if "'" not in text:
        return text
    if _TYPOGRAPHIC.search(text):  # (a note printing typographic quotes quotes its titles so, but for a pair a text
        return _MIXED_QUOTED_TITLE.sub(lambda found: f"‘{found.group('title')}’", text)  # layer or an editor mixed)
    return _SINGLE_QUOTED_TITLE.sub(lambda found: f"‘{found.group('title')}’", text)


# a title wrapped whole in one pair of quotes, none inside: `“The Human Rights Act- Reviewed”`
_WRAPPED = compiled(r"^(?:[„“\"«‘]|,,)(?P<title>[^„“”\"«»]+?)[”“\"»’]$")


def unquoted(title: str) -> str:
    """``title`` without the quotes around it, where a reader kept them (`UCL, “Title” (2022)`: an author's book's shape).

    >>> unquoted("“The Human Rights Act- Reviewed”"), unquoted("Der „Fall“ Müller")
    ('The Human Rights Act- Reviewed', 'Der „Fall“ Müller')
    """
    found = _WRAPPED.match(title.strip())
    return found.group("title").strip() if found else title
