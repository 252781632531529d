#!/usr/bin/python3
# check-po.py: the translations are complete, valid and in step with the sources.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when: a po file has an untranslated or fuzzy string, msgfmt -c
# rejects it, its Plural-Forms header is wrong for its language, po/jobspor.pot
# is stale against the sources, or a source file with translatable strings
# is missing from po/POTFILES.in.

import os
import pathlib
import re
import subprocess
import sys
import tempfile

SRC = pathlib.Path(sys.argv[1]).resolve()
PO = SRC / "po"
DOMAIN = "jobspor"
LANGUAGES = ["da", "uk", "ar"]
NPLURALS = {"da": 2, "uk": 3, "ar": 6}

# The same keywords meson's 'glib' preset gives xgettext.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments", "--package-name=" + DOMAIN,
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
]

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


# Exercise files are XML; their ITS rules say which text is translated.
ENV = dict(os.environ, GETTEXTDATADIRS=str(SRC / "data" / "exercises"))


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, cwd=SRC, env=ENV, **kwargs)


def potfiles():
    lines = (PO / "POTFILES.in").read_text(encoding="utf-8").splitlines()
    return [l.strip() for l in lines if l.strip() and not l.startswith("#")]


def check_linguas():
    listed = (PO / "LINGUAS").read_text(encoding="utf-8").split()
    if sorted(listed) != sorted(LANGUAGES):
        fail(f"po/LINGUAS lists {listed}, expected {LANGUAGES}")


def check_potfiles_complete():
    listed = set(potfiles())
    patterns = [
        ("app", "**/*.c", re.compile(r"\b(N?C?_|g_dngettext|ngettext)\s*\(\s*\"")),
        ("src", "**/*.c", re.compile(r"\b(N?C?_|g_dngettext|ngettext)\s*\(\s*\"")),
        ("ui", "**/*.ui", re.compile(r'translatable="yes"')),
        ("data/exercises", "*.exercise", re.compile(r"<exercise\b")),
    ]
    for folder, glob, pattern in patterns:
        for path in sorted((SRC / folder).glob(glob)):
            relative = str(path.relative_to(SRC))
            if relative not in listed and pattern.search(path.read_text(encoding="utf-8")):
                fail(f"{relative} has translatable strings but is not in po/POTFILES.in")
    for relative in listed:
        if not (SRC / relative).exists():
            fail(f"po/POTFILES.in lists {relative}, which does not exist")


def check_pot_fresh(tmp):
    fresh = pathlib.Path(tmp) / "fresh.pot"
    result = run(["xgettext", *XGETTEXT_ARGS, "-o", str(fresh), *potfiles()])
    if result.returncode != 0:
        fail("xgettext failed: " + result.stderr.strip())
        return
    committed = PO / (DOMAIN + ".pot")
    for older, newer, what in [(committed, fresh, "new strings in the sources are missing"),
                               (fresh, committed, "it has strings the sources no longer have")]:
        result = run(["msgcmp", "--use-untranslated", str(older), str(newer)])
        if result.returncode != 0:
            fail(f"po/{DOMAIN}.pot is stale ({what}); run: ninja -C _build {DOMAIN}-pot "
                 f"{DOMAIN}-update-po\n" + result.stderr.strip())


def check_po(language):
    po = PO / (language + ".po")
    result = run(["msgfmt", "-c", "--check-accelerators=_", "--statistics",
                  "-o", "/dev/null", str(po)])
    stats = result.stderr.strip()
    if result.returncode != 0:
        fail(f"msgfmt -c rejects po/{language}.po:\n{stats}")
    if "fuzzy" in stats or "untranslated" in stats:
        fail(f"po/{language}.po is not fully translated: {stats}")

    header = po.read_text(encoding="utf-8")
    match = re.search(r'"Plural-Forms: nplurals=(\d+);', header)
    if not match or int(match.group(1)) != NPLURALS[language]:
        fail(f"po/{language}.po must declare nplurals={NPLURALS[language]} in Plural-Forms")
    match = re.search(r'"Language: ([^\\]*)\\n"', header)
    if not match or match.group(1) != language:
        fail(f"po/{language}.po must declare Language: {language}")

    # Every string of the pot is in the po file, translated.
    result = run(["msgcmp", str(po), str(PO / (DOMAIN + ".pot"))])
    if result.returncode != 0:
        fail(f"po/{language}.po lacks strings of the pot:\n" + result.stderr.strip())


def main():
    check_linguas()
    check_potfiles_complete()
    with tempfile.TemporaryDirectory() as tmp:
        check_pot_fresh(tmp)
    for language in LANGUAGES:
        check_po(language)
    if failures:
        print(f"{len(failures)} translation problem(s)")
        return 1
    print("translations complete: " + ", ".join(LANGUAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
