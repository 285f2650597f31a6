"""A code defined in brackets by words on no list, whose capitals are the archive's initials though it has small
letters too (`definitions._learn_shaped`): the name and the code are the document's archive from then on.

The names are invented; the bracket's words are Swahili's "from here on" (`kuanzia sasa`), on no list.
"""

from histkit.citations.archives import default_matcher
from histkit.citations.definitions import learn_definitions


def _learnt(note):
    matcher = default_matcher().copy()
    learn_definitions(note, matcher)
    return matcher


def test_a_code_of_capitals_and_small_letters_made_of_the_names_initials_is_learnt():
    matcher = _learnt("Hifadhi Kuu ya Mkoa (kuanzia sasa HKyM), jalada 45, sanduku 12, 1936.")
    assert matcher.match("HKyM, jalada 46")[0].name == "Hifadhi Kuu ya Mkoa"


def test_a_code_that_keeps_a_word_of_the_name_is_learnt():
    matcher = _learnt("Hifadhi Kuu ya Nyaraka Mkoa (kuanzia sasa HKN Mkoa), jalada 45, 1936.")
    assert matcher.match("HKN Mkoa, jalada 46")[0].name == "Hifadhi Kuu ya Nyaraka Mkoa"


def test_a_code_whose_capitals_are_not_the_names_initials_is_not_learnt():
    matcher = _learnt("Hifadhi Kuu ya Mkoa (kuanzia sasa Kenya), jalada 45, sanduku 12, 1936.")
    assert matcher.match("Kenya, jalada 46") is None


def test_a_book_so_abbreviated_before_its_pages_is_not_learnt():
    matcher = _learnt("Habari za Mkoa (kuanzia sasa HzM), 112.")
    assert matcher.match("HzM, 113") is None


def test_a_list_of_codes_whose_capitals_are_their_names_initials_defines_archives():
    matcher = _learnt("Vifupisho: HKM = Hifadhi Kuu ya Mkoa (Mwanza); MNT = Makao ya Nyaraka za Tanga (Tanga).")
    assert (matcher.match("HKM, jalada 4")[0].name, matcher.match("MNT, jalada 5")[0].name) == (
        "Hifadhi Kuu ya Mkoa", "Makao ya Nyaraka za Tanga")


def test_a_list_of_journals_codes_defines_no_archives():
    matcher = _learnt("Abbreviations: HZ = Historische Zeitschrift; JMH = Journal of Modern History.")
    assert (matcher.match("HZ 245 (1987), 12"), matcher.match("JMH 12 (1940), 3")) == (None, None)


def test_a_code_defined_before_levels_ended_by_full_stops_is_learnt():
    matcher = _learnt("Hifadhi Kuu ya Mkoa (kuanzia sasa HKM). F. 12. D. 45. L. 3.")
    assert matcher.match("HKM. F. 13")[0].name == "Hifadhi Kuu ya Mkoa"


def test_a_book_so_abbreviated_before_its_page_after_a_full_stop_is_not_learnt():
    matcher = _learnt("Habari za Mkoa (kuanzia sasa HzM). S. 45.")
    assert matcher.match("HzM. S. 46") is None
