"""A list of abbreviations by commas (`Siglas: ARM, Archivo Regional de Moquegua; …`) defines the article's codes:
the list gives no row, and a later note citing a code alone names the archive the list spelt out."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.commalist import comma_list


def _archival(texts: list[str]) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i + 1) for i in range(len(texts))], "text": texts})
    rows = extract_citations(notes).citations
    return rows[rows.kind == "archival"]


def test_a_comma_list_names_the_archive_of_a_code_cited_alone_later():
    rows = _archival(["Siglas: ARMq, Archivo Regional de Moquegua; BNP/M, Biblioteca Nacional del Perú, "
                      "Sala de Manuscritos (Lima).", "ARMq, Notarios, leg. 12, 4-V-1790."])
    assert list(rows.note_no) == ["2"]
    assert list(rows.archive_name) == ["Archivo Regional de Moquegua"]


def test_a_comma_list_keeps_the_commas_of_a_name_and_takes_its_bracketed_town_apart():
    entries = comma_list("Siglas: ARMq, Archivo Regional de Moquegua; BNP/M, Biblioteca Nacional del Perú, "
                         "Sala de Manuscritos (Lima).")
    assert [entry[2:] for entry in entries] == [("ARMq", "Archivo Regional de Moquegua", ""),
                                                ("BNP/M", "Biblioteca Nacional del Perú, Sala de Manuscritos", "Lima")]


def test_a_note_citing_two_codes_is_no_list():
    assert comma_list("ARMq, Notarios, leg. 12; BNP/M, caja 3.") == []


def test_an_equals_list_entry_keeps_the_body_before_its_archives_department():
    rows = _archival(["Abkürzungen: KHA = Krupp AG, Historisches Archiv, Essen; SHA = Siemens AG, Historical "
                      "Institute, Berlin.", "KHA, WA 4/12, Bericht vom 3.5.1921."])
    assert list(rows.archive_name) == ["Krupp AG, Historisches Archiv"]
