"""A round hundred far below every other date of its paragraph counts people or things in the dates table
(histkit.dates.counts); a medieval year among near dates, or alone, stays a year."""

from histkit import Document, analyse_layout, dates_table


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))["surface"].tolist()


def test_a_round_hundred_beside_twentieth_century_dates_is_a_count():
    assert _surfaces("Streiken i 1944 samlet over 1300 arbeidere i Bergen.") == ["1944"]


def test_a_medieval_year_beside_a_near_date_stays_a_year():
    assert _surfaces("The town was founded in 1200 and walled in 1254.") == ["1200", "1254"]


def test_a_round_hundred_alone_stays_a_year():
    assert _surfaces("The town was founded in 1200.") == ["1200"]
