#!/usr/bin/env python3
# check-layering.py: the include rules of the source tree, checked on every
# file. The build keeps the same rules where it can (each area of app/ is
# compiled seeing only its own headers, common/ and src/); this test also
# catches a rule broken by a header that happens to be reachable.
#
#   app/<area>/  may include its own headers, app/common/ and src/;
#                app/shell/ may include every area (it builds the window)
#   app/common/  may include only itself and src/
#   src/         never includes GTK or libadwaita, nor anything of app/
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.MULTILINE)
GTK = ("gtk/", "gdk/", "adwaita.h", "libadwaita")


def area_of(path, root):
    """The area of a file under app/: 'common', 'joblog', 'exercises', 'shell', …"""
    return path.relative_to(root / "app").parts[0]


def check(root):
    problems = []
    owner = {}
    for header in (root / "app").rglob("*.h"):
        owner.setdefault(header.name, []).append(area_of(header, root))

    for source in sorted((root / "app").rglob("*.[ch]")):
        area = area_of(source, root)
        for kind, name in INCLUDE.findall(source.read_text(encoding="utf-8")):
            if kind != '"':
                continue
            for other in owner.get(pathlib.PurePath(name).name, []):
                if other in (area, "common") or area == "shell":
                    continue
                problems.append(f"{source.relative_to(root)}: includes {name} of app/{other}/;"
                                f" app/{area}/ may use only app/common/ and src/")

    for source in sorted((root / "src").rglob("*.[ch]")):
        for kind, name in INCLUDE.findall(source.read_text(encoding="utf-8")):
            if name.startswith(GTK):
                problems.append(f"{source.relative_to(root)}: includes {name}; src/ is GTK-free")
            elif kind == '"' and pathlib.PurePath(name).name in owner:
                problems.append(f"{source.relative_to(root)}: includes {name} of app/")

    return problems


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    problems = check(root)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} include rule problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
