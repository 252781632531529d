#!/usr/bin/python3
# test_layout.py: every screen usable at 100 % and 200 % text, 360 px wide
# and full screen, in all four languages, as a new citizen would meet it.
#
# A demo citizen signs in once (so every section has content); then
# Jobspor starts at 1280×800 and 360×640, at Xft.dpi 96 and 192 (GNOME's
# large text), and each section and the main dialogs are read from the
# accessibility tree: every control on screen has a translated name (not
# a GTK class name, not left in English), lies inside its window across,
# and, outside scrolled content, up and down too; the window is no wider
# than asked. One tab per section. Screenshots stay in the build folder.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import gettext
import re
import subprocess
import sys
import time

import pyatspi
from jobspor_ui import BUILD, App, Jobcenter, has_state, run, tr
from test_profiles import sign_in, sync_button

OKSANA = "0101901234"
SIZES = [(1280, 800), (360, 640)]
DPIS = [96, 192]
SECTIONS = ["This week", "Job log", "My plan", "Meetings", "Exercises"]
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "page tab",
               "text", "password text", "entry", "combo box", "spin button", "link",
               "menu item", "check menu item", "radio menu item", "switch", "slider"}
# The language choices name each language in itself, "English" too.
NATIVE_NAMES = {"Dansk", "Українська", "العربية", "English"}
CLASS_NAME = re.compile(r"^(Gtk|Adw|Js)[A-Z]")


def word(lang, msgid):
    """`msgid` in `lang`, also where the word is the same ("Filter")."""
    try:
        return tr(lang, msgid)
    except AssertionError:
        return msgid.replace("_", "", 1)


def trc(lang, context, msgid):
    if lang == "en":
        return msgid
    catalogue = gettext.translation("jobspor", localedir=str(BUILD / "po"), languages=[lang])
    return catalogue.pgettext(context, msgid)


def english_words(lang):
    """The source strings that `lang` says otherwise, Jobspor's and GTK's
    own (its window buttons, its dialogs): on screen in `lang`, each is
    English left behind."""
    if lang == "en":
        return set()
    words = set()
    for domain, localedir in (("jobspor", str(BUILD / "po")), ("gtk40", "/usr/share/locale")):
        catalogue = gettext.translation(domain, localedir=localedir, languages=[lang],
                                        fallback=True)
        for msgid, msgstr in getattr(catalogue, "_catalog", {}).items():
            if isinstance(msgid, str) and len(msgid) > 3 and msgstr and msgid != msgstr:
                words.add(msgid.replace("_", "", 1))
    return words


def extents(node):
    """Where `node` is in its window (GTK 4.8 reports no screen positions)."""
    try:
        return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:  # noqa: BLE001 - nodes without a component
        return None


def walk(node, scrolled=False, out=None):
    """(node, role, name, extents, inside a scrolled area) for each node on
    screen below `node`; hidden subtrees (no size) are left out."""
    if out is None:
        out = []
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        box = extents(child)
        if box is None or box.width <= 0 or box.height <= 0:
            continue
        role = child.getRoleName()
        out.append((child, role, child.name or "", box, scrolled))
        walk(child, scrolled or role == "scroll pane", out)
    return out


def check_window(window, lang, english, where, problems):
    """Every control in `window` named, translated, and inside it."""
    frame = extents(window)
    for node, role, name, box, scrolled in walk(window):
        if role not in INTERACTIVE:
            continue
        label = f"{where}: {role} {name!r}"
        if not name.strip():
            problems.append(label + " has no name")
        elif CLASS_NAME.match(name):
            problems.append(label + " is named by its GTK class")
        elif name in english and name not in NATIVE_NAMES:
            problems.append(label + " is in English")
        description = node.description or ""
        if description in english:
            problems.append(f"{label} is described in English: {description!r}")
        if box.x < frame.x - 2 or box.x + box.width > frame.x + frame.width + 2:
            problems.append(f"{label} sticks out across: {box.x}+{box.width} in "
                            f"{frame.x}+{frame.width}")
        if not scrolled and (box.y < frame.y - 2 or box.y + box.height > frame.y + frame.height + 2):
            problems.append(f"{label} sticks out up or down: {box.y}+{box.height} in "
                            f"{frame.y}+{frame.height}")


def windows(app):
    """The app's windows and popovers on screen."""
    return [w for w in app.node.children if w is not None and extents(w) is not None
            and extents(w).width > 0]


def set_dpi(dpi):
    subprocess.run(["xprop", "-root", "-f", "RESOURCE_MANAGER", "8s", "-set",
                    "RESOURCE_MANAGER", f"Xft.dpi:\t{dpi}\n"], check=True)


def start(home, jobcenter, lang, width, height, dpi):
    home.set_language(lang)
    with open(home.settings_file(), "a", encoding="utf-8") as settings:
        settings.write(f"window-width={width}\nwindow-height={height}\n")
    set_dpi(dpi)
    return App(home, server_url=jobcenter.url)


def show(app, number, name):
    app.keys(f"<Alt>{number}")
    app.wait_for(lambda: app.node.findChildren(
        lambda n: n.roleName == "label" and n.name == name, showingOnly=False),
        f"the section {name!r}")
    time.sleep(0.5)


def check_dialog(app, lang, english, where, problems, close="Escape"):
    """The newest window or popover: its controls, and the window itself
    inside the screen."""
    time.sleep(0.8)
    shown = windows(app)
    top = shown[-1]
    box = extents(top)
    if box.width > 1280 or box.height > 800:
        problems.append(f"{where}: the window is larger than the screen: "
                        f"{box.width}×{box.height}")
    check_window(top, lang, english, where, problems)
    app.screenshot(f"layout-{where}")
    app.keys(close)
    time.sleep(0.5)


def leave(app):
    """Quits through the application's own action: after a dialog, with no
    window manager, no window has the keyboard for Ctrl+Q."""
    subprocess.run(["gdbus", "call", "--session", "--dest", "dk.jobspor.Jobspor",
                    "--object-path", "/dk/jobspor/Jobspor", "--method",
                    "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                   capture_output=True, check=False)
    try:
        app.process.wait(10)
    except subprocess.TimeoutExpired:
        app.process.kill()
        raise AssertionError("jobspor did not quit")


def layout_in(home, lang):
    english = english_words(lang)
    jobcenter = Jobcenter(home, demo=True)
    problems = []

    # The sign-in dialog at 200 % text, as the citizen meets it first.
    app = start(home, jobcenter, lang, 1280, 800, 192)
    app.click(tr(lang, "Sign in"), "push button")
    app.find(tr(lang, "Citizen number (10 digits)"), "text")
    check_dialog(app, lang, english, f"{lang}-1280-192-sign-in-dialog", problems)
    leave(app)
    subprocess.run(["xprop", "-root", "-remove", "RESOURCE_MANAGER"], check=False)

    home.set_language(lang)
    app = App(home, server_url=jobcenter.url)
    sign_in(app, lang, OKSANA, jobcenter.codes[OKSANA])
    sync_button(app, lang, "Synced just now")
    app.quit()

    try:
        for width, height in SIZES:
            for dpi in DPIS:
                tag = f"{lang}-{width}-{dpi}"
                app = start(home, jobcenter, lang, width, height, dpi)
                frame = app.window()
                time.sleep(1)
                if extents(frame).width > width + 1:
                    problems.append(f"{tag}: asked for {width} px, the window is "
                                    f"{extents(frame).width} px wide")
                tabs = [n for n in app.node.findChildren(
                    lambda n: n.roleName == "page tab", showingOnly=False)]
                # One tab per section (folded away in a narrow window: none).
                if len(tabs) not in (0, len(SECTIONS)) or width > 1000 and not tabs:
                    problems.append(f"{tag}: {len(tabs)} page tabs for {len(SECTIONS)} sections")
                for number, section in enumerate(SECTIONS, 1):
                    show(app, number, tr(lang, section))
                    check_window(frame, lang, english, f"{tag} {section}", problems)
                    app.screenshot(f"layout-{tag}-{number}")

                # Narrow: the sections behind the header's button, shown.
                if width == 360:
                    app.focus(tr(lang, "Sections"))
                    app.keys("space")
                    app.wait_for(lambda: len([t for t in app.node.findChildren(
                        lambda n: n.roleName == "page tab", showingOnly=False)
                        if extents(t) is not None and extents(t).width > 0
                        and extents(t).x + extents(t).width <= width]) == len(SECTIONS),
                        "the sections to slide in")
                    check_window(frame, lang, english, f"{tag} sections", problems)
                    app.screenshot(f"layout-{tag}-sections")
                    app.keys("Escape")
                if app.quit() != 0:
                    problems.append(f"{tag}: Jobspor did not quit cleanly")

                # The dialogs a new citizen meets, where they are hardest to fit
                # (360 px, 200 %), each in a Jobspor of its own: with no window
                # manager, the keyboard does not come back to the window after
                # a dialog.
                if not (width == 360 and dpi == 192):
                    continue
                app = start(home, jobcenter, lang, width, height, dpi)
                show(app, 2, tr(lang, "Job log"))
                add = [n for n in app.node.findChildren(
                    lambda n: n.roleName == "push button" and n.name in (
                        tr(lang, "Add entry"), tr(lang, "Add your first entry"))
                    and extents(n) is not None and extents(n).width > 0,
                    showingOnly=False)]
                if not add:
                    problems.append(f"{tag}: the job log offers no way to add an entry")
                else:
                    app.focus(add[0].name, "push button", presses=60)
                    app.keys("space")
                    app.find(tr(lang, "Job title or activity"), "text")
                    check_dialog(app, lang, english, f"{tag}-entry-dialog", problems)
                leave(app)

                app = start(home, jobcenter, lang, width, height, dpi)
                app.keys("F10")
                app.find(tr(lang, "_Language…"), "menu item")
                check_dialog(app, lang, english, f"{tag}-main-menu", problems)
                leave(app)

                app = start(home, jobcenter, lang, width, height, dpi)
                app.keys("F10")
                item = app.find(tr(lang, "_Language…"), "menu item")
                for _ in range(10):
                    if has_state(item, pyatspi.STATE_FOCUSED) or \
                            has_state(item, pyatspi.STATE_SELECTED):
                        break
                    app.keys("Down")
                    time.sleep(0.15)
                app.keys("Return")
                app.find(tr(lang, "Choose your language"), "label")
                check_dialog(app, lang, english, f"{tag}-language-dialog", problems)
                leave(app)

                app = start(home, jobcenter, lang, width, height, dpi)
                show(app, 2, tr(lang, "Job log"))
                filters = [n for n in app.node.findChildren(
                    lambda n: n.name == tr(lang, "Search the job log")
                    and extents(n) is not None and extents(n).width > 0, showingOnly=False)]
                if filters:
                    # The demo citizen's log has entries: its tools are shown.
                    app.focus(word(lang, "Filter"), presses=60)
                    app.keys("space")
                    app.find(trc(lang, "application status", "Planned"), "check box")
                    check_dialog(app, lang, english, f"{tag}-filters", problems)
                leave(app)

                app = start(home, jobcenter, lang, width, height, dpi)
                show(app, 4, tr(lang, "Meetings"))
                app.focus(tr(lang, "_Book a time…"), "push button", presses=60)
                app.keys("space")
                app.find(tr(lang, "I need an interpreter"))
                check_dialog(app, lang, english, f"{tag}-booking-dialog", problems)
                leave(app)
    finally:
        subprocess.run(["xprop", "-root", "-remove", "RESOURCE_MANAGER"], check=False)
    if problems:
        raise AssertionError(f"{len(problems)} problems:\n" + "\n".join(problems[:60]))


def test_layout_in_arabic(home):
    layout_in(home, "ar")


def test_layout_in_ukrainian(home):
    layout_in(home, "uk")


def test_layout_in_danish(home):
    layout_in(home, "da")


def test_layout_in_english(home):
    layout_in(home, "en")


if __name__ == "__main__":
    sys.exit(run([
        test_layout_in_arabic,
        test_layout_in_ukrainian,
        test_layout_in_danish,
        test_layout_in_english,
    ]))
