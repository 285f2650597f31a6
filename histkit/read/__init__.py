"""Read: files to `Document`s (decoded text, untouched; or, for PDF, Word, OpenDocument, HTML, EPUB, JATS and TEI, a reading-order text with zoned regions)."""

from .corpus import (READ_SUFFIXES, TEXT_SUFFIXES, Corpus, Document, decode, folder_files, load_corpus,
                     normalise_newlines, read_document, read_metadata)
from .formats import FORMATS, Format, Parsed, format_of
from .ocr import ocr_missing
from .structure import NoteMark, Region, TextBuilder
from .xmltext import child_named, local, named_entities

__all__ = [
    "FORMATS",
    "READ_SUFFIXES",
    "TEXT_SUFFIXES",
    "Corpus",
    "Document",
    "Format",
    "NoteMark",
    "Parsed",
    "Region",
    "TextBuilder",
    "child_named",
    "decode",
    "folder_files",
    "format_of",
    "load_corpus",
    "local",
    "named_entities",
    "normalise_newlines",
    "ocr_missing",
    "read_document",
    "read_metadata",
]
