"""A family name of two Bengali letters is two syllables (each consonant carries its vowel) and takes case endings
like a longer one (`হক` → `হকের`; mention round 7). A small text written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def test_a_family_name_of_two_bengali_letters_with_a_case_ending_is_a_mention():
    table = act.find_mentions(body_layout("মন্ত্রিসভা হকের হাতে ছিল"),
                              authority(("h", "আবুল কাশেম ফজলুল হক", "person", "")))
    assert table.surface.tolist() == ["হকের"]
