#!/bin/sh
# run-ui-test.sh SCRIPT: run a dogtail test against the real app, on its
# own virtual display and session bus (xvfb-run outside, dbus-run-session
# inside, as DEVELOPERS.md describes).
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

# The session's services (the accessibility registry) chatter on stdout;
# only the test's TAP report goes there, through descriptor 3.
export JOBSPOR_TAP_FD=3
exec 3>&1
exec xvfb-run -a -s '-screen 0 1280x800x24' \
  dbus-run-session -- /usr/bin/python3 "$@" >&2
