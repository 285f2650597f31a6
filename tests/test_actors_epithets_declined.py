"""An epithet listed with its article in the nominative is found in the cases German declines it in
(`epithet_articles.csv`); small texts written for each behaviour."""

from conftest import found_mentions

GERMAN = "Der Aufsatz ist auf Deutsch und die Presse schrieb über ihn. "


def test_an_epithet_with_its_article_is_found_in_the_accusative_dative_and_genitive():
    text = GERMAN + "Man verglich den Alten mit dem Eisernen Kanzler und sprach vom Erbe des Eisernen Kanzlers."
    found = found_mentions(text, ("a", "Konrad Adenauer", "person", "der Alte"),
                           ("b", "Otto von Bismarck", "person", "der Eiserne Kanzler"))
    assert found == [("a", "den Alten"), ("b", "dem Eisernen Kanzler"), ("b", "des Eisernen Kanzlers")]


def test_a_name_before_its_epithet_takes_the_genitive_and_a_longer_epithet_is_not_a_shorter_ones():
    text = GERMAN + "Der Sarg Friedrichs des Großen kam 1952 nach Hechingen, ein Kranz für den Alten Fritz auch."
    found = found_mentions(text, ("f", "Friedrich II.", "person", "Friedrich der Große|der Alte Fritz"),
                           ("a", "Konrad Adenauer", "person", "der Alte"))
    assert found == [("f", "Friedrichs des Großen"), ("f", "den Alten Fritz")]


def test_the_adjective_in_small_letters_is_the_common_word():
    text = GERMAN + "Den alten Kaiser erwähnte kaum jemand, und ein alter Mann galt als Gefahr."
    assert found_mentions(text, ("a", "Konrad Adenauer", "person", "der Alte")) == []
