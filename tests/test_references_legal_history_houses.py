"""Legal-history citation houses: the McGill Guide's `Ibid at`, Spanish `vid., además,` and `Vid. supra, nota`, a
year inside an article's quoted title, and Commonwealth cases whose reports print no full stops."""

from __future__ import annotations

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract
from histkit.citations.another import next_document
from histkit.citations.legal import legal_kind


def _notes(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})


def references(*texts: str) -> pd.DataFrame:
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(_notes(*texts)).references


def citations(*texts: str) -> pd.DataFrame:
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(_notes(*texts)).citations


def test_a_mcgill_ibid_with_at_and_no_full_stop_repeats_the_last_citation_at_its_page():
    cited = citations('Ann Roe, "Dower in the Maritimes" (1990) 12:1 McGill LJ 45 at 50.', "Ibid at 52.")
    assert cited[["kind", "ibid_of", "pages"]].values.tolist()[-1] == ["ibid", "1:1", "52"]


def test_an_abbreviated_spanish_lead_with_its_además_set_off_by_commas_opens_no_reference():
    refs = references("A. Soto, Derecho y costumbre, Madrid, 1960, p. 4; vid., además, J. Gil Ruiz, Historia de las "
                      "leyes, Madrid, 1950, p. 3.")
    assert refs.authors.tolist() == ["A. Soto", "J. Gil Ruiz"]


def test_vid_supra_nota_sends_the_reader_back_and_cites_no_work_again():
    refs = references("A. Soto, Derecho y costumbre, Madrid, 1960, p. 4.", "Vid. supra, nota 1.")
    assert refs.note_no.tolist() == ["1"]


def test_a_year_inside_a_quoted_title_dates_no_document_before_a_journal_that_looks_like_a_call_number():
    assert next_document('A. Soto, "La ley de 1820 y los jueces", en AHDE 60 (1990), pp. 1-30') is None


def test_an_article_in_a_journal_by_its_acronym_after_spanish_en_is_one_reference():
    refs = references('A. Soto, "La ley de 1820 y los jueces", en AHDE 60 (1990), pp. 1-30.')
    assert refs[["title", "volume", "year"]].values.tolist() == [["La ley de 1820 y los jueces", "60", "1990"]]


def test_a_commonwealth_case_with_its_year_in_brackets_and_a_report_without_full_stops_is_a_case():
    assert legal_kind("Hale v Burrows (1871), 18 Gr 312 at 315 (Ch)") == "case"
    assert legal_kind("R v Tamsin, [1988] 2 SCR 77 at 80") == "case"


def test_an_article_whose_quoted_title_names_a_case_is_no_case():
    assert legal_kind('Ann Roe, "Hale v Burrows Revisited" (1990) 12:1 McGill LJ 45 at 50') == ""


def test_a_mcgill_journal_article_reads_its_volume_and_issue_after_a_colon_and_its_page_cited_after_at():
    refs = references('Ann Roe, "Dower in the Maritimes" (1990) 12:1 McGill LJ 45 at 50.')
    assert refs[["title", "container", "volume", "issue", "year"]].values.tolist() == [
        ["Dower in the Maritimes", "McGill LJ", "12", "1", "1990"]]


def test_a_bluebook_book_in_ordinary_case_gives_the_page_cited_before_its_bracket_not_to_its_title():
    refs = references("Ann Roe, A Treatise on Mill Dams 212 (Boston, Little, Brown & Co. 1851).")
    assert refs[["title", "place", "publisher", "year", "pages"]].values.tolist() == [
        ["A Treatise on Mill Dams", "Boston", "Little, Brown & Co.", "1851", "212"]]


def test_a_bluebook_book_whose_title_ends_in_years_takes_its_page_after_at():
    refs = references("Ann Roe, Mills and the Courts, 1790–1860, at 44 (2d ed. 1994).")
    assert refs[["title", "year", "pages"]].values.tolist() == [["Mills and the Courts, 1790–1860", "1994", "44"]]


def test_a_title_ending_in_a_year_before_a_bracketed_year_keeps_its_year():
    refs = references("Ann Roe, Wages in the Union until 2020 (Stand 2023).")
    assert refs.title.str.endswith("2020").tolist() == [True]


def test_spanish_en_concreto_before_the_page_cited_ends_a_chapters_range_as_esp_does():
    refs = references('R. Gil, "La mejora", en A. Soto (coord.), Estudios de derecho, Valencia, Tirant lo Blanch, 2004, '
                      "pp. 211-240, en concreto p. 220.")
    assert refs[["container", "publisher", "year"]].values.tolist() == [["Estudios de derecho", "Tirant lo Blanch", "2004"]]


def test_an_italian_journal_in_guillemets_after_in_takes_its_roman_volume():
    refs = references("E. Conti, Le origini del processo, in «Rivista di storia del diritto italiano», LXIV (1991), "
                      "pp. 233-260.")
    assert refs[["container", "volume", "year"]].values.tolist() == [["Rivista di storia del diritto italiano", "LXIV",
                                                                      "1991"]]


def test_spanish_en_before_a_journal_after_a_quoted_title_is_no_part_of_the_journals_name():
    refs = references('R. Gil, "La mejora del tercio", en Cuadernos de Historia del Derecho 5 (1998), pp. 101-130.')
    assert refs.container.tolist() == ["Cuadernos de Historia del Derecho"]


def test_a_mcgill_chapter_names_its_editors_before_eds_set_off_by_commas():
    refs = references('Bo Lind, "Dower" in Ann Roe & Cy Hart, eds, Law and Family (Toronto: Carswell, 2004) 145 at 150.')
    assert refs[["container", "editors", "place", "publisher", "year"]].values.tolist() == [
        ["Law and Family", "Ann Roe & Cy Hart", "Toronto", "Carswell", "2004"]]


def test_an_aglc_chapters_book_gives_up_its_bracket_of_publisher_and_year():
    refs = references("Bo Lind, 'Dower' in Ann Roe and Cy Hart (eds), Law and Land (Cambridge University Press, 2011) "
                      "112, 118.")
    assert refs[["container", "publisher", "year", "pages"]].values.tolist() == [
        ["Law and Land", "Cambridge University Press", "2011", "118"]]


def test_a_bluebook_chapters_book_gives_up_its_pages_and_its_bracket_of_editors_and_year():
    refs = references("Bo Lind, Dower, in Law and Economy 112, 118 (Ann Roe & Cy Hart eds., 1999).")
    assert refs[["container", "editors", "year", "pages"]].values.tolist() == [
        ["Law and Economy", "Ann Roe & Cy Hart", "1999", "118"]]


def test_a_journal_issue_of_a_season_keeps_its_bracket():
    refs = references('Bo Lind, "Dower", Past Times (Winter 1990): 45.')
    assert refs.publisher.tolist() == [""]


def test_a_dutch_edition_before_the_bracket_of_place_and_year_is_no_part_of_the_title():
    refs = references("B. de Wit, Het oude recht, 2e druk (Zwolle 1975) 201.")
    assert refs[["title", "place", "year"]].values.tolist() == [["Het oude recht", "Zwolle", "1975"]]


def test_an_aglc_book_names_its_publisher_alone_before_the_year_not_a_town():
    refs = references("Ann Roe, Pastoral Tenure (Federation Press, 2008) 45.")
    assert refs[["place", "publisher", "year"]].values.tolist() == [["", "Federation Press", "2008"]]


def test_an_old_spanish_compilation_of_laws_by_book_title_and_law_is_legislation():
    assert legal_kind("Novísima Recopilación, X, 17, 12.") == "legislation"
    assert legal_kind("Partidas 3, 18, 2") == "legislation"


def test_a_book_on_the_partidas_stays_literature():
    assert legal_kind("A. Gil, Las Partidas y el derecho, Madrid, 1990, p. 4") == ""
