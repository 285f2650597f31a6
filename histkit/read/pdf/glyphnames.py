"""Text of fonts that name their glyphs by character code (`/C80` for `P`), read as poppler reads it.

Some typesetting systems (3B2, on which Kluwer's and other law publishers'
journals were set) embed each font as a subset whose codes run 1, 2, 3 … in
the order the characters were first used, and give the PDF no ToUnicode
map, only an ``/Encoding`` whose ``/Differences`` name each code's glyph
after the character it draws: ``[1 /C84 /C104 /C101 …]`` for `T`, `h`, `e`.
PDFium knows no such name and gives the code itself (`\\x01\\x02\\x03`),
so the page reads as control characters (`garbled`); pdftotext reads it,
as poppler takes a name `C` or `c` and two or three digits for the character
of that number. So does histkit: for a page whose text comes out garbled,
the fonts' encodings are read from the PDF's page dictionary (with pypdf,
which reads PDF objects; PDFium does not give a font's encoding), and each
character of a font with such names is its name's character.
"""

from __future__ import annotations

import ctypes
import io
import re
import unicodedata

_NUMBERED = re.compile(r"[Cc](\d{2,3})")  # (`G` and `g` names are a subset's glyph ids as often: not read)
_SUBSET = re.compile(r"[A-Z]{6}\+")  # a subset's tag before the font's name (`COPNBO+AdvTimes`)


def character_of(name: str) -> str | None:
    """The character a glyph named by its code stands for: the code's in ASCII (its quotes the typographic ones of
    the standard encoding, as in every Type 1 font's), above it in the standard encoding
    of Type 1 fonts (a font's own encoding unless it says otherwise), where 3B2 draws an accent apart after its
    letter (as a combining accent: `u` and `C200` are `ü` once composed).

    >>> character_of("C80"), character_of("c177"), character_of("C200") == "\u0308", character_of("a"), character_of("C7")
    ('P', '–', True, None, None)
    >>> character_of("C96"), character_of("C39")
    ('‘', '’')
    """
    match = _NUMBERED.fullmatch(name)
    if match is None:
        return None
    code = int(match.group(1))
    if code in _QUOTES:  # (the standard encoding's single quotes where ASCII has its apostrophe and grave)
        return _QUOTES[code]
    return chr(code) if 32 <= code < 127 else _STANDARD.get(code)


_QUOTES = {39: "’", 96: "‘"}


def _standard() -> dict[int, str]:
    """The upper half of Adobe's standard encoding: code -> character (an accent as its combining form)."""
    try:
        from fontTools.agl import toUnicode
        from fontTools.encodings.StandardEncoding import StandardEncoding
    except ImportError:  # (fontTools comes with matplotlib; without it, those codes stay unread)
        return {}
    out = {}
    for code in range(128, 256):
        name = StandardEncoding[code]
        if name != ".notdef":
            out[code] = _COMBINING.get(name) or toUnicode(name)
    return out


_COMBINING = {"grave": "\u0300", "acute": "\u0301", "circumflex": "\u0302", "tilde": "\u0303", "macron": "\u0304",
              "breve": "\u0306", "dotaccent": "\u0307", "dieresis": "\u0308", "ring": "\u030a", "cedilla": "\u0327",
              "hungarumlaut": "\u030b", "ogonek": "\u0328", "caron": "\u030c"}
_STANDARD = _standard()


def differences_table(differences: list) -> dict[int, str]:
    """Code -> character for an ``/Encoding``'s ``/Differences`` array (a code, then the names from it on).

    >>> differences_table([1, "/C84", "/C104", "/C101", 40, "/C40", "/space"])
    {1: 'T', 2: 'h', 3: 'e', 40: '('}
    """
    table, code = {}, 0
    for item in differences:
        if isinstance(item, int):
            code = item
            continue
        character = character_of(str(item).lstrip("/"))
        if character is not None:
            table[code] = character
        code += 1
    return table


class NumberedGlyphs:
    """The fonts of a PDF's pages that name their glyphs by code: per page, font name -> code -> character."""

    def __init__(self, data: bytes) -> None:
        self.data, self.reader = data, None

    def __call__(self, index: int) -> dict[str, dict[int, str]]:
        """The tables of page ``index`` (0-based), by the font's name without its subset tag; {} where none, or where
        the PDF's objects cannot be read (or pypdf is not installed)."""
        try:
            if self.reader is None:
                from pypdf import PdfReader
                self.reader = PdfReader(io.BytesIO(self.data))
            return _tables(self.reader.pages[index].get("/Resources"), depth=0)
        except Exception:  # (an odd PDF's objects: the page stays as PDFium read it, and is reported garbled)
            return {}


def _tables(resources, depth: int) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = {}
    resources = resources.get_object() if resources is not None else None
    if not resources:
        return out
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        encoding = font.get("/Encoding")
        encoding = encoding.get_object() if encoding is not None else None
        if hasattr(encoding, "get") and encoding.get("/Differences"):
            table = differences_table(list(encoding["/Differences"]))
            if table:
                out[_SUBSET.sub("", str(font.get("/BaseFont", "")).lstrip("/"), count=1)] = table
    if depth < 2:  # (the fonts of the forms the page draws, and of theirs)
        for form in (resources.get("/XObject") or {}).values():
            form = form.get_object()
            if form.get("/Subtype") == "/Form":
                out = {**_tables(form.get("/Resources"), depth + 1), **out}
    return out


def named_texts(calls: dict, textpage, tables: dict[str, dict[int, str]]) -> dict[int, str]:
    """The text of each text object of the page, character by character, a character of a font in ``tables`` as its
    glyph's name says (``calls``: the reader's PDFium functions, `extract._calls`; keyed by the object's address).

    Code 32 is a space to PDFium whatever the font draws with it: a glyph drawn with it is kept (and named) where it
    stands inside a word, but after a word space PDFium drops it as a second space. It is put back where it was
    dropped: where the space PDFium adds stands further before the next character than such a glyph is wide
    (by the width of the page's glyphs drawn with code 32), and after a glyph drawn with it, where the room to the
    next character is wider than the line's word spaces by most of such a glyph (`ap[p]ly`); narrower room, a word
    space, is the one PDFium did not add after the glyph at a word's end (`sto[p] here`).
    """
    chars: list[tuple[int | None, str, float, float, bool]] = []  # (object, character, left, right, drawn with 32)
    names: dict[int, dict[int, str] | None] = {}
    box = [ctypes.c_double() for _ in range(4)]
    for k in range(calls["chars"](textpage)):
        code = calls["unicode"](textpage, k)
        obj = calls["char_object"](textpage, k)
        calls["char_box"](textpage, k, *map(ctypes.byref, box))
        left, right = box[0].value, box[1].value
        if not obj or calls["generated"](textpage, k):
            if code == 32:
                chars.append((None, " ", left, right, False))
            continue
        if obj not in names:
            names[obj] = tables.get(_font_name(calls, obj))
        table = names[obj]
        chars.append((obj, table.get(code, chr(code)) if table else chr(code), left, right,
                      bool(table) and code == 32 and 32 in table))
    kept: dict[int, list[float]] = {}  # the glyphs drawn with code 32 that PDFium kept, by font (its table)
    for c in chars:
        if c[4]:
            kept.setdefault(id(names[c[0]]), []).append(c[3] - c[2])
    widths = {font: _median(values) for font, values in kept.items()}
    spaces: dict[int | None, list[float]] = {}  # the word spaces PDFium added, between the ink of two characters
    letters = []  # and the room between the ink of two letters of a word
    for k in range(1, len(chars) - 1):
        if chars[k][0] is None and chars[k - 1][0] is not None and chars[k - 1][0] == chars[k + 1][0]:
            gap = chars[k + 1][2] - chars[k - 1][3]
            spaces.setdefault(chars[k - 1][0], []).append(gap)
            spaces.setdefault(None, []).append(gap)
        elif chars[k][0] is not None and chars[k][0] == chars[k + 1][0] and not chars[k][4]:
            letters.append(max(0.0, chars[k + 1][2] - chars[k][3]))
    letter = _median(letters) if letters else 0.0
    out: dict[int, list[str]] = {}
    last = None
    table_of = names.__getitem__
    for k, (obj, character, left, right, drawn) in enumerate(chars):
        after = chars[k + 1] if k + 1 < len(chars) else None
        if obj is None:
            if last is None:
                continue
            out[last].append(" ")  # (a space between two objects: the one before ends with it)
            # (within one object, the space standing between its characters, on from the last one's right)
            table = names.get(last) if after is not None and after[0] == last else None
            width = widths.get(id(table), 0.0)
            if width and table and 32 in table and chars[k - 1][3] <= left + 0.1 and after[2] - left > 0.6 * width:
                out[last].append(table[32])  # (the glyph PDFium dropped after the space: `assistant [p]rofessor`)
            continue
        if last is not None and obj != last and unicodedata.combining(character):
            out[last].append(character)  # (an accent drawn as an object of its own: its letter's, the object before)
            out.setdefault(obj, [])  # (its own text none: not to be asked of PDFium, which gives the code)
            continue
        out.setdefault(obj, []).append(character)
        gap = after[2] - right if drawn and after is not None and after[0] == obj else 0.0
        width = widths.get(id(names[obj]), 0.0)
        if gap > 0.35 * width:
            # the room is the nearest of: a word space as wide as the line's others (a justified line's are stretched
            # alike), a glyph dropped (a second glyph drawn with code 32, taken for a second space: `ap[p]ly`), both
            # (`up [p]rocedures`)
            space = _median(spaces.get(obj) or spaces.get(None) or [0.35 * width])
            room = min((abs(gap - space), " "), (abs(gap - width - 2 * letter), table_of(obj)[32]),
                       (abs(gap - space - width - letter), " " + table_of(obj)[32]))[1]
            out[obj].append(room)  # (a word's last glyph drawn with code 32 has no space after it: `sto[p] here`)
        last = obj
    # (an accent drawn after its letter composed with it: `Lu¨bbe` is `Lübbe`; two single quotes drawn as a double one
    # are one: `‘‘EC Water Law’’`)
    return {obj: unicodedata.normalize("NFC", "".join(chars)).replace("‘‘", "“").replace("’’", "”")
            for obj, chars in out.items()}


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _font_name(calls: dict, obj: int) -> str:
    font = calls["font"](ctypes.c_void_p(obj))
    if not font:
        return ""
    name = ctypes.create_string_buffer(256)
    calls["font_name"](ctypes.c_void_p(font), name, 256)
    return _SUBSET.sub("", name.value.decode("latin-1", "replace"), count=1)
