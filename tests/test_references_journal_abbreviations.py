"""A journal's abbreviation the article defines (`Kwartalnik Historyczny (hereafter KH)`) reads its short citations."""

import pytest

from conftest import cite


def test_a_journal_abbreviation_defined_with_hereafter_names_the_container_of_later_citations():
    cited = cite("Jan Nowak, Kasy, Kwartalnik Historyczny (hereafter KH) 95 (1988), 3–20.", "Adam Lis, Gminy, KH 14, 1992, 101–120.")
    assert cited.references[["authors", "title", "container", "volume", "year", "pages"]].values.tolist()[-1] == \
        ["Adam Lis", "Gminy", "Kwartalnik Historyczny", "14", "1992", "101–120"]


def test_the_defining_citation_itself_is_read_with_its_volume_and_year():
    cited = cite("Jan Nowak, Kasy, Kwartalnik Historyczny (hereafter KH) 95 (1988), 3–20.")
    assert cited.references[["container", "volume", "year"]].values.tolist() == [["Kwartalnik Historyczny", "95", "1988"]]


@pytest.mark.parametrize("definition", ["(künftig: ZRG)", "(im Folgenden ZRG)", "(hereafter ZRG)"])
def test_a_bare_abbreviation_with_volume_and_year_is_a_literature_citation_not_an_archive(definition):
    cited = cite(f"Hans Weber, Gerichte, Zeitschrift für Rechtsgeschichte {definition} 107 (1990), 45–60.", "ZRG 12 (1901), 45.")
    assert cited.citations.kind.tolist() == ["literature", "literature"]
    assert cited.references[["title", "volume", "year"]].values.tolist()[-1] == ["Zeitschrift für Rechtsgeschichte", "12", "1901"]


def test_a_citation_of_the_journal_alone_has_the_journal_as_its_title_as_tei_gold_has():
    cited = cite("Hans Weber, Gerichte, Kritische Zeitschrift (hereafter KZ) 1 (1829), 4.", "KZ 9 (1837) 160.")
    assert cited.references[["authors", "title", "container"]].values.tolist()[-1] == ["", "Kritische Zeitschrift", ""]


def test_an_archive_defined_with_hereafter_is_not_a_journal():
    cited = cite("Archiwum Akt Nowych (hereafter AAN), zespół 12, sygn. 4.", "AAN 12 (1990), 45.")
    assert cited.citations.kind.tolist()[-1] == "archival"
