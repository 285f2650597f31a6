"""Archives of Armenian and Georgian notes: a code in a script with capitals the language never writes or without
capitals, the units, Ibid. and no-date words of these languages (generality round 4's misses, on invented notes)."""

from conftest import cite


def archives_of(*texts):
    rows = cite(*texts).citations
    return [(r.note_no, r.kind, r.archive_name) for r in rows.itertuples()]


def test_a_georgian_code_after_the_word_for_hereafter_is_defined_and_its_ibid_follows():
    rows = archives_of("ქუთაისის საისტორიო არქივი (შემდგომში – ქსა), ფ. 12, აღ. 3, საქ. 4, 1921 წლის 3 მაისი.",
                       "ქსა, ფ. 12, აღ. 3, საქ. 5.", "იქვე, საქ. 6.")
    assert rows == [("1", "archival", "ქუთაისის საისტორიო არქივი"), ("2", "archival", "ქუთაისის საისტორიო არქივი"),
                    ("3", "ibid", "ქუთაისის საისტორიო არქივი")]


def test_an_armenian_code_after_the_word_for_hereafter_and_its_comma_is_defined():
    rows = archives_of("Գյումրիի արխիվ (այսուհետ՝ ԳԱ), ֆ. 7, ց. 1, գ. 2, 1925 թ. մայիսի 3։", "ԳԱ, ֆ. 7, ց. 1, գ. 3։")
    assert [name for *_, name in rows] == ["Գյումրիի արխիվ"] * 2
