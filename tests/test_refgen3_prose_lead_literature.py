"""Words no list holds before an author and a comma (`Qe velta Ardo Velmik, Title (Kelmo 2006), s. 55`): the piece is
literature as it is after them, as `parse_reference` reads it; a letter's date after the name is no reference."""

from histkit.citations.references import is_literature, parse_reference


def test_a_reference_after_unknown_lead_words_reads_as_literature():
    # (`Qe velta`: a made-up language's "see also")
    note = "Qe velta Ardo Velmik, Jorma Kalk qo Eva Tarvu, Tarvanik ölu i Kelmo (Kelmo 2006), s. 55–58"
    assert is_literature(note) and parse_reference(note)["authors"] == "Ardo Velmik"


def test_a_letter_between_two_persons_and_its_date_stays_no_literature():
    assert not is_literature("Velmik qo Tarvu, 30 Qunij 1948")
