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


MILLINGTON = "R. Millington, State, Society and Memories of the Uprising of 17 June 1953 in the GDR (Basingstoke, 2014), p. 123."
EISENFELD = ("B. Eisenfeld, I.-S. Kowalczuk and E. Neubert, Die verdrängte Revolution: der Platz des 17. Juni 1953 in der "
             "deutschen Geschichte (Bremen, 2004), pp. 313–14.")


def test_a_short_title_with_commas_and_its_page_is_the_work_cited_before():
    refs = cite(MILLINGTON, "Millington, State, Society and Memories, p. 124.").references
    again = refs[refs.note_no == "2"].iloc[0]
    assert (again.authors, again.title, again.pages, again.ref_of) == (
        "Millington", "State, Society and Memories", "p. 124", "1:1")


def test_several_authors_of_a_short_form_are_told_from_its_title_by_the_reference_cited_before():
    refs = cite(EISENFELD, "Eisenfeld, Kowalczuk and Neubert, Die verdrängte Revolution, pp. 12–14.").references
    again = refs[refs.note_no == "2"].iloc[0]
    assert (again.authors, again.title, again.ref_of) == ("Eisenfeld, Kowalczuk and Neubert", "Die verdrängte Revolution", "1:1")


def test_a_short_title_with_the_word_cit_and_its_pages_is_the_work_cited_before():
    cited = _cited("M. Weber, Die protestantische Ethik und der Geist des Kapitalismus (Tübingen 1920), pp. 1-206.",
                   "Weber, Die protestantische Ethik, cit., pp. 203 e 204")
    assert cited[["kind", "ref_of"]].values.tolist() == [["literature", ""], ["literature", "1:1"]]


def test_a_short_title_followed_by_prose_is_no_repeat_of_that_work():
    cited = _cited(MILLINGTON, "Millington, State, Society and Memories, p. 124, has found more letters.")
    assert cited[cited.note_no == "2"].ref_of.tolist() in ([], [""])
