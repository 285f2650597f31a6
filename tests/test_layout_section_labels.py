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


def test_a_key_words_line_in_a_language_the_file_lacks_is_front_matter_by_its_shape():
    # a label, a colon and items parted by semicolons, just over the first heading: the abstract above is front too
    text = ("Jurnaal bi, 2013\n\nLiggéey bii dafa wax ci pàrti yi.\n\nBaatu liggéey: BDS; UPS; Senegaal\n\n"
            "Njàlbéen\n Ci 1948 la pàrti bi sosu, te mu yàgg lool ci réew mi ba tey jii.\n")
    zones = {b.text: b.zone for b in layout_of(text).blocks if b.text}
    assert (zones["Liggéey bii dafa wax ci pàrti yi."], zones["Baatu liggéey: BDS; UPS; Senegaal"]) == ("front", "front")


def test_a_list_parted_by_semicolons_that_no_heading_follows_is_no_key_words_line():
    text = ("Uvod\n\nThe army moved in 1920 and stopped at the river, as the reports say.\n\n"
            "Sources: AJ; HDA; ARS\n\nThe reports were read again in 1921 by the same men.\n")
    zones = {b.text: b.zone for b in layout_of(text).blocks if b.text}
    assert zones["Sources: AJ; HDA; ARS"] != "front"
