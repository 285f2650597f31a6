"""A full stop after the authors' names where other styles put a comma: `Eesnimi Nimi. Pealkiri. Tallinn: Olion, 1985.`

Estonian and Latvian journals (Tuna, Ajalooline Ajakiri, LVIŽ) and others set the authors before a full stop and the
title after it, and their short forms likewise: `A. Nimi. Pealkiri, lk 45`, `Nimi. Op. cit., 60. lpp.`. The shape
says it, with no word of any language: a person's name (`names.is_name`: initials and capitalised words), its last
word of three letters or more (an initial's full stop is no author's end, nor GOST's `Дж.`), then a full stop and a capital. What else
has that shape is told apart by what is known: a word of the data's lists (`Vgl. Müller`, `Ibid. S. 4`), an archive's
name (`Bundesarchiv Berlin. R 43`), initials after a surname (GOST's `Иванов И.И. Название`, its own reader's); and one
word alone is as often a title's or a place's, so it counts as a name only before a short form that ends in its pages
(`Nimi. Pealkiri, lk 60`). Such a reference is read as the same reference with a comma (`stop_as_comma`), as
`namecolon.as_comma` does for a colon.

The container of a chapter or an article in those styles opens with a short word and a colon after the title's
full stop or after a dash (`. Grām.: Krājums`, `. – Rmt: Kogumik`, `– In: Volume`), where the comma styles write
`, in:`; so read (`in_mark_as_in`), unless a publisher and a year follow the colon (GOST's `— Киев: Наукова думка,
1990`: a place). A volume's or an editor's part after a full stop (`. Kd 2. Toim. Ülo Tamm.`, `. Sēj. 2. Red. K. Ozols.`)
is one of the title's parts, set off by a comma in the comma styles (`stop_as_comma` reads it so): the word is the
data's (``reference_words.csv``, kinds ``volume`` and ``role``), the shape says where it stands (a number or a
capital after it).
"""

from __future__ import annotations

import functools
import re

from .names import INITIAL_AFTER, is_name
from .tails import trailing_pages
from .words import LOWER, UPPER, YEAR, alternation, archive_word, folded_forms
from ..patterns import compiled

# initials, then the names (no comma, colon or digit inside), the last word of three letters or more (not `Дж.`), the full stop, a capital after it
_HEAD = compiled(rf"^(?P<authors>(?:[{UPPER}][^\W\d_]?\.\s*)*[^\W\d_][^,.:;()\d]*?[^\W\d_]{{3}})\.\s+(?=[{UPPER}])")

# or the family name first, a comma, then the given names, as a bibliography prints a name (Chicago's bibliography form,
# which Spanish, Portuguese and Latin American notes follow): `Galindo Vácha, Juan Carlos. Título. …`, `Smith, John, and
# Mary Jones. Title. …`; the last given name a word of three letters or more (an initial's full stop is no author's end)
# (a family name in capitals is the ABNT's and the capitals houses', read by their own readers: `REIS, Ana Paula. Título`)
_GIVEN = rf"[{UPPER}]{LOWER}+(?:-[{UPPER}]{LOWER}+)?"
_FAMILY = rf"[{UPPER}]{LOWER}[^\W\d_’'-]*"
_GIVENS = rf"(?:(?:{_GIVEN}|[{UPPER}]\.)\s+){{0,2}}[{UPPER}]{LOWER}{{2,}}(?:-[{UPPER}]{LOWER}+)?"
# (the second author's name in its natural order, a particle perhaps before the surname, `and Gráinne de Búrca`, or
# inverted as the first's, as Spanish notes write it: `Craig, Paul y De Burca, Grainne.`)
_OTHER = rf"(?:(?:{_GIVEN}|[{UPPER}]\.)\s+){{1,3}}(?:(?:{alternation('name_particles.csv')})\s+)?[{UPPER}][^\W\d_’'-]+" \
         rf"|{_FAMILY}(?:[ -]{_FAMILY})?,\s+{_GIVENS}"
_INVERTED = compiled(rf"^(?P<authors>(?P<family>{_FAMILY}(?:[ -]{_FAMILY})?),\s+(?P<given>{_GIVENS})"
                     rf"(?:,?\s+(?P<joined>{alternation('and_words.csv')}|&)\s+(?P<other>{_OTHER}))?)\.\s+(?=[{UPPER}“\"‘«„])")

# after a title's full stop an abbreviation and a colon (`. Grām.: `), after a dash a short word and a colon (`– Rmt: `)
_IN_MARK = compiled(rf"(?:(?<=[^\W\d_]{{2}})\.\s+[{UPPER}]{LOWER}{{1,5}}\.|[.”“\"»]?\s+[–—]\s+[{UPPER}]{LOWER}{{1,4}}\.?):\s+"
                      rf"(?=[{UPPER}„“\"«])")

# `Наукова думка, 1990`, `Вид-во ЛНУ ім. Івана Франка, 2003`: a publisher and a year after a place's colon
_IMPRINT = compiled(rf"[^,:;]{{1,80}}?,?\s+{YEAR}(?![\d–—-])")



@functools.cache
def _part_stop() -> tuple[re.Pattern, re.Pattern]:
    """The full stop before a volume's word and its number or an editor's word and a name (`. Kd 2`, `. Toim. Ülo`),
    and that before an editor's word alone."""
    volume, role = alternation("reference_words.csv", "volume"), alternation("reference_words.csv", "role")
    # (the full stop first, and what stands before it looked behind from after it: the search then goes from one full
    # stop to the next, where the look-behinds first tried the two characters before every position)
    stop = r"\.(?:(?<=[^\W\d_]{2}\.)|(?<=\d\.))\s+"
    return (compiled(rf"{stop}(?=(?i:{volume})\s*\d|(?i:{role})\s*[{UPPER}])"),
            compiled(rf"{stop}(?i:{role})\s*[{UPPER}]"))


def _without_part_stops(piece: str) -> str:
    """``piece`` with commas for the full stops before its parts, when an editor's part is among them (GOST's
    `Сборник. Т. 13. Вып. 2. Тверь, 1898` sets its volume so, and is read by its own reader)."""
    parts, editor = _part_stop()
    return parts.sub(", ", piece) if editor.search(piece) else piece


# the full stop before a publisher's or a university's name (capitalised words) and the year, at the end (pages after)
# (the place and a comma before it, which the readers would take for a title's part, as they do not a place's colon:
# `. Bogotá, Pontificia Universidad Javeriana, 2002, pp. 5`)
_STOP_BEFORE_IMPRINT = compiled(rf"(?<=[^\W\d_]{{3}})\.\s+(?=(?:[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+)?\s*,\s*)?"
                                rf"[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+){{0,3}},\s*{YEAR}"
                                  rf"(?:,[^,]{{1,20}})?\.?$)")

_LISTS = ("reference_words.csv", "see_also.csv", "ibid.csv", "abbreviations.csv", "unit_words.csv", "hereafter.csv")


def _known_words() -> frozenset[str]:
    """The words of the lists, in small letters without their full stop: a lead word, an Ibid., a volume's word."""
    return folded_forms(_LISTS)


def name_stop(piece: str) -> re.Match | None:
    """The authors and full stop opening ``piece``, when they are a person's names (`Heino Tamm. Pealkiri. …`).

    >>> name_stop("Heino Tamm. Vallad Eestis. Tallinn: Olion, 1985, lk 45.").group("authors")
    'Heino Tamm'
    >>> name_stop("J. Kalniņš. Ostas vēsture. Rīga: Liesma, 1970, 45. lpp.").group("authors")
    'J. Kalniņš'
    >>> name_stop("Tamm. Vallad, lk 60").group("authors"), name_stop("Tamm. Op. cit., lk 60").group("authors")
    ('Tamm', 'Tamm')
    >>> [name_stop(text) for text in ("Vgl. Hans Müller, Titel", "Bundesarchiv Berlin. R 43/1234", "Vietnam. A History")]
    [None, None, None]
    >>> name_stop("Taubman W. Khrushchev. The Man. New York, 2003") is None
    True
    """
    piece = piece.strip()
    head = _HEAD.match(piece)
    if head is None:
        return inverted_head(piece)
    authors = head.group("authors").strip()
    words = authors.split()
    if INITIAL_AFTER.search(authors) or archive_word().search(authors) or not is_name(authors) \
            or any(len(word.rstrip(".")) > 1 and word.lower().rstrip(".") in _known_words() for word in words[:1] + words[-1:]):
        return None
    if len(words) == 1 and not _short_form(piece[head.end():]):
        return None
    return head


def inverted_head(piece: str) -> re.Match | None:
    """The family name, the given names and their full stop opening ``piece`` (`_INVERTED`), when a title and then its
    imprint or journal with a year follow them (`Kennan, Memoirs. Boston: Little, Brown, 1967`: the title, no given
    name, before a place alone).

    >>> inverted_head("Galindo Vácha, Juan Carlos. Derecho europeo. Bogotá: Temis, 2002, p. 5.").group("authors")
    'Galindo Vácha, Juan Carlos'
    >>> inverted_head("Kennan, Memoirs. Boston: Little, Brown, 1967") is None
    True
    """
    head = _INVERTED.match(piece)
    if head is None:
        return None
    rest = piece[head.end():]
    year = re.search(YEAR, rest)
    first = rest.split(maxsplit=1)[0].lower().rstrip(".")
    if year is None or not re.search(r"[^\W\d_]{2}[.”\"’»]\s", rest[:year.start()]) or first in _known_words() \
            or not is_name(f"{head.group('given')} {head.group('family')}"):
        return None
    return head


def _short_form(rest: str) -> bool:
    """Whether ``rest`` is one short title or a repeat's word and then the cited pages, after a comma (`Vallad, lk 60`;
    not `WILLIAMSON, Andrew. Title. …, s. 77` after a lead word no list holds, `Porov.`)."""
    start, pages = trailing_pages(rest.rstrip(" ."))
    return bool(pages) and rest[start:start + 1] == "," and "," not in rest[:start] and len(rest) < 100


def stop_as_comma(piece: str) -> str:
    """``piece`` with a comma for the full stop after its authors' names (`name_stop`); else ``piece`` as it is.

    >>> stop_as_comma("Heino Tamm. Vallad Eestis. Tallinn: Olion, 1985, lk 45")
    'Heino Tamm, Vallad Eestis. Tallinn: Olion, 1985, lk 45'
    >>> stop_as_comma("Vgl. Hans Müller, Titel")
    'Vgl. Hans Müller, Titel'
    >>> stop_as_comma("Mari Tamm. Küla koolid. Väitekiri. Tartu Ülikool, 2011, lk 8")
    'Mari Tamm, Küla koolid. Väitekiri, Tartu Ülikool, 2011, lk 8'
    >>> stop_as_comma("Küla ajalugu. Kd 2. Toim. Ülo Tamm. Tallinn: Olion, 1995")
    'Küla ajalugu, Kd 2, Toim. Ülo Tamm. Tallinn: Olion, 1995'
    """
    head = name_stop(piece)
    piece = _without_part_stops(piece.strip())
    if head is None:
        return piece
    return f"{_natural_other(head)}, {_STOP_BEFORE_IMPRINT.sub(', ', piece[head.end():])}"


def _natural_other(head: re.Match) -> str:
    """The authors of ``head`` as the comma styles read them: a second author inverted as the first (`Craig, Paul y De
    Burca, Grainne`) in the order of Chicago's bibliography, given names first (`Craig, Paul, y Grainne De Burca`)."""
    authors = head.group("authors").rstrip()
    other = head.groupdict().get("other") or ""
    if "," not in other:
        return authors
    family, given = (part.strip() for part in other.split(",", 1))
    return f"{head.group('family')}, {head.group('given')}, {head.group('joined')} {given} {family}"


def in_mark_as_in(piece: str) -> str:
    """``piece`` with `, in:` for a container's word and colon after the title's full stop or a dash; else as it is.

    >>> in_mark_as_in("Tamm, Vallad. – Rmt: Kogumik. Tartu: Ilmamaa, 2000, lk 5")
    'Tamm, Vallad, in: Kogumik. Tartu: Ilmamaa, 2000, lk 5'
    >>> in_mark_as_in("Ozols. Dzirnavas. Grām.: Krājums, 5. lpp.")
    'Ozols. Dzirnavas, in: Krājums, 5. lpp.'
    >>> in_mark_as_in("Іванов І. Нариси. – Львів: Вид-во ЛНУ ім. Івана Франка, 2003. – С. 21")
    'Іванов І. Нариси. – Львів: Вид-во ЛНУ ім. Івана Франка, 2003. – С. 21'

    """
    mark = _IN_MARK.search(piece) if ":" in piece else None  # (the mark ends in a colon: most pieces have none)
    if mark is None or _IMPRINT.match(piece, mark.end()):
        return piece
    return f"{piece[:mark.start()].rstrip(' .')}, in: {piece[mark.end():]}"


def full_stop_style(piece: str) -> str:
    """``piece`` with commas where the full-stop styles put full stops: after the authors (`stop_as_comma`) and before
    the container (`in_mark_as_in`).

    >>> full_stop_style("K. Ozols. Dzirnavas. Grām.: Krājums. Rīga: Liesma, 2000, 5. lpp.")
    'K. Ozols, Dzirnavas, in: Krājums. Rīga: Liesma, 2000, 5. lpp.'
    """
    return in_mark_as_in(stop_as_comma(piece))
