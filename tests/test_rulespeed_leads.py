"""`find_lead_colon` finds what `LEAD_COLON.search` finds, searching only the stretches before a colon."""

from histkit.citations.leads import LEAD_COLON, find_lead_colon


def _same(piece):
    found, expected = find_lead_colon(piece), LEAD_COLON.search(piece)
    return (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


def test_a_lead_in_after_a_semicolon_is_found_with_the_spaces_after_its_colon():
    piece = "Smith, Title, 12; see also the minutes:   TNA, FO 371/1"
    assert find_lead_colon(piece).group() == "see also the minutes:   "
    assert _same(piece)


def test_a_lead_word_holding_a_comma_is_found_whole():
    piece = "Иванов, Труды; см., например: ГАРФ. Ф. 5"
    assert find_lead_colon(piece).group().startswith("см., например")
    assert _same(piece)


def test_a_colon_after_a_bracket_closing_the_lead_word_ends_no_lead_in():
    assert find_lead_colon("see (Smith): 12") is None
    assert _same("see (Smith): 12")


def test_a_lead_in_before_a_later_colon_is_found_after_an_earlier_one():
    piece = "Kovács: Cím, 12. Lásd még: MNL OL, K 27"
    assert _same(piece) and find_lead_colon(piece) is not None


def test_no_colon_no_lead_in():
    assert find_lead_colon("see also TNA, FO 371/1") is None
