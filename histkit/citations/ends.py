"""Where a reference ends: the punctuation that parts it from what follows it in its note, which is no field's.

A reference is read from its end (place, year, pages), so what its note put
after it must go first: the final full stop; a comma where the note went on
(`…, Berlin 1824, cité par …`); the semicolon that parts it from the next
reference of a list (`…, Firenze 1987;`); and the bracket that closes an aside
the reference ends (`(cfr. G. Rossi, Le leghe, Roma 1969, pp. 739-740).`),
which opened before it: a closing bracket the reference does not open; a
lone dash, dot or star after a space, left at the end by a line's break
(`…, Roma 1753 -`).
"""

from __future__ import annotations


def without_end(raw: str) -> str:
    """The reference without the punctuation that ends it in its note.

    >>> without_end("G. Rossi, Le leghe, Firenze 1987;"), without_end("G. Rossi, Le leghe, Roma 1969, pp. 7-9).")
    ('G. Rossi, Le leghe, Firenze 1987', 'G. Rossi, Le leghe, Roma 1969, pp. 7-9')
    >>> without_end("G. Rossi, Le leghe (Roma 1969)"), without_end("F. Bianchini, De tribus, Roma 1753 -")
    ('G. Rossi, Le leghe (Roma 1969)', 'F. Bianchini, De tribus, Roma 1753')
    """
    text = raw.strip()
    if text[-1:] in ("-", "–", "·", "•", "*") and text[-2:-1].isspace():  # (a line's break left it)
        text = text[:-1]
    text = text.strip().removesuffix(";").rstrip(".").strip().removesuffix(",")
    if text.endswith(")") and text.count(")") > text.count("("):  # (an aside's bracket, opened before the reference)
        text = text[:-1].rstrip().removesuffix(";").rstrip(".").strip().removesuffix(",")
    return text
