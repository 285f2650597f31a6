"""ABNT joins a work's authors with semicolons; a Portuguese or Spanish name that ends in its particle (`Martins de`)
is still an author, so the semicolon after it cuts no reference."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def _citations(text: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations


def test_three_authors_one_ending_in_a_particle_are_one_reference():
    found = _citations("Cf. CANDELORO, Ana Paula P.; RIZZO, Maria Balbina Martins de; PINHO, Vinícius. Compliance "
                       "360º: riscos, estratégias, conflitos e vaidades no mundo corporativo. São Paulo: Trevisan "
                       "Editora Universitária, 2012, p. 343-347.")
    assert found.kind.tolist() == ["literature"] and found.raw.iloc[0].startswith("CANDELORO")


def test_editors_ending_in_a_particle_are_one_reference():
    found = _citations("Ver SOUZA, Jorge Munhós de; QUEIROZ, Ronaldo Pinheiro de (org.). Lei anticorrupção. "
                       "Salvador: JusPodivm, 2016.")
    assert found.kind.tolist() == ["literature"]


def test_two_works_of_two_authors_are_still_two_references():
    found = _citations("SOUZA, Jorge. Lei anticorrupção. Salvador: JusPodivm, 2016; QUEIROZ, Ronaldo de. "
                       "Compliance. São Paulo: Atlas, 2010.")
    assert found.kind.tolist() == ["literature", "literature"]


def test_initials_joined_by_a_particle_are_one_authors_given_names():
    found = _citations("Ver CABRAL, A. do P.; CUNHA, L. C. Negociação direta ou resolução colaborativa de disputas. "
                       "Salvador: Juspodivm, 2016, p. 709 a 726.")
    assert found.kind.tolist() == ["literature"]
    ref = parse_reference(found.raw.iloc[0])
    assert (ref["authors"], ref["year"]) == ("CABRAL, A. do P.; CUNHA, L. C.", "2016")
