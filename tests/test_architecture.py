"""The package keeps its shape: stages meet only through their public surfaces, no loops, small modules and functions."""

from conftest import load_script

architecture = load_script("architecture")


def test_no_stage_imports_another_stages_private_names_or_inner_modules():
    assert architecture.cross_stage_violations(architecture.imports()) == []


def test_no_module_imports_a_private_name_of_a_sibling_module():
    assert architecture.private_imports_within_stages(architecture.imports()) == []


def test_the_modules_import_each_other_without_loops():
    assert architecture.import_loops(architecture.imports()) == []


def test_every_module_is_at_most_500_lines():
    assert [m for n, m in architecture.module_lengths() if n > architecture.MAX_MODULE_LINES] == []


def test_every_function_is_at_most_80_lines():
    assert [f for n, f in architecture.function_lengths() if n > architecture.MAX_FUNCTION_LINES] == []


def test_a_private_import_from_another_stage_is_caught(tmp_path):
    found = [architecture.Import("histkit.store.tables", "histkit.layout.pages", ("_running_heads",), 3)]
    assert architecture.cross_stage_violations(found) == [
        "histkit.store.tables:3 imports private _running_heads from histkit.layout.pages"
    ]


def test_an_import_loop_is_caught():
    found = [architecture.Import("histkit.layout.analyse", "histkit.layout.pages", ("x",), 1),
             architecture.Import("histkit.layout.pages", "histkit.layout.analyse", ("y",), 1)]
    assert architecture.import_loops(found) == [["histkit.layout.analyse", "histkit.layout.pages"]]
