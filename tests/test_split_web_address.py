"""A web address's colon in a note cuts nothing: `https:` is no lead-in (notes that cite web pages, as SciELO's do)."""

from histkit.citations.splitter import split_citations


def test_a_lead_word_before_a_web_address_does_not_make_its_scheme_a_lead_in():
    note = "Esses autores são citados no site da livraria, ver mais em <https://www.livrariamaraca.com.br/autores/>"
    assert [s.raw for s in split_citations(note)] == [note]


def test_a_lead_in_with_its_colon_is_still_cut_before_the_citation():
    assert [(s.role, s.raw) for s in split_citations("Ver: AN, F7 1234.")] == [("lead-in", "Ver: "),
                                                                                ("citation", "AN, F7 1234.")]
