"""German writes a ruler's genitive before his number (`nach dem Tod Pius' IX.`, `die Kriege Ludwigs XIV.`): found as
the ruler, as his name with the number is."""

from conftest import found_mentions


def test_an_apostrophe_genitive_before_a_popes_number_is_the_pope():
    found = found_mentions("Nach dem Tod Pius' IX. im Februar 1878 suchte er den Ausgleich.",
                           ("p", "Pius IX.", "person", "Pius IX"))
    assert found == [("p", "Pius' IX.")]


def test_an_s_genitive_before_a_kings_number_is_the_king():
    found = found_mentions("Die Kriege Ludwigs XIV. waren teuer.", ("l", "Ludwig XIV.", "person", ""))
    assert found == [("l", "Ludwigs XIV.")]
