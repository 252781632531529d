#!/usr/bin/python3
# test_window.py: the main window, its sections and switching language,
# driven through the accessibility tree.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import sys

import pyatspi

from jobspor_ui import App, has_state, run, tr



SECTIONS = ["This week", "Job log", "My plan", "Meetings", "Exercises"]


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def choose_language(app, native_name, done_label):
    app.toggle(native_name, "radio button")
    app.click(done_label, "push button")
    app.absent(done_label, "push button")


def test_first_start_offers_languages_and_switches(home):
    app = App(home)
    # First start: the chooser, with the desktop's language (C: English).
    app.find("Choose your language", "label")
    english = app.find("English", "radio button")
    assert_true(has_state(english, pyatspi.STATE_CHECKED),
                "English should be preselected for a C desktop")

    app.toggle("Dansk", "radio button")
    # Applied at once, to the dialog and the window behind it.
    app.find(tr("da", "Choose your language"), "label")
    app.find(tr("da", "Job log"), "page tab", showing=False)
    app.click(tr("da", "Continue"), "push button")
    app.absent(tr("da", "Choose your language"), "label")

    for name in SECTIONS:
        app.find(tr("da", name), "page tab")
    app.joblog()
    app.find(tr("da", "No applications yet"), "label")
    app.quit()

    # The choice is remembered, and the chooser is not shown again.
    assert_true("language='da'" in home.settings_text(), "the language was not saved")
    app = App(home)
    app.find(tr("da", "My plan"), "page tab")
    app.absent(tr("da", "Choose your language"), "label", timeout=2)
    app.quit()


def test_sections_by_mouse_and_keyboard(home):
    app = App(home)
    choose_language(app, "English", "Continue")
    app.find("Nothing with a date is due this week. Keep writing what you do in your job log.",
             "label")
    assert_true(app.section() == "This week", "This week should be the first section")

    app.show_section("Job log")
    app.find("No applications yet", "label")
    app.show_section("My plan")
    app.find("Your plan is not here yet", "label")
    app.show_section("Meetings")
    app.find("No meetings yet", "label")

    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == "Exercises", "Alt+5 to show the exercises")
    app.find("Computer basics", "label")
    app.keys("<Alt>2")
    app.wait_for(lambda: app.section() == "Job log", "Alt+2 to show the job log")
    app.keys("<Alt>1")
    app.wait_for(lambda: app.section() == "This week", "Alt+1 to show This week")

    app.find("Sync: Not connected to a jobcenter", "push button")
    app.quit()


def test_arabic_mirrors_and_back(home):
    app = App(home)
    choose_language(app, "English", "Continue")
    frame = app.window()
    width = frame.size[0]
    left = frame.position[0]

    menu = app.find("Main menu", "push button")
    assert_true(menu.position[0] > left + width / 2, "the menu button should be on the right")

    app.keys("F10")
    app.click("Language…", "menu item")
    app.toggle("العربية", "radio button")
    app.find(tr("ar", "Choose your language"), "label")
    app.screenshot("language-dialog-ar")
    app.click(tr("ar", "Continue"), "push button")
    app.absent(tr("ar", "Choose your language"), "label")

    for name in SECTIONS:
        app.find(tr("ar", name), "page tab")
    app.show_section(tr("ar", "My plan"))
    app.find(tr("ar", "Your plan is not here yet"), "label")
    menu = app.find(tr("ar", "Main menu"), "push button")
    assert_true(menu.position[0] < left + width / 2,
                "in Arabic the menu button should move to the left")
    app.screenshot("main-window-ar")

    app.keys("F10")
    app.click(tr("ar", "_Language…"), "menu item")
    app.toggle("English", "radio button")
    app.click("Continue", "push button")
    assert_true(app.section() == "My plan", "switching language should keep the section")
    app.find("Your plan is not here yet", "label")
    menu = app.find("Main menu", "push button")
    assert_true(menu.position[0] > left + width / 2, "back in English the menu returns right")
    app.quit()


def test_window_size_is_remembered(home):
    home.settings_file().parent.mkdir(parents=True)
    home.settings_file().write_text("[dk/jobspor/Jobspor]\nlanguage='en'\n"
                                    "window-width=1100\nwindow-height=700\n")
    app = App(home)
    frame = app.window()
    assert_true(abs(frame.size[0] - 1100) <= 12 and abs(frame.size[1] - 700) <= 12,
                f"the window should open at its saved size, not {frame.size}")
    app.quit()
    text = home.settings_text()
    assert_true("window-width=1100" in text, "the width was not saved at close:\n" + text)


def test_damaged_data_is_kept_aside(home):
    home.database.parent.mkdir(parents=True)
    home.database.write_bytes(b"this is not a database, it was damaged\n")
    home.settings_file().parent.mkdir(parents=True)
    home.settings_file().write_text("[dk/jobspor/Jobspor]\nlanguage='en'\n")

    app = App(home)
    app.find("Your saved data can’t be read", "label")
    app.click("Keep it aside and start again", "push button")
    app.absent("Your saved data can’t be read", "label")
    app.joblog()
    app.find("No applications yet", "label")
    app.quit()

    kept = [p for p in home.database.parent.iterdir() if ".unreadable-" in p.name]
    assert_true(len(kept) == 1, f"the damaged file should be kept aside, found {kept}")
    assert_true(kept[0].read_bytes() == b"this is not a database, it was damaged\n",
                "the kept file must be unchanged")
    assert_true(home.database.read_bytes().startswith(b"SQLite format 3"),
                "a fresh database should replace it")


def test_desktop_language_first_then_shortcuts_and_about(home):
    # A Ukrainian desktop: the first start speaks Ukrainian and offers it.
    app = App(home, lang="uk_UA.UTF-8")
    app.find(tr("uk", "Choose your language"), "label")
    assert_true(has_state(app.find("Українська", "radio button"), pyatspi.STATE_CHECKED),
                "the desktop's language should be preselected")
    app.find(tr("uk", "Job log"), "page tab")
    app.click(tr("uk", "Continue"), "push button")
    app.absent(tr("uk", "Choose your language"), "label")

    app.keys("<Control><Shift>slash")
    app.screenshot("shortcuts-uk")
    app.find(tr("uk", "Show keyboard shortcuts"), "label")
    app.find(tr("uk", "Exercises"), "label")
    # GTK's own words follow the language too.
    app.find(tr("uk", "Shortcuts", domain="gtk40"))
    app.screenshot("shortcuts-uk")
    app.keys("Escape")
    app.absent(tr("uk", "Show keyboard shortcuts"), "label")

    app.keys("F10")
    app.click(tr("uk", "_About Jobspor"), "menu item")
    app.find("0.1.0", "label")
    app.find(tr("uk", "Credits", domain="libadwaita"))
    app.screenshot("about-uk")
    app.keys("Escape")
    app.absent("0.1.0", "label")
    app.quit()
    assert_true("language='uk'" in home.settings_text(), "the language was not saved")


if __name__ == "__main__":
    sys.exit(run([
        test_first_start_offers_languages_and_switches,
        test_sections_by_mouse_and_keyboard,
        test_arabic_mirrors_and_back,
        test_window_size_is_remembered,
        test_damaged_data_is_kept_aside,
        test_desktop_language_first_then_shortcuts_and_about,
    ]))
