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
