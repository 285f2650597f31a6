"""Where in a recording a passage is, and how long the recording runs: no field of the holding that keeps it.

An interview, a film or a broadcast is cited by the archive's number for it (`VHA, interview 12345`, `RG-50.030*0412`,
`WdE 456`, `IDNR 012345`), then by the place of the passage inside it: a segment, a tape and its side, a cassette, a
reel (`seg. 23–25`, `tape 2, side A`, `Kassette 2, Seite B`), a timecode (`12:30–14:05`, `00:01:12-00:02:40`, `Min.
12:40–15:10`, `00:45:12`) or the recording's length (`1 hr 52 min`, `1 h 40`, `2 godz. 14 min.`). Like a leaf, none of
them is the unit a historian counts, and read as one they pushed the interview's number, place and day into the
levels above and lost the row its date. `without_recording_marks` blanks them (the same length: offsets hold):

- a timecode to the second, or after `Min.`, or a length, standing alone between commas or brackets, wherever it
  stands (no call number is made of them); hours and minutes alone (`12:30–14:05`) only in a citation of a recording
  (a volume and its page are written so: `al-Ḥamawī, Nuzhat, 2:50`);
- a segment, tape, side, cassette or reel (``recording_words.csv``, kind ``mark``) only in a citation that speaks of a
  recording (kind ``recording``: `interview`, `recorded`, `relacja`, `Sendung`, …) and after an earlier part that
  numbers something and is no date: alone after an archive's collection a tape or reel is the unit (`Oral History
  Collection, tape 45`; `RG 59, M1234, reel 5` names no recording), and an Ibid.'s `tape 46` is another tape.
"""

from __future__ import annotations

import functools
import re

from ..dates import find_dates
from .words import alternation, opening_guard
from ..patterns import compiled

_SECONDS = r"\d{1,2}:\d{2}:\d{2}"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_ALONE = r"\s*(?=[,;)]|\.?\s*$)"  # (the part ends there: a comma, a bracket, the citation's end)
# a timecode to the second or after `Min.`, a span of two, a length in hours and minutes: never a call number
_TIMES = compiled(rf"(?:(?<=\()|[,;])\s*(?:Min\.\s*{_CLOCK}(?:\s*[–-]\s*{_CLOCK})?|{_SECONDS}(?:\s*[–-]\s*{_SECONDS})?"
                  r"|\d+\s*(?:hrs?|h|godz\.|Std\.)(?:\s*\d+(?:\s*(?:min\.?|Min\.?))?)?|\d+\s*(?:min\.?|minutes|Min\.))"
                  + _ALONE)
# hours and minutes alone, or a span of them: a volume and its page too (`Nuzhat, 2:50`), so only in a recording's
_CLOCKS = compiled(rf"(?:(?<=\()|[,;])\s*{_CLOCK}(?:\s*[–-]\s*{_CLOCK})?" + _ALONE)


@functools.cache
def _marks() -> re.Pattern:
    return compiled(rf",\s*(?:{alternation('recording_words.csv', 'mark')})\s+(?:\d+(?:\s*[–-]\s*\d+)?|[AB])"
                    r"\s*(?=[,;)]|\.?\s*$)")


@functools.cache
def _recording() -> re.Pattern:
    # (the words' first letters looked at first, `opening_guard`: a look-behind first was tried at every character)
    return compiled(rf"{opening_guard('recording_words.csv')}(?<![^\W\d_])(?:{alternation('recording_words.csv', 'recording')})"
                    r"(?![^\W\d_])", re.IGNORECASE)


def without_recording_marks(text: str) -> str:
    """``text`` with the places and lengths of passages in a recording blanked (the same length), else ``text``.

    >>> without_recording_marks("VHA, interview 23456 with Pavel S., 2 June 1997, tape 2, 12:30–14:05.")
    'VHA, interview 23456 with Pavel S., 2 June 1997                      .'
    >>> without_recording_marks("NHCS, Oral History Collection, tape 45."), without_recording_marks("Ibid., 00:45:12.")
    ('NHCS, Oral History Collection, tape 45.', 'Ibid.          .')
    """
    if ":" not in text and not any(c.isdigit() for c in text):
        return text
    text = _TIMES.sub(lambda m: " " * len(m.group()), text)
    if not _recording().search(text):
        return text
    text = _CLOCKS.sub(lambda m: " " * len(m.group()), text)
    return _marks().sub(lambda m: " " * len(m.group()) if _numbered_before(text[:m.start()]) else m.group(), text)


def _numbered_before(head: str) -> bool:
    """A part before the mark numbers the interview or item (`interview 12345 …`, `4567`) and is no date."""
    return any(re.search(r"\d", part) and not find_dates(part) for part in head.split(",")[1:])
