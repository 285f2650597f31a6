"""References in the colon styles: the author's name, a colon, then the title (`read_colon_reference`).

Hungarian books ``Kovács István: Cím. Alcím. Budapest, Akadémiai Kiadó, 1990. 45–50.`` (pages without ``p.``),
articles ``Szabó Péter: Cím. Századok, 124. (1990) 3. sz. 45–67.``, chapters ``Tóth Anna: Cím. In: Nagy Béla
(szerk.): Kötet. Budapest, 1995. 12–30.`` or ``In: Kötet. Szerk. Nagy Béla. Budapest, 1995.``, and the short form
``Kovács: i. m. 47.``. The Slovene, Czech and Slovak order is the same: ``Janez Novak: Naslov. Ljubljana : Slovenska
matica, 1990, str. 45.``, ``Novák, Jan: Název. Praha 1990, s. 12``, articles ``Naslov. Zgodovinski časopis, 44,
1990, št. 2, str. 12–30``, chapters ``V: Zbornik (ur. Ime Priimek). Kraj : Založba, 2001``, the short form
``Novak: Naslov, str. 20``. Names are printed as written. The words (``szerk.``, ``köt.``, ``évf.``, ``sz.``,
``i. m.``; ``ur.``, ``zv.``, ``št.``, ``č.``, ``V:``) are data: ``data/citations/reference_words.csv``.
"""

from __future__ import annotations

import functools
import re

from .names import is_name, names_joined
from .repeatshape import repeat_alone
from .words import YEAR, alternation, forms
from ..patterns import compiled

# the Latin capitals of `words.UPPER`: a Cyrillic reference with a colon is GOST's (`Название : подзаголовок`, gost.py)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŹŻŽ"
# `(London: Tauris, 2011)`: another style's imprint
_BRACKETED_IMPRINT = compiled(r"\([^()]*:")
_PAGE_WORD = r"(?:o|old|p)\.?"  # `45. o.`: a page mark after the number, when there is one
# `…, str. 45`, `…, s. 12–30`: a page mark before the number, after a comma
_PAGE_MARK = r"(?:str|s|S|pp?)\."
# `A kérdésről részletesen Kovács István: Cím. …`: a few words of prose (small letters after the first) before the authors
# (`O tem več v: Ime Priimek: …`: the prose may end with `in:`)
_PROSE = compiled(rf"^[{_UP}]?[^\W\d_]*(?:\s+[^\W\d_{_UP}][^\W\d_]*){{1,8}}:?\s+(?=[{_UP}])")
_NAME = rf"(?:(?:ifj|id)\.\s+)?[{_UP}][\w’'-]*\.?(?:\s+[{_UP}][\w’'-]*\.?){{0,3}}"  # (`ifj.`, `id.`: the younger, the elder)
# `Novák, Jan`: the family name, a comma, the given name (Czech, Slovak)
_INVERTED = rf"[{_UP}][\w’'-]*,\s+[{_UP}][\w’'-]*\.?(?:\s+[{_UP}][\w’'-]*\.?)?(?=\s*[:–—]|\s+[^\W\d_{_UP}]+\s)"


@functools.cache
def _same_author_hu() -> tuple[str, ...]:
    return tuple(forms("reference_words.csv", "same_author", "hu"))


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    role = f"{alternation('reference_words.csv', 'role_hu')}|{alternation('reference_words.csv', 'role')}"
    volume = f"{alternation('reference_words.csv', 'volume_hu')}|{alternation('reference_words.csv', 'volume')}"
    issue = alternation("reference_words.csv", "issue")
    # (the marks of ``reference_words.csv`` too: `Hallam: Mineros y república, páx. 80`)
    page_mark = rf"(?:{_PAGE_MARK}|{alternation('reference_words.csv', 'page_mark')})"
    # (a particle or two before a name: `FERNÁNDEZ GARCÍA y de la Fuente Rubiera:`)
    name = rf"(?:{_INVERTED}|(?:(?:{alternation('name_particles.csv')})\s+){{0,2}}{_NAME})"
    # `Hribar in Mlakar`, `Kiss – Papp`, `Llucía Álvarez, Pelayo Suárez y Nel Rodríguez Cueto`
    joined = rf"(?:\s+[–—]\s+|\s+(?:{alternation('and_words.csv')})\s+|,\s+)"
    return {
        # `Kovács István:`, `Kovács István – Szabó Péter:`, `Nagy Béla (szerk.):`
        # (`Uő.` or `uő:`, the same author as before, stands where the authors would)
        "head": compiled(rf"^(?:(?P<authors>{name}(?:{joined}{name}){{0,3}})(?:\s*\((?:{role})\))?\s*:"
                           rf"|(?P<same>{alternation('reference_words.csv', 'same_author', 'hu')})[.:])\s+(?=\S)"),
        "op cit": compiled(rf"^(?:{alternation('reference_words.csv', 'op_cit_hu')})(?=[\s.,]|$)"),
        # a book cited before: `V: Zbornik, nav. delo`, `In: Sborník, c. d.`
        "cited": compiled(rf",\s*(?:{alternation('reference_words.csv', 'op_cit')}|{alternation('reference_words.csv', 'op_cit_title')})"
                            rf"(?=[\s.,]|$)", re.IGNORECASE),
        # `In: Szerk. Nagy Béla: Kötet.`, `In: Nagy Béla (szerk.): Kötet.`, `In: Kötet. Szerk. Nagy Béla.`
        "in": compiled(rf"[.,]\s+(?:In:|{alternation('reference_words.csv', 'in')})\s*"),  # (`V:`, `W:`)
        "editor before": compiled(rf"^(?:(?:{role}):?\s+{_NAME}|{_NAME}\s*\((?:{role})\))\s*:\s*"),
        "editor after": compiled(rf"\.\s+(?:{role}):?\s+{_NAME}(?=\.|$)|\s*\((?:{role})\s[^()]*\)"),  # `(ur. Ime Priimek)`
        # `Századok, 124. (1990) 3. sz.`, `Agrártörténeti Szemle 32. évf. (1990) 1–2. sz.` (a new series before the
        # volume no part of the name: `Debreceni Szemle, új folyam 6 (1998)`)
        "journal": compiled(rf"\.\s+(?P<container>[{_UP}][^.()]{{1,120}}?),?\s+"
                              rf"(?:(?:{alternation('reference_words.csv', 'new_series')})\s*,?\s*)?(?P<volume>\d+)\.?\s*"
                              rf"(?:(?:{alternation('reference_words.csv', 'volume_hu')})\s*)?\((?P<year>{YEAR})\)"
                              rf"(?:\s*(?P<issue>\d+(?:\s*[–/-]\s*\d+)?)\.?\s*(?:{alternation('reference_words.csv', 'issue_hu')}))?"),
        # `Zgodovinski časopis, 44, 1990, št. 2`, `Český časopis historický 95, 1997, č. 2`, `…, roč. 38, 1990`
        "journal comma": compiled(rf"\.\s+(?P<container>[{_UP}][^.()\d]{{1,120}}?),?\s+(?:(?:{volume})\s*)?"
                                    rf"(?P<volume>\d+),\s*(?P<year>{YEAR})(?![\d–—-])"
                                    rf"(?:,\s*(?:{issue})\s*(?P<issue>\d+(?:\s*[–/-]\s*\d+)?))?"),
        # `Századok, 1990. 3. sz.`, `Századok 1990/3`: no volume, the year and the issue
        "journal year": compiled(rf"\.\s+(?P<container>[{_UP}][^.()]{{1,120}}?),?\s+(?P<year>{YEAR})"
                                   rf"(?:/(?P<slash>\d+)|\.\s*(?P<issue>\d+(?:\s*[–/-]\s*\d+)?)\.\s*"
                                   rf"(?:{alternation('reference_words.csv', 'issue_hu')}))"),
        # `Kovács: A szőlőművelés… 47.`: a short title and pages, no year
        # (`Kerekes: Tej és hitel, 95–97.`: the pages after the comma with no mark too)
        "short": compiled(rf"(?!.*{YEAR})[{_UP}][^:]{{1,160}}?(?:[.…]\s+|,\s*(?:{page_mark}\s*)?)\d+(?:\s*[–—-]\s*\d+)?\.?(?:\s*{_PAGE_WORD})?\s*"),
        # `Budapest, Akadémiai Kiadó, 1990`, `Bp., 1995`, `Miskolc 1998`, `Ljubljana : Slovenska matica, 1990`
        "imprint": compiled(rf"(?:^|\.\s+)(?P<place>[{_UP}][\w-]+\.?(?:[–-][{_UP}][\w-]+)?)"
                              rf"(?:(?:,|\s*:)\s*(?P<publisher>[^,.:]{{2,80}}?))?,?\s+(?P<year>{YEAR})(?![\d–—-])"),
        # `I. köt.`, `2. kiad.` (the number first), `Zv. 2.` (the word first)
        "part": compiled(rf"(?:^|\.\s+)(?:(?P<no>\d+|[IVXLC]+)\.\s*(?:{alternation('reference_words.csv', 'volume_hu')}"
                           rf"|{alternation('reference_words.csv', 'edition_hu')})|(?:{volume})\s*(?P<after>\d+|[IVXLC]+)\.?)(?=\s|$)"),
        "volume word": compiled(volume),
        # (the page cited after the article's or chapter's, after a word for "here": `455–480., itt: 460.`)
        "pages": compiled(rf"(?:(?<=[.)…])\s+|,\s*(?:{page_mark}\s*)?)(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)\s*\.?"
                            rf"(?:\s*{_PAGE_WORD})?(?:\s*,\s*(?:{alternation('reference_words.csv', 'here')}):?\s*"
                            rf"(?P<cited>\d+(?:\s*[–—-]\s*\d+)?)\.?)?\s*$"),
    }


def colon_head(piece: str) -> re.Match | None:
    """The authors and colon opening a Hungarian reference (`Kovács István: `), when a reference follows them.

    >>> colon_head("Kovács István: A szőlő. Budapest, 1990. 45.").group("authors")
    'Kovács István'
    >>> colon_head("Kovács: i. m. 47.").group("authors"), colon_head("Minute: TNA, FO 371/1")
    ('Kovács', None)
    """
    piece = piece.strip()
    if ":" not in piece and not piece.startswith(_same_author_hu()):  # (every head but `Uő.` ends with a colon)
        return None
    head = _patterns()["head"].match(piece)
    prose = _PROSE.match(piece) if head is None else None
    if prose:  # `O tem več v: Stane Pirc: Naslov. …`: the authors after a few words of prose
        piece = piece[prose.end():]
        head = _patterns()["head"].match(piece)
    if head is None:
        return None
    # (a title after the author's name and a comma is no second author: `D. Rodrik, The Globalization Paradox: …`)
    if ", " in (head.group("authors") or "") and not all(is_name(part) or names_joined(part, short=True)
                                                         for part in head.group("authors").split(", ")):
        return None
    rest = piece[head.end():]
    p = _patterns()
    if _BRACKETED_IMPRINT.search(rest):  # `Tito: A Biography (London: I.B. Tauris, 2011)`: a title's colon
        return None
    if _op_cit(rest) or p["short"].fullmatch(rest):
        return head
    inside = p["in"].search(rest)
    if inside and p["cited"].search(rest, inside.end()):  # `Naslov. V: Zbornik, nav. delo, str. 231–250`
        return head
    found = re.search(rf"[.,]\s+[^.]*?{YEAR}", rest)
    if found and (p["in"].search(rest) or p["journal"].search(rest) or p["journal comma"].search(rest)
                  or p["imprint"].search(rest, found.start())):
        return head
    return None


def _op_cit(rest: str) -> re.Match | None:
    """An op. cit. after the authors' colon: `i. m.` (kind ``op_cit_hu``), or a word shaped as one (`repeat_alone`)."""
    return _patterns()["op cit"].match(rest) or repeat_alone(rest)


def colon_op_cit(text: str) -> bool:
    """Whether ``text`` is the short form `Name: i. m.` (op. cit.) of a Hungarian reference.

    >>> colon_op_cit("Kovács: i. m. 47."), colon_op_cit("Kovács István: A szőlő. Budapest, 1990.")
    (True, False)
    """
    head = colon_head(text)
    return head is not None and _op_cit(head.string[head.end():]) is not None  # (after prose: `Lásd még Név: i. m.`)


def read_colon_reference(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a Hungarian reference (authors, title, container, volume, issue, place, publisher, year, pages).

    >>> ref = dict.fromkeys(("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages"), "")
    >>> read_colon_reference("Szabó Péter: A filoxéra. Századok, 124. (1990) 3. sz. 45–67.", ref)
    True
    >>> ref["authors"], ref["title"], ref["container"], ref["volume"], ref["year"], ref["issue"], ref["pages"]
    ('Szabó Péter', 'A filoxéra', 'Századok', '124', '1990', '3', '45–67')

    False (``ref`` untouched) for what is not written so.
    """
    head = colon_head(text)
    if head is None:
        return _read_without_authors(text, ref)
    p = _patterns()
    found = {"authors": (head.group("authors") or head.group("same")).strip()}
    rest = head.string[head.end():].rstrip()
    pages = p["pages"].search(rest)
    if pages and not re.fullmatch(YEAR, pages.group("pages")):
        found["pages"] = ", ".join(filter(None, pages.group("pages", "cited")))
        rest = rest[:pages.start()]
    rest = rest.rstrip(" ,")
    if _op_cit(rest):
        found["title"] = ""
    else:
        _read_body(rest, found)
    ref.update({k: v for k, v in found.items() if v})
    return True


# `Magyarország vármegyéi és városai. II. köt. Budapest, 1897. 134.`: a book without authors, its title, imprint and
# the pages after the year's full stop, with no mark (the Hungarian order)
_WITHOUT_AUTHORS = compiled(rf"(?P<body>[{_UP}][^:;]{{2,300}}?\.\s+[{_UP}][\w-]+\.?(?:,\s*[^,.:]{{2,80}}?)?,?\s+{YEAR})\.\s+"
                              r"(?P<pages>\d+(?:\s*[–—-]\s*\d+)?)\.?")


def _read_without_authors(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a Hungarian book without authors (`_WITHOUT_AUTHORS`); False (``ref`` untouched) if not one.

    >>> ref = dict.fromkeys(("title", "volume", "place", "year", "pages"), "")
    >>> _read_without_authors("Magyarország vármegyéi és városai. II. köt. Budapest, 1897. 134.", ref)
    True
    >>> ref["title"], ref["volume"], ref["place"], ref["year"], ref["pages"]
    ('Magyarország vármegyéi és városai', 'II', 'Budapest', '1897', '134')
    """
    book = _WITHOUT_AUTHORS.fullmatch(text.strip())
    found: dict = {"pages": book.group("pages")} if book else {}
    if book is not None:
        _read_imprint(book.group("body"), found)
    if not found.get("year"):
        return False
    found["title"] = _title(book.group("body")[:found.pop("_imprint_at")])
    ref.update({k: v for k, v in found.items() if v})
    return True


def _read_body(rest: str, found: dict) -> None:
    """Title and what holds it: `In:` a book or a journal, a journal's volume and `(year)`, or the book's own imprint."""
    p = _patterns()
    inside = p["in"].search(rest)
    if inside is not None:
        found["title"] = _title(rest[:inside.start()])
        container = p["editor before"].sub("", rest[inside.end():])
        if _read_journal(f". {container}", found):  # `In: Századok, 124. (1990)`
            found.pop("_journal_at")
            return
        _read_imprint(container, found)
        container = container[:found.pop("_imprint_at", len(container))]
        found["container"] = _title(p["editor after"].sub("", p["cited"].sub("", container)))
    elif _read_journal(rest, found):
        found["title"] = _title(rest[:found.pop("_journal_at")])
    else:
        _read_imprint(rest, found)
        found["title"] = _title(rest[:found.pop("_imprint_at", len(rest))])


def _read_journal(text: str, found: dict) -> bool:
    """The journal, volume, year and issue in ``text`` (``_journal_at``: where they start); False if none."""
    p = _patterns()
    journal = p["journal"].search(text) or p["journal comma"].search(text) or p["journal year"].search(text)
    if journal is None:
        return False
    found.update(container=journal.group("container").strip(), volume=journal.groupdict().get("volume") or "",
                 year=journal.group("year"), _journal_at=journal.start(),
                 issue=(journal.group("issue") or journal.groupdict().get("slash") or "").replace(" ", ""))
    return True


def _read_imprint(text: str, found: dict) -> None:
    """Place, publisher and year of the last imprint in ``text``; where it starts (``_imprint_at``)."""
    imprints = list(_patterns()["imprint"].finditer(text))
    if not imprints:
        return
    imprint = imprints[-1]
    found.update(place=imprint.group("place").strip(), publisher=(imprint.group("publisher") or "").strip(),
                 year=imprint.group("year"), _imprint_at=imprint.start())
    part = _patterns()["part"].search(text)
    if part and _patterns()["volume word"].search(part.group()):
        found["volume"] = part.group("no") or part.group("after")


def _title(text: str) -> str:
    """A title as written, without a volume or edition after it (`I. köt.`, `2. kiad.`) or an editor."""
    p = _patterns()
    text = p["editor after"].sub("", text.strip(" .,"))
    part = p["part"].search(f"{text}.")  # (the full stop after `II. köt.` is the one before the imprint)
    if part and part.start() > 0:
        text = text[:part.start()]
    return text.strip(" .,")
