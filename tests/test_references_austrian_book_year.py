"""An Austrian legal note cites a book whole by author, title and the year in brackets, with no page
(`Krejci, Aussperrung (1980)`): a literature reference, not an unread citation."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_book_cited_whole_with_its_year_in_brackets_is_literature():
    tables = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"],
                                             "text": ["Vgl Huber, Streik und Aussperrung (1980)."]}))
    assert tables.citations.kind.tolist() == ["literature"]
    assert tables.references[["authors", "title", "year"]].values.tolist() == [["Huber", "Streik und Aussperrung", "1980"]]


def test_a_file_with_a_number_and_a_year_in_brackets_is_no_book_by_author():
    from histkit.citations.legal import book_by_author
    assert not book_by_author("Meier, Akt 371/12 (1953)")


def test_an_apa_reference_keeps_its_title_after_the_bracketed_year():
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Ward, L. (2015). Practical life lessons [PowerPoint slides]. SlideShare."]})).references
    assert refs.title.tolist() == ["Practical life lessons"]


def test_the_imprint_after_the_bracketed_year_is_read_as_place_and_publisher():
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Siehe Berger, Klimaklagen im Vergleich (2024) Wien, Linde Verlag, 45."]})).references
    assert refs[["authors", "title", "year", "place", "publisher"]].values.tolist() == [
        ["Berger", "Klimaklagen im Vergleich", "2024", "Wien", "Linde Verlag"]]


def test_a_bracketed_book_whose_title_has_a_subtitle_after_a_comma_is_an_authors_book():
    from histkit.citations.legal import book_by_author
    assert book_by_author("Vgl Gruber, Betriebsräte, Eine Geschichte der Mitbestimmung (1975).")


def test_a_bracketed_book_with_its_edition_written_small_and_a_margin_number_is_literature():
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Vgl Lehner/Kraus, Sozialrecht12 (2019), Rn 311 f."]})).references
    assert refs[["authors", "title", "year", "pages"]].values.tolist() == [
        ["Lehner/Kraus", "Sozialrecht", "2019", "311 f."]]


def test_an_article_with_cited_pages_listed_in_brackets_is_literature():
    tables = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Vgl Gruber, Die Streikkasse, ZAS 2011, 295 (302, 304)."]}))
    assert tables.citations.kind.tolist() == ["literature"]
    assert tables.references[["authors", "container", "year", "pages"]].values.tolist() == [
        ["Gruber", "ZAS", "2011", "295"]]


def test_a_book_by_a_full_name_with_digits_in_its_title_and_the_year_in_brackets_is_literature():
    from histkit.citations.references import is_literature
    assert is_literature("Karl Weber, Stadtbücher 1500/1600 (1985)")


def test_an_archive_before_a_title_and_a_bracketed_year_is_no_author():
    from histkit.citations.yearlast import year_last_book
    assert not year_last_book("Arquivo Nacional, Registos das Sessões, n.º 12 (1959)")


def test_a_comment_in_brackets_opening_in_small_letters_after_the_pages_may_name_a_year():
    from histkit.citations.tails import without_cited_page
    assert without_cited_page("Karl Weber, Kalender, Münster 1968, 434–449 (erste Fassung von 1926).") \
        == "Karl Weber, Kalender, Münster 1968, 434–449"
    assert without_cited_page("Weber, Zbornik 1956/1958 (Zagreb: Liber, 1977)") == "Weber, Zbornik 1956/1958 (Zagreb: Liber, 1977)"


def test_a_textbook_cited_by_its_editions_year_and_margin_number_is_read_whole():
    from histkit.citations.references import is_literature, parse_reference
    piece = "Lehner/Kraus, Verwandte Schutzrechte, 7. Aufl. 2015, § 12 UrhG Rn. 40."
    ref = parse_reference(piece)
    assert is_literature(piece)
    assert (ref["authors"], ref["title"], ref["year"], ref["pages"]) == (
        "Lehner/Kraus", "Verwandte Schutzrechte", "2015", "§ 12 UrhG Rn. 40")


def test_a_book_by_an_authors_full_name_with_its_editions_year_is_an_authors_book():
    from histkit.citations.legal import book_by_author
    assert book_by_author("Anna Maria Roth, Das Ende der Zünfte, 2. Aufl. 2002.")
    assert not book_by_author("Stadtarchiv Köln, Bestand Zünfte, 2. Aufl. 2002.")
