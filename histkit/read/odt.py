"""Reading an OpenDocument text (.odt, as LibreOffice writes it): paragraphs, headings, footnotes and endnotes.

An .odt is a ZIP of XML parts. `content.xml` holds the text in reading
order: headings (`text:h`), paragraphs (`text:p`) in lists, tables and
sections, and each note where the text calls it — a `text:note` with the
label printed (`text:note-citation`) and the note's paragraphs
(`text:note-body`). The notes are written after the body in the order the
text calls them, each under the label the file prints. Text boxes
(`draw:text-box`) are read after the paragraph they are anchored in;
comments and the record of deleted text are not the text (the comments are
named in a problem). The master pages' headers and footers (`styles.xml`)
are kept as running heads (`furniture`). `meta.xml` gives title, author and
language.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import CorpusError, Problem
from ..version import __version__
from .formats import Parsed
from .furniture import comments_left_out, running_heads
from .xmltext import (Call, NoteText, Paragraph, build_text, distinct_label, local, open_zip, parse_xml, relabel_problem,
                      squeeze, words_of, zip_part)
from ..patterns import compiled

_SPACES = compiled(r"[ \t\n\r]+")
_RESAVE = "save it again from LibreOffice (File › Save As › ODF Text Document, .odt) and load it again"
# not words of the text: the record of deleted text, comments, declarations, forms, a ruby's reading
_SKIP = {"tracked-changes", "annotation", "annotation-end", "sequence-decls", "variable-decls", "user-field-decls",
         "forms", "ruby-text", "change", "change-start", "change-end", "note-citation", "soft-page-break"}
_CONTAINERS = {"list", "list-item", "list-header", "section", "table", "table-row", "table-cell", "table-header-rows",
               "table-rows", "table-row-group", "index-body", "table-of-content", "alphabetical-index",
               "bibliography", "illustration-index", "table-index", "user-index", "index-title", "text"}
# style names that mark front matter before the first heading (LibreOffice's own and users' in any language)
_FRONT_STYLE_WORDS = ("title", "subtitle", "author", "abstract", "keyword", "affiliation")


def read_odt(path: Path, data: bytes) -> Parsed:
    r"""The paragraphs and headings of an OpenDocument text, its notes, and where each is called.

    >>> import io, zipfile
    >>> ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' \
    ...      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    >>> content = (f'<office:document-content {ns}><office:body><office:text><text:p>Tito met Spaak.'
    ...            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    ...            '<text:note-body><text:p>AJ, 507.</text:p></text:note-body></text:note></text:p>'
    ...            '</office:text></office:body></office:document-content>')
    >>> odt = io.BytesIO()
    >>> with zipfile.ZipFile(odt, "w") as z:
    ...     z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    ...     z.writestr("content.xml", content)
    >>> parsed = read_odt(Path("a.odt"), odt.getvalue())
    >>> parsed.text, parsed.marks
    ('Tito met Spaak.1\n\n1 AJ, 507.\n', (NoteMark(note_no='1', start=15, end=16),))

    A file that is not a ZIP, has no content part or holds broken XML raises
    `CorpusError` saying what to do.
    """
    parts = _parts(path, data)
    root = parse_xml(path, parts["content.xml"], "the content part (content.xml)", f"the file is damaged; {_RESAVE}")
    styles = _parent_styles(root)
    problems: list[Problem] = []
    paragraphs: list[Paragraph] = []
    notes: list[NoteText] = []
    taken: set[str] = set()
    opened = [False]

    def note_call(note) -> Call:
        label = squeeze(_note_label(note)) or str(len(notes) + 1)
        new = distinct_label(label, taken)
        if new != label:
            problems.append(relabel_problem(label, new))
        taken.add(new)
        body = next((c for c in note if local(c.tag) == "note-body"), None)
        words = [] if body is None else [_text_of(q) for q in _blocks(body)]
        notes.append(NoteText(new, " ".join(w for w in words if w)))
        return Call(new, label)

    def read_block(element) -> None:
        name = local(element.tag)
        opened[0] = opened[0] or name == "h"
        style = _style_of(element, styles)
        if name == "h":
            zone = "heading"
        elif not opened[0] and any(w in style for w in _FRONT_STYLE_WORDS):
            zone = "front"
        else:
            zone = "body"
        boxes: list = []
        paragraphs.append(Paragraph(zone, _pieces(element, note_call, boxes)))
        for box in boxes:
            for inner in _blocks(box):
                read_block(inner)

    body = next((e for e in root.iter() if local(e.tag) == "text" and _is_office_text(e)), None)
    if body is None:
        raise CorpusError(path, f"has no text body (office:text): not a text document (a spreadsheet or drawing?); "
                                f"{_RESAVE}")
    for block in _blocks(body):
        read_block(block)
    heads, feet = running_heads(*_headers_and_footers(parts.get("styles.xml"), path, problems))
    problems += filter(None, [comments_left_out([_text_of(p) for a in _named(root, ("annotation",))
                                                 for p in _named(a, ("p", "h"))])])
    text, regions, marks = build_text(heads + paragraphs + feet, notes)
    meta = {"source_format": "odt", "extractor": f"histkit odt reader {__version__} (python stdlib)"}
    meta.update(_properties(parts.get("meta.xml"), path))
    return Parsed(text, regions, marks, meta, tuple(problems))


def _parts(path: Path, data: bytes) -> dict[str, bytes]:
    archive = open_zip(path, data, ".odt", _RESAVE)
    names = set(archive.namelist())
    if "content.xml" not in names:
        raise CorpusError(path, f"is a ZIP archive with no content.xml, so not an OpenDocument text (or a damaged one); "
                                f"{_RESAVE}")
    return {name: zip_part(path, archive, name, _RESAVE) for name in ("content.xml", "meta.xml", "styles.xml")
            if name in names}


def _headers_and_footers(styles: bytes | None, path: Path, problems: list[Problem]) -> tuple[list[str], list[str]]:
    """The paragraphs' texts of the master pages' headers and of their footers (in `styles.xml`), in order."""
    if styles is None:
        return [], []
    try:
        root = parse_xml(path, styles, "the styles part (styles.xml)", _RESAVE)
    except CorpusError as err:
        problems.append(Problem("", "read", f"{err.problem}; read without its headers and footers", "styles.xml"))
        return [], []
    return tuple([_text_of(p) for part in _named(root, (kind, f"{kind}-left", f"{kind}-first"))
                  for p in _named(part, ("p", "h"))] for kind in ("header", "footer"))


def _named(element, names: tuple[str, ...]) -> list:
    """The elements inside ``element`` whose local name is one of ``names``, in document order."""
    return [e for e in element.iter() if isinstance(e.tag, str) and local(e.tag) in names]


def _text_of(paragraph) -> str:
    return words_of(_pieces(paragraph, None))


def _is_office_text(element) -> bool:
    """`office:text`, the body of a text document (not `text:text`: no such element, but a namespace to tell apart)."""
    return isinstance(element.tag, str) and element.tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:office:")


def _blocks(container):
    """The headings and paragraphs inside a container, in reading order (lists, tables and sections opened)."""
    for child in container:
        name = local(child.tag)
        if name in ("p", "h"):
            yield child
        elif name in _CONTAINERS:
            yield from _blocks(child)


def _pieces(element, note_call, boxes: list | None = None) -> list:
    """A paragraph's text as strings and `Call`s; its text boxes are gathered in ``boxes``.

    White space in the XML is one space, as the format reads it (a file written with its lines indented has
    them); spaces the text holds are written as `text:s`, kept.
    """
    out: list = [_spaced(element.text)]
    for child in element:
        name = local(child.tag)
        if name == "note" and note_call is not None:
            out.append(note_call(child))
        elif name == "s":
            out.append(" " * int(_attr(child, "c") or "1"))
        elif name in ("tab", "line-break"):
            out.append(" ")
        elif name == "text-box":
            if boxes is not None:
                boxes.append(child)
        elif name not in _SKIP and name != "note":
            out.extend(_pieces(child, note_call, boxes))
        out.append(_spaced(child.tail))
    return out


def _spaced(text: str | None) -> str:
    return _SPACES.sub(" ", text) if text else ""


def _note_label(note) -> str:
    citation = next((c for c in note if local(c.tag) == "note-citation"), None)
    if citation is None:
        return ""
    return _attr(citation, "label") or "".join(citation.itertext())


def _attr(element, name: str) -> str:
    return next((v for k, v in element.attrib.items() if local(k) == name), "")


def _parent_styles(root) -> dict[str, str]:
    """Each automatic style's parent style name (LibreOffice writes `P1` for a paragraph of style `Title`)."""
    return {_attr(s, "name"): _attr(s, "parent-style-name") for s in root.iter() if local(s.tag) == "style"}


def _style_of(element, parents: dict[str, str]) -> str:
    name = _attr(element, "style-name")
    return f"{name} {parents.get(name, '')}".replace("_20_", " ").lower()


def _properties(meta: bytes | None, path: Path) -> dict:
    """Title, author and language as the file's properties state them (File › Properties)."""
    if meta is None:
        return {}
    try:
        root = parse_xml(path, meta, "meta.xml", _RESAVE)
    except CorpusError:
        return {}
    found: dict[str, str] = {}
    for element in root.iter():
        name, value = local(element.tag), squeeze(element.text or "")
        key = {"title": "title", "creator": "author", "initial-creator": "author", "language": "language"}.get(name)
        if value and key:
            found.setdefault(key, value)
    return found
