# jobspor_ui.py: start the real Jobspor and find things in its accessibility
# tree, as a screen reader would.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import gettext
import os
import pathlib
import shutil
import subprocess
import tempfile
import time
import traceback

import dogtail.config

dogtail.config.config.checkForA11y = False
dogtail.config.config.searchBackoffDuration = 0.2
dogtail.config.config.searchCutoffCount = 25
dogtail.config.config.defaultDelay = 0.2
dogtail.config.config.actionDelay = 0.2
dogtail.config.config.logDebugToStdOut = False
dogtail.config.config.logDebugToFile = False

import pyatspi  # noqa: E402
import dogtail.predicate  # noqa: E402
import dogtail.rawinput  # noqa: E402
import dogtail.tree  # noqa: E402
from dogtail.tree import SearchError  # noqa: E402

BUILD = pathlib.Path(os.environ["JOBSPOR_BUILDDIR"])
SOURCE = pathlib.Path(__file__).resolve().parents[2]
SHOTS = BUILD / "ui-screenshots"
_started = []


def tr(language, msgid, domain="jobspor", mnemonic=False):
    """`msgid` as the catalogue of `language` says it (Jobspor's built one,
    or a library's installed one), without its mnemonic underscore, as a
    screen reader reads it."""
    if language == "en":
        text = msgid
    else:
        localedir = BUILD / "po" if domain == "jobspor" else pathlib.Path("/usr/share/locale")
        catalogue = gettext.translation(domain, localedir=str(localedir), languages=[language])
        text = catalogue.gettext(msgid)
        if text == msgid:
            raise AssertionError(f"{msgid!r} has no {language} translation")
    return text.replace("_", "", 1) if "_" in msgid and not mnemonic else text


def on_screen(node):
    """Whether `node` takes up room on screen. GTK 4.8 reports no SHOWING
    state for widgets, but gives hidden stack pages a size of zero."""
    try:
        width, height = node.size
    except Exception:  # noqa: BLE001 - nodes without a component interface
        return False
    return width > 0 and height > 0


def has_state(node, state):
    """Whether `node` is in the AT-SPI `state` (pyatspi.STATE_*)."""
    try:
        return state in node.getState().getStates()
    except Exception:  # noqa: BLE001 - a node that went away has no state
        return False


def trn(language, singular, plural, n):
    """The plural form of `language` for `n`, filled in with `n`."""
    if language == "en":
        text = singular if n == 1 else plural
    else:
        catalogue = gettext.translation("jobspor", localedir=str(BUILD / "po"),
                                        languages=[language])
        text = catalogue.ngettext(singular, plural, n)
    return text.replace("%u", str(n), 1)


class Home:
    """A citizen's home folder of their own: settings, data, nothing shared."""

    def __init__(self):
        self.path = pathlib.Path(tempfile.mkdtemp(prefix="jobspor-ui-"))
        self.data = self.path / "data"
        self.config = self.path / "config"
        self.profiles = self.data / "jobspor" / "profiles"
        # The profile of no one signed in.
        self.database = self.profiles / "anonymous" / "jobspor.db"

    def settings_file(self):
        return self.config / "glib-2.0" / "settings" / "keyfile"

    def settings_text(self):
        path = self.settings_file()
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def set_language(self, language):
        self.settings_file().parent.mkdir(parents=True, exist_ok=True)
        self.settings_file().write_text(f"[dk/jobspor/Jobspor]\nlanguage='{language}'\n")

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


def press(node):
    """Clicks `node`; a GtkMenuButton's click lives on its inner button."""
    if "click" in node.actions:
        node.doActionNamed("click")
        return
    for child in node.children:
        if "click" in child.actions:
            child.doActionNamed("click")
            return
    raise AssertionError(f"{node.name!r} cannot be clicked")


class Jobcenter:
    """The real jobspor-server on a free loopback port, with its own database."""

    def __init__(self, home, demo=False):
        self.binary = str(BUILD / "src" / "server" / "jobspor-server")
        self.db = str(home.path / "jobcenter.db")
        self.log = open(home.path / "jobcenter.log", "w+")
        self.process = subprocess.Popen([self.binary, "serve", "--db", self.db, "--port", "0"]
                                        + (["--demo"] if demo else []),
                                        stdout=subprocess.PIPE, stderr=self.log, text=True)
        _started.append(self.process)
        # With --demo, a one-time code for each demo citizen comes first.
        self.codes = {}
        line = self.process.stdout.readline()
        while line.startswith("Demo citizen "):
            self.codes[line.split()[2]] = line.split()[-1]
            line = self.process.stdout.readline()
        if not line.startswith("Listening on "):
            raise AssertionError("the jobcenter did not start: " + line)
        self.url = line.split()[-1]

    def admin(self, *args):
        result = subprocess.run([self.binary, args[0], "--db", self.db, *args[1:]],
                                capture_output=True, text=True, check=True)
        return result.stdout.strip()


class KeyringWatch:
    """Every message on the session bus to or about the keyring (the Secret
    Service, or the Secret portal inside Flatpak), as dbus-monitor sees it."""

    NAMES = ("org.freedesktop.secrets", "org.freedesktop.Secret", "org.freedesktop.portal.Secret")

    def __init__(self, home):
        self.path = home.path / "bus.log"
        self.process = subprocess.Popen(["dbus-monitor", "--session"],
                                        stdout=open(self.path, "w"), stderr=subprocess.DEVNULL)
        _started.append(self.process)
        time.sleep(0.5)

    def messages(self):
        """The lines that name the keyring, so far."""
        text = self.path.read_text(errors="replace")
        return [line for line in text.splitlines() if any(n in line for n in self.NAMES)]


class App:
    def __init__(self, home, lang="C", server_url=None, extra_env=None):
        env = dict(os.environ)
        env.update({
            "GSETTINGS_BACKEND": "keyfile",
            "GSETTINGS_SCHEMA_DIR": str(BUILD / "data"),
            "JOBSPOR_LOCALEDIR": str(BUILD / "po"),
            "JOBSPOR_EXERCISES_DIR": os.environ.get("JOBSPOR_EXERCISES_DIR",
                                                    str(SOURCE / "data" / "exercises")),
            "XDG_DATA_HOME": str(home.data),
            "XDG_CONFIG_HOME": str(home.config),
            "HOME": str(home.path),
            "LANG": lang,
            "GTK_A11Y": "atspi",
        })
        if server_url is not None:
            env["JOBSPOR_SERVER_URL"] = server_url
        else:
            env.pop("JOBSPOR_SERVER_URL", None)
        env.pop("LANGUAGE", None)
        env.pop("LC_ALL", None)
        env.pop("LC_MESSAGES", None)
        env.update(extra_env or {})
        self.log = open(home.path / "app.log", "w")
        self.process = subprocess.Popen([str(BUILD / "app" / "jobspor")], env=env, cwd=home.path,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        _started.append(self.process)
        self.node = None
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                self.node = dogtail.tree.root.application("jobspor")
                break
            except SearchError:
                if self.process.poll() is not None:
                    raise AssertionError("jobspor exited at start, see " + self.log.name)
        if self.node is None:
            raise AssertionError("jobspor did not show up in the accessibility tree")

    def find(self, name, role=None, showing=True, timeout=10):
        """The first node called `name` (and of `role`), waiting for it."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for node in self.node.findChildren(
                    lambda n: n.name == name and (role is None or n.roleName == role)
                    and (not showing or on_screen(n)), showingOnly=False):
                return node
            time.sleep(0.2)
        raise AssertionError(f"nothing called {name!r} ({role}) is showing")

    def absent(self, name, role=None, timeout=5):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if not [n for n in self.node.findChildren(
                    lambda n: n.name == name and (role is None or n.roleName == role)
                    and on_screen(n), showingOnly=False)]:
                return
            time.sleep(0.2)
        raise AssertionError(f"{name!r} is still showing")

    def click(self, name, role=None):
        node = self.find(name, role)
        press(node)
        return node

    def focus(self, name, role=None, presses=60):
        """Move the keyboard focus to `name` with Tab, as a keyboard user
        does (GTK 4.8 offers no focus call over AT-SPI)."""
        for _ in range(presses):
            # Found anew each time: a sync may rebuild the page meanwhile.
            node = self.find(name, role)
            # The focus may be on the node or on the row holding it.
            holders = [node, node.parent, node.parent.parent if node.parent else None]
            if any(h is not None and has_state(h, pyatspi.STATE_FOCUSED) for h in holders):
                return node
            self.keys("Tab")
            time.sleep(0.15)
        raise AssertionError(f"Tab never reaches {name!r} ({role})")

    def toggle(self, name, role="check box"):
        """Check boxes offer no action over AT-SPI in GTK 4.8. Do what a
        keyboard user does: Tab into the list, arrow keys to the row, space."""
        node = self.find(name, role)
        row = node
        while row is not None and row.roleName != "list item":
            row = row.parent
        targets = [node, row]
        group = row.parent.findChildren(lambda n: n.roleName in (role, "list item"),
                                        showingOnly=False)

        def focused(nodes):
            return any(has_state(n, pyatspi.STATE_FOCUSED) for n in nodes)

        for _ in range(30):
            if focused(group):
                break
            self.keys("Tab")
            time.sleep(0.15)
        for key in ["Down"] * len(group) + ["Up"] * len(group):
            if focused(targets):
                self.keys("space")
                self.wait_for(lambda: has_state(node, pyatspi.STATE_CHECKED),
                              f"{name!r} to be checked")
                return node
            self.keys(key)
            time.sleep(0.15)
        raise AssertionError(f"the keyboard never reaches {name!r} ({role})")

    def section(self):
        """The name of the section shown: its tab is the selected one."""
        for tab in self.node.findChildren(lambda n: n.roleName == "page tab" and on_screen(n),
                                          showingOnly=False):
            if has_state(tab, pyatspi.STATE_SELECTED):
                return tab.name
        return None

    def joblog(self):
        """Goes to the job log, the second section (This week is the first),
        by its tab: the keyboard's focus may be in no window after a dialog
        closes on a desktop without a window manager."""
        def tabs():
            return self.node.findChildren(lambda n: n.roleName == "page tab" and on_screen(n),
                                          showingOnly=False)
        self.wait_for(lambda: len(tabs()) >= 2, "the sections' tabs")
        job_log = tabs()[1]
        press(job_log)
        self.wait_for(lambda: has_state(job_log, pyatspi.STATE_SELECTED), "the job log to show")

    def show_section(self, name):
        self.click(name, "page tab")
        self.wait_for(lambda: self.section() == name, f"the section {name!r} to show")

    def wait_for(self, condition, what, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if condition():
                return
            time.sleep(0.2)
        raise AssertionError("waited in vain for " + what)

    def window(self):
        return self.find("Jobspor", "frame")

    def keys(self, combo):
        dogtail.rawinput.keyCombo(combo)

    def type(self, text):
        dogtail.rawinput.typeText(text)

    def find_prefix(self, prefix, role=None, timeout=10):
        """The first node on screen whose name starts with `prefix`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for node in self.node.findChildren(
                    lambda n: n.name.startswith(prefix) and (role is None or n.roleName == role)
                    and on_screen(n), showingOnly=False):
                return node
            time.sleep(0.2)
        raise AssertionError(f"nothing whose name starts with {prefix!r} is showing")

    def absent_prefix(self, prefix, timeout=5):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if not self.node.findChildren(lambda n: n.name.startswith(prefix) and on_screen(n),
                                          showingOnly=False):
                return
            time.sleep(0.2)
        raise AssertionError(f"something whose name starts with {prefix!r} is still showing")

    def screenshot(self, name):
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(SHOTS / (name + ".png"))],
                       check=False)

    def quit(self):
        if self.process.poll() is None:
            self.keys("<Control>q")
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                raise AssertionError("jobspor did not quit on Ctrl+Q")
        self.log.close()
        return self.process.returncode


def run(tests):
    """Run each test function; print TAP so the summary counts each."""
    tap = os.fdopen(int(os.environ.get("JOBSPOR_TAP_FD", "1")), "w", buffering=1)

    def print(line):  # noqa: A001 - TAP goes to its own descriptor
        tap.write(line + "\n")

    print(f"1..{len(tests)}")
    failed = 0
    for number, test in enumerate(tests, 1):
        home = Home()
        try:
            test(home)
            print(f"ok {number} {test.__name__}")
        except Exception as error:  # noqa: BLE001 - report every failure as TAP
            failed += 1
            print(f"not ok {number} {test.__name__}")
            for line in str(error).splitlines() or [type(error).__name__]:
                print("# " + line)
            for frame in traceback.extract_tb(error.__traceback__)[-4:]:
                print(f"# at {pathlib.Path(frame.filename).name}:{frame.lineno} in {frame.name}")
            log = home.path / "app.log"
            if log.exists():
                for line in log.read_text(errors="replace").splitlines()[-20:]:
                    print("# app: " + line)
        finally:
            while _started:
                process = _started.pop()
                if process.poll() is None:
                    process.kill()
                    process.wait()
            home.remove()
    return 1 if failed else 0
