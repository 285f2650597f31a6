"""A chapter's container with an editor in initials (`in J.-P. Roy (dir.), Titre, …`): where the model labels the words
between the chapter's title and the book's title ``out``, the book's title continues the chapter's reference; a title
after a `;` or a new sentence still begins another."""

from histkit.literature.read import references_of
from histkit.literature.tokens import tokenize


def test_book_title_after_in_and_editor_continues_the_chapter():
    text = "J.-L. Sarrazin, « Les juristes », in J.-P. Roy (dir.), Droit et société, Paris, 1998."
    labels = (["B-author"] + ["author"] * 5 + ["other", "other", "title", "title"] + ["out"] * 14
              + ["B-title", "title", "title", "other", "place", "other", "year", "out"])
    assert len(labels) == len(tokenize(text))
    refs = references_of(text, labels)
    assert [(r["authors"], r["title"], r["year"]) for r in refs] == [("J.-L. Sarrazin", "Les juristes", "1998")]


def test_a_title_after_a_semicolon_and_in_begins_another_reference():
    text = "Rebhahn, Tarif, 61; in Griechenland anders, Vgl Bauer, EuZA 2010, 67."
    labels = (["B-author", "other", "title", "other", "pages"] + ["out"] * 8
              + ["B-title", "year", "other", "pages", "out"])
    assert len(labels) == len(tokenize(text))
    assert len(references_of(text, labels)) == 2
