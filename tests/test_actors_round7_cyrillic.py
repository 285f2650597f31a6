"""The letters Tajik adds to Russian's (`ғ`, `ҳ`, `қ`, `ӣ`, `ӯ`) read as the Russian letters Soviet print wrote for
them: a Russian note's `Гафуров` is the Tajik `Ғафуров` (mention round 7); a town named after him stays no
mention. Small texts written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def found(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_a_tajik_name_in_its_russian_spelling_is_a_mention():
    assert found("Гафуров писал; Рахмонов выступил.", ("g", "Бобоҷон Ғафуров", "person", ""),
                 ("r", "Эмомалӣ Раҳмонов", "person", "")) == ["Гафуров", "Рахмонов"]


def test_a_town_named_after_a_tajik_name_is_still_no_mention():
    assert found("Ғафуров омад. Имрӯз шаҳри Ғафуров калон аст.", ("g", "Бобоҷон Ғафуров", "person", "")) == \
        ["Ғафуров"]
