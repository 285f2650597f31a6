"""What a raised mark may be, as a note's call or label: a number, a run of reference symbols, a letter or a roman
number.

The line reader (`lines.py`) asks these shapes of every raised piece it meets: a raised piece that has one of
them is a marker (a call in the text, a label in the notes), any other raised piece is text (`XIXᵉ`, `m²`).
"""

from __future__ import annotations

from ...data import word_column
from ...patterns import compiled

#: What follows the number of a note added at proof stage, the numbers after it unmoved: a lowercase letter (`4a`)
#: or a Latin ordinal adverb (`12bis`, `12ter`), from ``data/read/inserted_suffixes.csv`` (a list a user can extend).
INSERTED = "|".join([*sorted(word_column("read", "inserted_suffixes.csv", "suffix"), key=lambda w: (-len(w), w)),
                     "[a-z]"])
#: What a note marker or label may be: a number, or a run of reference symbols. A number may carry the suffix of a
#: note inserted at proof stage (`4a`, `12bis`) or be counted within a chapter (`2.3`).
MARKER = compiled(rf"(?:\d{{1,4}}(?:{INSERTED}|\.\d{{1,3}})?|[*†‡§¶‖#]{{1,3}})")
#: The symbols of an unnumbered note, as its label (`* Funded by …`) and its call (`Garrigou*`).
SYMBOLS = "*†‡"
#: a raised lowercase letter (a lettered series' call, `grāmataᵃ`), a roman number (`kehila.ⁱⁱ`: Word and LibreOffice
#: number notes i, ii, iii or I, II, III where an author asks, and endnotes so by default) or a doubled letter (`aa`)
LETTER = compiled(r"[a-zA-Z]|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
                  r"|(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|([a-zA-Z])\1{1,2}")
DOUBLED = compiled(r"(\d{1,4}|[*†‡§¶‖#]{1,3})\1")  # a marker drawn twice (Word's custom marks; a doubled label)
