"""A signed French case note (note d'arrêt) is doctrine by its annotator; the decision alone is no reference."""

from histkit.citations.legal import legal_kind
from histkit.citations.references import is_literature, parse_reference


def test_a_signed_case_note_is_a_reference_by_its_annotator_in_the_report():
    note = "Cass. civ., 3 mars 1902, S. 1903.1.17, note P. Lagarde"
    ref = parse_reference(note)
    assert is_literature(note) and legal_kind(note) == ""
    assert (ref["authors"], ref["container"], ref["year"], ref["volume"], ref["pages"]) == ("P. Lagarde", "S.", "1903",
                                                                                            "1", "17")


def test_the_decision_without_a_note_stays_a_case():
    assert legal_kind("Cass. civ., 3 mars 1902, S. 1903.1.17") == "case"
