"""The container of a chapter or article opened by a short word and a colon after the title's full stop (`. Grām.:`)
or after a dash (`– Rmt:`), in words no list holds: read as the comma styles' `, in:`; a place and its publisher and
year after a dash (`– Львів: Вид-во, 2003`) are the imprint."""

from histkit.citations import parse_reference
from histkit.citations.namestop import in_mark_as_in


def test_a_container_word_after_a_dash_opens_the_container():
    ref = parse_reference("Mari Tamm, „Vallad“. – Kgm: Külad ja linnad. Tartu: Ilmamaa, 2001, lk 5–20.")
    assert (ref["title"], ref["container"], ref["year"]) == ("Vallad", "Külad ja linnad", "2001")


def test_an_abbreviation_and_colon_after_the_titles_full_stop_opens_the_container():
    ref = parse_reference("K. Ozols. Dzirnavas. Krj.: Kurzemes lauki. Rīga: Liesma, 2001, 5.–20. lpp.")
    assert (ref["authors"], ref["title"], ref["container"]) == ("K. Ozols", "Dzirnavas", "Kurzemes lauki")


def test_a_place_publisher_and_year_after_a_dash_stay_the_imprint():
    text = "Петренко О. Нариси. – Київ: Наукова думка, 1990. – С. 5."
    assert in_mark_as_in(text) == text
