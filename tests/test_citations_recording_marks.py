"""Where in a recording a passage is (segment, tape, side, timecode) and how long it runs are no field of the holding.

An interview or broadcast is cited by its archive's number for it, then by the passage's place in it: read as the
unit, `seg. 4–6` or `tape 1, 10:05–11:40` pushed the interview's number and day into the levels above and lost the
row its date (`recordings`).
"""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.recordings import without_recording_marks


def _rows(*texts: str) -> list[dict]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    table = extract_citations(notes).citations.fillna("")
    return table[["kind", "archive", "fond", "collection", "unit", "date_start", "ibid_of"]].to_dict("records")


def test_a_segment_after_the_interview_number_is_dropped_and_the_day_kept():
    row = _rows("IWM, Sound Archive, 9876, interview with Mary L., recorded 4 May 1988, reel 2, side B.")[0]
    assert row["date_start"] == "1988-05-04"
    assert "9876" in (row["fond"], row["unit"]) and not any("reel" in row[c] or "side" in row[c] for c in row)


def test_timecodes_and_lengths_are_blanked_wherever_they_stand():
    assert without_recording_marks("Ibid., 01:02:03-01:04:00.").rstrip(" .") == "Ibid"
    assert without_recording_marks("FZH, WdE 77, Interview, 2.3.1985, 1 h 20").rstrip() == "FZH, WdE 77, Interview, 2.3.1985"
    assert without_recording_marks("Ebd., Sendung vom 3.3.1961, Min. 04:10–06:00.").rstrip(" .") == "Ebd., Sendung vom 3.3.1961"


def test_a_tape_alone_after_a_collection_stays_the_unit():
    # (no interview numbered before it: the tape is what the archive numbers, as rounds 19 and 20 read it)
    assert without_recording_marks("NHCS, Oral History Collection, tape 45.") == "NHCS, Oral History Collection, tape 45."
    # (a microfilm's reel after a record group, no recording named: the reel is the unit)
    assert without_recording_marks("NARA, RG 59, M1234, reel 5, frames 412–15.") == "NARA, RG 59, M1234, reel 5, frames 412–15."


def test_an_ibid_naming_only_a_timecode_repeats_its_interview():
    rows = _rows("USHMM, RG-50.030*0999, interview with Anna P., 7 June 1994.", "Ibid., 00:12:40.")
    assert rows[1]["kind"] == "ibid" and rows[1]["ibid_of"] == "1:1"
    assert rows[1]["unit"] == rows[0]["unit"] and rows[1]["date_start"] == "1994-06-07"


def test_a_volume_and_its_page_are_no_timecode():
    # (`2:50` is hours and minutes in a recording's citation, a volume and its page in a book's)
    assert without_recording_marks("al-Maqrīzī, Khiṭaṭ, 2:50.") == "al-Maqrīzī, Khiṭaṭ, 2:50."
    assert _rows("al-Maqrīzī, al-Mawāʿiẓ wa-l-iʿtibār (Cairo, 1853), 2:50.", "al-Maqrīzī, Khiṭaṭ, 3:12.")[1]["kind"] \
        == "literature"
