"""An archival row carries the date its document bears: not its receipt's, its probate's or a later copy's
(`laterdates`, `later_date_words.csv`), and the date forms the dates stage reads inside a citation."""

import pandas as pd

from histkit.citations import extract_citations


def _dates(*texts: str) -> list[tuple[str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind.isin(["archival", "ibid"])]
    return [(r.date_start, r.date_end, r.date_precision) for r in rows.itertuples()]


def test_a_letter_is_dated_by_its_writing_not_by_its_receipt():
    assert _dates("The National Archives (TNA), FO 78/412, Carew to Ames, Aleppo, 3 May 1840, received 2 June 1840.") \
        == [("1840-05-03", "1840-05-03", "day")]


def test_a_registry_stamp_after_the_day_of_a_report_is_read_past():
    assert _dates("Haus-, Hof- und Staatsarchiv (HHStA), Politisches Archiv XII, Karton 7, Bericht aus Smyrna vom "
                  "4. März 1840, präs. 20. März 1840.") == [("1840-03-04", "1840-03-04", "day")]


def test_a_will_is_dated_by_its_making_not_by_its_probate():
    assert _dates("TNA, PROB 11/45/12, will of John Carew, dated 12 March 1560, proved 3 May 1561.") \
        == [("1560-03-12", "1560-03-12", "day")]


def test_a_later_copy_is_dated_by_the_document_it_copies():
    assert _dates("Archiwum Główne Akt Dawnych (AGAD), Sekretariat Stanu, sygn. 412, odpis z 1905 r. pisma "
                  "namiestnika z 14 maja 1840 r.") == [("1840-05-14", "1840-05-14", "day")]


def test_a_copy_dated_by_its_copying_alone_keeps_that_date():
    assert _dates("Bibliothèque nationale de France (BnF), ms. fr. 4512, copie faite en 1788.") \
        == [("1788-01-01", "1788-12-31", "year")]


def test_a_latin_weekday_after_an_abbreviated_saints_feast_is_the_monday_after_it():
    assert _dates("TNA, E 40/1234, grant of land, die Lunae post festum S. Michaelis 1420.") \
        == [("1420-09-30", "1420-09-30", "day")]


def test_a_latin_notarial_day_of_the_month_is_a_day():
    assert _dates("Archivio di Stato di Milano (ASMi), Notarile, cart. 4512, instrumentum, die 3 mensis maii 1560.") \
        == [("1560-05-03", "1560-05-03", "day")]


def test_an_undated_document_the_historian_dates_by_a_conjecture_in_words_has_that_year():
    assert _dates("Massachusetts Historical Society (MHS), Lee Papers, box 3, folder 2, Lee to his sister, undated, "
                  "probably 1841.") == [("1841-01-01", "1841-12-31", "year")]
