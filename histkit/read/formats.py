"""The input formats histkit reads, one registration each: how a file is recognised and which reader reads it.

A new format is one new module in `histkit/read/` with a function
``read(path, data) -> Parsed`` and one line in `FORMATS`. A file is
recognised by its first bytes, whatever its name; the suffixes say which
files of a folder are read.

>>> [f.name for f in FORMATS]
['pdf', 'docx', 'odt', 'epub', 'html', 'jats', 'tei']
>>> format_of(b"%PDF-1.7 ...").name, format_of(b"Plain text") is None
('pdf', True)
>>> format_of(b"GPL Ghostscript 10.02.0\\nCopyright (C) 2023\\n%PDF-1.7 ...").name
'pdf'
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import Problem
from .structure import NoteMark, Region


@dataclass(frozen=True)
class Parsed:
    """What a reader gives: the reading-order text, its regions and note marks, metadata, and problems met.

    ``meta`` holds at least ``source_format``, ``extractor`` (name and
    version) and, for paged sources, ``n_pages``; it may add title, author,
    year, language where the file states them.
    """

    text: str
    regions: tuple[Region, ...]
    marks: tuple[NoteMark, ...]
    meta: dict = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    recognise: Callable[[bytes], bool]
    reader: str  # "module:function", imported when a file of the format is read

    def read(self, path: Path, data: bytes) -> Parsed:
        module, _, function = self.reader.partition(":")
        return getattr(importlib.import_module(module, __package__), function)(path, data)


def _is_pdf(data: bytes) -> bool:
    # PDF readers look for the header in the first 1024 bytes, not only at the first: some tools write a banner
    # before it (`GPL Ghostscript 10.02.0 …` and its copyright, then `%PDF-1.7`), and such a file opens everywhere
    return b"%PDF-" in data[:1024]


def _is_docx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]


_TEI = re.compile(rb"<(?:[\w.-]+:)?TEI[\s>]")


def _is_xml(data: bytes) -> bool:
    """XML of any kind: the TEI reader reads TEI and names what else it is."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<?xml") or (head.startswith(b"<") and _TEI.search(data[:65536]) is not None)


# a JATS article: its root `<article>` (after the declaration, comments and doctype), and JATS's own parts or
# doctype (DocBook's articles have a root `<article>` too, but neither)
_JATS_ROOT = re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*|<\?[^>]*>\s*)*"
                        rb"<article[\s>]", re.S)
_JATS_PART = re.compile(rb"<(?:front|article-meta|journal-meta)[\s>]|JATS|//NLM//|//NLM Journal", re.I)


def _is_jats(data: bytes) -> bool:
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    return _JATS_ROOT.match(head) is not None and _JATS_PART.search(head) is not None


# a web page opens with its doctype or `<html>` (after an XML declaration and comments, as XHTML and saved pages may)
_HTML = re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def _is_html(data: bytes) -> bool:
    return _HTML.match(data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")) is not None


_ODT = "application/vnd.oasis.opendocument.text"


def _is_odt(data: bytes) -> bool:
    # an OpenDocument file stores its media type first, uncompressed, so that its first bytes say what it is; one
    # zipped by another tool may store it later or compressed, so then the archive's `mimetype` is read
    return data.startswith(b"PK\x03\x04") and (_ODT.encode() in data[:256] or _zipped_media_type(data).startswith(_ODT))


def _zipped_media_type(data: bytes) -> str:
    """The media type a ZIP's `mimetype` member names (OpenDocument, EPUB), or "" where it has none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("mimetype")[:100].decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, zlib.error, KeyError, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return ""


def _is_epub(data: bytes) -> bool:
    # (its media type first, as an .odt's; a book zipped carelessly has it later, but its container near the start)
    return data.startswith(b"PK\x03\x04") and (b"application/epub+zip" in data[:256]
                                                or b"META-INF/container.xml" in data[:65536])


FORMATS = (
    Format("pdf", (".pdf",), _is_pdf, ".pdf:read_pdf"),
    Format("docx", (".docx",), _is_docx, ".docx:read_docx"),
    Format("odt", (".odt",), _is_odt, ".odt:read_odt"),
    Format("epub", (".epub",), _is_epub, ".epub:read_epub"),
    Format("html", (".html", ".htm", ".xhtml"), _is_html, ".html:read_html"),
    Format("jats", (".xml", ".nxml"), _is_jats, ".jats:read_jats"),
    Format("tei", (".xml", ".tei"), _is_xml, ".tei:read_tei"),
)

#: The suffixes of every file a folder is searched for (text files are read as text).
SUFFIXES = tuple(dict.fromkeys(s for f in FORMATS for s in f.suffixes))


def format_of(data: bytes) -> Format | None:
    """The structured format these bytes are in, or None for anything else (read as text)."""
    return next((f for f in FORMATS if f.recognise(data)), None)
