"""Where a scan's chunks run: in this process, in worker processes, or on a Dask cluster.

Each runner maps a function over chunks and gives the results back in submission order,
with a bounded number of chunks in flight, so that reading a corpus of any size holds a
few chunks in memory, not the corpus. The scan is one piece of code over these three,
which is why a Dask run writes the same rows in the same order as a local one.
"""

from __future__ import annotations

import logging
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class ClusterError(Exception):
    """Dask is missing or its scheduler cannot be reached; the message is one line for the user."""


class InThisProcess:
    """Runs each chunk here, one after the other."""

    workers = 1

    def imap(self, function: Callable[[Any], Any], chunks: Iterable[Any]) -> Iterator[Any]:
        return map(function, chunks)

    def close(self, cancel: bool = False) -> None:
        pass


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and finishes the output file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Windowed:
    """Submits chunks ahead up to a window, and yields their results in order."""

    workers = 1

    def _submit(self, function: Callable[[Any], Any], chunk: Any) -> Any:
        raise NotImplementedError

    def _result(self, future: Any) -> Any:
        return future.result()

    def imap(self, function: Callable[[Any], Any], chunks: Iterable[Any]) -> Iterator[Any]:
        window = 3 * self.workers
        pending: deque = deque()
        for chunk in chunks:
            pending.append(self._submit(function, chunk))
            if len(pending) >= window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())


class Processes(_Windowed):
    """Runs chunks in ``workers`` processes of this machine (forked where the platform can)."""

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_interrupts)

    def _submit(self, function: Callable[[Any], Any], chunk: Any) -> Any:
        return self._pool.submit(function, chunk)

    def close(self, cancel: bool = False) -> None:
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


class OnDask(_Windowed):
    """Runs chunks on a Dask cluster: the scheduler at ``address``, or a new LocalCluster of ``workers``."""

    def __init__(self, address: str | None, workers: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError("--dask needs dask.distributed: pip install 'lint-news[dask]'") from None
        self._cluster = None
        if address:
            try:
                self._client = Client(address, timeout="10s")
            except OSError as error:
                raise ClusterError(f"--dask: cannot reach the scheduler at {address} ({error})") from None
        else:
            # the workers start with Ctrl-C ignored (an ignored signal stays ignored in a new
            # process), so a terminal's Ctrl-C reaches this process alone: it stops the run and
            # closes the cluster, and no worker prints a traceback on its way out
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40)
            finally:
                signal.signal(signal.SIGINT, previous)
            self._client = Client(self._cluster)
        logging.getLogger("tornado.application").addFilter(_cancelled_before_start)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)

    def _submit(self, function: Callable[[Any], Any], chunk: Any) -> Any:
        return self._client.submit(function, chunk, pure=False)

    def close(self, cancel: bool = False) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _cancelled_before_start(record: logging.LogRecord) -> bool:
    """False for the error distributed's ``sync`` logs when Ctrl-C comes before the call it waits
    on has started: its ``cancel`` callback reads a future not yet assigned and fails with a
    NameError, which tornado logs with a traceback (distributed 2026.8). The user pressed Ctrl-C
    and the scan says it was interrupted; this traceback would say nothing more."""
    error = record.exc_info[1] if record.exc_info else None
    return not (isinstance(error, NameError)
                and any(frame.f_code.co_name == "cancel" and "distributed" in frame.f_code.co_filename
                        for frame, _ in traceback.walk_tb(error.__traceback__)))


def runner(jobs: int, dask: str | None) -> InThisProcess | Processes | OnDask:
    """The runner for ``--jobs`` and ``--dask`` (None: not on Dask; "": a LocalCluster)."""
    if dask is not None:
        return OnDask(dask or None, jobs if jobs > 1 else 2)
    if jobs > 1:
        return Processes(jobs)
    return InThisProcess()
