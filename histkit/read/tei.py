"""Reading a TEI file: the article's text with its headings, its `<note>`s where they are called, and its pages.

TEI encodes what a layout must otherwise guess: `<head>` is a heading, `<p>` a
paragraph, `<note>` a note standing where the text calls it, `<pb/>` a page
break; `text/front` is front matter and `text/back` back matter. A note that
stands outside the paragraphs (in `back`, `standOff` or a `listNote`) is
called where its ``@target`` anchor stands (the last of them in the text
where it lists a passage's start and end), or the `<anchor/>` its
``@corresp`` names (as files linking each note back to its call do), or where
a `<ref>`/`<ptr>` points to it, or (as OJS and Érudit export them) where a
``<ref n="3">3</ref>`` shares its ``@n``, or where a raised number shares it.
A note's ``@n`` gives its number;
the punctuation printed around it (``1)``, ``[1]``) is its marker's, not the
number's, and notes numbered from 1 again are numbered on; notes marked only
by symbols or letters (``*``, ``†``, ``a``) are numbered in reading order, the
mark their marker. A gloss (``<note type="gloss">``) explains a word where it stands: neither a note nor
the text. A note continued on the next page is written in parts linked by
``@next``/``@prev``: they are one note. An edition's source markup is read as
its reading text: the lemma of an `<app>`, one reading of a `<choice>`, no
`<del>`, a word broken at `<lb break="no"/>` joined. The header gives title,
author and year; a `<teiCorpus>` is read as one document, its articles in
order, each opening with its title as a heading.

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
from .teicalls import XML_ID as _XML_ID, CallPoints, raised_call, target_ids
from .teiheader import header_meta, members, members_meta, titles
from .teinotes import (NoteSeries, by_symbols, head_label, keyed_commentary, not_a_note, note_number, printed_mark,
                       set_aside, tei_note)
from .teitokens import respace
from .xmltext import (Call, NoteText, Paragraph, build_text, child_named, distinct_label, local, parse_xml, relabel_problem,
                      shown_address, squeeze, squeezed_pieces, words_of)

#: Elements that hold blocks (paragraphs, heads, items, entries), not running text.
CONTAINERS = frozenset(
    "text front body back group div div1 div2 div3 div4 div5 div6 div7 list listBibl table lg docImprint titlePage "
    "floatingText argument epigraph opener closer sp spGrp listNote castList castGroup listPerson listPlace listOrg "
    "listEvent standOff listAnnotation annotation".split())
# Inline elements that each start a new item of the text: a space keeps their words apart.
_SPACED = frozenset("cell item l p ab head bibl lb cb label".split())
# Of a <choice>, the reading to keep (the corrected, regularised, expanded form).
_CHOSEN = ("corr", "reg", "expan")
# Elements that offer several readings of which the text reads one (see `_reading`).
_READINGS = frozenset(("choice", "app", "rdgGrp"))
# Inline elements whose content is not the text: forme work (running heads, folios), what the source deletes, and
# the terms of an index entry (`<index><term>`: where the index points, not words printed there).
_DROPPED = frozenset(("fw", "del", "index"))
# Breaks that may fall inside a word (`break="no"`): then the white space the file has around them is nothing.
_BREAKS = frozenset(("lb", "cb", "pb"))
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
    respace(root)  # token-level TEI: the white space the tokens' joins say, not the file's
    name = local(root.tag)
    if name not in ("TEI", "TEI.2", "teiCorpus", "teiCorpus.2"):
        space = re.match(r"\{(.*)\}", root.tag)
        raise CorpusError(path, f"is XML but not TEI: its root element is <{name}>"
                                + (f" (namespace {space.group(1)})" if space else "")
                                + "; histkit reads TEI (root <TEI>), JATS (root <article>), Word (.docx), OpenDocument (.odt), web pages (.html), e-books (.epub), PDF and text files")
    docs = members(root)
    texts = [child_named(m, "text") for m in docs]
    if not any(t is not None for t in texts):
        refs = any(local(e.tag) in ("standOff", "listBibl", "biblStruct") for e in root.iter())
        raise CorpusError(path, "has no <text>: "
                          + ("a TEI file of references only (standOff/listBibl), not an article; nothing to read" if refs
                             else "a TEI header only, not an article; nothing to read"))
    docs, texts = [m for m, t in zip(docs, texts) if t is not None], [t for t in texts if t is not None]
    corpus = root is not docs[0]
    header = child_named(root, "teiHeader")
    walk = _Walk(texts + [e for m in ([root] if corpus else []) + docs for e in m if local(e.tag) == "standOff"])
    title = titles(header)
    if title and (corpus or not _titled(texts[0])):
        walk.inline_of(title, "front")  # the title, with the notes it carries, opens the text
    for doc, text in zip(docs, texts):
        if corpus:  # each article of a corpus opens with its title, a heading
            walk.member(None if _titled(text) else titles(child_named(doc, "teiHeader")))
        walk.blocks(text, "body")
    walk.finish()
    if not any(isinstance(p, str) and p.strip() for para in walk.paragraphs for p in para.pieces):
        raise CorpusError(path, "has a <text> with no words in it; nothing to read")
    built, regions, marks = build_text(walk.paragraphs, walk.notes)
    meta = {"source_format": "tei", "extractor": f"histkit TEI reader {__version__} (python stdlib)"}
    meta.update(header_meta(header, title, texts[0], root))
    for key, value in members_meta(docs, texts).items() if corpus else ():
        meta.setdefault(key, value)  # what the corpus's own header does not say, its members' headers do
    if walk.breaks:
        meta["n_pages"] = walk.breaks
    return Parsed(built, regions, marks, meta, tuple(walk.problems))


def _titled(text) -> bool:
    return any(local(e.tag) in ("docTitle", "titlePart") for e in text.iter())


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
        self._title_heads = False  # whether a <docTitle> is a heading (of an article in a corpus) or front matter
        # Notes standing outside the paragraphs are called from elsewhere: where their @target anchor stands,
        # or where a <ref>/<ptr> points at them.
        self.anchored: dict[str, object] = {}
        self.by_id: dict[str, object] = {}
        self.by_n: dict[str, list] = {}  # number -> the notes outside the paragraphs with that @n, in order
        self.outside: list = []
        notes = [e for scope in scopes for e in scope.iter() if tei_note(e)]
        self.parts = _note_parts(notes)
        self._numbered_outside = False  # whether a note outside the paragraphs has a number (@n or a label)
        # where the notes are numbered or lettered, a commentary keyed to passages is none of them
        self._keyed = any(printed_mark(e) for e in notes if not not_a_note(e))
        heads = [e for e in notes if id(e) not in self.parts.head and not self._skip(e)]  # the notes, each once
        self.set_aside = [e for e in notes if id(e) not in self.parts.head and self._skip(e)]  # (said, not lost)
        self._by_symbols = by_symbols(heads)
        numbers = [int(n) for n in map(note_number, map(printed_mark, heads)) if n.isdecimal()]
        self._series = NoteSeries(min(numbers, default=1))  # (an edition's part may number its notes from 34 on)
        calls = CallPoints(scopes)
        pointed = {t for scope in scopes for e in scope.iter() if local(e.tag) in ("ref", "ptr")
                   for t in target_ids(e.get("target"))}
        self.untied: set[int] = set()  # notes outside the paragraphs that no anchor, ref or ptr ties to their call
        for parent in (e for scope in scopes for e in scope.iter()):
            if local(parent.tag) not in CONTAINERS:
                continue
            for child in parent:
                if tei_note(child) and not self._skip(child):
                    self.outside.append(child)
                    anchors = calls.of(child, parent)
                    for anchor in anchors:
                        self.anchored.setdefault(anchor, child)
                    if not anchors and child.get(_XML_ID) not in pointed:
                        self.untied.add(id(child))
                    if child.get(_XML_ID):
                        self.by_id[child.get(_XML_ID)] = child
                    self._numbered_outside = self._numbered_outside or bool(printed_mark(child))
                    if note_number(printed_mark(child)):
                        self.by_n.setdefault(note_number(printed_mark(child)), []).append(child)

    def _skip(self, note) -> bool:
        """Whether a `<note>` is neither a note nor the text: a gloss, the source's margin, a keyed commentary."""
        return not_a_note(note) or (self._keyed and keyed_commentary(note))

    def _statement(self, note) -> bool:
        """Whether a note outside the paragraphs has no number where the others there have one."""
        return self._numbered_outside and not printed_mark(note)

    def member(self, title: list | None) -> None:
        """A next article of a teiCorpus begins: its title is a heading, its notes may be numbered from 1 again."""
        self._title_heads = True
        self._series.fresh = True
        if title:
            self.inline_of(title, "heading")

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
            elif tei_note(child):
                # a note between blocks; a call elsewhere may still point at it (one with no number among numbered
                # ones waits for `finish`: it may be no note of the text's but a statement of the article's)
                if id(child) not in self.parts.head and not self._skip(child) and not self._statement(child):
                    self._gather(child)
            elif name == "fw":
                self.inline_of([child], "running_head")
            elif name in CONTAINERS:
                if (child.text or "").strip():
                    self.paragraphs.append(Paragraph(zone, [child.text], self.page))
                self.blocks(child, zone)
            elif name not in ("anchor", "milestone", "gap", "lb", "cb"):
                heading = (name == "head" and zone == "body") or (name == "docTitle" and self._title_heads)
                self.inline_of([child], "heading" if heading else zone)
            if (child.tail or "").strip():
                self.paragraphs.append(Paragraph(zone, [child.tail], self.page))

    def inline_of(self, elements: list, zone: str) -> None:
        """One paragraph of the running text of ``elements`` (several are joined by a space)."""
        para = Paragraph(zone, [], self.page)
        for k, element in enumerate(elements):
            if k:
                para.pieces.append(" ")
            self._inline(element, para.pieces, top=True)
        para.pieces = squeezed_pieces(para.pieces)
        self.paragraphs.append(para)

    def _inline(self, element, pieces: list, top: bool = False) -> None:
        if not top:
            name = local(element.tag)
            if tei_note(element):
                # a note's continuation (on the next page) is no call; a gloss is neither a call nor the text
                if id(element) not in self.parts.head and not self._skip(element):
                    pieces.append(self._gather(element))
                return self._tail(element, pieces)
            if _in_word(element):  # the white space the file has around it is no space
                _strip_end(pieces)
                pieces.append((element.tail or "").lstrip())
                if name == "pb":
                    self._page_break(element)
                return None
            if name == "pb":
                self._page_break(element)
                return self._tail(element, pieces)
            note = self._referred(element) if name in ("ref", "ptr") else raised_call(
                element, self.by_n, self.untied, lambda n: id(self.parts.head.get(id(n), n)) in self._labels)
            if note is not None:
                pieces.append(_as_shown(self._gather(note), squeeze("".join(element.itertext()))))
                return self._tail(element, pieces)
            if name in _DROPPED:
                return self._tail(element, pieces)
            if name in _SPACED and _spaced(element):
                pieces.append(" ")
            if name in _READINGS:
                chosen = _reading(element)
                if chosen is not None:
                    self._inline(chosen, pieces)
                return self._tail(element, pieces)
        pieces.append(element.text or shown_address(element))
        for child in element:
            self._inline(child, pieces)
        anchored = element.get(_XML_ID) and self.anchored.get(element.get(_XML_ID))
        if anchored is not None and not top:
            pieces.append(self._gather(anchored))
        if not top:
            self._tail(element, pieces)

    def _referred(self, ref):
        """The note a `<ref>`/`<ptr>` calls: the one its ``@target`` names, else the next uncalled note with its ``@n``.

        OJS and Érudit exports call the notes they put in `<back>` only by a
        ``<ref n="3">3</ref>`` sharing the note's ``@n``; a ref whose text is
        something else than that number (a cross-reference) calls no note.
        """
        named = next((t for t in target_ids(ref.get("target")) if t in self.by_id), None)
        if named is not None:
            return self.by_id[named]
        number = note_number((ref.get("n") or "").strip())
        shown = squeeze("".join(ref.itertext()))
        if ref.get("target") or not number or (shown and note_number(shown) != number):
            return None
        return next((n for n in self.by_n.get(number, []) if id(self.parts.head.get(id(n), n)) not in self._labels),
                    None)

    @staticmethod
    def _tail(element, pieces: list) -> None:
        pieces.append(element.tail or "")

    def _page_break(self, element) -> None:
        self.breaks += 1
        number = (element.get("n") or "").strip()
        self.page = int(number) if number.isdecimal() else self.breaks

    def _gather(self, note) -> Call:
        """The call of ``note``; its text (with its continuations) joins the notes the first time it is met.

        Its label is the number ``@n`` gives, without the punctuation printed
        around it (``1)``, ``(1)``, ``[1]``, ``1.``), which stays the marker.
        """
        note = self.parts.head.get(id(note), note)
        if id(note) in self._labels:
            return self._labels[id(note)]
        printed = printed_mark(note)
        if self._by_symbols:  # `*`, `†`, `a` … in place of numbers: the notes are numbered as a reader counts them
            label = str(len(self.notes) + 1)
        else:
            label = self._series.number(note_number(printed)) or str(len(self.notes) + 1)
        new = distinct_label(label, self._taken)
        if new != label:
            self.problems.append(relabel_problem(label, new))
        self._taken.add(new)
        call = self._labels[id(note)] = Call(new, printed if printed and printed != new and new == label else None)
        at, page = len(self.notes), self.page
        self.notes.append(NoteText(new, "", page))  # its place, before the notes it holds
        pieces: list = []
        for k, part in enumerate([note, *self.parts.rest.get(id(note), [])]):
            pieces += [" "] * bool(k) + _pieces(part, head_label(part), self._nested)
        text = words_of(pieces)
        inner = any(isinstance(p, Call) for p in pieces)
        self.notes[at] = NoteText(new, text, page, tuple(squeezed_pieces(pieces)) if inner else ())
        return call

    def _nested(self, note) -> Call | None:
        """The call of a note standing inside a note: a note of its own, called there; None for a gloss.

        Its marker is written as nothing: written, it would be read as words
        of the note that holds it.
        """
        if id(note) in self.parts.head or self._skip(note):
            return None
        return Call(self._gather(note).label, "")

    def finish(self) -> None:
        """Notes outside the paragraphs that nothing called are read too, after the others.

        Where the text calls its notes and those outside the paragraphs are
        numbered, an uncalled note with no number (no ``@n``, no label) is
        none of them: a statement of the article's (as JATS's
        conflict-of-interest or funding notes), read as back matter.
        """
        self.problems += filter(None, [set_aside(self.set_aside)])
        uncalled = [n for n in self.outside if id(n) not in self._labels and id(n) not in self.parts.head]
        statements = [n for n in uncalled if self._labels and self._statement(n)]
        for note in statements:
            text = " ".join(squeeze(_plain(part)) for part in [note, *self.parts.rest.get(id(note), [])])
            self.paragraphs.append(Paragraph("back", [squeeze(text)], self.page))
        uncalled = [n for n in uncalled if not any(n is s for s in statements)]
        for note in uncalled:
            self._gather(note)
        if uncalled:
            self.problems.append(Problem("", "read", f"{len(uncalled)} note(s) outside the paragraphs are called "
                                                     "nowhere in the text (no @target anchor or <ref> to them)"))


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
        links = [(note, t) for t in target_ids(note.get("prev"))[:1]]
        links += [(by_id[t], note) for t in target_ids(note.get("next"))[:1] if t in by_id]
        if not (note.get("n") or "").strip():
            links += [(note, t) for a in ("sameAs", "corresp", "copyOf") for t in target_ids(note.get(a))[:1]]
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


def _as_shown(call: Call, shown: str) -> Call:
    """The call a `<ref>` makes, its marker the ref's own text where that is the note's number in any script's digits.

    A file in Arabic prints ``١`` where the note it calls has ``n="1"``.
    """
    number = note_number(shown)
    if shown == call.label or not (number.isdecimal() and call.label.isdecimal()) or int(number) != int(call.label):
        return call
    return Call(call.label, shown)


def _spaced(element) -> bool:
    """Whether an item or line begins here with a space (not a line break inside a word, `<lb break="no"/>`)."""
    return element.get("break") != "no"


def _in_word(element) -> bool:
    """Whether an element is a line break inside a word: the word goes on after it, with no space.

    TEI says so with ``break="no"`` on `<lb>`, `<cb>`, `<pb>`; EEBO-TCP's
    files mark each end-of-line hyphen of the print as a character of their
    own, ``<g ref="char:EOLhyphen"/>`` (``char:EOLunhyphen`` where the print
    breaks a word without one): the hyphen is the line's, not the word's.
    """
    name = local(element.tag)
    if name == "g":
        return (element.get("ref") or "").startswith("char:EOL")
    return name in _BREAKS and not _spaced(element)


def _strip_end(pieces: list) -> None:
    """The white space at the end of the text so far taken away (a word goes on after a break inside it)."""
    for k in range(len(pieces) - 1, -1, -1):
        if not isinstance(pieces[k], str):
            return
        pieces[k] = pieces[k].rstrip()
        if pieces[k]:
            return


def _reading(element):
    """The one reading of a `<choice>` or `<app>` that the text reads; None when it has none.

    Of a choice the corrected, regularised or expanded form; of an apparatus
    entry the lemma, else its first reading (a group of readings is read the same way).
    """
    want = _CHOSEN if local(element.tag) == "choice" else ("lem", "rdg", "rdgGrp")
    chosen = next((c for w in want for c in element if local(c.tag) == w), None)
    if chosen is None and local(element.tag) == "choice" and len(element):
        chosen = element[0]
    return _reading(chosen) if chosen is not None and local(chosen.tag) == "rdgGrp" else chosen


def _plain(element, label=None) -> str:
    """The text of an element as read: of a <choice> one reading, no forme work, items kept apart by a space.

    ``label``, the note's label at its head, is no part of its text.
    """
    return "".join(p for p in _pieces(element, label) if isinstance(p, str))


def _pieces(element, label=None, nested=None) -> list:
    """The text of an element as read (see `_plain`), in pieces: strings and the calls of notes inside it.

    ``nested`` gives the call of a `<note>` inside the element, or None when
    it is no note (its words are then read as text).
    """
    parts: list = [element.text or shown_address(element)]
    for child in element:
        name = local(child.tag)
        if child is label:
            parts.append(child.tail or "")
            continue
        if _in_word(child):
            _strip_end(parts)
            parts.append((child.tail or "").lstrip())
            continue
        call = nested(child) if nested is not None and tei_note(child) else None
        if call is not None:
            parts += [call, child.tail or ""]
            continue
        if name in _SPACED and _spaced(child):
            parts.append(" ")
        if name in _READINGS:
            chosen = _reading(child)
            parts += _pieces(chosen, None, nested) if chosen is not None else []
        elif name not in _DROPPED and name != "pb":
            parts += _pieces(child, None, nested)
        parts.append(child.tail or "")
    return parts
