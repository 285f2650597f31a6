"""Token-level TEI (every word a `<w>`, every punctuation mark a `<pc>`): the text the tokens spell.

Linguistically annotated corpora (CLARIN, ParlaMint, TXM exports, Stanza or
UDPipe output turned into TEI) split each sentence into tokens, one a line.
The XML's white space between them is then the file's layout, not the text's:
a space stands between two tokens unless the encoding says they are joined —
TEI's ``@join`` (``right`` on a token glued to the next one, ``left`` on one
glued to the one before, ``both``, ``overlap``), or Universal Dependencies'
``SpaceAfter=No`` carried over into ``@msd`` or ``@misc``. Spacing every two
tokens would give ``( « підрядчиків » ) ,`` for ``(«підрядчиків»),``.

`respace` rewrites such a tree in place before it is read: the layout white
space among tokens goes, and a token that follows another with a space gets
that space as its first character — so a note standing between two tokens
is called right after the first (``Правобережжя.¹ Про``). Only elements whose
words are all in tokens are touched: prose with a word or two marked `<w>`
keeps its white space as written.
"""

from __future__ import annotations


from .xmltext import local
from ..patterns import compiled

TOKENS = frozenset(("w", "pc"))
# Elements that stand between tokens without being words of the sentence: a note is read apart, the others are points.
_BETWEEN = frozenset("note anchor pb lb cb milestone gap".split())
_JOINED_AFTER = frozenset(("right", "both", "overlap"))
_JOINED_BEFORE = frozenset(("left", "both", "overlap"))
_NO_SPACE_AFTER = compiled(r"(?:^|[|\s])SpaceAfter=No(?:$|[|\s])")


def respace(root) -> None:
    """Rewrite the white space of ``root``'s token-level elements as the tokens' joins say (in place)."""
    if not any(local(e.tag) in TOKENS for e in root.iter()):
        return
    spelled: set[int] = set()
    _token_level(root, spelled)
    last: dict[int, object] = {}  # id(the note a token is in, or root) -> the token before it there
    for scope, token in _tokens(root, root):
        if id(token) not in spelled:
            last.pop(id(scope), None)  # a token in prose: the text around it spaces it as written
            continue
        before = last.get(id(scope))
        if before is not None and _spaced(before, token):
            token.text = " " + (token.text or "")
        last[id(scope)] = token


def _token_level(element, spelled: set[int]) -> bool:
    """Whether ``element`` is a token or holds only tokens (with notes and points between); its layout blanked.

    The tokens of a token-level element go into ``spelled``; notes are
    judged on their own (a note in plain prose may stand in a tokenised sentence).
    """
    name = local(element.tag)
    if name in TOKENS:
        return True
    levels = [(child, _token_level(child, spelled)) for child in element]
    if (element.text or "").strip() or any((child.tail or "").strip() for child in element):
        return False
    words = [child for child, level in levels if local(child.tag) not in _BETWEEN]
    if not words or not all(level for child, level in levels if local(child.tag) not in _BETWEEN):
        return False
    element.text = "" if element.text is not None else None
    for child in element:
        if child.tail is not None:
            child.tail = ""
        if local(child.tag) in TOKENS:
            spelled.add(id(child))
    return True


def _tokens(element, scope):
    """Each token under ``element`` in reading order, with the note (or root) whose text it is in."""
    for child in element:
        name = local(child.tag)
        if name in TOKENS:
            yield scope, child
        else:
            yield from _tokens(child, child if name == "note" else scope)


def _spaced(before, token) -> bool:
    """Whether a space stands between two neighbouring tokens."""
    if (before.get("join") or "").strip() in _JOINED_AFTER or (token.get("join") or "").strip() in _JOINED_BEFORE:
        return False
    return not any(_NO_SPACE_AFTER.search(before.get(a) or "") for a in ("msd", "misc"))
