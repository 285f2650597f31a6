"""A numbered section heading with a comma (`1. Two leaders, one army`) is a heading, not note 1.

A heading stands between blank lines, is short and ends without a full stop; the note with its number
comes later, among the notes, where the number runs on (1, 2, 3). A note that is only a short line with a
comma (`1 AJ, 507, 12`) stays a note.
"""

from conftest import layout_of, notes_by_no

ARTICLE = """Journal of Things 12 (2020)

Two Armies

Anna Author

1. Two leaders, one army

 The war began in 1940.1 It ended soon after, as everyone knows
from the sources.2 The end came later.

2. The aftermath, briefly

 More text here about things.3

1 AJ, fond 507, f. 12.
2 Ibid., f. 13.
3 See Smith, War (London, 1990), 12.
"""


def test_numbered_heading_with_a_comma_before_the_body_is_not_note_1():
    notes = notes_by_no(layout_of(ARTICLE))
    assert notes["1"].text.startswith("AJ, fond 507")


def test_numbered_heading_with_a_comma_between_paragraphs_is_not_a_note():
    notes = notes_by_no(layout_of(ARTICLE))
    assert notes["2"].text == "Ibid., f. 13."
    assert sorted(notes) == ["1", "2", "3"]


def test_a_heading_with_a_comma_between_paragraphs_is_a_heading():
    layout = layout_of(ARTICLE)
    assert [b.text for b in layout.blocks if b.zone == "heading"] == ["2. The aftermath, briefly"]


def test_a_short_note_with_a_comma_between_blank_lines_stays_a_note():
    text = ("Title of the Article\n\n The war began in 1940.1 It ended soon after, as everyone knows\n"
            "from the sources.2\n\n1 Smith, Lenin\n\n2 AJ, fond 507, f. 12.\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Smith, Lenin"
