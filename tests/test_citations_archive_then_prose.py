"""A citation that names an archive no list holds inside it, its unit followed by the document's day, is archival;
and a sentence of prose after it in the same note is commentary, not part of the citation."""

from conftest import cite

CITED = "Great Yarmouth Gaol Registers, December 1838–December 1850, Norfolk Record Office, Y/L2 9, 11 November 1839."


def test_an_unknown_archive_named_inside_before_a_unit_and_its_day_is_an_archival_citation():
    row = cite(CITED).citations.iloc[0]
    assert (row.kind, row.archive) == ("archival", "Norfolk Record Office")


def test_prose_after_the_citations_full_stop_is_left_out_of_it():
    cited = cite(CITED + " NRO holds the gaol’s surviving papers.").citations
    assert cited[["kind", "raw"]].values.tolist() == [["archival", CITED]]
