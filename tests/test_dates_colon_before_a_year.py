"""A colon after a word in small letters or after a heading's label and number leads into a year; after a volume's
number or a code it still leads into a page or a series' number (the date rounds' rules 138 and 141)."""

from histkit.dates import find_dates
from histkit.dates.colons import leads_into_a_year


def _surfaces(text):
    return [d.surface for d in find_dates(text)]


def test_a_chronology_run_into_a_sentence_after_a_colon_gives_each_year():
    assert _surfaces("The calendar ran: 1903 — foundation; 1905 — first imprisonments.") == ["1903", "1905"]


def test_a_headings_label_and_number_before_a_colon_lead_into_its_title_year():
    assert _surfaces("Chapitre IV : 1848 et après") == ["1848"]
    assert _surfaces("Chapter 3: 1914–1918") == ["1914–1918"]


def test_a_volumes_number_before_a_colon_still_leads_into_a_page():
    assert _surfaces("Past and Present 45: 1921–1930") == []
    assert not leads_into_a_year("vol. IV: 1921", 9)


def test_a_locators_word_or_a_code_before_a_colon_still_numbers():
    assert not leads_into_a_year("fol: 1921", 5)
    assert not leads_into_a_year("NAA: 1838", 5)
