"""A holding cited by its series code alone, no archive named (issue 11's held-out PDFs: a history of Tasmania's
convicts cites `Robert Harrod, 15914, per Theresa, 1845, CON33/1/67, CON14/1/29` some sixty times, and the 1841
census as `HO 107/793/1`; British diplomatic history `Minute by …, 3 May 1950, FO 371/86754`). Before, such a
citation was read as an author's work, left unparsed or given no row at all."""

from conftest import one_citation

from histkit.citations.seriescode import unnamed_series


def test_a_series_code_and_piece_with_no_archive_named_is_an_archival_citation():
    row = one_citation("Minute by Smith, 3 May 1950, FO 371/86754.")
    assert (row["kind"], row["archive"], row["fond"], row["unit"], row["title"], row["date_start"]) == \
        ("archival", "", "FO 371", "86754", "Minute by Smith", "1950-05-03")


def test_a_series_code_glued_to_its_number_is_one_too():
    row = one_citation("Robert Harrod, 15914, per Theresa, 1845, CON33/1/67.")
    assert (row["kind"], row["fond"], row["unit"]) == ("archival", "CON33", "1/67")


def test_a_census_piece_cited_alone_is_a_citation_not_a_remark():
    assert one_citation("1841 Census, HO 107/793/1.")["kind"] == "archival"


def test_a_courts_docket_number_of_the_same_shape_is_no_holding():
    dockets = ("Bundesgerichtshof, judgment of 29 January 2013, KZR 8/10.", "Glosse zum Urteil, III CZP 79/10.",
               "HCJ 5100/94 The Public Committee against Torture in Israel v. The State of Israel, 53 (4) PD 817.")
    assert [unnamed_series(text) for text in dockets] == [None, None, None]


def test_a_book_whose_note_cites_a_volume_after_a_slash_stays_literature():
    assert one_citation("E. Hobsbawm, The Age of Empire (London, 1987), 371/2.")["kind"] == "literature"
