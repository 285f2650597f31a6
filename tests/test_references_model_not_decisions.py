"""The learned reader learnt literature only: its reading of a court decision or a statute that no rule took (a
decision named by its court and day, a directive) is no reference."""

from conftest import cite


def test_a_decision_the_learned_reader_takes_for_a_reference_is_left_out_of_the_references():
    refs = cite("In EU civil judicial cooperation there is no margin of appreciation in the assessment of jurisdiction: "
                "Court of Justice, Grand Chamber, judgment of 1 March 2005, Owusu, case C-281/02.").references
    assert refs.empty
