#!/bin/sh
# run.sh: start the freshly built Jobspor from the build directory.
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

exec meson devenv -C "$builddir" ./app/jobspor
