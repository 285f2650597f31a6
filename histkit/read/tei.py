"""Reading a TEI file: the article's text with its headings, its `<note>`s where they are called, and its pages.

TEI encodes what a layout must otherwise guess: `<head>` is a heading, `<p>`
a paragraph, `<note>` a note standing where the text calls it, `<pb/>` a page
break; `text/front` is front matter and `text/back` back matter. A note that
stands outside the paragraphs (in `back`, `standOff` or a `listNote`) is
called where its ``@target`` anchor stands, or where a `<ref>`/`<ptr>` points
to it. A note's ``@n`` gives its number; the punctuation printed around it
(``1)``, ``[1]``) is its marker's, not the number's. A note continued on the
next page is written in parts linked by ``@next``/``@prev``: they are one note.
The header gives title, author and year.

A TEI file with no `<text>` (e.g. only references in `standOff/listBibl`)
holds no article to read, and XML that is not TEI is not read: both raise
`CorpusError` naming what the file is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError, Problem
from ..version import __version__
from .formats import Parsed
from .xmltext import Call, NoteText, Paragraph, build_text, distinct_label, local, parse_xml, relabel_problem, squeeze

_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Elements that hold blocks (paragraphs, heads, items, entries), not running text.
CONTAINERS = frozenset(
    "text front body back group div div1 div2 div3 div4 div5 div6 div7 list listBibl table lg docImprint titlePage "
    "floatingText argument epigraph opener closer sp spGrp listNote castList castGroup listPerson listPlace listOrg "
    "listEvent standOff".split())
# Inline elements that each start a new item of the text: a space keeps their words apart.
_SPACED = frozenset("cell item l p ab head bibl lb cb label".split())
# Of a <choice>, the reading to keep (the corrected, regularised, expanded form).
_CHOSEN = ("corr", "reg", "expan")
_FIX_XML = "fix the XML (`xmllint --noout FILE` shows where) and load it again"


def read_tei(path: Path, data: bytes) -> Parsed:
    r"""The text of a TEI file: front, headings, paragraphs and back, each `<note>` as a note called where it stands.

    >>> tei = b'''<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
    ...   <title>Tito and Spaak</title></titleStmt></fileDesc></teiHeader>
    ...   <text><body><pb n="3"/><p>Tito met
    ...   Spaak.<note place="foot" n="1">AJ, 507.</note></p></body></text></TEI>'''
    >>> parsed = read_tei(Path("a.xml"), tei)
    >>> parsed.text
    'Tito and Spaak\n\nTito met Spaak.1\n\n1 AJ, 507.\n'
    >>> [(r.zone, r.page) for r in parsed.regions], parsed.marks, parsed.meta["title"]
    ([('front', None), ('body', 3), ('note', 3)], (NoteMark(note_no='1', start=31, end=32),), 'Tito and Spaak')
    """
    root = parse_xml(path, data, "it", _FIX_XML)
    name = local(root.tag)
    if name == "teiCorpus":
        count = sum(1 for child in root if local(child.tag) in ("TEI", "TEI.2"))
        raise CorpusError(path, f"is a teiCorpus of {count} TEI documents; save each <TEI> as a file of its own")
    if name not in ("TEI", "TEI.2"):
        space = re.match(r"\{(.*)\}", root.tag)
        raise CorpusError(path, f"is XML but not TEI: its root element is <{name}>"
                                + (f" (namespace {space.group(1)})" if space else "")
                                + "; histkit reads TEI (root <TEI>), Word (.docx), PDF and text files")
    text = _child(root, "text")
    if text is None:
        refs = any(local(e.tag) in ("standOff", "listBibl", "biblStruct") for e in root.iter())
        raise CorpusError(path, "has no <text>: "
                          + ("a TEI file of references only (standOff/listBibl), not an article; nothing to read" if refs
                             else "a TEI header only, not an article; nothing to read"))
    header = _child(root, "teiHeader")
    walk = _Walk([text] + [e for e in root if local(e.tag) == "standOff"])
    titles = _titles(header)
    if titles and not any(local(e.tag) in ("docTitle", "titlePart") for e in text.iter()):
        walk.inline_of(titles, "front")  # the article's title, with the notes it carries, opens the text
    walk.blocks(text, "body")
    walk.finish()
    if not any(isinstance(p, str) and p.strip() for para in walk.paragraphs for p in para.pieces):
        raise CorpusError(path, "has a <text> with no words in it; nothing to read")
    built, regions, marks = build_text(walk.paragraphs, walk.notes)
    meta = {"source_format": "tei", "extractor": f"histkit TEI reader {__version__} (python stdlib)"}
    meta.update(_header_meta(header, titles, text, root))
    if walk.breaks:
        meta["n_pages"] = walk.breaks
    return Parsed(built, regions, marks, meta, tuple(walk.problems))


def _child(element, name: str):
    return next((c for c in element if local(c.tag) == name), None) if element is not None else None


def _titles(header) -> list:
    """The article's title elements in the header (a subtitle included; a journal's or series' title not)."""
    statement = _child(_child(header, "fileDesc"), "titleStmt")
    if statement is None:
        return []
    return [t for t in statement if local(t.tag) == "title" and t.get("level") not in ("j", "s", "u")
            and t.get("type") not in ("short", "alt", "abbreviated", "abbr")]


def _target_ids(value: str | None) -> list[str]:
    return [v[1:] for v in (value or "").split() if v.startswith("#")]


class _Walk:
    """The walk through `<text>`: paragraphs with their note calls, the notes in call order, the current page."""

    def __init__(self, scopes: list) -> None:
        self.paragraphs: list[Paragraph] = []
        self.notes: list[NoteText] = []
        self.problems: list[Problem] = []
        self.page: int | None = None
        self.breaks = 0
        self._labels: dict[int, Call] = {}  # id(note element) -> its call, once gathered
        self._taken: set[str] = set()
        # Notes standing outside the paragraphs are called from elsewhere: where their @target anchor stands,
        # or where a <ref>/<ptr> points at them.
        self.anchored: dict[str, object] = {}
        self.by_id: dict[str, object] = {}
        self.outside: list = []
        self.parts = _note_parts([e for scope in scopes for e in scope.iter() if local(e.tag) == "note"])
        for parent in (e for scope in scopes for e in scope.iter()):
            if local(parent.tag) not in CONTAINERS:
                continue
            for child in parent:
                if local(child.tag) == "note":
                    self.outside.append(child)
                    for anchor in _target_ids(child.get("target")):
                        self.anchored.setdefault(anchor, child)
                    if child.get(_XML_ID):
                        self.by_id[child.get(_XML_ID)] = child

    def blocks(self, element, zone: str) -> None:
        """The blocks of a container, each a paragraph of ``zone`` (a head in the body is a heading)."""
        for child in element:
            name = local(child.tag)
            if name in ("front", "back"):
                self.blocks(child, name)
            elif name == "body":
                self.blocks(child, "body")
            elif name == "pb":
                self._page_break(child)
            elif name == "note":
                if id(child) not in self.parts.head:
                    self._gather(child)  # a note between blocks; a call elsewhere may still point at it
            elif name == "fw":
                self.inline_of([child], "running_head")
            elif name in CONTAINERS:
                if (child.text or "").strip():
                    self.paragraphs.append(Paragraph(zone, [child.text], self.page))
                self.blocks(child, zone)
            elif name not in ("anchor", "milestone", "gap", "lb", "cb"):
                self.inline_of([child], "heading" if name == "head" and zone == "body" else zone)
            if (child.tail or "").strip():
                self.paragraphs.append(Paragraph(zone, [child.tail], self.page))

    def inline_of(self, elements: list, zone: str) -> None:
        """One paragraph of the running text of ``elements`` (several are joined by a space)."""
        para = Paragraph(zone, [], self.page)
        for k, element in enumerate(elements):
            if k:
                para.pieces.append(" ")
            self._inline(element, para.pieces, top=True)
        para.pieces = _squeezed(para.pieces)
        self.paragraphs.append(para)

    def _inline(self, element, pieces: list, top: bool = False) -> None:
        if not top:
            name = local(element.tag)
            if name == "note":
                if id(element) not in self.parts.head:  # a note's continuation (on the next page) is no call
                    pieces.append(self._gather(element))
                return self._tail(element, pieces)
            if name == "pb":
                self._page_break(element)
                return self._tail(element, pieces)
            if name in ("ref", "ptr") and any(t in self.by_id for t in _target_ids(element.get("target"))):
                note = self.by_id[next(t for t in _target_ids(element.get("target")) if t in self.by_id)]
                pieces.append(self._gather(note))  # the ref's own text is the printed marker
                return self._tail(element, pieces)
            if name == "fw":
                return self._tail(element, pieces)
            if name in _SPACED and _spaced(element):
                pieces.append(" ")
            if name == "choice":
                chosen = next((c for want in _CHOSEN for c in element if local(c.tag) == want), None)
                if chosen is None and len(element):
                    chosen = element[0]
                if chosen is not None:
                    self._inline(chosen, pieces)
                return self._tail(element, pieces)
        pieces.append(element.text or "")
        for child in element:
            self._inline(child, pieces)
        anchored = element.get(_XML_ID) and self.anchored.get(element.get(_XML_ID))
        if anchored is not None and not top:
            pieces.append(self._gather(anchored))
        if not top:
            self._tail(element, pieces)

    @staticmethod
    def _tail(element, pieces: list) -> None:
        pieces.append(element.tail or "")

    def _page_break(self, element) -> None:
        self.breaks += 1
        number = (element.get("n") or "").strip()
        self.page = int(number) if number.isdigit() else self.breaks

    def _gather(self, note) -> Call:
        """The call of ``note``; its text (with its continuations) joins the notes the first time it is met.

        Its label is the number ``@n`` gives, without the punctuation printed
        around it (``1)``, ``(1)``, ``[1]``, ``1.``), which stays the marker.
        """
        note = self.parts.head.get(id(note), note)
        if id(note) in self._labels:
            return self._labels[id(note)]
        printed = (note.get("n") or "").strip()
        label = note_number(printed) or str(len(self.notes) + 1)
        new = distinct_label(label, self._taken)
        if new != label:
            self.problems.append(relabel_problem(label, new))
        self._taken.add(new)
        call = self._labels[id(note)] = Call(new, printed if printed and printed != new and new == label else None)
        text = " ".join(squeeze(_plain(part)) for part in [note, *self.parts.rest.get(id(note), [])])
        self.notes.append(NoteText(new, squeeze(text), self.page))
        return call

    def finish(self) -> None:
        """Notes outside the paragraphs that nothing called are read too, after the others."""
        uncalled = [n for n in self.outside if id(n) not in self._labels and id(n) not in self.parts.head]
        for note in uncalled:
            self._gather(note)
        if uncalled:
            self.problems.append(Problem("", "read", f"{len(uncalled)} note(s) outside the paragraphs are called "
                                                     "nowhere in the text (no @target anchor or <ref> to them)"))


_LABEL = re.compile(r"[(\[{]*\s*(\w+)\s*[)\]}.:]*")


def note_number(label: str) -> str:
    """The number a note's ``@n`` gives: the label without the punctuation printed around it; a symbol as it is.

    >>> [note_number(n) for n in ("1)", "(12)", "[3]", "4.", "a", "*", "")]
    ['1', '12', '3', '4', 'a', '*', '']
    """
    found = _LABEL.fullmatch(label)
    return found.group(1) if found else label


@dataclass
class _Parts:
    """Notes split into parts (a note continued on the next page): each later part's first part, each first's rest."""

    head: dict[int, object] = field(default_factory=dict)
    rest: dict[int, list] = field(default_factory=dict)


def _note_parts(notes: list) -> _Parts:
    """Which notes continue an earlier one, as TEI links the parts of one note.

    A part names the next by ``@next`` or the one before by ``@prev``; some
    files instead point a continuation with no label of its own (no ``@n``)
    at its first part by ``@sameAs``, ``@corresp`` or ``@copyOf``. Only links
    back to a note standing earlier count, so a chain cannot loop.
    """
    order = {id(n): k for k, n in enumerate(notes)}
    by_id = {n.get(_XML_ID): n for n in notes if n.get(_XML_ID)}
    before: dict[int, object] = {}  # id(part) -> the part it continues
    for note in notes:
        links = [(note, t) for t in _target_ids(note.get("prev"))[:1]]
        links += [(by_id[t], note) for t in _target_ids(note.get("next"))[:1] if t in by_id]
        if not (note.get("n") or "").strip():
            links += [(note, t) for a in ("sameAs", "corresp", "copyOf") for t in _target_ids(note.get(a))[:1]]
        for part, earlier in links:
            earlier = by_id.get(earlier) if isinstance(earlier, str) else earlier
            if earlier is not None and order[id(earlier)] < order[id(part)]:
                before.setdefault(id(part), earlier)
    parts = _Parts()
    for note in notes:
        if id(note) in before:
            first, seen = before[id(note)], {id(note)}
            while id(first) in before and id(first) not in seen:
                seen.add(id(first))
                first = before[id(first)]
            parts.head[id(note)] = first
            parts.rest.setdefault(id(first), []).append(note)
    return parts


def _squeezed(pieces: list) -> list:
    """The pieces with neighbouring strings joined and each run of white space one space.

    White space in TEI's running text is the layout of the XML file, not of the text.
    """
    out: list = []
    for piece in pieces:
        if isinstance(piece, str) and out and isinstance(out[-1], str):
            out[-1] += piece
        else:
            out.append(piece)
    return [re.sub(r"\s+", " ", p) if isinstance(p, str) else p for p in out]


def _spaced(element) -> bool:
    """Whether an item or line begins here with a space (not a line break inside a word, `<lb break="no"/>`)."""
    return element.get("break") != "no"


def _plain(element) -> str:
    """The text of an element as read: of a <choice> one reading, no forme work, items kept apart by a space."""
    parts = [element.text or ""]
    for child in element:
        name = local(child.tag)
        if name in _SPACED and _spaced(child):
            parts.append(" ")
        if name == "choice":
            chosen = next((c for want in _CHOSEN for c in child if local(c.tag) == want), child[0] if len(child) else None)
            parts.append(_plain(chosen) if chosen is not None else "")
        elif name not in ("fw", "pb"):
            parts.append(_plain(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _header_meta(header, titles: list, text, root) -> dict:
    """Title, author, year and language as the header (or the text's xml:lang) states them."""
    meta = {}
    title = squeeze(" ".join(_without_notes(t) for t in titles))
    if title:
        meta["title"] = title
    statement = _child(_child(header, "fileDesc"), "titleStmt")
    authors = [_person(a) for a in (statement if statement is not None else []) if local(a.tag) == "author"]
    if any(authors):
        meta["author"] = "; ".join(a for a in authors if a)
    year = _year(header)
    if year:
        meta["year"] = year
    language = text.get(_XML_LANG) or root.get(_XML_LANG)
    if not language and header is not None:
        language = next((e.get("ident") for e in header.iter() if local(e.tag) == "language" and e.get("ident")), None)
    if language:
        meta["language"] = language
    return meta


def _without_notes(element) -> str:
    parts = [element.text or ""]
    for child in element:
        if local(child.tag) != "note":
            parts.append(_without_notes(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _person(author) -> str:
    """An author's name: forenames and surnames where they are tagged, else the name as written."""
    holder = next((e for e in author.iter() if local(e.tag) in ("persName", "name")), author)
    names = {"forename": [], "surname": []}
    for e in holder.iter():
        if local(e.tag) in names:
            names[local(e.tag)].append(squeeze("".join(e.itertext())))
    if any(names.values()):
        return squeeze(" ".join(names["forename"] + names["surname"]))
    if holder is not author:
        return squeeze("".join(holder.itertext()))
    return squeeze(author.text or "") or squeeze("".join(author.itertext()))


def _year(header) -> str | None:
    """The year of publication: publicationStmt's date first, then any date of the file description."""
    described = _child(header, "fileDesc")
    if described is None:
        return None
    places = [_child(described, "publicationStmt"), described]
    for place in places:
        for date in (e for e in (place.iter() if place is not None else ()) if local(e.tag) == "date"):
            found = re.search(r"\b(\d{4})\b", " ".join([date.get("when", ""), "".join(date.itertext())]))
            if found:
                return found.group(1)
    return None
