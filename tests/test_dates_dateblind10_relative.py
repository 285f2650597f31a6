"""A day a letter dates by its own month or year (`the 11th inst.`, `vom 28. v. M.`, `20 December j.l.`) is counted
from the date of the paper it stands in (histkit.dates.relative, relative_words.csv)."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return table[["surface", "date_start", "date_end", "precision"]].values.tolist()


@pytest.mark.parametrize("text, surface, day", [
    ("On 3 June 1921 the agents wrote: 'yours of the 29th ult. is to hand'.", "29th ult.", "1921-05-29"),
    ("On 3 June 1921 the agents wrote: 'the cargo sails on the 9th inst.'.", "9th inst.", "1921-06-09"),
    ("Am 3. Juni 1921 schrieb die Firma: »Die Sendung geht am 4. n. M. ab.«", "4. n. M.", "1921-07-04"),
    ("Le 3 juin 1921, il répond à « votre lettre du 30 écoulé ».", "30 écoulé", "1921-05-30"),
])
def test_a_day_with_a_word_for_this_last_or_next_month_is_in_that_month_of_the_papers_date(text, surface, day):
    assert [surface, day, day, "day"] in _table(text)


def test_last_month_in_january_is_december_of_the_year_before():
    assert ["28 u.s.", "1920-12-28", "1920-12-28", "day"] in _table("Il 4 gennaio 1921 ricorda la Vs. del 28 u.s.")


@pytest.mark.parametrize("text, surface, day", [
    ("Am 5. Januar 1922 schrieb er, seit dem 12. November v. J. ruhe der Handel.", "12. November v. J.", "1921-11-12"),
    ("In een brief van 5 Januari 1922 noemt hij 'Uw schrijven van 12 November j.l.'.", "12 November j.l.", "1921-11-12"),
    ("In een brief van 5 Januari 1922 belooft hij te komen 'op 12 Maart a.s.'.", "12 Maart a.s.", "1922-03-12"),
])
def test_a_day_and_month_with_a_word_for_the_year_take_the_year_it_names_from_the_papers_date(text, surface, day):
    assert [surface, day, day, "day"] in _table(text)


def test_the_papers_date_may_follow_the_relative_day():
    rows = _table("Die Firma führte »ab 1. Februar d. J.« neue Preise ein; das Rundschreiben ist vom 3. März 1924.")
    assert rows[0] == ["1. Februar d. J.", "1924-02-01", "1924-02-01", "day"]


def test_a_bare_day_without_a_word_for_its_month_is_no_date():
    assert _table("On 3 June 1921 the agents wired: 'YOURS 14TH RECEIVED'.") == [
        ["3 June 1921", "1921-06-03", "1921-06-03", "day"]]


def test_a_reporters_capital_us_after_a_number_is_no_last_month():
    assert _table("Decided on 3 June 1921; see 28 U.S.C. § 1291.") == [["3 June 1921", "1921-06-03", "1921-06-03", "day"]]
