"""A number after an archival unit's word (the citations' unit_words.csv) is no year in the dates table."""

from histkit import Document, analyse_layout, dates_table


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))["surface"].tolist()


def test_a_file_number_after_its_word_is_no_date():
    assert _surfaces("Справаздача захоўваецца ў НАРБ, ф. 4, воп. 1, спр. 1934, а напісана ў 1936 г.") == ["1936 г."]


def test_a_box_number_after_its_word_is_no_date():
    assert _surfaces("The minutes of 1952 are in box 1951 of the collection.") == ["1952"]


def test_a_year_after_a_one_letter_abbreviation_stays_a_year():
    assert _surfaces("Her father (b. 1890) left the village.") == ["1890"]
