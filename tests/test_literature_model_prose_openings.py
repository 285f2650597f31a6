"""The model's readings of a sentence of prose are not used: a one-word "author" with a verb after it, or a title
that is a long clause opening with a one-letter article."""

from histkit.literature.usable import usable_reading


def _reading(authors: str, title: str, raw: str) -> dict:
    return {"confidence": 0.99, "authors": authors, "title": title, "year": "", "place": "", "raw": raw}


def test_sentence_opening_with_a_pronoun_and_its_verb_is_not_used():
    raw = "It has, however, been argued that, after the publication of his 1887 book, his outlook changed."
    assert not usable_reading(_reading("It", "his outlook changed", raw), 0.5)


def test_name_followed_by_a_long_clause_opening_with_an_article_is_not_used():
    raw = "Herbert Lübbers, a paid Gestapo informant who was in on the secret operation, was not mentioned."
    assert not usable_reading(_reading("Herbert Lübbers", "a paid Gestapo informant who was in on the secret", raw), 0.5)


def test_author_and_short_title_opening_with_an_article_is_used():
    assert usable_reading(_reading("J. Doe", "a history of Europe", "J. Doe, a history of Europe"), 0.5)
