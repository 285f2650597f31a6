"""The social sciences' author–date houses in notes: Harvard (no stop after the date), the German colon, Chicago's
forenames and bare year, a body before its year, and short forms of three names or with `et al.` and `f.`."""

import pytest

from histkit.citations import parse_reference, split_citations


@pytest.mark.parametrize("raw, fields", [
    ("Hughes, R. and Patel, S. (2012) 'Planning the new towns', Urban History, 39(2), pp. 301–322. doi: 10.1017/x.",
     {"authors": "Hughes, R. and Patel, S.", "title": "Planning the new towns", "container": "Urban History",
      "year": "2012", "volume": "39"}),
    ("Dale, M. (2001) 'Foremen', in Hill, J. and Vane, P. (eds) Work and Class. Leeds: Northern Press, pp. 10–30.",
     {"authors": "Dale, M.", "title": "Foremen", "container": "Work and Class", "year": "2001"}),
    ("Home Office (1971) Report on the Police Service. London: HMSO.",
     {"authors": "Home Office", "title": "Report on the Police Service", "year": "1971"}),
    ("Becker, Ulrike/Stahl, Karl (1999): Arbeit und Milieu. In: Soziale Welt 50 (3), S. 201–222.",
     {"authors": "Becker, Ulrike/Stahl, Karl", "title": "Arbeit und Milieu", "container": "Soziale Welt", "year": "1999",
      "volume": "50", "issue": "3", "pages": "S. 201–222"}),
    ("Bundesministerium für Arbeit (Hrsg.) (1962): Die Lage der Rentner. Bonn: Selbstverlag.",
     {"authors": "Bundesministerium für Arbeit", "year": "1962"}),
    ('Okafor, Grace, and Lena M. Weiss. 2010. "Credit and Kin." Journal of Economic History 70 (2): 301–29.',
     {"authors": "Okafor, Grace, and Lena M. Weiss", "title": "Credit and Kin", "container": "Journal of Economic History",
      "year": "2010", "volume": "70", "issue": "2", "pages": "301–29"}),
    ('Ruiz, Tomás. 2003. "Tariffs." In The Trade Question, edited by Ann B. Cole, 55–80. Boston: Beacon.',
     {"authors": "Ruiz, Tomás", "title": "Tariffs", "container": "The Trade Question", "editors": "Ann B. Cole",
      "year": "2003", "pages": "55–80"}),
    ("International Labour Office. 1931. Unemployment Insurance. Geneva: ILO.",
     {"authors": "International Labour Office", "title": "Unemployment Insurance", "year": "1931"}),
])
def test_house_reference_is_read_with_its_authors_and_year(raw, fields):
    ref = parse_reference(raw)
    assert {k: ref[k] for k in fields} == fields


@pytest.mark.parametrize("raw, fields", [
    ("Okafor, Weiss, and Ruiz 2010, 18", {"authors": "Okafor, Weiss, and Ruiz", "year": "2010", "pages": "18"}),
    ("Becker et al. 1999: 45", {"authors": "Becker et al.", "year": "1999", "pages": "45"}),
    ("Becker 1999: 45 f.", {"authors": "Becker", "year": "1999", "pages": "45"}),
])
def test_short_form_of_three_names_et_al_or_following_pages_is_read(raw, fields):
    ref = parse_reference(raw)
    assert {k: ref[k] for k in fields} == fields


def test_short_forms_of_three_names_and_et_al_are_citations_not_lead_ins():
    note = "Dale 2001: 12; Okafor, Weiss, and Ruiz 2010, 18; cf. Becker et al. 1999: 45."
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == [
        "Dale 2001: 12", "Okafor, Weiss, and Ruiz 2010, 18", "Becker et al. 1999: 45."]


def test_a_place_and_an_archive_before_a_year_are_no_short_form_of_two_names():
    assert [s.role for s in split_citations("Oslo, Riksarkivet 1950: 12")] != ["citation"] or \
        parse_reference("Oslo, Riksarkivet 1950: 12")["authors"] != "Oslo, Riksarkivet"
