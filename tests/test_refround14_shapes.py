"""Round 14's shapes outside the Korean reader: Arabic names and repeat words, Kazakh capitals and GOST repeats, the
German Zeitschrift house's thesis and imprint, an editor's bracketed word before a repeat, lead words as data.
Names and titles here are made up for the tests."""

from histkit.citations.caseless import caseless_name
from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.ibid import ibid_at_sentence
from histkit.citations.references import parse_reference
from histkit.citations.splitter import split_citations
from histkit.citations.theses import without_thesis_clause


def _references(notes):
    return cite_document("d", notes, default_matcher().copy()).references


def test_an_arabic_name_of_four_words_ending_in_its_family_name_is_a_name():
    assert caseless_name("كريم عبد الله المصري") and caseless_name("هدى سمير الخطيب")


def test_an_arabic_title_with_a_short_word_is_no_name():
    assert not caseless_name("تاريخ الموانئ في الشام")


def test_an_arabic_book_by_a_three_word_name_gives_its_author():
    # (the note's Arabic commas as the splitter hands them on, folded)
    ref = parse_reference("هدى سمير الخطيب, موانئ الشام, بيروت: دار النهار, 2001, ص 4")
    assert (ref["authors"], ref["year"]) == ("هدى سمير الخطيب", "2001")


def test_an_arabic_op_cit_after_the_surname_links_to_the_authors_work():
    refs = _references([("1", "هدى سمير الخطيب، موانئ الشام، بيروت: دار النهار، 2001، ص 4."),
                        ("2", "الخطيب، المرجع السابق، ص 9.")])
    assert (refs[1]["ref_of"], refs[1]["year"]) == ("1:1", "2001")


def test_an_arabic_ibid_word_repeats_the_work_before():
    found = cite_document("d", [("1", "هدى سمير الخطيب، موانئ الشام، بيروت: دار النهار، 2001، ص 4."),
                                ("2", "المرجع نفسه، ص 9.")], default_matcher().copy())
    assert [row["kind"] for row in found.rows] == ["literature", "ibid"]


def test_a_kazakh_surname_and_initials_before_the_op_cit_words_are_the_author():
    refs = _references([("1", "Әлиев Қ. Ж. Жер тарихы. – Алматы: Ғылым, 1990. – Б. 4."),
                        ("2", "Әлиев Қ. Ж. Аталған еңбек. – Б. 7.")])
    assert (refs[1]["authors"], refs[1]["ref_of"]) == ("Әлиев Қ. Ж.", "1:1")


def test_a_kazakh_ibid_word_repeats_the_work_before():
    found = cite_document("d", [("1", "Әлиев Қ. Ж. Жер тарихы. – Алматы: Ғылым, 1990. – Б. 4."), ("2", "Сонда. – Б. 9.")],
                          default_matcher().copy())
    assert [row["kind"] for row in found.rows] == ["literature", "ibid"]


def test_gost_initials_after_a_latin_surname_before_op_cit_are_no_sentence():
    assert ibid_at_sentence("Norland S. J. Op. cit. P. 120") is None


def test_a_thesis_clause_after_the_titles_full_stop_gives_way_to_a_comma():
    assert without_thesis_clause("M. Kern: Aus dem Tal. Diss. phil. Universität Jena 1990, S. 4") == \
        "M. Kern: Aus dem Tal, Universität Jena 1990, S. 4"


def test_the_german_thesis_keeps_its_year():
    ref = parse_reference("Anna Kern: Aus dem Tal. Wanderung 1830–1870. Diss. phil. Universität Jena 1990, S. 4.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Anna Kern", "Aus dem Tal. Wanderung 1830–1870", "1990")


def test_places_joined_by_slashes_before_the_publishers_colon():
    ref = parse_reference("Otto Brand: Gewerbe im Wandel. Berlin/Heidelberg: Springer 1960, S. 4.")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Berlin/Heidelberg", "Springer", "1960")


def test_an_editors_bracketed_word_does_not_keep_a_repeat_from_its_work():
    refs = _references([("1", "Otto Brand (Bearb.): Quellen zum Gewerbe. Magdeburg 2001, S. 4."),
                        ("2", "Brand (Bearb.), a.a.O., S. 9.")])
    assert refs[1]["ref_of"] == "1:1"


def test_lead_words_of_the_new_languages_are_cut_off():
    for text in ("Ara Pawlu Vella, Il-Port (Malta: KKM, 1990), 4.", "Kyk J.P. Botha, Die Dorp (Kaapstad: Tafelberg, 1970), 4.",
                 "Қараңыз: Әлиев Қ. Ж. Жер тарихы. – Алматы: Ғылым, 1990. – Б. 4.",
                 "Anders noch Otto Brand: Gewerbe. Berlin 1960, S. 4."):
        assert split_citations(text)[0].role == "lead-in", text


def test_an_arabic_ibid_of_an_archive_says_undated_and_keeps_no_date():
    found = cite_document("d", [("1", "الأرشيف الوطني، السلسلة ب، الملف 3، رسالة بتاريخ 14 ماي 1938."),
                                ("2", "المصدر نفسه، الملف 4، دون تاريخ.")], default_matcher().copy())
    assert (found.rows[1]["kind"], found.rows[1]["date_start"]) == ("ibid", "")


def test_a_gost_short_title_ending_in_an_ellipsis_before_its_page_area():
    ref = parse_reference("Иванов И. И. Земство и школа… – С. 98.")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Иванов И. И.", "Земство и школа", "С. 98")


def test_the_kazakh_page_mark_of_the_data_ends_a_gost_reference():
    ref = parse_reference("Әлиев Қ. Ж. Жер тарихы. – Алматы: Ғылым, 1990. – Б. 45–52.")
    assert (ref["authors"], ref["title"], ref["year"], ref["pages"]) == ("Әлиев Қ. Ж.", "Жер тарихы", "1990", "Б. 45–52")


def test_an_editions_word_after_its_ordinal_is_no_lead_word():
    pieces = split_citations("Петренко Г. Історія краю. – 2-ге вид., доп. – К.: Либідь, 2010. – С. 233.")
    assert [p.role for p in pieces] == ["citation"]


def test_a_gost_collection_cited_again_by_its_title_volume_and_page_links_to_it():
    refs = _references([("1", "Жер тарихы: құжаттар / құраст. Б. Т. Әлиева. – Т. 2. – Алматы: Ғылым, 2003. – Б. 114."),
                        ("2", "Жер тарихы: құжаттар. – Т. 2. – Б. 130.")])
    assert (refs[1]["title"], refs[1]["ref_of"]) == ("Жер тарихы: құжаттар", "1:1")


def test_an_arabic_newspapers_issue_dated_to_the_day_gives_no_reference():
    found = cite_document("d", [("1", "الأهرام، 3 يونيو 1885، ص 2.")], default_matcher().copy())
    assert ([row["kind"] for row in found.rows], found.references) == (["press"], [])
