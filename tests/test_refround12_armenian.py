"""Armenian notes (reference round 12): a script with capitals, so its names read as Latin and Cyrillic ones do; the
Armenian full stop typed as a colon at a sentence's end; a publisher in guillemets between its place and year."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.guillemets import publisher_unquoted
from histkit.citations.names import is_name
from histkit.citations.stops import script_stops


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(i + 1) for i in range(len(texts))],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_an_armenian_initial_and_surname_is_a_name():
    assert is_name("Գ. Սարգսյան") and is_name("Սարգսյան Գ.")


def test_armenian_words_in_small_letters_are_no_name():
    assert not is_name("դպրոցների պատմություն")


def test_a_colon_closing_an_armenian_note_is_its_full_stop():
    assert script_stops("Գ. Սարգսյան, Գյուղը, Երևան, 1970, էջ 12:") == "Գ. Սարգսյան, Գյուղը, Երևան, 1970, էջ 12."


def test_the_armenian_full_stop_sign_is_a_full_stop():
    assert script_stops("Գյուղը, 1970։") == "Գյուղը, 1970."


def test_a_colon_after_a_cyrillic_place_in_an_armenian_note_stays_a_colon():
    text = "Тер-Саркисов А. Село. Москва: Наука, 1970. Գ. Սարգսյան:"
    assert script_stops(text) == "Тер-Саркисов А. Село. Москва: Наука, 1970. Գ. Սարգսյան."


def test_a_note_without_armenian_letters_keeps_its_colons():
    assert script_stops("Smith, Title, 1970: 12") == "Smith, Title, 1970: 12"


def test_a_publisher_in_guillemets_after_its_place_loses_them():
    assert publisher_unquoted("Գ. Սարգսյան, Գյուղը, Երևան, «Սովետական գրող», 1970") \
        == "Գ. Սարգսյան, Գյուղը, Երևան, Սովետական գրող, 1970"


def test_a_title_in_guillemets_before_a_journal_keeps_them():
    text = "Գ. Սարգսյան, «Գյուղը», Հանդես, 1970, № 2"
    assert publisher_unquoted(text) == text


def test_a_latin_journal_in_guillemets_after_a_word_keeps_them():
    text = "M. Bianchi, Il villaggio, Milano, «Studi rurali», 1970"
    assert publisher_unquoted(text) == text


def test_an_armenian_book_reads_its_author_title_place_publisher_and_year():
    ref = parse_reference("Գ. Սարգսյան, Գյուղը և քաղաքը, Երևան, «Սովետական գրող», 1970, էջ 12")
    assert (ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"], ref["pages"]) == (
        "Գ. Սարգսյան", "Գյուղը և քաղաքը", "Երևան", "Սովետական գրող", "1970", "էջ 12")


def test_an_armenian_note_closed_by_a_colon_gives_one_reference():
    refs = _references("Տե՛ս Գ. Սարգսյան, Գյուղը և քաղաքը, Երևան, «Սովետական գրող», 1970, էջ 12:")
    assert refs[["authors", "title", "year"]].values.tolist() == [["Գ. Սարգսյան", "Գյուղը և քաղաքը", "1970"]]


def test_an_armenian_op_cit_repeats_the_authors_book():
    refs = _references("Գ. Սարգսյան, Գյուղը և քաղաքը, Երևան, «Սովետական գրող», 1970, էջ 12:",
                       "Սարգսյան Գ., նշվ. աշխ., էջ 40:")
    assert refs[["note_no", "title", "ref_of"]].values.tolist()[1] == ["2", "Գյուղը և քաղաքը", "1:1"]


def test_an_armenian_first_edition_bracket_leaves_the_cited_editions_imprint():
    ref = parse_reference("Գ. Սարգսյան, Գյուղը, Երևան, «Լույս», 1980 (1-ին հրատ.՝ Թիֆլիս, 1910), էջ 12")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Երևան", "Լույս", "1980")
