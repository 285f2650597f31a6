"""`histkit evaluate` and the evaluation names re-exported by the package."""

from __future__ import annotations

import histkit
from histkit.cli import main

GOLD = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listBibl>
<biblStruct source="fn1"><monogr><title level="m">Rechtssoziologie</title>
<author><persName><surname>Luhmann</surname></persName></author><imprint><date>1972</date></imprint></monogr>
</biblStruct></listBibl></standOff></TEI>"""


def test_the_package_exports_the_evaluation_functions():
    assert histkit.read_gold is histkit.evaluate.read_gold
    assert histkit.evaluate_references is histkit.evaluate.evaluate_references


def test_evaluate_scores_an_article_read_now_against_its_gold(tmp_path, capsys):
    (tmp_path / "art.tei.xml").write_text(GOLD, encoding="utf-8")
    (tmp_path / "art.txt").write_text("Law is a system.1\n\n1 Niklas Luhmann, Rechtssoziologie, Reinbek 1972, 239.\n",
                                      encoding="utf-8")
    code = main(["evaluate", str(tmp_path / "art.tei.xml"), "--corpus", str(tmp_path / "art.txt")])
    out = capsys.readouterr().out
    assert code == 0
    assert "micro-average: 1 of 1 gold found" in out


def test_evaluate_without_gold_references_is_an_error(tmp_path, capsys):
    (tmp_path / "none.tei.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', encoding="utf-8")
    (tmp_path / "none.txt").write_text("Text.\n", encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "none.tei.xml"), "--corpus", str(tmp_path / "none.txt")]) == 2
