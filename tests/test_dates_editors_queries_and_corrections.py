"""A date an editor queried, completed or corrected inside it is the date the editor means, its surface the whole
expression (the date rounds' rules 153 and 156): `12 [?] March`, `[May] 1650`, `3 June [1650?]`, `13 [recte 14] Sept.
1245`, `13 (not 12) May 1649`; a bracket around the whole date stays out of its surface, and a bracket's number that
is no day or year of the date's kind corrects nothing."""

import pytest

from histkit.dates.editorial import as_meant
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document
from histkit.text import unwrap


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


@pytest.mark.parametrize("text, surface, start, end", [
    ("The letter is dated 12 [?] March 1591 in the copy.", "12 [?] March 1591", "1591-03-12", "1591-03-12"),
    ("Der Brief trägt das Datum 3. [?] Juni 1922 und ist verloren.", "3. [?] Juni 1922", "1922-06-03", "1922-06-03"),
    ("A newsletter printed as [May] 1650 by the editors.", "[May] 1650", "1650-05-01", "1650-05-31"),
    ("Nicholas to Hyde, 3 June [1650?], from The Hague.", "3 June [1650?]", "1650-06-03", "1650-06-03"),
    ("The confirmation, 13 [recte 14] Sept. 1245, survives.", "13 [recte 14] Sept. 1245", "1245-09-14", "1245-09-14"),
    ("Le procès-verbal est daté du 12 [recte 13] juillet 1792.", "12 [recte 13] juillet 1792", "1792-07-13",
     "1792-07-13"),
    ("Een brief van 3 [lees: 4] juli 1572 bleef bewaard.", "3 [lees: 4] juli 1572", "1572-07-04", "1572-07-04"),
    ("una carta fechada a 5 de octubre de 1520 [sic, por 1521] en Coyoacán.", "5 de octubre de 1520 [sic, por 1521]",
     "1521-10-05", "1521-10-05"),
    ("The king's letter is dated 13 (not 12) May 1649 in the original.", "13 (not 12) May 1649", "1649-05-13",
     "1649-05-13"),
])
def test_a_date_queried_completed_or_corrected_inside_it_is_the_date_meant(text, surface, start, end):
    assert (surface, start, end) in _table(text)


def test_a_month_the_editor_supplies_after_a_day_takes_the_year_before():
    text = "sans doute le 8 juillet 1791 ; le billet suivant porte « ce 12 [octobre] », sans année."
    assert ("12 [octobre]", "1791-10-12", "1791-10-12") in _table(text)


def test_a_day_in_quotation_marks_before_its_month_is_no_short_year():
    rows = _table("It must belong to 1651, and Nicholas endorsed it '12 [?] November'.")
    assert ("12 [?] November", "1651-11-12", "1651-11-12") in rows and all(r[1] != "1612-01-01" for r in rows)


def test_a_bracket_around_the_whole_date_stays_out_of_its_surface():
    assert _table("Hyde to Nicholas, n.d., endorsed '[1648]'; printed as [1651?].") == [
        ("1648", "1648-01-01", "1648-12-31"), ("1651", "1651-01-01", "1651-12-31")]


def test_a_bracket_whose_number_is_of_another_kind_corrects_nothing():
    assert as_meant(unwrap("12 [recte 1245] May; 1520 [read 13]")).text == "12 [recte 1245] May; 1520 [read 13]"


def test_a_text_without_brackets_comes_back_as_it_was():
    given = unwrap("on 14 May 1523")
    assert as_meant(given) is given
