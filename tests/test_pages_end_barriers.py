"""`trailing_pages` and GOST's pages at the end seek the pages only after the last character of `tails.NOT_IN_PAGES`:
no match of either pattern takes one in."""

import re
from re import _constants as C
from re import _parser

from histkit.citations import gost, tails
from histkit.citations.tails import NOT_IN_PAGES, trailing_pages

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _same(code: int, ch: str) -> bool:
    return chr(code) == ch or chr(code).casefold() == ch.casefold()


def _takes(op, av, ch: str) -> bool:
    """Whether one consuming item of a parsed pattern can take ``ch`` in (in any case: the safe answer)."""
    if op is C.LITERAL:
        return _same(av, ch)
    if op is C.NOT_LITERAL:
        return not _same(av, ch)
    if op is C.ANY:
        return ch != "\n"
    assert op is C.IN, op
    negated, hit = False, False
    for kind, value in av:
        if kind is C.NEGATE:
            negated = True
        elif kind is C.LITERAL:
            hit = hit or _same(value, ch)
        elif kind is C.RANGE:
            hit = hit or any(value[0] <= ord(c) <= value[1] for c in (ch, ch.lower(), ch.upper()))
        else:
            assert kind is C.CATEGORY, kind
            hit = hit or re.fullmatch(_CATEGORIES[str(value)], ch) is not None
    return hit != negated


def _taken(items, ch: str) -> bool:
    """Whether the parsed pattern ``items`` can take ``ch`` in anywhere (look-arounds take nothing in)."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT, C.GROUPREF):
            continue  # (a back-reference takes what its group took)
        if op is C.SUBPATTERN:
            found = _taken(av[-1], ch)
        elif op is C.ATOMIC_GROUP:
            found = _taken(av, ch)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            found = _taken(av[2], ch)
        elif op is C.BRANCH:
            found = any(_taken(branch, ch) for branch in av[1])
        elif op is C.GROUPREF_EXISTS:
            found = _taken(av[1], ch) or bool(av[2]) and _taken(av[2], ch)
        else:
            found = _takes(op, av, ch)
        if found:
            return True
    return False


def test_no_character_the_pages_search_starts_after_is_taken_in_by_the_pages_pattern():
    parsed = _parser.parse(tails._PAGES_END.pattern, tails._PAGES_END.flags)
    assert NOT_IN_PAGES
    assert [ch for ch in NOT_IN_PAGES if _taken(parsed, ch)] == []


def test_no_character_the_pages_search_starts_after_is_taken_in_by_gosts_pages_pattern():
    parsed = _parser.parse(gost._PAGES.pattern, gost._PAGES.flags)
    assert [ch for ch in NOT_IN_PAGES if _taken(parsed, ch)] == []


def test_a_bracket_or_semicolon_before_the_pages_leaves_them_found():
    assert trailing_pages("Marković (ur.), Štampa; Beograd, 1970, 12") == (37, "12")
    assert trailing_pages("Eley, Forging Democracy (New York, 2002)") == (40, "")
