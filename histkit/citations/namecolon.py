"""A colon after the authors' names where other styles put a comma: `Vorname Name: Titel, Ort Jahr, S. 45.`

German historians' journals (Geschichte und Gesellschaft, Archiv für Sozialgeschichte) and others set the
authors before a colon and the rest as the comma styles do: `Sabine Kluge: Räumung, in: Archiv für
Sozialgeschichte 48 (2008), S. 201–225`, `Anna Rothe/Karl Weißenborn (Hg.): Stadt und Sozialstaat, Göttingen
2000`. The shape says it, with no word of any language: a person's name of two words or more, or names joined
by `/` (`names.is_name`), and, in brackets, a short role, then the colon. One word alone is as often a title's
(`Vietnam: A History, London 1990`); initials after a name (`Taubman W. Khrushchev: The Man and His Era. New
York, 2003`) are GOST's order, whose colon is a title's; a publisher and a year after the colon (`Buchform
Berlin: Transit 1998.`) make it an imprint's; a second colon before small letters (`Max Beltz: Bibliographie:
ich bin nichts`) heads a list. Such a reference is read as the same reference with a comma (`as_comma`). The Hungarian and Slavic colon styles, whose imprint follows a full stop (`Kovács István: Cím.
Budapest, 1990.`), and their short form `Kovács: Cím, 47` keep their own reader (colon.py), asked first.
"""

from __future__ import annotations

import re

from .caseless import CASELESS
from .names import INITIAL_AFTER, is_name
from .words import LOWER, UPPER, YEAR, alternation
from ..patterns import compiled

# the names, a short role in brackets (`(Hg.)`, `(eds.)`), the colon and the first letter of what follows, or a title
# in quotes closed before a comma (`نۇرمۇھەممەت ياقۇپ: «كىتاب»، ئۈرۈمچى …`, Uyghur's house; `Name: „Titel“, in: …`), not
# a quotation ending the note (`Goethe: „Mehr Licht!“`)
_HEAD = compiled(r"^(?P<authors>[^\W\d_][^:;()\d]{0,60}?)(?P<role>\s*\([^()\d]{1,12}\))?\s*:\s+"
                   r"(?=[^\W\d_„“\"«‘']|[«„“\"][^«»„“”\"]{2,200}[»“”\"]\s*[,،])")

# the persons before the colon: parted by `/` (`Rothe/Weißenborn`); or, in a list that a word for "and" closes before
# a title in quotes, by commas and that word, each a whole name (`Llucía Álvarez, Pelayo Suárez y Nel Rodríguez Cueto:
# "Título", …`, the Spanish colon house's article; not a title's colon before its subtitle, `John Whitfield, Tito's
# Western Bargain: Yugoslavia …`, `Daniel Blatman, For Our Freedom and Yours: The Jewish Labour Bund …`)
_AND = compiled(rf"\s+(?:{alternation('and_words.csv')})\s+(?=[{UPPER}])")
_LISTED = compiled(rf"/|,\s+|{_AND.pattern}")
_SLASH = compiled("/")


# (or, with no quotes, by `&` or a word for "and" when each person opens with an initial: `D. Long & P. Wilson:
# Thinkers of the Twenty Years' Crisis, Oxford, …`; a title's words joined so, `War and Peace: …`, have none)
_AMPERSAND = compiled(rf"\s*&\s*|{_AND.pattern}")
_INITIAL = compiled(rf"^[{UPPER}]\.")


def _persons(authors: str, quoted: bool) -> list[str]:
    if quoted and _AND.search(authors):
        return _LISTED.split(authors)
    joined = _AMPERSAND.split(authors)
    if len(joined) > 1 and all(_INITIAL.match(person.strip()) for person in joined):
        return joined
    return _SLASH.split(authors)


# `Berlin: Transit Buchverlag 1998.`: a publisher and the year after the colon, an imprint's colon after its place
_IMPRINT = compiled(rf"[^.,:;]{{1,60}}?\s{YEAR}(?:[.,;]|\s*$)")

# `Matthias Beltz: Audio-, Video und Bibliographie: ich bin nichts …`: another colon after a word, before small letters
# (not `in:`), heads a list or a quotation, not a title (a place's colon is followed by its publisher, a capital)
# (a script without case has no small letters: `ئۈرۈمچى: شىنجاڭ خەلق نەشرىياتى` is a place and its publisher)
_COLON_BEFORE_SMALL = compiled(rf"(?<!\bin)(?<!\bIn)[^\W\d_]:\s+(?![{CASELESS}]){LOWER}")
# (but a publisher in small letters and its year after a place's colon: `Berlin: de Gruyter 2014`, `Bielefeld:
# transcript 2014`, `Zürich: diaphanes, 2014`)
_SMALL_IMPRINT = compiled(rf"[^.,:;]{{1,40}}?,?\s{YEAR}\b")


def _list_colon(piece: str, start: int) -> bool:
    """Whether a colon after ``start`` heads a list or a quotation (`_COLON_BEFORE_SMALL`), not an imprint's."""
    return any(not _SMALL_IMPRINT.match(piece, m.end() - 1) for m in _COLON_BEFORE_SMALL.finditer(piece, start))


def name_colon(piece: str) -> re.Match | None:
    """The authors and colon opening ``piece``, when they are a person's names (`Jürgen Kastner: Titel, …`).

    >>> name_colon("Jürgen Kastner: Wohnen in der Großstadt, Stuttgart 1997, S. 145.").group("authors")
    'Jürgen Kastner'
    >>> name_colon("Rothe/Weißenborn (Hg.): Stadt und Sozialstaat, Göttingen 2000").group("authors")
    'Rothe/Weißenborn'
    >>> name_colon("Vietnam: A History of the War, London 1990") is None, name_colon("The Cold War: Essays") is None
    (True, True)
    >>> name_colon("Taubman W. Khrushchev: The Man and His Era. New York, 2003") is None
    True
    >>> name_colon("Frankfurt Main: Transit Verlag 1998. Notizen") is None
    True
    >>> name_colon("Max Beltz: Audio und Bibliographie: ich bin nichts, Berlin 2000") is None
    True
    >>> name_colon("Max Beltz: Audio und Bibliographie, Bielefeld: transcript 2000").group("authors")
    'Max Beltz'

    """
    piece = piece.strip()
    head = _HEAD.match(piece)
    if head is None or _IMPRINT.match(piece, head.end()) or _list_colon(piece, head.end()):
        return None
    persons = _persons(head.group("authors"), piece[head.end():head.end() + 1] in ("«", "„", "“", '"'))
    if any(INITIAL_AFTER.search(name) or not is_name(name.strip()) for name in persons):
        return None
    # (one word before a quoted title is a surname, as a short form prints it: `ياقۇپ: «كىتاب…»، 77-بەت`)
    return head if " " in head.group("authors").strip() or "/" in head.group("authors") \
        or piece[head.end():head.end() + 1] in ("«", "„", "“", '"') else None


def as_comma(piece: str) -> str:
    """``piece`` with a comma for the colon after its authors' names (`name_colon`); else ``piece`` as it is.

    >>> as_comma("Sabine Kluge: Räumung, in: Archiv für Sozialgeschichte 48 (2008), S. 201–225")
    'Sabine Kluge, Räumung, in: Archiv für Sozialgeschichte 48 (2008), S. 201–225'
    >>> as_comma("Minute: TNA, FO 371/1")
    'Minute: TNA, FO 371/1'
    """
    piece = piece.strip()
    head = name_colon(piece)
    if head is None:
        return piece
    return f"{head.group('authors').rstrip()}{head.group('role') or ''}, {piece[head.end():]}"
