"""A scan's endnotes at the text's size: a number the OCR layer raised at a line's start, far behind the calls
counted so far, is the endnote's label, not one more call."""

from types import SimpleNamespace as Role

from histkit.read.pdf.lines import Line
from histkit.read.pdf.scanned import number_marks


def _line(*tokens):
    return Line([], 0, 0, 1, 1, 1, 10, False, list(tokens))


def _pages(endnote_opening):
    # page 1: a foot note under the body (so body lines' first marks are calls) and calls 1-25 in the body
    calls = [_line(("t", f"word {n}"), ("m", str(n))) for n in range(1, 26)]
    first = Role(body=calls, notes=[[_line(("m", "*"), ("t", " Address all letters to the author."))]])
    # page 2: no foot, only endnotes set as the body's text
    endnotes = Role(body=[_line(("t", "8 K. Lockridge, p. 55.")), endnote_opening,
                          _line(("t", "10 D. S. Smith, Journal 32 (1972), 165-183."))], notes=[])
    return [first, endnotes]


def test_a_number_far_behind_the_count_opening_a_line_of_a_page_without_foot_stays_the_endnote_label():
    opening = _line(("m", "9"), ("t", " The tendency to generalize"))
    number_marks(_pages(opening))
    assert opening.tokens == [("t", "9 The tendency to generalize")]


def test_a_number_a_little_behind_the_count_opening_a_line_is_still_a_call_the_ocr_misread():
    opening = _line(("m", "23"), ("t", " more words"))
    number_marks(_pages(opening))
    assert opening.tokens[0] == ("m", "26")
