"""The archive's name before a here-after code: towns and states after it, the university it belongs to, the part whose
initials the code is; and a list of codes with a dash between code and name.

Gold rule (rounds 7-11): an unknown archive is named as written without its place and enclosing body. The archives
and files below are invented.
"""

from histkit.citations import extract_citations
from histkit.citations.archives import default_matcher
from histkit.citations.definitions import learn_definitions

import pandas as pd


def _learnt(note):
    matcher = default_matcher().copy()
    learn_definitions(note, matcher)
    return matcher


def test_a_town_and_its_state_after_the_name_are_no_part_of_it():
    matcher = _learnt("Quaker Archives, Lancaster, Pennsylvania (hereafter QAL), Meeting Minutes, vol. 3, 1760.")
    assert (matcher.match("QAL, vol. 4")[0].name, matcher.match("QAL, vol. 4")[0].city) == ("Quaker Archives", "Lancaster")


def test_a_town_written_with_a_saints_abbreviation_is_not_where_the_name_starts():
    matcher = _learnt("The Harbour Provincial Archives, St. Peter's (hereafter HPA), GN 4, vol. 2, 1861.")
    assert matcher.match("HPA, GN 5")[0].name == "The Harbour Provincial Archives"


def test_the_university_an_archive_belongs_to_is_dropped_from_its_name():
    matcher = _learnt("Nile Archive, Exeter University Library (hereafter NAE), 512/3/45, 12 March 1899.")
    assert matcher.match("NAE 513/1")[0].name == "Nile Archive"


def test_a_department_after_its_library_stays_in_the_name():
    matcher = _learnt("University of Dundee Library, Special Collections (hereafter UDL), MS 45, 1901.")
    assert matcher.match("UDL, MS 46")[0].name == "University of Dundee Library, Special Collections"


def test_the_part_whose_initials_the_code_is_is_the_archives_name():
    matcher = _learnt("Karl-Ulrichs-Verein, Arbeitsstelle zur Geschichte der Bewegung (im Folgenden: KUV), "
                      "Sammlung Bund, SB 12/3, 1930.")
    assert matcher.match("KUV, SB 12/4")[0].name == "Karl-Ulrichs-Verein"


def test_the_unit_named_between_the_archive_and_its_code_is_no_fond():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [
        "Karl-Ulrichs-Verein, Arbeitsstelle zur Geschichte der Bewegung (im Folgenden: KUV), Sammlung Bund, "
        "SB 12/3, Fragebogen, 12.3.1930."]})
    row = extract_citations(notes).citations.iloc[0]
    assert (row.archive, row.fond) == ("KUV", "Sammlung Bund")


def test_a_list_of_codes_with_a_dash_between_code_and_name_defines_the_archives_and_cites_nothing():
    note = "Abreviaturas: AHX – Arquivo Histórico de Xira; cx. – caixa; ARV – Arquivo Regional de Vila."
    matcher = _learnt(note)
    assert (matcher.match("AHX, liv. 3")[0].name, matcher.match("ARV, mç. 4")[0].name) == (
        "Arquivo Histórico de Xira", "Arquivo Regional de Vila")
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [note]})
    assert not (extract_citations(notes).citations.kind == "archival").any()


def test_a_code_in_corner_quotes_after_the_hereafter_word_is_learnt():
    matcher = _learnt("中央研究院近代史研究所檔案館（以下簡稱「近史所檔案館」），外交部檔案，11-01-02，民國二十年。")
    assert matcher.match("近史所檔案館，外交部檔案")[0].name == "中央研究院近代史研究所檔案館"


def test_a_code_in_single_quotes_after_the_korean_hereafter_word_is_learnt_without_the_university():
    matcher = _learnt("고려대학교 민족문화연구원(이하 '민연') 소장, 『문서』, 제3책, 1882년 4월 29일.")
    assert matcher.match("민연, 『문서』")[0].name == "민족문화연구원"


def test_the_first_word_of_an_archives_name_may_be_its_code_after_a_hereafter_word():
    matcher = _learnt("Regenbogen Frauenarchiv, Köln (im Folgenden: Regenbogen), Bestand Verein, Nr. 45, 1929.")
    assert matcher.match("Regenbogen, Bestand Verein, Nr. 46")[0].name == "Regenbogen Frauenarchiv"


def test_a_first_word_in_brackets_without_a_hereafter_word_is_no_code():
    matcher = _learnt("Regenbogen Frauenarchiv, Köln (Regenbogen), Bestand Verein, Nr. 45, 1929.")
    assert matcher.match("Regenbogen, Bestand Verein, Nr. 46") is None


def test_a_reading_room_in_small_letters_after_the_archive_is_no_part_of_its_name():
    matcher = _learnt("Archives de l'Université de Tanger, salle Ibn Battuta (ci-après AUT), AA:2.3, boîte 12, 1925.")
    assert matcher.match("AUT, boîte 13")[0].name == "Archives de l'Université de Tanger"
