"""A text with a thousand notes and more: labels and calls of four digits, where the count of notes reaches them."""

import sys
from pathlib import Path

from conftest import layout_of, notes_by_no

sys.path.insert(0, str(Path(__file__).parent))
from adversarial import make  # noqa: E402


def _article(count: int, extra_note_line: str = "") -> str:
    body = "\n".join(f"The minister spoke of it.{k}" for k in range(1, count + 1))
    notes = "\n".join(f"{k} TNA, FO 371/{k}, Minute by Eden." for k in range(1, count + 1))
    return f"{body}\n\n{notes}\n{extra_note_line}"


def test_every_note_of_the_notes_shape_with_ten_thousand_notes_is_found():
    text = make("notes", 1_000_000)
    labels = [line.split(" ", 1)[0] for line in text.split("\n\n", 1)[1].splitlines() if line]
    assert len(labels) > 10_000
    assert [n.note_no for n in layout_of(text).notes] == labels


def test_note_one_thousand_follows_note_nine_hundred_ninety_nine():
    notes = notes_by_no(layout_of(_article(1002)))
    assert notes["1000"].text == "TNA, FO 371/1000, Minute by Eden."
    assert notes["1002"].text == "TNA, FO 371/1002, Minute by Eden."


def test_a_call_of_four_digits_is_linked_to_its_note():
    text = _article(1001)
    note = notes_by_no(layout_of(text))["1001"]
    assert text[note.marker_start - 6:note.marker_start + 4] == "of it.1001"


def test_a_year_at_a_line_start_after_a_thousand_notes_stays_in_the_note_before():
    notes = notes_by_no(layout_of(_article(1000, "1948 was the year the minister left.\n")))
    assert "1948" not in notes
    assert notes["1000"].text.endswith("1948 was the year the minister left.")


def test_a_label_of_four_digits_is_no_note_before_the_count_reaches_it():
    notes = notes_by_no(layout_of(_article(3, "1000 TNA, FO 371/1000, Minute by Eden.\n")))
    assert list(notes) == ["1", "2", "3"]
