"""Review pages: one HTML page per document showing what histkit read, to check it before trusting a figure.

`write_review` reads one document's rows from a store (`rows.py`) and writes
`page.py`'s page: the problems at the top, the text block by block in the
zones the layout gave them with note markers, actors and dates marked
(`text.py`), and each note with its citations highlighted and the fields
they were read as beside them (`notes.py`).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ParameterError
from .page import review_html
from .rows import DocumentRows, find_document, read_document

__all__ = ["DocumentRows", "find_document", "read_document", "review_html", "write_review"]


def write_review(store: str | os.PathLike, document: str, out: str | os.PathLike | None = None) -> Path:
    """Write the review page of one document of a store; return its path.

    >>> import tempfile
    >>> from histkit.store import update_store
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Tito met Spaak.1\\n\\n1 AJ, 507, 9/I-12, 12. 5. 1954.\\n")
    ...     _ = update_store(folder, Path(folder) / "store", jobs=1)
    ...     page = write_review(Path(folder) / "store", "a.txt", Path(folder) / "a.html").read_text(encoding="utf-8")
    >>> 'class="mention"' in page, '<mark class="k-archival"' in page
    (True, True)

    ``document`` is a doc_id, the document's path, the end of it or its
    file name; ``out`` defaults to ``DOC_ID.review.html`` in the current
    folder. Raises `HistkitError` for a folder that is no store or a
    document it does not hold, `ParameterError` for an ``out`` that is a folder.
    """
    if out is not None and Path(out).is_dir():
        raise ParameterError(f"--out {out} is a folder; give the .html file to write")
    rows = read_document(store, document)
    path = Path(out) if out is not None else Path(f"{rows.doc_id}.review.html")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(review_html(rows).encode("utf-8"))
    return path
