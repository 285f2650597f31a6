"""`for example` and its kin in other languages after a lead word only qualify it: they are the lead-in's, not the
reference's (`See, for example, J. Smith, …`, `Vgl. z.B. M. Nesterowicz, …`, `Cf. per esempio G. Rossi, …`)."""

import pytest

from histkit.citations.splitter import split_citations


@pytest.mark.parametrize("note, lead", [
    ("See, for example, J. Smith, Title, London 1990.", "See, for example, "),
    ("See, for instance, J. Smith, Title, London 1990.", "See, for instance, "),
    ("Vgl. z.B. M. Nesterowicz, Glosse zum Urteil, OSP 2001, S. 12.", "Vgl. z.B. "),
    ("Cf. per esempio G. Rossi, Le leghe, Firenze 1987.", "Cf. per esempio "),
])
def test_the_words_for_example_belong_to_the_lead_in(note, lead):
    pieces = split_citations(note)
    assert (pieces[0].role, pieces[0].raw) == ("lead-in", lead)
    assert pieces[1].raw == note[len(lead):]
