"""Time to compare two versions of a document (assistant.compare, no LLM), for every pair in
../shared/corpus-versions: consecutive versions of each `<name>_<year>.txt`. Reading the files
(load, clean) is not timed; the comparison is, cold (the first run of a pair; the first pair's
also loads jieba's dictionary, ~0.3 s) and warm (the median of the following runs).
Run: .venv/bin/python bench/bench_compare.py [--runs N]  (figures, not tests)
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.compare import compare_texts  # noqa: E402
from assistant.ingest import read_document  # noqa: E402

VERSIONS = ROOT / "tests" / "data" / "corpus-versions"  # a copy of ../shared/corpus-versions
TARGET_SECONDS = 5.0
VERSION_FILE = re.compile(r"(?P<name>.+)_(?P<year>\d{4})\.txt")


def version_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """Consecutive versions of every document in the folder, oldest first."""
    versions: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    for path in folder.glob("*.txt"):
        match = VERSION_FILE.fullmatch(path.name)
        if match:
            versions[match["name"]].append((match["year"], path))
    pairs = []
    for name in sorted(versions):
        ordered = [path for _, path in sorted(versions[name])]
        pairs.extend(pairwise(ordered))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="warm runs per pair (median reported)")
    args = parser.parse_args()
    if not VERSIONS.is_dir():
        sys.exit(f"{VERSIONS} not found: the benchmark reads the version pairs there")
    rows = []
    for path_a, path_b in version_pairs(VERSIONS):
        document_a, document_b = read_document(path_a, VERSIONS), read_document(path_b, VERSIONS)
        timings = []
        for _ in range(1 + args.runs):
            started = time.perf_counter()
            comparison = compare_texts(document_a.display, document_b.display, document_a.title, document_b.title)
            timings.append(time.perf_counter() - started)
        size = path_a.stat().st_size + path_b.stat().st_size
        rows.append((path_a.stem, path_b.stem, size, timings[0], statistics.median(timings[1:]), comparison.summary.line))
    print(f"{'pair':72} {'bytes':>8} {'cold s':>7} {'warm s':>7}  summary")
    for name_a, name_b, size, cold, warm, line in rows:
        print(f"{name_a + ' → ' + name_b:72} {size:8d} {cold:7.3f} {warm:7.3f}  {line}")
    largest = max(rows, key=lambda row: row[2])
    worst = max(largest[3], largest[4])
    verdict = "within" if worst <= TARGET_SECONDS else "OVER"
    print(f"\nlargest pair {largest[0]} → {largest[1]} ({largest[2]:,} bytes): cold {largest[3]:.3f} s, "
          f"warm {largest[4]:.3f} s — {verdict} the {TARGET_SECONDS:.0f} s target")


if __name__ == "__main__":
    main()
