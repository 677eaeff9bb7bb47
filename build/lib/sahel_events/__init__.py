"""sahel-events: the Sahel political and conflict event dataset and its pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "load"]

if TYPE_CHECKING:
    from .release.load import load


def __getattr__(name: str) -> Any:
    # `load` is imported on first use so that `import sahel_events` stays light.
    if name == "load":
        from .release.load import load

        return load
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
