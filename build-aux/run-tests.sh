#!/bin/sh
# run-tests.sh: run every test and end with the line "N passed, N failed".
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

builddir=${1:-_build}
log="$builddir/meson-logs/testlog.json"

rm -f "$log"
start=$(date +%s)
meson test -C "$builddir" --print-errorlogs --num-processes 2
status=$?
echo "Wall time of the tests: $(( $(date +%s) - start )) s"

/usr/bin/python3 "$(dirname "$0")/summarize-tests.py" "$log" || status=1
exit $status
