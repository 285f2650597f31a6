"""Citations in the house styles of other journals: where the archive stands, Ibid. words, lead-ins, call numbers."""

import pytest

from conftest import cite, one_citation

from histkit.citations import split_citations


def test_archive_named_last_takes_the_holding_after_the_date_and_the_title_before_it():
    row = one_citation("Memorandum of conversation, Dulles and Tito, 6 November 1955, RG 59, Central Decimal File 1955–59, "
                       "611.68/11-655, box 2503, NARA.")
    assert (row.kind, row.archive, row.fond, row.collection) == ("archival", "NARA", "RG 59", "Central Decimal File 1955–59")
    assert (row.unit, row.title, row.date_start) == ("611.68/11-655, box 2503", "Memorandum of conversation, Dulles and Tito", "1955-11-06")


def test_archive_named_last_after_its_call_number_and_the_document():
    row = one_citation("FO 371/95467, RY 10338/4, minute by Cheke, 2 January 1951, TNA.")
    assert (row.archive, row.fond, row.unit, row.title, row.date_start) == \
        ("TNA", "FO 371", "95467, RY 10338/4", "minute by Cheke", "1951-01-02")


def test_archive_named_last_may_be_followed_by_its_town_and_state():
    row = one_citation("Telegram from Moscow, 12 December 1955, Ann Whitman File, DDE Diaries, box 11, Eisenhower Library, Abilene, KS.")
    assert (row.archive, row.fond, row.collection, row.unit) == ("DDEL", "Ann Whitman File", "DDE Diaries", "box 11")


def test_archive_after_the_description_with_its_holding_following():
    row = one_citation("Bericht der Botschaft Belgrad vom 14.6.1956, PA AA, B 42, Bd. 12.")
    assert (row.archive, row.fond, row.unit, row.date_start, row.title) == \
        ("PA AA", "B 42", "Bd. 12", "1956-06-14", "Bericht der Botschaft Belgrad vom 14.6.1956")


def test_russian_description_before_a_double_slash_and_the_archive():
    row = one_citation("Запись беседы Н. С. Хрущева с И. Броз Тито, 2 июня 1955 г. // РГАНИ. Ф. 52. Оп. 1. Д. 593. Л. 12–20.")
    assert (row.archive, row.fond, row.unit, row.pages, row.date_start) == ("RGANI", "52", "Оп. 1, Д. 593", "Л. 12–20", "1955-06-02")


def test_publishers_press_named_after_an_archive_is_not_an_archive():
    assert one_citation("Ivo Banac, With Stalin against Tito (Stanford: Hoover Institution Press, 1988), 45.").kind == "literature"


def test_document_printed_in_frus_is_archival_with_the_documents_own_date():
    row = one_citation("Telegram from the Embassy in Belgrade, Belgrade, March 3, 1956, in FRUS, 1955–1957, Vol. XXVI, Doc. 142, pp. 701–703.")
    assert (row.archive, row.fond, row.unit, row.date_start) == ("FRUS", "", "Vol. XXVI, Doc. 142", "1956-03-03")


def test_frus_volume_alone_is_dated_by_the_years_it_covers():
    row = one_citation("FRUS, 1955–1957, vol. XXVI, doc. 54.")
    assert (row.fond, row.unit, row.date_start, row.date_end, row.date_precision) == \
        ("", "vol. XXVI, doc. 54", "1955-01-01", "1957-12-31", "year")


def test_series_years_after_the_fond_bound_the_date_and_keep_box_and_file_together():
    row = one_citation("ACS, PCM, 1951–1954, b. 45, f. 3.")
    assert (row.fond, row.unit, row.date_start, row.date_end, row.pages) == ("PCM", "b. 45, f. 3", "1951-01-01", "1954-12-31", "")


def test_lone_year_among_the_series_names_is_the_files_year():
    row = one_citation("Fondazione Istituto Gramsci, Archivio del Partito comunista italiano, Estero, 1956, mf. 125.")
    assert (row.fond, row.collection, row.unit, row.date_start) == \
        ("Archivio del Partito comunista italiano", "Estero", "mf. 125", "1956-01-01")


def test_day_and_month_without_a_year_take_the_files_year():
    row = one_citation("HDA, CK SKH, 1952, kut. 8, Zapisnik od 12. ožujka.")
    assert (row.date_start, row.date_precision) == ("1952-03-12", "day")


def test_us_numeric_date_in_a_citation_is_month_day_year():
    assert one_citation("Memorandum for the President, 3/12/1956, Ann Whitman File, box 52, DDEL.").date_start == "1956-03-12"


@pytest.mark.parametrize("call, fond, unit", [
    ("AN, F/7/15589, Note du 12 mai 1950.", "F/7", "15589"),
    ("AN, 5 AG 1/123, Note pour le Président, 3 novembre 1959.", "5 AG 1", "123"),
    ("AN, 4 AG/123, note du 3 mars 1959.", "4 AG", "123"),
    ("BArch, DY 30/IV 2/20/123, Bl. 45–47.", "DY 30", "IV 2/20/123"),
])
def test_call_number_splits_into_series_and_article(call, fond, unit):
    row = one_citation(call)
    assert (row.fond, row.unit) == (fond, unit)


def test_keyed_leaves_after_a_split_call_number_are_pages():
    assert one_citation("BArch, DY 30/IV 2/20/123, Bl. 45–47.").pages == "Bl. 45–47"


def test_named_fond_before_the_units_is_the_fond():
    row = one_citation("Hoover Institution Archives, Boris Nicolaevsky Collection, box 45, folder 12, letter of 3 May 1951.")
    assert (row.archive, row.fond, row.collection, row.unit) == ("HIA", "Boris Nicolaevsky Collection", "", "box 45, folder 12")


def test_croatian_signature_with_a_full_stop_gives_fond_and_collection():
    row = one_citation("HR-HDA-1220. CK SKH, kut. 45, Zapisnik sa sjednice, 12. ožujka 1952.")
    assert (row.archive, row.fond, row.collection, row.unit, row.date_start) == ("HDA", "1220", "CK SKH", "kut. 45", "1952-03-12")


def test_slovene_standard_signature_gives_the_fond_number():
    row = one_citation("SI AS 1589, CK ZKS, t. e. 15, a. e. 300, Poročilo, 12. 12. 1953.")
    assert (row.archive, row.fond, row.collection) == ("ARS", "1589", "CK ZKS")


def test_russian_folder_key_after_a_lettered_inventory_is_cut():
    row = one_citation("АВП РФ. Ф. 06. Оп. 13а. П. 48. Д. 233. Л. 5.")
    assert (row.archive, row.fond, row.unit, row.pages) == ("AVP RF", "06", "Оп. 13а, П. 48, Д. 233", "Л. 5")


def test_reverse_side_of_a_russian_leaf_stays_with_the_pages():
    row = one_citation("ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3 об.")
    assert (row.fond, row.unit, row.pages) == ("Р-5446", "Оп. 1, Д. 12", "Л. 3 об.")


def test_russian_hereafter_with_a_dash_defines_the_archive():
    row = one_citation("Российский государственный архив новейшей истории (далее – РГАНИ). Ф. 3. Оп. 14. Д. 50. Л. 7.")
    assert (row.archive, row.fond, row.unit) == ("RGANI", "3", "Оп. 14, Д. 50")


def test_polish_leaf_after_a_signature_is_a_page_not_a_box():
    row = one_citation("AAN, KC PZPR, sygn. 237/XXII-123, k. 12.")
    assert (row.fond, row.unit, row.pages) == ("KC PZPR", "sygn. 237/XXII-123", "k. 12")


def test_unit_key_is_never_read_as_a_fond():
    row = one_citation("Harriman to Acheson, 19 May 1951, Harriman Papers, box 301, Library of Congress, Manuscript Division.")
    assert (row.archive, row.fond, row.unit) == ("LOC", "Harriman Papers", "box 301")


@pytest.mark.parametrize("ibid", ["Там же. Л. 48.", "Prav tam.", "Ivi, f. 4.", "Tamże, k. 14.", "Ebenda, Bl. 16.",
                                  "Vgl. ebenda.", "Id., 3.", "Id. at 3.", "Idem.", "Idem, p. 150.", "Op. cit., p. 214."])
def test_ibid_words_of_other_languages_repeat_the_last_citation(ibid):
    rows = cite("AAN, KC PZPR, sygn. 237/XXII-123, k. 12.", ibid).citations
    assert (rows.kind.iloc[-1], rows.ibid_of.iloc[-1], rows.unit.iloc[-1]) == ("ibid", "1:1", "sygn. 237/XXII-123")


def test_idem_before_a_title_is_the_same_authors_other_work():
    rows = cite("René Girault, Turbulente Europe (Paris: Masson, 1988), p. 145.",
                "Idem, La puissance en Europe (Paris: Publications de la Sorbonne, 1984), p. 12.").citations
    assert rows.kind.tolist() == ["literature", "literature"]


def test_ibid_with_another_document_takes_its_title_and_date():
    rows = cite("AdsD, Nachlass Fritz Erler, Mappe 12, Schreiben an Ollenhauer vom 5. Mai 1955.", "Ebd., Schreiben vom 12. Mai 1955.").citations
    row = rows.iloc[1]
    assert (row.unit, row.title, row.date_start) == ("Mappe 12", "Schreiben", "1955-05-12")


@pytest.mark.parametrize("tail, unit, pages", [
    ("Prav tam, a. e. 301.", "a. e. 301", ""),
    ("Ibid., file 246.", "file 246", ""),
    ("Tamże, sygn. 237/XXII-124, k. 3.", "sygn. 237/XXII-124", "k. 3"),
])
def test_ibid_with_another_file_of_the_same_series(tail, unit, pages):
    row = cite("AAN, KC PZPR, sygn. 237/XXII-123, k. 12.", tail).citations.iloc[-1]
    assert (row.kind, row.unit, row.pages) == ("ibid", unit, pages)


def test_lead_word_inside_a_sentence_separates_commentary_from_the_citation():
    segs = split_citations("Tito never accepted this reading; see Dulles to Eisenhower, November 2, 1956, DDEL, "
                           "John Foster Dulles Papers, box 14.")
    assert [s.role for s in segs] == ["commentary", "lead-in", "citation"] and segs[2].raw.startswith("Dulles")


def test_lead_word_with_qualifying_words_before_a_book():
    rows = cite("Vgl. dazu ausführlich Hermann Wentker, Außenpolitik in engen Grenzen, München 2007, S. 112–118.").citations
    assert rows.kind.tolist() == ["literature"] and rows.raw.iloc[0].startswith("Hermann")


@pytest.mark.parametrize("note", ["См.: РГАНИ. Ф. 3. Оп. 12. Д. 1005. Л. 1–5.", "Zob. AMSZ, Dep. II, z. 12, w. 45, t. 678.",
                                  "Glej: SI AS 1589, CK ZKS, t. e. 15.", "Cfr. FIG, APCI, Estero, mf. 0412."])
def test_lead_words_of_other_languages_are_not_part_of_the_citation(note):
    row = one_citation(note)
    assert row.kind == "archival" and row.raw[:3] in ("РГА", "AMS", "SI ", "FIG")


def test_citation_after_a_conjunction_in_the_same_note():
    rows = cite("Cf. Beatrice Heuser, Western Containment Policies (London: Routledge, 1989), 45; and TNA, FO 371/87654, "
                "RY 1052/8, Peake to Bevin, 1 June 1950.").citations
    assert rows.kind.tolist() == ["literature", "archival"] and rows.raw.iloc[1].startswith("TNA")


def test_citation_in_parentheses_inside_commentary_is_found():
    row = one_citation("As Kardelj put it (TNA, FO 371/124265, RY 1015/30, Hayter to Lloyd, 3 May 1956), the Yugoslavs wanted none of it.")
    assert (row.archive, row.fond, row.date_start, row.raw) == \
        ("TNA", "FO 371", "1956-05-03", "TNA, FO 371/124265, RY 1015/30, Hayter to Lloyd, 3 May 1956")


def test_russian_book_with_place_and_year_after_full_stops_is_literature():
    assert one_citation("Подробнее см.: Гибианский Л. Я. Советский Союз и новая Югославия. М., 1987. С. 45.").kind == "literature"


def test_new_sentence_with_a_lead_word_after_a_citation_is_a_new_citation():
    rows = cite("PA AA, B 12, Bd. 3. Vgl. auch BArch, DY 30/IV 2/20/5, Bl. 1–4.").citations
    assert (rows.archive.tolist(), rows.unit.tolist()) == (["PA AA", "BArch"], ["Bd. 3", "IV 2/20/5"])


def test_in_colon_before_the_archive_keeps_the_description_with_its_date():
    row = one_citation("Schreiben Ulbrichts an Tito vom 3. August 1957, in: SAPMO-BArch, NY 4182/1220, Bl. 33.")
    assert (row.archive, row.fond, row.unit, row.date_start, row.title) == \
        ("BArch", "NY 4182", "1220", "1957-08-03", "Schreiben Ulbrichts an Tito vom 3. August 1957")


def test_chicago_ibid_after_the_description_repeats_the_series_with_a_new_file_and_date():
    rows = cite("NARA, RG 59, Lot 58D776, box 12.", "Department of State to Embassy Belgrade, 2/14/1957, ibid., 768.00/2-1457.").citations
    row = rows.iloc[1]
    assert (row.kind, row.ibid_of, row.fond, row.unit, row.date_start) == ("ibid", "1:1", "RG 59", "768.00/2-1457", "1957-02-14")


def test_russian_ibid_with_another_fond_reads_the_new_holding():
    rows = cite("РГАНИ. Ф. 89. Оп. 45. Д. 12. Л. 1.", "Там же. Ф. 5. Оп. 30. Д. 13. Л. 2.").citations
    row = rows.iloc[1]
    assert (row.archive, row.fond, row.unit, row.pages) == ("RGANI", "5", "Оп. 30, Д. 13", "Л. 2")


def test_a_range_of_k_is_leaves_even_without_a_polish_signature():
    row = one_citation("AAN, KC PZPR, 237/XXII-1234, k. 5–7.")
    assert (row.unit, row.pages) == ("237/XXII-1234", "k. 5–7")


def test_archive_abbreviation_in_parentheses_inside_prose_is_not_a_citation():
    assert cite("As noted above, the minutes (HDA) are incomplete.").citations.empty


def test_sentence_naming_an_archive_and_only_a_year_is_commentary():
    assert cite("This interpretation, advanced by the National Archives staff in 1998, is not convincing.").citations.empty


def test_cia_reading_room_document_named_after_its_description_is_archival():
    row = one_citation("Report, 12 May 1955, CREST, CIA-RDP80-00810A006800140003-4.")
    assert (row.kind, row.archive, row.date_start) == ("archival", "CIA", "1955-05-12")


def test_russian_ibid_with_a_fond_after_a_book_repeats_the_last_archive():
    rows = cite("РГАНИ, ф. 5, оп. 30, д. 41, л. 22; Волков А. С. Москва и Белград в 1950-е годы. М., 2010. С. 88–97.",
                "Там же, ф. 52, оп. 1, д. 371, л. 3.").citations
    row = rows.iloc[-1]
    assert (row.kind, row.archive, row.fond, row.unit, row.ibid_of) == ("ibid", "RGANI", "52", "оп. 1, д. 371", "1:1")


def test_german_kuenftig_defines_the_archives_abbreviation():
    row = one_citation("Politisches Archiv des Auswärtigen Amts (künftig: PA AA), B 12, Bd. 452, Aufzeichnung vom 16. 10. 1957.")
    assert (row.archive, row.fond, row.unit) == ("PA AA", "B 12", "Bd. 452")


def test_abbreviation_defined_after_the_archives_town_is_learned():
    rows = cite("Labour Party Archives, People's History Museum, Manchester (LPA), box 31, report, 2 October 1950.",
                "LPA, National Executive Committee minutes, 25 October 1950, 4.").citations
    assert rows.kind.tolist() == ["archival", "archival"] and rows.archive.tolist() == ["LHASC", "LHASC"]


@pytest.mark.parametrize("note, archive, unit", [
    ("Brown, speech, 23 May 1951, Meany Archives, Lovestone Files, box 14, folder 8.", "Meany Archives", "box 14, folder 8"),
    ("Državni arhiv u Sisku, fond 35, kut. 4, Izvještaj, 12. VII 1948.", "Državni arhiv u Sisku", "kut. 4"),
    ("Minute, 12 May 1950, Nuffield College Library, Oxford.", "Nuffield College Library", ""),  # Bodleian, Lambeth Palace are now in the authority file
])
def test_archive_missing_from_the_authority_file_is_named_by_its_archive_word(note, archive, unit):
    row = one_citation(note)
    assert (row.kind, row.archive, row.unit) == ("archival", archive, unit)


def test_journal_with_an_archive_word_in_its_name_is_not_an_archive():
    row = one_citation("Hans Müller, Der Titel, in: Archiv für Sozialgeschichte, vol. 45, S. 12–34.")
    assert row.kind in ("literature", "unparsed") and row.archive == ""


@pytest.mark.parametrize("note", [
    "Kevin Morgan, 'The Problem of the Epoch? Labour and Housing, 1918–51', Twentieth Century British History 16 (2005), 227–55.",
    "Ivo Banac, Sa Staljinom protiv Tita, Zagreb 1990., 145.–150.",
    "Statistisches Bundesamt (Hrsg.), Der Außenhandel der Bundesrepublik Deutschland, Teil 3, Stuttgart 1958, S. 114.",
    "Соколов И. П. Венгерский кризис и Югославия // Вопросы истории. 2015. № 7. С. 3–21.",
])
def test_literature_in_other_citation_styles_is_literature_not_unparsed(note):
    assert one_citation(note).kind == "literature"


def test_gost_journal_article_gives_authors_title_journal_issue_year_and_pages():
    from histkit.citations import parse_reference
    ref = parse_reference("Соколов И. П. Венгерский кризис и Югославия // Вопросы истории. 2015. № 7. С. 3–21.")
    assert (ref["authors"], ref["title"], ref["container"], ref["issue"], ref["year"], ref["pages"]) == \
        ("Соколов И. П.", "Венгерский кризис и Югославия", "Вопросы истории", "7", "2015", "С. 3–21")


def test_gost_book_gives_its_abbreviated_place_and_year():
    from histkit.citations import parse_reference
    ref = parse_reference("Волков А. С. Москва и Белград в 1950-е годы. М., 2010. С. 88–97.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"], ref["pages"]) == \
        ("Волков А. С.", "Москва и Белград в 1950-е годы", "М.", "2010", "С. 88–97")


def test_dated_document_after_a_citation_in_the_same_note_is_another_document_of_that_file():
    rows = cite("PA AA, B 42, Bd. 18, Bericht der Botschaft Belgrad vom 3. März 1955; vgl. auch die Aufzeichnung des Referats 206 "
                "vom 7. April 1955.").citations
    row = rows.iloc[1]
    assert (row.kind, row.ibid_of, row.unit, row.date_start) == ("ibid", "1:1", "Bd. 18", "1955-04-07")


def test_dated_words_in_a_note_of_their_own_are_not_tied_to_the_previous_note():
    rows = cite("TNA, FO 371/1, Minute, 1 May 1950.", "See the minutes of 3 June 1950 kept by the family.").citations
    assert rows.kind.tolist() == ["archival", "unparsed"]


def test_archive_opening_a_sentence_after_a_citation_starts_another_citation():
    rows = cite("РГАНИ. Ф. 5. Оп. 30. Д. 41. Л. 22. ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3.").citations
    assert rows.archive.tolist() == ["RGANI", "GARF"] and rows.unit.tolist() == ["Оп. 30, Д. 41", "Оп. 1, Д. 12"]


def test_description_ending_in_a_full_stop_before_the_archive_stays_with_it():
    row = one_citation("Bericht vom 3. März 1955. PA AA, B 12, Bd. 3.")
    assert (row.archive, row.unit, row.date_start) == ("PA AA", "Bd. 3", "1955-03-03")


def test_call_number_after_a_semicolon_is_another_file_of_the_same_archive():
    rows = cite("TNA, FO 371/124263; FO 371/124264.").citations
    assert rows.kind.tolist() == ["archival", "archival"] and rows.archive.tolist() == ["TNA", "TNA"]
    assert rows.unit.tolist() == ["124263", "124264"]


def test_unit_after_a_semicolon_keeps_the_fond_and_collection_of_the_citation_before():
    rows = cite("AJ, 507, CK SKJ, IX, 33/I-142; 33/I-143, Zapisnik, 3. 4. 1953.").citations
    row = rows.iloc[1]
    assert (row.archive, row.fond, row.collection, row.unit, row.date_start) == ("AJ", "507", "CK SKJ / IX", "33/I-143", "1953-04-03")


def test_dated_publication_after_a_citation_in_the_same_note_is_not_tied_to_its_file():
    rows = cite("PA AA, B 1, Bd. 33; vgl. auch Bulletin des Presse- und Informationsamtes der Bundesregierung vom 22. 10. 1957, S. 1.").citations
    assert rows.kind.iloc[1] != "ibid"


@pytest.mark.parametrize("ibid", ["Uo., 13. doboz.", "Пак там, л. 8.", "Po aty, fl. 6.", "Tamže, s. 4.", "Ό.π."])
def test_hungarian_bulgarian_albanian_slovak_and_greek_ibid_words_repeat_the_last_citation(ibid):
    rows = cite("TNA, FO 371/1, Minute, 1 May 1950.", ibid).citations
    assert (rows.kind.tolist(), rows.ibid_of.tolist()[-1], rows.archive.tolist()[-1]) == (["archival", "ibid"], "1:1", "TNA")


@pytest.mark.parametrize("note, day", [("The Times, 4 May 1955.", "1955-05-04"),
                                       ("Neues Deutschland vom 3.4.1957.", "1957-04-03")])
def test_newspaper_issue_is_a_press_citation_with_the_issue_date_and_no_reference(note, day):
    tables = cite(note)
    assert (tables.citations.kind.tolist(), tables.citations.date_start.tolist(), len(tables.references)) == \
        (["press"], [day], 0)


def test_newspaper_article_with_its_title_is_literature_with_the_paper_as_container_and_the_issue_date():
    tables = cite("„Tito u Moskvi“, Politika, 3. 6. 1956, 1.")
    row, ref = tables.citations.iloc[0], tables.references.iloc[0]
    assert (row.kind, row.date_start, ref.title, ref.container) == ("literature", "1956-06-03", "Tito u Moskvi", "Politika")


def test_interview_held_by_the_author_is_a_literature_citation_before_the_archival_one():
    rows = cite("Interview with the author, Ljubljana, 3 June 2004; AJ, 507, CK SKJ, IX, 1/I-45.").citations
    assert rows.kind.tolist() == ["literature", "archival"]


def test_archive_with_a_fond_number_after_prose_and_a_comma_is_a_citation():
    rows = cite("On the Trieste crisis see Borba, 9. 10. 1953; for the Slovene side, SI AS 1931, t. e. 7.").citations
    assert rows.kind.tolist() == ["press", "archival"] and rows.archive.tolist()[1] == "ARS"


def test_leaves_between_the_file_and_the_document_are_pages_not_units():
    row = one_citation("ЦДА, ф. 1477, оп. 25, а.е. 456, л. 12–15, Доклад на посолството в Белград, 3 март 1955 г.")
    assert (row.unit, row.pages, row.date_start) == ("оп. 25, а.е. 456", "л. 12–15", "1955-03-03")


def test_folio_after_a_romanian_dosar_is_a_leaf_and_the_fond_keeps_its_section_apart():
    row = one_citation("ANIC, fond CC al PCR – Secția Relații Externe, dosar 12/1953, f. 4.")
    assert (row.fond, row.collection, row.unit, row.pages) == ("CC al PCR", "Secția Relații Externe", "dosar 12/1953", "f. 4")


def test_albanian_year_unit_dates_the_file_and_fl_is_a_leaf():
    row = one_citation("AQSH, F. 14/AP, V. 1951, D. 45, fl. 3.")
    assert (row.fond, row.unit, row.pages, row.date_start, row.date_precision) == \
        ("14/AP", "V. 1951, D. 45", "fl. 3", "1951-01-01", "year")


def test_hungarian_number_first_box_is_a_unit():
    row = one_citation("MNL OL, XIX-J-1-j, Jugoszlávia, 12. doboz, 4/b, 001234/1956.")
    assert (row.fond, row.collection, row.unit) == ("XIX-J-1-j", "Jugoszlávia", "12. doboz, 4/b, 001234/1956")


def test_bodleian_shelfmark_splits_into_papers_and_deposit_with_the_folio_as_page():
    row = one_citation("Bodleian Library, MS Attlee dep. 45, fol. 12, Attlee to Bevin, 4 May 1949.")
    assert (row.archive, row.fond, row.unit, row.pages) == ("BOD", "MS Attlee", "dep. 45", "fol. 12")


def test_division_named_as_the_same_archive_is_not_the_fond():
    row = one_citation("ÖStA, AdR, BKA-AA, II-pol, Zl. 123.456-pol/53, Bericht vom 12. Februar 1953.")
    assert (row.fond, row.collection, row.unit) == ("BKA-AA", "II-pol", "Zl. 123.456-pol/53")


@pytest.mark.parametrize("note, archive, unit", [
    ("CIA-RDP80-00810A001234, CREST.", "CIA", "CIA-RDP80-00810A001234"),
    ("dodis.ch/1234.", "DODIS", "dodis.ch/1234"),
    ("“Yugoslav Relations,” 12 June 1956, CIA-RDP79R00890A000700060010-4, CIA FOIA Reading Room.", "CIA",
     "CIA-RDP79R00890A000700060010-4"),
])
def test_document_number_of_an_online_reading_room_is_the_unit(note, archive, unit):
    row = one_citation(note)
    assert (row.kind, row.archive, row.fond, row.unit) == ("archival", archive, "", unit)


def test_polish_leaf_before_the_document_is_a_page_when_the_file_has_a_wiazka():
    row = one_citation("AMSZ, Departament II, z. 10, w. 55, t. 712, k. 3, Notatka z rozmowy, 12 IV 1957.")
    assert (row.unit, row.pages) == ("z. 10, w. 55, t. 712", "k. 3")


def test_ibid_with_a_number_first_hungarian_box_is_another_box():
    rows = cite("MNL OL, XIX-J-1-j, Jugoszlávia, 12. doboz, 4/b.", "Uo., 13. doboz.").citations
    assert rows.unit.tolist()[-1] == "13. doboz"
