"""A narrow justified column whose lines end in short words of one width: no gutter before them (round 33 of
layouts: notes at the foot of each of two columns).

A justified line ends at the column's right edge, so its last word starts a word's width before it: where several
lines around end in two-letter words (`de`, `au`), the gaps before those words fall at one place, as a tight gutter's
do, but no column's width of text stands right of them. Pieces are words as a typesetter draws them; positions are
PDF points from the top left, ``base`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from histkit.read.pdf.extract import Piece  # noqa: E402
from histkit.read.pdf.lines import page_lines  # noqa: E402

SIZE = 7.2


def words(base, *placed):
    """Pieces of one baseline: (x0, text, width) each."""
    return [Piece(text, x0, base - 0.8 * SIZE, x0 + w, base + 0.2 * SIZE, base, SIZE) for x0, text, w in placed]


def texts(pieces):
    return [ln.text for ln in page_lines(pieces)[0]]


def test_the_short_last_words_of_justified_lines_ending_at_one_place_stay_on_their_lines():
    # a column's notes 7.2 pt, justified to 376.7: `Le`, `de`, `au` start at 369.3, `3` at 373.4
    pieces = words(480.4, (229.3, "4.", 5.4), (237.3, "Arch.", 17.0), (258.2, "dép.", 13.2), (274.9, "Aveyron,", 28.4),
                   (307.2, "C", 4.2), (315.5, "1883,", 17.1), (336.3, "fol.", 9.6), (350.2, "1-96.", 15.2),
                   (369.2, "Le", 7.5))
    pieces += words(489.2, (221.3, "registre", 25.4), (251.5, "de", 7.3), (264.0, "1661", 14.8), (284.1, "est", 9.4),
                    (297.8, "incomplet", 32.2), (334.5, "des", 10.6), (349.8, "mois", 14.9), (369.4, "de", 7.3))
    pieces += words(498.0, (220.5, "janvier", 23.3), (246.2, "et", 6.1), (254.6, "février.", 23.2))
    pieces += words(506.8, (229.7, "5.", 5.0), (237.7, "Ibid.,", 16.0), (256.7, "fol.", 9.6), (269.1, "41", 7.1),
                    (279.2, "v°-44.", 18.8))
    pieces += words(515.6, (229.5, "6.", 5.1), (237.7, "Lettre", 19.6), (262.2, "du", 7.7), (274.7, "contrôleur", 34.1),
                    (313.0, "Antoine", 25.1), (343.1, "Cabrol", 21.5), (369.3, "au", 7.5))
    pieces += words(524.4, (221.4, "directeur", 30.1), (258.8, "des", 10.6), (276.9, "gabelles", 26.6), (311.0, "de", 7.3),
                    (325.9, "Montpellier,", 39.5), (373.4, "3", 3.2))
    read = texts(pieces)
    assert "registre de 1661 est incomplet des mois de" in read
    assert "6. Lettre du contrôleur Antoine Cabrol au" in read
    assert "directeur des gabelles de Montpellier, 3" in read
