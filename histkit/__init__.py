"""histkit: tables of actors, archival citations and dates from footnoted historical texts.

The public names below are imported on first use: a notebook that only reads
the tables and draws figures does not pay for the parsers (and their
regular expressions, PDF, date and DuckDB libraries) it never calls.
"""

from importlib import import_module

from .errors import AuthorityError, CorpusError, HistkitError, ParameterError
from .version import __version__

#: Where each public name lives: the package it is imported from on first use.
_LAZY = {
    "analysis": ".analysis",
    "figures": ".analysis",
    "plots": ".analysis",
    "actors_table": ".actors",
    "build_matcher": ".actors",
    "discover": ".actors",
    "find_mentions": ".actors",
    "load_actors": ".actors",
    "extract_citations": ".citations",
    "load_archives": ".citations",
    "parse_reference": ".citations",
    "split_citations": ".citations",
    "dates_table": ".dates",
    "evaluate_references": ".evaluate",
    "micro_average": ".evaluate",
    "read_gold": ".evaluate",
    "find_dates": ".dates",
    "export_store": ".export",
    "parse_date": ".dates",
    "Block": ".layout",
    "Layout": ".layout",
    "Note": ".layout",
    "analyse_layout": ".layout",
    "Corpus": ".read",
    "Document": ".read",
    "load_corpus": ".read",
    "read_document": ".read",
    "write_review": ".review",
    "RunResult": ".run",
    "run_notebooks": ".run",
    "Tables": ".store",
    "build_tables": ".store",
    "connect": ".store",
    "open_tables": ".store",
    "write_tables": ".store",
}

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
    "evaluate_references",
    "extract_citations",
    "figures",
    "find_dates",
    "find_mentions",
    "load_actors",
    "load_archives",
    "load_corpus",
    "micro_average",
    "open_tables",
    "parse_date",
    "parse_reference",
    "plots",
    "read_document",
    "read_gold",
    "run_notebooks",
    "split_citations",
    "write_tables",
]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'histkit' has no attribute {name!r}")
    package = import_module(_LAZY[name], __name__)
    value = package if name == "analysis" else getattr(package, name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
