"""A Bulgarian note's journal after a dash may print its volume without a word for it (`– Изв. на …, 28, 1984`): the
journal is the container and the number its volume."""

from histkit.citations import parse_reference


def test_a_journal_after_a_dash_with_a_bare_volume_is_the_container():
    ref = parse_reference("Мутафов, Н. Гръцките колонии по Черноморието. – Изв. на Варненското археологическо дружество, "
                          "28, 1984, с. 45–60.")
    assert [ref[k] for k in ("authors", "title", "container", "volume", "year", "pages")] == \
        ["Мутафов, Н.", "Гръцките колонии по Черноморието", "Изв. на Варненското археологическо дружество", "28", "1984",
         "с. 45–60"]
