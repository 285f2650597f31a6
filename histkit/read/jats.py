"""Reading a JATS file, the XML journals publish articles in (SciELO, PubMed Central, OJS and Érudit exports).

JATS keeps a note apart from its call: `<fn id="fn3">` stands in a
`<fn-group>` of the back matter (or in a table's foot, or inside the
paragraph), and the text calls it with `<xref ref-type="fn" rid="fn3">3</xref>`.
A note is read where the text first calls it, labelled as its `<label>` (else
its call) prints it; notes numbered from 1 again are numbered on, the printed
number their marker, as TEI's are (`NoteSeries`). A note no call names is a
note all the same when it has a label, after the called ones; one with none (a
journal's statement: reviewers, funding) is back matter. The front gives the
title, abstracts and keywords; sections give headings (label and title) and
paragraphs; lists, quotations, boxes, figures' and tables' captions and table
rows are paragraphs; the reference list is back matter, a paragraph a reference.
A `<sub-article>` (a translation, a reviewer's report, a reply) is a text of its
own: not read into the article, and named in a problem, so that no words go
unsaid.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..errors import CorpusError, Problem
from ..version import __version__
from .formats import Parsed
from .teinotes import NoteSeries
from .xmltext import (Call, NoteText, Paragraph, build_text, child_named, distinct_label, local, named_entities,
                      parse_xml, relabel_problem, squeeze, squeezed_pieces)

_FIX_XML = "fix the XML (`xmllint --noout FILE` shows where) and load it again"
_XLINK = "{http://www.w3.org/1999/xlink}href"
#: Elements whose children are blocks: walked for the paragraphs inside them.
_CONTAINERS = frozenset(
    "body back sec abstract trans-abstract ack app-group app boxed-text disp-quote list list-item def-list def-item "
    "def glossary notes fig-group table-wrap-group table-wrap-foot statement verse-group speech bio ref-list "
    "table thead tbody tfoot fn-group alternatives floats-group".split())
#: Elements that are one paragraph each (their inline content the paragraph's text).
_PARAGRAPHS = frozenset("p verse-line term attrib disp-formula preformat address".split())
#: Elements with no printed words of the article's: pictures, identifiers, descriptions for screen readers.
_DROPPED = frozenset("graphic inline-graphic media object-id alt-text long-desc permissions processing-meta".split())
#: Elements that part words when a paragraph holds them (blocks set inside it, a table's cells).
_SPACED = _CONTAINERS | _PARAGRAPHS | frozenset("tr td th fig table-wrap caption title label list-item".split())
#: Calls of notes: to a footnote and to a table's footnote.
_NOTE_CALLS = frozenset(("fn", "table-fn"))


def read_jats(path: Path, data: bytes) -> Parsed:
    r"""The text of a JATS article: title, abstracts, sections and back matter, each note where the text calls it.

    >>> jats = b'''<article xml:lang="en"><front><article-meta><title-group>
    ...   <article-title>Grain and the State</article-title></title-group></article-meta></front>
    ...   <body><sec><title>Famine</title><p>Tito met Spaak.<xref ref-type="fn" rid="n1">1</xref></p></sec></body>
    ...   <back><fn-group><fn id="n1"><label>1</label><p>AJ, 507.</p></fn></fn-group></back></article>'''
    >>> parsed = read_jats(Path("a.xml"), jats)
    >>> parsed.text
    'Grain and the State\n\nFamine\n\nTito met Spaak.1\n\n1 AJ, 507.\n'
    >>> [r.zone for r in parsed.regions], parsed.marks[0].note_no, parsed.meta["title"]
    (['front', 'heading', 'body', 'note'], '1', 'Grain and the State')
    """
    root = parse_xml(path, named_entities(data), "it", _FIX_XML)
    if local(root.tag) != "article":
        raise CorpusError(path, f"is not a JATS article: its root element is <{local(root.tag)}>, not <article>")
    walk = _Walk(root)
    front = child_named(root, "front")
    meta_of = child_named(front, "article-meta")
    walk.front(meta_of)
    for part, zone in (("body", "body"), ("back", "back"), ("floats-group", "body")):
        element = child_named(root, part)  # (PubMed Central sets the figures and tables apart, in a `floats-group`)
        if element is not None:
            walk.blocks(element, zone)
    walk.finish()
    if not any(isinstance(p, str) and p.strip() for para in walk.paragraphs for p in para.pieces):
        raise CorpusError(path, "is a JATS article with no words in its title, abstract, body or back matter (only "
                                "its metadata); nothing to read: the full text may be in a PDF beside it")
    built, regions, marks = build_text(walk.paragraphs, walk.notes)
    meta = {"source_format": "jats", "extractor": f"histkit JATS reader {__version__} (python stdlib)"}
    meta.update(_article_meta(root, meta_of))
    return Parsed(built, regions, marks, meta, tuple(walk.problems + _sub_articles(root)))


def _text(element) -> str:
    return squeeze("".join(element.itertext())) if element is not None else ""


class _Walk:
    """The walk through the article: paragraphs with their note calls, the notes in the order they are called."""

    def __init__(self, root) -> None:
        self.paragraphs: list[Paragraph] = []
        self.notes: list[NoteText] = []
        self.problems: list[Problem] = []
        own = [e for part in ("front", "body", "back", "floats-group") if (p := child_named(root, part)) is not None for e in p.iter()]
        self.fns = [e for e in own if local(e.tag) == "fn"]
        self._by_id = {e.get("id"): e for e in self.fns if e.get("id")}
        self._calls: dict[int, Call] = {}  # id(fn) -> its call, once read
        self._series = NoteSeries()
        self._taken: set[str] = set()
        # (when no call names them: a journal's or the authors' statements, not notes of the text)
        said = {id(e) for p in own if local(p.tag) == "author-notes" for e in p.iter()}
        self._statements = [e for e in self.fns if id(e) in said or not _note_mark(_text(child_named(e, "label")))
                            or e.get("fn-type", "other") not in ("other", "fn", "footnote")]
        self._label = ""  # a label read, waiting for the paragraph it opens

    def front(self, meta_of) -> None:
        """The title (and subtitle), the abstracts and the keywords: front matter."""
        if meta_of is None:
            return
        group = child_named(meta_of, "title-group")
        group = [] if group is None else list(group)
        # (the title and its subtitle, then each translated title: `trans-title-group`)
        for titles in [group] + [list(e) for e in group if local(e.tag) == "trans-title-group"]:
            titles = [e for e in titles if local(e.tag) in ("article-title", "subtitle", "trans-title", "trans-subtitle")]
            if titles:
                pieces = self._paragraph("front")
                for k, title in enumerate(titles):
                    pieces.append(": " if k else "")
                    self._inline(title, pieces)
        for child in meta_of:
            if local(child.tag) in ("abstract", "trans-abstract"):
                self.blocks(child, "front")
            elif local(child.tag) == "kwd-group":
                self._keywords(child)

    def _keywords(self, group) -> None:
        words = [_text(k) for k in group if local(k.tag) in ("kwd", "compound-kwd")]
        title = _text(child_named(group, "title"))
        if words:
            self._paragraph("front", f"{title} " if title else "").append("; ".join(words))

    def blocks(self, element, zone: str) -> None:
        """The blocks inside ``element``, each a paragraph of ``zone`` (a section's title in the body a heading)."""
        for child in element:
            self._block(child, element, zone)

    def _block(self, child, parent, zone: str) -> None:
        name = local(child.tag)
        if name in _DROPPED or name == "fn":
            return  # (a note is read where it is called)
        if name == "label":
            if child_named(parent, "title") is None and child_named(parent, "caption") is None:
                self._label = f"{_text(child)} "  # (a list item's `a)`: it opens the item's first paragraph)
            return  # (else read with its title or caption)
        if name == "title":
            label = _text(child_named(parent, "label"))
            self._inline(child, self._paragraph("heading" if zone == "body" else zone, f"{label} " if label else ""))
        elif name in ("fig", "table-wrap"):
            self._captioned(child, zone)
        elif name == "tr":
            pieces = self._paragraph(zone)
            for cell in child:
                pieces.append(" ")
                self._inline(cell, pieces)
        elif name == "ref":
            self._reference(child, zone)
        elif name == "kwd-group":
            self._keywords(child)
        elif name in _CONTAINERS:
            self.blocks(child, zone)
        else:  # a paragraph, or what else stands between blocks: its words as one paragraph
            self._inline(child, self._paragraph(zone))

    def _paragraph(self, zone: str, first: str = "") -> list:
        """A new paragraph's pieces, opened by ``first`` or by the label waiting for it."""
        para = Paragraph(zone, [self._label + first])
        self._label = ""
        self.paragraphs.append(para)
        return para.pieces

    def _captioned(self, element, zone: str) -> None:
        """A figure or table: its label and caption as one paragraph, then what else it holds (a table's rows)."""
        caption = child_named(element, "caption")
        pieces = self._paragraph(zone, _text(child_named(element, "label")))
        for part in caption if caption is not None else ():
            pieces.append(" ")
            self._inline(part, pieces)
        for child in element:
            if local(child.tag) not in ("label", "caption"):
                self._block(child, element, zone)

    def _reference(self, ref, zone: str) -> None:
        """An entry of the reference list: its citation as printed (`mixed-citation`), else its fields in order."""
        mixed = next((e for e in ref.iter() if local(e.tag) == "mixed-citation"), None)
        label = _text(child_named(ref, "label"))  # (a numbered list's `12.`, unless the citation prints it itself)
        pieces = self._paragraph(zone, f"{label} " if label and not _text(mixed).startswith(label) else "")
        if mixed is not None and any(t.strip() for t in [mixed.text or ""] + [c.tail or "" for c in mixed]):
            self._inline(mixed, pieces)
        elif mixed is not None:  # (a "mixed" citation with no punctuation between its fields: read as fields)
            pieces.append(", ".join(_fields(mixed)))
        else:
            cited = next((e for e in ref if local(e.tag) in ("element-citation", "citation", "nlm-citation")), ref)
            pieces.append(", ".join(_fields(cited)))

    def _inline(self, element, pieces: list) -> None:
        """``element``'s words into ``pieces``, a note's call as a `Call`, a note inside the paragraph read there."""
        pieces.append(element.text or "")
        for child in element:
            name = local(child.tag)
            if name == "xref" and child.get("ref-type") in _NOTE_CALLS:
                pieces.append(self._call(child.get("rid", ""), _text(child)))
            elif name == "fn":
                pieces.append(self._note(child, None))
            elif name == "break":
                pieces.append(" ")
            elif name in _SPACED:  # (a table, list or figure set inside a paragraph: its cells and items apart)
                pieces.append(" ")
                self._inline(child, pieces)
                pieces.append(" ")
            elif name not in _DROPPED:
                self._inline(child, pieces)
            pieces.append(child.tail or "")

    def _call(self, rid: str, printed: str):
        # (`rid` may name several notes, `rid="fn2 fn3"`; a call to no note of the file keeps its printed mark)
        notes = [self._by_id[r] for r in rid.split() if r in self._by_id]
        if not notes:
            return printed
        call = self._note(notes[0], printed)
        return call if len(notes) == 1 else [call] + [self._note(n, None) for n in notes[1:]]

    def _note(self, fn, printed: str | None) -> Call:
        """The call of note ``fn``: read (and numbered) the first time it is called."""
        if id(fn) in self._calls:
            return self._calls[id(fn)]
        mark = _text(child_named(fn, "label")) or (printed or "").strip() or str(len(self._calls) + 1)
        number = self._series.number(mark.strip("()[]."))
        label = distinct_label(number, self._taken)
        if label != number:
            self.problems.append(relabel_problem(number, label))
        self._taken.add(label)
        call = self._calls[id(fn)] = Call(label, mark if mark != label else None)
        pieces: list = []
        for child in fn:
            if local(child.tag) != "label":
                pieces.append(" ")
                self._inline(child, pieces)
        flat = _flat(pieces)
        calls = any(isinstance(p, Call) for p in flat)
        self.notes.append(NoteText(label, squeeze("".join(p for p in flat if isinstance(p, str))), None,
                                   tuple(flat) if calls else ()))
        return call

    def finish(self) -> None:
        """Notes no call names: labelled ones are notes, after the called; statements are back matter."""
        for fn in self.fns:
            if id(fn) in self._calls:
                continue
            if fn in self._statements:  # (its label, `Conflitos de interesse`, opens its first paragraph)
                self._label = f"{_text(child_named(fn, 'label'))} ".lstrip()
                self.blocks(fn, "back")
            else:
                self._note(fn, None)
        for para in self.paragraphs:  # (the file's line breaks and indents are no part of the text)
            para.pieces = squeezed_pieces(_flat(para.pieces))


def _flat(pieces: list) -> list:
    """Pieces with a call to several notes (a list of calls) written out, one after another."""
    return [q for p in pieces for q in (p if isinstance(p, list) else [p])]


def _note_mark(label: str) -> bool:
    """Whether a note's label is a mark a text calls it by (`12`, `*`, `a`, `iv`), not a statement's name."""
    return 0 < len(label) <= 4 and " " not in label


def _fields(cited) -> list[str]:
    """A structured citation's fields as printed: names as `Surname, Given`, the rest each as it stands."""
    out = []
    for child in cited:
        name = local(child.tag)
        if name == "person-group":
            out.append("; ".join(filter(None, (_person(n) for n in child if local(n.tag) in _PERSONS))))
        elif name in _PERSONS:  # (names straight in the citation, no group around them)
            out.append(_person(child))
        elif name == "lpage" and out:
            out[-1] = f"{out[-1]}–{_text(child)}"
        elif name not in _DROPPED:
            out.append(_text(child))
    return [f for f in out if f]


_PERSONS = frozenset(("name", "collab", "string-name"))


def _person(name) -> str:
    """A name of a citation as `Surname, Given` (a collaboration or a name as written: its words)."""
    return ", ".join(filter(None, (_text(child_named(name, "surname")), _text(child_named(name, "given-names"))))) or _text(name)


def _article_meta(root, meta_of) -> dict:
    """Title, authors, year, language and journal as the front states them."""
    meta = {}
    group = child_named(meta_of, "title-group")
    title = _text(child_named(group, "article-title"))
    if title:
        meta["title"] = title
    people = [e for c in (meta_of.iter() if meta_of is not None else ()) if local(c.tag) == "contrib"
              and c.get("contrib-type", "author") == "author" for e in c if local(e.tag) in ("name", "string-name")]
    authors = [" ".join(filter(None, (_text(child_named(p, "given-names")), _text(child_named(p, "surname"))))) or _text(p)
               for p in people]
    if authors:
        meta["author"] = "; ".join(authors)
    years = [_text(child_named(d, "year")) for d in (meta_of.iter() if meta_of is not None else ())
             if local(d.tag) == "pub-date"]
    year = next((y for y in years if y.isdecimal() and len(y) == 4), None)
    if year:
        meta["year"] = year
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if language:
        meta["language"] = language
    journal = next((_text(e) for e in root.iter() if local(e.tag) == "journal-title"), "")
    if journal:
        meta["journal"] = journal
    return meta


def _sub_articles(root) -> list[Problem]:
    """One problem naming the sub-articles (translations, reviewers' reports, replies) not read into the article."""
    kinds = Counter(f"{s.get('article-type', 'sub-article')}"
                    f"{' (' + s.get('{http://www.w3.org/XML/1998/namespace}lang') + ')' if s.get('{http://www.w3.org/XML/1998/namespace}lang') else ''}"
                    for s in root.iter() if local(s.tag) in ("sub-article", "response"))
    if not kinds:
        return []
    listed = ", ".join(f"{kind}{f' ×{n}' if n > 1 else ''}" for kind, n in sorted(kinds.items()))
    total = sum(kinds.values())
    return [Problem("", "read", f"{total} sub-article{'s' if total > 1 else ''} not read into the article ({listed}): "
                                "each is a text of its own (a translation would count every name twice); to read one, "
                                "save its <sub-article> as an <article> file of its own")]
