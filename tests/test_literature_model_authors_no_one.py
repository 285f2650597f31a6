"""A reading of the learned model whose authors are a document's symbol (`UN/FCCC/CP`) or a date (`March 2017`) names
no reference: the merge leaves it out."""

from histkit.literature.usable import usable_reading


def _reading(authors, title, year):
    return {"confidence": 0.9, "authors": authors, "title": title, "year": year, "place": "", "raw": f"{authors}, {title}"}


def test_a_document_symbol_read_as_the_authors_is_no_reference():
    assert not usable_reading(_reading("UN/FCCC/CP", "", "2009"), 0.5)


def test_a_date_read_as_the_authors_is_no_reference():
    assert not usable_reading(_reading("March 2017", "AAMAC has blacklisted four fund management firms", "2017"), 0.5)


def test_authors_joined_by_a_slash_are_still_persons():
    assert usable_reading(_reading("Bähr/Brunner", "Arbeitsrecht", "2019"), 0.5)
