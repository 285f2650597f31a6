"""Layout on four more house styles: Slovene, Polish and Italian journals and an English report.

The fixtures come from `tests/fixtures/layout/round3.py`; the gold notes in
`tests/gold/<name>_notes.tsv` are written by hand from the articles, not
from the code's output. Symbol notes (`*` on the author's name) are not in the gold files.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES as ALL_FIXTURES, gold_notes, layout_of, notes_by_no

from histkit.read import load_corpus
from histkit.layout import analyse_layout

FIXTURES = ALL_FIXTURES / "layout"
HEADS = {
    "prispevki_slovene": ["PRISPEVKI ZA NOVEJŠO ZGODOVINO LXI – 2/2021",
                          "A. Novak: Jugoslovanski sindikati in zahodni obiskovalci, 1950–1955", "87", "88", "89", "90"],
    "dzieje_najnowsze_polish": ["124 P. NOWAK", "POLSCY DYPLOMACI W BELGRADZIE 125", "126 P. NOWAK"],
    "italia_contemporanea": ["128 Marco Rossi", "Diplomazia e sindacato 129"],
    "report_endnotes_english": ["xi", "xii PREFACE"] + [f"{n} LABOUR DIPLOMACY IN THE COLD WAR" for n in range(2, 13, 2)]
    + [f"UNIONS AND THE STATE {n}" for n in range(3, 12, 2)],
}
_CACHE: dict[str, object] = {}


def fixture(name: str):
    if name not in _CACHE:
        _CACHE[name] = analyse_layout(list(load_corpus([FIXTURES / f"{name}.txt"], strict=True))[0])
    return _CACHE[name]


# --------------------------------------------------------------------------- the four fixtures


def test_the_slovene_fixture_keeps_its_crlf_line_endings_on_disk():
    assert b"\r\n" in (FIXTURES / "prispevki_slovene.txt").read_bytes()


@pytest.mark.parametrize("name", sorted(HEADS))
def test_round3_blocks_tile_the_text_exactly(name):
    lay = fixture(name)
    assert "".join(b.raw for b in lay.blocks) == lay.doc.text


@pytest.mark.parametrize("name", sorted(HEADS))
def test_round3_numbered_notes_match_the_hand_written_gold(name):
    assert [(n.note_no, n.text) for n in fixture(name).notes if n.note_no[0].isdigit()] == gold_notes(name)


@pytest.mark.parametrize("name", sorted(HEADS))
def test_round3_note_markers_are_all_linked_in_text_order(name):
    lay = fixture(name)
    starts = [n.marker_start for n in lay.notes if n.note_no[0].isdigit()]
    assert None not in starts and starts == sorted(starts)
    assert not [w for w in lay.warnings if "marker" in str(w)]


@pytest.mark.parametrize("name", sorted(HEADS))
def test_round3_running_heads_and_folios_are_running_heads_not_text(name):
    lay = fixture(name)
    heads = {" ".join(b.text.split()) for b in lay.blocks if b.zone == "running_head"}
    assert set(HEADS[name]) <= heads
    texts = [b.text for b in lay.blocks if b.zone != "running_head"] + [n.text for n in lay.notes]
    assert not [h for h in HEADS[name] if any(h == t.strip() or (not h.isalnum() and h in t) for t in texts)]


def test_slovene_izvlecek_and_keywords_are_front_and_the_english_summary_is_back():
    lay = fixture("prispevki_slovene")
    assert any(b.zone == "front" and b.text.startswith("IZVLEČEK") and "Ključne besede:" in b.text for b in lay.blocks)
    assert [b.zone for b in lay.blocks if b.text == "SUMMARY"] == ["back"]
    assert [b.text for b in lay.blocks if b.zone == "heading"] == ["Uvod", "Obiski v letih 1951 in 1952", "Zaključek"]


def test_slovene_viri_in_literatura_opens_the_back_matter():
    lay = fixture("prispevki_slovene")
    assert [b.zone for b in lay.blocks if b.text.startswith("Viri in literatura")] == ["back"]


def test_polish_keywords_are_front_and_bibliography_with_a_ligature_and_english_abstract_are_back():
    lay = fixture("dzieje_najnowsze_polish")
    assert [b.zone for b in lay.blocks if b.text.startswith("Słowa kluczowe:")] == ["front"]
    assert any(b.zone == "back" and b.text.startswith("Bibliografia") for b in lay.blocks)
    assert any(b.zone == "back" and "Abstract" in b.text for b in lay.blocks)


def test_polish_word_hyphenated_over_a_page_break_is_linked_to_its_end():
    lay = fixture("dzieje_najnowsze_polish")
    by_id = {b.block_id: b for b in lay.blocks}
    cut = next(b for b in lay.blocks if b.zone == "body" and b.text.endswith("bezpie-"))
    assert by_id[cut.continued_in].text.startswith("czeństwa.6")


def test_polish_note_with_a_numbered_list_keeps_the_list_in_the_note():
    note = notes_by_no(fixture("dzieje_najnowsze_polish"))["5"]
    assert "zestawienia: 1) wykaz osób" in note.text and note.text.endswith("3) przegląd prasy jugosłowiańskiej z lipca 1948 r.")


def test_english_report_has_notes_numbered_above_99_linked():
    notes = notes_by_no(fixture("report_endnotes_english"))
    assert notes["104"].text.startswith("on the number of visitors") and notes["105"].marker_start is not None


# --------------------------------------------------------------------------- the rules behind them


def test_decimal_and_udc_numbers_in_front_matter_are_not_note_markers():
    lay = layout_of('1.01 Izvirni znanstveni članek\nUDK 331.105.44(497.4)"1950/1955"\n\n'
                    "Uvod\nTito je prišel.1 Nato je odšel.2\n\n1 ARS, AS 1970.\n2 Prav tam.\n")
    assert [(n.note_no, lay.doc.text[n.marker_start - 3:n.marker_start]) for n in lay.notes] == [
        ("1", "el."), ("2", "el.")]


def test_digits_of_a_doi_are_not_note_markers():
    lay = layout_of("DOI: 10.12775/DN.2021.2.05\n\nWende wrote.1 He left.2\n\n1 AMSZ, z. 6.\n2 Ibidem.\n")
    assert [lay.doc.text[n.marker_start - 5:n.marker_start] for n in lay.notes] == ["rote.", "left."]


def test_a_year_after_its_full_stop_still_carries_a_marker():
    lay = layout_of("The split came in 1948.1 Then the unions.2\n\n1 Dedijer, 371.\n2 Ibid.\n")
    assert [n.marker_start for n in lay.notes] == [23, 41]


def test_a_marker_glued_to_a_year_is_linked_when_it_is_the_next_number():
    lay = layout_of("La CGIL esitò1. Una delegazione andò a Belgrado nel 19552, e tornò.\n\n1 Ivi.\n2 Ivi, p. 5.\n")
    note = notes_by_no(lay)["2"]
    assert lay.doc.text[note.marker_start - 4:note.marker_start + 1] == "19552"
    assert not [w for w in lay.warnings if "marker" in str(w)]


def test_note_text_spells_out_ligatures_and_drops_soft_hyphens_and_non_breaking_spaces():
    lay = layout_of("Text.1\n\n1 Sulla \ufb01gura, pp.\u00a011-13; zgodo\u00ad\nvina; Bibliogra\ufb01a.\n")
    assert [n.text for n in lay.notes] == ["Sulla figura, pp. 11-13; zgodovina; Bibliografia."]
    assert "\ufb01" in lay.blocks[-1].raw


def test_a_back_matter_label_set_with_a_ligature_is_recognised():
    lay = layout_of("Uvod\n" + "Tito je prišel in govoril dolgo o delavskih svetih. " * 30 + "\n\n"
                    "Bibliogra\ufb01a\nPirjevec, Jože. Tito in tovariši. Ljubljana 2011.\n")
    assert [b.zone for b in lay.blocks if b.text.startswith("Bibliografia")] == ["back"]


def test_mixed_case_heads_with_folios_alternating_sides_are_running_heads():
    lay = layout_of("Testo della prima pagina che continua a lungo.\n\n128 Marco Rossi\n\n"
                    "Testo della seconda pagina.\n\nDiplomazia e sindacato 129\n\nTesto della terza pagina.\n")
    assert [(b.text, b.page) for b in lay.blocks if b.zone == "running_head"] == [
        ("128 Marco Rossi", 128), ("Diplomazia e sindacato 129", 129)]


def test_lines_ending_in_consecutive_numbers_on_one_side_only_are_not_running_heads():
    lay = layout_of("Text of the first part goes on here.\n\nWorkers in Zagreb 12\n\nText of the second part.\n\n"
                    "Peasants in Slavonia 13\n\nText of the third part.\n")
    assert not [b for b in lay.blocks if b.zone == "running_head"]


def test_lower_case_roman_folios_of_front_matter_are_running_heads():
    lay = layout_of("PREFACE\n\nThis report grew out of a seminar.\n\nxi\n\nxii PREFACE\n\nI thank the archivists.\n")
    assert [b.text for b in lay.blocks if b.zone == "running_head"] == ["xi", "xii PREFACE"]


def test_a_foot_folio_before_the_next_pages_head_closes_the_page_above():
    lay = layout_of("Chapter one opens here and runs on.\n\n1\n\n2 LABOUR DIPLOMACY IN THE COLD WAR\n\n"
                    "It goes on here.\n\nUNIONS AND THE STATE 3\n\nAnd ends here.\n")
    assert [(b.text, b.page) for b in lay.blocks if b.zone != "blank"] == [
        ("Chapter one opens here and runs on.", 1), ("1", 1), ("2 LABOUR DIPLOMACY IN THE COLD WAR", 2),
        ("It goes on here.", 2), ("UNIONS AND THE STATE 3", 3), ("And ends here.", 3)]
    assert not lay.warnings


def test_an_english_abstract_closing_the_article_after_its_notes_is_back_matter():
    lay = layout_of("Tytuł artykułu\n\nSłowa kluczowe: Polska, Jugosławia\n\n"
                    + "Wende pisał długo o partii i o wojsku w Belgradzie. " * 30 + "1\n\n1 AMSZ, z. 6.\n\n"
                    "Polish diplomats in Belgrade\nAbstract\nThe article examines the reports of the legation.\n")
    assert [b.zone for b in lay.blocks if "The article examines" in b.text] == ["back"]
    assert [b.zone for b in lay.blocks if b.text.startswith("Wende")] == ["body"]


def test_a_note_label_glued_to_its_capitalised_text_starts_the_note():
    lay = layout_of("Tito came.1 He left.2 More.3\n\n1AJ, 507, IX.\n2Ibid., 4.\n3„Borba”, 5. 7. 1957.\n")
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "AJ, 507, IX."), ("2", "Ibid., 4."),
                                                        ("3", "„Borba”, 5. 7. 1957.")]


def test_a_number_glued_to_a_capital_that_is_not_the_next_note_stays_in_the_note():
    lay = layout_of("Tito came.1 He left.\n\n1AJ, 507, IX.\n3D printing was unknown.\n")
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "AJ, 507, IX. 3D printing was unknown.")]


def test_notes_labelled_in_parentheses_are_called_by_parenthesised_markers():
    lay = layout_of("Le gouvernement hésitait (1). Tito refusa(2).\n\n(1) AMAE, Europe 1944-1960, vol. 12.\n(2) Ibid.\n")
    assert [(n.note_no, n.text, lay.doc.text[n.marker_start - 1:n.marker_start + 2]) for n in lay.notes] == [
        ("1", "AMAE, Europe 1944-1960, vol. 12.", "(1)"), ("2", "Ibid.", "(2)")]


def test_a_parenthesised_list_in_the_body_does_not_take_the_place_of_glued_markers():
    lay = layout_of("Three points: (1) wages, (2) prices. Tito came.1 He left.2\n\n1 AJ, 507.\n2 Ibid.\n")
    assert [lay.doc.text[n.marker_start - 5:n.marker_start] for n in lay.notes] == ["came.", "left."]


def test_a_notes_to_pages_head_with_a_page_range_before_its_folio_is_a_running_head():
    sentences = [f"Sentence {k} tells of Tito and the unions in Belgrade.{k}" for k in range(1, 41)]
    body = [" ".join(sentences[i:i + 3]) for i in range(0, 40, 3)]
    notes = [f"{k}. TNA, FO 371/{88000 + k}, Peake to Bevin, {k} March 1950." for k in range(1, 41)]
    lay = layout_of("228 LABOUR DIPLOMACY\n\n" + "\n".join(body[:7]) + "\n\nUNIONS AND THE STATE 229\n\n"
                    + "\n".join(body[7:]) + "\n\n230 LABOUR DIPLOMACY\n\nNotes\n\n" + "\n".join(notes[:20])
                    + "\n\nNOTES TO PAGES 228–229 231\n\n" + "\n".join(notes[20:]) + "\n")
    assert [(b.page, b.text) for b in lay.blocks if b.zone == "running_head"][-1] == (231, "NOTES TO PAGES 228–229 231")
    assert notes_by_no(lay)["20"].text == "TNA, FO 371/88020, Peake to Bevin, 20 March 1950."


def test_a_chapter_number_alone_over_its_title_makes_both_headings_and_the_title_the_section():
    lay = layout_of("Text of the book before.\n\n2\nThe Crisis of 1948\n\nIt came suddenly.\n")
    assert [(b.zone, b.section, b.text) for b in lay.blocks if b.zone != "blank"] == [
        ("body", "", "Text of the book before."), ("heading", "2", "2"),
        ("heading", "The Crisis of 1948", "The Crisis of 1948"), ("body", "The Crisis of 1948", "It came suddenly.")]
