"""An office the file gives a person for a period names him, and not where the text gives it to another holder
(`office_words.csv`); small texts written for the behaviour."""

from conftest import authority, body_layout

from histkit import actors as act


def _found(text, actor_id, name, office, note):
    table = authority((actor_id, name, "person", office)).assign(note=note)
    return list(act.find_mentions(body_layout(text), act.build_matcher(table, cache=False)).surface)


def test_the_office_names_its_holder_and_not_the_holder_before_or_after_him():
    text = ("The Prime Minister of the day, Winston Churchill, lost in July 1945. The Prime Minister met Truman in "
            "Potsdam; when Anthony Eden was Prime Minister, Attlee led the opposition. His successor as Prime "
            "Minister, Winston Churchill, kept the bomb. A new Prime Minister seldom changes the civil service.")
    found = _found(text, "attlee", "Clement Attlee", "Prime Minister", "Prime Minister 1945-1951")
    assert found == ["Prime Minister", "Attlee"]


def test_the_same_office_of_another_state_and_a_later_holder_s_years_are_not_his():
    text = ("Der Bundeskanzler sprach in Paris. Der österreichische Bundeskanzler Julius Raab kam 1955; der neue "
            "Bundeskanzler hieß 1963 Ludwig Erhard. Vgl. Kurt Kiesinger, Bundeskanzler 1966–1969.")
    found = _found(text, "adenauer", "Konrad Adenauer", "Bundeskanzler", "deutscher Bundeskanzler 1949-1963")
    assert found == ["Bundeskanzler"]


def test_a_name_the_note_gives_without_a_period_is_no_office():
    text = "Der Dichter Ardo, Verse aus Lodz, erschien 1921; Ardo Versen folgten."
    found = _found(text, "w", "Adam Wróblewski", "Ardo", "Dichter; Pseudonym Ardo")
    assert found == ["Ardo", "Ardo"]


def test_an_office_held_for_a_period_lends_no_initial_to_a_namesake():
    text = "Leonid Brezhnev ruled until 1982. See Sergei Brezhnev, Memoirs of a Nephew (Moscow, 1995), 4."
    found = _found(text, "b", "Leonid Brezhnev", "General Secretary", "General Secretary 1966-1982")
    assert found == ["Leonid Brezhnev"]
