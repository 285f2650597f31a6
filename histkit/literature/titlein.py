"""A title read on into the book or journal it is in: `Foreword: Of the Lawes …, in A COMPANION TO RICHARD HOOKER`,
`Die Konsistenz des Menschlichen …, in: Autonomie im Recht …`. The title ends before `, in` (a word of the ``in``
list of ``histkit/data/literature/words.csv``, `dans`, `en`, `u`) and the capital that follows; what follows is the
container, where the reading names none."""

from __future__ import annotations

from .tokens import key, word_kinds
from ..patterns import compiled

# `, in: Autonomie`, `, dans : « Revue`: a comma, a short word and a colon; or `, in A COMPANION`: the word and a book's
# title in capitals (not `, in London`, `, u Zagrebu`: a place)
_IN_AFTER_COMMA = compiled(r",\s+([^\W\d_]{1,5})(?:\s*:\s*(?=[^\W\d_a-zà-ÿ]|[„“\"«])|\s+(?=[A-Z][A-Z'’.]*\s+[A-Z]{2,}))")


def title_in_container(title: str, container: str) -> tuple[str, str]:
    """The title cut before the container it ran on into, and the container (the reading's own where it names one).

    >>> title_in_container("Foreword: Of the Lawes Revisited, in A COMPANION TO RICHARD HOOKER", "")
    ('Foreword: Of the Lawes Revisited', 'A COMPANION TO RICHARD HOOKER')
    >>> title_in_container("Kritik der Rechte, Frankfurt", ""), title_in_container("Gradovi, u Zagrebu", "")
    (('Kritik der Rechte, Frankfurt', ''), ('Gradovi, u Zagrebu', ''))
    """
    kinds = word_kinds()
    for found in _IN_AFTER_COMMA.finditer(title):
        if "in" in kinds.get(key(found.group(1)), ()) and title[:found.start()].strip():
            return title[:found.start()].rstrip(" ,"), container or title[found.end():].strip()
    return title, container
