"""The marks that set the direction of right-to-left text (RLM, LRM, embeddings, isolates), which a word processor leaves
around a Hebrew or Arabic note's numbers and commas, print nothing: a note is read as it would be without them."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.scriptfolds import fold_wide_punctuation

_FIELDS = ["authors", "title", "place", "year"]


def _references(text: str) -> list[list[str]]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references[_FIELDS].values.tolist()


def test_a_direction_mark_is_read_as_a_space_and_the_note_keeps_its_length():
    assert fold_wide_punctuation("כהן,\u200f (1985)\u200e") == "כהן,  (1985) "


def test_a_hebrew_book_with_right_to_left_marks_around_its_year_reads_as_without_them():
    assert _references('יוסף כהן,\u200f המושב העברי,\u200f ירושלים תשמ"ה \u200f(1985)\u200f, עמ\' 45.') == [
        ["יוסף כהן", "המושב העברי", "ירושלים", "1985"]]


def test_an_arabic_book_inside_a_right_to_left_embedding_reads_as_without_it():
    assert _references("\u202bسامي النجار، تجار القطن، القاهرة: دار الشروق، 1985، ص 45.\u202c") == [
        ["سامي النجار", "تجار القطن", "القاهرة", "1985"]]
