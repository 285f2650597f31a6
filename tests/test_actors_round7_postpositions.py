"""Case endings and postpositions written on the name, as Bengali and Nepali write them (mention round 7): the
name with them is a mention. Small texts written for each."""

from conftest import authority, body_layout

from histkit import actors as act


def surfaces(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_bengali_genitive_after_a_consonant_and_after_a_vowel_sign_are_mentions():
    assert surfaces("দলের হাল ধরেন মুজিবের ভাই; ভাসানীর কৃষক সভা",
                    ("m", "শেখ মুজিব", "person", ""), ("b", "আবদুল হামিদ খান ভাসানী", "person", "")) == \
        ["মুজিবের", "ভাসানীর"]


def test_bengali_objective_locative_and_clitics_on_a_name_or_a_party_are_mentions():
    assert surfaces("তারা মুসলিম লীগকে হারায়; হাজার তরুণ মুক্তিবাহিনীতে যোগ দেয়; ভাসানীও ছিলেন",
                    ("ml", "মুসলিম লীগ", "party", ""), ("mb", "মুক্তিবাহিনী", "organisation", ""),
                    ("b", "আবদুল হামিদ খান ভাসানী", "person", "")) == ["মুসলিম লীগকে", "মুক্তিবাহিনীতে", "ভাসানীও"]


def test_nepali_postpositions_written_on_a_name_or_a_party_are_mentions():
    assert surfaces("नेपाली कांग्रेसले क्रान्ति सुरु गर्‍यो र पुष्पलालको पार्टी अलग भयो",
                    ("nc", "नेपाली कांग्रेस", "party", ""), ("p", "पुष्पलाल श्रेष्ठ", "person", "पुष्पलाल")) == \
        ["नेपाली कांग्रेसले", "पुष्पलालको"]


def test_nepali_dative_on_a_short_alias_is_a_mention():
    assert surfaces("राजाले बीपीलाई गिरफ्तार गरे", ("b", "विश्वेश्वरप्रसाद कोइराला", "person", "बीपी")) == ["बीपीलाई"]
