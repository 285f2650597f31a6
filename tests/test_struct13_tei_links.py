"""TEI notes tied to their calls as round 13's producers tie them: by `<link>`s in a `<linkGrp>` pairing an
`<anchor/>` with a note kept in `<back>`, and by an `<annotation>` whose ``@target`` names the anchor.
"""

from histkit import analyse_layout, read_document

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'
HEADER = "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>"
BODY = '<p>Le spese salirono;<anchor xml:id="a1"/> i conti furono rivisti.<anchor xml:id="a2"/></p>'
NOTES = ('<div type="notes"><note xml:id="n1" n="1"><p>ASO, c. 12r.</p></note>'
         '<note xml:id="n2" n="2"><p>Ivi, c. 14v.</p></note></div>')


def tei(tmp_path, body, back="", after=""):
    path = tmp_path / "a.tei.xml"
    path.write_text(f"<TEI {TEI}>{HEADER}<text><body>{body}</body><back>{back}</back></text>{after}</TEI>",
                    encoding="utf-8")
    return analyse_layout(read_document(path))


def called(lay):
    """Each note's number, text and the last word before its marker."""
    return [(n.note_no, n.text, lay.doc.text[:n.marker_start].split()[-1]) for n in lay.notes]


def test_notes_paired_with_anchors_by_a_link_group_are_called_at_the_anchors_whatever_the_links_order(tmp_path):
    links = '<linkGrp type="notes"><link target="#a2 #n2"/><link target="#a1 #n1"/></linkGrp>'
    lay = tei(tmp_path, BODY, NOTES + links)
    assert called(lay) == [("1", "ASO, c. 12r.", "salirono;"), ("2", "Ivi, c. 14v.", "rivisti.")]


def test_a_link_names_its_anchor_and_note_in_either_order(tmp_path):
    links = '<linkGrp><link target="#n1 #a1"/><link target="#n2 #a2"/></linkGrp>'
    lay = tei(tmp_path, BODY, NOTES + links)
    assert [c[2] for c in called(lay)] == ["salirono;", "rivisti."]


def test_a_note_held_by_an_annotation_is_called_where_the_annotation_target_stands(tmp_path):
    annotations = ('<standOff><listAnnotation><annotation xml:id="an2" target="#a2"><note n="2">Ivi, c. 14v.</note>'
                   '</annotation><annotation target="#a1"><note n="1">ASO, c. 12r.</note></annotation>'
                   '</listAnnotation></standOff>')
    lay = tei(tmp_path, BODY, after=annotations)
    assert called(lay) == [("1", "ASO, c. 12r.", "salirono;"), ("2", "Ivi, c. 14v.", "rivisti.")]
