"""Reference gold from LinkedBooks: references on the history of Venice, labelled token by token by others.

The LinkedBooks dataset (EPFL DHLAB; Rodrigues Alves, Colavizza & Kaplan
2018, "Deep reference mining from scholarly literature in the arts and
humanities"; `dhlab-epfl/LinkedBooksDeepReferenceParsing`, MIT licence) gives
the references of books and articles on Venice (Italian mostly, also German,
English, French, Latin) one token a line: ``TOKEN FIELD KIND SPAN``, the field
(`author`, `title`, `publicationplace`, `year`, `pagination`, …), the kind of
source (``b-``/``i-``/``e-`` then `secondary` for literature, `primary` for
archival sources, `meta-annotation` for a part of a work: nearly always a
contribution `in` a book or journal) and where a reference begins and ends
(``b-r``, ``i-r``, ``e-r``; ``o`` outside one). Lines end with a carriage
return; a blank line ends a printed line, so a reference runs over several.
`linkedbooks_gold` reads such a file into one row per reference and
`scripts/measure_linkedbooks.py` scores `histkit.parse_reference` on it.

The tokens are cut at punctuation (``J . S .,``), so a reference's text is
rebuilt, and only approximately: no space before a token that opens with
closing punctuation (``.,;:)]»”!?``) nor after an opening one (``([«“„``),
none either side of an apostrophe, a hyphen between word parts of which the
second is in small letters or opens a printed line joins them without it (a
word broken at a line's end, ``Repubbli - ca``), a hyphen between numbers is printed ``17-38``, any
other hyphen `` - `` (``Barsanti - A. Guiglia``).

The fields map to the gold's as the TEI and JATS golds' do: authors are the
surnames (initials left out) of the persons named before the title, an editor's
words (``a cura di``) dropped, a name turned round (``Davis, Natalie Zemon``)
read so where its parts pair up; the title is the first title before the word
that says a work is part of another (``in``, ``in:``, the scheme's
`conjunction`), the container the first title after it; the place, year,
volume (``vol.``/``tomo`` and the like left out) and pages (``pp.`` left out)
are the first of their fields, a journal's volume and year read from its
`publicationnumber-year` (``XIII (1964)``) when they have no field of their
own. A title or a place loses its enclosing quotes and the punctuation that ends it, a title the
``cit.`` that marks a repeat (the scheme labels it title). A title that runs on
into a quoted one after a comma (``Title, «Journal», LX``), both labelled title
where no ``in`` parts them, is cut there: the quoted one is the container; so is
a title run that holds its own ``, in`` (the scheme labelled the word title).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from .compare import persons

#: The gold's columns: the reference's number in the file, its kind, its rebuilt text and its fields.
LINKEDBOOKS_COLUMNS = ("ref_id", "line", "kind", "raw", "authors", "title", "container", "place", "year", "volume",
                       "pages")

_CLOSES = tuple(".,;:)]»”!?%")
_OPENS = ("(", "[", "«", "“", "„")
_APOSTROPHES = ("’", "'")
_QUOTES = ("«", "“", "„", '"')
_PART_OF = {"in", "in:", "dans", "en", "im", "aus"}
_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")
_EDITOR_WORDS = re.compile(r"\(?\b(?:a\s*cura\s*di|a\s*c\.\s*di|ed(?:s|d)?\.|eds|edited\s+by|ed\.\s+by|hrsg\.(?:\s+von)?|"
                           r"hg\.|éd\.|dir\.|curr?\.)\s*\)?", re.IGNORECASE)
_INITIAL = re.compile(r"^(?:[^\W\d_]{1,2}\.\s*|[^\W\d_]\s+)+|(?:\s+[^\W\d_]{1,2}\.?)+$")
_LEAD_WORD = re.compile(r"^(?:vol|voll|vols|t|tom|tomo|tome|bd|band|parte?|part|pp|p|pag|pagg|S|col|coll|c|cc|ff?)"
                        r"\b\.?\s*", re.IGNORECASE)
_ISSUE = re.compile(r"^(?:n|nn|no|nr|num|fasc|heft)\b", re.IGNORECASE)
_NUMBERISH = re.compile(r"^(?:[IVXLCDM]+|\d{1,3})$")
# `et al.`, `AA. VV.` (various authors): no person's name
_NO_PERSON = re.compile(r"\b(?:et\s+al(?:ii|\.)?|e\s+altri|u\.\s*a\.|aa\.\s*vv\.?)", re.IGNORECASE)
_AND = re.compile(r"\s*;\s*|,?\s+(?:and|e|et|und|&)\s+")
_CIT = re.compile(r"(?:[\s,]*\b(?:op\.\s*)?cit)+$", re.IGNORECASE)
_VOLUME = re.compile(r"\b(?:[IVXLCDM]+|\d+)\b")


class Token(NamedTuple):
    text: str
    field: str
    kind: str
    span: str
    new_line: bool  # the first token of a printed line


def read_tokens(text: str) -> list[Token]:
    """The tokens of a LinkedBooks file, each knowing whether it opens a printed line.

    >>> [(t.text, t.field, t.new_line) for t in read_tokens("A author b-secondary b-r\\rx title i-secondary i-r\\r\\r"
    ...                                                     "y title e-secondary e-r\\r")]
    [('A', 'author', True), ('x', 'title', False), ('y', 'title', True)]
    """
    tokens, new_line = [], True
    for line in re.split(r"\r\n?|\n", text):
        parts = line.split(" ")
        if len(parts) != 4 or parts[0] == "-DOCSTART-":
            new_line = True
            continue
        tokens.append(Token(parts[0], parts[1], parts[2].split("-", 1)[-1], parts[3], new_line))
        new_line = False
    return tokens


def references(tokens: list[Token]) -> list[list[Token]]:
    """The tokens cut into references: one begins at ``b-r`` or at the first token after text outside any (``o``),
    and ends at ``e-r`` (the scheme sometimes leaves one mark out)."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if token.span == "o" or (token.span == "b-r" and current):
            if current:
                found.append(current)
            current = []
        if token.span != "o":
            current.append(token)
        if token.span == "e-r":
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def rebuild(tokens: list[Token]) -> str:
    """The text of some tokens, spaced as print would space them (approximately: see the module's docstring).

    >>> rebuild([Token(t, "", "", "", n) for t, n in [("J", 0), (".", 0), ("S", 0), (".,", 0), ("Repubbli", 0),
    ...          ("-", 0), ("ca", 1), ("(", 0), ("dell", 0), ("’", 0), ("arte", 0), ("),", 0), ("pp", 0), (".", 0),
    ...          ("17", 0), ("-", 0), ("38", 0)]])
    'J. S., Repubblica (dell’arte), pp. 17-38'
    """
    out = ""
    glue = True  # no space before the next token
    for i, token in enumerate(tokens):
        text = token.text
        before, after = (tokens[i - 1].text if i else ""), (tokens[i + 1].text if i + 1 < len(tokens) else "")
        if text == "-" and before and after:
            if before[-1:].isalpha() and (after[:1].islower() or (tokens[i + 1].new_line and after[:1].isalpha())):
                glue = True
                continue  # a word broken at a line's end
            if before[-1:].isdigit() and after[:1].isdigit():
                out, glue = out + "-", True
                continue
        if not (glue or text.startswith(_CLOSES) or text in _APOSTROPHES):
            out += " "
        out += text
        glue = text in _OPENS or text in _APOSTROPHES
    return out.strip()


def _runs(tokens: list[Token]) -> list[tuple[str, list[Token]]]:
    runs: list[tuple[str, list[Token]]] = []
    for token in tokens:
        if runs and runs[-1][0] == token.field:
            runs[-1][1].append(token)
        else:
            runs.append((token.field, [token]))
    return runs


def _part_of(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """A title run cut at an `in` after a comma (`Title, in «Journal»`: the scheme labelled the `in` title too)."""
    cut = next((k for k in range(1, len(run) - 1) if run[k].text.casefold() in _PART_OF
                and run[k - 1].text.endswith(",")), None)
    if cut is None:
        return run, []
    after = cut + 1 + (run[cut + 1].text == ":")
    return run[:cut], run[after:]


def _quoted_journal(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """A title run cut where a quoted title follows a comma (`Title, «Journal»`: the scheme labels both title)."""
    cut = next((k for k in range(1, len(run)) if run[k].text.startswith(_QUOTES) and run[k - 1].text.endswith(",")),
               len(run))
    return run[:cut], run[cut:]


def _bare(text: str) -> str:
    """A title or a place without its enclosing quotes and the punctuation that ends it."""
    text = text.strip(" ,;:.")
    while len(text) > 1 and text[0] in "«“\"„'" and text[-1] in "»”\"'“":
        text = text[1:-1].strip(" ,;:.")
    return text.strip(" ,;:.«»“”\"")


def _surname_alone(part: str) -> bool:
    """Whether a part before a comma can be a surname alone: one word in capitals, or more with a particle
    (`Amelot de la Houssaie`); `Ahnert Rudolf, Krause Karl Heinz` are two names turned round without a comma."""
    words = part.split()
    return len(words) == 1 or any(w[:1].islower() for w in words)


def _surnames(text: str) -> str:
    """The surnames of the persons an author field names; a name turned round (`Davis, Natalie Zemon`, every part of
    the list so where all are: `Barozzi, Nicolò, Berchet, Guglielmo`) gives the part before its comma, when that part
    can be a surname alone."""
    named = _NO_PERSON.sub(" ", _EDITOR_WORDS.sub(" ", text)).replace(" - ", "; ").strip(" -–,:;")
    groups = []
    for group in _AND.split(named):
        parts = [p.strip() for p in group.split(",") if p.strip()]
        turned = len(parts) % 2 == 0 and not any(_INITIAL.match(p) or _INITIAL.fullmatch(p) for p in parts) and all(
            _surname_alone(p) for p in parts[::2])
        groups.append("; ".join(parts[::2]) if turned else group)
    people = [_INITIAL.sub("", p).strip(" ,.()-–") for p in persons("; ".join(groups), [])]
    return "; ".join(p for p in people if any(c.isalpha() for c in p))


def _number(text: str) -> str:
    return _LEAD_WORD.sub("", text.strip(" ,;:.()")).strip(" ,;:.()")


def _volume(text: str) -> str:
    number = _VOLUME.search(text)
    return number.group(0) if number else ""


def _journal_volume(text: str) -> str:
    words = _LEAD_WORD.sub("", text.strip()).replace("(", " ( ").split()
    if not words or _ISSUE.match(text.strip()) or _YEAR.fullmatch(words[0]):
        return ""
    first = words[0].strip(".,;:")
    return first if _NUMBERISH.match(first) else ""


def fields(tokens: list[Token]) -> dict:
    """The gold fields of one reference's tokens (see the module's docstring for how each is taken)."""
    runs = _runs(tokens)
    part_of = next((i for i, (field, run) in enumerate(runs) if field == "conjunction" or (
        field == "o" and rebuild(run).strip(" ,").casefold() in _PART_OF)), None)
    first_title = next((i for i, (field, _) in enumerate(runs) if field == "title"), len(runs))
    before = runs[:min(first_title, part_of if part_of is not None else len(runs))]
    titles = [i for i, (field, _) in enumerate(runs) if field == "title"]
    title = next((runs[i][1] for i in titles if part_of is None or i < part_of), [])
    container = next((runs[i][1] for i in titles if part_of is not None and i > part_of), [])
    if title and not container:
        title, container = _part_of(title)
    if title and not container:
        title, container = _quoted_journal(title)

    def first(*names: str) -> str:
        return next((rebuild(run) for field, run in runs if field in names), "")

    numbered = first("publicationnumber-year")
    year = _YEAR.search(first("year")) or _YEAR.search(numbered)
    return {"authors": _surnames(" ".join(rebuild(run) for field, run in before if field == "author")),
            "title": _CIT.sub("", _bare(rebuild(title))), "container": _bare(rebuild(container)),
            "place": _bare(first("publicationplace")), "year": year.group(1) if year else "",
            "volume": _volume(first("volume", "tomo")) or _journal_volume(numbered),
            "pages": _number(first("pagination"))}


def linkedbooks_gold(text: str) -> pd.DataFrame:
    """Each reference of a LinkedBooks file: its number, the printed line it begins on, its kind, text and fields.

    >>> lines = ["-DOCSTART- -X- -X- o", "", "G author b-secondary b-r", ". author i-secondary i-r",
    ...          "Cozzi author i-secondary i-r", ", author i-secondary i-r", "Politica title i-secondary i-r",
    ...          ", title i-secondary i-r", "Venezia publicationplace i-secondary i-r", "1967 year e-secondary i-r",
    ...          ". year e-secondary e-r", ""]
    >>> linkedbooks_gold("\\r".join(lines))[["kind", "raw", "authors", "title", "place", "year"]].values.tolist()
    [['secondary', 'G. Cozzi, Politica, Venezia 1967.', 'Cozzi', 'Politica', 'Venezia', '1967']]
    """
    tokens = read_tokens(text)
    lines = [0]
    for token in tokens:
        lines.append(lines[-1] + token.new_line)
    at = {id(t): n for t, n in zip(tokens, lines[1:])}
    rows = []
    for number, ref in enumerate(references(tokens), 1):
        kind = next((t.kind for t in ref if t.kind != "o"), "o")
        rows.append({"ref_id": number, "line": at[id(ref[0])], "kind": kind, "raw": rebuild(ref), **fields(ref)})
    return pd.DataFrame(rows, columns=list(LINKEDBOOKS_COLUMNS))
