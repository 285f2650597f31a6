"""Helpers shared by the test files: small documents, authority tables, notes and notebooks made for a test.

Test files import them (`from conftest import layout_of`); pytest puts this
folder on the path.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from fixtures.generality.goldfiles import read_tsv
from histkit import Document, analyse_layout, extract_citations
from histkit import actors as act
from histkit.dates import find_dates
from histkit.layout import Block, Layout

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
GOLD = TESTS / "gold"
REPO = TESTS.parent

# A fixture generator's article texts, imported by its make.py run as a script (`from make import …`): not a
# module of the suite, and under --doctest-modules its import would find another round's make.py.
collect_ignore_glob = ["fixtures/generality/*/layout/articles.py"]


def layout_of(text: str, doc_id: str = "t"):
    """The layout of a text given as a string."""
    return analyse_layout(Document.from_text(text, doc_id=doc_id))


FRONT_BODY = (" The crisis began in the autumn of the year, when the government could no longer rely on the support of\n"
              "the parties that had formed it and the president had to choose between new elections and a new cabinet.\n"
              "Neither choice was easy, and the archives show how long the decision took and who was asked about it.\n")


def front_lines(abstract_label: str, keywords_label: str) -> list[str]:
    """The zones of the abstract's and the key words' blocks of a small article labelled so (the label tests of the
    mention rounds' languages)."""
    text = ("Journal of Regional History 12 (2019), 41–66\n\n"
            "Parties and the State\n\n"
            "A. N. Author\nUniversity of the Region\n\n"
            f"{abstract_label}: The article reads the crisis of 1958 anew from the papers of the president, who kept\n"
            "them in his house until his death, and from the minutes of the parties' meetings.\n\n"
            f"{keywords_label}: crisis, president, parties\n\n"
            "Introduction\n\n" + FRONT_BODY)
    layout = layout_of(text)
    return [b.zone for b in sorted(layout.blocks, key=lambda b: b.start)
            if text[b.start:b.end].startswith((abstract_label, keywords_label))]


def notes_by_no(layout) -> dict:
    """A layout's notes by their number."""
    return {n.note_no: n for n in layout.notes}


def gold_notes(name: str) -> list[tuple[str, str]]:
    """The hand-written notes of a layout fixture (tests/gold/NAME_notes.tsv): (note_no, text) pairs."""
    return [(r["note_no"], r["text"]) for r in read_tsv(GOLD / f"{name}_notes.tsv")]


def authority(*rows) -> pd.DataFrame:
    """An actors authority table from (actor_id, name, kind, aliases) tuples."""
    return pd.DataFrame([{"actor_id": a, "name": n, "kind": k, "aliases": al, "birth": "", "death": "",
                          "wikidata": "", "note": ""} for a, n, k, al in rows])


def body_layout(text: str) -> Layout:
    """A layout of one body paragraph over the whole of ``text``."""
    doc = Document.from_text(text, doc_id="doc")
    return Layout(doc, [Block("b1", "body", 0, len(text), text, text)], [])


def found_mentions(text: str, *rows) -> list[tuple[str, str]]:
    """(actor_id, surface) of every mention of the authority ``rows`` (`authority`) in ``text``, in text order."""
    table = act.find_mentions(body_layout(text), act.build_matcher(authority(*rows), cache=False))
    return list(zip(table.actor_id, table.surface))


def cite(*texts: str, doc_id: str = "art"):
    """`extract_citations` on notes 1, 2, … of one document."""
    notes = pd.DataFrame({"doc_id": doc_id, "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes)


def dates_read(text: str) -> list[tuple[str, str, str, str]]:
    """(surface, date_start, date_end, precision) of every date `find_dates` reads in ``text``."""
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def fields(row, *names) -> tuple:
    """The values of a parsed row (a reference's dict or a table row) under ``names``, in that order."""
    return tuple(row[name] for name in names)


def one_citation(text: str):
    """The one citation of a one-note document (fails, showing the segments, when there are several)."""
    rows = cite(text).citations
    assert len(rows) == 1, rows.raw.tolist()
    return rows.iloc[0]


def write_notebook(path: Path, parameters: str, *cells: str) -> Path:
    """A notebook with a title, a `parameters` cell and code cells, as papermill expects."""
    params = new_code_cell(parameters, metadata={"tags": ["parameters"]})
    nb = new_notebook(cells=[new_markdown_cell(f"# {path.stem}"), params, *(new_code_cell(c) for c in cells)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def load_script(name: str):
    """A script of scripts/ imported as a module (they are run by hand, not installed with the package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
