"""The literature model shipped in the package is the one `make model` trains from the corpus today.

Its features read the word lists of the data files, so a new list row or feature changes what training gives: a
shipped model left from an older training would no longer be what its provenance (`MODEL.md`) and the
cross-validated figures describe. Skipped, saying so, where the shared corpus is absent.
"""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
import train_literature_model as training  # noqa: E402

SHIPPED = ROOT / "histkit" / "data" / "literature" / "references.crfsuite"


@pytest.mark.skipif(not (training.DEFAULT_CORPUS / "rg").is_dir(), reason="the shared corpus (../shared/corpus) is absent")
def test_make_model_trains_the_shipped_model_byte_for_byte(tmp_path, capsys):
    training.main([str(training.DEFAULT_CORPUS), "--out", str(tmp_path / "references.crfsuite")])
    capsys.readouterr()
    assert (tmp_path / "references.crfsuite").read_bytes() == SHIPPED.read_bytes(), \
        "the shipped model is stale: run `make model` and commit histkit/data/literature/"
