"""Headless Chromium for tests and bench scripts, with no Python package beyond the standard library.

:func:`find_chromium` looks for a browser; :func:`ensure_chromium` also installs Debian's
``chromium`` package when there is none and this is root on Debian with apt-get (once per
process, time-limited); :func:`require_chromium` is the same for pytest, skipping with the
reason when no browser can be had. Set ``LINT_NEWS_CHROMIUM`` to a browser's path to use that
one, or ``LINT_NEWS_NO_BROWSER_INSTALL=1`` to never install.

:class:`Browser` drives the browser over the Chrome DevTools Protocol on a pipe
(``--remote-debugging-pipe``): Chromium reads JSON messages, each ended by a NUL byte, on its
fd 3 and writes its answers and events on its fd 4. Every wait has a time limit, and the whole
process group is killed on :meth:`Browser.close` (a ``with`` block or a fixture's teardown).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_TIMEOUT = 600.0

#: The flags every run uses. Without the background-networking ones Chromium keeps trying to
#: reach Google's services, which on a machine without a network is a flood of failed lookups;
#: the resolver rule makes any lookup fail at once, without touching the network.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-breakpad",
    "--disable-client-side-phishing-detection",
    "--disable-domain-reliability",
    "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,CertificateTransparencyComponentUpdater",
    "--no-pings",
    "--metrics-recording-only",
    "--mute-audio",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
)

# Moves the two pipe ends it is given to fds 3 and 4, then becomes Chromium (exec keeps the pid).
_FD_WRAPPER = (
    "import os, sys\n"
    "r, w = int(sys.argv[1]), int(sys.argv[2])\n"
    "os.dup2(r, 3); os.dup2(w, 4)\n"
    "[os.close(fd) for fd in (r, w) if fd not in (3, 4)]\n"
    "os.execv(sys.argv[3], sys.argv[3:])\n"
)


class BrowserError(RuntimeError):
    """The browser failed, answered with an error, exited, or did not answer in time."""


def find_chromium() -> str | None:
    """The path of a Chromium or Chrome on this machine, or None."""
    chosen = os.environ.get("LINT_NEWS_CHROMIUM")
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    for candidate in CANDIDATES:
        path = candidate if os.path.isabs(candidate) else shutil.which(candidate)
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


_ensured: tuple[str | None, str] | None = None


def _apt_lists_present() -> bool:
    lists = Path("/var/lib/apt/lists")
    return lists.is_dir() and any(p.name.endswith(("_Packages", "_Packages.lz4", "_Packages.gz")) for p in lists.iterdir())


def _run(command: list[str], deadline: float) -> tuple[bool, str]:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return False, "out of time"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=remaining, env=env)
    except subprocess.TimeoutExpired:
        return False, f"{' '.join(command)} did not finish in time"
    except OSError as error:
        return False, f"{' '.join(command)}: {error}"
    tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
    return done.returncode == 0, tail


def _install(timeout: float) -> tuple[str | None, str]:
    if os.environ.get("LINT_NEWS_NO_BROWSER_INSTALL"):
        return None, "no Chromium found and LINT_NEWS_NO_BROWSER_INSTALL is set"
    if not sys.platform.startswith("linux") or not Path("/etc/debian_version").exists():
        return None, "no Chromium found (looked for " + ", ".join(CANDIDATES) + "), and this is not Debian: install one"
    if os.geteuid() != 0:
        return None, "no Chromium found, and not root to apt-get install chromium"
    apt = shutil.which("apt-get")
    if not apt:
        return None, "no Chromium found, and no apt-get to install it"
    deadline = time.monotonic() + timeout
    lock = ["-o", "DPkg::Lock::Timeout=120"]
    install = [apt, *lock, "install", "-y", "--no-install-recommends", "chromium"]
    print("chromium.py: installing Debian's chromium package for the browser tests ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    updated = False
    if not _apt_lists_present():
        ok, output = _run([apt, *lock, "update"], deadline)
        if not ok:
            return None, f"no Chromium found, and apt-get update failed: {output}"
        updated = True
    ok, output = _run(install, deadline)
    if not ok and not updated:
        ok, output = _run([apt, *lock, "update"], deadline)
        if ok:
            ok, output = _run(install, deadline)
    if not ok:
        return None, f"no Chromium found, and apt-get install chromium failed: {output}"
    path = find_chromium()
    if not path:
        return None, "apt-get installed chromium, but no browser binary was found after it"
    print(f"chromium.py: installed {path} in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return path, ""


def ensure_chromium(install: bool = True, timeout: float = INSTALL_TIMEOUT) -> tuple[str | None, str]:
    """``(path, "")``, or ``(None, why not)``. Installs at most once per process."""
    global _ensured
    path = find_chromium()
    if path:
        return path, ""
    if not install:
        return None, "no Chromium found (looked for " + ", ".join(CANDIDATES) + ")"
    if _ensured is None:
        _ensured = _install(timeout)
    return _ensured


def require_chromium() -> str:
    """The browser's path for a pytest test, or ``pytest.skip`` saying why there is none."""
    import pytest

    path, why = ensure_chromium()
    if not path:
        pytest.skip(f"browser test needs Chromium: {why}")
    return path


class Browser:
    """One headless Chromium and one page in it, driven over the DevTools pipe.

    ``exceptions`` (uncaught page errors), ``console_errors`` (console.error and error log
    entries, such as a blocked resource) and ``requests`` (every URL the page asked for) are
    collected for the page opened last.
    """

    def __init__(self, executable: str | None = None, *, width: int = 1280, height: int = 900, timeout: float = 30.0):
        executable = executable or find_chromium()
        if not executable:
            raise BrowserError("no Chromium found")
        self.timeout = timeout
        self._next_id = 0
        self._buffer = bytearray()
        self._events: list[dict[str, Any]] = []
        self.session: str | None = None
        self.target: str | None = None
        self.exceptions: list[str] = []
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self._home = tempfile.mkdtemp(prefix="lint-news-chromium-")
        self._log_path = os.path.join(self._home, "chromium.log")
        # Our ends stay non-inheritable; the child's ends go above fd 9 so the wrapper's moves
        # to 3 and 4 can never overwrite one another.
        to_child, self._to_browser = os.pipe()
        self._from_browser, from_child = os.pipe()
        child_read = fcntl.fcntl(to_child, fcntl.F_DUPFD_CLOEXEC, 10)
        child_write = fcntl.fcntl(from_child, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_child)
        os.close(from_child)
        command = [
            sys.executable, "-c", _FD_WRAPPER, str(child_read), str(child_write), executable,
            *FLAGS, f"--user-data-dir={os.path.join(self._home, 'profile')}", f"--window-size={width},{height}", "about:blank",
        ]
        try:
            with open(self._log_path, "wb") as log:
                self._process = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                    pass_fds=(child_read, child_write), start_new_session=True,
                )
        except BaseException:
            for fd in (self._to_browser, self._from_browser):
                os.close(fd)
            shutil.rmtree(self._home, ignore_errors=True)
            raise
        finally:
            os.close(child_read)
            os.close(child_write)
        self._closed = False
        try:
            self.version = self.send("Browser.getVersion")
        except BaseException:
            self.close()
            raise

    # -- the protocol --------------------------------------------------------------------------

    def _log_tail(self) -> str:
        try:
            lines = Path(self._log_path).read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-8:])

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while True:
            end = self._buffer.find(b"\0")
            if end >= 0:
                raw = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                message = json.loads(raw)
                if "method" in message:
                    self._note(message)
                return message
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BrowserError("timed out waiting for Chromium")
            ready, _, _ = select.select([self._from_browser], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise BrowserError(f"Chromium exited (status {self._process.poll()}): {self._log_tail()}")
            self._buffer += chunk

    def _note(self, event: dict[str, Any]) -> None:
        self._events.append(event)
        method, params = event["method"], event.get("params", {})
        if event.get("sessionId") not in (None, self.session):
            return
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            self.exceptions.append(f"{text} ({details.get('url', '')}:{details.get('lineNumber', '?')})")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.console_errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.console_errors.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None, timeout: float | None = None) -> dict[str, Any]:
        """Send one command and wait for its answer (events that come first are kept)."""
        if self._closed:
            raise BrowserError("the browser is closed")
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode("utf-8") + b"\0"
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._to_browser, view)
                view = view[written:]
        except BrokenPipeError:
            raise BrowserError(f"Chromium exited (status {self._process.poll()}): {self._log_tail()}") from None
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error'].get('message')} {answer['error'].get('data', '')}".strip())
                return answer.get("result", {})

    def wait_event(self, method: str, *, since: int = 0, timeout: float | None = None, predicate: Callable[[dict], bool] | None = None) -> dict[str, Any]:
        """The first event ``method`` of this page from index ``since`` on, waiting for it if needed."""
        deadline = time.monotonic() + (timeout or self.timeout)
        index = since
        while True:
            while index < len(self._events):
                event = self._events[index]
                index += 1
                if event["method"] == method and event.get("sessionId") == self.session and (predicate is None or predicate(event.get("params", {}))):
                    return event.get("params", {})
            self._read_message(deadline)

    # -- pages ---------------------------------------------------------------------------------

    def open(self, url: str, timeout: float | None = None) -> None:
        """Open ``url`` in a new page (closing the previous one) and wait for its load event."""
        if self.target:
            self.send("Target.closeTarget", {"targetId": self.target})
            self.target = self.session = None
        self.exceptions, self.console_errors, self.requests = [], [], []
        self._events = []
        self.target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable", session=self.session)
        mark = len(self._events)
        navigation = self.send("Page.navigate", {"url": url}, session=self.session, timeout=timeout)
        if navigation.get("errorText"):
            raise BrowserError(f"could not open {url}: {navigation['errorText']}")
        self.wait_event("Page.loadEventFired", since=mark, timeout=timeout)

    def evaluate(self, expression: str, *, await_promise: bool = False, timeout: float | None = None) -> Any:
        """The value of a JavaScript expression in the page (JSON-able values only)."""
        if not self.session:
            raise BrowserError("no page is open")
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": await_promise, "userGesture": True},
            session=self.session, timeout=timeout,
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise BrowserError(f"evaluate failed: {details.get('exception', {}).get('description') or details.get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float | None = None, interval: float = 0.05) -> Any:
        """Evaluate ``expression`` until it is truthy; its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression}")
            time.sleep(interval)

    def screenshot(self, path: str | os.PathLike[str], *, full_page: bool = True, timeout: float | None = None) -> Path:
        """A PNG of the page (the whole page by default, else the viewport) written to ``path``."""
        if not self.session:
            raise BrowserError("no page is open")
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            metrics = self.send("Page.getLayoutMetrics", session=self.session)
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
            width = max(viewport["clientWidth"], 1)
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": width, "height": max(size["height"], 1), "scale": 1})
        data = self.send("Page.captureScreenshot", params, session=self.session, timeout=timeout or max(self.timeout, 60))["data"]
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(data))
        return target

    # -- the end -------------------------------------------------------------------------------

    def close(self) -> None:
        """Ask Chromium to quit, kill its process group if it does not, remove its profile."""
        if getattr(self, "_closed", True):
            return
        try:
            self.send("Browser.close", timeout=5)
        except (BrowserError, OSError):
            pass
        self._closed = True
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self._process.pid, signal.SIGKILL)  # what is left of the group we started
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._home, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:  # a last resort; close() is the way
        try:
            self.close()
        except Exception:
            pass
