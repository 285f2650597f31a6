"""An archive's name in another script, given in brackets after it: `Haifa Municipal Archives (ארכיון עיריית חיפה;
hereafter HMA)`; a later note that opens with that name (`ארכיון עיריית חיפה, מחלקת המהנדס, …`) cites the same archive.

An article on archives of a country whose script is not its own gives the archive's name in the original script once,
in brackets after the name it uses (a code may follow after a semicolon); the name in brackets holds a word for
archive (``archive_words.csv``) and is written in another script than the name before it. It is taught to the matcher
as a spelling of the archive the name before it (or the code after it) stands for.
"""

from __future__ import annotations

import unicodedata

from .archives import ArchiveMatcher
from .words import archive_word
from ..patterns import compiled

_OTHER = compiled(r"(?P<name>[^,;()]{3,120}?)\s*\((?P<other>[^();,]{3,80}?)\s*(?:;\s*(?P<rest>[^()]*))?\)")
_NAME_LONGEST = 120  # (the name's bound in `_OTHER`)


def _bracketed(text: str):
    """The matches of `_OTHER` in ``text``, as its ``finditer`` gives them, tried only where one can start.

    A match holds one opening bracket, the first of `,;()` after its start: so it starts after the last of them
    before that bracket, and at most the name's 120 characters before the white space ahead of the bracket; where
    the earliest such start fails, every later one before the bracket fails too (what follows the bracket is the
    same). ``finditer`` tried every character, a scan of up to 120 at each (most of the citation stage's time in it).

    >>> [m["other"] for m in _bracketed("Minutes, Haifa Archives (ארכיון עיריית חיפה; hereafter HMA), vol. 4 (x)")]
    ['ארכיון עיריית חיפה']
    """
    at = 0
    for bracket in _OPENING.finditer(text):
        q = bracket.start()
        if q < at:
            continue
        after = max(text.rfind(c, at, q) for c in ",;()") + 1  # (the last of them before the bracket, or none)
        space = q
        while space > after and text[space - 1].isspace():
            space -= 1
        start = max(at, after, space - _NAME_LONGEST)
        if start + 3 > q:
            continue
        found = _OTHER.match(text, start)
        if found is not None:
            yield found
            at = found.end()


_OPENING = compiled(r"\(")


def _script(text: str) -> str:
    """The script of the first letter of ``text`` (`LATIN`, `HEBREW`, `CJK`…), or ''."""
    letter = next((c for c in text if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


def learn_other_script(text: str, matcher: ArchiveMatcher) -> None:
    """Teach ``matcher`` the names in another script that ``text`` gives in brackets after an archive it knows.

    >>> from histkit.citations.archives import Archive, default_matcher
    >>> matcher = default_matcher().copy()
    >>> matcher.define("HMA", Archive("HMA", "Haifa Municipal Archives"))
    >>> learn_other_script("Minutes, Haifa Municipal Archives (ארכיון עיריית חיפה; hereafter HMA), vol. 4", matcher)
    >>> matcher.match("ארכיון עיריית חיפה, תיק 14/112")[0].name
    'Haifa Municipal Archives'
    """
    if "(" not in text:
        return
    for m in _bracketed(text):
        name, other = m.group("name").strip(), m.group("other").strip()
        if _script(name) == _script(other) or archive_word().search(other) is None:
            continue
        words = (m.group("rest") or "").split()
        for said in ([words[-1]] if words else []) + [name]:  # (the code after the semicolon, else the name)
            hit = matcher.match(said)
            if hit is not None and hit[1] == len(said):
                matcher.add_code(other, hit[0])
                break
