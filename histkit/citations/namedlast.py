"""An archive the authority lacks, named last after the holding (Chicago style), in a citation that reads as a book.

``Harris County Commissioners Court, Minutes, vol. 14, 233–235 (12/2/1919), Harris County Archives, Houston.``: a
volume and its pages look like a book's, but a book's imprint ends with its year, never with an archive's name and
town. When the citation ends with the name of an archive (`locate.unknown_archive`) and at most a town after it, it
is archival whatever the parts before it look like; the town is no part of the archive's name.
"""

from __future__ import annotations


from .archives import Archive
from .holdings import is_place_token
from .locate import unknown_archive
from ..patterns import compiled

# what may follow the name at the citation's end: a town of a few words, a full stop
_TOWN_LAST = compiled(r"(?:,\s*(?P<town>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2}))?\s*\.?\s*")


def archive_named_last(text: str) -> tuple[Archive, int, int] | None:
    """The unknown archive that ends ``text`` (a town after it aside), where its name starts and ends; else None.

    >>> archive, start, end = archive_named_last("County Court, Minutes, vol. 14, 233–235 (12/2/1919), Harris County Archives, Houston.")
    >>> archive.name, start, end
    ('Harris County Archives', 53, 75)
    >>> archive_named_last("Jane Doe, The Archives of Texas (Austin, 1975), 12.") is None
    True
    """
    found = unknown_archive(text)
    if found is None or found[1] == 0:
        return None
    archive, start, end = found
    name = archive.name
    if "," in name and is_place_token(name.rsplit(",", 1)[1].strip()):
        name = name.rsplit(",", 1)[0].strip()
        end = start + len(name)
    rest = _TOWN_LAST.fullmatch(text, end)
    if rest is None or (rest.group("town") and not is_place_token(rest.group("town"))):
        return None
    return Archive(name, name), start, end
