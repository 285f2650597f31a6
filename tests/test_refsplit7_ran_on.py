"""A rules' title that runs on past a title ending in a question mark (`Wozu Rechtsphilosophie?, JZ 73 (2018), …`)
gives way to the model's reading of the title."""

from histkit.literature.choose import choose


def test_a_title_run_on_past_its_question_mark_is_the_models():
    rule = {"authors": "Andreas Fischer-Lescano", "title": "Wozu Rechtsphilosophie?, JZ 73 (2018), 161–170, 170",
            "year": "2018", "container": ""}
    model = {"authors": "Andreas Fischer-Lescano", "title": "Wozu Rechtsphilosophie", "year": "2018",
             "container": "JZ", "source": "model"}
    assert choose(rule, model)["title"] == "Wozu Rechtsphilosophie"
