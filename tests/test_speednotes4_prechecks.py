"""A pattern the notes stage tries at every character is asked only of a text its pre-check lets through (issue 11:
the notes stage's first build, no output changed). Each pre-check is implied by its pattern: a text the pattern
matches in passes it."""

import itertools

import pytest

from histkit.citations import corporate, editions, references
from histkit.citations.editions import edition_anchors, without_edition_statement
from histkit.citations.references import without_editor_mark
from histkit.citations.words import forms
from histkit.ignorecase import may_match

_EDITION_KINDS = ("edition", "first_edition", "edition_after", "edition_word")


def _edition_statements():
    """Every edition word of the lists after an ordinal, in the case it is listed in, in capitals and in small letters."""
    for form in sorted({f for kind in _EDITION_KINDS for f in forms("reference_words.csv", kind)}):
        for written, ordinal in itertools.product((form, form.upper(), form.lower()), (", 2nd ", " 3. ", ", 2e ", ", 2-ci ")):
            yield f"Name, Title{ordinal}{written}, Place 1990"


def test_every_edition_statement_the_pattern_cuts_passes_the_anchor_check():
    matched = [text for text in _edition_statements() if editions._EDITION.search(text)]
    assert len(matched) > 200  # (most forms after most ordinals: the check is asked of real matches)
    assert all(may_match(edition_anchors(), text) for text in matched)


@pytest.mark.parametrize("text", [
    "Eley, Forging Democracy, 2nd edn, Oxford 2002", "Kovač, Naslov, 3. dopolnjena izdaja, Ljubljana 1990",
    "Name, Titel, 2. AUFL., Berlin 1990", "Nom, Titre, 2e ÉD., Paris 1990", "TNA, FO 371/107832, 12 March 1953",
    "AJ, 507, IX, 9/I-12", "Name, Title, 12 eds, 1990", "Bursa, 2. baskı, 1990",
])
def test_the_edition_statement_is_cut_as_the_pattern_cuts_it(text):
    assert without_edition_statement(text) == editions._EDITION.sub("", text)


@pytest.mark.parametrize("text", [
    "Bernd Faulenbach (Hrsg.), Titel, Essen 1992", "Ivo Perić (ur.), Naslov, Zagreb 1990", "A. Rossi (a cura di), Titolo",
    "Name (ed), Title", "TNA, FO 371/1", "Name, Title (London, 1990), 12", "Name (ED.), Title",
])
def test_the_editor_mark_is_cut_as_the_pattern_cuts_it(text):
    expected = references._EDITOR_MARK.sub("", text)
    assert without_editor_mark(text) == expected
    assert references._EDITOR_MARK.search(text) is None or "(" in text


@pytest.mark.parametrize(("text", "named"), [
    ("Ministry of Agriculture and Fisheries, Report, London 1950", True),
    ("Government and Society, Title, 1990", False),
    ("Colony and Protectorate of Nigeria, Report, Lagos 1950", True),
])
def test_a_bodys_name_is_told_by_the_patterns_built_once(text, named):
    found = corporate._head().match(text)
    assert found is not None and corporate._named(found) is named
    assert corporate._name_patterns() is corporate._name_patterns()
