"""The pydantic side of the YAML checks: a strict base model, non-empty texts, and
pydantic's errors turned into :class:`~sahel_events.yamlcheck.Problem` items that name
the line and the dotted path, in the words users already know."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from .yamlcheck import Lines, Problem, dotted, kind

__all__ = ["StrictModel", "Text", "structure_problems"]


class StrictModel(BaseModel):
    """The base of the structure models: unknown keys refused, no type coercion."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _text(value: object) -> object:
    if not isinstance(value, str) or not value.strip():
        found = "an empty one" if isinstance(value, str) else kind(value)
        raise PydanticCustomError(
            "empty_text", "expected a non-empty text, found {found}", {"found": found}
        )
    return value.strip()


#: A text that must not be empty (surrounding white space is dropped).
Text = Annotated[str, BeforeValidator(_text)]


def _strip(annotation: Any) -> Any:
    """The type behind Annotated[...] and X | None."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            rest = [a for a in get_args(annotation) if a is not type(None)]
            if len(rest) != 1:
                return annotation
            annotation = rest[0]
        else:
            return annotation


def _model_at(model: type[BaseModel], loc: Sequence[int | str]) -> type[BaseModel] | None:
    """The model class that describes the value at ``loc``, if a model does."""
    current: Any = model
    for part in loc:
        current = _strip(current)
        origin = get_origin(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            if not isinstance(part, str) or part not in current.model_fields:
                return None
            current = current.model_fields[part].annotation
        elif origin in (dict, Mapping, typing.Mapping):
            current = get_args(current)[1]
        elif origin in (list, tuple, Sequence, typing.Sequence):
            current = get_args(current)[0]
        else:
            return None
    current = _strip(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _problem(model: type[BaseModel], error: ErrorDetails, path: str, line: int | None) -> Problem:
    loc, kind_, found = error["loc"], error["type"], kind(error.get("input"))
    key = str(loc[-1]) if loc else ""
    if kind_ == "extra_forbidden":
        owner = _model_at(model, loc[:-1])
        allowed = ", ".join(sorted(owner.model_fields)) if owner else "?"
        return Problem(
            "unknown-key", path, line, f"unknown key {key!r} (a typo?); allowed here: {allowed}"
        )
    if kind_ == "missing":
        return Problem("missing-key", path, line, f"{key!r} is required")
    if kind_ == "empty_text":
        return Problem("empty-text", path, line, str(error["msg"]))
    if kind_ in ("dict_type", "model_type", "model_attributes_type"):
        return Problem("wrong-type", path, line, f"expected a mapping, found {found}")
    if kind_ in ("list_type", "tuple_type"):
        return Problem("wrong-type", path, line, f"expected a list, found {found}")
    if kind_ in ("bool_type", "bool_parsing"):
        return Problem("wrong-type", path, line, f"expected true or false, found {found}")
    if kind_ == "string_type":
        return Problem("wrong-type", path, line, f"expected a text, found {found}")
    if kind_ in ("int_type", "float_type", "int_from_float", "int_parsing", "float_parsing"):
        return Problem("wrong-type", path, line, f"expected a number, found {found}")
    if kind_ == "too_short":
        return Problem("wrong-type", path, line, "expected at least one item, found none")
    if kind_ in ("literal_error", "enum", "greater_than_equal", "less_than_equal"):
        return Problem("bad-value", path, line, f"{error['msg']}, found {error.get('input')!r}")
    return Problem("wrong-type", path, line, str(error["msg"]))


def structure_problems(
    model: type[BaseModel],
    data: Any,
    lines: Lines | None = None,
    rename: Callable[[Sequence[int | str]], str] = dotted,
) -> tuple[BaseModel | None, list[Problem]]:
    """Validate ``data`` against ``model``: the model (None when invalid) and the problems,
    each with the dotted path (``rename`` may name list items by their id) and line."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            path = rename(error["loc"])
            line = lines.line_of(dotted(error["loc"])) if lines is not None else None
            problems.append(_problem(model, error, path, line))
        return None, problems
