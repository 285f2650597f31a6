"""A semicolon before the word for "in" and its colon (`…, Kalender vor 1815; in: ders., Studien, Münster 1968`)
goes on with the same reference: the note is not cut there."""

import pytest

from histkit.citations import split_citations


@pytest.mark.parametrize("joined", ["; in: ders., Gesammelte Studien, Münster 1968, 434–449.",
                                    "; [w:] Studia i szkice, red. B. Nowak, Kraków 1995, s. 10–20."])
def test_a_semicolon_before_a_container_keeps_one_reference(joined):
    note = "Johannes Bauer, Die Amtskalender der Grafschaft Mark vor 1815" + joined
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == [note]


def test_a_semicolon_between_two_references_still_cuts():
    note = "Bauer, Repertorium, 12; Schwarzkopf, Ueber Staats-Kalender, Berlin 1792, 4."
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == [
        "Bauer, Repertorium, 12", "Schwarzkopf, Ueber Staats-Kalender, Berlin 1792, 4."]
