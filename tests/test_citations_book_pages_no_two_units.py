"""A book's pages joined by a word for "and" (`…, Frankfurt/M: Suhrkamp 1992, S. 159 u. 152`) are one citation's
pages, not two units of a holding: the citation is read once (it had been given twice, one row per page)."""

from histkit import Document, build_tables


def _citations(note: str):
    return build_tables([Document.from_text(f"Body.1\n\n1 {note}\n", doc_id="d")])["citations"]


def test_a_books_two_pages_give_one_citation():
    cited = _citations("Gilles Deleuze, Foucault, Frankfurt/M: Suhrkamp 1992, S. 159 u. 152.")
    assert cited[["kind", "pages"]].values.tolist() == [["literature", "S. 159 u. 152"]]


def test_an_archives_two_dossiers_give_two_citations():
    cited = _citations("AN, F7 13245, dossiers 4513 et 4514, 3 mai 1920.")
    assert cited.unit.tolist() == ["13245, dossier 4513", "13245, dossier 4514"]
