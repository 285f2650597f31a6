"""A day before a month's name in a note is the date of a letter, not a call of a note.

Texts whose body calls no note by number (the calls lost in extraction) are read by the
numbers lines start with; a letter dated `, 3 oktober 1923` in the notes must not pass for
a spaced call and make the walk look for calls that are not there.
"""

from histkit import Document
from histkit.layout import analyse_layout


def _note_numbers(text: str) -> list[str]:
    layout = analyse_layout(Document.from_text(text, doc_id="t"))
    return [b.note_no for b in layout.blocks if b.zone == "note"]


def test_a_day_before_a_month_name_in_a_note_is_no_call():
    text = ("Titel\n\nInleiding\n De minister verdedigde de wet in de Kamer.\n\n"
            "1 Smit aan Jansen, 3 oktober 1923, archief Smit, inv. nr. 12.\n"
            "2 Jansen aan Smit, 5 oktober 1923, ibidem.\n"
            "3 Handelingen 1923, p. 145.\n")
    assert _note_numbers(text) == ["1", "2", "3"]


def test_days_joined_to_their_month_by_de_are_no_run_of_calls_either():
    # three letters of days 6, 7 and 8 in notes 6, 7 and 8 looked like a numbering called from the text
    text = ("Título\n\nIntroducción\n El ministro defendió la ley ante las Cortes.\n\n"
            "1 Pérez a Gómez, carta, 3 de agosto de 1937, caja 2.\n2 Ibíd.\n3 Actas, 1937, p. 9.\n"
            "4 Ibíd., p. 10.\n5 Memoria, 1938, p. 4.\n6 Gómez a Pérez, 6 de mayo de 1937, caja 3.\n"
            "7 Pérez a Gómez, 7 de mayo de 1937, caja 3.\n8 Respuesta de Gómez, 8 de mayo de 1937, ibíd.\n")
    assert _note_numbers(text) == [str(n) for n in range(1, 9)]
