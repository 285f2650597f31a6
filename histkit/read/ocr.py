"""OCR for PDF pages with no text layer, where the user has ocrmypdf and Tesseract installed.

It stays out of the default setup: ``pip install "histkit[ocr]"`` and the
system's ``tesseract-ocr`` package add it, and ``histkit tables --ocr`` uses
it. Pages that have text are left as they are (``ocrmypdf --skip-text``).

>>> missing = ocr_missing()
>>> missing is None or "tesseract" in missing or "ocrmypdf" in missing
True
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import CorpusError

INSTALL = ('pip install "histkit[ocr]" and the system\'s Tesseract (e.g. `apt install tesseract-ocr`, '
           "`brew install tesseract`)")


def _ocrmypdf() -> list[str] | None:
    if shutil.which("ocrmypdf"):
        return ["ocrmypdf"]
    if importlib.util.find_spec("ocrmypdf") is not None:
        return [sys.executable, "-m", "ocrmypdf"]
    return None


def ocr_missing() -> str | None:
    """What is missing for OCR, as a sentence saying how to install it; None when OCR can run."""
    if _ocrmypdf() is None:
        return f"OCR needs ocrmypdf, which is not installed: {INSTALL}"
    if shutil.which("tesseract") is None:
        return f"OCR needs Tesseract, which is not installed: {INSTALL}"
    return None


def with_text_layer(path: Path, data: bytes, languages: str | None = None) -> bytes:
    """The PDF with a text layer added by OCR to its pages that have none, read in Tesseract's ``languages``
    (`deu+lat`; its English where None); raise `CorpusError` when that fails."""
    missing = ocr_missing()
    if missing:
        raise CorpusError(path, missing)
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.pdf", Path(folder) / "out.pdf"
        source.write_bytes(data)
        language = ["-l", languages] if languages else []
        done = subprocess.run([*_ocrmypdf(), "--skip-text", "--quiet", *language, str(source), str(target)],
                              capture_output=True, text=True)
        if done.returncode != 0 or not target.exists():
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            hint = (f" (is Tesseract's language data for {languages} installed? `tesseract --list-langs`)"
                    if languages else "")
            raise CorpusError(path, f"OCR failed ({last}){hint}; try `ocrmypdf --skip-text` on the file yourself "
                                    "to see why")
        return target.read_bytes()
