"""One function over shards of work, here or on a Dask cluster, results in shard order.

The stages stay plain per-document code: a stage cuts its input into shards and calls
:meth:`Runner.map` with a module-level function (workers import it by name). With
:class:`InProcess` the function runs here, one shard after another; with
:class:`DaskRunner` each shard is a Dask task. Either way the results come back in the
order of the shards, so a stage writes the same bytes whichever runner it was given.

Only a bounded number of shards is in flight at a time (:data:`IN_FLIGHT_PER_WORKER`
per worker thread), so the input is read, and the output written, as a stream: a corpus
never has to fit in this process's memory, nor in the cluster's.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, Protocol, TypeVar

from ..errors import UsageError

logger = logging.getLogger(__name__)

S = TypeVar("S")
R = TypeVar("R")

#: Shards submitted per worker thread before the first result is awaited: enough to keep
#: every worker busy while the results are written, few enough to bound the memory.
IN_FLIGHT_PER_WORKER = 2
#: Seconds to wait for a scheduler given by address before giving up.
CONNECT_TIMEOUT = 10
#: Seconds to wait, after a failure, for dead local workers to be restarted before the
#: cluster is closed (a restart takes about a second).
RESTART_TIMEOUT = 30
CLUSTER_EXTRA = "pip install 'sahel-events[cluster]'"


class Runner(Protocol):
    """Runs a function over shards and yields the results in shard order."""

    #: Worker threads available (1 in process).
    workers: int

    def share(self, value: Any) -> Any:
        """``value`` as the argument to pass to every shard (sent to the workers once)."""

    def map(self, function: Callable[..., R], shards: Iterable[S], *shared: Any) -> Iterator[R]:
        """``function(shard, *shared)`` for each shard, yielded in shard order."""

    def describe(self) -> str:
        """Where the work runs, for reports (``in process``, ``2 local Dask workers``)."""


class InProcess:
    """The default runner: every shard in this process, one after another."""

    workers = 1

    def share(self, value: Any) -> Any:
        """The value itself: nothing to send."""
        return value

    def map(self, function: Callable[..., R], shards: Iterable[S], *shared: Any) -> Iterator[R]:
        """``function(shard, *shared)`` for each shard, lazily, in order."""
        for shard in shards:
            yield function(shard, *shared)

    def describe(self) -> str:
        """``in process``."""
        return "in process"


class DaskRunner:
    """Shards as tasks of a Dask ``distributed`` client; results in shard order."""

    def __init__(self, client: Any, description: str) -> None:
        self.client = client
        self.workers = max(1, sum(client.nthreads().values()))
        self._description = description
        distributed = _distributed()
        from distributed.client import FutureCancelledError
        from distributed.comm.core import CommClosedError

        #: What the cluster raises when it loses a task (a worker killed, the scheduler gone).
        self._lost: tuple[type[BaseException], ...] = (
            distributed.KilledWorker,
            CommClosedError,
            FutureCancelledError,
        )

    def _result(self, future: Any) -> Any:
        try:
            return future.result()
        except self._lost as exc:
            raise UsageError(
                f"{self._description} lost a task ({type(exc).__name__}: {exc}); a worker may "
                "have run out of memory or the scheduler stopped: give the workers more memory "
                "or a smaller --task-size (docs/cluster.md), then run the command again"
            ) from None

    def share(self, value: Any) -> Any:
        """``value`` scattered once to every worker; tasks receive the worker's copy."""
        return self.client.scatter(value, broadcast=True, hash=False)

    def map(self, function: Callable[..., R], shards: Iterable[S], *shared: Any) -> Iterator[R]:
        """Submit shards as tasks, a bounded number at a time, and yield in order.

        A task that raises re-raises here (Dask sends the exception back), so a bug is
        not silently dropped; the stages catch the faults of bad data inside the task. A
        task the cluster lost (a worker killed, say out of memory) is a
        :class:`UsageError` saying what to do, not a traceback.
        """
        window = max(2, IN_FLIGHT_PER_WORKER * self.workers)
        pending: deque[Any] = deque()
        # pure=False: two shards with equal content are still two tasks (and equal
        # results are not merged by key).
        for shard in shards:
            pending.append(self.client.submit(function, shard, *shared, pure=False))
            if len(pending) >= window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def describe(self) -> str:
        """How the cluster was reached (local workers or a scheduler's address)."""
        return self._description


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError(
            f"--workers above 1 and --scheduler need Dask, which is not installed: {CLUSTER_EXTRA}"
        ) from None
    return distributed


@contextmanager
def open_runner(workers: int = 1, scheduler: str | None = None) -> Iterator[Runner]:
    """The runner for ``--workers N`` / ``--scheduler ADDRESS``; closed on exit.

    ``scheduler`` (``tcp://host:8786``) connects to a running cluster and leaves it
    running; else ``workers`` above 1 starts a local cluster of that many single-thread
    worker processes, stopped when the block ends (so no worker outlives the command);
    else the work runs in this process. Raises :class:`UsageError` when Dask is missing,
    ``workers`` is below 1 or the scheduler cannot be reached.
    """
    if workers < 1:
        raise UsageError(f"--workers must be at least 1 (got {workers})")
    if scheduler is None and workers == 1:
        yield InProcess()
        return
    distributed = _distributed()
    if scheduler is not None:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise UsageError(
                f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}: "
                f"{exc}); check the address (tcp://HOST:PORT) and that the scheduler runs"
            ) from None
        try:
            yield DaskRunner(client, f"the Dask cluster at {scheduler}")
        finally:
            client.close()
        return
    # Worker processes are this process's multiprocessing children: those started from
    # here on are the cluster's, stopped below should its shutdown fail.
    children_before = set(multiprocessing.active_children())
    cluster = distributed.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        # The scheduler serves HTTP (health, and the dashboard when bokeh is there) even
        # without a dashboard; a free port on the loopback, so that two commands, or
        # another cluster on port 8787, do not collide (and no warning says they did).
        dashboard_address="127.0.0.1:0",
        # Workers that lose the scheduler while the cluster shuts down log errors with
        # tracebacks; a task's own exception still reaches the caller.
        silence_logs=logging.CRITICAL,
    )
    try:
        client = distributed.Client(cluster)
        try:
            yield DaskRunner(client, f"{workers} local Dask workers")
        finally:
            _let_restarts_finish(client, workers)
            client.close()
    finally:
        _close_cluster(cluster, children_before)


def _close_cluster(cluster: Any, children_before: set[Any]) -> None:
    """Closes a local cluster; should Dask's shutdown fail, stops its worker processes.

    After workers died, distributed's shutdown has races of its own: a worker restarted
    and removed between two updates makes its status watcher raise ``KeyError`` on its
    address, and that error would replace the one that says what went wrong (or fail work
    that went well and is written). Such a failure is logged; no worker outlives the
    command either way.
    """
    try:
        cluster.close()
    except Exception as exc:  # distributed's own shutdown, not the work: see above
        logger.warning(
            "the local Dask cluster did not shut down cleanly (%s: %s); its worker "
            "processes were stopped",
            type(exc).__name__,
            exc,
        )
        # First the cluster's event-loop thread, which a failed close leaves running:
        # its nannies would start a new worker for each one stopped below.
        loop_runner = getattr(cluster, "_loop_runner", None)
        if loop_runner is not None:
            with suppress(Exception):
                loop_runner.stop()
        for process in set(multiprocessing.active_children()) - children_before:
            process.terminate()
            process.join(timeout=5)


def _let_restarts_finish(client: Any, workers: int) -> None:
    """Waits (a bounded time) until the cluster has all its workers again.

    A worker that died (killed by the system, out of memory) is started again by its
    nanny. Closing the cluster in the instant between a new worker process's creation
    and its start makes Dask's shutdown fail (``can only join a started process``),
    and that error would replace the one that says what went wrong (or fail work that
    went well); so the cluster is closed only once the restarts are over. With every
    worker up, as after work that went well, this is one call to the scheduler.
    """
    # A worker that cannot come back is no reason to hide the first error.
    with suppress(OSError, TimeoutError):
        client.wait_for_workers(workers, timeout=RESTART_TIMEOUT)
