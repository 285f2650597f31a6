"""Round 37's rules: the reference grammars of Ottoman, Turkish, Persian, Chinese, Japanese and Korean archives as
Western-language articles cite them in romanisation (a fonds' code and the dossier and shirt after it, the Republic's
fonds code and place number, Persian and Chinese unit words, a file title in quotation marks, an item's reference
code, an archive's name glossed in brackets) and an enclosure or a contrasting `see` in French and Italian. Each test
is one behaviour on a small invented note."""

from __future__ import annotations

import pandas as pd

from histkit.citations import extract_citations


def _archival(*texts: str, doc: str = "d") -> list[dict]:
    notes = pd.DataFrame({"doc_id": [doc] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)],
                          "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    return rows[rows.kind.isin(["archival", "ibid"])].to_dict("records")


_OTTOMAN = "Başbakanlık Osmanlı Arşivi, Istanbul (hereafter BOA), C.DH 12/601, petition, 3 May 1890."


def test_a_dotted_ottoman_fonds_code_without_its_last_stop_is_the_fond_and_its_dossier_and_shirt_the_unit():
    rows = _archival(_OTTOMAN, "BOA, MF.MKT 412/17, report of 2 June 1898.")
    assert (rows[1]["fond"], rows[1]["unit"]) == ("MF.MKT", "412/17")


def test_an_ottoman_fonds_code_with_a_turkish_capital_keeps_its_letters_and_its_stop():
    rows = _archival(_OTTOMAN, "BOA, İ.DH. 1123/87712, decree of 12 March 1891.")
    assert (rows[1]["fond"], rows[1]["unit"]) == ("İ.DH.", "1123/87712")


def test_a_listed_undotted_ottoman_code_keeps_its_dossier_and_shirt_whole():
    rows = _archival(_OTTOMAN, "BOA, HAT 1302/50711, rescript, 1839.")
    assert (rows[1]["fond"], rows[1]["unit"]) == ("HAT", "1302/50711")


def test_a_kew_class_and_piece_still_part_at_the_slash():
    rows = _archival("Consul to Ambassador, 4 April 1896, The National Archives, FO 195/1944.")
    assert (rows[0]["fond"], rows[0]["unit"]) == ("FO 195", "1944")


def test_a_one_letter_fonds_code_is_not_read_as_an_initial_before_a_name_in_capitals():
    rows = _archival(_OTTOMAN, "BOA, Y.EE 88/12, memorandum, 9 July 1897.")
    assert (rows[1]["fond"], rows[1]["unit"]) == ("Y.EE", "88/12")


def test_the_republics_dotted_fonds_code_and_place_number_part_at_the_slash():
    rows = _archival("Başbakanlık Cumhuriyet Arşivi, Ankara (hereafter BCA), 030.11.1.0/45.12.8, decree, 2 May 1929.")
    assert (rows[0]["fond"], rows[0]["unit"]) == ("030.11.1.0", "45.12.8")


def test_the_romanised_word_for_a_fonds_number_is_dropped_and_the_file_keeps_its_word():
    rows = _archival("Second Historical Archives of China, quanzong 2, juan 4512, report, 3 June 1930.")
    assert (rows[0]["fond"], rows[0]["unit"]) == ("2", "juan 4512")


def test_persian_carton_and_file_words_make_the_unit():
    rows = _archival("Markaz-e Asnād va Tārikh-e Diplomāsi, Tehran (hereafter MATD), 1330, kārton 7, parvande 2, "
                     "note, 3 March 1912.")
    assert rows[0]["unit"] == "kārton 7, parvande 2"


def test_a_file_title_in_quotation_marks_is_the_collection_without_its_marks():
    rows = _archival("Gaimushō Gaikō Shiryōkan, Gaimushō kiroku 3.9.4.11, «Shina seikyoku kankei zassan», vol. 5, "
                     "telegram, 12 May 1912.")
    assert rows[0]["collection"] == "Shina seikyoku kankei zassan"


def test_an_items_reference_code_after_ref_is_the_unit():
    rows = _archival("JACAR, Ref. A03023456700, cabinet decision, 4 April 1926.")
    assert (rows[0]["fond"], rows[0]["unit"]) == ("", "Ref. A03023456700")


def test_the_archives_name_in_brackets_after_its_code_is_no_fond():
    rows = _archival("JACAR (Japan Center for Asian Historical Records), Ref. C04012345600, order, 1 June 1931.")
    assert (rows[0]["archive"], rows[0]["fond"], rows[0]["unit"]) == ("JACAR", "", "Ref. C04012345600")


def test_a_letter_annexed_to_a_report_is_dated_by_the_letter_not_the_report():
    rows = _archival("Lettre du gouverneur, 3 avril 1921, annexe au rapport du consul du 19 avril 1921, "
                     "Archives nationales, F/7/13412.")
    assert rows[0]["date_start"] == "1921-04-03"


def test_a_document_after_a_contrasting_see_in_italian_is_a_row_of_its_own():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["Rossi, op. cit., p. 12; si veda però JACAR, Ref. B03041234500, 3 marzo 1930."]})
    rows = extract_citations(notes).citations.fillna("")
    assert list(rows.kind) == ["literature", "archival"]


def test_a_town_after_a_state_archives_name_is_its_place_not_its_fond():
    rows = _archival("Tamil Nadu Archives, Chennai, Revenue Department, G.O. No. 412, 3 May 1923.")
    assert (rows[0]["archive"], rows[0]["fond"]) == ("Tamil Nadu Archives", "Revenue Department")


def test_a_kyujanggak_shelfmark_is_the_unit_with_no_fond():
    rows = _archival("Kyujanggak Han’gukhak Yŏn’guwŏn, Seoul, Kyu 20412, memorial, 4 May 1896.")
    assert (rows[0]["archive"], rows[0]["fond"], rows[0]["unit"]) == ("Kyujanggak", "", "Kyu 20412")


def test_taiwan_historica_named_after_the_document_is_the_archive():
    rows = _archival("Memorial of the governor, 12 June 1899, Taiwan Historica, Taiwan Sōtokufu kōbun ruisan, vol. 4700.")
    assert rows[0]["archive"] == "Taiwan Historica"
