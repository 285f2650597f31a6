"""Notes as a PDF's text layer or an OCR layer delivers them (round 34): a word broken at a line's end, a soft hyphen,
ligatures, fixed-width spaces, a call number broken after its hyphen or slash, a dash set for a call number's hyphen,
digits an OCR layer read as letters, spaces lost after an abbreviation's point, `lbid.` for `Ibid.`; the tables'
offsets and raw text stay the note's as delivered."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.textlayer import as_typed


def _rows(*texts: str) -> list[tuple[str, str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind.isin(["archival", "ibid"])]
    return [(r.archive, r.fond, r.collection, r.unit, r.date_start) for r in rows.itertuples()]


def test_a_word_broken_at_the_line_end_is_one_word_again():
    assert as_typed("Geheimes Staatsar- chiv, Akt No-\nwych")[0] == "Geheimes Staatsarchiv, Akt Nowych"


def test_a_hyphen_before_and_or_or_is_a_suspended_compound_and_stays():
    assert as_typed("Hof- und Staatsarchiv, Stadt- oder Landesarchiv")[0] == "Hof- und Staatsarchiv, Stadt- oder Landesarchiv"


def test_a_hyphen_at_the_line_end_before_a_capital_is_part_of_the_name():
    assert as_typed("SAPMO-\nBArch, DY 30")[0] == "SAPMO-BArch, DY 30"


def test_a_soft_hyphen_and_a_ligature_are_undone():
    assert as_typed("Memo\u00adrandum of the Oﬃce, ﬁle 12")[0] == "Memorandum of the Office, file 12"


def test_fixed_width_spaces_are_plain_spaces():
    assert as_typed("R\u00a043\u2009I/12, n°\u202f4")[0] == "R 43 I/12, n° 4"


def test_a_call_number_broken_after_its_hyphen_or_its_slash_is_whole():
    assert as_typed("Ф. Р- 5446; sygn. 12/IV- 31; CO 537/ 412")[0] == "Ф. Р-5446; sygn. 12/IV-31; CO 537/412"


def test_a_dash_between_a_call_number_capitals_and_digits_is_its_hyphen_a_range_keeps_its_dash():
    assert as_typed("Ф. Р−2306, sygn. 12/IV–31, Bl. 3–5")[0] == "Ф. Р-2306, sygn. 12/IV-31, Bl. 3–5"


def test_digits_an_ocr_layer_read_as_letters_are_digits_a_series_letter_is_not():
    assert as_typed("4 June l931, CAB 24/2l4; AML, I1 245")[0] == "4 June 1931, CAB 24/214; AML, I1 245"


def test_a_space_lost_after_an_abbreviation_point_is_put_back_a_code_keeps_its_points():
    assert as_typed("f.17,op.3,d.45; Ebd.,Bl.7; WC, MS.5678, 12.IV.1957")[0] == (
        "f. 17, op. 3, d. 45; Ebd., Bl. 7; WC, MS.5678, 12.IV.1957")


def test_ibid_read_with_a_small_l_is_an_ibid():
    assert _rows("Crane to Holt, 2 May 1931, TNA, CAB 24/214.", "lbid., minute, 4 May 1931.")[1] == (
        "TNA", "CAB 24", "", "214", "1931-05-04")


def test_an_archive_name_broken_at_the_line_end_is_known_and_its_holding_read():
    assert _rows("Vermerk, 12.1.1931, Bundes- archiv, R\u00a043 I/1234.") == [("BArch", "R 43 I", "", "1234", "1931-01-12")]


def test_a_russian_citation_with_no_break_spaces_in_a_code_is_read():
    assert _rows("Записка, 3 марта 1931 г. // ГА\u00a0РФ. Ф.\u00a0Р-5446. Оп.\u00a01. Д.\u00a012.")[0][:2] == ("GARF", "Р-5446")


def test_offsets_and_raw_are_the_note_as_delivered():
    text = "See Bundes- archiv, R 43 I/1234."
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    row = extract_citations(notes).citations.iloc[0]
    assert text[row.char_start:row.char_end] == row.raw and row.raw.startswith("Bundes- archiv")


def test_a_code_broken_over_two_lines_is_the_known_archive_not_a_failed_document():
    assert _rows("Записка, 3 марта 1931 г. // ГА\nРФ. Ф. Р-5446. Оп. 1. Д. 12.")[0][:2] == ("GARF", "Р-5446")


def test_a_hyphen_inside_a_word_of_an_archive_name_is_a_line_end_one():
    assert _rows("Erlass, 2.2.1931, Bundesar-chiv, R 1501/1234.") == [("BArch", "R 1501", "", "1234", "1931-02-02")]


def test_a_hyphen_inside_any_other_word_stays():
    assert as_typed("la politique franco-allemande", frozenset({"archives", "nationales"}))[0] == (
        "la politique franco-allemande")
