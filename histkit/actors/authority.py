"""The actors authority file: each person, family, party, organisation, state or institution once.

`load_actors` reads and checks it (the shipped ``data/authority/actors.csv``
or a historian's own copy); `actors_table` is the part of it the tables show.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from ..data import authority_file
from ..errors import AuthorityError

#: Columns every actors authority file must have, in this order in `load_actors`' result.
COLUMNS = ["actor_id", "name", "kind", "aliases", "birth", "death", "wikidata", "note"]

#: Optional columns understood when present (gender: m or f, steers the case endings).
OPTIONAL = ["gender"]

#: (a family or dynasty — the Habsburgs, die Fugger — is an actor of its own beside its members: a historian
#: writes of what the family did as of what one of them did)
KINDS = ("person", "organisation", "party", "state", "institution", "family")


def load_actors(path=None) -> pd.DataFrame:
    """The actors authority file as a table, checked line by line.

    >>> load_actors().loc[lambda t: t.actor_id == "tito", ["name", "kind", "aliases"]].values.tolist()
    [['Josip Broz Tito', 'person', 'Tito']]

    ``path`` defaults to the shipped ``data/authority/actors.csv``. Columns:
    actor_id, name, kind, aliases (``|``-separated), birth, death, wikidata,
    note, and gender when the file has it. Raises `AuthorityError` naming the
    file and line for a missing file or column, an empty id or name, a
    duplicate id, or an unknown kind.
    """
    path = Path(path) if path is not None else authority_file("actors.csv")
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise AuthorityError(f"{path}: no such actors file; give the path of a CSV with columns {', '.join(COLUMNS)}") from None
    except OSError as exc:
        raise AuthorityError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    with handle:
        try:
            reader = csv.reader(handle)
            header = _read_header(path, next(reader, None))
            rows, seen = [], {}
            for record in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) > len(header):
                    raise AuthorityError(f"{path}, line {line}: {len(record)} fields but the header has {len(header)}; quote fields that hold commas")
                row = {h: (record[i].strip() if i < len(record) else "") for i, h in enumerate(header)}
                _check_row(path, line, row, seen)
                seen[row["actor_id"]] = line
                rows.append(row)
        except UnicodeDecodeError:
            raise AuthorityError(f"{path}: is not UTF-8 text; save it as UTF-8 CSV") from None
        except csv.Error as exc:
            raise AuthorityError(f"{path}, line {reader.line_num}: not valid CSV ({exc})") from None
    columns = COLUMNS + [c for c in header if c not in COLUMNS]
    return pd.DataFrame(rows, columns=columns).astype(str)


def _read_header(path, header: list[str] | None) -> list[str]:
    if not header:
        raise AuthorityError(f"{path}, line 1: the file is empty; the first line must name the columns {', '.join(COLUMNS)}")
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise AuthorityError(f"{path}, line 1: missing column(s) {', '.join(missing)}; the header must name {', '.join(COLUMNS)}")
    return header


def _check_row(path, line: int, row: dict, seen: dict) -> None:
    actor_id = row["actor_id"]
    if not actor_id:
        raise AuthorityError(f"{path}, line {line}: empty actor_id; give every actor a short unique id")
    if actor_id in seen:
        raise AuthorityError(f"{path}, line {line}: duplicate actor_id {actor_id!r} (first on line {seen[actor_id]}); ids must be unique")
    if not row["name"]:
        raise AuthorityError(f"{path}, line {line}: actor {actor_id!r} has an empty name")
    if row["kind"] not in KINDS:
        raise AuthorityError(f"{path}, line {line}: actor {actor_id!r} has unknown kind {row['kind']!r}; use one of {', '.join(KINDS)}")
    if row.get("gender", "") not in ("", "m", "f"):
        raise AuthorityError(f"{path}, line {line}: actor {actor_id!r} has gender {row['gender']!r}; use m, f or leave it empty")


def actors_table(actors) -> pd.DataFrame:
    """The authority as used: actor_id, name, kind, aliases, sorted by actor_id.

    >>> actors_table(load_actors()).head(2).values.tolist()
    [['bakaric', 'Vladimir Bakarić', 'person', ''], ['barisic', 'Barišić', 'person', '']]

    ``actors`` is a table from `load_actors` or an `ActorMatcher` (its table is used).
    """
    if not isinstance(actors, pd.DataFrame):
        actors = actors.actors  # an ActorMatcher, which holds the table it was built from
    table = actors[["actor_id", "name", "kind", "aliases"]].astype(str)
    return table.sort_values("actor_id", kind="stable").reset_index(drop=True)


def name_forms(row) -> list[tuple[str, bool]]:
    """An authority row's name and aliases, each with whether it is an alias.

    >>> name_forms({"name": "Josip Broz Tito", "aliases": "Tito|Maršal"})
    [('Josip Broz Tito', False), ('Tito', True), ('Maršal', True)]
    """
    forms = [(row["name"], False)]
    forms += [(a.strip(), True) for a in str(row.get("aliases", "")).split("|") if a.strip()]
    return forms


def titled_full_names(name: str, forms: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A person's alias of a title and part of the name, with the title before the whole name, as an alias too.

    >>> titled_full_names("Āpirana Ngata", [("Āpirana Ngata", False), ("Tā Āpirana", True)])
    [('Tā Āpirana Ngata', True)]
    >>> titled_full_names("Te Puea Hērangi", [("Te Puea", True), ("T. W. Rātana", True), ("Peter Buck", True)])
    []

    A text that gives the title the file lists with a shortened name also
    prints it before the full name (`Tā Āpirana Ngata`, `Malam Aminu Kano`,
    `মওলানা আবদুল হামিদ খান ভাসানী`): one mention, not the titled alias and
    the family name after it as two. The title is the alias's first words,
    none of the name's and none an initial; the rest are words of the name.
    """
    words = name.split()
    out = []
    for form, is_alias in forms:
        tokens = form.split()
        k = next((i for i, t in enumerate(tokens) if t in words), len(tokens))
        if (is_alias and 0 < k < len(tokens) and all(t in words for t in tokens[k:])
                and not any("." in t for t in tokens[:k])):
            titled = " ".join(tokens[:k] + words)
            if titled not in [f for f, _ in forms] + [f for f, _ in out]:
                out.append((titled, True))
    return out


def maiden_full_names(name: str, forms: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A woman's maiden name (an alias of her given name and another family name) before her married family name.

    >>> maiden_full_names("Margaret Hartley", [("Margaret Hartley", False), ("Margaret Cole", True)])
    [('Margaret Cole Hartley', True)]

    English and American usage keeps the maiden name as a middle name (`Margaret Cole Hartley`, `Ellen
    Axson Wilson`): one mention, not the alias and the family name after it as two.
    """
    words = name.split()
    return [(f"{form} {words[-1]}", True) for form, is_alias in forms
            if is_alias and len(words) == 2 and len(form.split()) == 2 and form.split()[0] == words[0]
            and form.split()[1] != words[-1]]
