#!/usr/bin/env bash
# Install the system packages indupath's tests need, with apt, only when missing:
#   chromium            browser tests (Playwright drives /usr/bin/chromium)
#   fonts-noto-cjk      Chinese text in PDF reports and screenshots
#   poppler-utils       pdftoppm / pdftotext for report tests
#   libpango*           WeasyPrint's renderer
#   openjdk-17-jre      PySpark local mode
#   gcc, python3-dev    the compiled extractor (make native: mypyc's C output and the interpreter's headers)
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || need+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
inc=$("${PY:-python3}" -c 'import sysconfig; print(sysconfig.get_paths()["include"])' 2>/dev/null || true)
[ -n "$inc" ] && [ -f "$inc/Python.h" ] || need+=(python3-dev)
if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=""; fi
export DEBIAN_FRONTEND=noninteractive
# (wait for another apt or dpkg run to finish rather than fail on its lock: two installs at once, as two fresh clones
# set up side by side, would otherwise stop the second with "Could not get lock")
$SUDO apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null
$SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: done"
