"""The colon styles' head (`Kovács István: Cím.`, `Álvarez, Suárez y Rodríguez: Título.`) names persons only: a
title after the author's name and a comma (`D. Rodrik, The Globalization Paradox: Democracy …`) ends at its own
colon, a subtitle's, and is no second author."""

from histkit.citations.colon import colon_head
from histkit.citations.references import parse_reference


def test_a_title_before_its_subtitle_colon_is_no_author_of_a_colon_head():
    assert colon_head("D. Rodrik, The Globalization Paradox: Democracy and the Future of the World Economy, New "
                      "York-London, W.W. Norton, 2011.") is None


def test_the_book_is_then_read_with_its_whole_title_and_imprint():
    ref = parse_reference("D. RODRIK, The Globalization Paradox: Democracy and the Future of the World Economy, New "
                          "York-London, W.W. Norton, 2011.")
    assert (ref["authors"], ref["place"], ref["publisher"]) == ("D. RODRIK", "New York-London", "W.W. Norton")


def test_persons_listed_before_the_colon_stay_a_colon_head():
    assert colon_head("Llucía Álvarez, Pelayo Suárez y Nel Rodríguez Cueto: Título. Oviedo: KRK, 1990.").group(
        "authors") == "Llucía Álvarez, Pelayo Suárez y Nel Rodríguez Cueto"
