"""Malagasy joins a genitive to the noun before it with a hyphen and turns a name's initial R into dR
(`fitondran-dRatsiraka`, Ratsiraka's rule; mention round 7): the name so mutated is a mention. A small text
written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def test_a_name_in_r_mutated_to_dr_after_a_hyphen_is_a_mention():
    table = act.find_mentions(body_layout("Ny fitondran-dRatsiraka dia nanaraka ny Boky Mena."),
                              authority(("r", "Didier Ratsiraka", "person", "")))
    assert table.surface.tolist() == ["dRatsiraka"]
