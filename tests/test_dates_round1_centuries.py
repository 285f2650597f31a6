"""Dates round 1 (tests/fixtures/dates/round1): centuries named in the body (century_words.csv, century_ordinals.csv)."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates.centuries import find_centuries


def test_a_century_in_a_body_paragraph_is_its_hundred_years():
    table = dates_table(analyse_layout(Document.from_text(
        "Les travaux récents ont mis l'accent sur les loisirs et sur le XXe siècle des masses.\n", doc_id="d")))
    assert table[["surface", "date_start", "date_end"]].values.tolist() == [["XXe siècle", "1900-01-01", "1999-12-31"]]


def test_a_century_whose_ordinal_is_a_word_or_a_number_before_or_after_the_century_word():
    found = find_centuries("उन्नीसवीं सदी के सुधार; los historiadores del siglo XIX; 20世紀前半の; XIX веке")
    assert [(c.surface, c.date_start[:4]) for c in found] == [
        ("उन्नीसवीं सदी", "1800"), ("siglo XIX", "1800"), ("20世紀", "1900"), ("XIX веке", "1800")]
