"""`Khan` closing a South Asian name is an honour, no family name: the person is named by the words before it, in
their cases (Bengali `আইয়ুবের`, Urdu `ایوب`; mention round 7). Small texts written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def found(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_the_words_before_khan_name_the_person_in_their_cases():
    assert found("আইয়ুবের মৌলিক গণতন্ত্র; ইয়াহিয়ার সেনাবাহিনী",
                 ("a", "মোহাম্মদ আইয়ুব খান", "person", "আইয়ুব খান"),
                 ("y", "আগা মোহাম্মদ ইয়াহিয়া খান", "person", "ইয়াহিয়া খান")) == ["আইয়ুবের", "ইয়াহিয়ার"]
    assert found("ایوب جیت تو گئے۔", ("a", "محمد ایوب خان", "person", "ایوب خان")) == ["ایوب"]

