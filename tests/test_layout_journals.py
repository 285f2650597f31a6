"""Layout on articles in the house styles of other journals, as plain and `-layout` pdftotext gives them.

The fixtures are rendered by `tests/fixtures/layout/journals.py`; what a
careful reader takes from each (every note whole, without its number) is in
`tests/gold/<name>_notes.tsv`.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES as ALL_FIXTURES, gold_notes, layout_of, notes_by_no

from histkit.read import load_corpus
from histkit.layout import analyse_layout

FIXTURES = ALL_FIXTURES / "layout"
JOURNALS = ["tandf_cold_war_history", "sage_contemporary_history", "vfz_aufsaetze", "istorija20_cyrillic",
            "csp_croatian", "per_page_numbering", "italia_contemporanea_saggi"]
RENDERINGS = [(name, suffix) for name in JOURNALS for suffix in (".txt", ".layout.txt", ".tight.txt")
              if (FIXTURES / (name + suffix)).exists()]
IDS = [name + suffix for name, suffix in RENDERINGS]


_CACHE: dict[str, object] = {}


def journal(name: str, suffix: str = ".txt"):
    path = FIXTURES / (name + suffix)
    if path.name not in _CACHE:
        _CACHE[path.name] = analyse_layout(list(load_corpus([path], strict=True))[0])
    return _CACHE[path.name]


def zone_texts(lay, zone: str) -> list[str]:
    return [b.text for b in lay.blocks if b.zone == zone]


# --------------------------------------------------------------------------- every fixture


def test_every_journal_fixture_has_both_renderings_and_a_gold_file():
    for name in JOURNALS:
        assert (FIXTURES / f"{name}.txt").exists() and (FIXTURES / f"{name}.layout.txt").exists()
        assert gold_notes(name)
    assert "\f" in (FIXTURES / "vfz_aufsaetze.layout.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, suffix", RENDERINGS, ids=IDS)
def test_journal_blocks_tile_the_text_exactly(name, suffix):
    lay = journal(name, suffix)
    assert "".join(b.raw for b in lay.blocks) == lay.doc.text
    assert all(b.raw == lay.doc.text[b.start:b.end] for b in lay.blocks)




@pytest.mark.parametrize("name, suffix", RENDERINGS, ids=IDS)
def test_journal_notes_are_whole_joined_over_page_breaks_and_without_their_number(name, suffix):
    assert [(n.note_no, n.text) for n in journal(name, suffix).notes] == gold_notes(name)


@pytest.mark.parametrize("name, suffix", RENDERINGS, ids=IDS)
def test_journal_note_markers_are_all_linked_in_text_order(name, suffix):
    lay = journal(name, suffix)
    starts = [n.marker_start for n in lay.notes]
    assert None not in starts and starts == sorted(starts)
    assert not [w for w in lay.warnings if "marker" in str(w) or "page numbers" in str(w)]


@pytest.mark.parametrize("name, suffix", RENDERINGS, ids=IDS)
def test_journal_running_heads_stay_out_of_body_and_notes(name, suffix):
    lay = journal(name, suffix)
    heads = {" ".join(t.split()) for t in zone_texts(lay, "running_head")}
    text = "\n".join(b.text for b in lay.blocks if b.zone != "running_head") + "\n".join(n.text for n in lay.notes)
    assert heads and not [h for h in heads if h in text]


# --------------------------------------------------------------------------- each house style


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_taylor_and_francis_heads_alternate_journal_and_author_with_folio(suffix):
    lay = journal("tandf_cold_war_history", suffix)
    assert [(b.page, " ".join(b.text.split())) for b in lay.blocks if b.zone == "running_head"] == [
        (345, "COLD WAR HISTORY 2019, VOL. 19, NO. 3, 345–362"), (346, "346 J. SMITH"),
        (347, "COLD WAR HISTORY 347"), (348, "348 J. SMITH")]
    assert zone_texts(lay, "heading") == ["Introduction", "Conclusion"]


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_taylor_and_francis_contact_and_copyright_lines_are_front_matter_of_the_first_page(suffix):
    lay = journal("tandf_cold_war_history", suffix)
    front = [b for b in lay.blocks if b.zone == "front"]
    assert front[0].text == "https://doi.org/10.1080/14682745.2019.1587231"
    assert any(b.text.startswith("CONTACT John Smith") and "© 2019 Informa UK Limited" in b.text and b.page == 345
               for b in front)
    assert [b.page for b in lay.blocks if b.zone == "note" and b.note_no == "3"] == [345]


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_taylor_and_francis_note_running_over_two_page_breaks_is_one_note(suffix):
    lay = journal("tandf_cold_war_history", suffix)
    note = notes_by_no(lay)["8"]
    assert len(note.block_ids) == 3 and note.page == 346
    assert note.text.startswith("On the first months after the Cominform resolution")
    assert note.text.endswith("1683–1712, where the aid figures are given year by year.")
    assert notes_by_no(lay)["9"].text == "Memorandum of conversation, 29 May 1951, NARA, RG 59, 768.062/5-2951."


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_taylor_and_francis_markers_after_a_year_and_after_closing_quotes(suffix):
    lay = journal("tandf_cold_war_history", suffix)
    text = lay.doc.text
    before = {n.note_no: text[n.marker_start - 3:n.marker_start + len(n.note_no)] for n in lay.notes}
    assert before["5"] == "48.5" and before["8"] == "e.”8" and before["9"] == ".”.9"
    assert before["10"] == "t”.10" and before["11"] == "w.”11"


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_taylor_and_francis_indented_quotation_stays_in_the_body(suffix):
    lay = journal("tandf_cold_war_history", suffix)
    quote = next(b for b in lay.blocks if "We do not ask the Yugoslav comrades" in b.text)
    assert quote.zone == "body" and quote.page == 346


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_sage_endnotes_run_from_notes_to_the_author_biography(suffix):
    lay = journal("sage_contemporary_history", suffix)
    notes = notes_by_no(lay)
    assert list(notes) == [str(i) for i in range(1, 13)]
    assert notes["12"].text.endswith("Twentieth Century British History 16 (2005), 227–55.")
    assert notes["4"].text.endswith("IX, 130/I-12, with the lists of factories and cooperatives the guests were to see.")
    assert [(b.zone, b.text) for b in lay.blocks if b.zone == "back"][0] == ("back", "Author biography")
    assert zone_texts(lay, "heading") == ["Notes"]


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_sage_heads_are_the_journal_and_the_author_surname(suffix):
    lay = journal("sage_contemporary_history", suffix)
    assert [(b.page, " ".join(b.text.split())) for b in lay.blocks if b.zone == "running_head"] == [
        (413, "Journal of Contemporary History 54(2) 413"), (414, "Smith 414"),
        (415, "Journal of Contemporary History 54(2) 415")]
    text = lay.doc.text
    assert text[notes_by_no(lay)["12"].marker_start - 5:][:7] == "1951.12"


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_vfz_heads_issue_and_section_with_folio(suffix):
    lay = journal("vfz_aufsaetze", suffix)
    assert [(b.page, " ".join(b.text.split())) for b in lay.blocks if b.zone == "running_head"] == [
        (365, "VfZ 3/2015 365"), (366, "366 Aufsätze"), (367, "VfZ 3/2015 367")]
    assert lay.blocks[2].zone == "front" and lay.blocks[2].text.startswith("Anna Becker Bonn, Belgrad")


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_vfz_vgl_and_ebenda_notes_and_a_capitalised_rest_of_a_note(suffix):
    notes = notes_by_no(journal("vfz_aufsaetze", suffix))
    assert notes["3"].text == "Ebenda, S. 40 f."
    assert notes["8"].text.startswith("Ebenda; zur Haltung der Industrie vgl.")
    assert notes["8"].text.endswith("sowie die ausführliche Darstellung bei Heinrich End, Zweimal deutsche "
                                    "Außenpolitik, Köln 1973, S. 52–60.")


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_vfz_table_of_numbers_and_indented_quotation_stay_in_the_body(suffix):
    lay = journal("vfz_aufsaetze", suffix)
    for needle in ("212,4", "Ein Abbruch der Beziehungen würde uns"):
        assert next(b for b in lay.blocks if needle in b.raw).zone == "body"


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_serbian_cyrillic_superscript_markers_and_latin_summary(suffix):
    lay = journal("istorija20_cyrillic", suffix)
    text = lay.doc.text
    assert [text[n.marker_start] for n in lay.notes] == list("¹²³⁴⁵⁶⁷⁸")
    assert [(b.page, " ".join(b.text.split())) for b in lay.blocks if b.zone == "running_head"] == [
        (87, "ИСТОРИЈА 20. ВЕКА 2/2018, 87–104"),
        (88, "88 Петар ПЕТРОВИЋ ЈУГОСЛОВЕНСКИ КОМУНИСТИ И ХОЛАНДСКИ СОЦИЈАЛИСТИ"), (89, "ИСТОРИЈА 20. ВЕКА 89")]
    back = zone_texts(lay, "back")
    assert back[:2] == ["Petar Petrović YUGOSLAV COMMUNISTS AND DUTCH SOCIALISTS 1950–1955", "Summary"]
    assert notes_by_no(lay)["7"].text.endswith("односа према социјалистичким партијама Западне Европе.")


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_croatian_heads_author_title_and_journal_with_foot_folios(suffix):
    lay = journal("csp_croatian", suffix)
    assert [(b.page, b.text) for b in lay.blocks if b.zone == "running_head"] == [
        (527, "Časopis za suvremenu povijest, br. 2, 527.–548. (2015)"),
        (528, "M. HORVAT, Hrvatski socijalisti u emigraciji i Jugoslavija 1950.–1953."), (528, "528"),
        (529, "Časopis za suvremenu povijest, br. 2, 527.–548. (2015)"), (529, "529")]


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_croatian_keywords_uvod_and_english_summary(suffix):
    lay = journal("csp_croatian", suffix)
    assert any("Ključne riječi: socijalisti, emigracija" in t for t in zone_texts(lay, "front"))
    assert zone_texts(lay, "heading") == ["Uvod"]
    assert zone_texts(lay, "back")[0] == "SUMMARY"
    assert next(b for b in lay.blocks if b.text.startswith("Odnosi su zahladili")).zone == "body"
    text = lay.doc.text
    assert text[notes_by_no(lay)["6"].marker_start - 2:][:3] == "”.6"


@pytest.mark.parametrize("suffix", [".txt", ".layout.txt"])
def test_notes_numbered_anew_on_each_page_are_counted_on_with_a_warning(suffix):
    lay = journal("per_page_numbering", suffix)
    assert [(n.note_no, n.label, n.page) for n in lay.notes] == [("1", "1", 201), ("2", "2", 201), ("3", "1", 202),
                                                                 ("4", "2", 202), ("5", "1", 203)]
    assert sum("numbered from 1 again" in str(w) for w in lay.warnings) == 2
    text = lay.doc.text
    assert text[notes_by_no(lay)["3"].marker_start - 8:][:9] == "nothing.1"


# --------------------------------------------------------------------------- the general rules, one each

BODY = "The delegation arrived in Belgrade in the spring and stayed for a week of talks there.\n"


def test_form_feed_sets_a_running_head_apart_like_a_blank_line():
    text = BODY * 3 + "\f12 JOURNAL OF BALKAN STUDIES\n" + BODY * 3 + "\f14 JOURNAL OF BALKAN STUDIES\n" + BODY
    lay = layout_of(text)
    assert [b.page for b in lay.blocks if b.zone == "running_head"] == [12, 14]


def test_padded_head_after_a_form_feed_is_a_running_head():
    text = ("The talks began.1\n\n1 AJ, fond 507.\n\fJournal of Contemporary History 54(2)          413\n\n"
            + BODY * 2 + "\fSmith                                        414\n\n" + BODY * 2
            + "\fJournal of Contemporary History 54(2)          415\n\n" + BODY)
    lay = layout_of(text)
    assert [" ".join(b.text.split()) for b in lay.blocks if b.zone == "running_head"] == [
        "Journal of Contemporary History 54(2) 413", "Smith 414", "Journal of Contemporary History 54(2) 415"]


def test_folio_after_an_issue_year_is_read():
    text = "VfZ 3/2015 365\n\n" + BODY * 3 + "\n366 Aufsätze\n\n" + BODY * 3 + "\nVfZ 3/2015 367\n\n" + BODY
    lay = layout_of(text)
    assert [(b.page, b.text) for b in lay.blocks if b.zone == "running_head"] == [
        (365, "VfZ 3/2015 365"), (366, "366 Aufsätze"), (367, "VfZ 3/2015 367")]


def test_first_line_naming_the_page_range_of_the_folios_is_a_running_head():
    text = ("COLD WAR HISTORY 2019, VOL. 19, NO. 3, 345–362\n\nTitle of the Article\n\n" + BODY * 3
            + "\n346 J. SMITH\n\n" + BODY * 3 + "\nCOLD WAR HISTORY 347\n\n" + BODY)
    lay = layout_of(text)
    assert lay.blocks[0].zone == "running_head" and lay.blocks[0].page == 345


def test_contact_and_copyright_lines_under_the_first_notes_do_not_start_a_page():
    text = ("Title\n\n" + BODY + "The talks began.1\n\n1 AJ, fond 507.\n\n"
            "CONTACT Ann Lee ann@uni.ac.uk University of Leeds\n© 2019 Informa UK Limited\n\n"
            "2 J. SMITH\n\n" + BODY)
    lay = layout_of(text)
    contact = next(b for b in lay.blocks if b.text.startswith("CONTACT"))
    assert contact.zone == "front" and contact.page == 1
    assert [n.text for n in lay.notes] == ["AJ, fond 507."]


def test_rest_of_a_note_beginning_with_a_capital_is_joined_when_it_runs_into_the_next_note():
    text = ("JOURNAL OF BALKAN STUDIES 11\n\nSeite eins endet hier.1\n\n1 Vgl. Der Außenhandel, S. 114, sowie die ausführliche\n\n"
            "JOURNAL OF BALKAN STUDIES 12\n\nSeite zwei geht weiter.2\n\n"
            "Darstellung bei Heinrich End, S. 52.\n2 Ebenda.\n")
    lay = layout_of(text)
    assert [(n.note_no, n.text) for n in lay.notes] == [
        ("1", "Vgl. Der Außenhandel, S. 114, sowie die ausführliche Darstellung bei Heinrich End, S. 52."), ("2", "Ebenda.")]


def test_author_biography_ends_the_endnotes():
    text = ("The talks began.1 They ended.2\n\nNotes\n\n1. AJ, fond 507.\n2. Ibid.\n\n"
            "Author biography\n\nHelen Smith teaches history at Bristol.\n")
    lay = layout_of(text)
    assert [n.text for n in lay.notes] == ["AJ, fond 507.", "Ibid."]
    assert zone_texts(lay, "back") == ["Author biography", "Helen Smith teaches history at Bristol."]


def test_known_section_word_directly_over_its_text_is_a_heading():
    text = "Title of the Article\n\nIntroduction\n" + BODY * 3 + "\nConclusion\n" + BODY * 2
    lay = layout_of(text)
    assert zone_texts(lay, "heading") == ["Introduction", "Conclusion"]


def test_sentence_ending_with_its_note_marker_is_not_a_heading():
    text = BODY * 3 + "\nThe relations cooled after 1953.8\n\n" + BODY + "\n8 AJ, fond 507.\n"
    lay = layout_of(text)
    assert zone_texts(lay, "heading") == []


def test_short_title_lines_over_the_first_text_are_front_matter():
    text = "Anna Becker\nBonn und Belgrad\nDer Abbruch der Beziehungen 1957\n" + BODY * 4
    lay = layout_of(text)
    assert [b.zone for b in lay.blocks] == ["front", "body"]


def test_keywords_label_inside_an_unbroken_first_page_ends_the_front_matter():
    text = ("UDK 329.14\nIzvorni znanstveni rad\nAutor analizira odnos socijalista prema vlasti.\n"
            "Ključne riječi: socijalisti, emigracija\nUvod\n" + BODY * 3)
    lay = layout_of(text)
    assert lay.blocks[0].zone == "front" and lay.blocks[0].text.endswith("socijalisti, emigracija")
    assert [(b.zone, b.text) for b in lay.blocks[1:2]] == [("heading", "Uvod")] and lay.blocks[2].zone == "body"


def test_summary_title_and_author_over_the_summary_label_are_back_matter():
    text = BODY * 12 + "\nPetar Petrović\nYUGOSLAV COMMUNISTS AND DUTCH SOCIALISTS\nSummary\n" + BODY
    lay = layout_of(text)
    assert zone_texts(lay, "back")[:2] == ["Petar Petrović YUGOSLAV COMMUNISTS AND DUTCH SOCIALISTS", "Summary"]


def test_article_title_repeated_after_the_author_is_a_running_head():
    text = ("Hrvatski socijalisti u emigraciji 1950.–1953.\n\nMARKO HORVAT\n\n" + BODY * 3 + "Kraj.1\n\n1 HDA.\n"
            + "\nM. HORVAT, Hrvatski socijalisti u emigraciji 1950.–1953.\n\n" + BODY * 3)
    lay = layout_of(text)
    assert zone_texts(lay, "running_head") == ["M. HORVAT, Hrvatski socijalisti u emigraciji 1950.–1953."]


def test_head_after_a_foot_folio_numbers_the_next_page():
    text = (BODY * 3 + "\n14\n\n" + BODY * 3 + "\n15\n\nJOURNAL OF BALKAN STUDIES\n\n" + BODY * 3 + "\n16\n")
    lay = layout_of(text)
    assert [(b.page, b.text) for b in lay.blocks if b.zone == "running_head"] == [
        (14, "14"), (15, "15"), (16, "JOURNAL OF BALKAN STUDIES"), (16, "16")]


def test_superscript_markers_outrank_digits_glued_in_the_text():
    text = "УДК 327(497.1:493)\n\nТекст почиње.¹ Наставља се.²\n\n1 АЈ, 507.\n2 Исто.\n"
    lay = layout_of(text)
    assert [lay.doc.text[n.marker_start] for n in lay.notes] == ["¹", "²"]


def test_notes_numbered_anew_on_a_page_are_counted_on_their_printed_number_kept_as_label():
    text = ("SLAVIC REVIEW 201\n\nPage one.1 More.2\n\n1 First.\n2 Second.\n\n202 SLAVIC REVIEW\n\n"
            "Page two.1\n\n1 Third.\n")
    lay = layout_of(text)
    assert [(n.note_no, n.label, n.text) for n in lay.notes] == [("1", "1", "First."), ("2", "2", "Second."),
                                                                 ("3", "1", "Third.")]
    assert any("numbered from 1 again" in str(w) for w in lay.warnings)
    assert [n.marker_start for n in lay.notes] == sorted(n.marker_start for n in lay.notes)


def test_page_body_running_straight_into_its_notes_is_not_the_rest_of_the_open_note():
    text = ("JOURNAL OF BALKAN STUDIES 11\n\nSeite eins endet hier.1\n\n1 Vgl. Der Außenhandel, S. 114, sowie die\n\n"
            "JOURNAL OF BALKAN STUDIES 12\n\nSeite zwei geht weiter.\n\n"
            "Die Warnung blieb ohne Folgen.2\n2 Ebenda.\n")
    lay = layout_of(text)
    assert next(b for b in lay.blocks if b.text.startswith("Die Warnung")).zone == "body"
    assert [n.note_no for n in lay.notes] == ["1", "2"]


def test_doi_line_inside_a_first_page_note_stays_in_the_note():
    text = ("Title\n\n" + BODY + "The talks began.1\n\n1 Ann Lee, 'Tito and Bevin', Cold War History 4 (2004): 1–20,\n"
            "https://doi.org/10.1080/1468274042000231204.\n\n2\n\n" + BODY)
    lay = layout_of(text)
    assert [n.text for n in lay.notes] == [
        "Ann Lee, 'Tito and Bevin', Cold War History 4 (2004): 1–20, https://doi.org/10.1080/1468274042000231204."]


def test_rest_of_a_note_under_the_body_with_no_blank_line_is_joined_when_it_fills_the_page():
    text = ("COLD WAR HISTORY 345\n\nThe talks began.1\n\n1 See the reading of the records, which differs\n\n"
            "346 J. SMITH\n\nThe talks ended in May.\nin the weight it gives to the unions.\n\n"
            "COLD WAR HISTORY 347\n\nThe end.2\n\n2 Ibid.\n")
    lay = layout_of(text)
    assert [n.text for n in lay.notes] == [
        "See the reading of the records, which differs in the weight it gives to the unions.", "Ibid."]


def test_taylor_and_francis_endnotes_end_at_orcid_and_the_back_matter_around_them_is_back():
    text = ("Introduction\n\n" + BODY * 3 + "The talks began.1 They ended.2\n\n" + BODY * 6
            + "Disclosure statement\n\nNo potential conflict of interest was reported by the author.\n\n"
            "Notes\n\n1. TNA, FO 371/88234, Peake to Bevin, 12 August 1950.\n2. Ibid.\n\n"
            "ORCID\n\nJohn Smith http://orcid.org/0000-0002-1825-0097\n\n"
            "Bibliography\n\nHealey, Denis. The Time of My Life. London, 1989.\n")
    lay = layout_of(text)
    assert [(n.note_no, n.text) for n in lay.notes] == [
        ("1", "TNA, FO 371/88234, Peake to Bevin, 12 August 1950."), ("2", "Ibid.")]
    assert next(b for b in lay.blocks if b.text.startswith("John Smith http")).zone == "back"
    assert next(b for b in lay.blocks if b.text == "Disclosure statement").zone == "back"


def test_two_digit_superscript_markers_are_linked():
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    body = " ".join(f"Sentence {k} of the text in 1950.{str(k).translate(sup)}" for k in range(1, 13))
    notes = "\n".join(f"{k} АЈ, 507, {k}." for k in range(1, 13))
    lay = layout_of(body + "\n\n" + notes + "\n")
    assert [n.note_no for n in lay.notes] == [str(k) for k in range(1, 13)]
    assert [lay.doc.text[n.marker_start:n.marker_start + 2] for n in lay.notes][9:] == ["¹⁰", "¹¹", "¹²"]


def test_squared_and_cubed_units_do_not_hide_the_plain_digit_markers():
    lay = layout_of("A territory of 255,804 km² and 40 m³ of timber.1 Then more.2\n\n1 AJ, 507.\n2 Ibid.\n")
    assert [lay.doc.text[n.marker_start - 1:n.marker_start + 1] for n in lay.notes] == [".1", ".2"]
