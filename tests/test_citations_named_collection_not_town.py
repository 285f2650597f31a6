"""A named collection of papers between an archive and its call number is no town to skip: `Eden Papers`."""

from histkit.citations.archives import default_matcher
from histkit.citations.holdings import parse_archival


def test_a_collection_of_papers_before_its_call_number_is_kept_as_the_fond():
    text = "Cadbury Research Library, University of Birmingham, Eden Papers, AP 20/9/12."
    archive, end = default_matcher().match(text)
    row = parse_archival(text, archive, end)
    assert (row["fond"], row["unit"]) == ("Eden Papers", "AP 20/9/12")


def test_a_town_before_a_fond_is_still_skipped():
    text = "Archivio di Stato di Milano, Milano, Tribunale penale, b. 12, fasc. 3."
    archive, end = default_matcher().match(text)
    assert parse_archival(text, archive, end)["fond"] != "Milano"
