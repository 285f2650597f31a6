"""A work cited again by its author's surname and a short title alone, with no page (Chicago's and MHRA's short
form, `Kennedy, Rise and Fall of the Great Powers.`), is a literature citation of the work cited before; a remark of
the same shape, or a title no earlier reference of that author opens with, is none."""

from conftest import cite


def _cited(*texts: str):
    return cite(*texts).citations


FULL = "P. Kennedy, The Rise and Fall of the Great Powers (London, 1988), p. 12."


def test_an_author_and_the_first_words_of_a_title_cited_before_are_a_citation_of_that_work():
    cited = _cited(FULL, "Kennedy, Rise and Fall of the Great Powers.")
    assert cited[["note_no", "kind", "ref_of"]].values.tolist() == [["1", "literature", ""], ["2", "literature", "1:1"]]


def test_a_title_whose_short_form_leaves_out_commas_and_small_words_is_the_same_work():
    cited = _cited("Michel Foucault, Sécurité, territoire, population. Cours au Collège de France, 1977–1978 (Paris: "
                   "Gallimard, 2004), 12.", "Foucault, Sécurité, territoire et population.")
    assert cited.kind.tolist() == ["literature", "literature"]


def test_a_remark_opening_with_a_cited_authors_name_is_no_citation():
    assert _cited(FULL, "Kennedy, however, disagrees.").note_no.tolist() == ["1"]


def test_an_authors_other_title_never_cited_is_no_citation():
    assert _cited(FULL, "Kennedy, Preparing for the Twenty-First Century.").note_no.tolist() == ["1"]
