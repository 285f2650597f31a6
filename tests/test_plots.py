"""The house style: readable glyphs, house sizes, figures identical byte for byte."""

import hashlib
import subprocess
import sys
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from histkit import plots  # noqa: E402
from histkit.errors import ParameterError  # noqa: E402

SERBIAN = "Đilas Đorđević ćuprija žito Ђилас Љубљана Ћуприја џак Њ ђ ћ č š Č Š Ž"

# Renders one labelled figure and saves it; run in a fresh interpreter so no
# state (font cache in memory, rcParams, uuids) is shared between the two runs.
RENDER = """
import sys, matplotlib
matplotlib.use("Agg")
import pandas as pd
from histkit import plots
plots.use_style("column")
fig, ax = plots.new_figure()
plots.bar_stacked(pd.DataFrame({"body": [5, 3], "notes": [2, 4]}, index=["Đilas", "Љубљана"]), ax=ax)
ax.set_title("Ћирилица и latinica: ž, ć")
plots.save_figure(fig, "twice", sys.argv[1])
"""


@pytest.fixture(autouse=True)
def _restore_rcparams():
    with matplotlib.rc_context():
        yield
    plt.close("all")


def _hashes(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_house_font_has_every_serbian_cyrillic_and_latin_letter():
    assert plots.missing_glyphs(SERBIAN) == []


def test_missing_glyphs_names_a_character_the_font_lacks():
    assert plots.missing_glyphs("Đ 中") == ["中"]


def test_serbian_labels_render_without_missing_glyph_warning(tmp_path):
    plots.use_style("column")
    fig, ax = plots.new_figure()
    ax.set_title(SERBIAN)
    ax.set_xlabel("Ђ Љ Ћ џ")
    ax.set_ylabel("Đ ć ž")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plots.save_figure(fig, "serbian", tmp_path)


def test_a_glyph_missing_from_the_font_does_warn(tmp_path):
    # Guards the test above: the warning it relies on must exist.
    plots.use_style("column")
    fig, ax = plots.new_figure()
    ax.set_title("中")
    with pytest.warns(UserWarning, match="missing from font"):
        plots.save_figure(fig, "missing", tmp_path, formats=("png",))


def test_save_figure_writes_pdf_svg_and_png_named_after_the_figure(tmp_path):
    plots.use_style("column")
    fig, _ = plots.new_figure()
    written = plots.save_figure(fig, "archival_sources_per_fond", tmp_path / "figures")
    assert [p.name for p in written] == [
        "archival_sources_per_fond.pdf",
        "archival_sources_per_fond.svg",
        "archival_sources_per_fond.png",
    ]
    assert all(p.stat().st_size > 0 for p in written)


def test_saved_files_carry_no_creation_date(tmp_path):
    plots.use_style("column")
    fig, _ = plots.new_figure()
    pdf, svg, _png = plots.save_figure(fig, "dates", tmp_path)
    assert b"CreationDate" not in pdf.read_bytes()
    assert b"<dc:date>" not in svg.read_bytes()


def test_same_figure_saved_in_two_fresh_processes_is_byte_identical(tmp_path):
    for run in ("a", "b"):
        subprocess.run([sys.executable, "-c", RENDER, str(tmp_path / run)], check=True)
    first, second = _hashes(tmp_path / "a"), _hashes(tmp_path / "b")
    assert sorted(first) == ["twice.pdf", "twice.png", "twice.svg"]
    assert first == second


def _embedded_fonts(pdf):
    """The TrueType fonts embedded in a PDF that histkit wrote (each in a Flate stream)."""
    import io
    import re
    import zlib

    from fontTools.ttLib import TTFont

    streams = [zlib.decompress(m.group(1)) for m in re.finditer(rb"stream\n(.*?)\nendstream", pdf.read_bytes(), re.S)]
    return [TTFont(io.BytesIO(s)) for s in streams if s[:4] == b"\x00\x01\x00\x00"]


def test_pdf_embeds_its_font_subsets_as_glyphs_without_opentype_layout_tables(tmp_path):
    plots.use_style("column")
    fig, ax = plots.new_figure()
    ax.set_title("Ђилас, Spaak")
    pdf, = plots.save_figure(fig, "lean", tmp_path, formats=("pdf",))
    fonts = _embedded_fonts(pdf)
    assert fonts and all("glyf" in f and "cmap" in f and "GPOS" not in f and "GSUB" not in f for f in fonts)
    assert b"/ToUnicode" in pdf.read_bytes()  # the text is still text: it can be searched and copied


def test_saving_leaves_fonttools_and_the_figures_layout_engine_as_they_were(tmp_path):
    from fontTools import subset

    before, load_font = list(subset.Options._drop_tables_default), subset.load_font
    plots.use_style("column")
    fig, _ = plots.new_figure()
    engine = fig.get_layout_engine()
    plots.save_figure(fig, "restored", tmp_path)
    assert fig.get_layout_engine() is engine and engine is not None
    assert subset.Options._drop_tables_default == before and subset.load_font is load_font


def test_the_three_formats_are_drawn_from_one_layout(tmp_path, monkeypatch):
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    plots.use_style("column")
    fig, ax = plots.new_figure()
    ax.set_ylabel("a label long enough to move the axes")
    calls = []
    original = ConstrainedLayoutEngine.execute
    monkeypatch.setattr(ConstrainedLayoutEngine, "execute", lambda engine, figure: calls.append(1) or original(engine, figure))
    plots.save_figure(fig, "once", tmp_path)
    assert len(calls) == 1 and sorted(p.name for p in tmp_path.iterdir()) == ["once.pdf", "once.png", "once.svg"]


def test_png_holds_matplotlibs_pixels_as_rgb_with_its_resolution_and_creator(tmp_path):
    from PIL import Image, ImageChops

    plots.use_style("column")
    fig, ax = plots.new_figure()
    ax.set_title("Ђилас, Spaak")
    png, = plots.save_figure(fig, "pixels", tmp_path, formats=("png",))
    fig.savefig(tmp_path / "matplotlib.png", dpi=plots.DPI, bbox_inches="tight", pad_inches=plots.PAD_INCHES)
    ours, theirs = Image.open(png), Image.open(tmp_path / "matplotlib.png")
    assert ours.mode == "RGB" and ours.size == theirs.size and ours.info["Software"] == "histkit"
    assert round(ours.info["dpi"][0]) == plots.DPI
    assert ImageChops.difference(ours, theirs.convert("RGB")).getbbox() is None


def test_svg_draws_text_as_paths_so_it_needs_no_font(tmp_path):
    plots.use_style("column")
    fig, ax = plots.new_figure()
    ax.set_title("Ђорђе")
    plots.save_figure(fig, "paths", tmp_path, formats=("svg",))
    assert b"<text" not in (tmp_path / "paths.svg").read_bytes()


@pytest.mark.parametrize("size, width", [("column", 3.5), ("page", 7.0), ("slide", 10.0)])
def test_use_style_sets_the_width_of_the_named_size(size, width):
    plots.use_style(size)
    assert matplotlib.rcParams["figure.figsize"][0] == width


def test_use_style_cycles_through_the_colour_blind_safe_palette():
    plots.use_style("page")
    assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"][:3] == list(plots.PALETTE[:3])


def test_unknown_size_is_a_parameter_error_listing_the_sizes():
    with pytest.raises(ParameterError, match="column, page, slide"):
        plots.use_style("poster")


@pytest.mark.parametrize("name", ["", "../escape", "a/b", "with space"])
def test_figure_name_that_is_not_a_plain_stem_is_refused(tmp_path, name):
    fig, _ = plots.new_figure("column")
    with pytest.raises(ParameterError, match="plain file stem"):
        plots.save_figure(fig, name, tmp_path)


def test_bar_stacked_draws_one_patch_per_row_and_part():
    plots.use_style("column")
    ax = plots.bar_stacked(pd.DataFrame({"body": [5, 3], "notes": [2, 4]}, index=["A", "B"]))
    assert len(ax.patches) == 4


def test_bar_stacked_puts_the_first_row_on_top():
    ax = plots.bar_stacked(pd.DataFrame({"n": [5, 3]}, index=["first", "second"]))
    labels = sorted(ax.get_yticklabels(), key=lambda t: t.get_position()[1])
    assert ax.yaxis_inverted() and [t.get_text() for t in labels] == ["first", "second"]


def test_heatmap_labels_rows_and_writes_values_in_cells():
    ax = plots.heatmap(pd.DataFrame([[1, 0], [2, 5]], index=["A", "B"], columns=["I", "II"]))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B"]
    assert sorted(t.get_text() for t in ax.texts) == ["0", "1", "2", "5"]


def test_heatmap_leaves_missing_values_blank():
    ax = plots.heatmap(pd.DataFrame([[1.0, float("nan")]], index=["A"], columns=["I", "II"]))
    assert [t.get_text() for t in ax.texts] == ["1"]
