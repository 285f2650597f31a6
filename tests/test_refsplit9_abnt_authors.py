"""ABNT prints a reference's authors as `SURNAME, First names` joined by `;`: that semicolon joins the authors of one
reference, it does not end one."""

from histkit.citations import split_citations


def _pieces(text):
    return [(s.role, s.raw) for s in split_citations(text)]


def test_two_abnt_authors_are_one_citation():
    assert _pieces("Ver ALMEIDA, Rui; COSTA, T. Polícia e sociedade. Coimbra: Imprensa, 2011.") == [
        ("lead-in", "Ver "), ("citation", "ALMEIDA, Rui; COSTA, T. Polícia e sociedade. Coimbra: Imprensa, 2011.")]


def test_the_semicolon_after_the_reference_still_cuts():
    assert _pieces("SILVA, J. A.; SOUZA, M. Título. São Paulo: Ática, 1999, p. 3; LIMA, P. Outro. Rio, 2000.") == [
        ("citation", "SILVA, J. A.; SOUZA, M. Título. São Paulo: Ática, 1999, p. 3"),
        ("citation", "LIMA, P. Outro. Rio, 2000.")]


def test_two_archives_in_capitals_are_two_citations():
    assert len(_pieces("ACS, Gabinetto; ASDMAE, Affari politici, b. 5.")) == 2
