"""Over-long lines are read in bounded windows: cut into blocks, reported, and no character lost."""

from conftest import layout_of

from histkit import build_tables
from histkit.layout.windows import LINE_LENGTH, WINDOW, windowed


def test_a_line_over_the_limit_is_cut_into_blocks_that_join_to_the_text():
    text = "x" * (LINE_LENGTH + 5_000) + "\n"
    blocks = layout_of(text).blocks
    assert max(len(b.raw) for b in blocks) <= WINDOW
    assert "".join(b.raw for b in blocks) == text
    assert [b.start for b in blocks[1:]] == [b.end for b in blocks[:-1]]


def test_a_window_is_cut_after_a_space_when_its_second_half_has_one():
    text = ("word " * 30_000) + "\n"
    blocks = layout_of(text).blocks
    assert all(b.raw.endswith(" ") for b in blocks[:-1])
    assert " ".join(b.text for b in blocks) == text.strip()


def test_each_piece_goes_on_in_the_next():
    blocks = layout_of("y" * (LINE_LENGTH + 1) + "\n").blocks
    assert [b.continued_in for b in blocks[:-1]] == [b.block_id for b in blocks[1:]]


def test_a_line_under_the_limit_stays_one_block_with_no_problem():
    layout = layout_of("z" * LINE_LENGTH + "\n")
    assert len(layout.blocks) == 1 and layout.warnings == []


def test_the_over_long_line_is_a_problem_row_naming_the_file_and_what_was_done(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_text("Intro.\n" + "q" * (LINE_LENGTH + 1) + "\n", encoding="utf-8")
    problems = build_tables([path]).problems
    row = problems[problems.stage == "layout"].iloc[0]
    assert row.path == str(path)
    assert row.message.startswith("line 2: the line holds 100,001 characters without a line break: it is read in 6 blocks")


def test_a_note_cut_into_windows_keeps_every_piece_and_its_whole_text():
    body, note = "Tito met Spaak.1\n\n", "1 AJ, 507, " + "Zabeleška o razgovoru, " * 60 + "1954.\n"
    layout = layout_of(body + note)
    cut = windowed(layout, line_length=200, window=300)
    assert len(cut.notes[0].block_ids) > 3
    assert cut.notes[0].text == layout.notes[0].text
    assert "".join(b.raw for b in cut.blocks) == body + note


def test_a_marker_in_a_cut_block_points_to_the_piece_it_stands_in():
    text = "Tito met Spaak " * 40 + "in Belgrade.1\n\n1 AJ, 507.\n"
    cut = windowed(layout_of(text), line_length=200, window=300)
    note = cut.notes[0]
    holder = next(b for b in cut.blocks if b.block_id == note.marker_block_id)
    assert holder.start <= note.marker_start < holder.end
