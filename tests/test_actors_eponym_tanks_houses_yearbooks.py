"""Things named after a person in `eponym_words.csv`: a tank (`Churchill tanks`), a house kept as a museum (`Maison
Zola`), a university and a yearbook joined by a hyphen (`Heinrich-Heine-Universität`, `Heine-Jahrbuch`) are no
mentions of the person; small texts written for each."""

import pytest
from conftest import found_mentions


@pytest.mark.parametrize("actor, text, surface", [
    (("c", "Winston Churchill", "person", ""), "Churchill spoke while the first Churchill tanks were shipped.",
     "Churchill"),
    (("z", "Émile Zola", "person", ""), "Zola wrote. La Maison Zola de Médan garde ce courrier.", "Zola"),
    (("h", "Heinrich Heine", "person", ""), "Heine in Paris. Lena Brandstätter, Heinrich-Heine-Universität Düsseldorf.",
     "Heine"),
    (("h", "Heinrich Heine", "person", ""), "Heine in Paris; Tobias Lenz, 'Rue Vaneau', Heine-Jahrbuch 69 (2030).",
     "Heine"),
])
def test_a_thing_named_after_a_person_is_no_mention(actor, text, surface):
    assert found_mentions(text, actor) == [(actor[0], surface)]


def test_a_handbook_about_a_person_still_names_him():
    found = found_mentions("Gerhard Höhn, Heine-Handbuch, 3rd edn (Stuttgart, 2004).", ("h", "Heinrich Heine", "person", ""))
    assert found == [("h", "Heine")]
