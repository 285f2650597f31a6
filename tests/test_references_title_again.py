"""A work with no author cited again by its short title and a locator (`Chronicon de Bruerne, ii. 140`, `Annales
Stadenses, p. 343`): a repeat of the work whose title holds those words in their order."""

from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.workrepeat import work_again

EARLIER = [("5:1", {"authors": "T. W. Halsey", "title": "Chronicon monasterii de Bruerne",
                    "raw": "Chronicon monasterii de Bruerne, ed. T. W. Halsey, 2 vols (London, 1868), ii. 123."})]


def test_short_title_of_an_edition_is_that_work_again():
    found = work_again("Chronicon de Bruerne, ii. 140.", EARLIER)
    assert (found["title"], found["pages"], found["ref_of"]) == ("Chronicon de Bruerne", "ii. 140", "5:1")


def test_title_words_out_of_order_or_another_first_word_are_no_repeat():
    assert work_again("Bruerne Chronicon, ii. 140.", EARLIER) is None
    assert work_again("Annales de Bruerne, ii. 140.", EARLIER) is None


def test_title_again_after_another_work_in_the_note_is_a_row_linked_to_the_edition():
    notes = [("1", "Chronicon monasterii de Bruerne, ed. T. W. Halsey, 2 vols (London, 1868–9), ii. 123."),
             ("2", "Wood-Harker, 'Credit for the Road', p. 160; Chronicon de Bruerne, ii. 140.")]
    refs = cite_document("d", notes, default_matcher().copy()).references
    again = [ref for ref in refs if ref["note_no"] == "2" and ref["title"] == "Chronicon de Bruerne"]
    assert [ref["ref_of"] for ref in again] == ["1:1"]
