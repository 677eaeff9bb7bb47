"""CPU seconds of this process and of each Dask worker, around one piece of work.

On a machine whose cores other jobs share, the wall clock says more about the load than
about the code, and a second worker may get no free core at all. CPU time does not
depend on how long a process waited for a core: the CPU seconds each worker spent, and
the work done per CPU second, show whether the work was shared out evenly and how much
the sharing costs, whatever the load. The busiest worker's CPU seconds are what the
wall time would be at best, with a free core for each worker.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CpuFigures:
    """CPU seconds spent by this process and by each worker (by address) in the work."""

    own: float
    workers: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> float:
        """All the CPU seconds the work cost, this process included."""
        return self.own + sum(self.workers.values())

    @property
    def busiest(self) -> float:
        """The CPU seconds of the busiest process: the least wall time on free cores."""
        return max([self.own, *self.workers.values()])

    def describe(self, items: int, what: str) -> str:
        """One line of figures for ``items`` pieces of work (``what``: their name)."""
        workers = ", ".join(f"{s:.1f}" for s in sorted(self.workers.values(), reverse=True))
        spread = f"; workers {workers}" if self.workers else ""
        return (
            f"CPU seconds: this process {self.own:.1f}{spread}; total {self.total:.1f}, "
            f"{items / self.total:.2f} {what} per CPU second; busiest process "
            f"{self.busiest:.1f} s ({items / self.busiest:.2f} {what}/s with a free core each)"
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"own": self.own, "workers": sorted(self.workers.values(), reverse=True)}


class CpuClock:
    """Reads the CPU time of this process and, with a Dask client, of every worker."""

    def __init__(self, client: Any = None) -> None:
        self.client = client
        self._own = 0.0
        self._workers: dict[str, float] = {}

    def start(self) -> None:
        """Note the CPU times now."""
        self._workers = self.client.run(time.process_time) if self.client is not None else {}
        self._own = time.process_time()

    def stop(self) -> CpuFigures:
        """The CPU seconds spent since :meth:`start`."""
        own = time.process_time() - self._own
        now = self.client.run(time.process_time) if self.client is not None else {}
        spent = {w: now[w] - self._workers.get(w, 0.0) for w in now}
        return CpuFigures(own, spent)
