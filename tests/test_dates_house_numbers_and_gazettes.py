"""A house's number is no year (`1712 G Street`, `Kalverstraat 1672`), nor is a German gazette's volume year before
its part and page (`BGBl. 1951 I, S. 739`): the date rounds' rules 60 and 124."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [r[0] for r in table[["surface"]].values.tolist()]


def test_a_house_number_before_its_street_or_after_a_street_s_name_is_no_year():
    assert _table("The Board's offices stood at 1712 G Street from 1936.") == ["1936"]
    assert _table("Sinds 1946 zit de winkel op Kalverstraat 1672.") == ["1946"]


def test_a_year_before_a_capitalised_word_that_is_no_street_stays():
    assert _table("In 1848 Street fighting spread to Vienna.") == ["1848"]


def test_a_gazette_s_year_before_its_part_and_page_is_no_year():
    assert _table("Das Gesetz vom 12. Mai 1951 (BGBl. 1951 I, S. 739) trat in Kraft.") == ["12. Mai 1951"]
