"""The town after the name of an archive the article names: `Archivio storico della Cucirini Cantoni Coats, Lucca, …`.

A company's, a parish's or a family's archive is named with the town that keeps it, then its series in words, then
the call number (`…, Lucca, Verbali del consiglio di amministrazione, vol. 3`; `Firmenarchiv Gebr. Wolff, Reutlingen,
Protokolle der Gesellschafterversammlung, Bd. 3`). The authority file does not list such archives, so it cannot give
their town; the shape does: one capitalised word, then a series whose name is a phrase of three words or more (a word
in small letters after its first) rather than a name: two words may name a lower level of a fonds named in one word
(`Archivo Histórico Diocesano de San Juan, Justicia, Causas matrimoniales, leg. 45`). A fonds named in one word stands before the call number itself (`ASL, Prefettura, b.
123`), and a fonds named by capitalised words is a name (`Oberamt Urach`), so neither is taken for a town.
"""

from __future__ import annotations

from .archives import Archive
from .places import is_place_token
from .words import level_word


def town_before_series(archive: Archive, town: str, series: str) -> bool:
    """Whether ``town``, after the name of ``archive``, is its town because ``series`` after it names a series in words.

    >>> own = Archive("Firmenarchiv Gebr. Wolff", "Firmenarchiv Gebr. Wolff")
    >>> town_before_series(own, "Reutlingen", "Protokolle der Gesellschafterversammlung")
    True
    >>> town_before_series(own, "Prefettura", "Gabinetto"), town_before_series(own, "Oberamt Urach", "Bü 312")
    (False, False)

    Only an archive the authority file lacks (its code is its name): a listed archive's town is the file's.
    """
    words = series.split()
    return archive.code == archive.name and len(town.split()) == 1 and is_place_token(town) \
        and not level_word().match(town) and len(words) >= 3 and not any(map(str.isdigit, series)) \
        and any(w[:1].islower() for w in words[1:])
