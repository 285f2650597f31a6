"""An Ibid. whose words no list holds, read from its shape when it is a phrase: three short words, the two after the
first in small letters (`Zor ke vila`, a made-up "the same place"), or one run of letters of a script that prints no
space between words (Lao); then only the cited page, if any. It repeats the work cited just before."""

import pandas as pd

from histkit.citations import extract_citations

_FULL = "Osman Kaya, Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12."


def _second(note: str) -> pd.DataFrame:
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [_FULL, note]})).references
    return refs[refs.note_no == "2"]


def test_three_short_words_in_small_letters_after_the_first_alone_repeat_the_work_before():
    assert _second("Zor ke vila.")[["ref_of", "title"]].values.tolist() == [["1:1", "Köy ve Kent"]]


def test_three_short_words_then_a_dash_and_the_page_repeat_the_work_before():
    assert _second("Zor ke vila. – Qb. 44.").ref_of.tolist() == ["1:1"]


def test_one_run_of_lao_letters_and_the_page_repeat_the_work_before():
    assert _second("ບົດດຽວກັນນັ້ນ, ໜ້າ 44.").ref_of.tolist() == ["1:1"]


def test_a_persons_name_of_three_words_is_no_phrase_for_the_same_place():
    assert _second("Zor Ke Vila, 44.").ref_of.fillna("").tolist() in ([], [""])
