"""A family whose name a woman bears in its feminine form (`family_name_genders.csv`): a father and his daughter, a
brother and his sister (mention round 12); small texts written for each behaviour."""

from conftest import found_mentions


def test_a_daughter_bearing_the_feminine_family_name_is_named_by_her_given_name_once_named_in_full():
    text = ("В 1925 году Анна Лебедева переехала в Казань. Её отец Пётр Лебедев остался в Москве, "
            "а Анна писала ему каждую неделю.")
    assert found_mentions(text, ("p", "Пётр Лебедев", "person", ""), ("a", "Анна Лебедева", "person", "")) == [
        ("a", "Анна Лебедева"), ("p", "Пётр Лебедев"), ("a", "Анна")]


def test_a_family_in_the_plural_by_the_mans_form_names_the_daughter_too():
    text = ("Ҫак ҫулта Петр Семенов тата унӑн хӗрӗ Мария Семенова Хусана куҫнӑ. Семеновсем вара "
            "ҫавӑнта пурӑннӑ, анчах пулнӑ.")
    found = found_mentions(text, ("p", "Петр Семенов", "person", ""), ("m", "Мария Семенова", "person", ""))
    assert sorted(a for a, s in found if s == "Семеновсем") == ["m", "p"]


def test_a_family_name_beside_a_word_for_both_or_brothers_names_each_of_them():
    frisian = ("Yn 1920 skreau Gerrit Bosma in brief oan Hendrik Bosma. Letter gongen de bruorren Bosma "
               "nei Ljouwert, mar dat wie net maklik.")
    sorani = "لە ساڵی ١٩٣٠دا ئازاد بابان و شیرین بابان هاتن. هەردوو بابان لە سلێمانی بوون."
    assert sorted(a for a, s in found_mentions(frisian, ("g", "Gerrit Bosma", "person", ""),
                                               ("h", "Hendrik Bosma", "person", "")) if s == "Bosma") == ["g", "h"]
    assert sorted(a for a, s in found_mentions(sorani, ("a", "ئازاد بابان", "person", ""),
                                               ("s", "شیرین بابان", "person", "")) if s == "بابان") == ["a", "s"]


def test_a_given_name_alone_after_a_title_names_the_person_once_named_in_full():
    text = ("Jagis 1950 báhppa Niillas Gaup čálii ahte lea ollu bargu. Dan maŋŋel báhppa Niillas "
            "čálii fas, muhto Niillas ii boahtán.")
    assert found_mentions(text, ("n", "Niillas Gaup", "person", "")) == [("n", "Niillas Gaup"), ("n", "Niillas")]


def test_a_brothers_given_name_joined_to_the_other_brothers_full_name_names_him_before_his_full_name():
    text = ("Gerrit en Hendrik Bosma yn Snits, 1920-1930\n\n"
            "Yn 1920 skreau Gerrit Bosma in brief. Gerrit wie doe al âld, en Hendrik Bosma net.")
    found = found_mentions(text, ("g", "Gerrit Bosma", "person", ""), ("h", "Hendrik Bosma", "person", ""))
    assert [a for a, s in found if s == "Gerrit"] == ["g", "g"]
