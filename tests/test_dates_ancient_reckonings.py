"""Ancient reckonings: with their equivalent one date, its surface the whole; alone, AUC and Olympiad years by their count."""

from histkit.dates.commonera import find_era_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_era_dates(text)]


def test_a_reckoning_before_its_bracketed_equivalent_is_of_its_surface():
    assert _read("written AUC 709 (45 BC), the year") == [("AUC 709 (45 BC)", "-0044-01-01", "-0044-12-31")]
    assert _read("das Jahr Ol. 90,1 (420/19 v. Chr.).") == [("Ol. 90,1 (420/19 v. Chr.)", "-0419-01-01", "-0418-12-31")]


def test_a_hijri_year_before_its_equivalent_after_a_slash_is_one_date():
    assert _read("on the Zab in AH 132 / AD 750.") == [("AH 132 / AD 750", "0750-01-01", "0750-12-31")]


def test_an_auc_year_alone_is_read_by_varros_count_and_an_olympiad_by_its_four_years():
    assert _read("the Incarnation in AUC 753.") == [("AUC 753", "0000-01-01", "0000-12-31")]
    assert _read("in Ol. 90.1 the alliance") == [("Ol. 90.1", "-0419-01-01", "-0418-12-31")]
