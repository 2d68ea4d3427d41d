"""Throughput of the extractor on a large mixed corpus (goal: >= 1 MB of text per second per core).

The corpus is every labelled text shipped in tests/data/extract (about 800 documents and 2 MB,
Chinese and English: the blind sets, the own sets and the corpus sample), in a seeded random order,
repeated beyond 2 MB. ``--corpus small`` uses the 19 texts the benchmark used until the twenty-third
session (own sets and corpus sample, repeated about 100 times for 2 MB), to compare with earlier
figures. Prints MB/s over the whole run (one process, one core) after a warm-up that builds the
gazetteers.

    python benchmarks/bench_extract.py [--mb 20] [--corpus labelled|small] [--cold] [--one-build]

The extractor runs compiled when its mypyc build is current (``make native``, see
:mod:`indupath.extract.native`); the first line says which build ran. When the compiled build ran, the
many-documents corpus is then timed again in a child process running the Python sources
(``INDUPATH_NATIVE=0``), and the ratio of the two is printed; ``--one-build`` skips that.

Each run uses a fresh temporary cache directory (``INDUPATH_CACHE``, see :mod:`indupath.extract.cache`), so
every phrase is looked up in the taxonomy the first time the run meets it, as on a first run over new
documents; ``--user-cache`` uses the user's cache instead (phrases seen in earlier runs are remembered).

``--cold`` also times fresh interpreters extracting one text (import + gazetteer + extraction),
first with an empty cache directory, then with the cache it filled (see
:mod:`indupath.extract.cache`); the cache directory is a temporary one, removed afterwards.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from indupath.extract import extract, native
from indupath.extract.readers import read_document
from indupath.extract.segment import detect_language

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extract"


def corpus(megabytes: float, which: str = "labelled") -> list[tuple[str, str]]:
    """(name, text) pairs totalling about ``megabytes`` MB of UTF-8 (see the module docstring)."""
    files = sorted(DATA.glob("own/*/texts/*.txt")) + sorted(DATA.glob("corpus_sample/*.txt"))
    if which == "labelled":
        files = sorted(DATA.glob("**/texts/*.txt")) + sorted(DATA.glob("corpus_sample/*.txt"))
        random.Random(23).shuffle(files)
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


def cold_start(path: Path, cache: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of a fresh interpreter that imports the extractor and extracts ``path``."""
    code = ("import sys; from indupath.extract import extract; from indupath.extract.readers import read_document; "
            "extract(read_document(sys.argv[1]), name='x.txt')")
    env = dict(os.environ, INDUPATH_CACHE=str(cache))
    t0 = time.perf_counter()
    before = os.times()
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=env)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return time.perf_counter() - t0, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the corpus in MB (default 20)")
    ap.add_argument("--cold", action="store_true", help="also time cold starts (fresh interpreters)")
    ap.add_argument("--corpus", choices=("labelled", "small"), default="labelled",
                    help="every labelled text (default) or the 19 texts used before (see above)")
    ap.add_argument("--one-build", action="store_true", help="do not also time the Python sources")
    ap.add_argument("--user-cache", action="store_true", help="use the user's cache directory (see above)")
    ap.add_argument("--rate-only", action="store_true", help=argparse.SUPPRESS)  # (the child's mode)
    args = ap.parse_args()
    if not args.user_cache:
        tmp = tempfile.mkdtemp(prefix="indupath-bench-cache-")
        # removed at exit, after the extractor's caches have written their files there (atexit runs last what
        # was registered first; they register when first used, which is after this)
        atexit.register(shutil.rmtree, tmp, True)
        os.environ["INDUPATH_CACHE"] = tmp  # read when the extractor first uses its cache, after this
    run(args)


def run(args: argparse.Namespace) -> None:
    """The benchmark proper (see the module docstring)."""
    if args.rate_only:
        docs = corpus(args.mb, args.corpus)
        warm_up(docs)
        print(f"{many_documents(docs)[0]:.6f}")
        return
    status = native.status()
    print("build: " + ("compiled (mypyc)" if status["native"] else f"Python sources ({status['reason']})"))
    if args.cold:
        sample = sorted(DATA.glob("blind/texts/*.txt"))[0]
        with tempfile.TemporaryDirectory() as tmp:
            for label in ("empty cache", "warm cache"):
                wall, cpu = cold_start(sample, Path(tmp))
                print(f"cold start, {label}: wall {wall:.2f} s, CPU {cpu:.2f} s ({sample.name})")
    docs = corpus(args.mb, args.corpus)
    t0 = time.perf_counter()
    warm_up(docs)
    warm = time.perf_counter() - t0
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    _, wall, cpu, facts = many_documents(docs)
    print(f"corpus {args.corpus}: documents {len(docs)} ({len(set(t for _, t in docs))} distinct), text {mb:.1f} MB, facts {facts}; warm-up (gazetteers, patterns) {warm:.2f} s")
    print(f"many documents: wall {wall:.2f} s ({mb / wall:.2f} MB/s), CPU {cpu:.2f} s ({mb / cpu:.2f} MB/s per core)")
    # one long document per language (a mixed-language concatenation would be read with one language's
    # rules only, which is neither realistic nor comparable)
    many = mb / cpu
    quarter = docs[: max(1, len(docs) // 4)]
    rates: dict[str, float] = {}
    for lang in ("zh", "en"):
        one = "\n".join(t for _, t in quarter if detect_language(t) == lang)
        if not one:
            continue
        mb1 = len(one.encode("utf-8")) / 1e6
        t0, c0 = time.perf_counter(), time.process_time()
        extract(one, name=f"one-big-{lang}-document.txt", language=lang)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        rates[lang] = mb1 / cpu
        print(f"one {lang} document of {mb1:.2f} MB: wall {wall:.2f} s ({mb1 / wall:.2f} MB/s), "
              f"CPU {cpu:.2f} s ({mb1 / cpu:.2f} MB/s per core)")
    print("(CPU time is the per-core figure; wall time depends on how busy the machine is)")
    if status["native"] and not args.one_build:
        child = [sys.executable, __file__, "--mb", str(args.mb), "--corpus", args.corpus, "--rate-only"]
        out = subprocess.run(child + (["--user-cache"] if args.user_cache else []),
                             env=dict(os.environ, INDUPATH_NATIVE="0"), check=True, capture_output=True,
                             text=True).stdout
        sources = float(out.split()[-1])
        print(f"many documents, Python sources (INDUPATH_NATIVE=0, child process): {sources:.2f} MB/s per core; "
              f"compiled / sources {many / sources:.2f}")
    print(f"goal >= 1 MB/s per core for many documents: {'met' if many >= 1.0 else 'missed'} ({many:.2f})")
    anchors(quarter, many, rates)


def warm_up(docs: list[tuple[str, str]]) -> None:
    """The one-time costs of a process, which --cold times and the throughput leaves out: one Chinese and one
    English text build the gazetteers and compile the patterns each language uses, and one phrase lookup loads
    the taxonomy's vocabulary and names (the extractor loads them on the first phrase it has not seen before;
    each phrase's own lookup is still paid in the timed run, the cache directory being empty)."""
    from indupath.taxonomy import resolve_industry
    from indupath.taxonomy.vocabulary import lookup_phrase

    seen: set[str] = set()
    for name, text in docs:
        lang = detect_language(text)
        if lang not in seen:
            seen.add(lang)
            extract(text, name=f"warmup-{name}")
    lookup_phrase("warm-up")
    resolve_industry("warm-up", fuzzy=False)


def many_documents(docs: list[tuple[str, str]]) -> tuple[float, float, float, int]:
    """(MB/s per core, wall s, CPU s, facts) of extracting each document in turn (the caller runs :func:`warm_up`
    first)."""
    facts = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for name, text in docs:
        rm = extract(text, name=name)
        facts += len(rm.priorities) + len(rm.targets) + len(rm.measures)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return sum(len(t.encode("utf-8")) for _, t in docs) / 1e6 / cpu, wall, cpu, facts


def anchors(docs: list[tuple[str, str]], many: float, rates: dict[str, float]) -> None:
    """Reference workloads timed on the same texts in the same run, and the extractor's ratios to them.

    - jieba's default-mode word segmentation of the Chinese texts (jieba's README gives 400 KB/s for this
      mode on its reference machine): a widely used pure-Python text tool, so the ratio shows how the
      extractor's speed compares with merely cutting the text into words, whatever the machine;
    - a fixed pure-Python loop (10 million additions), a machine-speed calibrator: its seconds here, divided
      by its seconds on another machine, convert this run's MB/s to that machine's."""
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    zh = "\n".join(t for _, t in docs if detect_language(t) == "zh")
    jieba.lcut("预热")  # loads the dictionary (not timed)
    c0 = time.process_time()
    jieba.lcut(zh)
    jieba_rate = len(zh.encode("utf-8")) / 1e6 / (time.process_time() - c0)
    c0 = time.process_time()
    total = 0
    for k in range(10_000_000):
        total += k
    loop = time.process_time() - c0
    print(f"anchor: jieba default-mode segmentation of the Chinese texts {jieba_rate:.2f} MB/s per core")
    print(f"anchor: pure-Python loop of 10 million additions {loop:.2f} s CPU")
    print(f"ratio extractor / jieba segmentation: many documents {many / jieba_rate:.2f}, "
          + ", ".join(f"one {lang} document {r / jieba_rate:.2f}" for lang, r in rates.items()))


if __name__ == "__main__":
    main()
