"""Where a reference names the note a work was cited in: in brackets, or after a lead word (`supra`, `oben`), in any case."""

from histkit.citations.shortrefs import note_reference


def test_a_note_named_in_brackets_after_a_word():
    assert note_reference("Qarvo, Titel (Fn. 3), 12").group("note") == "3"


def test_a_note_named_after_a_lead_word_in_capitals():
    assert note_reference("QARVO, SUPRA NOTE 14, AT 5").group("note") == "14"


def test_a_lead_word_inside_another_word_names_no_note():
    assert note_reference("Qarvo, Nosupra note 14") is None
