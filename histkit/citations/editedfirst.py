"""An edited volume cited by its title, its editor after it: `Title, ed. L. Smith, vol. 2, London, 1999`,
`Վերնագիր, խմբ. Լ. Ավագյան, հ. 2, Երևան, 1999`.

The readers of the comma styles find a reference by the person's name that opens it; a book cited by its title
opens with none. Where the title is followed by a word for an editor (``reference_words.csv``, kind ``role``, or
`ed.`, `eds.`, `edited by`) and a person's name, `editor_first` writes the editor first, as the styles that
print editors first do (`L. Smith (ed.), Title, …`), so that the name opens the reference. A title that is itself a
person's name is left alone (a reference with an author names its translator so, not its editor).
"""

from __future__ import annotations

import functools
import re

from .namecolon import name_colon
from .names import is_name, names_joined
from .words import IN_WORDS, alternation
from ..patterns import compiled


@functools.cache
def _title_editor() -> re.Pattern:
    roles = rf"{alternation('reference_words.csv', 'role')}|eds?\.|edited\s+by"
    # (the title may hold commas, `Ästhetik und Rhetorik, Lektüren zu Paul de Man, hg. von K. H. Bohrer, …`: the first
    # role's word ends it; and a bracket of its own, `Le carte della tonnara (1750-1860), a cura di …`, not an editor's)
    return compiled(rf"^(?P<title>(?:[^()]|\([^(),]{{1,40}}\)){{3,150}}?),\s*(?P<role>{roles})\s+(?P<names>[^,()\d]{{2,60}}),\s*(?P<rest>\S.*)$",
                      re.IGNORECASE)


_IN_AFTER_COMMA = compiled(rf",\s*{IN_WORDS}")


def editor_first(text: str, reading: bool = False) -> str:
    """``text`` with the editor written before the title when it follows it; else as it is. ``reading``: for the
    fields, not whether it is literature, so a title holding the book it is in is left alone (`ders., Titel, in:
    Buch, hg. von …`: the editors are the book's, not the chapter's authors).

    >>> editor_first("Village history, ed. L. Smith, vol. 2, London, Grove, 1999, p. 4")
    'L. Smith (ed.), Village history, vol. 2, London, Grove, 1999, p. 4'
    >>> editor_first("J. Brown, Village history, ed. L. Smith, London, 1999")
    'J. Brown, Village history, ed. L. Smith, London, 1999'
    """
    if "," not in text:
        return text
    found = _title_editor().match(text)
    title, names = found.group("title").strip() if found else "", found.group("names").strip() if found else ""
    # (a title with commas or a colon of which a part is a name is an author's reference: `J. Brown, Village history,
    # ed. …`, `… im Werk: J. Hartmann, Titel, übers. …`)
    if found is None or is_name(title) or any(is_name(part.strip()) for part in re.split(r"[,:]", title)) \
            or reading and _IN_AFTER_COMMA.search(title) \
            or not (is_name(names) or names_joined(names, short=False)) \
            or name_colon(text) is not None:  # (`Name: «Title», trans. …`: the authors before a colon, not a title)
        return text
    # (`مرتبہ: Name`: the role's colon is no part of the bracket written; a role of several words, `hg. von`, `a cura
    # di`, is written `ed.`, the bracket the readers know)
    role = found.group("role").rstrip(":")
    return f"{names} ({'ed.' if ' ' in role.strip() else role}), {title}, {found.group('rest')}"
