"""Newspaper issues, gazettes and parliaments' records are sources with kinds of their own, not literature (issue 15)."""

import pandas as pd
import pytest
from conftest import cite

from histkit.citations import source_kind
from histkit.literature.merge import without_sources


@pytest.mark.parametrize("note", ["Cumhuriyet, 12 Mayıs 1935.", "L’Éclair, 3 juin 1907", "Rudé právo, 12. 3. 1949, s. 2.",
                                  "New York Times, December 23, 1950, 1.", "Miners' Journal (Pottsville), March 4, 1887.",
                                  "Вятская речь. 1910. 14 марта."])
def test_a_papers_name_and_one_days_date_is_a_press_citation_with_no_reference(note):
    cited = cite(note)
    assert (cited.citations.kind.tolist(), len(cited.references)) == (["press"], 0)


def test_a_press_citation_is_dated_by_its_issue():
    assert cite("Universul, 12 mai 1925.").citations.date_start.tolist() == ["1925-05-12"]


@pytest.mark.parametrize("article", ["Miloš Ković, „Tito u Moskvi“, Politika, 3. 6. 1956, 1.",
                                     "Pflügl, Heimische Nachbeben des Klimaurteils, Die Presse 06.06.2024"])
def test_a_signed_newspaper_article_stays_a_reference(article):
    cited = cite(article)
    assert "press" not in cited.citations.kind.tolist() and cited.references.authors.tolist() == [article.split(",")[0]]


@pytest.mark.parametrize("note", ["Uradni list FLRJ, št. 14/1953.", "Službeni list FNRJ, br. 12, 1955.",
                                  "Закон о државном саобраћајном особљу, „Службене новине”, бр. 142, 1931.",
                                  "Regio decreto 30 dicembre 1923, n. 3011, «Gazzetta Ufficiale del Regno d'Italia», 12 gennaio 1924.",
                                  "Zákon č. 69/1949 Zb. o jednotných roľníckych družstvách.",
                                  "Закон від 9 квітня 1873 р. // Reichsgesetzblatt. – 1873. – № 70."])
def test_a_gazettes_issue_or_a_law_printed_in_one_is_legislation(note):
    cited = cite(note)
    assert (cited.citations.kind.tolist(), len(cited.references)) == (["legislation"], 0)


@pytest.mark.parametrize("book", ["Попадић, Самостална радикална странка, Београд: Службени лист СРЈ, 1997, стр. 301.",
                                  "Исти, Владислав Рибникар и „Политика“, Београд: Службени гласник, 2011, стр. 66–71."])
def test_a_gazette_named_as_a_books_publisher_leaves_the_book_literature(book):
    assert source_kind(book) == ""


@pytest.mark.parametrize("note", ["Hansard, HC Deb 12 May 1924, vol. 173, col. 1123.",
                                  "TBMM Zabıt Ceridesi, Devre II, C. 12, 17 Şubat 1925, s. 245.",
                                  "Staten-Generaal, Tweede Kamer 1892-1893, 14 december 1892, 512."])
def test_a_parliaments_record_is_named_a_parliament_source(note):
    assert source_kind(note) == "parliament"


def test_an_ibid_of_a_newspapers_issue_makes_no_reference_row():
    cited = cite("Dagens Nyheter, 14 mars 1905.", "Ibid.")
    assert (cited.citations.kind.tolist(), len(cited.references)) == (["press", "ibid"], 0)


def test_the_models_reading_of_a_source_and_its_ibid_are_left_out_of_the_references():
    refs = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["1", "2", "3"], "seq": [1, 1, 1], "ref_of": ["", "1:1", ""],
                         "source": ["model", "rules", "model"],
                         "raw": ["TBMM Zabıt Ceridesi, Devre II, C. 12, 17 Şubat 1925, s. 245", "Aynı yer.",
                                 "Geoff Eley, Forging Democracy, Oxford 2002"]})
    assert without_sources(refs, source_kind).raw.tolist() == ["Geoff Eley, Forging Democracy, Oxford 2002"]
