"""A lead-in on no list, read from its shape (`shapelead.py`): short words, then a known archive and its comma.

The words are Swahili's "see also" (`Tazama pia`), on none of histkit's lists: only their shape tells them.
"""

from histkit.citations import split_citations
from histkit.citations.shapelead import shape_lead


def _known(text):
    return ("TNA", 3) if text.startswith("TNA") else None


def test_short_words_before_a_known_archive_and_its_comma_are_a_lead_in():
    assert shape_lead("Tazama pia TNA, FO 371/1", _known) == len("Tazama pia ")


def test_words_before_a_name_that_is_no_archive_are_no_lead_in():
    assert shape_lead("Tazama pia Smith, Uhuru na Umoja", _known) is None


def test_a_long_word_is_prose_not_a_lead_in():
    assert shape_lead("Correspondence TNA, FO 371/1", _known) is None


def test_the_lead_in_after_a_book_is_cut_from_the_archival_citation():
    note = "John Iliffe, A Modern History of Tanganyika (Cambridge: CUP, 1979), 45. Tazama pia TNA, CO 691/123, 1932."
    roles = [(s.role, s.raw) for s in split_citations(note)]
    assert roles[1:] == [("lead-in", "Tazama pia "), ("citation", "TNA, CO 691/123, 1932.")]


def test_a_sentence_opening_with_the_lead_in_after_a_citation_starts_another():
    note = "TNA, CO 691/120, 1931. Tazama pia TNA, CO 691/123, 1932."
    roles = [(s.role, s.raw) for s in split_citations(note)]
    assert roles == [("citation", "TNA, CO 691/120, 1931."), ("lead-in", "Tazama pia "),
                     ("citation", "TNA, CO 691/123, 1932.")]
