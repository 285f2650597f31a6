"""The ILO, the WHO, the WFTU and NATO are found under their names and acronyms in other languages
(`international_bodies.csv`), as the UN is; small texts written for the behaviour."""

from conftest import found_mentions


def test_the_labour_organisation_is_found_under_its_french_and_spanish_names():
    text = ("The ILO met in 1919. See Bureau international du Travail (BIT), Rapport (Genève, 1921); "
            "Organización Internacional del Trabajo (OIT), Memoria (Ginebra, 1925).")
    found = found_mentions(text, ("ilo", "International Labour Organization", "organisation", "ILO"))
    assert [s for _, s in found] == ["ILO", "Bureau international du Travail", "BIT",
                                     "Organización Internacional del Trabajo", "OIT"]


def test_the_health_organisation_and_the_trade_union_federation_in_french():
    text = "The WFTU courted the WHO. Fédération syndicale mondiale (FSM) to the Organisation mondiale de la santé (OMS)."
    found = found_mentions(text, ("w", "World Federation of Trade Unions", "organisation", "WFTU"),
                           ("h", "World Health Organization", "organisation", "WHO"))
    assert found == [("w", "WFTU"), ("h", "WHO"), ("w", "Fédération syndicale mondiale"), ("w", "FSM"),
                     ("h", "Organisation mondiale de la santé"), ("h", "OMS")]


def test_nato_listed_by_its_french_acronym_is_found_under_the_english_one():
    text = "L'OTAN naquit en 1949. Voir M. Hale, NATO and France (London, 1990)."
    found = found_mentions(text, ("n", "Organisation du traité de l'Atlantique Nord", "organisation", "OTAN"))
    assert [s for _, s in found] == ["OTAN", "NATO"]
