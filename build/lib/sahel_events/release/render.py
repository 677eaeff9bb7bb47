"""Render a table built by the current code onto the schema a release published.

``release check`` rebuilds an old release from its recorded inputs with the code of
today and compares content hashes. The code moves on: a table gains columns, a column
changes type (``contexts`` from ``"a;b"`` to a list). What the check must answer is
whether the *content* the release holds still follows from its inputs, so the rebuilt
table is first rendered the way that release published it:

* only the release's columns, in the release's order (columns added since are not
  part of what the release holds);
* a column whose type the release published differently is encoded back the way the
  release's format did, by one of the :data:`ENCODERS` (each says which change it
  undoes); a type change no encoder knows is reported, never guessed;
* the release's own schema (field types and metadata, so its primary key) on the
  result, so :func:`~sahel_events.parquet_io.content_hash` sees the same header.

A column the release has and the rebuild lacks cannot be rendered: that, too, is
reported. Encoders only re-encode values; they never drop, sort or fill anything that
the release's format did not, so a real difference in content still shows in the hash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa

__all__ = ["ENCODERS", "Encoder", "RenderError", "render_for_release", "renders"]


class RenderError(ValueError):
    """The rebuilt table cannot be put in the release's shape (the message says why)."""


@dataclass(frozen=True)
class Encoder:
    """Turns a column of the current type back into the type a release published.

    ``applies(current, published)`` says whether this encoder handles the pair of
    types; ``encode(column, published)`` returns the column in the published type.
    ``undoes`` names the change of the table format that this encoder reverses.
    """

    name: str
    undoes: str
    applies: Callable[[pa.DataType, pa.DataType], bool]
    encode: Callable[[pa.ChunkedArray, pa.DataType], pa.ChunkedArray]


#: Separator the releases before "lists as lists" joined multi-valued columns with.
JOINED_SEPARATOR = ";"


def _is_list(t: pa.DataType) -> bool:
    return bool(pa.types.is_list(t) or pa.types.is_large_list(t))


def _is_text(t: pa.DataType) -> bool:
    return bool(pa.types.is_string(t) or pa.types.is_large_string(t))


def _join_list(column: pa.ChunkedArray, published: pa.DataType) -> pa.ChunkedArray:
    """Each list as its items joined by ``;`` in list order; null for a null or empty list.

    The items are joined in the order the list holds them: the order is content (the
    compiler sorts the values of a multi-valued attribute, the flat view keeps the
    order of the associated actors), so a different order must still change the hash.
    """
    values: list[str | None] = []
    for items in column.to_pylist():
        joined = JOINED_SEPARATOR.join(str(v) for v in items or [])
        values.append(joined or None)
    return pa.chunked_array([pa.array(values, type=published)], type=published)


#: The type changes a rebuild can render back, one entry per change of the format.
ENCODERS: tuple[Encoder, ...] = (
    # Undoes "lists as lists" (issue 15): multi-valued columns such as
    # events.contexts, events.plover_auxiliary and ucdp_type_of_violence became
    # list<string>; releases before it published them as one string, the items joined
    # by ";" and null when there were none.
    Encoder(
        name="joined-list",
        undoes="multi-valued columns as list<string> (releases before: items joined by ';')",
        applies=lambda current, published: _is_list(current) and _is_text(published),
        encode=_join_list,
    ),
)


def _encoder_for(current: pa.DataType, published: pa.DataType) -> Encoder | None:
    for encoder in ENCODERS:
        if encoder.applies(current, published):
            return encoder
    return None


def renders(current: pa.DataType, published: pa.DataType) -> bool:
    """True when a column of type ``current`` can be rendered as ``published``."""
    return current == published or _encoder_for(current, published) is not None


def render_for_release(table: pa.Table, published: pa.Schema) -> pa.Table:
    """``table`` (rebuilt with today's code) in the shape of the ``published`` schema.

    ``published`` is the Arrow schema of the release's own Parquet file, metadata
    included. Raises :class:`RenderError` naming the column when a published column
    is missing from the rebuild or changed type in a way no encoder undoes.
    """
    columns: list[pa.ChunkedArray] = []
    for field in published:
        if field.name not in table.column_names:
            raise RenderError(
                f"column {field.name} of the release is not derived by this version of "
                "the code (dropped or renamed since)"
            )
        column = table.column(field.name)
        if column.type != field.type:
            encoder = _encoder_for(column.type, field.type)
            if encoder is None:
                raise RenderError(
                    f"column {field.name} is {column.type} now and {field.type} in the "
                    "release, and no encoder renders one as the other"
                )
            column = encoder.encode(column, field.type)
        columns.append(column)
    # The release's schema as is: its field types (list children named as it named
    # them), nullability and metadata (the primary key the content hash sorts by).
    return pa.Table.from_arrays(columns, schema=published)
