"""A volume's and an editor's part after the title's full stop (`. Kd 3. Toim. Mart Kask.`) are set off from the title as
the comma styles' parts are: the title ends before them, the volume is read; GOST's volume alone (`. Т. 3. Москва,
1990`) is left to its reader."""

from histkit.citations import parse_reference
from histkit.citations.namestop import stop_as_comma


def test_the_volume_and_the_editor_after_the_title_are_no_part_of_it():
    ref = parse_reference("Küla ajalugu. Kd 3. Toim. Mart Kask. Tartu: Ilmamaa, 1997, lk 12.")
    assert (ref["title"], ref["volume"], ref["year"]) == ("Küla ajalugu", "3", "1997")


def test_a_volume_without_an_editors_part_keeps_its_full_stop():
    text = "Очерки истории деревни. Т. 3. Москва, 1990. С. 12"
    assert stop_as_comma(text) == text


def test_an_editors_part_after_a_year_and_its_full_stop_is_set_off_by_a_comma():
    assert stop_as_comma("Küla ajalugu 1990. Toim. Ülo Tamm. Tallinn: Olion, 1995") == \
        "Küla ajalugu 1990, Toim. Ülo Tamm. Tallinn: Olion, 1995"


def test_a_full_stop_after_one_letter_sets_off_no_part():
    assert stop_as_comma("Küla ajalugu. Kd 2. Toim. Ülo Tamm. Tallinn: Olion, 1995 a. Toim. Mari") == \
        "Küla ajalugu, Kd 2, Toim. Ülo Tamm. Tallinn: Olion, 1995 a. Toim. Mari"
