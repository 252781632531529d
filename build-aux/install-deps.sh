#!/bin/sh
# install-deps.sh: the Debian 12 packages Jobspor needs to build, run and test.
#
# Installs the missing ones when run as root; otherwise prints the exact
# apt-get line to run and stops.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

PACKAGES="
  gcc
  make
  meson
  ninja-build
  pkg-config
  gettext
  libglib2.0-dev
  libglib2.0-dev-bin
  libgtk-4-dev
  libadwaita-1-dev
  libsqlite3-dev
  libpq-dev
  postgresql-15
  nettle-dev
  libjson-glib-dev
  libical-dev
  libportal-gtk4-dev
  libsoup-3.0-dev
  libsecret-1-dev
  glib-networking
  libpango1.0-dev
  libcairo2-dev
  desktop-file-utils
  appstream
  flatpak-builder
  xvfb
  xauth
  x11-utils
  dbus-daemon
  dbus-bin
  at-spi2-core
  python3
  python3-dogtail
  python3-gi
  gir1.2-atspi-2.0
  imagemagick
  poppler-utils
  wrk
  adwaita-icon-theme
  fonts-noto-core
  fonts-dejavu-core
  librsvg2-common
"

missing=""
for package in $PACKAGES; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  if [ "$status" != "installed" ]; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Jobspor needs these Debian packages, which are not installed:$missing" >&2
  echo "Install them as root with:" >&2
  echo "  apt-get install -y --no-install-recommends$missing" >&2
  exit 1
fi

echo "Installing missing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
