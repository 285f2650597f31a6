"""An archive named in the sentence, its code opening the bracketed citation after it, defines that code for the
article, over the authority file's meaning of the same letters."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.prosecode import prose_codes


def _archival(texts: list[str]) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i + 1) for i in range(len(texts))], "text": texts})
    rows = extract_citations(notes).citations
    return rows[rows.kind == "archival"]


def test_the_code_after_a_named_archive_and_its_town_is_defined_by_the_names_capitals():
    assert prose_codes("The letters were kept at the Archives of the Diocese of Gozo, Victoria (ADGz, Letters, "
                       "vol. 3).") == [("ADGz", "Archives of the Diocese of Gozo", "Victoria")]


def test_words_of_the_sentence_before_the_name_are_not_taken_in():
    assert prose_codes("Segons la Crònica, a l'Arxiu Municipal de Vic (AMV, Actes, vol. 2)") == [
        ("AMV", "Arxiu Municipal de Vic", "")]


def test_a_bracket_whose_code_is_not_the_names_initials_defines_nothing():
    assert prose_codes("as the Archives of the Diocese of Gozo show (ACM, Letters, vol. 3).") == []


def test_the_article_code_wins_over_the_authority_and_holds_in_later_notes():
    rows = _archival(["Les visites pastorals són a l'Arxiu Diocesà de Barcelona (ADB, Visites, vol. 31, 1702-1704).",
                      "ADB, Registra Gratiarum, reg. 45, 12-V-1710."])
    assert list(rows.archive_name) == ["Arxiu Diocesà de Barcelona", "Arxiu Diocesà de Barcelona"]


def test_a_code_naming_the_first_part_before_its_parent_body_and_town_is_defined_for_later_notes():
    rows = _archival(["Archivo Histórico de Cancillería, Ministerio de Relaciones Exteriores, Santiago (AHC), "
                      "Fondo Histórico, caja 1402, exp. 3, 3 de mayo de 1891.", "AHC, Fondo Histórico, caja 1410, s.f."])
    assert list(rows.archive_name) == ["Archivo Histórico de Cancillería", "Archivo Histórico de Cancillería"]
