"""The section labels (`Abstract`, `Notes`, `Bibliografija`) are a data file a historian extends:
histkit/data/layout/section_labels.csv, one row per label with its role and language."""

from conftest import layout_of

from histkit.data import data_rows

ROWS = data_rows("layout", "section_labels.csv")


def test_every_label_is_written_in_small_letters_as_a_line_s_label_is_compared():
    assert [r["label"] for r in ROWS if r["label"] != r["label"].lower()] == []


def test_every_label_has_one_of_the_four_roles():
    assert {r["role"] for r in ROWS} == {"notes", "front", "back", "section"}


def test_a_back_label_of_the_file_heads_back_matter_not_body():
    text = ("Uvod\n\nThe army moved in 1920 and stopped at the river, as the reports say.\n\n"
            "Viri in literatura\n\nNovak, Janez. Zgodovina. Ljubljana, 1990.\n")
    zones = {b.text: b.zone for b in layout_of(text).blocks if b.text}
    assert zones["Novak, Janez. Zgodovina. Ljubljana, 1990."] == "back"


def test_a_key_words_line_in_a_language_of_the_file_closes_the_front_matter():
    # Rusyn `Ключовы слова` (round 14): without its row the abstract above was read as body
    text = ("Русин, 2018\n\nСтаття о Народній радї.\n\nКлючовы слова: Закарпатя; церьков\n\n"
            "Вступ\n Войско пришло в 1944 роцї до Мукачова, як пишуть справы.\n")
    zones = {b.text: b.zone for b in layout_of(text).blocks if b.text}
    assert (zones["Стаття о Народній радї."], zones["Ключовы слова: Закарпатя; церьков"]) == ("front", "front")
