#!/bin/sh
# js-test-postgres.sh: a throw-away PostgreSQL cluster for one test program
#
#   js-test-postgres.sh DIR [durable]
#
# Makes a cluster in DIR (an empty folder) that listens only on a Unix
# socket in DIR, with role "jobspor" trusted, and prints "ready" once it
# takes connections. Its data are thrown away, so it does not flush them
# to disk, unless "durable" is given: the benchmarks measure PostgreSQL
# as a jobcenter would run it. When its standard input closes (the test program has
# ended, however it ended) it stops the cluster and removes DIR.
#
# Run as root (as in CI), the cluster runs as "nobody": PostgreSQL refuses
# root. The binaries come from $JOBSPOR_PG_BINDIR, by default Debian 12's
# postgresql-15; without them this fails, so the PostgreSQL tests fail.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

dir=$1
durable=${2:-}
bindir=${JOBSPOR_PG_BINDIR:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  else
    "$@"
  fi
}

if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "js-test-postgres.sh: no PostgreSQL in $bindir; run build-aux/install-deps.sh" >&2
  rm -rf "$dir"
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  chown nobody:nogroup "$dir"
fi
chmod 0700 "$dir"
if ! as_owner test -w "$dir"; then
  echo "js-test-postgres.sh: the cluster's user (nobody) cannot write to $dir;" \
       "set TMPDIR to a folder every user may enter, such as /tmp" >&2
  rm -rf "$dir"
  exit 1
fi

if ! as_owner "$bindir/initdb" -D "$dir/data" -U jobspor --auth=trust -E UTF8 \
     --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  rm -rf "$dir"
  exit 1
fi

# Enough connections for the concurrency tests' server processes and
# admin commands.
options="-k $dir -c listen_addresses='' -c max_connections=100"
if [ "$durable" != durable ]; then
  options="$options -c fsync=off -c full_page_writes=off"
fi
if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
     -o "$options" start >/dev/null; then
  cat "$dir/server.log" >&2
  rm -rf "$dir"
  exit 1
fi

echo ready
cat >/dev/null || true

as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
rm -rf "$dir"
