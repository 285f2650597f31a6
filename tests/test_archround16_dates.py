"""Dates of archival round 16 read in-sample: Hawaiian month names, an English deed's `4th day of June`, a Dutch span
with `t/m`, two Old/New Style pairs of one month joined by `och`, a signature's volume before them."""

from histkit.dates import find_date_groups


def _spans(text: str) -> list[tuple[str, str]]:
    return [(d.date_start, d.date_end) for d in find_date_groups(text)]


def test_a_hawaiian_month_before_its_day_and_year():
    assert _spans("Kamehameha III to the Privy Council, Malaki 3, 1851 (in Hawaiian)") == [("1851-03-03", "1851-03-03")]


def test_a_hawaiian_month_with_the_okina_and_a_year():
    assert _spans("Kamakau's draft, ʻOkakopa 1867.") == [("1867-10-01", "1867-10-31")]


def test_the_ordinal_day_of_a_month_as_deeds_write_it():
    assert _spans("(IAG, Royal Court Letter Books, vol. 3, the 4th day of June 1795)") == [("1795-06-04", "1795-06-04")]


def test_a_dutch_span_of_days_with_t_m():
    assert _spans("inv.nr. 12, 3 t/m 5 februari 1874.") == [("1874-02-03", "1874-02-05")]


def test_two_old_and_new_style_pairs_of_one_month_read_their_new_style_days():
    assert _spans("brev, 3/15 och 10/22 april 1854.") == [("1854-04-15", "1854-04-22")]


def test_a_volume_after_a_signatures_colon_is_no_listed_day():
    assert _spans("Ibid., D I:13, 3/15 och 10/22 april 1854.") == [("1854-04-15", "1854-04-22")]
