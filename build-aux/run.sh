#!/bin/sh
# run.sh: start the demo jobcenter on loopback and Jobspor against it.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

builddir=${1:-_build}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Jobspor is a desktop app and there is no display here." >&2
  echo "Run 'make run' inside a desktop session, or under a virtual display:" >&2
  echo "  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- make run" >&2
  exit 1
fi

# The demo jobcenter: its own database in the build folder, any free port
# on 127.0.0.1, a fresh one-time code per demo citizen at every start.
log="$builddir/demo-jobcenter.log"
"$builddir/src/server/jobspor-server" serve --demo --db "$builddir/demo-jobcenter.db" \
  --port 0 > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT INT TERM

url=""
for _ in $(seq 1 50); do
  url=$(sed -n 's/^Listening on //p' "$log")
  [ -n "$url" ] && break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "The demo jobcenter did not start:" >&2
  cat "$log" >&2
  exit 1
fi

echo "Demo jobcenter at $url — sign in with one of these:"
grep '^Demo citizen' "$log" | sed 's/^/  /'
echo "A code works once. A new code for a citizen, while this runs:"
echo "  $builddir/src/server/jobspor-server new-code --db $builddir/demo-jobcenter.db 0101901234"
echo "What the jobcenter has of a citizen's exercises, after a sync:"
echo "  $builddir/src/server/jobspor-server progress --db $builddir/demo-jobcenter.db 0101901234"

JOBSPOR_SERVER_URL="$url" meson devenv -C "$builddir" ./app/jobspor
