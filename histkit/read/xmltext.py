"""What the Word and TEI readers share: XML parsed with a named error, paragraphs with note calls written out.

Both readers walk XML and gather paragraphs as pieces: runs of text and
`Call`s, the places where the text calls a note. `build_text` writes them,
then the notes, with a `TextBuilder`, so that every marker's offset is where
the source put the call.

>>> paragraphs = [Paragraph("body", ["  Tito met Spaak.", Call("1"), " "])]
>>> text, regions, marks = build_text(paragraphs, [NoteText("1", "AJ, 507.")])
>>> text, marks
('Tito met Spaak.1\\n\\n1 AJ, 507.\\n', (NoteMark(note_no='1', start=15, end=16),))
"""

from __future__ import annotations

import html.entities
import io
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError, Problem
from .structure import NoteMark, Region, TextBuilder


@dataclass(frozen=True)
class Call:
    """The text calls note ``label`` here; the marker written is ``marker`` as the source prints it, else the label."""

    label: str
    marker: str | None = None


@dataclass
class Paragraph:
    zone: str
    pieces: list = field(default_factory=list)  # str and Call, in reading order
    page: int | None = None


@dataclass(frozen=True)
class NoteText:
    """A note's text; ``pieces`` (str and `Call`) when it calls notes of its own (a note inside a note)."""

    label: str
    text: str
    page: int | None = None
    pieces: tuple = ()


def shown_address(element) -> str:
    """The address an empty TEI `<ptr/>` prints: its ``@target`` when that is a web address, else nothing.

    A pointer has no words of its own; the print shows the address it points
    to (a URL in a note), or for a pointer inside the text (``#method``) the
    number of what it points to, which only the typesetting knows.

    >>> import xml.etree.ElementTree as ET
    >>> [shown_address(ET.fromstring(x)) for x in ('<ptr target="https://a.org/doc"/>', '<ptr target="#method"/>',
    ...  '<ref target="https://a.org">site</ref>')]
    ['https://a.org/doc', '', '']
    """
    target = (element.get("target") or "").strip()
    if local(element.tag) != "ptr" or len(element) or (element.text or "").strip():
        return ""
    return target if re.match(r"(?:https?|ftp)://\S+$", target) else ""


def named_entities(data: bytes) -> bytes:
    """``data`` with the named characters a DTD defines (JATS's `&mdash;`, `&nbsp;`) written out: an XML parser
    that does not read the DTD knows none of them, and the file would not parse.

    >>> named_entities(b"<p>Tito&mdash;Spaak &amp; co.</p>").decode()
    '<p>Tito—Spaak &amp; co.</p>'
    """
    if b"&" not in data:
        return data
    declared = set(re.findall(rb"<!ENTITY\s+(\w+)", data[:65536]))

    def char(m: re.Match) -> bytes:
        name = m.group(1)
        known = html.entities.html5.get(name.decode("ascii") + ";")
        return m.group() if name in declared or name in _XML_ENTITIES or known is None else known.encode("utf-8")
    return _ENTITY.sub(char, data)


_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}


def local(tag) -> str:
    """An element's name without its namespace.

    >>> local("{http://www.tei-c.org/ns/1.0}note"), local("p")
    ('note', 'p')
    """
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def child_named(element, name: str):
    """The first child element called ``name``; None when there is none (or no element).

    >>> child_named(ET.fromstring("<fn><label>3</label><p>AJ</p></fn>"), "label").text, child_named(None, "p")
    ('3', None)
    """
    return next((c for c in element if local(c.tag) == name), None) if element is not None else None


def parse_xml(path: Path, data: bytes, what: str, advice: str) -> ET.Element:
    """The root element of ``data``; `CorpusError` with the line and column where the XML breaks.

    >>> parse_xml(Path("a.xml"), b"<TEI><p>Tito</TEI>", "it", "fix it")
    Traceback (most recent call last):
    histkit.errors.CorpusError: a.xml: it is not well-formed XML (mismatched tag at line 1, column 15); fix it
    """
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        reason = re.sub(r":? line \d+, column \d+$", "", str(exc)).strip() or "broken"
        raise CorpusError(path, f"{what} is not well-formed XML ({reason} at line {line}, column {column + 1}); "
                                f"{advice}") from None
    except (ValueError, LookupError) as exc:  # e.g. an encoding the declaration names but Python does not know
        raise CorpusError(path, f"{what} cannot be read as XML ({exc}); {advice}") from None


def open_zip(path: Path, data: bytes, what: str, advice: str) -> zipfile.ZipFile:
    """The ZIP archive an .odt or .epub is; `CorpusError` naming ``what`` the file should be when it is none.

    >>> open_zip(Path("a.odt"), b"PK broken", ".odt", "save it again")
    Traceback (most recent call last):
    histkit.errors.CorpusError: a.odt: is not a valid .odt: its ZIP directory cannot be read (a damaged, truncated or renamed file); save it again
    """
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise CorpusError(path, f"is not a valid {what}: its ZIP directory cannot be read (a damaged, truncated or "
                                f"renamed file); {advice}") from None


def zip_part(path: Path, archive: zipfile.ZipFile, name: str, advice: str) -> bytes:
    """A part of the archive; `CorpusError` when it is absent or cannot be unpacked."""
    try:
        return archive.read(name)
    except KeyError:
        raise CorpusError(path, f"lacks {name}, which its other parts name; {advice}") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise CorpusError(path, f"is damaged: its part {name} cannot be unpacked ({exc}); {advice}") from None


def squeeze(text: str) -> str:
    """Runs of white space as one space, none at the ends.

    >>> squeeze("  AJ,\\n   507. ")
    'AJ, 507.'
    """
    return " ".join(text.split())


def words_of(pieces: list) -> str:
    """The text of a paragraph's pieces (strings and calls), squeezed: its calls are no words.

    >>> words_of(["Tito met ", Call("1"), " Spaak. "])
    'Tito met Spaak.'
    """
    return squeeze("".join(p for p in pieces if isinstance(p, str)))


def squeezed_pieces(pieces: list) -> list:
    """The pieces with neighbouring strings joined and each run of white space one space: white space in XML's
    running text is the layout of the file, not of the text.

    >>> squeezed_pieces(["Tito\\n   met ", " Spaak.", Call("1"), "  Then"])
    ['Tito met Spaak.', Call(label='1', marker=None), ' Then']
    """
    out: list = []
    for piece in pieces:
        if isinstance(piece, str) and out and isinstance(out[-1], str):
            out[-1] += piece
        else:
            out.append(piece)
    return [_WHITE.sub(" ", p) if isinstance(p, str) else p for p in out]


_WHITE = re.compile(r"\s+")


def first_words(texts: list[str]) -> str:
    """The first three texts, each cut at 60 characters and quoted, to show in a problem what it names.

    >>> first_words(["Zamek", "Młyny", "Most", "Wieża"])
    '«Zamek»; «Młyny»; «Most», …'
    """
    return "; ".join(f"«{text[:60]}»" for text in texts[:3]) + (", …" if len(texts) > 3 else "")


def distinct_label(label: str, taken: set[str]) -> str:
    """``label``, or, when a note before already has it, a label no note has yet.

    Notes are told apart by their label, so a second note labelled ``*`` gets
    ``**`` (symbols are doubled, as printers do) and a second ``3`` gets ``3-2``.

    >>> distinct_label("*", {"*"}), distinct_label("3", {"3"}), distinct_label("4", {"3"})
    ('**', '3-2', '4')
    """
    if label not in taken:
        return label
    symbols = not any(c.isalnum() for c in label)
    k = 2
    while (new := label * k if symbols else f"{label}-{k}") in taken:
        k += 1
    return new


def relabel_problem(label: str, new: str, kind: str = "note") -> Problem:
    """The problem a reader reports when two notes carry the same label."""
    return Problem("", "read", f"two {kind}s are labelled {label!r}; the later one is read as note {new!r}")


def _trimmed(pieces: list) -> list:
    """The pieces without white space before the first text or after the last."""
    out = list(pieces)
    for step in (range(len(out)), range(len(out) - 1, -1, -1)):
        for k in step:
            if isinstance(out[k], Call):
                break
            out[k] = out[k].lstrip() if step.step == 1 else out[k].rstrip()
            if out[k]:
                break
    return [p for p in out if isinstance(p, Call) or p]


def build_text(paragraphs: list[Paragraph], notes: list[NoteText]
               ) -> tuple[str, tuple[Region, ...], tuple[NoteMark, ...]]:
    """The reading-order text: the paragraphs with their note markers, then the notes, one region each.

    A paragraph with no text and no call is left out.
    """
    built = TextBuilder()
    for para in paragraphs:
        started = False
        for piece in _trimmed(para.pieces):
            if not started:
                built.add("" if isinstance(piece, Call) else piece, para.zone, page=para.page)
                started = True
                if not isinstance(piece, Call):
                    continue
            if isinstance(piece, Call):
                built.mark(piece.label, piece.marker)
            else:
                built.extend(piece)
    for note in notes:
        built.add("" if note.pieces else note.text, "note", note_no=note.label, page=note.page)
        for piece in _trimmed(list(note.pieces)):
            if isinstance(piece, Call):
                built.mark(piece.label, piece.marker)
            else:
                built.extend(piece)
    return built.result()
