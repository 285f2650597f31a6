"""Exports: a store's literature and archival sources to the tools historians use.

`export_store` writes CSL-JSON (Zotero, Pandoc, citation processors),
BibTeX, or a "Sources" list for a paper's appendix (Markdown, or HTML for an
``.html`` file). Every format is written from the same CSL items
(`items.py`, keyed by `keys.py`), read from the store by `reading.py`
without updating it; `csl.py`, `bibtex.py` and `sources.py` write them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ParameterError
from .bibtex import bibtex, bibtex_fields
from .csl import csl_json, read_csl_json
from .items import archival_items, literature_items
from .keys import ascii_slug, make_unique
from .reading import StoreContent, read_for_export
from .sources import STYLE, sources_html, sources_markdown

FORMATS = ("csl-json", "bibtex", "sources")

__all__ = ["FORMATS", "STYLE", "ExportResult", "StoreContent", "archival_items", "ascii_slug", "bibtex", "bibtex_fields",
           "csl_json", "export_items", "export_store", "literature_items", "read_csl_json", "read_for_export",
           "sources_html", "sources_markdown"]


@dataclass
class ExportResult:
    """What `export_store` wrote: the file, how many literature and archival items, and what it has to say."""

    path: Path
    format: str
    literature: int
    archival: int
    messages: list[str] = field(default_factory=list)


def export_items(content: StoreContent) -> tuple[list[dict], list[dict]]:
    """The literature and archival CSL items of a store's content, their keys unique across both.

    >>> import pandas as pd
    >>> empty = StoreContent(pd.DataFrame(columns=["ref_of"]), pd.DataFrame(columns=["kind", "archive", "ibid_of"]), {})
    >>> export_items(empty)
    ([], [])
    """
    literature = literature_items(content.references)
    archival = archival_items(content.citations, content.cities)
    both = make_unique(literature + archival)
    return both[:len(literature)], both[len(literature):]


def export_store(store: str | os.PathLike, format: str, out: str | os.PathLike) -> ExportResult:
    """Write the references and archival documents of a store to ``out`` as ``format``.

    >>> import tempfile
    >>> from histkit.store import update_store
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     note = "1 AJ, 507, IX, 9/I-12, Zabeleška o razgovoru, 12. 5. 1954."
    ...     _ = (Path(folder) / "a.txt").write_text(f"Tito met Spaak.1\\n\\n{note}\\n", encoding="utf-8")
    ...     _ = update_store(folder, Path(folder) / "store", jobs=1)
    ...     done = export_store(Path(folder) / "store", "csl-json", Path(folder) / "sources.json")
    ...     written = read_csl_json((Path(folder) / "sources.json").read_text(encoding="utf-8"))
    >>> done.archival, written[0]["archive_location"], written[0]["issued"]
    (1, '507, IX, 9/I-12', {'date-parts': [[1954, 5, 12]]})

    ``format`` is one of `FORMATS`; "sources" writes HTML when ``out`` ends
    in .html or .htm, Markdown otherwise. A store with nothing to export
    gives a valid empty file and a message. Raises `ParameterError` for an
    unknown format or an ``out`` that is a folder, `HistkitError` for what
    `read_for_export` refuses.
    """
    if format not in FORMATS:
        raise ParameterError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    out = Path(out)
    if out.is_dir():
        raise ParameterError(f"--out {out} is a folder; give the file to write")
    content = read_for_export(store)
    literature, archival = export_items(content)
    if format == "csl-json":
        text = csl_json(literature + archival)
    elif format == "bibtex":
        text = bibtex(literature + archival)
    elif out.suffix.lower() in (".html", ".htm"):
        text = sources_html(archival, literature)
    else:
        text = sources_markdown(archival, literature)
    messages = list(content.messages)
    if not literature and not archival:
        messages.append(f"{store} has no literature references or archival citations: {out} lists none")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text.encode("utf-8"))  # bytes: the same file on every platform (no "\r\n")
    return ExportResult(out, format, len(literature), len(archival), messages)
