"""A note that runs a sentence of prose between two references is cut into the two references and the prose."""

from histkit.citations import split_citations

NOTE = ("Dan Wielsch, Freiheit und Funktion (2001), 194ff. Wiethölter’s approach to conflict of laws has been "
        "influential: Christian Joerges, Verbraucherschutz als Rechtsproblem (1981), 123 ff.")


def test_a_reference_ends_at_pages_with_ff_glued_to_them_before_a_new_sentence():
    cited = [s.raw for s in split_citations(NOTE) if s.role == "citation"]
    assert cited[0] == "Dan Wielsch, Freiheit und Funktion (2001), 194ff."


def test_prose_ending_in_a_colon_before_a_reference_is_commentary_and_the_reference_a_citation():
    pieces = [(s.role, s.raw) for s in split_citations(NOTE)][1:]
    assert pieces == [("commentary", "Wiethölter’s approach to conflict of laws has been influential:"),
                      ("citation", "Christian Joerges, Verbraucherschutz als Rechtsproblem (1981), 123 ff.")]
