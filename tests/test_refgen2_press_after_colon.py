"""A newspaper's issue after a few words and a colon no list holds (`На пример: Вечерње новости, 15. октобар 1908, 2`)
is still a press source; an author's name before the colon makes it an article of the paper."""

from histkit.citations import source_kind


def test_a_paper_and_its_day_after_words_in_small_letters_and_a_colon_are_a_press_source():
    # (`Qor gramp:`: a made-up language's "for example:")
    assert source_kind("Qor gramp: Borba, 12. 3. 1953, 2") == "press"


def test_a_paper_and_its_day_after_a_persons_name_and_a_colon_are_no_press_source():
    assert source_kind("Vlado Strugar: Borba, 12. 3. 1953, 2") == ""
