"""A reference that follows a phrase of prose with no lead word and no punctuation before it (`Zur Rolle der
Kunstkritik Michael Fried, Absorption and Theatricality, Berkeley 1980`) is cut from the prose and cited; a name
after an editor's `hg. von`, inside a list of persons or before a clause is not a reference's author."""

import pytest

from histkit.citations.splitter import split_citations
from histkit.citations.topicref import reference_in_prose


def test_a_reference_after_a_topic_phrase_is_cited_apart_from_it():
    note = "Zur Rolle der Versunkenheit in der Kunstkritik des Jahrhunderts Michael Fried, Absorption, Berkeley 1980."
    assert [(s.role, s.raw.strip()) for s in split_citations(note)] == [
        ("commentary", "Zur Rolle der Versunkenheit in der Kunstkritik des Jahrhunderts"),
        ("citation", "Michael Fried, Absorption, Berkeley 1980.")]


def test_the_reference_may_be_followed_by_more_prose_after_a_word_for_and():
    note = ("zu den Kalendern der kleinen Territorien Thomas Weber, Kalender und Staat, Berlin 1990, und zu den "
            "Zeitungen der Zeit")
    assert note[reference_in_prose(note):].startswith("Thomas Weber, Kalender und Staat, Berlin 1990")


@pytest.mark.parametrize("note", [
    "übersetzt und hg. von James Spedding, The Works of Francis Bacon, London 1863",  # an editor
    "mit Beiträgen von Anna Roth und Michael Kranz, Die Stadt im Krieg, Berlin 1990",  # persons listed
    "ich danke für ihre Hinweise Anna Roth, Thomas Weber, Michael Kranz und allen anderen",  # persons listed
    "so beruft er sich auf seinen Vorgänger Franz Weber, mit dem er sich identifiziert, Berlin 1990",  # a clause
    "zur Rolle der Versunkenheit in der Kunstkritik Versailles, Absorption, Berkeley 1980",  # no first name
])
def test_a_name_that_is_no_authors_is_not_cut_out(note):
    assert reference_in_prose(note) is None


def test_the_prose_before_a_reference_that_opens_a_sentence_is_searched_for_references_again():
    note = ("Zur materialistischen Perspektive der Medientheorie Friedrich Weber, Schreibsysteme 1800/1900 (1985). "
            "Umfassend zur Korrelation von Medien und Recht Thomas Kranz, Die Medien des Rechts I-IV (2015). "
            "On the materialist perspective of media theory, Friedrich Weber, Writing Systems (1997).")
    cited = [s.raw.strip() for s in split_citations(note) if s.role == "citation"]
    assert cited == ["Friedrich Weber, Schreibsysteme 1800/1900 (1985).",
                     "Thomas Kranz, Die Medien des Rechts I-IV (2015).", "Friedrich Weber, Writing Systems (1997)."]


def test_a_sentence_closed_by_a_quotation_mark_before_its_stop_ends_before_a_reference_by_two_persons():
    note = ("Il a toujours défendu cette idée de «la nature du peuple». "
            "P. Roux et F. Marchand, Histoire des idées politiques, Paris 1992.")
    cited = [s.raw.strip() for s in split_citations(note) if s.role == "citation"]
    assert cited == ["P. Roux et F. Marchand, Histoire des idées politiques, Paris 1992."]
