"""Pages whose text layer is garbled: a font with no usable map from its codes to Unicode.

A PDF writer that embeds a font subset without a ToUnicode map (or with a
wrong one) leaves a reader only the font's codes. Many such subsets number
their glyphs in the order the characters were first used, so the text comes
out shifted: `SLĈWHN` for `piątek`, `0SVIQ` for `Lorem`, and the space
(code 32) as a control character (`\\x03`, `\\x04`). pdftotext reads them no
better, unless the glyphs' names say their characters (`glyphnames`: such a
page is read again by them). No word of such a page is the article's: a
historian who is not told gets tables of nonsense; the page has to be read
by OCR instead.

The sign read is the share of control characters (other than tabs and line
ends) among a page's characters: none in any text a person wrote, and a
space's worth (one in six or seven) on a shifted page.
"""

from __future__ import annotations

from ...patterns import compiled

_CONTROL = compiled(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_SHARE = 0.02  # above this share of control characters a page is garbled (a shifted page has ~15 %)
_FEWEST = 3  # a stray control character or two (a PDF's odd byte) is no sign


def garbled(texts: list[str]) -> bool:
    """Whether a page's texts (its pieces') hold so many control characters that its font maps no Unicode.

    >>> garbled(["0SVIQ\\x04MTWYQ", "HSPSV\\x04WMX\\x04EQIX"]), garbled(["Lorem ipsum dolor sit amet"])
    (True, False)
    """
    joined = "".join(texts)  # (each match is one character: the texts' count is the joined text's)
    # a control character is not printable, so a printable page holds only the replacement character of the class:
    # one scan of C tells most pages, where the pattern was tried at every character of every piece
    if joined.isprintable() and "\ufffd" not in joined:
        return False
    control = len(_CONTROL.findall(joined))
    return control >= _FEWEST and control > _SHARE * len(joined)
