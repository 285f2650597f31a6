"""The PDF benchmark's verdict times each PDF route in a fresh child process, which reports its CPU seconds."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench_pdf.py"


def test_the_child_reports_the_cpu_seconds_of_one_build_as_its_last_line(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Tito met Spaak in Belgrade.1\n\n1 AJ, 507, IX, 9/I-12.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(BENCH), "--child", str(article)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    seconds = json.loads(done.stdout.strip().splitlines()[-1])["cpu"]
    assert isinstance(seconds, float) and seconds >= 0
