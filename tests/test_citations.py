"""Citations in notes: archival styles of several archives, Ibid., literature, splitting without loss."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from histkit.errors import Problem
from conftest import cite, one_citation

from histkit.citations import CITATION_COLUMNS, extract_citations, parse_reference, split_citations


def test_citations_table_starts_with_the_contract_columns():
    assert list(cite("TNA, FO 371/1, Minute, 1 May 1950.").citations.columns[:len(CITATION_COLUMNS)]) == CITATION_COLUMNS


def test_no_notes_give_empty_tables_with_their_columns():
    tables = extract_citations(pd.DataFrame({"doc_id": [], "note_no": [], "text": []}))
    assert tables.citations.empty and list(tables.citations.columns[:3]) == ["doc_id", "note_no", "seq"]


def test_tna_citation_splits_department_series_and_piece():
    row = one_citation("TNA, FO 371/107832, WY 1051/12, Belgrade to Foreign Office, 12 March 1953.")
    assert (row.archive, row.fond, row.unit, row.title) == ("TNA", "FO 371", "107832, WY 1051/12", "Belgrade to Foreign Office")
    assert (row.date_start, row.date_precision) == ("1953-03-12", "day")


def test_public_record_office_is_the_national_archives():
    assert one_citation("PRO, CAB 128/25, Cabinet conclusions, 3 June 1952.").archive == "TNA"


def test_full_archive_name_with_city_and_own_abbreviation():
    row = one_citation("The National Archives, Kew (TNA), PREM 11/1234, Minute by Churchill, 3 May 1952.")
    assert (row.archive, row.fond, row.unit) == ("TNA", "PREM 11", "1234")


def test_nara_record_group_with_decimal_file_and_english_date():
    row = one_citation("NARA, RG 59, Central Decimal File 1950–1954, 768.00/5-1552, box 4721, Allen to Secretary of State, May 15, 1952.")
    assert (row.archive, row.fond, row.collection) == ("NARA", "RG 59", "Central Decimal File 1950–1954")
    assert (row.unit, row.title, row.date_start) == ("768.00/5-1552, box 4721", "Allen to Secretary of State", "1952-05-15")


def test_german_foreign_office_citation_keeps_volume_and_leaves():
    row = one_citation("PA AA, B 12, Bd. 466, Aufzeichnung des Staatssekretärs, 3. März 1955, Bl. 4–6.")
    assert (row.archive, row.fond, row.unit, row.pages, row.date_start) == ("PA AA", "B 12", "Bd. 466", "Bl. 4–6", "1955-03-03")


def test_bundesarchiv_signature_splits_fond_and_file():
    row = one_citation("BArch, DY 30/IV 2/20/123, Protokoll der Sitzung, 12. Juli 1956.")
    assert (row.archive, row.fond, row.unit) == ("BArch", "DY 30", "IV 2/20/123")


def test_croatian_citation_after_lead_in_with_croatian_month():
    row = one_citation("Vidi: HDA, fond 1220, CK SKH, kut. 12, Zapisnik sjednice Izvršnog komiteta, 3. srpnja 1952.")
    assert (row.archive, row.fond, row.collection, row.unit) == ("HDA", "1220", "CK SKH", "kut. 12")
    assert row.date_start == "1952-07-03" and row.raw.startswith("HDA")


def test_slovene_citation_with_technical_units():
    row = one_citation("ARS, AS 1589, CK ZKS, t. e. 12, a. e. 345, Zapisnik seje, 12. 3. 1953.")
    assert (row.archive, row.fond, row.collection, row.unit) == ("ARS", "AS 1589", "CK ZKS", "t. e. 12, a. e. 345")


def test_russian_archive_fond_opis_delo_list():
    row = one_citation("RGASPI, f. 17, op. 128, d. 1163, l. 52.")
    assert (row.archive, row.fond, row.unit, row.pages) == ("RGASPI", "17", "op. 128, d. 1163", "l. 52")


def test_abbreviation_defined_in_text_is_learned_for_the_rest_of_the_document():
    rows = cite("Državni arhiv u Sisku (DASK), fond 35, kut. 4, Izvještaj kotarskog komiteta, 12. VII 1948.",
                "DASK, fond 35, kut. 5, Zapisnik, 1949.").citations
    assert rows.kind.tolist() == ["archival", "archival"]
    assert rows.archive.tolist() == ["DASK", "DASK"] and rows.archive_name.iloc[1] == "Državni arhiv u Sisku"


def test_learned_abbreviation_does_not_leak_into_another_document():
    notes = pd.DataFrame({"doc_id": ["a", "b"], "note_no": ["1", "1"],
                          "text": ["Državni arhiv u Sisku (DASK), fond 35, kut. 4, Izvještaj, 1948.",
                                   "DASK, fond 35, kut. 5, Zapisnik, 1949."]})
    # (the second document's citation is read from its own shape, a code of capitals and its units
    # (`openingcode.py`), but knows nothing of the name the first document gave the code)
    names = extract_citations(notes).citations.set_index("doc_id").archive_name
    assert (names["a"], names["b"]) == ("Državni arhiv u Sisku", "DASK")


def test_known_archive_named_in_full_takes_its_code_and_the_defined_fond_abbreviation():
    row = one_citation("Arhiv Jugoslavije (AJ), Fond 142, Savez komunista (SK), Materijal o saradnji sa partijama Zapada.")
    assert (row.archive, row.fond, row.collection) == ("AJ", "142", "Savez komunista (SK)")


def test_cyrillic_lookalike_letters_are_folded_but_raw_keeps_them():
    row = one_citation("AJ, 507/IX, CК SКJ, КMOV, Italija, 11/II-5, Zabeleška o razgovoru, 30. јула 1952.")
    assert row.collection == "CK SKJ / KMOV / Italija" and "CК SКJ" in row.raw
    assert (row.unit, row.date_start) == ("11/II-5", "1952-07-30")


def test_fond_year_bounds_an_undated_document():
    row = one_citation("DAMSP, PA, 1957, Italija, f. 3, br. 12345, Telegram ambasade.")
    assert (row.fond, row.fond_year, row.collection, row.unit) == ("PA", "1957", "Italija", "f. 3, br. 12345")
    assert (row.date_start, row.date_end, row.date_precision, row.date_source) == ("1957-01-01", "1957-12-31", "year", "fond year")


def test_date_inside_the_title_is_the_documents_date():
    row = one_citation("DAMSP, PA, 1957, Italija, f. 3, br. 12345, Politički izveštaj od 23. 5. 1957, 3–4.")
    assert (row.date_start, row.pages, row.date_source) == ("1957-05-23", "3–4", "text")


def test_place_before_the_date_goes_to_its_own_column():
    row = one_citation("AJ, 836, KMJ, I-3-a/10-3, Zabeleška o razgovoru, Brioni, 13. april 1956.")
    assert (row.place, row.title) == ("Brioni", "Zabeleška o razgovoru")


@pytest.mark.parametrize("ibid", ["Ibid., 4–5.", "Ibidem, 4–5.", "Isto, 4–5.", "Исто, 4–5.", "ibid., 4–5"])
def test_ibid_in_the_next_note_repeats_the_last_citation_with_its_own_pages(ibid):
    rows = cite("TNA, FO 371/1, Minute, 1 May 1950; HDA, fond 1220, kut. 3, Zapisnik, 2. 6. 1951, 7.", ibid).citations
    row = rows.iloc[-1]
    assert (row.kind, row.ibid_of, row.archive, row.unit, row.date_start, row.pages) == \
        ("ibid", "1:2", "HDA", "kut. 3", "1951-06-02", "4–5")


def test_ibid_of_an_ibid_points_to_the_original_citation():
    rows = cite("TNA, FO 371/1, Minute, 1 May 1950.", "Ibid., 2.", "Ibid., 3.").citations
    assert rows.ibid_of.tolist() == ["", "1:1", "1:1"]


def test_ibid_after_commentary_in_the_same_note_is_split_off():
    rows = cite("TNA, FO 371/1, Minute, 1 May 1950.", "He said more on this later. Ibid., 2–3.").citations
    assert rows.kind.tolist() == ["archival", "ibid"] and rows.raw.iloc[1] == "Ibid., 2–3."


def test_ibid_followed_by_also_see_gives_two_citations():
    rows = cite("TNA, FO 371/1, Minute, 1 May 1950.", "Ibid., 6–7. Also see: TNA, FO 371/2, Letter, 2 May 1950.").citations
    assert rows[rows.note_no == "2"].kind.tolist() == ["ibid", "archival"]


def test_pure_commentary_note_yields_no_citation():
    assert cite("He was born in Split in 1902 and became a lawyer; he died in 1981.").citations.empty


def test_unknown_citation_after_a_lead_in_is_kept_as_unparsed_and_counted():
    tables = cite("See the memoirs kept by the family.")
    assert tables.citations.kind.tolist() == ["unparsed"]
    assert tables.warnings == [Problem("art", "citations", "1 citation(s) not understood, kept as kind=unparsed (notes 1)")]


def test_literature_citation_is_a_reference_row_with_the_same_key():
    tables = cite("See: Geoff Eley, Forging Democracy. The History of the Left in Europe, (New York: Oxford University Press, 2002), 12.")
    assert tables.citations.kind.tolist() == ["literature"]
    ref = tables.references.iloc[0]
    assert (ref.note_no, ref.seq, ref.authors, ref.place, ref.publisher, ref.year, ref.pages) == \
        ("1", 1, "Geoff Eley", "New York", "Oxford University Press", "2002", "12")


def test_journal_article_with_quoted_title_and_issue_slash_year():
    ref = parse_reference("Natalija Dimić, “In Search of an Authentic Position”, Acta Histriae 1/2019, 55–74.")
    assert (ref["authors"], ref["title"], ref["container"], ref["issue"], ref["year"], ref["pages"]) == \
        ("Natalija Dimić", "In Search of an Authentic Position", "Acta Histriae", "1", "2019", "55–74")


def test_cyrillic_article_with_low_quotes_is_cyrillic_script():
    ref = parse_reference("Никола Мијатов, „Југославија и Запад“, Историја 20. века 2/2016, 177–196.")
    assert (ref["title"], ref["container"], ref["script"]) == ("Југославија и Запад", "Историја 20. века", "Cyrillic")


def test_english_journal_with_volume_number_and_year():
    ref = parse_reference("Svetozar Rajak, “The Cold War in the Balkans”, Journal of Cold War Studies 16, no. 3 (2014): 12–40.")
    assert (ref["container"], ref["volume"], ref["issue"], ref["year"]) == ("Journal of Cold War Studies", "16", "3", "2014")


def test_two_authors_before_a_book_title():
    ref = parse_reference("Stephen Padgett, William E. Paterson, A History of Social Democracy, (New York: Longman, 1991).")
    assert (ref["authors"], ref["title"]) == ("Stephen Padgett, William E. Paterson", "A History of Social Democracy")


def test_short_title_in_cyrillic_links_to_the_full_reference():
    rows = cite("Петар Петровић, Преломни тренуци. Студија о рату, (Београд: Просвета, 2019), 39.",
                "Петровић, Преломни тренуци, 187.").citations
    assert rows.ref_of.tolist() == ["", "1:1"]


def test_op_cit_links_to_the_authors_last_full_reference():
    rows = cite("Geoffrey Swain, Tito: A Biography (London: I. B. Tauris, 2011), 88.", "Swain, op. cit., 95.").citations
    assert rows.ref_of.tolist() == ["", "1:1"]


def test_several_citations_separated_by_semicolons_are_numbered_in_order():
    rows = cite("TNA, FO 371/1, A, 1 May 1950; TNA, FO 371/2, B, 2 May 1950; Geoff Eley, Forging Democracy, (New York: OUP, 2002).").citations
    assert rows.seq.tolist() == [1, 2, 3] and rows.kind.tolist() == ["archival", "archival", "literature"]


def test_semicolon_inside_parentheses_does_not_split():
    segs = [s for s in split_citations("Ann Lane, Britain (London: Macmillan; New York: St Martin's, 1996), 4.") if s.role == "citation"]
    assert len(segs) == 1


def test_running_prose_ending_in_see_is_a_lead_in():
    segs = split_citations("The Dutch party was hostile. See: TNA, FO 371/1, Minute, 1 May 1950.")
    assert [s.role for s in segs] == ["commentary", "lead-in", "citation"]


def test_wilson_center_document_cited_by_its_collection_name_is_archival():
    row = one_citation("“Record of a Conversation with Tito”, 12 March 1953, History and Public Policy Program Digital Archive, RGASPI.")
    assert (row.kind, row.archive, row.date_start) == ("archival", "WCDA", "1953-03-12")


note_chars = st.sampled_from(list("abcAB ;,.:()„“\"0123456789–-КМОаж") + [
    "See: ", "Ibid., 4. ", "TNA, FO 371/1, ", "Vidi: ", "(Beograd: ISI, 1990)", "Isto. ", "12. 3. 1953", "CК SКJ, ",
    "Arhiv Jugoslavije (AJ), ", "Петровић, ", "„Наслов“, ", " f. 9, br. 12, "])


@settings(max_examples=200, deadline=None)
@given(st.lists(note_chars, max_size=40).map("".join))
def test_splitting_loses_no_character_of_a_note(note):
    segments = split_citations(note)
    pos = 0
    for seg in segments:
        assert seg.start >= pos and note[seg.start:seg.end] == seg.raw
        assert set(note[pos:seg.start]) <= set(" ;\n\t")
        pos = seg.end
    assert set(note[pos:]) <= set(" ;\n\t")


def test_isto_opening_an_ordinary_sentence_is_not_ibid():
    assert cite("Isto tako je mislio i Kardelj, koji je bio oprezniji.").citations.empty


def test_lead_in_prose_before_an_archive_that_defines_its_abbreviation():
    segs = split_citations("See more about these relations: Hrvatski državni arhiv (HDA), fond 1220, kut. 3, Zapisnik, 1951.")
    assert [s.role for s in segs] == ["lead-in", "citation"] and segs[1].raw.startswith("Hrvatski")


def test_note_text_starting_with_its_own_number_is_read_without_it():
    rows = cite("TNA, FO 371/1, Minute, 1 May 1950.", "2 Ibid., 4.").citations
    assert rows.kind.tolist() == ["archival", "ibid"] and rows.raw.iloc[1] == "Ibid., 4."
    assert (rows.char_start.iloc[1], rows.char_end.iloc[1]) == (2, 11)


def test_prose_lead_in_ending_in_see_yields_only_the_citations_after_it():
    tables = cite("For more on the Yugoslav-Soviet split, see: Ivo Banac, With Stalin against Tito, (Ithaca: Cornell University Press, 1988).")
    assert tables.citations.kind.tolist() == ["literature"] and tables.warnings == []


def test_german_book_with_place_and_year_and_ebd():
    tables = cite("Vgl. Wilfried Loth, Die Teilung der Welt, München 1980, S. 45.", "Ebd., S. 47.")
    ref = tables.references.iloc[0]
    assert (ref.authors, ref.title, ref.place, ref.year, ref.pages) == ("Wilfried Loth", "Die Teilung der Welt", "München", "1980", "S. 45")
    assert tables.citations.kind.tolist() == ["literature", "ibid"] and tables.citations.pages.iloc[1] == "S. 47"


def test_chicago_journal_pages_after_a_colon():
    ref = parse_reference("Beatrice Heuser, “Subversive Operations”, Intelligence and National Security 3, no. 1 (1988): 60–85.")
    assert (ref["container"], ref["volume"], ref["issue"], ref["year"], ref["pages"]) == \
        ("Intelligence and National Security", "3", "1", "1988", "60–85")


def test_newspaper_issue_is_a_press_citation_dated_to_the_day():
    row = one_citation("Borba, 12. 3. 1953, 2.")
    assert (row.kind, row.date_start, row.pages) == ("press", "1953-03-12", "2")


def test_published_document_series_named_after_the_title_is_archival_with_the_documents_date():
    row = one_citation("Memorandum of conversation, 12 March 1953, FRUS 1952–1954, vol. VIII, 1234–1236.")
    assert (row.kind, row.archive, row.date_start) == ("archival", "FRUS", "1953-03-12")


def test_single_word_before_the_date_is_the_title_not_a_collection():
    row = one_citation("Archives nationales (AN), 19880206/12, Rapport, 12 octobre 1956.")
    assert (row.archive, row.fond, row.collection, row.title, row.date_start) == ("AN", "19880206/12", "", "Rapport", "1956-10-12")


def test_croatian_standard_signature_gives_fond_and_collection():
    row = one_citation("HR-HDA-1220-CK SKH, kut. 12, Zapisnik sjednice, 3. srpnja 1952.")
    assert (row.archive, row.fond, row.collection, row.unit) == ("HDA", "1220", "CK SKH", "kut. 12")


def test_russian_citation_separated_by_full_stops():
    row = one_citation("РГАСПИ. Ф. 17. Оп. 128. Д. 1163. Л. 52.")
    assert (row.archive, row.fond, row.unit, row.pages) == ("RGASPI", "17", "Оп. 128, Д. 1163", "Л. 52")


def test_serbian_cyrillic_archival_citation():
    row = one_citation("АЈ, 507, ЦК СКЈ, к. 12, Записник са седнице, 12. маја 1950.")
    assert (row.archive, row.fond, row.collection, row.unit, row.date_start) == ("AJ", "507", "ЦК СКЈ", "к. 12", "1950-05-12")


@settings(max_examples=100, deadline=None)
@given(st.lists(note_chars, max_size=40).map("".join))
def test_every_citation_row_is_the_exact_text_of_its_span_in_the_note(note):
    rows = cite(note).citations
    assert all(note[r.char_start:r.char_end] == r.raw for r in rows.itertuples())


@pytest.mark.parametrize("first", [
    "Arhiv Jugoslavije (dalje: AJ), 507, CK SKJ, k. 3, Zapisnik, 1950.",
    "Archives of Yugoslavia (hereafter AJ), 507, CK SKJ, k. 3, Zapisnik, 1950.",
])
def test_hereafter_style_definitions_teach_the_abbreviation(first):
    rows = cite(first, "AJ, 507, CK SKJ, k. 4, Pismo, 1951.").citations
    assert rows.archive.tolist() == ["AJ", "AJ"] and rows.fond.tolist() == ["507", "507"]


def test_archive_name_with_its_city_before_the_definition_is_the_known_archive():
    row = one_citation("Hrvatski državni arhiv u Zagrebu (HDA), fond 1220, kut. 12, Zapisnik, 3. srpnja 1952.")
    assert (row.archive, row.archive_name, row.fond, row.unit) == ("HDA", "Hrvatski državni arhiv", "1220", "kut. 12")


def test_ibid_with_nothing_before_it_stays_unresolved_and_is_reported():
    tables = cite("Ibid., 4.")
    assert tables.citations.ibid_of.tolist() == [""]
    assert tables.warnings == [
        Problem("art", "citations", "1 Ibid. with no earlier citation to repeat, left unresolved (notes 1)")
    ]


def test_chapter_in_an_edited_book_has_the_book_as_container_without_its_editor():
    ref = parse_reference("Jane Doe, “Chapter Title,” in Book Title, ed. John Roe (London: Routledge, 2005), 12–30.")
    assert (ref["title"], ref["container"], ref["publisher"]) == ("Chapter Title", "Book Title", "Routledge")


def test_german_article_with_in_colon_and_an_article_word_title():
    ref = parse_reference("Hans Müller, Der Titel, in: Zeitschrift für Geschichte 12 (1999), S. 45–67.")
    assert (ref["authors"], ref["title"], ref["container"], ref["volume"], ref["year"], ref["pages"]) == \
        ("Hans Müller", "Der Titel", "Zeitschrift für Geschichte", "12", "1999", "S. 45–67")


def test_plain_ibid_after_plain_ibid_points_back_to_the_document_itself():
    table = cite("AJ, fond 507, 11/II-1, Izveštaj, 3. 1. 1951.", "Ibid., 4.", "Ibid., 5.").citations
    assert table.ibid_of.tolist() == ["", "1:1", "1:1"]


def test_ibid_after_an_ibid_that_named_another_document_points_to_that_one():
    table = cite(
        "Instructions of the Foreign Ministry, 3 January 1951, AJ, fond 507, IX, 11/II-1.",
        "Report of 19 January 1951, ibid., 11/II-2.",
        "Ibid.",
    ).citations
    assert table.ibid_of.tolist()[1:] == ["1:1", "2:1"]
    assert table.date_start.tolist()[2] == "1951-01-19"


def test_public_names_import_from_the_citations_package():
    from histkit import citations

    assert citations.parse_reference is parse_reference and citations.split_citations is split_citations
    assert {"extract_citations", "CITATION_COLUMNS", "CitationTables", "Segment", "load_archives"} <= set(citations.__all__)


def test_note_text_helpers_read_plain_and_bracketed_text_alike():
    from histkit.citations.notetext import paren_depth, split_commas, top_level_semicolons

    assert split_commas("AJ, 507, IX, 11") == ["AJ", "507", "IX", "11"]
    assert split_commas("AJ, 507 (IX, 11), 4") == ["AJ", "507 (IX, 11)", "4"]
    assert top_level_semicolons("AJ, 507; HDA, 1220") == [7]
    assert top_level_semicolons("AJ (507; IX); HDA") == [12]
    assert [paren_depth("a (b [c) d", i) for i in (2, 3, 6, 9, -1)] == [0, 1, 2, 1, 1]
