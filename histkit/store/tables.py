"""The public tables: one pass over a corpus gives every DataFrame, and a writer.

Each extractor is a pure function of one document (or of its notes); this
module runs them, collects what goes wrong per document without stopping the
others, and writes the tables byte for byte the same on every run.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import fields
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import pandas as pd

from ..actors import actors_table, build_matcher, find_mentions, load_actors
from ..citations import archives_authority, extract_citations
from ..collector import old_objects_frozen
from ..dates import dates_table
from ..errors import HistkitError, ParameterError, Problem
from ..layout import Layout, analyse_layout
from ..read import Corpus, Document, load_corpus
from ..text import fold_homoglyphs, unwrap
from .frames import COLUMNS, INTEGER_COLUMNS, Tables
from ..patterns import compiled

_WORD = compiled(r"\w+(?:[-’']\w+)*", re.UNICODE)


def build_tables(corpus, actors=None, archives=None) -> Tables:
    """Every table of a corpus: documents, blocks, notes, citations, references, actors, mentions, dates.

    >>> note = "1 AJ, 507, IX, 9/I-12, Zabeleška o razgovoru, 12. 5. 1954."
    >>> tables = build_tables([Document.from_text(f"Tito met Spaak in Belgrade.1\\n\\n{note}\\n", doc_id="d")])
    >>> tables["citations"][["note_no", "kind", "archive", "fond", "unit", "date_start"]].values.tolist()
    [['1', 'archival', 'AJ', '507', '9/I-12', '1954-05-12']]
    >>> tables["mentions"][["actor_id", "surface", "zone"]].values.tolist()
    [['tito', 'Tito', 'body'], ['spaak', 'Spaak', 'body']]

    ``corpus`` is a `Corpus`, a list of `Document`s or anything `load_corpus`
    takes; ``actors``/``archives`` are authority tables or CSV paths (default:
    the shipped ones in data/authority/). Every stage runs per document: a
    document that an extractor cannot handle is reported in ``problems`` and
    the others are still processed. Raises `AuthorityError` for a bad
    authority file and `CorpusError` only for what `load_corpus` raises.
    """
    if not isinstance(corpus, Corpus):
        corpus = Corpus(list(corpus)) if _is_document_list(corpus) else load_corpus(corpus)
    actor_table = load_actors(actors) if actors is None or isinstance(actors, (str, os.PathLike)) else actors
    archive_table = archives_authority(archives) if archives is None or isinstance(archives, (str, os.PathLike)) else archives
    return tables_of(corpus, actor_table, archive_table, _matcher_of(actor_table))


#: The matchers of the last authorities `build_tables` was given, by their content: a notebook that builds again (or
#: a benchmark's timed build after its warm-up) does not make the automaton of its 50,000 variants again (0.15 s).
_MATCHERS: dict = {}


def _matcher_of(actor_table: pd.DataFrame):
    key = (tuple(actor_table.columns), tuple(pd.util.hash_pandas_object(actor_table, index=True)))
    if key not in _MATCHERS:
        if len(_MATCHERS) >= 4:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        _MATCHERS[key] = build_matcher(actor_table)
    return _MATCHERS[key]


@old_objects_frozen
def tables_of(corpus: Corpus, actor_table: pd.DataFrame, archive_table: pd.DataFrame, matcher,
              stage_begins=None) -> Tables:
    """`build_tables` with the authority tables loaded and the actor matcher built (a worker builds them once).

    ``stage_begins``, if given, is called with each stage's name as it
    begins (a worker tells its pool so: a file over the time limit is
    reported with the stage it was stopped in).

    >>> actors = load_actors()
    >>> doc = Document.from_text("Tito met Spaak.1\\n\\n1 Ibid.\\n", doc_id="d")
    >>> tables_of(Corpus([doc]), actors, archives_authority(), build_matcher(actors))["mentions"].actor_id.tolist()
    ['tito', 'spaak']
    """
    problems = [
        {"doc_id": Path(err.path).stem, "path": err.path, "stage": "load", "message": err.problem}
        for err in corpus.errors
    ]

    def report(doc_id: str, path: str, stage: str, message: str) -> None:
        problems.append({"doc_id": doc_id, "path": path, "stage": stage, "message": message})

    def keep(problem: Problem, paths: dict[str, str]) -> None:
        report(problem.doc_id, paths.get(problem.doc_id, ""), problem.stage, str(problem))

    begins = stage_begins or (lambda stage: None)
    layouts: list[Layout] = []
    for doc in corpus:
        begins("layout")
        for problem in doc.problems:  # what the reader of a PDF, Word or TEI file read past
            keep(problem, {doc.doc_id: doc.path})
        try:
            layout = analyse_layout(doc)
        except Exception as exc:  # one document's surprise must not stop the corpus
            report(doc.doc_id, doc.path, "layout", f"layout recovery failed ({type(exc).__name__}: {exc}); the document is left out of every table")
            continue
        layouts.append(layout)
        for warning in layout.warnings:
            keep(warning, {doc.doc_id: doc.path})

    blocks = _frame([_block_row(layout, b) for layout in layouts for b in layout.blocks], "blocks")
    notes = _frame([_note_row(layout, n) for layout in layouts for n in layout.notes], "notes")

    paths = {layout.doc.doc_id: layout.doc.path for layout in layouts}
    begins("citations")
    cited = extract_citations(notes[["doc_id", "note_no", "text"]], archive_table,  # isolates each document
                              {layout.doc.doc_id: layout.doc.text for layout in layouts})  # (its list of archives)
    for warning in cited.warnings:
        keep(warning, paths)

    mentions, dates = [], []
    for layout in layouts:
        for stage, func, sink in (
            ("actors", lambda lay: find_mentions(lay, matcher), mentions),
            ("dates", dates_table, dates),
        ):
            begins(stage)
            try:
                sink.append(func(layout))
            except Exception as exc:
                report(layout.doc.doc_id, layout.doc.path, stage, f"{stage} extraction failed ({type(exc).__name__}: {exc})")

    return Tables(
        documents=_frame([_document_row(layout) for layout in layouts], "documents"),
        blocks=blocks,
        notes=notes,
        citations=cited.citations.reset_index(drop=True),
        references=cited.references.reset_index(drop=True),
        actors=_actors_of(actor_table),
        mentions=flag_call_numbers(_concat(mentions), cited.citations),
        dates=_concat(dates),
        problems=_frame(problems, "problems"),
    )


_ACTORS: dict = {}  # the content of the last authority table `tables_of` was given, and its actors table


def _actors_of(actor_table: pd.DataFrame) -> pd.DataFrame:
    """`actors_table` of ``actor_table``, made again only when the table's content changes (a copy each time).

    >>> actors = load_actors()
    >>> _actors_of(actors).equals(actors_table(actors)), _actors_of(actors) is _actors_of(actors)
    (True, False)

    The store parses a corpus one document at a time with one authority
    table, and made this table for each (about 4 ms a document) to keep
    only the first; comparing the content costs a twentieth of that.
    """
    if not isinstance(actor_table, pd.DataFrame):  # (an `ActorMatcher`, whose table `actors_table` takes)
        return actors_table(actor_table)
    if "as_given" not in _ACTORS or not _ACTORS["as_given"].equals(actor_table):
        _ACTORS.update(as_given=actor_table.copy(), actors=actors_table(actor_table))
    return _ACTORS["actors"].copy()


def flag_call_numbers(mentions: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """Add ``in_call_number``: the mention is part of an archival reference, not of the narrative.

    >>> mentions = pd.DataFrame({"doc_id": ["d", "d"], "zone": ["note", "note"], "note_no": ["1", "1"],
    ...                          "surface": ["CK SKH", "Tito"]})
    >>> citations = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "kind": ["archival"], "fond": ["1220"],
    ...                           "collection": ["CK SKH"], "unit": ["kut. 45"], "title": ["Tito to Kardelj"]})
    >>> flag_call_numbers(mentions, citations).in_call_number.tolist()
    [True, False]

    A name in a note that stands in the fond, collection or unit of an
    archival citation of that note (`…, fond 1220, CK SKH, Hrvatska, kut. 45`)
    and in none of the note's document titles is the archive's filing, counted
    apart so that every citation of a file named after a country does not make
    the country an actor of the note.
    """
    if mentions.empty:
        return mentions.assign(in_call_number=pd.Series(dtype=bool))
    filing: dict[tuple, tuple[str, str]] = {}
    for (doc_id, note_no), rows in _by_note(citations, ("archival", "ibid")).items():
        parts = " | ".join(str(row[k]) for k in (0, 1, 2) for row in rows if isinstance(row[k], str))
        titles = " | ".join(str(row[3]) for row in rows if isinstance(row[3], str))
        filing[(doc_id, str(note_no))] = (_comparable(parts), _comparable(titles))

    def in_filing(doc_id, zone, note_no, surface) -> bool:
        if zone != "note":
            return False
        parts, titles = filing.get((doc_id, str(note_no)), ("", ""))
        surface = _comparable(surface)
        return bool(surface) and surface in parts and surface not in titles

    flags = [in_filing(*row) for row in zip(mentions.doc_id, mentions.zone, mentions.note_no, mentions.surface)]
    return mentions.assign(in_call_number=pd.Series(flags, index=mentions.index, dtype=bool))


def _by_note(citations: pd.DataFrame, kinds: tuple[str, ...]) -> dict[tuple, list[tuple]]:
    """(fond, collection, unit, title) of each citation of one of ``kinds`` by (doc_id, note_no), as
    `groupby(sort=False)` groups them.

    In plain Python: a pandas group per note, or the rows of those kinds selected as a frame, cost more than what is
    done with them.
    Notes are in the order they first come, rows in theirs; a row without a
    doc_id or note_no is in no group, as in pandas.
    """
    if not len(citations):
        return {}  # (with no rows there may be no columns either)
    groups: dict[tuple, list[tuple]] = {}
    for kind, doc_id, note_no, *row in zip(citations["kind"], citations["doc_id"], citations["note_no"], citations["fond"],
                                           citations["collection"], citations["unit"], citations["title"]):
        if kind in kinds and not (pd.isna(doc_id) or pd.isna(note_no)):
            groups.setdefault((doc_id, note_no), []).append(tuple(row))
    return groups


@lru_cache(maxsize=4096)
def _comparable(text: str) -> str:
    return fold_homoglyphs(unwrap(text).text).casefold()


def _is_document_list(obj) -> bool:
    return isinstance(obj, (list, tuple)) and bool(obj) and all(isinstance(d, Document) for d in obj)


def _frame(rows: list[dict], name: str) -> pd.DataFrame:
    # built column by column: a frame from a list of dicts (and a typed copy of each integer column after) cost the
    # store, which makes one per table and document, about twice as much
    # rows made by one function have the same keys: then each column is taken in C (`itemgetter`), not looked up
    # row by row in Python (a block table's 200,000 cells were most of its frame)
    alike = bool(rows) and all(row.keys() == rows[0].keys() for row in rows)
    keys = dict.fromkeys(rows[0] if alike else (key for row in rows for key in row))
    columns = COLUMNS[name]
    if not keys:
        return pd.DataFrame(columns=columns)
    data = {}
    for column in columns + [c for c in keys if c not in columns]:
        if alike:
            values = list(map(itemgetter(column), rows)) if column in keys else [math.nan] * len(rows)
        else:
            values = [row.get(column, math.nan) for row in rows]
        # one missing value would make pandas print a column of offsets or pages as floats (561.0)
        data[column] = pd.array(values, dtype="Int64") if column in INTEGER_COLUMNS else values
    return pd.DataFrame(data)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if f is not None]
    if not frames:
        return pd.DataFrame()
    non_empty = [f for f in frames if not f.empty]
    return pd.concat(non_empty or frames[:1], ignore_index=True)


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _block_row(layout: Layout, block) -> dict:
    # the fields read straight off the block: `asdict` deep-copies each value and cost a second per corpus
    row = {name: getattr(block, name) for name in _field_names(type(block))}
    row["doc_id"] = layout.doc.doc_id
    row["note_no"] = block.note_no or ""
    box = row.pop("box")  # where the source has pages (PDF): the block's box in points, else empty
    row.update(zip(("x0", "y0", "x1", "y1"), box or (None,) * 4))
    return row


def _note_row(layout: Layout, note) -> dict:
    return {
        "doc_id": layout.doc.doc_id,
        "note_no": note.note_no,
        "page": note.page,
        "marker_block_id": note.marker_block_id or "",
        "text": note.text,
        "marker_start": note.marker_start,
        "block_ids": "|".join(note.block_ids),
        "label": note.label,
        # the places of a note's later calls (the same number raised again), as block_ids joins its blocks
        "later_marker_starts": "|".join(map(str, note.later_marker_starts)),
    }


def _document_row(layout: Layout) -> dict:
    doc = layout.doc
    body_words = sum(len(_WORD.findall(b.text)) for b in layout.blocks if b.zone in ("body", "heading"))
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "encoding": doc.encoding,
        "sha256": doc.sha256,
        "n_chars": len(doc.text),
        "n_words": body_words,
        "n_notes": len(layout.notes),
        "title": doc.meta.get("title", ""),
        "author": doc.meta.get("author", ""),
        "year": doc.meta.get("year", ""),
        "journal": doc.meta.get("journal", ""),
        "language": doc.meta.get("language", ""),
        "source_format": doc.meta.get("source_format", "text"),
        "n_pages": doc.meta.get("n_pages"),
        "extractor": doc.meta.get("extractor", ""),
    }


def write_tables(tables: dict, out_dir: str | os.PathLike, format: str = "csv") -> list[Path]:
    """Write each table as ``out_dir/<name>.csv`` (or .parquet); return the paths.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as out:
    ...     [path.name for path in write_tables({"notes": pd.DataFrame({"note_no": ["1"]}), "dates": pd.DataFrame()}, out)]
    ['dates.csv', 'notes.csv']

    The same tables give byte-identical files. Raises `ParameterError` when
    ``out_dir`` is an existing file or the format is unknown.
    """
    if format not in ("csv", "parquet"):
        raise ParameterError(f"unknown format {format!r}; use csv or parquet")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ParameterError(f"--out {out} is a file, not a folder; give a folder to write the tables into")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HistkitError(f"cannot create the folder {out}: {exc.strerror or exc}") from None
    written = []
    for name in sorted(tables):
        frame = tables[name]
        path = out / f"{name}.{format}"
        if format == "csv":
            frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    return written
