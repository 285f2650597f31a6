"""A lead-in of two words or more from `reference_words.csv` (`for instance`, `per esempio`, `z. B.`) inside a sentence,
before a reference, parts the prose from the reference as `see` and `vgl.` do; one word's abbreviation printed in a
code's capitals (`MICH. COMP. LAWS`) does not."""

import pytest

from histkit.citations import split_citations


@pytest.mark.parametrize("lead", ["for instance", "per esempio", "z. B."])
def test_a_lead_phrase_inside_a_sentence_cuts_the_reference_after_it(lead):
    note = (f"On the wider debate within the relevant context {lead} Schupisser, Judging Climate Change: A Comparative "
            f"Analysis, Global Europe 124 (2023) 43 ff.")
    pieces = [(s.role, s.raw) for s in split_citations(note)]
    assert pieces[-1] == ("citation", "Schupisser, Judging Climate Change: A Comparative Analysis, Global Europe 124 "
                                      "(2023) 43 ff.")


def test_a_codes_abbreviation_in_capitals_is_no_lead():
    assert [s.raw for s in split_citations("MICH. COMP. LAWS § 380.1166 (2021).")] == ["MICH. COMP. LAWS § 380.1166 (2021)."]
