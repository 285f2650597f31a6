"""histkit: tables of actors, archival citations and dates from footnoted historical texts."""

from .version import __version__

from . import analysis
from .actors import actors_table, build_matcher, discover, find_mentions, load_actors
from .analysis import figures, plots
from .citations import extract_citations, load_archives, parse_reference, split_citations
from .dates import dates_table, find_dates, parse_date
from .errors import AuthorityError, CorpusError, HistkitError, ParameterError
from .layout import Block, Layout, Note, analyse_layout
from .read import Corpus, Document, load_corpus, read_document
from .run import RunResult, run_notebooks
from .store import Tables, build_tables, connect, open_tables, write_tables

__all__ = [
    "__version__",
    "AuthorityError",
    "Block",
    "Corpus",
    "CorpusError",
    "Document",
    "HistkitError",
    "Layout",
    "Note",
    "ParameterError",
    "RunResult",
    "Tables",
    "actors_table",
    "analyse_layout",
    "analysis",
    "build_matcher",
    "build_tables",
    "connect",
    "dates_table",
    "discover",
    "extract_citations",
    "figures",
    "find_dates",
    "find_mentions",
    "load_actors",
    "load_archives",
    "load_corpus",
    "open_tables",
    "parse_date",
    "parse_reference",
    "plots",
    "read_document",
    "run_notebooks",
    "split_citations",
    "write_tables",
]
