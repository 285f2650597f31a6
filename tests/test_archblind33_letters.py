"""Letters, telegrams and minutes of diplomacy, parties and international organisations (round 33): an enclosure's
covering letter after a semicolon, the French noun for "annexed to", letters of three months whose sender's initial
reads as an author's, the League's and the ILO's archives under their German and Italian names, a printed edition
known by its imprint though its title or its publisher bears an archive's name or code, a Bundesarchiv series with
its part in Roman figures, a Nachlass's box and folder, and a Polish library's accession shelfmark."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str, kinds: tuple[str, ...] = ("archival",)) -> list[tuple[str, str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind.isin(kinds)]
    return [(r.archive, r.fond, r.collection, r.unit, r.date_start) for r in rows.itertuples()]


def _kinds(*texts: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    return list(extract_citations(notes).citations.kind)


def test_a_covering_letter_after_a_semicolon_leaves_the_enclosure_its_holding_and_its_day():
    assert _rows("Report on the frontier, 4 May 1950; enclosed in Avery to Dunmore, 9 May 1950, TNA, FO 371/86412.") == [
        ("TNA", "FO 371", "", "86412", "1950-05-04")]


def test_a_document_annexed_to_a_despatch_is_dated_by_its_own_day():
    assert _rows("Rapport du consul, 3 mars 1931, annexe à la dépêche du 9 mars 1931, AMAE, SDN, vol. 412.") == [
        ("AMAE", "SDN", "", "vol. 412", "1931-03-03")]


def test_letters_of_three_months_stay_three_documents_when_the_sender_reads_as_an_author():
    rows = _rows("Письма И. Петрова в ИККИ от 3 мая, 12 июня и 1 июля 1931 г. // РГАСПИ. Ф. 495. Оп. 2. Д. 7.")
    assert [r[4] for r in rows] == ["1931-05-03", "1931-06-12", "1931-07-01"]


def test_the_league_of_nations_archives_under_their_german_name_are_the_known_archive():
    assert _rows("Protokoll, 4. Mai 1930, Archiv des Völkerbundes, R 1234.")[0][0] == "LONA"


def test_the_ilo_archives_under_their_italian_name_are_the_known_archive():
    assert _rows("Lettera, 4 maggio 1930, Archivio dell'Ufficio internazionale del lavoro, D 412/3.")[0][0] == "ILOA"


def test_a_volume_of_an_edition_named_as_an_archive_is_literature_where_its_imprint_is_given():
    assert _kinds("Foreign Relations of the United States, 1950, vol. III (Washington, DC: GPO, 1977), doc. 12.") == [
        "literature"]


def test_a_volume_of_an_edition_named_as_an_archive_stays_archival_without_an_imprint():
    assert _kinds("FRUS, 1950, vol. III, doc. 12.") == ["archival"]


def test_a_volume_of_an_edition_with_its_imprint_in_commas_is_literature():
    assert _kinds("Recueil des actes (ci-après RA), t. II, Paris, Imprimerie nationale, 1960, n° 45.") == ["literature"]


def test_a_bundesarchiv_series_with_its_part_in_roman_figures_splits_at_its_slash():
    assert _rows("Vermerk, 3. Mai 1939, BArch, R 43 I/1489, Bl. 5.") == [("BArch", "R 43 I", "", "1489", "1939-05-03")]


def test_a_box_and_a_folder_of_papers_in_german_are_the_unit_chain():
    assert _rows("Brief, 2.4.1939, Universitätsbibliothek Basel, Nachlass Ernst Vogel, Kasten 3, Mappe 12.") == [
        ("Universitätsbibliothek Basel", "Nachlass Ernst Vogel", "", "Kasten 3, Mappe 12", "1939-04-02")]


def test_an_accession_manuscript_of_a_polish_library_is_the_unit_without_its_department():
    assert _rows("Biblioteka Narodowa, Zakład Rękopisów, rkps akc. 12412, k. 4–7, list z 2 X 1957.") == [
        ("Biblioteka Narodowa", "", "", "rkps akc. 12412", "1957-10-02")]


def test_an_edition_whose_publisher_bears_an_archives_code_is_literature_after_its_editor():
    assert _kinds("Dokumenty dyplomatyczne 1958, red. J. Nowak, Warszawa, PISM, 2013, dok. 45.") == ["literature"]
