"""A notarial act is a unit (`unit_words.csv`: act, acte): `vol. 4, acts 112 and 113` are two documents of the
volume (round 20), as `dossiers 4513 et 4514` are."""

from histkit.citations.twounits import units_apart


def test_two_acts_of_one_volume_are_two_units():
    assert [" ".join(t.split()) for t in units_apart("NONA, notary Carlos Ximénez, vol. 4, acts 112 and 113, 1795")] \
        == ["NONA, notary Carlos Ximénez, vol. 4, act 112 , 1795", "NONA, notary Carlos Ximénez, vol. 4, act 113 , 1795"]


def test_french_acts_likewise():
    assert len(units_apart("AD Martinique, notaire Dupuy, actes 45 et 46, 1790")) == 2
