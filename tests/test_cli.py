"""Every command of the CLI explains itself: help with an example, a version, a clean error."""

import argparse

import pytest

from histkit.cli import build_parser, main


def _commands(parser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield prefix + (name,), sub
                yield from _commands(sub, prefix + (name,))


@pytest.mark.parametrize("path, parser", [((), build_parser()), *_commands(build_parser())],
                         ids=lambda v: " ".join(("histkit", *v)) if isinstance(v, tuple) else "")
def test_every_command_and_group_has_a_description_and_an_example(path, parser):
    assert parser.description, path
    assert "Example: histkit " in parser.format_help(), path


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage: histkit" in capsys.readouterr().out


def test_a_histkit_error_becomes_one_line_and_exit_code_2(tmp_path, capsys):
    assert main(["tables", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "missing.txt: no such file or folder" in err
    assert "Traceback" not in err


def test_ocr_without_ocrmypdf_or_tesseract_says_how_to_install_them(tmp_path, capsys, monkeypatch):
    from histkit.read import ocr

    monkeypatch.setattr(ocr, "_ocrmypdf", lambda: None)
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    assert main(["tables", str(tmp_path), "--out", str(tmp_path / "out"), "--ocr"]) == 2
    err = capsys.readouterr().err
    assert "ocrmypdf, which is not installed" in err and 'pip install "histkit[ocr]"' in err and "tesseract-ocr" in err
    assert not (tmp_path / "out").exists()
