"""Names spelled with a long or a short i (Bengali `তাজউদ্দীন`, `তাজউদ্দিন`; Nepali `कोइराला`, `कोईराला`; mention
round 7) are one name. Small texts written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def found(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_a_bengali_name_with_the_short_i_sign_is_the_name_listed_with_the_long():
    assert found("তাজউদ্দিন আহমদ যুদ্ধ পরিচালনা করেন", ("t", "তাজউদ্দীন আহমদ", "person", "")) == ["তাজউদ্দিন আহমদ"]


def test_a_nepali_name_with_the_long_vowel_letter_is_the_name_listed_with_the_short():
    assert found("कोईराला पछि लेखे", ("b", "विश्वेश्वरप्रसाद कोइराला", "person", "")) == ["कोईराला"]
