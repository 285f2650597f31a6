"""A lead phrase between commas after the lead word (`Si veda, per tutti, …`, `voir, entre autres, …`) is cut off
the reference too, so the book after it is read as literature with its authors."""

from conftest import cite


def test_a_lead_phrase_after_the_lead_word_leaves_the_book_a_literature_citation():
    citations = cite("Si veda, per tutti, Carla Bensi, Dall'armistizio alla pace, Udine, Del Bianco, 1968.").citations
    assert citations.kind.tolist() == ["literature"]
