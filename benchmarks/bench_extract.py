"""Throughput of the extractor on a large mixed corpus (goal: >= 1 MB of text per second per core).

The corpus is built from the labelled texts shipped in tests/data/extract (own synthetic
documents and the corpus sample), repeated to the requested size, Chinese and English
mixed. Prints MB/s over the whole run (one process, one core) after a warm-up that
builds the gazetteers.

    python benchmarks/bench_extract.py [--mb 20]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from indupath.extract import extract
from indupath.extract.readers import read_document

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extract"


def corpus(megabytes: float) -> list[tuple[str, str]]:
    """(name, text) pairs totalling about ``megabytes`` MB of UTF-8."""
    files = sorted(DATA.glob("own/*/texts/*.txt")) + sorted(DATA.glob("corpus_sample/*.txt"))
    base = [(f.name, read_document(f)) for f in files]
    out: list[tuple[str, str]] = []
    size = 0
    i = 0
    while size < megabytes * 1e6:
        name, text = base[i % len(base)]
        out.append((f"{i}_{name}", text))
        size += len(text.encode("utf-8"))
        i += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the corpus in MB (default 20)")
    args = ap.parse_args()
    docs = corpus(args.mb)
    t0 = time.perf_counter()
    extract("安徽省 warm-up", name="warmup.txt")
    warm = time.perf_counter() - t0
    total = sum(len(t.encode("utf-8")) for _, t in docs)
    facts = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for name, text in docs:
        rm = extract(text, name=name)
        facts += len(rm.priorities) + len(rm.targets) + len(rm.measures)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    mb = total / 1e6
    print(f"documents {len(docs)}, text {mb:.1f} MB, facts {facts}; warm-up (gazetteers) {warm:.2f} s")
    print(f"many documents: wall {wall:.2f} s ({mb / wall:.2f} MB/s), CPU {cpu:.2f} s ({mb / cpu:.2f} MB/s per core)")
    one = "\n".join(t for _, t in docs[: max(1, len(docs) // 4)])
    mb1 = len(one.encode("utf-8")) / 1e6
    t0, c0 = time.perf_counter(), time.process_time()
    extract(one, name="one-big-document.txt")
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"one document of {mb1:.1f} MB: wall {wall:.2f} s ({mb1 / wall:.2f} MB/s), "
          f"CPU {cpu:.2f} s ({mb1 / cpu:.2f} MB/s per core)")
    print("(CPU time is the per-core figure; wall time depends on how busy the machine is)")


if __name__ == "__main__":
    main()
