"""Reading a Word file (.docx) from the XML inside it: paragraphs, headings, and the real footnotes and endnotes.

A .docx is a ZIP of XML parts. The document part holds the paragraphs in
reading order, each with its style (a text box's after the paragraph it is
anchored in); the styles part says which styles are
headings (their outline level, whatever the style is called in the user's
language). The footnotes and endnotes parts hold the notes, and the document
calls each where a `w:footnoteReference` / `w:endnoteReference` stands. Word
numbers the notes in the order the text calls them and prints the numbers in
the format, from the first number and with the restarts that the settings or
each section's properties set (`w:footnotePr`/`w:endnotePr`); a note's number
is its place in reading order (``iv`` is note 4; a chapter set to start at 34
has notes 1, 2 … printed 34, 35 …), the printed label its marker. A
call with `w:customMarkFollows` prints the text after it (e.g. ``*``), or the
symbol font's glyph after it (`w:sym`, no text otherwise), instead of a number.
The notes are written after the body, in the order they are called. A file
that calls no Word note may have its notes typed by hand: raised numbers in
the text and a numbered list under a notes heading (`typednotes.py`). The
headers and footers are kept as running heads, the comments named in a
problem (`docxparts`, `furniture`).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError, Problem
from ..version import __version__
from .formats import Parsed
from .docxparts import furniture
from .typednotes import Raised, listed, raised, raised_styles, typed_notes
from .xmltext import Call, NoteText, Paragraph, build_text, distinct_label, local, parse_xml, relabel_problem, squeeze

_RESAVE = "save it again from Word (File › Save As › Word Document, .docx) and load it again"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
# Style names (lower case, any language's user styles are matched by these words) that mark front matter
# when the styles say so; Word's own "Title" and "Subtitle" are among them.
_FRONT_STYLE_WORDS = ("title", "subtitle", "author", "abstract", "keyword", "affiliation")
# What is not text of the paragraph: deleted runs, field codes, drawings and text boxes floating beside it.
# A ruby's reading (`w:rt`) is a gloss printed above its base word, not words of the sentence.
_SKIP = {"del", "moveFrom", "instrText", "delInstrText", "rPr", "pPr", "drawing", "pict", "object",
         "AlternateContent", "txbxContent", "footnoteRef", "endnoteRef", "fldChar", "sectPr", "commentReference",
         "rt", "rubyPr"}
_NOTE_KINDS = ("footnote", "endnote")


class _Glyph(str):
    """A symbol font's glyph (`w:sym`): no text (it reads as ""), but the mark of a custom-mark call it follows."""

    def __new__(cls, element) -> "_Glyph":
        glyph = super().__new__(cls, "")
        code = int(_attr(element, "char") or "0", 16)
        code -= 0xF000 if 0xF020 <= code <= 0xF0FF else 0  # a symbol font's characters sit at F0xx
        # the Symbol font's punctuation is ASCII's (F02A is `*`); other fonts' pictures are printed as the usual mark
        symbol = _attr(element, "font").lower() == "symbol" and 0x21 <= code < 0x7F and not chr(code).isalnum()
        glyph.mark = chr(code) if symbol else "*"
        return glyph


def read_docx(path: Path, data: bytes) -> Parsed:
    r"""The paragraphs of a Word file with their headings, its footnotes and endnotes, and where each is called.

    >>> import io, zipfile
    >>> w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> body = (f'<w:document {w}><w:body><w:p><w:r><w:t>Tito met Spaak.</w:t></w:r>'
    ...         '<w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:body></w:document>')
    >>> notes = (f'<w:footnotes {w}><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
    ...          '<w:r><w:t xml:space="preserve"> AJ, 507.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    >>> docx = io.BytesIO()
    >>> with zipfile.ZipFile(docx, "w") as z:
    ...     z.writestr("word/document.xml", body)
    ...     z.writestr("word/footnotes.xml", notes)
    >>> parsed = read_docx(Path("a.docx"), docx.getvalue())
    >>> parsed.text, parsed.marks
    ('Tito met Spaak.1\n\n1 AJ, 507.\n', (NoteMark(note_no='1', start=15, end=16),))

    A file that is not a ZIP, has no document part or holds broken XML
    raises `CorpusError` saying what to do.
    """
    parts = _Package(path, data)
    root = parts.xml(parts.main, "the document part")
    problems: list[Problem] = []
    styles_part = parts.xml_or_none(parts.related("styles"), problems)
    styles, superscript = _style_roles(styles_part), raised_styles(styles_part)
    settings = parts.xml_or_none(parts.related("settings"), problems)
    found = [p for body in root if local(body.tag) == "body" for p in _paragraphs(body)]
    section_of, sections = _sections(found, root)
    paragraphs = [(_role_of(p, styles), _pieces(p, superscript)) for p in found]
    texts = {kind: _note_texts(parts.xml_or_none(parts.related(kind + "s"), problems, required=True), kind)
             for kind in _NOTE_KINDS}
    numbering = {kind: [_numbering(kind, settings, s) for s in sections or [None]] for kind in _NOTE_KINDS}
    zoned = _zones(paragraphs)
    # a file calling no Word note may have its notes typed by hand (raised numbers, a numbered list at its end)
    typed = None if any(isinstance(x, tuple) for _, pieces in zoned for x in pieces) else (
        typed_notes(zoned, [listed(p) for p in found]))
    paras, notes = typed or _call_notes(zoned, section_of, texts, numbering, problems)
    heads, feet = furniture(parts, _pieces, problems)  # (the page's headers and footers: running heads)
    text, regions, marks = build_text(heads + paras + feet, notes)
    meta = {"source_format": "docx", "extractor": f"histkit docx reader {__version__} (python stdlib)"}
    meta.update(_core_properties(parts.xml_or_none("docProps/core.xml", problems)))
    return Parsed(text, regions, marks, meta, tuple(problems))


class _Package:
    """The parts of the ZIP, found through its relationships (as Word finds them) or by their usual names."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise CorpusError(path, "is not a valid .docx: its ZIP directory cannot be read (a damaged, truncated or "
                                    f"renamed file); {_RESAVE}") from None
        self.names = set(self.zip.namelist())
        self.main = self._target("", "_rels/.rels", ("officeDocument",)) or "word/document.xml"
        if self.main not in self.names:
            raise CorpusError(path, f"is a ZIP archive with no {self.main}, so not a Word document (or a damaged one); "
                                    f"{_RESAVE}")

    def _bytes(self, name: str) -> bytes:
        try:
            return self.zip.read(name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            raise CorpusError(self.path, f"is damaged: its part {name} cannot be unpacked ({exc}); {_RESAVE}") from None

    def _target(self, base: str, rels: str, kinds: tuple[str, ...]) -> str | None:
        """The part a relationship of one of ``kinds`` points to, from the relationships part ``rels``."""
        return next(self._targets(base, rels, kinds), None)

    def _targets(self, base: str, rels: str, kinds: tuple[str, ...]):
        if rels not in self.names:
            return
        try:
            root = parse_xml(self.path, self._bytes(rels), rels, _RESAVE)
        except CorpusError:
            return  # the usual part names are tried instead
        for rel in root:
            kind = rel.get("Type", "")
            if any(kind in (_REL + k, _STRICT_REL + k) for k in kinds) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                yield target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))

    def related(self, kind: str) -> str:
        """The name of the document's styles, settings, footnotes or endnotes part."""
        return next(self.all_related(kind), None) or posixpath.join(posixpath.dirname(self.main), kind + ".xml")

    def all_related(self, kind: str):
        """The names of every part of ``kind`` the document part relates to (its headers, its footers), in order."""
        folder, name = posixpath.split(self.main)
        return self._targets(folder, posixpath.join(folder, "_rels", name + ".rels"), (kind,))

    def xml(self, name: str, what: str):
        return parse_xml(self.path, self._bytes(name), f"{what} ({name})", f"the file is damaged; {_RESAVE}")

    def xml_or_none(self, name: str, problems: list[Problem], required: bool = False):
        """A part that may be absent; broken, it is a problem (read past) unless the text needs it (notes)."""
        if name not in self.names:
            return None
        try:
            return self.xml(name, "the part")
        except CorpusError as err:
            if required:
                raise
            problems.append(Problem("", "read", f"{err.problem}; read without it", name))
            return None


def _paragraphs(container):
    """The paragraphs of the body in reading order, those in tables, content controls and text boxes included.

    A text box (an abstract, a sidebar) floats beside the paragraph it is
    anchored in; its paragraphs are read after that paragraph.
    """
    for child in container:
        name = local(child.tag)
        if name == "p":
            yield child
            for box in _text_boxes(child):
                yield from _paragraphs(box)
        elif name in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo"):
            yield from _paragraphs(child)


def _text_boxes(element) -> list:
    """The text boxes (`w:txbxContent`) anchored in a paragraph, each once.

    Word writes a shape twice in an `mc:AlternateContent`: as DrawingML in
    `mc:Choice` and as VML in `mc:Fallback` for older readers; the text is
    the Choice's. A box inside a box is found when the outer box's
    paragraphs are read.
    """
    found = []
    for child in element:
        name = local(child.tag)
        if name == "txbxContent":
            found.append(child)
        elif name == "AlternateContent":
            branches = {local(c.tag): c for c in reversed(child)}  # the first Choice, else the Fallback
            branch = branches.get("Choice", branches.get("Fallback"))
            found += _text_boxes(branch) if branch is not None else []
        elif name not in ("del", "moveFrom"):
            found += _text_boxes(child)
    return found


def _pieces(element, superscript: frozenset[str] = frozenset()) -> list:
    """The text of a paragraph (or note) as pieces: strings, and ("footnote"/"endnote", id, custom mark?) calls.

    A run set superscript (directly or by one of the character styles
    ``superscript``) gives `Raised` strings: a number typed as a call.
    """
    out: list = []
    for child in element:
        name = local(child.tag)
        if name in _SKIP:
            continue
        if name == "t":
            out.append(child.text or "")
        elif name in ("tab", "ptab", "br", "cr"):
            out.append(" ")
        elif name == "noBreakHyphen":
            out.append("-")
        elif name == "sym":
            out.append(_Glyph(child))
        elif name in ("footnoteReference", "endnoteReference"):
            custom = any(v in ("1", "true", "on") for k, v in child.attrib.items() if local(k) == "customMarkFollows")
            out.append((name[:-9], _attr(child, "id"), custom))
        else:
            inner = _pieces(child, superscript)
            if name == "r" and raised(child, superscript):
                inner = [Raised(p) if isinstance(p, str) and not isinstance(p, _Glyph) else p for p in inner]
            out.extend(inner)
    return out


def _attr(element, name: str) -> str:
    return next((v for k, v in element.attrib.items() if local(k) == name), "")


def _role_of(paragraph, roles: dict[str, str]) -> str:
    """A paragraph's role: "heading" when it has an outline level itself, else the role of its style."""
    props = next((c for c in paragraph if local(c.tag) == "pPr"), None)
    if props is None:
        return roles.get("", "")
    level = next((_attr(c, "val") for c in props if local(c.tag) == "outlineLvl"), "")
    if level.isdigit() and int(level) < 9:
        return "heading"
    return roles.get(next((_attr(c, "val") for c in props if local(c.tag) == "pStyle"), ""), "")


def _style_roles(styles) -> dict[str, str]:
    """Each paragraph style's role: "heading" (an outline level, also through its base styles), "title" or "front"."""
    roles: dict[str, str] = {}
    if styles is None:
        return roles
    info, default = {}, None
    for style in styles:
        if local(style.tag) != "style" or _attr(style, "type") not in ("paragraph", ""):
            continue
        if _attr(style, "default") in ("1", "true", "on"):
            default = _attr(style, "styleId")  # the style of a paragraph that names none
        props = {local(c.tag): c for c in style}
        ppr = {local(c.tag): c for c in props["pPr"]} if "pPr" in props else {}
        level = _attr(ppr["outlineLvl"], "val") if "outlineLvl" in ppr else ""
        name = _attr(props["name"], "val").lower() if "name" in props else ""
        info[_attr(style, "styleId")] = (level, name, _attr(props["basedOn"], "val") if "basedOn" in props else "")
    for style_id, (_, name, _) in info.items():
        level, seen, at = "", set(), style_id
        while at in info and at not in seen and not level:  # the outline level is inherited from the base style
            seen.add(at)
            level, _, at = info[at]
        if re.fullmatch(r"(?:sub)?title", name):
            roles[style_id] = "title"
        elif (level.isdigit() and int(level) < 9) or re.fullmatch(r"heading [1-9]", name):
            roles[style_id] = "heading"
        elif any(word in name for word in _FRONT_STYLE_WORDS):
            roles[style_id] = "front"
    if default in roles:
        roles[""] = roles[default]
    return roles


def _zones(paragraphs: list[tuple[str, list]]) -> list[tuple[str, list]]:
    """Front matter is what a title or front style marks before the first heading; after it a title is a heading."""
    out, opened = [], False
    for role, pieces in paragraphs:
        opened = opened or role == "heading"
        if role in ("title", "front") and not opened:
            zone = "front"
        else:
            zone = "heading" if role in ("heading", "title") else "body"
        out.append((zone, pieces))
    return out


def _note_texts(part, kind: str) -> dict[str, str]:
    """The text of each note of a footnotes/endnotes part by its id; separators and continuations left out."""
    if part is None:
        return {}
    texts = {}
    for note in part:
        if local(note.tag) != kind or _attr(note, "type") not in ("", "normal"):
            continue
        joined = " ".join("".join(s for s in _pieces(p) if isinstance(s, str)) for p in _paragraphs(note))
        texts[_attr(note, "id")] = squeeze(joined)
    return texts


_FORMATS = {"decimal", "lowerRoman", "upperRoman", "lowerLetter", "upperLetter", "chicago"}


@dataclass(frozen=True)
class _Numbering:
    """How Word numbers one kind of note in one section: the printed format, the first number, when it restarts."""

    fmt: str
    start: int
    restart: str  # "continuous", "eachSect" or "eachPage"


def _sections(body_paragraphs: list, root) -> tuple[list[int], list]:
    """Each paragraph's section (an index) and the sections' properties (`w:sectPr`) in order.

    Word ends a section with a `w:sectPr` in the properties of its last
    paragraph; the body's own last `w:sectPr` belongs to the last section.
    """
    index, sections = [], []
    for p in body_paragraphs:
        index.append(len(sections))
        props = next((c for c in p if local(c.tag) == "pPr"), None)
        sect = next((c for c in props if local(c.tag) == "sectPr"), None) if props is not None else None
        if sect is not None:
            sections.append(sect)
    last = [c for body in root if local(body.tag) == "body" for c in body if local(c.tag) == "sectPr"]
    return index, sections + last[-1:]


def _numbering(kind: str, settings, section) -> _Numbering:
    """The numbering of ``kind`` in a section: its own `w:footnotePr`/`w:endnotePr`, else the settings', else Word's."""
    found = {"numFmt": "decimal" if kind == "footnote" else "lowerRoman", "numStart": "1", "numRestart": "continuous"}
    for holder in (settings, section):
        props = next((c for c in holder if local(c.tag) == kind + "Pr"), None) if holder is not None else None
        for prop in props if props is not None else ():
            value = _attr(prop, "val")
            if local(prop.tag) == "numFmt" and value not in _FORMATS:
                continue  # a format not read here (e.g. a language's own digits) leaves the one before
            if local(prop.tag) in found and (value.isdigit() or local(prop.tag) != "numStart"):
                found[local(prop.tag)] = value
    return _Numbering(found["numFmt"], int(found["numStart"]), found["numRestart"])


def note_label(number: int, fmt: str) -> str:
    """A note number as Word prints it in a numbering format.

    >>> [note_label(n, f) for n, f in ((4, "decimal"), (4, "lowerRoman"), (28, "lowerLetter"), (6, "chicago"))]
    ['4', 'iv', 'bb', '††']
    """
    if fmt in ("lowerRoman", "upperRoman"):
        out, n = "", number
        for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                               (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            count, n = divmod(n, value)
            out += numeral * count
        return out if fmt == "lowerRoman" else out.upper()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26] * ((number - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt == "chicago":
        return "*†‡§"[(number - 1) % 4] * ((number - 1) // 4 + 1)
    return str(number)


def _call_notes(paragraphs, section_of, texts, numbering, problems) -> tuple[list[Paragraph], list[NoteText]]:
    """Number the calls in reading order, take a custom mark from the text after its call, gather the notes."""
    called = {piece[0] for _, pieces in paragraphs for piece in pieces if isinstance(piece, tuple) and not piece[2]}
    # footnotes and endnotes printed in one format (both 1, 2, 3 …) collide: they are numbered together
    joint = len(called) == 2 and any(f.fmt == e.fmt for f, e in zip(numbering["footnote"], numbering["endnote"]))
    calls = _Calls(texts, numbering, len(called) < 2, problems, joint)
    paras: list[Paragraph] = []
    for (zone, pieces), section in zip(paragraphs, section_of):
        out: list = []
        pending = None  # a custom-mark call waiting for its mark: the text that follows it
        for piece in pieces:
            if pending is not None and isinstance(piece, _Glyph):  # the custom mark drawn from a symbol font
                out.append(calls.call(*pending, section, mark=piece.mark))
                pending = None
            elif pending is not None and isinstance(piece, str) and piece.strip():
                mark = piece.split()[0]
                out.append(calls.call(*pending, section, mark=mark))
                out.append(piece.lstrip()[len(mark):])
                pending = None
            elif isinstance(piece, tuple):
                if pending is not None:  # a custom call with no text after it prints the usual "*"
                    out.append(calls.call(*pending, section, mark="*"))
                kind, note_id, custom = piece
                pending = (kind, note_id) if custom else None
                if not custom:
                    out.append(calls.call(kind, note_id, section))
            else:
                out.append(piece)
        if pending is not None:
            out.append(calls.call(*pending, section, mark="*"))
        paras.append(Paragraph(zone, out))
    for kind in _NOTE_KINDS:
        if calls.missing[kind]:
            problems.append(Problem("", "read", f"the text calls {len(calls.missing[kind])} {kind}(s) that the file "
                                                f"does not hold (ids {', '.join(calls.missing[kind])}); their markers "
                                                "stay, with no note", f"word/{kind}s.xml"))
        silent = sorted((i for i in texts[kind] if (kind, i) not in calls.called), key=lambda i: (len(i), i))
        if silent:
            problems.append(Problem("", "read", f"{len(silent)} {kind}(s) of the file are called nowhere in the text "
                                                f"(ids {', '.join(silent)}); Word does not print them, so they are "
                                                f"left out", f"word/{kind}s.xml"))
    return paras, calls.notes["footnote"] + calls.notes["endnote"]


class _Calls:
    """The notes called so far, each with its number and the marker Word prints for it.

    A note's number is the one its numbering format means: the fifth note
    printed ``v`` (lower Roman) or ``e`` (letters) is note 5, counted through
    the whole text from 1 (a series restarting in each section prints 1
    again, a chapter of a volume set to start at 34 prints 34, 35 …, but its
    notes are numbered in reading order as everywhere else; the marker
    written in the text, the notes' printed label, is what Word prints). When the text calls
    both footnotes and endnotes, the two series share numbers and Word tells
    them apart by their formats (1, 2 … and i, ii …), so each note is known
    by its number as printed in its series' format. When both series print
    one format (Word lets endnotes be numbered 1, 2 … too), that tells them
    apart no more: the notes of both are numbered together in the order the
    text calls them, and each call prints its number in its own series (the
    third call, the first endnote, is note 3 printed ``1``).
    """

    def __init__(self, texts: dict, numbering: dict, by_number: bool, problems: list[Problem],
                 joint: bool = False) -> None:
        self.texts, self.numbering, self.by_number, self.problems = texts, numbering, by_number, problems
        self.joint = joint
        self.count = dict.fromkeys(_NOTE_KINDS, 0)  # numbered calls so far
        self.in_section: dict[str, tuple[int, int]] = dict.fromkeys(_NOTE_KINDS, (-1, 0))  # section, calls in it
        self.taken: set[str] = set()
        self.called: dict[tuple[str, str], Call] = {}
        self.notes: dict[str, list[NoteText]] = {kind: [] for kind in _NOTE_KINDS}
        self.missing: dict[str, list[str]] = {kind: [] for kind in _NOTE_KINDS}

    def _numbered(self, kind: str, section: int) -> tuple[str, str]:
        """The next note of ``kind`` called in ``section``: its label and the marker Word prints."""
        rules = self.numbering[kind]
        rule = rules[min(section, len(rules) - 1)]
        number = rules[0].start + self.count[kind]  # as printed
        self.count[kind] += 1
        ordinal = self.count[kind]  # as a reader counts the notes: a chapter printed from 34 has its notes 1, 2 …
        at, k = self.in_section[kind]
        k = k + 1 if at == section else 1
        self.in_section[kind] = (section, k)
        # a page's restart cannot be known from the file: its notes are printed as counted through the text
        marker = note_label(rule.start + k - 1 if rule.restart == "eachSect" else number, rule.fmt)
        if self.joint:
            return str(sum(self.count.values())), marker
        return (str(ordinal) if self.by_number else note_label(ordinal, rule.fmt)), marker

    def call(self, kind: str, note_id: str, section: int, mark: str | None = None) -> Call:
        """The call of a note, numbered unless it prints a custom ``mark``; the note is gathered at its first call."""
        if (kind, note_id) in self.called:
            return self.called[kind, note_id]
        label, marker = (mark, mark) if mark is not None else self._numbered(kind, section)
        new = distinct_label(label, self.taken)
        if new != label:
            self.problems.append(relabel_problem(label, new, kind))
        self.taken.add(new)
        call = self.called[kind, note_id] = Call(new, marker if marker != new else None)
        if note_id not in self.texts[kind]:
            self.missing[kind].append(note_id)
            return call
        text = self.texts[kind][note_id]
        if mark is not None and text.startswith(mark):  # a custom mark is typed into the note too, a number is not
            text = text[len(mark):].lstrip()
        self.notes[kind].append(NoteText(new, text))
        return call


def _core_properties(core) -> dict:
    """Title and author as the file's properties state them (File › Properties in Word)."""
    if core is None:
        return {}
    found = {}
    for element in core:
        name, value = local(element.tag), squeeze(element.text or "")
        if value and name in ("title", "creator", "language"):
            found[{"creator": "author"}.get(name, name)] = value
    return found
