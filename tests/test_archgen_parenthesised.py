"""A citation in parentheses inside a sentence that reads like a reference (generality round 3's misses, on
invented notes): the citation is cut out of the prose."""

from conftest import cite


def test_an_archival_citation_in_parentheses_inside_a_sentence_is_cut_out():
    rows = cite("Saman kannan otti myös hallitus (TNA, PREM:n kokoelma, kansio 4, 4.5.1946), vaikka se ei sitä julkaissut.").citations
    archival = rows[rows.kind == "archival"]
    assert list(zip(archival.archive, archival.date_start)) == [("TNA", "1946-05-04")]
