"""An author–date short form may give its page after a comma (`Harjunpää 1985, 60–62`), and may follow a short lead
abbreviation no word list holds (`Qrz. Name 1985, 100`); it repeats the author's reference of that year."""

from histkit.citations import parse_reference
from histkit import build_tables, read_document


def test_the_page_after_a_comma_ends_an_author_date_short_form():
    ref = parse_reference("Ahonen 1971, 60–62.")
    assert (ref["authors"], ref["year"], ref["pages"], ref["title"]) == ("Ahonen", "1971", "60–62", "")


def test_an_unknown_lead_abbreviation_before_the_short_form_is_not_the_author():
    for text in ("Qrz. Ahonen 1971, 100", "qrz. Ahonen 1971, 100"):
        assert parse_reference(text)["authors"] == "Ahonen"


def test_the_short_form_repeats_the_authors_work_of_that_year(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Text.[1] More.[2]\n\n[1] Eino Ahonen, Kunnat ja köyhät (Helsinki: SKS, 1971), 45.\n"
                       "[2] Ahonen 1971, 60–62.\n", encoding="utf-8")
    refs = build_tables([read_document(article)])["references"]
    assert refs.ref_of.fillna("").tolist() == ["", "1:1"]
