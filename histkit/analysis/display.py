"""In a notebook, a saved figure is shown from its saved PNG instead of being drawn once more.

With matplotlib's inline backend, every figure still open when a cell ends
is drawn again, as a PNG at the figure's dpi, to show it under the cell.
After `plots.save_figure` has drawn the figure as PDF, SVG and a 300-dpi
PNG, that is a fourth drawing of the same figure: a tenth of a second or
more each, for a picture the notebook already has on disk. `show_saved`
closes the figure instead and shows the saved PNG at the size the inline
backend would have shown it, so the notebook shows the very file written.
Anywhere else (a script, a test, another backend) it does nothing.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

#: The names matplotlib gives the inline backend of Jupyter kernels.
INLINE_BACKENDS = ("module://matplotlib_inline.backend_inline", "inline")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def show_saved(fig, png: str | Path, dpi: float) -> bool:
    """Show the file `png` (drawn from `fig` at `dpi`) under the running cell in place of `fig`; whether it did.

        >>> import matplotlib.pyplot as plt
        >>> fig, ax = plt.subplots()
        >>> show_saved(fig, "figure.png", 300)    # not in a notebook: the figure is left to its backend
        False
        >>> plt.close(fig)

    Only a figure the inline backend would draw at the end of the cell (one
    pyplot manages) is replaced; it is closed, as the inline backend closes
    it after drawing it, so a change made to it later in the same cell is
    not shown. A file that is not a PNG leaves the figure to the backend.
    """
    if not _shown_by_inline_backend(fig):
        return False
    data = Path(png).read_bytes()
    size = png_size(data)
    if size is None:
        return False
    import matplotlib.pyplot as plt
    from IPython.display import Image, display

    scale = fig.dpi / dpi
    plt.close(fig)
    display(Image(data=data, format="png", width=round(size[0] * scale), height=round(size[1] * scale)))
    return True


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height in pixels of PNG bytes, from their header; None for bytes that are not a PNG.

        >>> png_size(_PNG_SIGNATURE + b"\\x00\\x00\\x00\\rIHDR" + struct.pack(">II", 2100, 1290))
        (2100, 1290)
        >>> png_size(b"GIF89a") is None
        True
    """
    if len(data) < 24 or not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _shown_by_inline_backend(fig) -> bool:
    """Whether the inline backend of a running Jupyter kernel will draw `fig` when the cell ends."""
    if "matplotlib_inline.backend_inline" not in sys.modules or "matplotlib.pyplot" not in sys.modules:
        return False  # no inline backend loaded: not a notebook (and nothing heavy is imported to find out)
    import matplotlib
    import matplotlib.pyplot as plt
    from IPython import get_ipython

    manager = getattr(fig.canvas, "manager", None)
    return (get_ipython() is not None and matplotlib.get_backend() in INLINE_BACKENDS
            and manager is not None and plt.fignum_exists(manager.num))
