"""One house style for every histkit figure, and figures saved byte for byte.

A figure made with `use_style` and written with `save_figure` is the same file
(PDF, SVG and PNG) on every rerun with the same matplotlib, so a paper's
figure can be regenerated and checked with a hash.

    >>> import tempfile; folder = tempfile.TemporaryDirectory()
    >>> fig, ax = new_figure("column")
    >>> [p.name for p in save_figure(fig, "demo_bar", folder.name)]
    ['demo_bar.pdf', 'demo_bar.svg', 'demo_bar.png']
    >>> import matplotlib.pyplot as plt; plt.close(fig); folder.cleanup()
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path

import matplotlib

from ..errors import ParameterError
from . import figcache
from .display import show_saved
from ..patterns import compiled

# Okabe & Ito (2008), "Color Universal Design": distinguishable under the
# common colour-vision deficiencies and in greyscale print. Black is last so
# that it is used only when seven series are not enough.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#CC79A7",  # reddish purple
    "#F0E442",  # yellow
    "#000000",  # black
)

# A perceptually uniform map that colour-blind readers see the same way.
SEQUENTIAL_CMAP = "cividis"
DIVERGING = ("#0072B2", "#D55E00")

# Width × height in inches: a journal column, a full page width, a 16:9 slide.
SIZES: dict[str, tuple[float, float]] = {
    "column": (3.5, 2.6),
    "page": (7.0, 4.3),
    "slide": (10.0, 5.6),
}

FONT = "DejaVu Sans"  # ships with matplotlib and covers Latin and Cyrillic
DPI = 300
FORMATS = ("pdf", "svg", "png")

_FONT_SIZES = {"column": 8.0, "page": 9.0, "slide": 14.0}

# Settings on which the bytes of the files depend; applied again at save time
# so a figure is reproducible even if a notebook changed rcParams afterwards.
_DETERMINISTIC = {
    "svg.hashsalt": "histkit",
    "svg.id": None,
    "svg.fonttype": "path",  # glyphs as paths: the SVG does not need the font
    "pdf.fonttype": 42,  # embedded TrueType: text stays selectable and searchable
    "pdf.compression": 6,
    "savefig.dpi": DPI,
}

_METADATA = {
    "pdf": {"Creator": "histkit", "Producer": "histkit", "CreationDate": None, "ModDate": None},
    "svg": {"Creator": "histkit", "Date": None},
    "png": {"Software": "histkit"},
}

PAD_INCHES = 0.03  # white margin around the tight box of a saved figure
_LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF", "kern", "MATH")  # OpenType layout: read by text shapers, not PDF viewers

_NAME = compiled(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def style(size: str = "column") -> dict:
    """The rcParams of the house style for one figure size.

        >>> style("slide")["figure.figsize"]
        (10.0, 5.6)

    Raises ParameterError for a size not in SIZES.
    """
    if size not in SIZES:
        raise ParameterError(f"unknown figure size {size!r}; use one of: {', '.join(SIZES)}")
    base = _FONT_SIZES[size]
    from cycler import cycler

    return {
        **_DETERMINISTIC,
        "figure.figsize": SIZES[size],
        "figure.dpi": 100,
        "figure.facecolor": "white",
        "figure.constrained_layout.use": True,
        "savefig.facecolor": "white",
        "savefig.bbox": "tight",
        "savefig.pad_inches": PAD_INCHES,
        "font.family": "sans-serif",
        "font.sans-serif": [FONT],
        "mathtext.fontset": "dejavusans",
        "font.size": base,
        "axes.titlesize": base + 1,
        "axes.labelsize": base,
        "xtick.labelsize": base - 1,
        "ytick.labelsize": base - 1,
        "legend.fontsize": base - 1,
        "legend.frameon": False,
        "axes.prop_cycle": cycler(color=list(PALETTE)),
        "image.cmap": SEQUENTIAL_CMAP,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "axes.axisbelow": True,
        "grid.linewidth": 0.4,
        "grid.color": "#cccccc",
        "lines.linewidth": 1.2,
        "path.simplify": True,
    }


def use_style(size: str = "column") -> dict:
    """Apply the house style to matplotlib for the rest of the session.

        >>> with matplotlib.rc_context():    # here only until the end of the block
        ...     use_style("page")["figure.figsize"]
        (7.0, 4.3)

    Returns the settings applied. Raises ParameterError for an unknown size.
    """
    settings = style(size)
    matplotlib.rcParams.update(settings)
    return settings


def new_figure(size: str | None = None, nrows: int = 1, ncols: int = 1, height: float | None = None, **kwargs):
    """A figure and axes at a house size (default: the size set by `use_style`).

        >>> fig, ax = new_figure("column", height=3.0)
        >>> fig.get_size_inches().tolist()
        [3.5, 3.0]
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    Raises ParameterError for an unknown size.
    """
    import matplotlib.pyplot as plt

    if size is None:
        width, default_height = matplotlib.rcParams["figure.figsize"]
    elif size in SIZES:
        width, default_height = SIZES[size]
    else:
        raise ParameterError(f"unknown figure size {size!r}; use one of: {', '.join(SIZES)}")
    return plt.subplots(nrows, ncols, figsize=(width, height or default_height), **kwargs)


def save_figure(fig, name: str, outdir: str | Path, formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write `outdir/name.pdf`, `.svg` and `.png`, byte-identical on every rerun.

        >>> import tempfile; folder = tempfile.TemporaryDirectory(); fig, ax = new_figure("page")
        >>> [p.name for p in save_figure(fig, "actor_frequency_ranked", folder.name, formats=("svg", "png"))]
        ['actor_frequency_ranked.svg', 'actor_frequency_ranked.png']
        >>> import matplotlib.pyplot as plt; plt.close(fig); folder.cleanup()

    Creates `outdir`. A figure made by a function of `figures`, unchanged
    since, is copied from the figure cache when one is set and holds it (see
    `figcache`; `histkit run` sets it). In a notebook, the figure is then
    shown from the PNG just written instead of being drawn a fourth time
    (see `display.show_saved`). Raises ParameterError when `name` is
    not a plain file stem (letters, digits, `_`, `-`, `.`) or a format is not
    pdf/svg/png.
    """
    if not isinstance(name, str) or not _NAME.match(name):
        raise ParameterError(
            f"figure name {name!r} is not a plain file stem; use letters, digits, '_', '-' "
            "and start it with the notebook's name, e.g. 'actor_frequency_ranked'"
        )
    unknown = [f for f in formats if f not in _METADATA]
    if unknown:
        raise ParameterError(f"cannot save figures as {', '.join(unknown)}; use pdf, svg or png")
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written, drawn = [], []
    cache = figcache.cache_folder()
    with matplotlib.rc_context(_DETERMINISTIC):
        # Keyed before drawing: drawing the first format drops the figure's recipe.
        keys = {fmt: figcache.file_key(fig, fmt) if cache else None for fmt in formats}
        for fmt in formats:
            path = out / f"{name}.{fmt}"
            written.append(path)
            if not (keys[fmt] and figcache.reuse(keys[fmt], path, cache)):
                drawn.append((fmt, path))
        if drawn:
            with _laid_out_once(fig) as box:
                for fmt, path in drawn:
                    if fmt == "png" and _write_png(fig, path, box):
                        pass
                    else:
                        with _lean_fonts() if fmt == "pdf" else nullcontext():
                            fig.savefig(path, format=fmt, dpi=DPI, bbox_inches=box, facecolor="white",
                                        metadata=dict(_METADATA[fmt]))
                    if keys[fmt]:
                        figcache.keep(keys[fmt], path, cache)
    if "png" in formats:
        show_saved(fig, out / f"{name}.png", DPI)
    return written


@contextmanager
def _laid_out_once(fig):
    """Lay `fig` out and find its tight box once, at the PNG's resolution; every format is drawn from both.

    Left to `savefig`, each format lays the figure out and measures it twice
    over before drawing it: a third of what three formats cost. One layout
    also puts every element at the same place in the PDF, SVG and PNG. The
    layout engine is off while the files are drawn and back afterwards, so
    the figure shown in a notebook is laid out as before.
    """
    engine, dpi, canvas = fig.get_layout_engine(), fig.dpi, fig.canvas
    manager, canvas.manager = canvas.manager, None  # as savefig does: no window is resized while the dpi changes
    fig.set_dpi(DPI)
    try:
        fig.draw_without_rendering()
        box = fig.get_tightbbox().padded(PAD_INCHES)
    finally:
        fig.set_dpi(dpi)
        canvas.manager = manager
    # With these settings None means no engine at all, so savefig lays nothing out again. They hold while the
    # files are drawn too: savefig puts back the engine it finds through set_layout_engine(None), which under
    # the house style's settings would make a new constrained engine, and every format after the first
    # would be laid out (and drawn once more, unseen) all over again.
    with matplotlib.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        fig.set_layout_engine(None)
        try:
            yield box
        finally:
            fig.set_layout_engine(engine)


@contextmanager
def _lean_fonts():
    """Embed the PDF's font subsets without their OpenType layout tables (GSUB, GPOS, GDEF, kern, MATH).

    matplotlib places every glyph itself (kerning included, from the font
    file on disk), so a PDF viewer never reads these tables; subsetting them
    is most of what the font embedding costs. The text stays text: the glyph
    outlines, metrics and the map back to Unicode are all kept. The tables
    are taken out of the font as soon as it is opened: the subsetter reads
    (decompiles) GSUB, GPOS and GDEF before it drops them, which was half of
    what a font subset cost.
    """
    from fontTools import subset

    default, load_font = getattr(subset.Options, "_drop_tables_default", None), getattr(subset, "load_font", None)
    if not isinstance(default, list) or load_font is None:  # another fontTools: embed the fonts as it does
        yield
        return

    def load_lean_font(*args, **kwargs):
        font = load_font(*args, **kwargs)
        for tag in _LAYOUT_TABLES:
            if tag in font:
                del font[tag]  # unread: the subsetter would only read it to drop it
        return font

    subset.Options._drop_tables_default = default + [t for t in _LAYOUT_TABLES if t not in default]
    subset.load_font = load_lean_font
    try:
        yield
    finally:
        subset.Options._drop_tables_default, subset.load_font = default, load_font


#: zlib's run-length strategy: a chart's rows are long runs of one colour, found at a third less than the
#: default strategy costs, for files of about the same size.
_Z_RLE = 3


def _write_png(fig, path: Path, box) -> bool:
    """Write `fig`'s PNG at DPI within `box` as RGB when it is opaque; False (nothing written) if it cannot.

    matplotlib writes its PNGs as RGBA with zlib's default strategy. A saved
    figure has a white background, so every pixel is opaque and the alpha
    channel says nothing: the same pixels are written as RGB (a quarter less
    to compress), with the run-length strategy. The picture is the very same
    one, pixel for pixel, at the same resolution. A figure with a
    transparent pixel keeps its alpha channel.
    """
    import io

    from PIL import Image, PngImagePlugin

    raw = io.BytesIO()
    fig.savefig(raw, format="rgba", dpi=DPI, bbox_inches=box, facecolor="white")
    width, height = int(box.width * DPI), int(box.height * DPI)  # the canvas savefig drew, as Agg sizes it
    data = raw.getvalue()
    if not width or len(data) != 4 * width * height:
        return False
    image = Image.frombuffer("RGBA", (width, height), data, "raw", "RGBA", 0, 1)
    if image.getchannel("A").getextrema() == (255, 255):
        image = image.convert("RGB")
    info = PngImagePlugin.PngInfo()
    for key, value in _METADATA["png"].items():
        info.add_text(key, value)
    image.save(path, format="png", pnginfo=info, dpi=(DPI, DPI), compress_type=_Z_RLE)
    return True


def missing_glyphs(text: str, font: str = FONT) -> list[str]:
    """The characters of `text` that `font` cannot draw (whitespace ignored).

        >>> missing_glyphs("Đorđević, Ђорђевић, Љубљана, ћ, џ")
        []

    Raises ValueError when matplotlib finds no font of that family.
    """
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family=font), fallback_to_default=False)
    charmap = FT2Font(path).get_charmap()
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in charmap})


def _series_color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def bar_stacked(
    table,
    ax=None,
    horizontal: bool = True,
    colors: Mapping[str, str] | Sequence[str] | None = None,
    xlabel: str | None = None,
    legend: bool = True,
):
    """Stacked bars of a DataFrame: one bar per row, one stacked part per column.

        >>> import pandas as pd
        >>> ax = bar_stacked(pd.DataFrame({"body": [5, 3], "notes": [2, 4]}, index=["A", "B"]))
        >>> len(ax.patches)
        4
        >>> import matplotlib.pyplot as plt; plt.close(ax.figure)

    Rows are drawn in the order given (first row on top when horizontal).
    Raises ParameterError when the table has no columns.
    """
    import matplotlib.pyplot as plt

    if table.shape[1] == 0:
        raise ParameterError("bar_stacked needs a table with at least one numeric column")
    if ax is None:
        _, ax = plt.subplots()
    labels = [str(label) for label in table.index]
    positions = list(range(len(labels)))
    bottom = [0.0] * len(labels)
    for i, column in enumerate(table.columns):
        if isinstance(colors, Mapping):
            color = colors.get(column, _series_color(i))
        elif colors is not None:
            color = colors[i % len(colors)]
        else:
            color = _series_color(i)
        values = [float(v) for v in table[column].fillna(0)]
        if horizontal:
            ax.barh(positions, values, left=bottom, color=color, label=str(column), height=0.7)
        else:
            ax.bar(positions, values, bottom=bottom, color=color, label=str(column), width=0.7)
        bottom = [b + v for b, v in zip(bottom, values)]
    if horizontal:
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
        if xlabel:
            ax.set_xlabel(xlabel)
    else:
        ax.set_xticks(positions, labels, rotation=45, ha="right")
        if xlabel:
            ax.set_ylabel(xlabel)
    if legend and table.shape[1] > 1:
        ax.legend(loc="best")
    return ax


def heatmap(table, ax=None, cmap: str = SEQUENTIAL_CMAP, annotate: bool = True, fmt: str = "{:g}", label: str | None = None):
    """A labelled heat map of a DataFrame (rows × columns), values written in cells.

        >>> import pandas as pd
        >>> ax = heatmap(pd.DataFrame([[1, 0], [2, 5]], index=["A", "B"], columns=["I", "II"]))
        >>> [t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts]
        (['A', 'B'], ['1', '0', '2', '5'])
        >>> import matplotlib.pyplot as plt; plt.close(ax.figure)

    Empty cells (NaN) stay blank. Raises ParameterError for an empty table.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    if table.size == 0:
        raise ParameterError("heatmap needs a table with at least one row and one column")
    if ax is None:
        _, ax = plt.subplots()
    values = table.to_numpy(dtype=float)
    # Cells as vector rectangles, not an image: crisp at any zoom in the PDF and SVG, where an image is
    # resampled to 300 dpi and embedded as a PNG (and some viewers smooth it); first row on top, as in the table.
    image = ax.pcolormesh(np.ma.masked_invalid(values), cmap=cmap)
    ax.set_xlim(0, table.shape[1])
    ax.set_ylim(table.shape[0], 0)
    ax.set_xticks(np.arange(table.shape[1]) + 0.5, [str(c) for c in table.columns], rotation=45, ha="right")
    ax.set_yticks(np.arange(table.shape[0]) + 0.5, [str(r) for r in table.index])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if annotate:
        finite = values[np.isfinite(values)]
        middle = (finite.min() + finite.max()) / 2 if finite.size else 0.0
        for (r, c), v in np.ndenumerate(values):
            if np.isfinite(v):
                # cividis is dark at the low end: white text there, black at the high end.
                ax.text(c + 0.5, r + 0.5, fmt.format(v), ha="center", va="center", fontsize="x-small",
                        color="white" if v < middle else "black")
    bar = ax.figure.colorbar(image, ax=ax, shrink=0.8)
    bar.outline.set_visible(False)
    if label:
        bar.set_label(label)
    return ax
