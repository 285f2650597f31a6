"""A journal's year in square brackets between a quoted title and the journal's name (`‘Title’ [1971] Bell Journal of
Economics, 3–21`) is the year, and no part of the journal's name."""

from histkit.citations.references import parse_reference


def test_the_bracketed_year_before_the_journal_is_the_year():
    ref = parse_reference("G Stigler, ‘Theories of Economic Regulation’ [1971] Bell Journal of Economics, 3–21")
    assert (ref["container"], ref["year"], ref["pages"]) == ("Bell Journal of Economics", "1971", "3–21")


def test_a_volume_after_the_journal_stays_the_volume():
    ref = parse_reference("R Cooter, ‘Normative Failures Theory of Law’ [1996] Cornell Law Review 82, 947, 949")
    assert (ref["container"], ref["volume"], ref["year"]) == ("Cornell Law Review", "82", "1996")


def test_a_volume_and_issue_after_the_journal_are_read_as_before():
    ref = parse_reference("S Peltzman, ‘Toward a More General Theory’ [1976] The Journal of Law Economics 19(2), 211")
    assert (ref["container"], ref["volume"], ref["year"], ref["pages"]) == (
        "The Journal of Law Economics", "19", "1976", "211")



def test_a_law_reports_year_in_square_brackets_after_no_quoted_title_is_left_alone():
    from histkit.citations.clauses import year_bracket_before_journal
    assert year_bracket_before_journal("Donoghue v Stevenson [1932] AC 562") == "Donoghue v Stevenson [1932] AC 562"


def test_a_title_ending_in_a_question_mark_before_the_bracketed_year():
    ref = parse_reference("SL Schwarcz, What is Securitisation? And for What Purpose? [2012] The Southern California "
                          "Law Review, 1283, 1289.")
    assert (ref["title"], ref["container"], ref["year"]) == (
        "What is Securitisation? And for What Purpose?", "The Southern California Law Review", "2012")
