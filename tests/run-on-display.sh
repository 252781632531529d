#!/bin/sh
# run-on-display.sh PROGRAM [ARGS]: run a program on a virtual display and
# a session bus of its own. Xvfb picks a free display number itself and
# says which (-displayfd), so tests can run side by side.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

Xvfb -displayfd 4 -screen 0 1280x800x24 -nolisten tcp -noreset \
  4>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 1 100); do
  [ -s "$work/display" ] && break
  sleep 0.1
done
if [ ! -s "$work/display" ]; then
  echo "Xvfb did not start:" >&2
  cat "$work/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$(cat "$work/display")"

dbus-run-session -- "$@"
