"""A person named in a book's subtitle before the period it covers (`Cold Peace: Stalin and the Soviet Ruling Circle,
1945–1953 (Oxford, 2004)`) looks like a publisher in an imprint, but the book's own imprint follows: a mention."""

from conftest import found_mentions

STALIN = ("s", "Joseph Stalin", "person", "")


def test_a_person_in_a_subtitle_before_its_period_and_the_imprint_is_a_mention():
    text = "See Gorlizki and Khlevniuk, Cold Peace: Stalin and the Soviet Ruling Circle, 1945–1953 (Oxford, 2004), 156."
    assert found_mentions(text, STALIN) == [("s", "Stalin")]


def test_a_person_in_a_bibliography_subtitle_before_the_imprint_is_a_mention():
    text = "Gilbert, Martin. Road to Victory: Joseph Stalin, 1941–1945. London: Heinemann, 1986."
    assert found_mentions(text, STALIN) == [("s", "Joseph Stalin")]


def test_a_firm_named_after_its_founder_in_the_imprint_is_still_no_mention():
    text = "Stalin spoke. A. Smith, Tides (London: Stalin, 1969), 4; B. Jones, Ebb (Paris: Stalin, 1950–1960)."
    assert found_mentions(text, STALIN) == [("s", "Stalin")]
