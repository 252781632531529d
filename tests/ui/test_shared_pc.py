#!/usr/bin/python3
# test_shared_pc.py: a library PC in shared-PC mode keeps nothing of a
# citizen's. A citizen signs in, writes in the job log with a marker no
# one else could have written, does an exercise and signs out; then not
# one byte of the marker, the sign-in code or the citizen number is left
# in the home folder, /tmp or the runtime folder. Killed mid-session,
# everything lies in the runtime folder only, and the next start wipes it.
# Run in Ukrainian and Arabic.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import pathlib
import random
import secrets
import signal
import sys

from jobspor_ui import App, Home, Jobcenter, KeyringWatch, press, run, tr, trn
from test_exercises import best_result
from test_profiles import add_entry, do_click_exercise, fill_in_sign_in, sync_button

SHARED_NOTE = "Not signed in — nothing is kept on this shared PC"
PRIVACY = ("When you sign out, Jobspor deletes everything from this PC. "
           "Your job log stays with the jobcenter.")


def at_start(app, lang, timeout=10):
    """The start page, in `lang`: the languages, sign-in, the privacy note."""
    app.find(tr(lang, "Choose your language"), timeout=timeout)
    app.find(tr(lang, PRIVACY))


def sign_in_at_start(app, lang, number, code):
    at_start(app, lang)
    fill_in_sign_in(app, lang, number, code)


def sign_out_to_start(app, lang, start_lang=None):
    """Signs out in `lang`; the start page comes back in `start_lang` (the
    PC's own language)."""
    press(app.find_prefix(tr(lang, "Sync: %s").replace("%s", ""), "push button"))
    app.click(tr(lang, "Sign _out"), "menu item")
    at_start(app, start_lang or lang)


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def secrets_of_a_citizen():
    """A citizen number and a job-log marker that no other test uses."""
    return "%010d" % random.randrange(10 ** 9, 10 ** 10), "Marker" + secrets.token_hex(8)


def places_holding(roots, needles, skip):
    """Every file under `roots` (not under `skip`) holding one of `needles`.
    Other tests make and remove folders in /tmp meanwhile: what goes while
    it is walked is passed over."""
    found = []
    for root in roots:
        for folder, _, names in os.walk(root, onerror=lambda error: None):
            for name in names:
                path = pathlib.Path(folder) / name
                if any(path.is_relative_to(s) for s in skip) or path.is_symlink():
                    continue
                try:
                    if not path.is_file() or path.stat().st_size > 64 * 1024 * 1024:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                found += [f"{path}: {n.decode()}" for n in needles if n in data]
    return found


class SharedPC:
    """The PC: a home folder and a runtime folder of its own; the jobcenter
    lives elsewhere, as it does."""

    def __init__(self, home):
        self.home = home
        self.runtime = home.path / "runtime"
        self.runtime.mkdir(mode=0o700)
        self.server_side = Home()
        self.jobcenter = Jobcenter(self.server_side)

    def start(self, lang, idle_minutes=None):
        env = {"JOBSPOR_SHARED_PC": "1", "JOBSPOR_LANGUAGE": lang,
               "XDG_RUNTIME_DIR": str(self.runtime)}
        if idle_minutes is not None:
            env["JOBSPOR_IDLE_TIMEOUT_MINUTES"] = str(idle_minutes)
        return App(self.home, server_url=self.jobcenter.url, extra_env=env)

    def traces(self, needles, include_runtime=True):
        roots = [self.home.path, "/tmp"] + ([self.runtime] if include_runtime else [])
        skip = [self.server_side.path] + ([] if include_runtime else [self.runtime])
        return places_holding(roots, [n.encode() for n in needles], skip)

    def assert_clean(self, needles, when, include_runtime=True, allowed=()):
        """Not one of `needles` anywhere the scan looks, but under the
        folders in `allowed` (where the citizen chose to save)."""
        left = [place for place in self.traces(needles, include_runtime)
                if not any(place.startswith(str(folder)) for folder in allowed)]
        assert_true(not left, when + ": " + "; ".join(left))

    def remove(self):
        self.server_side.remove()


def session_leaves_nothing(home, lang):
    pc = SharedPC(home)
    number, marker = secrets_of_a_citizen()
    code = pc.jobcenter.admin("add-citizen", number, "Olena Marker")
    keyring = KeyringWatch(home)
    app = pc.start(lang)

    sign_in_at_start(app, lang, number, code)
    sync_button(app, lang, "Synced just now")
    add_entry(app, lang, marker)
    do_click_exercise(app, lang)
    app.wait_for(lambda: any(marker in line for line in
                             pc.jobcenter.admin("list", number, "joblog-entry").splitlines()),
                 "the entry to reach the jobcenter", timeout=30)
    assert_true(pc.traces([marker]), "the scan finds the marker while the citizen works")

    sign_out_to_start(app, lang)
    app.screenshot("shared-pc-after-sign-out-" + lang)
    pc.assert_clean([marker, number, code.replace("-", ""), code], "after sign-out")

    assert_true(app.quit() == 0, "Jobspor should quit cleanly")
    pc.assert_clean([marker, number, code], "after quitting")
    # The token never went near the keyring: not one message to it.
    assert_true(not keyring.messages(), "the keyring was asked: " + "; ".join(keyring.messages()))
    pc.remove()


def killed_then_wiped(home, lang):
    pc = SharedPC(home)
    number, marker = secrets_of_a_citizen()
    code = pc.jobcenter.admin("add-citizen", number, "Ahmad Marker")
    app = pc.start(lang)

    sign_in_at_start(app, lang, number, code)
    add_entry(app, lang, marker)
    app.process.send_signal(signal.SIGKILL)
    app.process.wait()

    # A power cut: everything of the session lies in the runtime folder.
    assert_true(pc.traces([marker], include_runtime=True), "the session was in the runtime folder")
    pc.assert_clean([marker, number, code], "outside the runtime folder", include_runtime=False)

    # The next start wipes it before anything else.
    app = pc.start(lang)
    at_start(app, lang)
    app.absent_prefix(marker)
    pc.assert_clean([marker, number, code], "after the next start")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")
    pc.remove()


def idle_time_out(home, lang, let_it_end):
    """One idle minute: the countdown comes at half a minute, a key sends
    it away; left alone, the session ends, signed out and wiped."""
    pc = SharedPC(home)
    number, marker = secrets_of_a_citizen()
    code = pc.jobcenter.admin("add-citizen", number, "Olena Marker")
    app = pc.start(lang, idle_minutes=1)
    sign_in_at_start(app, lang, number, code)
    add_entry(app, lang, marker)

    app.find(tr(lang, "Are you still there?"), timeout=45)
    app.screenshot("shared-pc-idle-warning-" + lang)
    app.keys("space")
    app.absent(tr(lang, "Are you still there?"))
    app.find_prefix(marker)
    if let_it_end:
        app.find(tr(lang, "Are you still there?"), timeout=45)
        at_start(app, lang, timeout=45)
        app.absent(tr(lang, "Are you still there?"))
        app.absent_prefix(marker)
        pc.assert_clean([marker, number, code], "after the idle time-out")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")
    pc.remove()


def unsent_changes_kept_by_choice(home, lang):
    """Offline at sign-out: the citizen is told what would be lost, saves the
    job log where they choose (a USB stick), then ends the session; only
    that file keeps anything."""
    pc = SharedPC(home)
    number, marker = secrets_of_a_citizen()
    code = pc.jobcenter.admin("add-citizen", number, "Olena Marker")
    usb = Home()
    target = usb.path / "joblog.csv"
    app = pc.start(lang)
    sign_in_at_start(app, lang, number, code)
    sync_button(app, lang, "Synced just now")
    pc.jobcenter.process.kill()
    pc.jobcenter.process.wait()
    add_entry(app, lang, marker)

    press(app.find_prefix(tr(lang, "Sync: %s").replace("%s", ""), "push button"))
    app.click(tr(lang, "Sign _out"), "menu item")
    app.find(tr(lang, "Not everything reached the jobcenter"), timeout=60)
    app.screenshot("shared-pc-unsent-" + lang)
    app.click(tr(lang, "_Save job log…"), "push button")
    app.find(tr(lang, "Save the job log as a spreadsheet"))
    app.keys("<Control>a")
    app.type(str(target))
    app.keys("Return")
    app.wait_for(target.exists, "the CSV file to be written")
    assert_true(marker in target.read_text(encoding="utf-8-sig"), "the saved job log has it")
    app.find_prefix(marker)

    press(app.find_prefix(tr(lang, "Sync: %s").replace("%s", ""), "push button"))
    app.click(tr(lang, "Sign _out"), "menu item")
    press(app.find(tr(lang, "_End and delete"), "push button", timeout=60))
    at_start(app, lang)
    # Only the saved file keeps anything; not even its name is remembered
    # (no recent files, no thumbnails).
    pc.assert_clean([marker, number, code, str(target)], "after ending", allowed=[usb.path])
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")
    usb.remove()
    pc.remove()


def test_administrator_settings_shown_in_ukrainian(home):
    """What municipal IT set stands in the About window, in the PC's
    language, where the citizen can read but not change it."""
    lang = "uk"
    pc = SharedPC(home)
    app = pc.start(lang, idle_minutes=10)
    app.keys("F10")
    app.click(tr(lang, "_About Jobspor"), "menu item")
    app.focus(tr(lang, "Legal", domain="libadwaita"))
    app.keys("Return")
    app.find(tr(lang, "Set by your administrator"))
    details = app.find_prefix(tr(lang, "Jobcenter: %s").replace("%s", pc.jobcenter.url))
    for line in [tr(lang, "Shared PC: nothing is kept after a session"),
                 trn(lang, "Sessions end after %u minute without use",
                     "Sessions end after %u minutes without use", 10),
                 tr(lang, "Language of this PC: %s").replace("%s", "Українська")]:
        assert_true(line in details.name, f"{line!r} in {details.name!r}")
    app.screenshot("shared-pc-administrator-" + lang)
    app.keys("Escape")
    app.keys("Escape")
    app.absent(tr(lang, "Set by your administrator"))
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")
    pc.remove()


def start_screen(home, pc_language, chosen):
    """Language first: the PC's own language leads; another is chosen with
    the keyboard, the citizen signs in and works in it, and after signing
    out the PC is back at the start in its own language. Practising
    without signing in leads to the exercises; nothing of it stays."""
    pc = SharedPC(home)
    number, marker = secrets_of_a_citizen()
    code = pc.jobcenter.admin("add-citizen", number, "Olena Marker")
    app = pc.start(pc_language)
    at_start(app, pc_language)
    app.screenshot("shared-pc-start-" + pc_language)

    app.focus(NATIVE[chosen], "push button")
    app.keys("Return")
    at_start(app, chosen)
    sign_in_at_start(app, chosen, number, code)
    sync_button(app, chosen, "Synced just now")
    add_entry(app, chosen, marker)
    sign_out_to_start(app, chosen, pc_language)

    app.click(tr(pc_language, "Practise without signing in"), "push button")
    sync_button(app, pc_language, SHARED_NOTE)
    do_click_exercise(app, pc_language)
    app.absent_prefix(marker)
    pc.assert_clean([marker, number, code], "after the session")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")
    pc.remove()


def guest_progress_claimed(home, lang):
    """Practising without signing in, then signing in: the exercise done is
    offered to the citizen, in words true on a shared PC (what is left is
    deleted), taken into the profile and sent to the jobcenter; signing out
    leaves nothing of it."""
    pc = SharedPC(home)
    number, _ = secrets_of_a_citizen()
    code = pc.jobcenter.admin("add-citizen", number, "Olena Marker")
    app = pc.start(lang)
    at_start(app, lang)
    app.click(tr(lang, "Practise without signing in"), "push button")
    sync_button(app, lang, SHARED_NOTE)
    do_click_exercise(app, lang)
    assert_true(not pc.jobcenter.admin("list", number, "exercise-progress").strip(),
                "nothing reaches the jobcenter before sign-in")

    fill_in_sign_in(app, lang, number, code)
    app.find(tr(lang, "Add what was made before you signed in?"))
    offer = app.find_prefix(tr(lang, "Before you signed in, this was made on this PC:"))
    for line in [trn(lang, "progress on %u exercise", "progress on %u exercises", 1)
                 .replace("%u", "1"),
                 tr(lang, "If it is yours, add it to your profile, and it is sent to the "
                          "jobcenter with your job log. If you leave it, it is deleted "
                          "from this PC when you sign out.")]:
        assert_true(line in offer.name, f"{line!r} in {offer.name!r}")
    app.screenshot("shared-pc-guest-offer-" + lang)
    app.click(tr(lang, "Add to my profile"), "push button")
    app.absent(tr(lang, "Add what was made before you signed in?"))
    app.keys("<Alt>5")
    app.find(best_result(lang, 100), "label")
    app.wait_for(lambda: pc.jobcenter.admin("list", number, "exercise-progress").strip(),
                 "the exercise to reach the jobcenter as the citizen's", timeout=30)
    app.keys("<Alt>2")

    sign_out_to_start(app, lang)
    pc.assert_clean([number, code], "after the session")
    app.click(tr(lang, "Practise without signing in"), "push button")
    app.keys("<Alt>5")
    app.absent(best_result(lang, 100), "label")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")
    pc.remove()


def test_guest_progress_claimed_in_arabic(home):
    guest_progress_claimed(home, "ar")


NATIVE = {"da": "Dansk", "uk": "Українська", "ar": "العربية", "en": "English"}


def test_start_screen_arabic_pc_in_ukrainian(home):
    start_screen(home, "ar", "uk")


def test_start_screen_ukrainian_pc_in_arabic(home):
    start_screen(home, "uk", "ar")


def test_unsent_changes_kept_by_choice_in_ukrainian(home):
    unsent_changes_kept_by_choice(home, "uk")


def test_idle_time_out_in_ukrainian(home):
    idle_time_out(home, "uk", let_it_end=True)


def test_idle_warning_in_arabic(home):
    idle_time_out(home, "ar", let_it_end=False)


def test_session_leaves_nothing_in_ukrainian(home):
    session_leaves_nothing(home, "uk")


def test_session_leaves_nothing_in_arabic(home):
    session_leaves_nothing(home, "ar")


def test_killed_then_wiped_in_arabic(home):
    killed_then_wiped(home, "ar")


if __name__ == "__main__":
    sys.exit(run([test_session_leaves_nothing_in_ukrainian, test_session_leaves_nothing_in_arabic,
                  test_killed_then_wiped_in_arabic, test_idle_time_out_in_ukrainian,
                  test_idle_warning_in_arabic, test_unsent_changes_kept_by_choice_in_ukrainian,
                  test_administrator_settings_shown_in_ukrainian,
                  test_start_screen_arabic_pc_in_ukrainian,
                  test_start_screen_ukrainian_pc_in_arabic,
                  test_guest_progress_claimed_in_arabic]))
