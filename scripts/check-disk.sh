#!/usr/bin/env bash
# Warn before installing when the disk is nearly full: pyspark's source archive alone
# needs about 1.5 GB while it is unpacked and built, and uv's error for a full disk
# comes late and names only the file it was writing.
set -u
need_mb=${1:-2000}
for dir in . "${UV_CACHE_DIR:-$HOME/.cache}"; do
  [ -d "$dir" ] || continue
  free_kb=$(df -Pk "$dir" 2>/dev/null | awk 'NR==2 {print $4}')
  [ -n "${free_kb:-}" ] || continue
  free_mb=$((free_kb / 1024))
  if [ "$free_mb" -lt "$need_mb" ]; then
    echo "warning: only ${free_mb} MB free on the disk holding '$dir'; installing indupath's" \
         "dependencies (pyspark among them) needs about ${need_mb} MB." \
         "'uv cache prune' or removing old virtual environments frees space." >&2
  fi
done
exit 0
