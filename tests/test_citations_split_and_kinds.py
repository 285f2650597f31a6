"""Where a note's citations part and what kind each is, as real law and history articles print them (issue 15, found
reading the held-out PDFs of issue 11): two references parted by a full stop after a bracketed year, the second
opening with initials (`… (2014). H. Lopez and C.D. Tulloch, …`); a lead word inside a note with the words that
qualify it (`… (1968). See generally Havel, …`); a series' code in capitals that a lead word of another language
spells (`and WO 204/1273`: Yoruba's `wo` "see"); a Massachusetts statute by its chapter and section; an English
judicial review (`R (on the application of …) v …`); and, of the model's and the rules' readings, the rules' title
with a day and month in it (`… of 3 March 1921 in Silesia (…, 2011)`), which the model had cut at the day's year."""

from conftest import cite

from histkit.literature.choose import choose


def _references(note: str) -> list[dict]:
    return [row.to_dict() for _, row in cite(note).references.iterrows()]


def _fields(ref: dict, *names: str) -> tuple:
    return tuple(ref[name] for name in names)


def test_a_full_stop_after_a_bracketed_year_parts_two_references_the_second_opening_with_initials():
    refs = _references("K. Marsh, Counting the stakes, 41 JOURNAL OF LEISURE 347–362 (2014). K. Marsh and D.J. Olley, "
                       "Betting on the terraces, 155 MEDIA AND SOCIETY 130–139 (2015).")
    assert [_fields(ref, "authors", "container", "year") for ref in refs] \
        == [("K. Marsh", "JOURNAL OF LEISURE", "2014"), ("K. Marsh and D.J. Olley", "MEDIA AND SOCIETY", "2015")]


def test_a_day_and_month_in_a_title_are_not_the_works_year():
    rule = {"authors": "T. Brandel", "title": "Remembering the Strike of 3 March 1921 in Silesia", "year": "2011"}
    model = {"authors": "T. Brandel", "title": "Remembering the Strike of 3 March", "year": "1921", "source": "model"}
    assert _fields(choose(rule, model), "title", "year") == ("Remembering the Strike of 3 March 1921 in Silesia", "2011")


def test_a_statute_by_its_chapter_and_section_is_legislation():
    assert cite("MASS. GEN. LAWS ch. 94, § 7 (2020).").citations.kind.tolist() == ["legislation"]


def test_an_english_judicial_review_is_a_case():
    assert cite("R (on the application of Hale) v Home Secretary [2016] UKSC 40.").citations.kind.tolist() == ["case"]


def test_a_series_code_in_capitals_is_no_lead_word_of_another_language():
    citations = cite("TNA, WO 204/1240, Report on the port of Bari, n.d., and WO 204/1273, Report on Brindisi, 1944.")
    assert citations.citations.raw.tolist()[-1] == "WO 204/1273, Report on Brindisi, 1944."


def test_the_words_qualifying_a_lead_word_inside_a_note_are_the_lead_ins():
    citations = cite("Ruiz, Guild Fees, 13 ANTITRUST BULL. 659 (1968). See generally Havel, Price Rules in Medicine, "
                     "1978 DUKE L.J. 303.")
    assert citations.citations.raw.tolist()[-1] == "Havel, Price Rules in Medicine, 1978 DUKE L.J. 303."


def test_a_court_decision_naming_a_party_by_an_archives_initials_is_a_case():
    rows = cite("The court relies on the facts (Court of Justice, Fifth Chamber, judgment of 7 April 2022, VA, "
                "case C-645/20, par. 42).").citations
    assert rows[["kind", "archive"]].values.tolist() == [["case", ""]]


def test_prose_before_two_authors_after_a_lead_with_a_comma_is_neither_lead_nor_author():
    refs = _references("Cf., the list of requests in M. HOLM and F. DE VRIES, “Balance in the Union after the Crisis”, "
                       "(2013) 76 Modern Law Review, 817-844, at 825-7.")
    assert [_fields(ref, "authors", "title", "year") for ref in refs] \
        == [("M. HOLM and F. DE VRIES", "Balance in the Union after the Crisis", "2013")]
