#!/usr/bin/env bash
# Score the extractor on the shared policy-text corpus: `make eval SHARED=../shared`.
# Runs `indupath extract` on $SHARED/corpus/dev/texts/*, writes JSON lines to a temporary
# file and scores them with the corpus scorer, which exits 1 below the floors.
set -euo pipefail
SHARED="${1:-../shared}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${HERE}/.venv/bin"
[ -x "${BIN}/indupath" ] || BIN="$(dirname "$(command -v indupath)")"
TEXTS="${SHARED}/corpus/dev/texts"
GOLD="${SHARED}/corpus/dev/gold"
SCORER="${SHARED}/eval/score.py"
for p in "$TEXTS" "$GOLD" "$SCORER"; do
  [ -e "$p" ] || { echo "eval-corpus: $p not found (pass the shared folder: make eval SHARED=...)" >&2; exit 2; }
done
OUT="$(mktemp -t indupath-extract-XXXXXX.jsonl)"
trap 'rm -f "$OUT"' EXIT
"${BIN}/indupath" extract "$TEXTS"/* --format json > "$OUT"
python3 "$SCORER" "$GOLD" "$OUT" --min-f1 priorities=0.90 --min-f1 targets=0.85 --min-f1 measures=0.70
