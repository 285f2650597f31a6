"""Editions of sources cited by their series' siglum and volume (`MGH SS 16`, `PL 182`, `WA 10/1`): the siglum's
list is `reference_words.csv`, kind ``edition_series``."""

import pytest

from histkit.citations.editionseries import read_edition_series
from histkit.citations.references import is_literature, parse_reference


@pytest.mark.parametrize("text, fields", [
    ("Annales Pegavienses, MGH SS 16, p. 258.", {"title": "Annales Pegavienses", "container": "MGH SS", "volume": "16",
                                                 "pages": "p. 258"}),
    ("Augustine, Sermones, sermo 105, PL 38, col. 620.", {"authors": "Augustine", "title": "Sermones", "volume": "38",
                                                          "pages": "col. 620"}),
    ("Annales Stadenses, ed. K. F. Wendelin, MGH SS 16 (Hanover, 1859), p. 340.",
     {"authors": "K. F. Wendelin", "editors": "K. F. Wendelin", "title": "Annales Stadenses", "place": "Hanover",
      "year": "1859"}),
    ("ders., Kirchenpostille (1522), WA 10/1, 23 f.", {"authors": "ders.", "title": "Kirchenpostille", "volume": "10/1",
                                                       "pages": "23 f."}),
])
def test_text_cited_by_its_series_siglum_is_read(text, fields):
    ref = {}
    assert read_edition_series(text, ref)
    assert {key: ref[key] for key in fields} == fields


def test_series_siglum_citation_is_literature_and_parsed():
    text = "Bernard of Clairvaux, Epistolae, ep. 399, PL 182, col. 612."
    assert is_literature(text)
    ref = parse_reference(text)
    assert (ref["title"], ref["volume"], ref["container"]) == ("Epistolae", "182", "PL")


@pytest.mark.parametrize("text", ["Geoff Eley, Forging Democracy, Oxford, 2002, p. 12",
                                  "TNA, PL 14/2, m. 3", "Smith, Title, PL, 182"])
def test_no_series_siglum_and_volume_no_edition_reading(text):
    assert not read_edition_series(text, {})
