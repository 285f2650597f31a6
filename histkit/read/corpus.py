"""Reading a corpus: files to decoded, untouched `Document`s, bad files to errors.

The text of a document is kept exactly as decoded, except that line endings
are normalised to ``\\n`` (and a byte-order mark is not part of the text);
every later offset points into that text.
"""

from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import CorpusError, Problem
from .formats import SUFFIXES, format_of
from .ocr import with_text_layer
from .structure import NoteMark, Region

#: Suffixes read when a folder is given; a file named explicitly is read whatever its suffix.
TEXT_SUFFIXES = (".txt", ".md", ".text")
READ_SUFFIXES = TEXT_SUFFIXES + SUFFIXES
#: Documents in formats histkit does not read: a folder's are not passed over in silence but reported, each with
#: what to do (as a file named explicitly is); a folder's other files (tables, notebooks, pictures) are not text.
REPORTED_SUFFIXES = (".doc", ".rtf", ".pages", ".wpd", ".djvu", ".tif", ".tiff")

#: File signatures of things that are not text, with what to do about them.
_SIGNATURES = (
    (b"\x89PNG", "a PNG image; run OCR on it first and load the text"),
    (b"\xff\xd8\xff", "a JPEG image; run OCR on it first and load the text"),
    (b"GIF8", "a GIF image; run OCR on it first and load the text"),
    (b"II*\x00", "a TIFF image; run OCR on it first and load the text"),
    (b"MM\x00*", "a TIFF image; run OCR on it first and load the text"),
    (b"PK\x03\x04", "a ZIP archive with no Word (.docx) or OpenDocument (.odt) text inside (a .pages, .xlsx or "
                    "plain .zip); save the document as .docx, .odt or plain text"),
    (b"AT&TFORM", "a DjVu file; convert it to a PDF with a text layer first (e.g. `ddjvu -format=pdf`, then OCR)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc); save it as .docx or .odt, which keep its notes, or as plain text (UTF-8)"),
    (b"{\\rtf", "an RTF file; save it as .docx or .odt, which keep its notes, or as plain text (UTF-8)"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Letters that are frequent in Serbian/Croatian/Slovene Latin text and Serbian Cyrillic
# text; used to tell Windows-1250 from Windows-1251 when a file is not UTF-8.
_LATIN_EXT = set("čćđšžČĆĐŠŽ")


@dataclass(frozen=True)
class Document:
    """One text of the corpus.

    >>> doc = Document.from_text("Tito met Spaak.1\\n\\n1 AJ, 507.\\n", doc_id="t")
    >>> doc.doc_id, len(doc.text), doc.encoding
    ('t', 29, 'utf-8')
    """

    doc_id: str
    path: str
    text: str
    encoding: str = "utf-8"
    sha256: str = ""
    meta: dict = field(default_factory=dict, compare=False)
    #: What a structured source (PDF, Word, TEI) states about the text: zoned regions and note marks.
    #: Empty for plain text, whose layout is recovered from the text alone.
    regions: tuple[Region, ...] = ()
    marks: tuple[NoteMark, ...] = ()
    #: What the reader met but could read past (e.g. pages that are images); reported with the tables.
    problems: tuple[Problem, ...] = ()

    @classmethod
    def from_text(cls, text: str, doc_id: str = "doc", path: str = "", **meta) -> "Document":
        """A document made from a string (tests, notebooks); line endings normalised.

        >>> doc = Document.from_text("Tito\\r\\n", doc_id="t", year="1954")
        >>> doc.text, doc.meta
        ('Tito\\n', {'year': '1954'})
        """
        text = normalise_newlines(text)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(doc_id=doc_id, path=path, text=text, encoding="utf-8", sha256=sha, meta=meta)


@dataclass
class Corpus:
    """The documents that could be read, and an error for each file that could not.

    >>> corpus = Corpus([Document.from_text("Tito met Spaak.", doc_id="a"), Document.from_text("Ibid.", doc_id="b")])
    >>> len(corpus), corpus["b"].text, corpus[0].doc_id, corpus.errors
    (2, 'Ibid.', 'a', [])

    A document is found by its position or its doc_id; an unknown doc_id raises `KeyError`.
    """

    documents: list[Document]
    errors: list[CorpusError] = field(default_factory=list)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, key):
        if isinstance(key, str):
            for doc in self.documents:
                if doc.doc_id == key:
                    return doc
            raise KeyError(f"no document {key!r} in the corpus; it has {[d.doc_id for d in self.documents]}")
        return self.documents[key]


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes.

    >>> normalise_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_corpus(paths: str | os.PathLike | Iterable[str | os.PathLike], strict: bool = False,
                ocr: bool | str = False) -> Corpus:
    """Read a file, a folder of text files, or a list of either.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Tito met Spaak.\\n", encoding="utf-8")
    ...     _ = (Path(folder) / "b.txt").write_bytes("Đilas".encode("cp1250"))
    ...     corpus = load_corpus([folder, "missing.txt"])
    >>> [(d.doc_id, d.encoding) for d in corpus], [str(e) for e in corpus.errors]
    ([('a', 'utf-8'), ('b', 'cp1250')], ['missing.txt: no such file or folder'])

    A bad file is recorded in ``corpus.errors`` and the others are still read;
    with ``strict=True`` the first bad file raises `CorpusError`. A folder's
    ``corpus.csv`` (doc_id, title, author, year, journal, language) fills each
    document's ``meta``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    documents: list[Document] = []
    errors: list[CorpusError] = []
    seen: set[str] = set()
    for path, meta in _expand(paths, errors, strict):
        try:
            doc = read_document(path, meta, ocr=ocr)
        except CorpusError as err:
            if strict:
                raise
            errors.append(err)
            continue
        if doc.doc_id in seen:
            err = CorpusError(path, f"a second document with the id {doc.doc_id!r} (the file stem); rename one of the files")
            if strict:
                raise err
            errors.append(err)
            continue
        seen.add(doc.doc_id)
        documents.append(doc)
    return Corpus(documents, errors)


def folder_files(folder: Path) -> list[Path]:
    """The files of a folder that are read, or reported as documents histkit cannot read, in name order.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in ("b.pdf", "a.txt", "c.rtf", "corpus.csv", "d.png"):
    ...         _ = (Path(folder) / name).write_text("x", encoding="utf-8")
    ...     [p.name for p in folder_files(Path(folder))]
    ['a.txt', 'b.pdf', 'c.rtf']
    """
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in READ_SUFFIXES + REPORTED_SUFFIXES)


def _expand(paths, errors: list, strict: bool) -> list[tuple[Path, dict]]:
    """The files to read, each with the metadata its folder's corpus.csv gives it."""
    files: list[tuple[Path, dict]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = folder_files(path)
            if not found:
                err = CorpusError(path, f"the folder holds no files histkit reads ({', '.join(READ_SUFFIXES)})")
                if strict:
                    raise err
                errors.append(err)
            meta = read_metadata(path / "corpus.csv")
            files.extend((p, meta.get(p.stem, {})) for p in found)
        elif path.exists():
            files.append((path, read_metadata(path.parent / "corpus.csv").get(path.stem, {})))
        else:
            err = CorpusError(path, "no such file or folder")
            if strict:
                raise err
            errors.append(err)
    return files


def read_metadata(csv_path: Path) -> dict[str, dict]:
    """The rows of a corpus.csv by doc_id; an absent file gives no metadata.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "corpus.csv").write_text("doc_id,title,year\\na,Tito and Spaak,2021\\n", encoding="utf-8")
    ...     read_metadata(Path(folder) / "corpus.csv"), read_metadata(Path(folder) / "none.csv")
    ({'a': {'title': 'Tito and Spaak', 'year': '2021'}}, {})

    Raises `CorpusError` when the table has no doc_id column.
    """
    if not csv_path.is_file():
        return {}
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "doc_id" not in reader.fieldnames:
            raise CorpusError(csv_path, "the metadata table needs a doc_id column (doc_id, title, author, year, journal, language)")
        return {row["doc_id"]: {k: v for k, v in row.items() if k != "doc_id" and v} for row in reader}


def read_document(path: str | os.PathLike, meta: dict | None = None, ocr: bool | str = False,
                  data: bytes | None = None) -> Document:
    """Read and decode one file; raise `CorpusError` naming the file and the problem.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_bytes("Хрущёв\\r\\n".encode("cp1251"))
    ...     doc = read_document(Path(folder) / "a.txt", {"year": "1956"})
    >>> doc.doc_id, doc.text, doc.encoding, doc.meta
    ('a', 'Хрущёв\\n', 'cp1251', {'year': '1956'})

    ``data``, when given, are the file's bytes read elsewhere (a Dask worker
    does not see the client's files); ``path`` then only names the document.
    """
    path = Path(path)
    try:
        data = path.read_bytes() if data is None else data
    except IsADirectoryError:
        raise CorpusError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from None
    structured = format_of(data)
    if structured is not None:
        # OCR adds a text layer to scanned pages; the document keeps the sha256 of the file as given
        # (``ocr`` may name Tesseract's languages for it: `deu+lat`)
        readable = with_text_layer(path, data, ocr if isinstance(ocr, str) else None) \
            if ocr and structured.name == "pdf" else data
        parsed = structured.read(path, readable)
        if not parsed.text.strip():  # (a page of SVG drawings, a Word file of pictures: nothing to read, not nothing read)
            raise CorpusError(path, f"holds no text histkit reads: an empty {structured.name} file, or one whose words "
                                    "are only in pictures or drawings (as SVG); save it with its text, or as a PDF and "
                                    "add a text layer by OCR (`ocrmypdf in.pdf out.pdf`)")
        return Document(
            doc_id=path.stem,
            path=str(path),
            text=parsed.text,
            encoding="",
            sha256=hashlib.sha256(data).hexdigest(),
            meta={**parsed.meta, **(meta or {})},
            regions=parsed.regions,
            marks=parsed.marks,
            problems=tuple(replace(p, doc_id=path.stem) for p in parsed.problems),
        )
    text, encoding = decode(data, path)
    return Document(
        doc_id=path.stem,
        path=str(path),
        text=normalise_newlines(text),
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        meta=dict(meta or {}),
    )


def decode(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a text file; return the text and the encoding used.

    >>> decode("Đilas".encode("cp1250"))
    ('Đilas', 'cp1250')

    UTF-8 (with or without BOM), UTF-16 (BOM, or the zero bytes of ASCII in
    UTF-16) and Windows-1250/1251 are recognised. Empty, binary and
    undecodable input raises `CorpusError`.
    """
    if not data.strip():
        raise CorpusError(path, "is empty" if not data else "holds only white space")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise CorpusError(path, f"is not text but {what}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise CorpusError(path, f"starts with a {encoding} byte-order mark but byte {exc.start} is not {encoding}") from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), utf16
    # NUL and other control bytes decode as UTF-8 too, but no text file holds them.
    if _looks_binary(data):
        raise CorpusError(path, "looks binary, not text (it holds control bytes); save it as plain text (UTF-8)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = []
    for encoding in ("cp1250", "cp1251"):
        try:
            candidates.append((_plausibility(data.decode(encoding)), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise CorpusError(
            path,
            f"is not UTF-8 (byte {utf8_error.start}: {data[utf8_error.start:utf8_error.start + 1]!r}) "
            "nor Windows-1250/1251; convert it to UTF-8 (e.g. `iconv -f ENCODING -t UTF-8`)",
        )
    _, encoding = max(candidates)
    return data.decode(encoding), encoding


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return b"\x00" in sample or controls > 0.05 * len(sample)


def _plausibility(text: str) -> float:
    """How much a decoding looks like Latin or Cyrillic prose rather than mojibake."""
    letters = sum(ch.isalpha() for ch in text)
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    latin_ext = sum(ch in _LATIN_EXT for ch in text)
    odd = sum(not (ch.isalnum() or ch.isspace() or ch in ".,;:!?()[]\"'-–—„“”’/%&*") for ch in text)
    # A Cyrillic text read as cp1250 turns into Latin-2 letters and symbols; a
    # Latin text read as cp1251 turns č, š, ž into stray Cyrillic inside Latin words.
    mixed = sum(1 for word in text.split() if _mixed_script(word))
    return (letters - 3 * odd - 5 * mixed + 0.5 * (cyrillic if cyrillic > letters / 2 else latin_ext)) / max(len(text), 1)


def _mixed_script(word: str) -> bool:
    has_cyr = any("\u0400" <= ch <= "\u04ff" for ch in word)
    has_lat = any("a" <= ch.lower() <= "z" for ch in word)
    return has_cyr and has_lat
