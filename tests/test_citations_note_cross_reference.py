"""A note that only sends the reader to an earlier note (`See n. 1 above.`, `Vgl. oben Anm. 1.`, `Cf. supra note 1, at
4.`) cites again the archival document that note cited first, as an Ibid. would; one pointing to a note that cited a
work is no reference (the house's reference gold counts it a cross-reference)."""

import pytest

from conftest import cite

FIRST = "TNA, FO 371/1, 12 May 1950."


@pytest.mark.parametrize("text", ["See n. 1 above.", "Vgl. oben Anm. 1.", "Voir supra, note 1.", "Cf. supra note 1, at 4."])
def test_a_note_pointing_to_an_earlier_notes_archival_citation_repeats_it(text):
    row = cite(FIRST, text).citations.iloc[1]
    assert (row.kind, row.archive, row.ibid_of) == ("ibid", "TNA", "1:1")


def test_the_page_after_the_note_number_is_the_repeats_own():
    assert cite(FIRST, "Cf. supra note 1, at 4.").citations.iloc[1].pages == "4"


def test_a_note_pointing_to_an_earlier_notes_work_makes_no_reference():
    refs = cite("Geoff Eley, Forging Democracy (New York: OUP, 2002), 12.", "See n. 1 above.").references
    assert refs.note_no.tolist() == ["1"]


@pytest.mark.parametrize("text", ["See infra Part IV.", "supra text accompanying notes 67-75.",
                                  "infra, section 4.1 of this paper.", "supra Part I.A. (discussing the court's view)"])
def test_a_note_sending_the_reader_to_the_articles_own_text_cites_nothing(text):
    assert cite(FIRST, text).citations.note_no.tolist() == ["1"]


def test_a_short_form_naming_its_note_is_still_read_as_a_citation():
    assert cite(FIRST, "Smith, supra note 1, at 5.").citations.note_no.tolist() == ["1", "2"]
