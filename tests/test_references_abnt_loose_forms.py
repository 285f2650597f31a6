"""ABNT references as Brazilian law journals print them loosely: initials without spaces between authors joined
by `;`, `JR.` after a surname, pages `352 e 611`, a chapter's range before its `In:`, and a comma (not a colon)
between the place and the publisher."""

from histkit.citations.references import parse_reference


def _read(raw):
    ref = parse_reference(raw)
    return {key: value for key, value in ref.items() if value and key != "script"}


def test_initials_without_spaces_keep_two_authors_joined_by_a_semicolon_together():
    ref = _read("WRASSE, H.P.; DORNELLES, G.D. Fórum múltiplas portas. In: SPENGLER, F.M. (org.). Do conflito à "
                "solução adequada. Santa Cruz do Sul: Essere nel Mondo, 2015.")
    assert ref["authors"] == "WRASSE, H.P.; DORNELLES, G.D."
    assert ref["title"] == "Fórum múltiplas portas"


def test_a_chapters_range_before_its_in_is_its_pages_not_its_title():
    ref = _read("MORI, A. H. Princípios gerais, p. 176-195. In: GUNTHER, L. E. (org.). Conciliação. Curitiba: Juruá, 2013.")
    assert (ref["title"], ref["pages"], ref["container"]) == ("Princípios gerais", "p. 176-195", "Conciliação")


def test_pages_joined_by_e_end_the_reference():
    ref = _read("ALEXY, R. Teoria dos direitos fundamentais. Tradução Virgílio Afonso da Silva. São Paulo: Malheiros, "
                "2008, p. 352 e 611.")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("ALEXY, R.", "Teoria dos direitos fundamentais", "p. 352 e 611")


def test_a_comma_between_place_and_publisher_and_editors_without_their_role():
    ref = _read("DIDIER JR., F.; ZANETTI JR., H. Justiça multiportas e tutela. In: ZANETTI JR., H.; CABRAL, T. N. X. "
                "Justiça multiportas. Salvador, Juspodivm, 2016, p. 36.")
    assert ref["authors"] == "DIDIER JR., F.; ZANETTI JR., H."
    assert (ref["container"], ref["place"], ref["publisher"], ref["year"]) == (
        "Justiça multiportas", "Salvador", "Juspodivm", "2016")
    assert ref["editors"] == "ZANETTI JR., H.; CABRAL, T. N. X."


def test_a_whole_abnt_reference_opening_a_sentence_after_commentary_is_cut_off_and_read():
    from histkit.citations.splitter import split_citations
    note = ("Mais sobre essa temática encontra-se em HALLAK, E. Impedimentos, p. 169-178. ALMEIDA, D.A.R.; PELAJO, S. "
            "A mediação no novo código de processo civil. Rio de Janeiro: Forense, 2015.")
    cited = [s.raw for s in split_citations(note) if s.role == "citation"]
    assert cited[-1] == "ALMEIDA, D.A.R.; PELAJO, S. A mediação no novo código de processo civil. Rio de Janeiro: Forense, 2015."
