"""Quotes inside a title (`Les ‘prénoms révolutionnaires’ dans la révolution française`) do not open it: the journal in
guillemets after it (`«Annales historiques de la Révolution française», 322, 2000`) is still the container."""

from histkit.citations.references import parse_reference


def test_a_title_quoting_words_inside_it_keeps_its_journal_in_guillemets():
    ref = parse_reference("S. Bianchi, Les ‘prénoms révolutionnaires’ dans la révolution française, «Annales "
                          "historiques de la Révolution française», 322, 2000, pp. 17-38.")
    assert (ref["title"], ref["container"], ref["volume"], ref["year"]) == (
        "Les ‘prénoms révolutionnaires’ dans la révolution française", "Annales historiques de la Révolution française",
        "322", "2000")
