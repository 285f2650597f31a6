"""Exhibition catalogues cited as books: the words saying what they are (`exh. cat.`, `Ausst.-Kat.`, `cat. expo.`,
`tent.cat.`) and the catalogue number or lot ending the citation are no part of the title or the pages."""

import pytest

from histkit import Document, build_tables
from histkit.citations.catalogues import without_catalogue


def rows(note: str):
    # (the rules' row or the learned reader's that replaced it: both are the reference table's)
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])["references"]


@pytest.mark.parametrize("cited, bare", [
    ("Trésors, cat. expo., Marseille, musée Borély, 1962", "Trésors (Marseille: musée Borély, 1962)"),
    ("Meesters op de markt, tent.cat. Amsterdam Museum (Zwolle 2014) cat.nr. 23.", "Meesters op de markt (Zwolle 2014)"),
    ("Schätze, hg. v. A. Vogt, Ausst.-Kat. Altertümersammlung, Stuttgart 1932, Kat.-Nr. 112",
     "Schätze, hg. v. A. Vogt (Stuttgart: Altertümersammlung, 1932)"),
    ("Important Pictures, sale 14 June 1996, lot 87", "Important Pictures, sale 14 June 1996"),
])
def test_the_designation_and_the_catalogue_number_are_taken_off(cited, bare):
    assert without_catalogue(cited) == bare


def test_a_catalogue_with_no_author_after_a_lead_word_is_read_as_a_book():
    found = rows("Voir Trésors de la Provence antique, cat. expo., Marseille, musée Borély, 1962, n° 45.")
    assert list(zip(found.title, found.place, found.year)) == [("Trésors de la Provence antique", "Marseille", "1962")]


def test_a_catalogue_after_a_lists_word_for_and_is_a_work_of_its_own():
    found = rows("Véase Marta Ribas Castell, Ampurias bajo el franquismo, Barcelona, Universitat de Barcelona, 2011, "
                 "pp. 21-44; y Empúries: cien años de excavaciones, cat. exp., Girona, Museu d'Arqueologia de "
                 "Catalunya, 2008, n.º cat. 15.")
    assert "Empúries: cien años de excavaciones" in list(found.title)


def test_the_venue_in_brackets_before_the_imprint_is_no_part_of_the_title():
    found = rows("Mozart a Bologna. Documenti e immagini, cat. mostra (Bologna, Museo internazionale, 2006-2007), "
                 "a cura di L. Bernardi e P. Monteverdi, Bologna, Bononia University Press, 2006, pp. 45-62, scheda 12.")
    assert list(zip(found.title, found.year)) == [("Mozart a Bologna. Documenti e immagini", "2006")]


def test_editors_joined_by_the_german_abbreviation_for_and_make_an_edited_catalogue_a_book():
    # (`u.` between two editors: read as no word, the venue after `Ausst.-Kat.` was taken for an archive)
    found = rows("Graben für die Heimat. Archäologie in Württemberg 1918–1945, hg. v. Sabine Kettler u. Markus "
                 "Rainer, Ausst.-Kat. Landesmuseum Württemberg, Stuttgart 2013, S. 112–119.")
    assert list(zip(found.title, found.year)) == [("Graben für die Heimat. Archäologie in Württemberg 1918–1945", "2013")]
