"""Layout recovery: blocks tile the text, notes are whole and linked to their markers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES as ALL_FIXTURES, GOLD, REPO, gold_notes, layout_of, notes_by_no
from hypothesis import given, settings, strategies as st

from histkit.read import load_corpus
from histkit.layout import analyse_layout

FIXTURES = ALL_FIXTURES / "layout"
CORPUS = REPO / "data" / "corpus"
SEED = CORPUS / "001_4959ece7505da236.txt"
SEED_NO_NOTES = CORPUS / "000_433eafb7354978b4.txt"
FIXTURE_FILES = sorted(FIXTURES.glob("*.txt"))
# fixtures whose notes the tests below check one by one; the others have a gold file
HAND_CHECKED = ["cold_war_english", "endnotes_croatian", "russian_symbols", "german_endnotes"]


def layout_of_file(path: Path):
    corpus = load_corpus([path], strict=True)
    return analyse_layout(list(corpus)[0])


def body_text(lay) -> str:
    return "\n".join(b.text for b in lay.blocks if b.zone in ("body", "heading", "front", "back"))


@pytest.fixture(scope="module")
def seed():
    return layout_of_file(SEED)


# --------------------------------------------------------------------------- lossless


@pytest.mark.parametrize("path", FIXTURE_FILES + [SEED, SEED_NO_NOTES], ids=lambda p: p.name)
def test_blocks_tile_the_text_exactly(path):
    lay = layout_of_file(path)
    text = lay.doc.text
    assert "".join(b.raw for b in lay.blocks) == text
    pos = 0
    for b in lay.blocks:
        assert b.start == pos and b.raw == text[b.start:b.end] and b.end > b.start
        pos = b.end
    assert pos == len(text)


@pytest.mark.parametrize("path", FIXTURE_FILES + [SEED], ids=lambda p: p.name)
def test_block_ids_are_unique_and_follow_document_order(path):
    lay = layout_of_file(path)
    ids = [b.block_id for b in lay.blocks]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(i.startswith(lay.doc.doc_id + ":") for i in ids)


def test_every_layout_fixture_has_its_notes_checked_one_by_one_or_against_a_gold_file():
    stems = {p.name.split(".")[0] for p in FIXTURE_FILES}
    assert set(HAND_CHECKED) <= stems
    assert sorted(s for s in stems - set(HAND_CHECKED) if not (GOLD / f"{s}_notes.tsv").exists()) == []


def test_a_text_read_from_its_file_and_given_as_a_string_has_the_same_layout():
    from_file = layout_of_file(SEED)
    from_string = layout_of(SEED.read_text(encoding="utf-8"), doc_id=from_file.doc.doc_id)
    assert from_string.blocks == from_file.blocks
    assert (from_string.notes, from_string.warnings) == (from_file.notes, from_file.warnings)


def test_the_layout_of_a_text_does_not_depend_on_the_documents_analysed_before_it():
    text = SEED.read_text(encoding="utf-8")
    first = layout_of(text)
    for path in FIXTURE_FILES:
        layout_of_file(path)
    again = layout_of(text)
    assert (again.blocks, again.notes, again.warnings) == (first.blocks, first.notes, first.warnings)


# --------------------------------------------------------------------------- notes


def test_note_continued_after_next_pages_body_is_joined():
    text = (
        "Body of the first page ends here.1 The war had begun and the\n\n"
        "1 See the report of the embassy, which was kept in the\n"
        " archives of the ministry for years, and more body text follows.2\n"
        "on the second page until its notes begin, and the text stops at\n\n"
        "ministry of foreign affairs, box 4.\n\n"
        "2 Ibid., 5.\n"
    )
    lay = layout_of(text)
    note = notes_by_no(lay)["1"]
    assert note.text == "See the report of the embassy, which was kept in the ministry of foreign affairs, box 4."
    assert len(note.block_ids) == 2
    assert "archives of the ministry" in body_text(lay)


def test_seed_note_running_over_a_page_is_one_note_with_two_blocks(seed):
    note = notes_by_no(seed)["7"]
    assert len(note.block_ids) == 2
    assert note.text.endswith("“The Relationships between Yugoslav Communists and Scandinavian Socialists "
                              "in the Light of Yugoslav Sources (1950–1953)”, Acta Histriae 1/2019, 75–87.")
    assert "Socialists had an essential position" not in note.text


def test_consecutive_notes_without_a_blank_line_are_split():
    lay = layout_of("Text.1 More text.2\n\n1 Ibid., 4.\n2 Ibid., 4–5.\n")
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "Ibid., 4."), ("2", "Ibid., 4–5.")]


def test_blank_line_inside_a_note_keeps_one_note():
    lay = layout_of("Text.1\n\n1 AJ, fond 507, Pismo Veljka Vlahovića, upućeno\n\nBarišiću, 31. 1. 1955.\n")
    assert [n.text for n in lay.notes] == ["AJ, fond 507, Pismo Veljka Vlahovića, upućeno Barišiću, 31. 1. 1955."]


def test_body_line_starting_with_a_number_is_not_a_note():
    text = ("His visit took place from April\n7 to 14,1 which coincided with the congress.\n\n"
            "1 See the programme of the visit.\n")
    lay = layout_of(text)
    assert [n.note_no for n in lay.notes] == ["1"]
    assert "7 to 14,1 which" in body_text(lay)


def test_date_running_on_inside_a_note_does_not_start_a_note():
    text = "Text.1 More.2\n\n1 Telegram to the ministry, sent on\n14. 12. 1954; see also the reply.\n2 Ibid.\n"
    lay = layout_of(text)
    assert [n.note_no for n in lay.notes] == ["1", "2"]
    assert "14. 12. 1954" in notes_by_no(lay)["1"].text


def test_symbol_notes_are_kept_with_their_symbol():
    lay = layout_of_file(FIXTURES / "russian_symbols.txt")
    assert [n.note_no for n in lay.notes][:2] == ["*", "†"]
    assert notes_by_no(lay)["*"].marker_start is not None


def test_endnotes_under_a_notes_heading_are_found_across_page_breaks():
    lay = layout_of_file(FIXTURES / "german_endnotes.txt")
    notes = notes_by_no(lay)
    assert list(notes) == ["1", "2", "3", "4", "5"]
    assert notes["4"].text.endswith("vgl. auch die Aufzeichnung des Referats 206 vom 7. April 1955.")
    assert "Zeitgeschichte" not in notes["2"].text


def test_numbered_section_heading_is_not_taken_for_a_note():
    lay = layout_of_file(FIXTURES / "german_endnotes.txt")
    assert [b.text for b in lay.blocks if b.zone == "heading"][:2] == ["1. Einleitung", "2. Die Vorgeschichte"]


def test_endnotes_in_croatian_with_numbered_full_stop_style():
    lay = layout_of_file(FIXTURES / "endnotes_croatian.txt")
    notes = notes_by_no(lay)
    assert list(notes) == ["1", "2", "3", "4", "5", "6"]
    assert notes["5"].text.endswith("koja se čuva u istom fondu, kut. 3, 8. 2. 1951.")
    assert notes["4"].text == ("Arhiv Jugoslavije (AJ), fond 507, Komisija za međunarodne veze, "
                               "Izvješće poslanstva u Londonu, 22. 11. 1950.")


# --------------------------------------------------------------------------- markers


def test_marker_forms_are_linked_to_their_notes():
    body = ("the East and West.1 Then the Yugoslav issue2 faded, and Victor Larock,3 spoke of "
            "socialism.”4 The party (PSB/ BSP)5 and all agreed with. 6 End.")
    lay = layout_of(body + "\n\n" + "\n".join(f"{n} Note {n}." for n in range(1, 7)) + "\n")
    text = lay.doc.text
    got = {n.note_no: text[n.marker_start - 4:n.marker_start + 1] for n in lay.notes}
    assert got == {"1": "est.1", "2": "ssue2", "3": "ock,3", "4": "sm.”4", "5": "BSP)5", "6": "th. 6"}
    assert all(n.marker_block_id == lay.blocks[0].block_id for n in lay.notes)


def test_seed_markers_one_to_seventy_five_are_linked_in_order(seed):
    numbered = [n for n in seed.notes if n.note_no.isdigit()]
    assert [n.note_no for n in numbered] == [str(i) for i in range(1, 76)]
    starts = [n.marker_start for n in numbered]
    assert None not in starts and starts == sorted(starts)
    text = seed.doc.text
    assert text[starts[72] - 3:starts[72] + 2] == "14,73"  # `7 to 14,73`: the 73, not the 7
    assert text[starts[30] - 6:starts[30] + 2] == "with. 31"


def test_year_after_the_expected_number_is_not_a_marker():
    lay = layout_of("In 1950 the party met.1 The 1952 congress followed.2\n\n1 Ibid.\n2 Ibid.\n")
    text = lay.doc.text
    assert [text[n.marker_start:n.marker_start + 1] for n in lay.notes] == ["1", "2"]
    assert [text[n.marker_start - 1] for n in lay.notes] == [".", "."]


# --------------------------------------------------------------------------- warnings


def test_marker_without_a_note_is_a_warning():
    lay = layout_of("One.1 Two.2 Three.3\n\n1 A.\n2 B.\n")
    assert any("marker 3" in str(w) and "no note" in str(w) for w in lay.warnings)


def test_note_without_a_marker_is_a_warning():
    lay = layout_of("One.1 Two, no marker here.\n\n1 A.\n2 B.\n")
    assert [n.note_no for n in lay.notes] == ["1", "2"]
    assert any("note 2" in str(w) and "no marker" in str(w) for w in lay.warnings)


def test_missing_note_number_is_a_warning_not_an_error():
    lay = layout_of("One.1 Two.2 Three.3\n\n1 A.\n3 C.\n")
    assert [n.note_no for n in lay.notes] == ["1", "3"]
    assert any("note 2 not found" in str(w) for w in lay.warnings)


def test_out_of_order_note_is_a_warning():
    lay = layout_of("One.1 Two.2 Three.3\n\n1 A.\n3 C.\n2 B.\n")
    assert [n.note_no for n in lay.notes] == ["1", "3", "2"]
    assert any("out of order" in str(w) for w in lay.warnings)


# --------------------------------------------------------------------------- running heads and pages


def test_running_heads_are_removed_from_body_and_kept_as_running_head_blocks():
    lay = layout_of_file(FIXTURES / "cold_war_english.txt")
    heads = [b.text for b in lay.blocks if b.zone == "running_head"]
    assert heads == ["88 JOURNAL OF COLD WAR STUDIES", "Tito's Western Friends 89"]
    assert "JOURNAL OF COLD WAR" not in body_text(lay)
    assert all("JOURNAL OF COLD WAR" not in n.text for n in lay.notes)


def test_seed_running_heads_and_folios_are_not_in_body_or_notes(seed):
    heads = [b.text for b in seed.blocks if b.zone == "running_head"]
    assert heads == ["128", "ТОКОВИ ИСТОРИЈЕ 3/2021. 121–143", "143",
                     "Aleksandar V. MILETIĆ YUGOSLAV COMMUNISTS AND BELGIAN SOCIALISTS 1950–1956"]
    rest = body_text(seed) + "\n".join(n.text for n in seed.notes)
    assert "3/2021. 121–143" not in rest and "MILETIĆ YUGOSLAV" not in rest
    assert all(b.raw.strip() not in ("128", "143") for b in seed.blocks if b.zone != "running_head")


def test_seed_pages_follow_the_folio_and_the_page_range(seed):
    notes = notes_by_no(seed)
    assert notes["1"].page == 121 and notes["27"].page == 128 and notes["31"].page == 129
    assert [b.page for b in seed.blocks if b.zone == "running_head"][:2] == [128, 128]


def test_footer_folios_number_the_page_above_them():
    lay = layout_of_file(FIXTURES / "endnotes_croatian.txt")
    assert [b.page for b in lay.blocks if b.zone == "running_head"] == [14, 15, 16]
    assert notes_by_no(lay)["6"].page == 16


def test_without_folios_pages_are_counted_from_one():
    lay = layout_of("Page one text.1\n\n1 First note ends here.\n Page two resumes here.2\n\n2 Second.\n")
    assert [n.page for n in lay.notes] == [1, 2]


# --------------------------------------------------------------------------- hyphens, zones, sections


def test_line_end_hyphen_inside_a_word_is_repaired_and_raw_kept(seed):
    block = next(b for b in seed.blocks if b.zone == "body")
    assert "suddenly placed Yugoslavia" in block.text and "entirely isolated" in block.text
    assert "sudden-\nly" in block.raw


def test_compound_at_line_end_keeps_its_hyphen():
    text = ("The Yugoslav-\nSoviet split and the so-\ncalled thaw; the Spoljno-\npolitičkoj komisiji wrote\n"
            "to the Spoljno-političkoj komisiji again, and the left-\nright split grew.\n\n"
            "A left-right split is old.\n")
    lay = layout_of(text)
    assert lay.blocks[0].text == ("The Yugoslav-Soviet split and the so-called thaw; the Spoljno-političkoj komisiji "
                                  "wrote to the Spoljno-političkoj komisiji again, and the left-right split grew.")


def test_hyphen_is_dropped_when_the_document_writes_the_word_whole():
    lay = layout_of("The leftright split.\n\nThe left-\nright split.\n")
    assert lay.blocks[-1].text == "The leftright split."


def test_seed_zones_and_sections(seed):
    zones = {b.zone for b in seed.blocks}
    assert zones == {"front", "heading", "body", "note", "running_head", "back", "blank"}
    assert [b.text for b in seed.blocks if b.zone == "heading"] == [
        "Introduction", "The Period of Foreign Policy Crisis", "In the Era of Foreign Policy Stabilization"]
    assert seed.blocks[0].zone == "front" and seed.blocks[0].text.startswith("Abstract:")
    back = [b for b in seed.blocks if b.zone == "back"]
    assert back[0].text == "Summary" and any(b.text == "Резиме" for b in back)
    assert notes_by_no(seed)["8"].page == 124
    assert next(b for b in seed.blocks if b.note_no == "8").section == "Introduction"
    assert next(b for b in seed.blocks if b.note_no == "31").section == "The Period of Foreign Policy Crisis"


def test_document_without_notes_is_valid():
    lay = layout_of_file(SEED_NO_NOTES)
    assert lay.notes == [] and lay.warnings == []
    assert [b.zone for b in lay.blocks if b.zone != "blank"][:2] == ["front", "front"]
    assert any(b.zone == "back" and b.text.startswith("Summary") for b in lay.blocks)


def test_empty_document_gives_no_blocks():
    lay = layout_of("")
    assert lay.blocks == [] and lay.notes == []


# --------------------------------------------------------------------------- the seed against its gold


def test_seed_has_seventy_six_notes_in_order(seed):
    assert [n.note_no for n in seed.notes] == ["∗"] + [str(i) for i in range(1, 76)]


def test_seed_notes_match_the_gold_read_from_the_article(seed):
    gold = gold_notes("001")
    assert len(gold) == 76
    got = [(n.note_no, n.text) for n in seed.notes]
    mismatched = [g[0] for g, n in zip(gold, got) if g != n]
    assert mismatched == []


def test_bullet_in_the_body_of_a_later_page_is_not_a_symbol_note():
    text = ("Page one.1\n\n1 A note.\n Page two goes on with a list:\n\n* the first point of the list\n\n"
            "and the text goes on.\n")
    lay = layout_of(text)
    assert [n.note_no for n in lay.notes] == ["1"]


# --------------------------------------------------------------------------- any text at all

_PIECES = st.sampled_from([
    "\n", "\n\n", " ", "1 ", "2 ", "12 ", "1. ", "∗ ", "* ", "† ", "West.", "issue", "2", "3,", "Yugo-\nslavia",
    "Notes\n", "Summary\n", " Резиме\n", "128\n", "JOURNAL OF STUDIES 12\n", "Abstract: ", "Keywords: ",
    "the war", "Ibid., 4.", "(1950–\n1956)", "507/\nIX", "\f", "7 to 14,73 ", "Introduction\n", "\t",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_any_text_is_tiled_without_an_exception(pieces):
    text = "".join(pieces)
    lay = layout_of(text)
    assert "".join(b.raw for b in lay.blocks) == text
    assert all(b.raw == text[b.start:b.end] for b in lay.blocks)


def test_form_feed_starts_a_new_page():
    lay = layout_of("Page one goes on and\n\fon page two it ends.\n")
    assert [(b.page, b.text) for b in lay.blocks] == [(1, "Page one goes on and"), (2, "on page two it ends.")]


def test_repeated_head_with_folio_is_found_even_without_blank_lines_around_it():
    page = "The text of page {n} goes on for a while and then stops at the end.\n"
    text = page.format(n=1) + "\n12 JOURNAL OF BALKAN STUDIES\n" + page.format(n=2) + "\n14 JOURNAL OF BALKAN STUDIES\n" + page.format(n=3)
    lay = layout_of(text)
    assert [b.text for b in lay.blocks if b.zone == "running_head"] == ["12 JOURNAL OF BALKAN STUDIES", "14 JOURNAL OF BALKAN STUDIES"]
    assert "JOURNAL" not in body_text(lay)


def test_body_resuming_without_its_leading_space_is_told_from_notes_by_line_width():
    text = re.sub(r"(?m)^ (?=\S)", "", SEED.read_text(encoding="utf-8"))
    lay = layout_of(text)
    assert [(n.note_no, n.text) for n in lay.notes] == gold_notes("001")


def test_body_resuming_after_a_blank_line_is_not_glued_to_an_open_note():
    text = re.sub(r"(?m)^ (?=\S)", "\n", SEED.read_text(encoding="utf-8"))
    lay = layout_of(text)
    assert [(n.note_no, n.text) for n in lay.notes] == gold_notes("001")


def test_capitals_heading_under_a_folio_is_a_heading_not_a_running_head():
    body = "The delegation arrived in Belgrade in the spring and stayed for a week of talks.\n" * 3
    text = "Title of the Article\n\n" + body + "\n12\n\nINTRODUCTION\n\n" + body
    lay = layout_of(text)
    assert [b.text for b in lay.blocks if b.zone == "running_head"] == ["12"]
    assert [b.text for b in lay.blocks if b.zone == "heading"] == ["INTRODUCTION"]


def test_sources_heading_early_in_the_article_does_not_start_the_back_matter():
    body = "The delegation arrived in Belgrade in the spring and stayed for a week of talks.\n" * 3
    text = "Introduction\n\n" + body + "\nSources\n\n" + body + ("\n" + body) * 6 + "\nSummary\n\nA short summary.\n"
    lay = layout_of(text)
    zones = [(b.zone, b.text) for b in lay.blocks if b.zone in ("heading", "back")]
    assert zones[:2] == [("heading", "Introduction"), ("heading", "Sources")]
    assert ("back", "Summary") in zones


def test_english_endnotes_under_notes_end_at_the_references():
    text = ("Introduction\n\nThe embassy reported the talks.1 London agreed.2\n\n"
            "Notes\n\n1. TNA, FO 371/88234, Peake to Bevin, 12 August 1950.\n"
            "2. Ibid., minute by Strang, 3 October\n1950.\n\n"
            "References\n\nHealey, Denis. The Time of My Life. London, 1989.\n")
    lay = layout_of(text)
    assert [(n.note_no, n.text) for n in lay.notes] == [
        ("1", "TNA, FO 371/88234, Peake to Bevin, 12 August 1950."),
        ("2", "Ibid., minute by Strang, 3 October 1950."),
    ]
    assert [b.zone for b in lay.blocks if b.text.startswith("Healey")] == ["back"]
    assert [b.zone for b in lay.blocks if b.text == "Notes"] == ["heading"]


@pytest.mark.parametrize("body, notes", [
    ("The talks began.[1] They ended.[2]", "[1] First note.\n[2] Second note."),
    ("The talks began.¹ They ended.²", "¹ First note.\n² Second note."),
    ("The talks began.1 They ended.2", "1\nFirst note.\n2\nSecond note."),
], ids=["brackets", "superscripts", "number-alone-on-its-line"])
def test_other_note_number_forms_are_read(body, notes):
    lay = layout_of(body + "\n\n" + notes + "\n")
    assert [n.note_no for n in lay.notes] == ["1", "2"]
    assert [n.text.split()[-2:] for n in lay.notes] == [["First", "note."], ["Second", "note."]]
    assert all(n.marker_start is not None for n in lay.notes)


def test_notes_are_found_when_extraction_dropped_every_marker():
    text = ("The delegation arrived in May. The talks went well.\n\n1 AJ, fond 507, report.\n"
            "2 Ibid., 4.\n and the page goes on with the text of the article.\n")
    lay = layout_of(text)
    assert [n.note_no for n in lay.notes] == ["1", "2"]
    assert len(lay.warnings) == 1 and "no note markers" in str(lay.warnings[0])


def test_numbered_list_in_a_document_without_notes_is_body():
    text = "The programme had three points:\n\n1. The first point is the economy.\n2. The second is defence.\n"
    lay = layout_of(text)
    assert lay.notes == [] and {b.zone for b in lay.blocks} <= {"body", "blank", "front"}


@pytest.mark.parametrize("folio", ["- 12 -", "[12]", "Page 12", "S. 12", "стр. 12"])
def test_folio_forms_are_running_heads_and_number_the_page(folio):
    body = "The delegation arrived in Belgrade in the spring and stayed for a week of talks.\n" * 3
    lay = layout_of(body + "\n" + folio + "\n\n" + body)
    heads = [b for b in lay.blocks if b.zone == "running_head"]
    assert [b.text for b in heads] == [folio]
    assert heads[0].page == 12


def test_paragraph_cut_by_a_page_break_points_to_where_it_goes_on(seed):
    by_id = {b.block_id: b for b in seed.blocks}
    cut = next(b for b in seed.blocks if b.text.endswith("the Secretary-General of the PSB, Er-"))
    assert by_id[cut.continued_in].text.startswith("nest Piot,40 made it clear")
    whole = next(b for b in seed.blocks if b.text.startswith("After WWII, Western Europe"))
    assert by_id[whole.continued_in].text.startswith("Socialists had an essential position")
    assert next(b for b in seed.blocks if b.text.startswith("All arguments") or "closer to the West." in b.text).continued_in is None


def test_rule_above_the_footnotes_is_furniture_not_body():
    lay = layout_of("The talks began in May.1\n__________\n1 AJ, fond 507.\n")
    assert [(b.zone, b.text) for b in lay.blocks] == [
        ("body", "The talks began in May.1"), ("blank", ""), ("note", "1 AJ, fond 507.")]


def test_author_name_repeated_over_pages_is_a_running_head():
    body = "The delegation arrived in Belgrade in the spring and stayed for a week of talks.\n" * 3
    text = body + "\nMarta Horvat\n\n" + body + "\nMarta Horvat\n\n" + body
    lay = layout_of(text)
    assert [b.text for b in lay.blocks if b.zone == "running_head"] == ["Marta Horvat", "Marta Horvat"]
    assert [b.page for b in lay.blocks if b.zone == "body"] == [1, 2, 3]


@pytest.mark.parametrize("name, numbers, note_no, ending", [
    ("cold_war_english.txt", [str(i) for i in range(1, 10)], "3",
     "see also the report of the International Sub-Committee in Labour Party Archives, Manchester, "
     "International Department papers, box 12."),
    ("endnotes_croatian.txt", [str(i) for i in range(1, 7)], "4", "Izvješće poslanstva u Londonu, 22. 11. 1950."),
    ("russian_symbols.txt", ["*", "†"] + [str(i) for i in range(1, 7)], "3",
     "подробный разбор записки в работе: Волков А. С. Москва и Белград в 1950-е годы. М., 2010. С. 88–97."),
    ("german_endnotes.txt", [str(i) for i in range(1, 6)], "2",
     "Der diplomatische Krieg zwischen der BRD und der DDR 1955–1973, Berlin 2001, S. 11–35."),
])
def test_fixture_notes_are_whole_and_in_order(name, numbers, note_no, ending):
    lay = layout_of_file(FIXTURES / name)
    assert [n.note_no for n in lay.notes] == numbers
    assert notes_by_no(lay)[note_no].text.endswith(ending)
    assert all(n.marker_start is not None for n in lay.notes if n.note_no.isdigit())
    assert not [w for w in lay.warnings if "note" in str(w) or "marker" in str(w)]


@pytest.mark.parametrize("name, line_start", [
    ("cold_war_english.txt", "1953 was the year"),
    ("endnotes_croatian.txt", "12 članova"),
    ("russian_symbols.txt", "2 июня; этот день"),
    ("german_endnotes.txt", "12 Firmen"),
])
def test_fixture_body_line_starting_with_a_number_stays_in_the_body(name, line_start):
    lay = layout_of_file(FIXTURES / name)
    block = next(b for b in lay.blocks if ("\n" + line_start) in b.raw)
    assert block.zone == "body"


def test_note_number_followed_by_a_no_break_space_starts_a_note():
    lay = layout_of("The talks began.1 They ended.2\n\n1\u00a0AJ, fond 507.\n2\u00a0Ibid.\n")
    assert [n.note_no for n in lay.notes] == ["1", "2"]


@pytest.mark.parametrize("label", ["Abstrakt", "Kurzfassung"])
def test_an_abstract_labelled_in_polish_czech_or_german_is_front_matter(label):
    text = (
        f"{label}: Artykuł omawia zmiany w kierownictwie partii w roku 1956 i ich skutki.\n\n"
        "Latem 1956 r. kierownictwo partii stanęło przed wyborem.1 Decyzje zapadły szybko.\n\n"
        "1 AAN, KC PZPR, sygn. 237/V-12, k. 4.\n"
    )
    zones = {b.text.split(":")[0]: b.zone for b in layout_of(text).blocks if b.zone != "blank"}
    assert zones[label] == "front"
