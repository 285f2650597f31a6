"""A lead word no list holds before a colon, by its shape: an abbreviation opening with a capital (and a word in small
letters after it) and a colon (`Sal.: Šmits. …`, `Sk. arī: M. Name. …`): no name ends in a full stop and a colon,
so it is cut, and the reference is the name's."""

from histkit.citations.references import looks_like_literature
from histkit.citations.legal import without_lead_in


def test_an_unknown_capitalised_abbreviation_and_its_colon_are_a_lead():
    # (`Qal.`: a made-up lead word)
    assert without_lead_in("Qal.: Šmits. Dzirnavas. Rīga, 2004") == "Šmits. Dzirnavas. Rīga, 2004"


def test_an_unknown_abbreviation_a_small_word_and_a_colon_are_a_lead():
    assert without_lead_in("Qk. arqī: M. Kreituse-Ross. Dairy Cooperatives.") == "M. Kreituse-Ross. Dairy Cooperatives."


def test_the_same_authors_word_before_a_colon_is_kept():
    assert without_lead_in("Ders.: Titel, Berlin 1990") == "Ders.: Titel, Berlin 1990"


def test_a_name_and_an_initial_before_a_colon_are_kept():
    assert without_lead_in("Kovács I.: Cím. Budapest, 1990") == "Kovács I.: Cím. Budapest, 1990"


def test_a_full_stop_style_reference_after_an_unknown_lead_reads_as_literature():
    assert looks_like_literature("Qk. arqī: M. Kreituse-Ross. Dairy Cooperatives and the Baltic Village. Journal of "
                                 "Baltic Studies, 2005, Vol. 36, No. 2, pp. 150–171.")
