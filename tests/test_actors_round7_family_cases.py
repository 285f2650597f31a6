"""A family name of several words (an alias that ends the name: Bengali `আইয়ুব খান` of `মোহাম্মদ আইয়ুব খান`; mention
round 7) takes its case endings as a whole. A small text written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def test_a_family_name_of_two_words_with_a_case_ending_is_a_mention():
    table = act.find_mentions(body_layout("আইয়ুব খানের সরকার পড়ে যায়"),
                              authority(("a", "মোহাম্মদ আইয়ুব খান", "person", "আইয়ুব খান")))
    assert table.surface.tolist() == ["আইয়ুব খানের"]
