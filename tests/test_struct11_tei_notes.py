"""TEI notes as round 11's producers write them: a note kept apart in `<back>` that comments a passage names both
ends of it in its ``@target`` list (`#a3s #a3`); it is called once, where the passage ends.
"""

from histkit import analyse_layout, read_document

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


def tei(tmp_path, body, back=""):
    path = tmp_path / "a.tei.xml"
    path.write_text(f'<TEI {TEI}><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>'
                    f"<text><body>{body}</body><back>{back}</back></text></TEI>", encoding="utf-8")
    return analyse_layout(read_document(path))


def called(lay):
    """Each note's number, text and the text of its block up to its marker, and how many more calls it has."""
    blocks = {b.block_id: b for b in lay.blocks}
    return [(n.note_no, n.text, lay.doc.text[blocks[n.marker_block_id].start:n.marker_start],
             len(n.later_marker_starts)) for n in lay.notes]


BODY = ('<p>Geležinkelis nutiestas 1871 m.<anchor xml:id="a1"/> <anchor xml:id="a2s"/>Sąrašai išliko beveik '
        'visi,<anchor xml:id="a2"/> todėl galima suskaičiuoti narius.<anchor xml:id="a3"/></p>')


def test_a_note_whose_targets_are_a_passages_start_and_end_is_called_once_where_the_passage_ends(tmp_path):
    lay = tei(tmp_path, BODY, '<div type="notes"><note xml:id="n1" n="1" target="#a1">KRVA, f. 49.</note>'
                              '<note xml:id="n2" n="2" target="#a2s #a2">LVIA, f. 378.</note>'
                              '<note xml:id="n3" n="3" target="#a3">Ten pat.</note></div>')
    assert called(lay) == [
        ("1", "KRVA, f. 49.", "Geležinkelis nutiestas 1871 m.", 0),
        ("2", "LVIA, f. 378.", "Geležinkelis nutiestas 1871 m.1 Sąrašai išliko beveik visi,", 0),
        ("3", "Ten pat.", "Geležinkelis nutiestas 1871 m.1 Sąrašai išliko beveik visi,2 todėl galima suskaičiuoti "
                          "narius.", 0),
    ]


def test_the_passages_end_is_its_last_anchor_in_the_text_whatever_order_the_list_names_them_in(tmp_path):
    lay = tei(tmp_path, BODY, '<div type="notes"><note xml:id="n1" n="1" target="#a1">KRVA, f. 49.</note>'
                              '<note xml:id="n2" n="2" target="#a2 #a2s">LVIA, f. 378.</note>'
                              '<note xml:id="n3" n="3" target="#a3">Ten pat.</note></div>')
    assert [(no, before.split()[-1], later) for no, _, before, later in called(lay)] == [
        ("1", "m.", 0), ("2", "visi,", 0), ("3", "narius.", 0)]


def test_an_edition_whose_note_numbers_start_above_1_is_numbered_from_1_and_prints_its_own(tmp_path):
    lay = tei(tmp_path, '<p>Alpha beta.<note place="foot" n="34">Note A.</note> Gamma.<note place="foot" n="35">'
                        'Note B.</note></p><p>Delta.<note place="foot" n="36">Note C.</note></p>')
    text = lay.doc.text
    assert [(n.note_no, n.label, n.text, text[n.marker_start:n.marker_start + 2]) for n in lay.notes] == [
        ("1", "34", "Note A.", "34"), ("2", "35", "Note B.", "35"), ("3", "36", "Note C.", "36")]


def test_notes_apart_whose_numbers_start_above_1_are_numbered_from_1_where_they_are_called(tmp_path):
    lay = tei(tmp_path, BODY, '<div type="notes"><note xml:id="n1" n="12" target="#a1">KRVA, f. 49.</note>'
                              '<note xml:id="n2" n="13" target="#a2">LVIA, f. 378.</note>'
                              '<note xml:id="n3" n="14" target="#a3">Ten pat.</note></div>')
    assert [(n.note_no, n.label, before.split()[-1]) for n, (_, _, before, _) in zip(lay.notes, called(lay))] == [
        ("1", "12", "m."), ("2", "13", "visi,"), ("3", "14", "narius.")]
