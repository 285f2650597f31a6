"""What to tell the user when the actors authority file cannot give any mention.

An authority file with only its header, or whose actors the corpus never
names, is no error: the mention tables are simply empty. The commands say so
in one sentence, with what to do next, instead of leaving empty figures
unexplained.
"""

from __future__ import annotations

import pandas as pd

#: What to run to get an authority file for a new corpus.
REMEDY = "draft one for your corpus with `histkit init CORPUS --out PROJECT` (or `histkit actors discover CORPUS`)"


def authority_notice(actors: pd.DataFrame, mentions: int | None = None, source: str = "") -> str:
    """A sentence for an authority that gave no mention ('' when there is nothing to say).

    >>> empty = pd.DataFrame(columns=["actor_id", "name", "kind", "aliases"])
    >>> authority_notice(empty, source="my.csv").split(";")[0]
    'my.csv has no actors, so the mention tables are empty'
    >>> one = pd.DataFrame([{"actor_id": "t", "name": "Tito", "kind": "person", "aliases": ""}])
    >>> authority_notice(one, 0).split(";")[0]
    'no actor of the actors file is named in the corpus, so the mention tables are empty'
    >>> authority_notice(one, 3)
    ''

    ``mentions`` is the number of mention rows found (None: not known yet).
    """
    name = source or "the actors file"
    if actors is None or not len(actors):
        return f"{name} has no actors, so the mention tables are empty; {REMEDY}"
    if mentions == 0:
        return (f"no actor of {name} is named in the corpus, so the mention tables are empty; "
                f"check its names and aliases, or {REMEDY}")
    return ""
