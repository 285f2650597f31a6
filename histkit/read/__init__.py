"""Read: files to `Document`s (decoded text, untouched), unreadable files to errors."""

from .corpus import TEXT_SUFFIXES, Corpus, Document, decode, load_corpus, normalise_newlines, read_document, read_metadata

__all__ = ["TEXT_SUFFIXES", "Corpus", "Document", "decode", "load_corpus", "normalise_newlines", "read_document", "read_metadata"]
