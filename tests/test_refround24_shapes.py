"""Reference round 24's shapes: a title ending in years before its imprint, an authorless title before a place of
several words, GOST without `//` (DSTU 8302:2015) and with a spaced colon, an edition word that is also a lead word,
a single-quoted title followed by `in`, and a short title that leaves words out.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.references import parse_reference
from histkit.citations.splitter import split_citations


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_a_title_ending_in_years_keeps_its_imprint():
    note = "KRÁL, M.: Mlyny na Orave 1850 – 1914. Martin, Osveta 1984, s. 40 – 42."
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == [note]


def test_an_authorless_title_keeps_an_imprint_whose_place_has_several_words():
    note = "Výročná správa Sporiteľne v Banskej Štiavnici. Banská Štiavnica, Joerges 1902, s. 7."
    assert [s.raw for s in split_citations(note)] == [note]  # (not a title's commentary, then an imprint cited)


def test_an_edition_word_before_an_ordinal_is_no_lead_in():
    ref = _references("Нариси з історії міста / за ред. П. Кравчука. Вид. 3-тє, доп. Київ : Либідь, 2011. С. 15.")
    assert ref[["title", "year"]].values.tolist() == [["Нариси з історії міста", "2011"]]


def test_a_gost_work_by_the_same_author_with_a_spaced_colon_is_read():
    refs = _references("Савчук І. Ярмарки Волині. Житомир : Полісся, 2004. С. 3; Його ж. Торгівля і село. "
                       "Луцьк : Волинь, 2007. С. 9.")
    assert refs[["authors", "title", "year"]].values.tolist()[1] == ["Савчук І.", "Торгівля і село", "2007"]


def test_an_authorless_report_with_a_long_hyphened_place_is_a_reference():
    refs = _references("Отчет Уманского общества взаимного кредита за 1911 год. Новоград-Волынский, 1912. С. 8.")
    assert refs[["title", "year"]].values.tolist() == [["Отчет Уманского общества взаимного кредита за 1911 год", "1912"]]


def test_a_journal_after_a_full_stop_without_slashes_is_the_container():
    ref = parse_reference("Бойко Н. Земські позики селянам. Архіви України. 2012. № 3. С. 40–55.")
    assert [ref["title"], ref["container"], ref["year"], ref["issue"]] == [
        "Земські позики селянам", "Архіви України", "2012", "3"]


def test_a_single_quoted_title_then_in_without_a_comma_is_an_article():
    ref = _references("Ciarán Moran, 'The vestries of Sligo, 1830–45' in I.H.S., xxx, no. 12 (Nov. 1996), pp 40–61.")
    assert ref[["title", "year"]].values.tolist() == [["The vestries of Sligo, 1830–45", "1996"]]


def test_a_short_title_that_leaves_words_out_repeats_the_work():
    refs = _references("Ciarán Moran, 'The vestries and the poor in Sligo' in I.H.S., xxx (1996), pp 40–61.",
                       "Moran, 'Vestries and poor', p. 50.")
    assert refs.ref_of.tolist()[1] == "1:1"


def test_an_articles_title_then_a_full_stop_then_its_journal_volume_and_bracketed_year():
    ref = parse_reference("Maria Pichler, Die Pflegschaften im Vormärz. Tiroler Heimat 64 (2000) 77–101, hier 80.")
    assert [ref["title"], ref["container"], ref["volume"], ref["year"]] == [
        "Die Pflegschaften im Vormärz", "Tiroler Heimat", "64", "2000"]


def test_a_word_for_here_after_a_bracketed_imprint_opens_the_pages():
    ref = parse_reference("Josef Kranebitter, Die Pfleger (Innsbruck 1999) bes. 40–44.")
    assert [ref["title"], ref["year"], ref["pages"]] == ["Die Pfleger", "1999", "40–44"]


def test_a_title_volume_and_pages_without_gost_dashes_repeat_the_work():
    refs = _references("Нариси історії Поділля / за ред. О. Ткача. Київ : Либідь, 2010. Т. 2. С. 15.",
                       "Нариси історії Поділля. Т. 2. С. 40.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_a_newspaper_issue_with_its_volume_and_number_before_the_day_is_no_reference():
    refs = _references("Orava, roč. 5, č. 9, 3. 2. 1899, s. 2.", "Bote für Stadt und Land, Nr. 12 vom 3. März 1830, 45.")
    assert refs.empty
