"""Several documents in one note joined by a word for "and" on no list, read from its shape (`shapelead.py`).

The joining words here are Swahili's `na` ("and"), on none of histkit's lists; the unit word `jal.` (jalada, "file")
is on none either.
"""

from histkit.citations import split_citations
from histkit.citations.shapelead import abbreviated_unit, short_conjunction, short_joiners


def _roles(note):
    return [(s.role, s.raw) for s in split_citations(note)]


def test_a_short_word_after_a_documents_date_joins_a_second_document():
    note = "TNA, CO 691/123, barua ya 3 May 1932, na CO 691/124, barua ya 9 June 1932."
    assert _roles(note) == [("citation", "TNA, CO 691/123, barua ya 3 May 1932"), ("lead-in", ", na "),
                            ("citation", "CO 691/124, barua ya 9 June 1932.")]


def test_a_short_word_after_a_unit_is_no_joiner():
    assert list(short_joiners("TNA, CO 691, jal. 1932, na jal. 1933")) == []


def test_a_unit_word_and_its_number_after_a_comma_is_no_joiner():
    assert list(short_joiners("TNA, CO 691/123, 3 May 1932, box 157, file 2")) == []


def test_a_short_word_in_small_letters_after_a_semicolon_leads_into_a_citation():
    note = "TNA, CO 691/123, 3 May 1932; na TNA, CO 691/124, 9 June 1932."
    assert ("lead-in", "na ") in _roles(note)


def test_a_capitalised_or_long_word_is_no_conjunction():
    assert (short_conjunction("Na TNA"), short_conjunction("pamoja TNA")) == (None, None)


def test_a_slash_joins_two_units_cut_short_with_a_full_stop():
    note = "TNA, CO 691, jal. 12, 4. 5. 1932 / jal. 14, 3. 2. 1933."
    assert _roles(note)[1:] == [("lead-in", " / "), ("citation", "jal. 14, 3. 2. 1933.")]


def test_a_unit_cut_short_is_a_short_word_its_full_stop_and_a_number():
    assert (abbreviated_unit("jal. 14"), abbreviated_unit("jalada 14"), abbreviated_unit("jal. 14 na 15")) == (True, False, False)


def test_a_month_and_its_year_end_the_first_document_though_shaped_as_a_word_and_a_number():
    assert [m.group() for m in short_joiners("TNA, CO 691, jal. 57, October 1945, na jal. 58, x. y.")] == [", na "]
