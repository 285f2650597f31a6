"""In running text a full stop after a date's last number that the sentence goes on from is the number's ordinal
stop, part of the date (rounds 1 and 3: Croatian, Serbian, Estonian, Latvian); before a capital it ends the
sentence, and in notes it ends a citation's part."""

from histkit import Document, analyse_layout, dates_table


def _surfaces(text: str) -> list[str]:
    return dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="o")))["surface"].tolist()


def test_the_stop_the_sentence_goes_on_from_is_the_years():
    assert _surfaces("Видовдански устав донет је 28. јуна 1921. године, а диктатура 1929. име.") == \
        ["28. јуна 1921.", "1929."]


def test_the_stop_before_a_capital_ends_the_sentence():
    assert _surfaces("Rat je počeo 28. srpnja 1914. Srbija se branila.") == ["28. srpnja 1914"]


def test_a_stop_before_a_digit_is_not_the_years():
    assert _surfaces("Põhiseadus muudeti 1933. 5 aastat hiljem.") == ["1933"]
