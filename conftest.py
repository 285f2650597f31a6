"""Settings for the whole suite, the tests in tests/ and the docstring examples in histkit/ alike."""

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _cache_in_a_temporary_folder(tmp_path_factory):
    """The suite never writes the user's cache (~/.cache/histkit): every build of a matcher, in this process
    or in the kernels and commands it starts, caches under a temporary folder."""
    before = os.environ.get("HISTKIT_CACHE")
    os.environ["HISTKIT_CACHE"] = str(tmp_path_factory.mktemp("histkit-cache"))
    yield
    if before is None:
        os.environ.pop("HISTKIT_CACHE", None)
    else:
        os.environ["HISTKIT_CACHE"] = before
