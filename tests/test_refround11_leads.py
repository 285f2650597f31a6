"""The lead words of Hebrew, Georgian, Icelandic, Welsh and Belarusian notes (`ראו`, `იხ. აგრეთვე`, `sbr.`, `Gw.
hefyd`, `Пар.`, ``see_also.csv``) are cut off before the reference they open; `гл.` alone is not one (Russian `гл. ред.`,
chief editor)."""

from histkit.citations.archives import default_matcher
from histkit.citations.splitter import split_citations


def _roles(note: str) -> list:
    return [(seg.role, seg.raw) for seg in split_citations(note, default_matcher().copy())]


def test_a_welsh_lead_word_before_a_name_is_a_lead_in():
    assert _roles("Gw. hefyd Roberts, Hanes y pentref (Bangor, 1970), t. 4.")[0] == ("lead-in", "Gw. hefyd ")


def test_a_georgian_lead_word_before_a_colon_is_a_lead_in():
    roles = _roles("იხ. აგრეთვე: ლ. ჯაფარიძე, სოფლის მეურნეობა, ქუთაისი: ნაკადული, 1979, გვ. 8.")
    assert roles[0][0] == "lead-in" and roles[1][0] == "citation"


def test_a_hebrew_lead_word_before_a_colon_is_a_lead_in():
    roles = _roles('ראו: אהרן לוי, תולדות הכפר, חיפה תשל"ב (1972), עמ\' 12.')
    assert [role for role, _ in roles] == ["lead-in", "citation"]
