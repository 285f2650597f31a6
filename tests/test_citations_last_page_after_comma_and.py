"""A list of pages or articles whose last item follows a comma and a word for "and" (`pp. 24, 36, and 132`, `Articles
57, 75(3), and 132(1)`) is one list: the last number is no second document, and the pages are the whole list."""

from histkit import Document, build_tables
from histkit.citations.references import parse_reference


def _citations(note: str):
    return build_tables([Document.from_text(f"Body.1\n\n1 {note}\n", doc_id="d")])["citations"]


def test_the_last_page_after_a_comma_and_and_is_no_citation_of_its_own():
    assert _citations("O. Kutafin, Commentary, London 2003, pp. 24, 36, and 132.").raw.tolist() == [
        "O. Kutafin, Commentary, London 2003, pp. 24, 36, and 132."]


def test_the_pages_are_the_whole_list():
    assert parse_reference("O. Kutafin, Commentary, London 2003, pp. 24, 36, and 132.")["pages"] == "pp. 24, 36, and 132"


def test_a_second_document_after_a_dated_one_is_still_its_own():
    cited = _citations("NARA, RG 84/2310/5, report of 3 Jan. 1943, and RG 84/2310/7, letter of 9 Feb. 1944.")
    assert cited.unit.tolist() == ["2310/5", "2310/7"]
