"""What stands around a quoted title: an et al. set off by its own comma before it, a subtitle set after its closing
mark before the book it is in, and a rule of dashes standing for the author of the reference before."""

from __future__ import annotations

from conftest import cite

from histkit.citations import parse_reference


def test_et_al_with_a_comma_of_its_own_closes_the_authors_before_a_quoted_title():
    ref = parse_reference('L.L. Bean, et al., "The Mormon Historical Demography Project", Historical Methods 11 '
                          '(1978), 45-53.')
    assert (ref["title"], ref["container"], ref["volume"]) == \
        ("The Mormon Historical Demography Project", "Historical Methods", "11")


def test_a_subtitle_after_the_closing_quote_belongs_to_the_title_not_the_book():
    ref = parse_reference("D. Conte, «Spazzare il cuore con la scopa». Crisi dell’individuo e fascismo nel Doctor "
                          "Faustus, in Viandante nel Novecento, Roma 2001, pp. 159-190.")
    assert (ref["title"], ref["container"]) == \
        ("Spazzare il cuore con la scopa. Crisi dell’individuo e fascismo nel Doctor Faustus", "Viandante nel Novecento")


def test_a_rule_of_underscores_for_the_author_names_the_author_before():
    refs = cite("Brian Christopher Jones, “Drafting Proper Short Titles” (2012) 33 Statute Law Review 1.",
                "__________, “SCOTUS Short Title Turmoil” (2013) 32 Yale Law & Policy Review Inter Alia 25.").references
    assert refs[refs.note_no == "2"].authors.tolist() == ["Brian Christopher Jones"]
