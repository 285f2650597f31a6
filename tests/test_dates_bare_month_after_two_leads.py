"""A month after a lead word whose next word leads into it too is still read (the date rounds' rules 7 and 150):
`until the following November`, where `until the` leads into no month."""

from histkit.dates import find_dates
from histkit.dates.baremonths import find_bare_months


def test_a_month_after_the_following_is_read_after_until():
    text = "The strike ended on 12 May 1926, and the miners stayed out until the following November."
    assert [(d.surface, d.date_start) for d in find_bare_months(text, find_dates(text))] == [("November", "1926-11-01")]


def test_a_month_after_a_lead_and_before_a_phrase_for_the_same_year_is_one_row():
    text = "Весной 1921 г. съезд провозгласил нэп; в мае того же года были разрешены предприятия."
    assert [d.surface for d in find_bare_months(text, find_dates(text))] == ["мае"]
