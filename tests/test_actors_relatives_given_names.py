"""Relatives, colleagues and historians named with a given name `first_names.csv` lists and the actor never bore are
no mentions of the actor (`Randolph Churchill`, `Mathieu Dreyfus`, `Jenny Marx`, `Ulrike Windthorst`); small texts
written for each."""

import pytest
from conftest import found_mentions


@pytest.mark.parametrize("actor, text, family", [
    (("c", "Winston Churchill", "person", ""), "Churchill wrote. Randolph Churchill, then in Cairo, read it.", "Churchill"),
    (("d", "Alfred Dreyfus", "person", ""), "Dreyfus waited. Mathieu Dreyfus forwarded the letters.", "Dreyfus"),
    (("z", "Émile Zola", "person", ""), "Zola wrote. Alexandrine Zola sorted the replies.", "Zola"),
    (("m", "Karl Marx", "person", ""), "Marx left. Jenny Marx remembered it; so did Tobias Marx in 2030.", "Marx"),
    (("w", "Ludwig Windthorst", "person", ""), "Windthorst spoke. I thank Ulrike Windthorst for her help.", "Windthorst"),
    (("j", "Joseph Chamberlain", "person", ""), "Chamberlain spoke; Austen Chamberlain thought it a mistake.",
     "Chamberlain"),
])
def test_a_relative_by_a_listed_given_name_is_no_mention(actor, text, family):
    assert found_mentions(text, actor) == [(actor[0], family)]
