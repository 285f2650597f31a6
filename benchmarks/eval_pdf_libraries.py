"""Pages per second of pypdfium2 and pdfplumber giving what histkit's PDF reader needs, on the shared corpus.

What the reader needs from each character: its text, its box, its font
size, and whether it is rotated (a superscript is then a smaller size with a
raised box). Timed per library on the PDFs of ``../shared/corpus/{rg,law,pnz}``:

- pypdfium2 "chars": the page's text in one call, then per character the loose
  box (font ascent to descent: its bottom is the baseline's level) and the
  font size, the angle once per line;
- pypdfium2 "chars+origin+angle": also the exact baseline origin and the angle per character;
- pypdfium2 "text objects": what histkit.read.pdf reads — per text object
  (a line or a run of one) its text, bounds, matrix (baseline, rotation, the
  true size) and font size and weight;
- pdfplumber "chars": ``page.chars`` (text, box, size, fontname, matrix, upright);
- pdfplumber "words": ``page.extract_words(extra_attrs=["size"])``.

Run: .venv/bin/python benchmarks/eval_pdf_libraries.py [--max-pages N]
(exits 0 with a message when the corpus is absent).
"""

from __future__ import annotations

import argparse
import ctypes
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/corpus from the repository root (or from the folder above it, for a git worktree)
CORPUS = next((c for c in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus") if c.is_dir()),
              ROOT.parent / "shared" / "corpus")
FOLDERS = ("pnz", "rg", "law")


def pdfium_chars(path: Path, max_pages: int, exact: bool) -> int:
    import pypdfium2 as pdfium
    import pypdfium2.raw as R

    rect = R.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pdf = pdfium.PdfDocument(str(path))
    pages = min(len(pdf), max_pages)
    for i in range(pages):
        page = pdf[i]
        textpage = page.get_textpage()
        raw = textpage.raw
        n = R.FPDFText_CountChars(raw)
        text = textpage.get_text_range(0, n)
        out = []
        for k in range(n):
            R.FPDFText_GetLooseCharBox(raw, k, rect)
            size = R.FPDFText_GetFontSize(raw, k)
            if exact:
                R.FPDFText_GetCharOrigin(raw, k, ox, oy)
                out.append((rect.left, rect.right, rect.bottom, rect.top, size, ox.value, oy.value,
                            R.FPDFText_GetCharAngle(raw, k)))
            else:
                if text[k:k + 1] == "\n":
                    R.FPDFText_GetCharAngle(raw, k + 1)
                out.append((rect.left, rect.right, rect.bottom, rect.top, size))
        textpage.close()
        page.close()
    pdf.close()
    return pages


def pdfium_objects(path: Path, max_pages: int) -> int:
    sys.path.insert(0, str(ROOT))
    from histkit.read.pdf.extract import open_pdf, read_page

    pdf = open_pdf(path, path.read_bytes())
    pages = min(len(pdf), max_pages)
    for i in range(pages):
        read_page(pdf, i)
    pdf.close()
    return pages


def plumber(path: Path, max_pages: int, words: bool) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        pages = pdf.pages[:max_pages]
        for page in pages:
            if words:
                page.extract_words(extra_attrs=["size"])
            else:
                len(page.chars)
            page.close()
        return len(pages)


METHODS = {
    "pypdfium2 chars": lambda p, m: pdfium_chars(p, m, exact=False),
    "pypdfium2 chars+origin+angle": lambda p, m: pdfium_chars(p, m, exact=True),
    "pypdfium2 text objects": pdfium_objects,
    "pdfplumber chars": lambda p, m: plumber(p, m, words=False),
    "pdfplumber words": lambda p, m: plumber(p, m, words=True),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-pages", type=int, default=10**6, help="pages read per PDF (default: all)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    import pdfplumber
    import pypdfium2

    print(f"pypdfium2 {pypdfium2.version.PYPDFIUM_INFO} (PDFium {pypdfium2.version.PDFIUM_INFO.build}), "
          f"pdfplumber {pdfplumber.__version__}")
    print(f"{'method':30s} " + " ".join(f"{f + ' p/s':>10s}" for f in FOLDERS) + f" {'all p/s':>10s}")
    for name, method in METHODS.items():
        cells, total_pages, total_time = [], 0, 0.0
        for folder in FOLDERS:
            pages, start = 0, time.perf_counter()
            for path in sorted((CORPUS / folder).glob("*.pdf")):
                pages += method(path, args.max_pages)
            spent = time.perf_counter() - start
            cells.append(f"{pages / spent:10.1f}")
            total_pages += pages
            total_time += spent
        print(f"{name:30s} " + " ".join(cells) + f" {total_pages / total_time:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
