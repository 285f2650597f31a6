"""The merge keeps the rules' reading where the model read every field one on: the rules' title as its author and the
rules' container as its title (`Annales Pegavienses, MGH SS 16`)."""

from histkit.literature.choose import choose


def test_model_reading_title_as_author_and_container_as_title_gives_way():
    rule = {"authors": "", "title": "Annales Pegavienses", "container": "MGH SS", "year": ""}
    model = {"authors": "Annales Pegavienses", "title": "MGH SS", "container": "", "year": "", "source": "model"}
    kept = choose(rule, model)
    assert (kept["title"], kept["container"], kept["source"]) == ("Annales Pegavienses", "MGH SS", "rules")


def test_rules_title_that_is_the_model_author_alone_still_gives_way():
    rule = {"authors": "", "title": "Eley", "container": "", "year": ""}
    model = {"authors": "Eley", "title": "Forging Democracy", "container": "", "year": "2002", "source": "model"}
    assert choose(rule, model)["title"] == "Forging Democracy"
