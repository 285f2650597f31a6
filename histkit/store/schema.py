"""The store's column types: every document's rows cast to one Arrow schema per table.

A store is assembled from per-document pieces, some parsed now and some read
back from the previous store; the bytes of a table must not depend on which.
A pandas dtype depends on the rows at hand (a column of integers with one
missing value is float), so each column gets its type from its name, and the
columns of each table from what the extractors give for a small probe
document, so a column added to an extractor reaches the store by itself.
"""

from __future__ import annotations

import math

import pandas as pd
import pyarrow as pa

from .frames import COLUMNS, INTEGER_COLUMNS

#: The tables made per document; ``actors`` is made once, from the authority file.
DOCUMENT_TABLES = ("documents", "blocks", "notes", "citations", "references", "mentions", "dates", "problems")

_FLOAT = {"x0", "y0", "x1", "y1"}
_BOOLEAN = {"ambiguous", "surname_only", "before_full_name", "in_call_number"}
_PANDAS = {pa.int64(): "Int64", pa.float64(): "float64", pa.bool_(): "boolean", pa.string(): "object"}

#: Written for the extractors to fill every table once: a body, a note with an archival citation, a
#: reference and a date. Its rows are never stored: only the column names are taken from them.
_PROBE = (
    "Tito met Spaak in Belgrade on 12 May 1954.1\n\n"
    "1 AJ, 507, IX, 9/I-12, Zabeleška o razgovoru, 12. 5. 1954; "
    "M. Brown, The Balkan Pact (London: Penguin, 1990), 12.\n"
)


def arrow_type(column: str) -> pa.DataType:
    """The Arrow type of a column of the tables, by its name; text unless known otherwise.

    >>> arrow_type("start"), arrow_type("x0"), arrow_type("ambiguous"), arrow_type("surface")
    (DataType(int64), DataType(double), DataType(bool), DataType(string))
    """
    if column in INTEGER_COLUMNS:
        return pa.int64()
    if column in _FLOAT:
        return pa.float64()
    if column in _BOOLEAN:
        return pa.bool_()
    return pa.string()


def probe_schemas(actor_table: pd.DataFrame, archive_table: pd.DataFrame, matcher) -> dict[str, pa.Schema]:
    """The schema of every per-document table, from the columns the extractors give a probe document.

    >>> from histkit.actors import build_matcher, load_actors
    >>> from histkit.citations import load_archives
    >>> actors = load_actors()
    >>> schemas = probe_schemas(actors, load_archives(), build_matcher(actors))
    >>> schemas["notes"].names[:3], schemas["notes"].field("marker_start").type
    (['doc_id', 'note_no', 'page'], DataType(int64))
    """
    # Here, not with the module: reading a store takes its column types and never runs the extractors.
    from ..read import Corpus, Document
    from .tables import tables_of

    tables = tables_of(Corpus([Document.from_text(_PROBE, doc_id="probe")]), actor_table, archive_table, matcher)
    schemas = {name: _schema(list(tables[name].columns) or COLUMNS.get(name, ["doc_id"])) for name in DOCUMENT_TABLES}
    schemas["actors"] = _schema(list(tables["actors"].columns))
    return schemas


def _schema(columns: list[str]) -> pa.Schema:
    return pa.schema([pa.field(c, arrow_type(c)) for c in columns])


def to_arrow(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """A frame as an Arrow table of the given schema: missing columns empty, values cast by column type.

    >>> schema = pa.schema([pa.field("note_no", pa.string()), pa.field("start", pa.int64())])
    >>> to_arrow(pd.DataFrame({"start": [3.0, float("nan")], "note_no": [1, pd.NA]}), schema).to_pylist()
    [{'note_no': '1', 'start': 3}, {'note_no': None, 'start': None}]

    A column the schema does not name is left out (the probe names every
    column the extractors make).
    """
    columns = dict(frame.items())  # one pass: each look-up by name costs pandas more than the conversion
    return pa.Table.from_arrays([_column(columns.get(field.name), field, len(frame)) for field in schema],
                                schema=schema)


def _column(column: pd.Series | None, field: pa.Field, rows: int) -> pa.Array:
    if column is None:
        return pa.nulls(rows, field.type)
    values = column.array
    if _as_is(column.dtype, field.type):
        # a column that holds the type already converts in C (text columns are Arrow already); one that
        # would need a value changed (a number in a text column, a float in an integer one) goes cell by cell
        try:
            return pa.array(values, type=field.type, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    return pa.array([_cell(v, field.type) for v in values.tolist()], type=field.type)


def _as_is(dtype, kind: pa.DataType) -> bool:
    """A column of this dtype holds values of the Arrow type as they are (text, whole numbers, floats, booleans)."""
    if kind == pa.string():
        return isinstance(dtype, pd.StringDtype) or pd.api.types.is_object_dtype(dtype)
    if kind == pa.int64():
        return pd.api.types.is_integer_dtype(dtype)
    if kind == pa.float64():
        return pd.api.types.is_float_dtype(dtype)
    return pd.api.types.is_bool_dtype(dtype)


def _cell(value, kind: pa.DataType):
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if kind == pa.string():
        return value if isinstance(value, str) else str(value)
    if kind == pa.int64():
        return int(value)
    if kind == pa.float64():
        return float(value)
    return bool(value)


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of the store as a DataFrame: integers that may be missing stay integers (Int64).

    >>> to_pandas(pa.table({"start": pa.array([3, None], pa.int64())})).start.tolist()
    [3, <NA>]
    """
    frame = table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}.get)
    return frame
