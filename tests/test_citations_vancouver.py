"""The numbered (Vancouver) house of medicine and social policy: names with bare initials, the year after the title."""

import pytest

from histkit.citations import parse_reference, split_citations


@pytest.mark.parametrize("raw, fields", [
    ("Abbott R, Baird K, Cole T. Fever hospitals in Scottish burghs, 1880–1914. Soc Hist Med. 2003;16(2):211-29.",
     {"authors": "Abbott R, Baird K, Cole T", "title": "Fever hospitals in Scottish burghs, 1880–1914",
      "container": "Soc Hist Med", "year": "2003", "volume": "16", "issue": "2", "pages": "211-29"}),
    ("Dunne P. The dispensary doctor. Galway: Arlen Press; 1994. p. 12-19.",
     {"authors": "Dunne P", "title": "The dispensary doctor", "place": "Galway", "publisher": "Arlen Press",
      "year": "1994", "pages": "12-19"}),
    ("Quinn M. Nursing the poor. In: Daly J, Ryan K, editors. Care and charity. Cork: Atrium; 2010. p. 40-62.",
     {"authors": "Quinn M", "title": "Nursing the poor", "container": "Care and charity", "year": "2010"}),
    ("Ministry of Health. Report on the cottage hospitals. London: HMSO; 1931.",
     {"authors": "Ministry of Health", "title": "Report on the cottage hospitals", "year": "1931"}),
    ("Moran S, Walsh T. Vaccination refused. Med Hist. 2021 Jun 4. doi:10.1017/mdh.2021.9.",
     {"authors": "Moran S, Walsh T", "container": "Med Hist", "year": "2021"}),
])
def test_vancouver_reference_is_read_by_its_names_title_and_year(raw, fields):
    ref = parse_reference(raw)
    assert {k: ref[k] for k in fields} == fields


def test_vancouver_imprint_semicolon_before_the_year_cuts_no_citation():
    note = "Dunne P. The dispensary doctor. Galway: Arlen Press; 1994; Abbott R. Fevers. Med Hist. 2003;16(2):211-29."
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == [
        "Dunne P. The dispensary doctor. Galway: Arlen Press; 1994", "Abbott R. Fevers. Med Hist. 2003;16(2):211-29."]


def test_a_town_and_a_year_opening_a_title_is_no_vancouver_body():
    assert parse_reference("Paris 1968. Le mois de mai. Paris: Seuil; 1978.")["authors"] != "Paris 1968"
