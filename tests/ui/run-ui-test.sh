#!/bin/sh
# run-ui-test.sh SCRIPT: run a dogtail test against the real app, on its
# own virtual display and session bus (tests/run-on-display.sh), as
# DEVELOPERS.md describes. Several run side by side under `meson test`.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

# The session's services (the accessibility registry) chatter on stdout;
# only the test's TAP report goes there, through descriptor 3.
export JOBSPOR_TAP_FD=3
exec 3>&1
exec "$(dirname "$0")/../run-on-display.sh" /usr/bin/python3 "$@" >&2
