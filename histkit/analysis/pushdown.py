"""The analyses on DuckDB: a table given as a DuckDB connection or relation is reduced in SQL, finished in pandas.

`histkit.connect(store)` gives a connection with one view per table of a
store too big to load. Each analysis function then asks DuckDB only for what
it needs: the rows grouped by the columns it reads, with how many rows each
group holds (`reduce`), or a projection of a few columns. Only that small
result becomes a DataFrame, and the same pandas code as for a DataFrame
finishes it, counting each row as many times as it stands for; so both
paths give the same table.

A connection stands for its view of the table's name (`mentions`,
`citations`, ...); a relation (``db.table("mentions")``,
``db.sql("SELECT ...")``) for itself.
"""

from __future__ import annotations

import pandas as pd

#: The words of the blocks' texts as `common.word_count` counts them: its pattern `\w+(?:[-’']\w+)*` in RE2's
#: spelling (Python's \w is a letter, a number or '_' in any script, as [\pL\pN_] is), summed as whole numbers.
WORDS = r"CAST(sum(len(regexp_extract_all(coalesce(CAST(text AS VARCHAR), ''), '[\pL\pN_]+(?:[-’''][\pL\pN_]+)*'))) AS BIGINT)"
_INTEGERS = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"}


def is_duck(obj) -> bool:
    """Whether `obj` is a DuckDB connection or relation (checked without importing duckdb).

        >>> is_duck(pd.DataFrame()), is_duck(None)
        (False, False)
    """
    return type(obj).__module__.lstrip("_").split(".")[0] == "duckdb"


def relation(obj, table: str):
    """The relation `obj` stands for: the view named `table` of a connection, or the relation itself."""
    return obj.table(table) if hasattr(obj, "table") and hasattr(obj, "execute") else obj


def columns(obj, table: str) -> dict[str, str]:
    """The columns of the table `obj` stands for, with their DuckDB types."""
    rel = relation(obj, table)
    return dict(zip(rel.columns, (str(t) for t in rel.types)))


def quote(name: str) -> str:
    """A column name as a SQL identifier.

        >>> quote('end'), quote('a"b')
        ('"end"', '"a""b"')
    """
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """A text as a SQL string literal.

        >>> literal("Tito's")
        "'Tito''s'"
    """
    return "'" + str(value).replace("'", "''") + "'"


def text(name: str, kind: str) -> str:
    """SQL giving a column's cells as `common.plain` gives them: '' for NULL, whole numbers without '.0'.

        >>> text("note_no", "DOUBLE")
        'CASE WHEN "note_no" IS NULL OR isnan("note_no") THEN \\'\\' WHEN "note_no" = trunc("note_no") THEN CAST(CAST("note_no" AS HUGEINT) AS VARCHAR) ELSE CAST("note_no" AS VARCHAR) END'
    """
    col = quote(name)
    if kind in ("DOUBLE", "FLOAT", "REAL"):
        return (f"CASE WHEN {col} IS NULL OR isnan({col}) THEN '' WHEN {col} = trunc({col}) "
                f"THEN CAST(CAST({col} AS HUGEINT) AS VARCHAR) ELSE CAST({col} AS VARCHAR) END")
    if kind == "BOOLEAN":
        return f"CASE WHEN {col} IS NULL THEN '' WHEN {col} THEN 'True' ELSE 'False' END"
    return f"coalesce(CAST({col} AS VARCHAR), '')"


def flag(name: str, kind: str) -> str:
    """SQL true where a cell says true, as `common.as_flags` reads it.

        >>> flag("ambiguous", "BOOLEAN")
        'coalesce("ambiguous", false)'
    """
    if kind == "BOOLEAN":
        return f"coalesce({quote(name)}, false)"
    if kind in _INTEGERS or kind == "VARCHAR":
        return f"lower(trim(coalesce(CAST({quote(name)} AS VARCHAR), ''))) IN ('true', '1', 'yes')"
    return "false"  # a float prints as 1.0, which as_flags does not read as true


def reduce(obj, table: str, keys: list[str], aggregates: dict[str, str] | None = None, where: str = "") -> pd.DataFrame:
    """The rows of a table grouped by `keys` (those it has), with `n` rows each and `aggregates` (name: SQL).

    Grouping is on the raw cells, NULL apart from '': the pandas code that
    reads the result folds them as it folds a DataFrame's cells, summing `n`.
    Rows come in key order.
    """
    present = [k for k in keys if k in columns(obj, table)]
    picked = [quote(k) for k in present]
    sums = [f"{sql} AS {quote(name)}" for name, sql in {"n": "count(*)", **(aggregates or {})}.items()]
    sql = f"SELECT {', '.join(picked + sums)} FROM rows{f' WHERE {where}' if where else ''}"
    if picked:  # in key order, so that what pandas takes "first" is the same on every run
        sql += f" GROUP BY {', '.join(picked)} ORDER BY {', '.join(picked)}"
    return relation(obj, table).query("rows", sql).df()


def project(obj, table: str, names: list[str], where: str = "") -> pd.DataFrame:
    """A few columns of a table (those it has), rows filtered by `where` (SQL), in the table's order.

    Cells have the dtypes `histkit.store.read_store` gives them.
    """
    present = [quote(c) for c in names if c in columns(obj, table)] or ["NULL AS _none"]
    sql = f"SELECT {', '.join(present)} FROM rows{f' WHERE {where}' if where else ''}"
    return _as_stored(relation(obj, table).query("rows", sql))


def frame(obj, table: str) -> pd.DataFrame:
    """A small table (actors, documents) whole, as `read_store` gives it; a DataFrame or None as given."""
    return _as_stored(relation(obj, table)) if is_duck(obj) else obj


def _as_stored(rel) -> pd.DataFrame:
    import pyarrow as pa

    # The mapping of histkit.store's to_pandas: integers and flags that may be missing stay integers and flags.
    mapper = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}.get
    return rel.to_arrow_table().to_pandas(types_mapper=mapper)
