"""histkit: tables of actors, archival citations and dates from footnoted historical texts."""

__version__ = "0.1.0"

from .corpus import Corpus, Document, load_corpus, read_document
from .errors import AuthorityError, CorpusError, HistkitError, ParameterError
from .layout import Block, Layout, Note, analyse_layout
from .tables import Tables, build_tables, write_tables

__all__ = [
    "AuthorityError",
    "Block",
    "Corpus",
    "CorpusError",
    "Document",
    "HistkitError",
    "Layout",
    "Note",
    "ParameterError",
    "Tables",
    "analyse_layout",
    "build_tables",
    "load_corpus",
    "read_document",
    "write_tables",
]
