#!/usr/bin/python3
# test_keyboard.py: the main flows by keyboard alone, as a citizen who
# cannot use a mouse does them — no pointer action anywhere: adding an
# entry with a mistake and putting it right and filtering the job log, in
# each of the four languages; signing in and switching the language, from
# Ukrainian to Arabic and from English to Danish.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import gettext
import sys
import time

import pyatspi
from jobspor_ui import BUILD, App, Jobcenter, has_state, on_screen, run, tr
from test_profiles import sync_button

OKSANA = "0101901234"


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def unnamed_stops(app):
    """Focusable rows with no name: Tab would stop on them and a screen
    reader say nothing."""
    return [n for n in app.node.findChildren(
        lambda n: n.roleName == "list item" and not (n.name or "").strip() and on_screen(n)
        and has_state(n, pyatspi.STATE_FOCUSABLE) and not n.childCount == 0
        and not any(c.roleName in ("text", "push button", "check box", "combo box")
                    for c in n.children), showingOnly=False)]


def word(lang, msgid):
    """`msgid` in `lang`, also where the word is the same ("Filter" in
    Danish)."""
    try:
        return tr(lang, msgid)
    except AssertionError:
        return msgid.replace("_", "", 1)


def trc(lang, context, msgid):
    """`msgid` in `context`, as `lang`'s catalogue says it."""
    if lang == "en":
        return msgid
    catalogue = gettext.translation("jobspor", localedir=str(BUILD / "po"), languages=[lang])
    return catalogue.pgettext(context, msgid)


def section(app, lang, number, name):
    app.keys(f"<Alt>{number}")
    app.wait_for(lambda: app.section() == tr(lang, name), f"{name!r} to show")


def add_entry_with_a_mistake(app, lang, title, first):
    """Ctrl+S on an empty form: each missing field says so, the keyboard
    is in the first; each message goes as soon as its field is right;
    what is typed after Tab lands in the next field."""
    section(app, lang, 2, "Job log")
    app.focus(tr(lang, "Add your first entry" if first else "Add entry"), "push button")
    app.keys("space")
    app.find(tr(lang, "Job title or activity"), "text")
    app.keys("<Control>s")
    missing = [tr(lang, "Write the job title, or what you did."),
               tr(lang, "Write the name of the employer."),
               tr(lang, "Write where you found the job, for example Jobnet.")]
    for message in missing:
        app.find(message, "label")
    stops = unnamed_stops(app)
    assert_true(not stops, f"{len(stops)} unnamed rows take the keyboard in the form")

    app.type(title)
    app.absent(missing[0], "label")
    app.find(missing[1], "label")
    app.keys("Tab")
    app.type("Coop")
    app.absent(missing[1], "label")
    app.keys("Tab")
    app.keys("Tab")
    app.type("Jobnet")
    app.absent(missing[2], "label")
    app.keys("<Control>s")
    app.absent(tr(lang, "Job title or activity"), "text")
    app.find_prefix(title)


def entry_and_filter(home, lang):
    home.set_language(lang)
    app = App(home)
    add_entry_with_a_mistake(app, lang, "Kok", first=True)

    # Filter by keyboard: the Filter button, Space, then Space on "Planned":
    # the application (status Applied) is no longer listed; Escape.
    app.focus(word(lang, "Filter"))
    app.keys("space")
    # The filters open with the keyboard on the first, "Planned".
    planned = app.find(trc(lang, "application status", "Planned"), "check box")
    time.sleep(0.5)
    app.keys("space")
    app.wait_for(lambda: has_state(planned, pyatspi.STATE_CHECKED), "the filter to be on")
    app.keys("Escape")
    app.find(tr(lang, "No entries match"), "label")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def sign_in_and_switch(home, lang, other, other_name):
    jobcenter = Jobcenter(home, demo=True)
    home.set_language(lang)
    app = App(home, server_url=jobcenter.url)

    # Sign in: Tab to the header's Sign in, Space, the number, Tab, the code.
    app.focus(tr(lang, "Sign in"), "push button")
    app.keys("space")
    app.find(tr(lang, "Citizen number (10 digits)"), "text")
    app.type(OKSANA)
    app.keys("Tab")
    app.type(jobcenter.codes[OKSANA])
    app.keys("Return")
    sync_button(app, lang, "Synced just now")

    # The language: F10 opens the main menu, Down to Language…, Return; the
    # choices are radio buttons; Down to the next one and Space picks it.
    app.keys("F10")
    item = app.find(tr(lang, "_Language…"), "menu item")
    for _ in range(10):
        if has_state(item, pyatspi.STATE_FOCUSED) or has_state(item, pyatspi.STATE_SELECTED):
            break
        app.keys("Down")
        time.sleep(0.15)
    app.keys("Return")
    arabic = app.find(other_name, "radio button")
    holders = [arabic]
    while len(holders) < 5 and holders[-1].parent is not None:
        holders.append(holders[-1].parent)
    for _ in range(20):
        if any(has_state(h, pyatspi.STATE_FOCUSED) for h in holders):
            break
        app.keys("Tab")
        time.sleep(0.15)
    else:
        raise AssertionError(f"Tab never reaches {other_name}")
    app.keys("space")
    app.find(tr(other, "Job log"), "page tab", timeout=15)
    # The header's sync state follows at once, not a minute later.
    sync_button(app, other, "Synced just now")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def test_entry_and_filter_in_arabic(home):
    entry_and_filter(home, "ar")


def test_entry_and_filter_in_danish(home):
    entry_and_filter(home, "da")


def test_entry_and_filter_in_ukrainian(home):
    entry_and_filter(home, "uk")


def test_entry_and_filter_in_english(home):
    entry_and_filter(home, "en")


def test_sign_in_in_ukrainian_then_arabic(home):
    sign_in_and_switch(home, "uk", "ar", "العربية")


def test_sign_in_in_english_then_danish(home):
    sign_in_and_switch(home, "en", "da", "Dansk")


if __name__ == "__main__":
    sys.exit(run([
        test_entry_and_filter_in_arabic,
        test_entry_and_filter_in_danish,
        test_entry_and_filter_in_ukrainian,
        test_entry_and_filter_in_english,
        test_sign_in_in_ukrainian_then_arabic,
        test_sign_in_in_english_then_danish,
    ]))
