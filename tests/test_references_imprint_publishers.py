"""Two publishers of one book, joined by a semicolon after the imprint's town, are one imprint: the colon before
them is no lead-in's and the semicolon cuts no note."""

from histkit.citations.references import parse_reference
from histkit.citations.splitter import split_citations

NOTE = ("Cf. CONFERÊNCIA DAS NAÇÕES UNIDAS. Relatório da Delegação Brasileira 1992. Brasília: IPRI; FUNAG, 1993.")


def test_the_note_is_one_citation_after_its_lead_word():
    assert [(s.role, s.raw) for s in split_citations(NOTE)] == [
        ("lead-in", "Cf. "), ("citation", NOTE[4:])]


def test_both_publishers_are_the_imprints():
    ref = parse_reference(NOTE[4:])
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Brasília", "IPRI; FUNAG", "1993")


def test_a_semicolon_after_a_whole_imprint_still_cuts():
    note = "Cf. SOUZA, J. Título. Brasília: IPRI, 1993; LIMA, A. Outro. Recife: Massangana, 1990."
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == [
        "SOUZA, J. Título. Brasília: IPRI, 1993", "LIMA, A. Outro. Recife: Massangana, 1990."]
