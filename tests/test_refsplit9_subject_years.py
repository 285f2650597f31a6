"""Where the model ends a title at a span of years the title names (a person's life, a period) and takes its first
year for the work's, the merge keeps the rules' reading, which runs to the work's own year."""

from histkit.literature.choose import choose


def test_rules_reading_past_life_dates_is_kept():
    rule = {"authors": "Rudolf Wiethölter", "year": "1988",
            "title": "Julius Hermann von Kirchmann (1802–1884). Der Philosoph als wahrer Rechtslehrer"}
    model = {"authors": "Rudolf Wiethölter", "title": "Julius Hermann von Kirchmann", "year": "1802", "source": "model"}
    chosen = choose(rule, model)
    assert (chosen["source"], chosen["year"], chosen["title"]) == ("rules", "1988", rule["title"])


def test_model_reading_of_a_title_run_on_into_a_sentence_still_wins():
    rule = {"authors": "Barnhewer", "title": "Der Firmentarifvertrag (2006). Die Zulässigkeit", "year": "2006"}
    model = {"authors": "Barnhewer", "title": "Der Firmentarifvertrag", "year": "2006", "source": "model"}
    assert choose(rule, model)["source"] == "model"


def test_rules_reading_past_a_year_the_title_names_after_a_word_is_kept():
    rule = {"authors": "K. Löwith", "year": "1986", "title": "Mein Leben in Deutschland vor und nach 1933. Ein Bericht"}
    model = {"authors": "K. Löwith", "title": "Mein Leben in Deutschland vor und nach", "year": "1933", "source": "model"}
    chosen = choose(rule, model)
    assert (chosen["source"], chosen["year"], chosen["title"]) == ("rules", "1986", rule["title"])


def test_model_reading_before_a_bracketed_year_of_another_work_still_wins():
    rule = {"authors": "Barnhewer", "title": "Der Firmentarifvertrag (2006). Die Zulässigkeit", "year": "2010"}
    model = {"authors": "Barnhewer", "title": "Der Firmentarifvertrag", "year": "2006", "source": "model"}
    assert choose(rule, model)["source"] == "model"
