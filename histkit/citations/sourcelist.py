"""An article's own list of its archival sources, which names the codes its notes use for archives.

Many articles close with the archives they used, each under the abbreviation the notes cite it by (`AY – Archives of
Yugoslavia:`, `CSA – Croatian State Archives:`, `AJ, Arhiv Jugoslavije:`, `HDA = Hrvatski državni arhiv`), and
never spell the archive out in a note. Such a list teaches the archives' matcher those codes before the notes are
read: a code for an archive the authority file knows by that name stands for it (`CSA` for the Croatian State
Archives, `HDA`); another for an archive of its own.
"""

from __future__ import annotations

import re

from ..patterns import compiled
from .archives import Archive, ArchiveMatcher
from .refcodes import looks_like_code
from .words import archive_word

# a line of its own: a bullet, the code, a dash, an equals sign or a comma, the archive's name, a colon or full stop
_LISTED = compiled(r"^[ \t•○●◦▪*·-]*(?P<code>[^\W\d_][\w.&/-]*(?: [^\W\d_][\w.&/-]*){0,2})[ \t]*(?:[–—=]|[ \t]-[ \t]|,)"
                   r"[ \t]*(?P<name>[^\n:;,()]{5,120}?)[ \t]*[:.;]?[ \t]*$", re.MULTILINE)


def learn_source_list(text: str, matcher: ArchiveMatcher) -> ArchiveMatcher:
    """Teach ``matcher`` the archives' codes a list of sources in ``text`` gives (lines `CODE – Name of an archive`);
    the matcher, for the caller's convenience.

    >>> from histkit.citations.archives import default_matcher
    >>> matcher = learn_source_list("Archival Sources\\nCSA – Croatian State Archives:\\nXYZA – Archive of Xyz:\\n",
    ...                             default_matcher().copy())
    >>> matcher.match("CSA, grupa VII")[0].code, matcher.match("XYZA, box 4")[0].name
    ('HDA', 'Archive of Xyz')

    A code the matcher knows already keeps its archive; a name with no word for an archive (`JMH – Journal of
    Modern History`) teaches nothing.
    """
    if "\n" not in text:
        return matcher
    for m in _LISTED.finditer(text):
        code, name = m.group("code"), m.group("name").strip()
        if not looks_like_code(code) or not any(c.isupper() for c in code) or not archive_word().search(name):
            continue
        known = matcher.match(name)
        matcher.add_code(code, known[0] if known and known[1] >= len(name.rstrip(".")) else Archive(code, name))
    return matcher
