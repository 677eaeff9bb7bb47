"""Markdown pieces of the dataset card: tables and numbers, written one way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["fmt", "table"]


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: int = 1) -> list[str]:
    """A Markdown table; the last ``right`` columns are right-aligned (numbers)."""
    if not rows:
        return ["(none)"]
    aligns = ["---"] * (len(headers) - right) + ["---:"] * right
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(aligns) + "|"]
    for row in rows:
        cells = ["" if c is None else str(c).replace("|", "\\|").replace("\n", " ") for c in row]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def fmt(value: Any) -> str:
    """A figure as the card shows it: three decimals, ``n/a`` when undefined."""
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
