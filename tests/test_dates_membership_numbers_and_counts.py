"""A member's number in a party or society, and a count of members, are no years (the date rounds' rule 137)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))["surface"].tolist()


def test_a_membership_number_after_its_word_is_no_year():
    assert _surfaces("He joined in 1931 with membership number 1917; the register lists Kloos as lidnummer 1884.\n") \
        == ["1931"]


def test_a_number_of_members_is_a_count():
    assert _surfaces("By 1932 the league had some 1500 members; the union counted 1870 Mitglieder in 1900.\n") \
        == ["1932", "1900"]
