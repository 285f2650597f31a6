"""Where the shared corpus of real articles is, for the benchmarks and scripts that read it.

$HISTKIT_CORPUS when set, else ../shared/corpus beside the repository; a git
worktree sits one folder deeper than the repository, so the folder above it
is looked in too.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = (Path(os.environ["HISTKIT_CORPUS"]) if os.environ.get("HISTKIT_CORPUS") else
                  next((c for c in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus")
                        if c.is_dir()), ROOT.parent / "shared" / "corpus"))
