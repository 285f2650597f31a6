"""Figures of unchanged tables are copied from the figure cache, byte for byte what drawing them gives."""

import os
import time

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.figure import Figure

from histkit.analysis import figcache, figures, plots
from histkit.run.reuse import figure_cache_environment, prune_figure_cache

COUNTS = pd.DataFrame({"name": ["Ernest Bevin", "Ђилас"], "body": [7, 2], "notes": [3, 5]})


@pytest.fixture
def drawn(monkeypatch):
    """How many times a figure was drawn into a file."""
    calls = []
    savefig = Figure.savefig

    def counting(self, *args, **kwargs):
        fmt = kwargs.get("format")
        calls.append("png" if fmt == "rgba" else fmt)  # the PNG is drawn as raw pixels, then encoded by plots
        return savefig(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", counting)
    return calls


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(figcache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def saved(fig, folder):
    paths = plots.save_figure(fig, "demo_ranking", folder)
    plt.close(fig)
    return {p.suffix: p.read_bytes() for p in paths}


def test_an_unchanged_figure_is_copied_not_drawn(cache, tmp_path, drawn):
    first = saved(figures.plot_actor_ranking(COUNTS), tmp_path / "a")
    assert sorted(drawn) == ["pdf", "png", "svg"]
    again = saved(figures.plot_actor_ranking(COUNTS), tmp_path / "b")
    assert sorted(drawn) == ["pdf", "png", "svg"]  # nothing drawn the second time
    assert again == first


def test_a_copied_figure_is_byte_identical_to_a_fresh_drawing(cache, tmp_path, monkeypatch):
    saved(figures.plot_actor_ranking(COUNTS), tmp_path / "a")
    copied = saved(figures.plot_actor_ranking(COUNTS), tmp_path / "b")
    monkeypatch.delenv(figcache.CACHE_ENV)
    assert saved(figures.plot_actor_ranking(COUNTS), tmp_path / "c") == copied


def test_other_data_give_another_figure(cache, tmp_path, drawn):
    first = saved(figures.plot_actor_ranking(COUNTS), tmp_path / "a")
    other = saved(figures.plot_actor_ranking(COUNTS.assign(notes=[3, 6])), tmp_path / "b")
    assert len(drawn) == 6 and other[".svg"] != first[".svg"]


def test_a_figure_changed_after_its_function_returned_is_drawn_afresh(cache, tmp_path, drawn):
    first = saved(figures.plot_actor_ranking(COUNTS), tmp_path / "a")
    fig = figures.plot_actor_ranking(COUNTS)
    fig.axes[0].set_title("Who dominates")
    titled = saved(fig, tmp_path / "b")
    assert len(drawn) == 6 and titled[".svg"] != first[".svg"]


def test_a_figure_drawn_before_saving_is_drawn_afresh(cache, tmp_path, drawn):
    saved(figures.plot_actor_ranking(COUNTS), tmp_path / "a")
    fig = figures.plot_actor_ranking(COUNTS)
    fig.axes[0].set_xlabel("changed, then shown")
    fig.canvas.draw()  # showing it clears matplotlib's "changed" mark
    saved(fig, tmp_path / "b")
    assert len(drawn) == 6


def test_other_matplotlib_settings_give_another_figure(cache, tmp_path, drawn):
    saved(figures.plot_actor_ranking(COUNTS), tmp_path / "a")
    with matplotlib.rc_context({"hatch.linewidth": 3.0}):
        saved(figures.plot_actor_ranking(COUNTS), tmp_path / "b")
    assert len(drawn) == 6


def test_without_the_cache_every_figure_is_drawn(tmp_path, monkeypatch, drawn):
    monkeypatch.delenv(figcache.CACHE_ENV, raising=False)
    saved(figures.plot_actor_ranking(COUNTS), tmp_path / "a")
    saved(figures.plot_actor_ranking(COUNTS), tmp_path / "b")
    assert len(drawn) == 6


def test_a_figure_made_by_hand_is_always_drawn(cache, tmp_path, drawn):
    for folder in ("a", "b"):
        fig, ax = plots.new_figure("column")
        plots.bar_stacked(COUNTS.set_index("name"), ax=ax)
        saved(fig, tmp_path / folder)
    assert len(drawn) == 6


def test_the_runner_gives_kernels_the_cache_in_the_runs_folder_unless_the_user_set_one(tmp_path, monkeypatch):
    monkeypatch.delenv(figcache.CACHE_ENV, raising=False)
    assert figure_cache_environment(tmp_path / "runs") == {figcache.CACHE_ENV: str(tmp_path / "runs" / ".cache" / "figures")}
    monkeypatch.setenv(figcache.CACHE_ENV, "")
    assert figure_cache_environment(tmp_path / "runs") == {}


def test_pruning_removes_files_unused_for_a_month_and_keeps_the_rest(tmp_path, monkeypatch):
    monkeypatch.delenv(figcache.CACHE_ENV, raising=False)
    folder = tmp_path / "runs" / ".cache" / "figures" / "ab"
    folder.mkdir(parents=True)
    old, recent = folder / "ab01", folder / "ab02"
    old.write_bytes(b"old")
    recent.write_bytes(b"recent")
    month_ago = time.time() - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    prune_figure_cache(tmp_path / "runs")
    assert not old.exists() and recent.exists()


def test_pruning_keeps_the_cache_within_its_size_removing_the_least_recently_used(tmp_path):
    folder = tmp_path / "ab"
    folder.mkdir()
    for i, age in enumerate((300, 100, 200)):
        path = folder / f"ab{i}"
        path.write_bytes(b"x" * 10)
        os.utime(path, (time.time() - age, time.time() - age))
    assert figcache.prune(tmp_path, max_bytes=20) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["ab1", "ab2"]
