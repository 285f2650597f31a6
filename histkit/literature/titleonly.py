"""Which rule rows of the references table name a title only, and so are prose or a short form tied to no work.

The merge (`merge.with_model_references`) leaves them out unless they repeat an earlier reference.
"""

from __future__ import annotations

import pandas as pd

from .read import YEAR
from .repeats import opens_with_same_author
from .table import text_column


def title_only(references: pd.DataFrame) -> pd.Series:
    """Which rule rows name a title only: no author, no year, and no year anywhere in their text. Unless they repeat
    an earlier reference (`Bauer, Repertorium (Fn. 1)`, resolved to it), they are the prose of a note
    (`I riferimenti sono in: Diritto e tempo`) or a short form the rules could not tie to its work, and are left out.
    A row opening with a word for "the same author" (`Ead., Le leghe, op. cit.`) has an author, the one named before,
    even where none was found for it.

    >>> refs = pd.DataFrame({"authors": ["", "", "Bauer", ""], "title": ["Vi insisto in: Diritto", "Chruschtschow erinnert sich",
    ...                      "Repertorium", "Le leghe"], "year": ["", "", "", ""], "raw": ["Vi insisto in: Diritto (nt. 1) 85",
    ...                      "Chruschtschow erinnert sich. Hamburg, 1971", "Bauer, Repertorium, 3", "Ead., Le leghe, op. cit."],
    ...                      "source": ["rules"] * 4})
    >>> title_only(refs).tolist()
    [True, False, False, False]
    """
    flags = title_only_rows(*(text_column(references, c) for c in ("authors", "year", "raw", "source", "container",
                                                               "volume", "title")))
    return pd.Series(flags, index=references.index, dtype=bool)


def title_only_rows(authors: list[str], years: list[str], raws: list[str], sources: list[str], containers: list[str],
                    volumes: list[str], titles: list[str]) -> list[bool]:
    """`title_only` of rows given as their columns' text; not one naming the volume of a container that prints it
    (`Annales Pegavienses, MGH SS 16, p. 258`: an edition's series and volume, `editionseries`), nor a volume whose
    title the note does not print, not even its opening: the name the article declared for the short form it prints
    (`ORF 7, p. 223-229` after `ORF = Ordonnances des rois de France …`: `journals.read_journal_short`)."""
    return [not authors.strip() and not year.strip() and not YEAR.search(raw) and not opens_with_same_author(raw)
            and source == "rules" and not (volume.strip() and (container.strip() or title.strip()[:20] not in raw))
            for authors, year, raw, source, container, volume, title in zip(authors, years, raws, sources, containers,
                                                                              volumes, titles)]
