"""Units of archival round 16 read in-sample: the words of unit_words.csv a note's holding opens its unit with — a
Swedish letter-copy book, an English letter book, a Bombay-style compilation after its volume, a French register, a
Spanish book of minutes."""

import pandas as pd

from histkit.citations import extract_citations


def _units(text: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rows = extract_citations(notes).citations.fillna("")
    return rows[rows.kind == "archival"].unit.tolist()


def test_a_swedish_letter_copy_book_is_a_unit():
    assert _units("Ålands sjöfartsmuseum, Gustaf Eriksons rederi, kopiebok 12, brev till agenten, 2.3.1921.") == ["kopiebok 12"]


def test_an_english_letter_book_is_a_unit():
    assert _units("Hawaiʻi State Archives, Interior Department, Letter Book 8, p. 212, letter, 30 June 1854.") == ["Letter Book 8"]


def test_a_compilation_after_its_volume_stays_with_it():
    assert _units("Sindh Archives, Revenue Department, vol. 45, comp. 12, Collector to Commissioner, 12th March 1858.") == [
        "vol. 45, comp. 12"]


def test_a_french_register_is_a_unit():
    assert _units("Archives de la Collectivité de Corse, Plans terriers, registre 112, communauté de Sartène, 1771-1773.") == [
        "registre 112"]


def test_a_spanish_book_of_minutes_is_a_unit():
    assert _units("Archivo Histórico Municipal de Ponce, Actas del Cabildo, libro 12, fol. 45v, 24 de septiembre de 1868.") == [
        "libro 12"]


def _fond_and_unit(text: str) -> list[tuple[str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    rows = extract_citations(notes).citations.fillna("")
    return [(r.fond, r.unit) for r in rows.itertuples() if r.kind == "archival"]


def test_a_lettered_signature_opening_with_a_single_letter_splits_at_its_last_slash():
    assert _fond_and_unit("Jersey Archive, D/Y/A/12/45, Acte de la Cour Royale, le 12 mars 1789.") == [("D/Y/A/12", "45")]


def test_the_holding_before_an_archive_named_last_with_its_town_and_its_hereafter():
    assert _fond_and_unit("R. C. Wyllie to G. P. Judd, 12 March 1850, Foreign Office and Executive, Box 12, folder 4, "
                          "Hawaiʻi State Archives, Honolulu (hereafter HSA).") == [
        ("Foreign Office and Executive", "Box 12, folder 4")]


def test_a_notarys_name_before_the_protocols_volume_is_no_collection():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [
        "Arxiu de la Catedral de València, Protocols, notari Joan Baptista Tarassó, vol. 3.412, 14 de maig de 1611."]})
    rows = extract_citations(notes).citations.fillna("")
    assert [(r.fond, r.collection, r.unit) for r in rows.itertuples()] == [("Protocols", "", "vol. 3.412")]
