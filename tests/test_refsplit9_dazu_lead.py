"""German `Dazu etwa`, `hierzu kritisch` ("on this, for instance / critically") open a note as lead-ins: the reference
after them is a citation, not commentary; `Dazu` opening a sentence of prose stays commentary."""

from histkit.citations import split_citations


def _pieces(text):
    return [(s.role, s.raw) for s in split_citations(text)]


def test_dazu_etwa_is_a_lead_in():
    assert _pieces("Dazu etwa Ingrid Lauterbach, Dienstboten vor Gericht, Frankfurt a. M. 1996, S. 77–80.") == [
        ("lead-in", "Dazu etwa "), ("citation", "Ingrid Lauterbach, Dienstboten vor Gericht, Frankfurt a. M. 1996, S. 77–80.")]


def test_dazu_kritisch_after_a_reference_is_a_lead_in():
    assert _pieces("Baumeister, Armenrecht, S. 45–72; dazu kritisch Imhof/Brenner, a. a. O., S. 19.") == [
        ("citation", "Baumeister, Armenrecht, S. 45–72"), ("lead-in", "dazu kritisch "),
        ("citation", "Imhof/Brenner, a. a. O., S. 19.")]


def test_dazu_opening_prose_is_commentary():
    assert _pieces("Dazu gehört auch die Frage der Armen.") == [("commentary", "Dazu gehört auch die Frage der Armen.")]
