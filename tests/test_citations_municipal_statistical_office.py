"""A town's statistical office as the author of its publication: `Comune di Bologna, Ufficio di statistica, Title, …`
(the town's council, then its office, each named by a head word of ``reference_words.csv``, kind ``corporate``)."""

from histkit import Document, build_tables


def test_a_towns_statistical_office_is_the_corporate_author():
    note = "Comune di Bologna, Ufficio di statistica, La popolazione di Bologna dal secolo XVI a oggi, Bologna, 1961, p. 34."
    found = build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])["references"]
    assert list(zip(found.authors, found.title, found.year)) == [
        ("Comune di Bologna, Ufficio di statistica", "La popolazione di Bologna dal secolo XVI a oggi", "1961")]

