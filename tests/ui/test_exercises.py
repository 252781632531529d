#!/usr/bin/python3
# test_exercises.py: the exercises, done with the keyboard only, in English
# and in Arabic, with the progress kept across a restart.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Uses the real exercises in data/exercises (jobspor_ui points the app at
# them). Until the exercise texts are translated, Arabic shows them in
# English, so names are matched through the catalogue with English as the
# fallback; the layout is mirrored either way.

import gettext
import os
import subprocess
import sys
import time

import pyatspi

from jobspor_ui import BUILD, App, has_state, on_screen, run, tr

LANG = os.environ.get("JOBSPOR_TEST_LANGUAGE", "en")


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def t(language, msgid):
    """`msgid` as shown in `language`; fails when it has no translation."""
    return tr(language, msgid)


def tn(language, singular, plural, n):
    """The plural form of `language` for `n`, filled in."""
    text = singular if n == 1 else plural
    if language != "en":
        catalogue = gettext.translation("jobspor", localedir=str(BUILD / "po"),
                                        languages=[language])
        text = catalogue.ngettext(singular, plural, n)
    return text.replace("%d", str(n)).replace("%u", str(n))


def best_result(language, score):
    return t(language, "Best result %d %%").replace("%d", str(score)).replace("%%", "%")


def focused(node):
    """Whether the keyboard focus is on `node` or inside it (a menu
    button's focus is on the button within it)."""
    if has_state(node, pyatspi.STATE_FOCUSED):
        return True
    return bool(node.findChildren(lambda n: has_state(n, pyatspi.STATE_FOCUSED),
                                  showingOnly=False))


def tab_to(app, name, role=None, presses=40):
    """Tab until `name` has the focus, as a keyboard user does. The practice
    window comes after the header in the tree: a header button of the same
    name (Ukrainian "Log in" and "Sign in" are one word) is not the one."""
    app.find(name, role)
    node = app.node.findChildren(
        lambda n: n.name == name and (role is None or n.roleName == role) and on_screen(n),
        showingOnly=False)[-1]
    for _ in range(presses):
        if focused(node) or (node.parent is not None and
                             has_state(node.parent, pyatspi.STATE_FOCUSED)):
            return node
        app.keys("Tab")
        time.sleep(0.15)
    raise AssertionError(f"Tab never reaches {name!r} ({role})")


def arrow_to(app, name, role, keys=("Down", "Up"), presses=8):
    """Move within a group (radio buttons, tiles, a menu) with the arrow
    keys until `name` has the focus."""
    node = app.find(name, role)
    for key in keys:
        for _ in range(presses):
            if focused(node):
                return node
            app.keys(key)
            time.sleep(0.15)
    raise AssertionError(f"the arrow keys never reach {name!r} ({role})")


def step_label(language, step, steps):
    return t(language, "Step %1$u of %2$u").replace("%1$u", str(step)).replace("%2$u", str(steps))


def next_step(app, language, label="Next step"):
    """After a right answer the focus is on Next step (or Finish): Enter."""
    button = app.find(t(language, label), "push button")
    app.wait_for(lambda: focused(button), f"the focus to move to {label!r}")
    app.keys("Return")


def keyboard_to(app, name, role, group, keys=("Down", "Up")):
    """Tab into a group (a list, the files, radio buttons), then the arrow
    keys to `name` in it, as a keyboard user does."""
    node = app.find(name, role)
    members = group(node).findChildren(lambda n: n.roleName == role, showingOnly=False)
    for _ in range(40):
        if any(has_state(n, pyatspi.STATE_FOCUSED) for n in members):
            break
        app.keys("Tab")
        time.sleep(0.15)
    # Forward or back from the member that has the focus, as far as needed.
    names = [n.name for n in members]
    at = [i for i, n in enumerate(members) if has_state(n, pyatspi.STATE_FOCUSED)]
    if at and name in names:
        steps = names.index(name) - at[0]
        for _ in range(abs(steps)):
            app.keys(keys[0] if steps > 0 else keys[1])
            time.sleep(0.15)
    return arrow_to(app, name, role, keys, presses=len(members) + 1)


def open_row(app, language, title):
    """Open an exercise from its row in the list, with Enter."""
    keyboard_to(app, t(language, title), "list item", lambda row: row.parent)
    app.keys("Return")
    app.find(t(language, "Back to the exercises"), "push button")


def tile_to(app, language, name):
    """Tab into the files, arrow keys to `name`."""
    keyboard_to(app, t(language, name), "table cell", lambda tile: tile.parent,
                keys=("Right", "Left"))


def choose_radio(app, language, option):
    node = keyboard_to(app, t(language, option), "radio button",
                       lambda radio: radio.parent.parent.parent)
    if not has_state(node, pyatspi.STATE_CHECKED):
        app.keys("space")
    app.wait_for(lambda: has_state(node, pyatspi.STATE_CHECKED), f"{option!r} to be chosen")


def sort_by_keyboard(app, language, item, box):
    # The button's name says which thing it moves.
    name = t(language, "Move “%s” to a box").replace("%s", t(language, item))
    tab_to(app, name)
    app.keys("space")
    arrow_to(app, t(language, box), "menu item")
    app.keys("Return")
    # The thing moved into the box, and the focus with it.
    app.wait_for(lambda: focused(app.find(name)), f"the focus to stay on {item!r}")


def finish_and_read_result(app, language, name):
    next_step(app, language, "Finish")
    app.find(t(language, "You finished the exercise"), "label")
    result = app.find_prefix(t(language, "Your result: %u %%").split("%u")[0])
    app.screenshot(name)
    return result.name


def test_click_buttons_by_keyboard_and_progress_kept(home):
    home.set_language(LANG)
    app = App(home)
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == t(LANG, "Exercises"), "the exercises to show")
    app.find(t(LANG, "Computer basics"), "label")
    app.find(t(LANG, "Not started"), "label")
    app.screenshot("exercises-overview-" + LANG)

    # Open the exercise from its row with Enter.
    open_row(app, LANG, "Click the buttons")
    app.find(step_label(LANG, 1, 2), "label")
    app.find(t(LANG, "Practice — nothing is sent"), "label")
    app.find(t(LANG, "With the keyboard: press Tab until a button has a frame, then press "
                     "Space."), "label")
    app.screenshot("exercise-click-" + LANG)

    # Tab to each button and press Space: the last one checks the step.
    for target in ["Start", "Next", "Done"]:
        tab_to(app, t(LANG, target), "push button")
        app.keys("space")
    # The verdict is read out: a status, and the description of Next step.
    # The words fit what was done, by keyboard here: no "you moved the pointer".
    app.find(t(LANG, "Well done: every button has a tick. This is how you use most buttons "
                     "on a computer, with the mouse or with the keyboard."), "status bar")
    next_step(app, LANG)

    app.find(step_label(LANG, 2, 2), "label")
    for target in ["Search", "Log in", "Help", "Save job"]:
        tab_to(app, t(LANG, target), "push button")
        app.keys("space")
    result = finish_and_read_result(app, LANG, "exercise-result-" + LANG)
    assert_true("100" in result, "every step right at once is 100 %, not " + result)

    app.keys("Return")
    app.find(best_result(LANG, 100), "label")
    app.find(tn(LANG, "%d attempt", "%d attempts", 1), "label")
    app.screenshot("exercises-progress-" + LANG)
    app.quit()

    # The progress is kept: it is there after a restart.
    app = App(home)
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == t(LANG, "Exercises"), "the exercises to show")
    app.find(best_result(LANG, 100), "label")
    app.find_prefix(t(LANG, "Done on %s").split("%s")[0], "label")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def test_choice_and_sort_in_arabic(home):
    language = "ar"
    home.set_language(language)
    app = App(home)
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == t(language, "Exercises"), "the exercises to show")
    frame = app.window()
    open_row(app, language, "Find the facts in a job ad")
    app.find(step_label(language, 1, 3), "label")

    # Mirrored: the back button is at the right-hand side.
    back = app.find(t(language, "Back to the exercises"), "push button")
    assert_true(back.position[0] > frame.position[0] + frame.size[0] / 2,
                f"in Arabic the back button should be on the right: {back.position} "
                f"in {frame.position} {frame.size}")

    # A wrong answer first: the reason and a hint, and the step stays.
    choose_radio(app, language, "16 December 2026")
    app.keys("Return")
    app.find(t(language, "Check again"), "push button")
    app.screenshot("exercise-choice-wrong-ar")
    app.find(t(language, "16 December is a day for job interviews. Your application must be "
                         "sent before that."), "label")
    app.find_prefix(t(language, "Tip: %s").split("%s")[0], "label")

    choose_radio(app, language, "13 December 2026")
    app.keys("Return")
    next_step(app, language)

    app.find(step_label(language, 2, 3), "label")
    choose_radio(app, language, "Part time: 25 hours a week")
    app.keys("Return")
    next_step(app, language)

    # Sorting with the "Move to…" menus.
    app.find(step_label(language, 3, 3), "label")
    sort_by_keyboard(app, language, "Can start work at 7:00", "Must have")
    sort_by_keyboard(app, language, "Speaks some Danish or English", "Must have")
    sort_by_keyboard(app, language, "Hygiene certificate", "Nice to have")
    sort_by_keyboard(app, language, "Has worked in a kitchen before", "Nice to have")
    # Each thing says where it is now.
    moved = app.find(t(language, "Move “%s” to a box").replace(
        "%s", t(language, "Hygiene certificate")))
    where = t(language, "In the box “%s”").replace("%s", t(language, "Nice to have"))
    assert_true(moved.description == where, f"{moved.description!r} should be {where!r}")
    app.screenshot("exercise-sort-ar")
    tab_to(app, t(language, "Check"), "push button")
    app.keys("Return")
    # A step at the second try counts 50 %: (50 + 100 + 100) / 3.
    result = finish_and_read_result(app, language, "exercise-result-ar")
    assert_true("83" in result, "the result should be 83 %, not " + result)
    app.quit()


def test_typing_and_copy_paste(home):
    home.set_language(LANG)
    app = App(home)
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == t(LANG, "Exercises"), "the exercises to show")
    open_row(app, LANG, "Type capital letters and numbers")

    for step, text in enumerate(["Dmytro Kovalenko", "Valby Langgade 45, 2. tv., 2500 Valby",
                                 "+45 22 33 44 55"], 1):
        app.find(step_label(LANG, step, 3), "label")
        tab_to(app, t(LANG, "Type the text here"), "text")
        app.type(text)
        app.keys("Return")
        next_step(app, LANG, "Finish" if step == 3 else "Next step")
    app.find(t(LANG, "You finished the exercise"), "label")
    app.find_prefix(t(LANG, "Your result: %u %%").split("%u")[0])
    app.keys("Return")

    # Copy and paste: a typed copy is not a copy.
    open_row(app, LANG, "Copy and paste")
    tab_to(app, t(LANG, "Paste the text here"), "text")
    app.type("JC-2026-048213")
    app.keys("Return")
    app.find(t(LANG, "Check again"), "push button")
    app.screenshot("exercise-copy-typed-" + LANG)

    # Tab into the text to copy selects it all: Ctrl+C, Tab, Ctrl+A, Ctrl+V.
    tab_to(app, t(LANG, "Text to copy"), "text")
    app.keys("<Control>a")
    app.keys("<Control>c")
    tab_to(app, t(LANG, "Paste the text here"), "text")
    app.keys("<Control>a")
    app.keys("<Control>v")
    app.keys("Return")
    app.find(t(LANG, "Next step"), "push button")

    # Leaving midway counts as an attempt that is not finished.
    app.keys("<Alt>Left")
    app.find(t(LANG, "Exercises"), "page tab")
    app.screenshot("exercises-left-midway-" + LANG)
    app.find(t(LANG, "Started, not finished"), "label")
    app.find(best_result(LANG, 100), "label")

    # So does quitting midway, and the app closes cleanly.
    open_row(app, LANG, "Type æ, ø, å and @")
    tab_to(app, t(LANG, "Type the text here"), "text")
    app.type("Aero")
    app.keys("Return")
    app.find(t(LANG, "Check again"), "push button")
    assert_true(app.quit() == 0, "quitting in the middle of an exercise should not crash")
    app = App(home)
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == t(LANG, "Exercises"), "the exercises to show")
    row = app.find(t(LANG, "Type æ, ø, å and @"), "list item")
    assert_true(t(LANG, "Started, not finished") in row.description,
                "the attempt left by quitting should count: " + row.description)
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def test_open_and_right_click_by_keyboard(home):
    home.set_language(LANG)
    app = App(home)
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == t(LANG, "Exercises"), "the exercises to show")

    # Double-click: the arrow keys choose, Enter opens; a wrong one first.
    open_row(app, LANG, "Open a folder and a file")
    tile_to(app, LANG, "Pictures")
    app.keys("Return")
    app.find(t(LANG, "Check again"), "push button")
    tile_to(app, LANG, "Job search")
    app.screenshot("exercise-double-click-" + LANG)
    app.keys("Return")
    next_step(app, LANG)
    tile_to(app, LANG, "CV Oksana Melnyk.pdf")
    app.keys("Return")
    result = finish_and_read_result(app, LANG, "exercise-double-click-result-" + LANG)
    assert_true("75" in result, "a step at the second try and one at once: 75 %, not " + result)
    app.keys("Return")

    # Right-click: Shift+F10 opens the file's menu.
    open_row(app, LANG, "Use the right mouse button")
    tile_to(app, LANG, "Ansøgning lagerarbejder.docx")
    app.keys("<Shift>F10")
    arrow_to(app, t(LANG, "Print"), "menu item")
    app.screenshot("exercise-right-click-menu-" + LANG)
    app.keys("Return")
    next_step(app, LANG)
    tile_to(app, LANG, "Dokument1.docx")
    app.keys("Menu")
    arrow_to(app, t(LANG, "Rename"), "menu item")
    app.keys("Return")
    result = finish_and_read_result(app, LANG, "exercise-right-click-result-" + LANG)
    assert_true("100" in result, "both steps right at once: 100 %, not " + result)
    app.quit()


def test_large_text(home):
    # 200 % text, as GNOME's "Large text" at 2.0 gives: GTK reads the font
    # resolution from the X resources (Xft.dpi) when no settings daemon runs.
    home.set_language(LANG)
    subprocess.run(["xprop", "-root", "-f", "RESOURCE_MANAGER", "8s", "-set",
                    "RESOURCE_MANAGER", "Xft.dpi:\t192\n"], check=True)
    try:
        app = App(home)
        app.keys("<Alt>5")
        app.wait_for(lambda: app.section() == t(LANG, "Exercises"), "the exercises to show")
        heading = app.find(t(LANG, "Computer basics"), "label")
        assert_true(heading.size[1] >= 36, f"the text should be twice as large: {heading.size}")
        app.screenshot("exercises-overview-200-" + LANG)
        open_row(app, LANG, "Drag and drop into boxes")
        app.find(step_label(LANG, 1, 2), "label")
        app.screenshot("exercise-sort-200-" + LANG)
        frame = app.window()
        check = app.find(t(LANG, "Check"), "push button")
        assert_true(check.position[0] + check.size[0] <= frame.position[0] + frame.size[0] + 1,
                    "the Check button must stay inside the window")
        app.keys("<Alt>Left")
        open_row(app, LANG, "Find the facts in a job ad")
        app.screenshot("exercise-choice-200-" + LANG)
        app.quit()
    finally:
        subprocess.run(["xprop", "-root", "-remove", "RESOURCE_MANAGER"], check=False)


if __name__ == "__main__":
    sys.exit(run([
        test_click_buttons_by_keyboard_and_progress_kept,
        test_choice_and_sort_in_arabic,
        test_typing_and_copy_paste,
        test_open_and_right_click_by_keyboard,
        test_large_text,
    ]))
