"""The lead-word scans' quick look-ahead (`leads._LEAD_START`) stays on: every lead word opens with letters.

An alternative of `LEAD_WORDS` that opens with a group (`(?:dazu|hierzu)(?=…)`) has no first letters, and the
look-ahead was then left empty, so `LEAD_INSIDE` tried every lead word after every space of a note.
"""

from histkit.citations import leads


def test_every_lead_word_alternative_opens_with_letters():
    assert all(leads.first_letters(leads.LEAD_WORDS))


def test_the_quick_look_ahead_of_the_lead_word_scans_is_not_empty():
    assert leads._LEAD_START != "(?=)"
    assert leads._LEAD_START in leads.LEAD_INSIDE.pattern


def test_dazu_and_hierzu_are_lead_words_only_before_a_qualifying_word():
    assert leads.LEAD_PLAIN.match("Dazu etwa Ingrid Lauterbach, Titel").group() == "Dazu etwa "
    assert leads.LEAD_PLAIN.match("hierzu kritisch Müller, Titel").group() == "hierzu kritisch "
    assert leads.LEAD_PLAIN.match("Dazu Müller, Titel") is None
