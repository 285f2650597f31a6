"""A call number whose two parts a semicolon joins: ``AddF, NL-K-16 ; 12, Brief an Alice Salomon``.

Some archives write a signature as the collection's code, a spaced semicolon and the file's number within it (the
Archiv der deutschen Frauenbewegung's ``NL-K-16 ; 12``, ``SP-01 ; 45``). The splitter cuts a note at its semicolons;
a part that is a bare number, after a code ending in a digit, cites nothing by itself: the semicolon joins one call
number's two parts, and the note is not cut there.
"""

from __future__ import annotations

from ..patterns import compiled

# a code of capitals and digits ending in a digit, then ` ; `
_CODE_BEFORE = compiled(r"(?<![\w-])[A-Z][A-Za-z]*(?:[-./][A-Za-z0-9]+)*\d\s$")
# a bare number (`12`, `2-1`), then a comma, a full stop or the note's end
_NUMBER_AFTER = compiled(r"\s\d{1,5}(?:-\d{1,4})?(?=\s*,|\s*\.?\s*$)")


def joins_signature(text: str, at: int) -> bool:
    """Whether the semicolon at ``text[at]`` joins the two parts of one call number.

    >>> text = "AddF, NL-K-16 ; 12, Brief vom 3.5.1927."
    >>> joins_signature(text, text.index(";"))
    True
    >>> text = "HDA, fond 1220, kut. 12 ; kut. 14, 1950."
    >>> joins_signature(text, text.index(";"))
    False
    """
    return _CODE_BEFORE.search(text, max(0, at - 24), at) is not None and _NUMBER_AFTER.match(text, at + 1) is not None
