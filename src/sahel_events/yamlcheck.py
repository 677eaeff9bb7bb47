"""Hand-written YAML files checked for structure with pydantic, reported by line and path.

The codebook, the actor registry, the trigger lexicon and the gold specs are written by
people. Each has a pydantic model of its structure (unknown keys forbidden, required
keys, types); this module reads the YAML while recording the line of every dotted path
(and refusing duplicate keys, which plain YAML silently overwrites), and turns
pydantic's errors into :class:`Problem` items that name the line and the dotted path
(``event_types.ASSAULT.roles.actor.fillers[0]``), in the words users already know.
What the YAML refers to (a role filled by an unknown entity type, a mode under the
wrong event type) is checked by each loader, not here.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

__all__ = [
    "Lines",
    "Problem",
    "StrictModel",
    "Text",
    "YamlSyntaxError",
    "dotted",
    "kind",
    "parse_yaml",
    "structure_problems",
]

#: What a structure problem is: the error kinds pydantic reports, in our words.
ProblemKind = Literal[
    "unknown-key", "missing-key", "empty-text", "wrong-type", "bad-value", "duplicate-key"
]


class Lines(dict[str, int]):
    """Dotted path -> line number (1-based), filled while the YAML tree is built."""

    def line_of(self, path: str) -> int | None:
        """The line of ``path`` or, for a key that is missing, of its nearest parent."""
        line = self.get(path)
        parent = path
        while line is None and parent:
            cut = max(parent.rfind("."), parent.rfind("["))
            parent = parent[:cut] if cut > 0 else ""
            line = self.get(parent)
        return line


@dataclass(frozen=True)
class Problem:
    """One problem found in a YAML file: its kind, dotted path, line and message."""

    kind: ProblemKind
    path: str
    line: int | None
    message: str


class YamlSyntaxError(ValueError):
    """The text is not YAML; ``line`` is where the parser stopped (1-based) if known."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def kind(obj: object) -> str:
    """How a YAML value's type is named in a message."""
    return "nothing" if obj is None else type(obj).__name__


def _construct(node: yaml.Node, path: str, lines: Lines, duplicates: list[Problem]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            # Keys are plain scalars in these files; their text is the key.
            key = str(key_node.value)
            child = f"{path}.{key}" if path else key
            if key in out:
                duplicates.append(
                    Problem(
                        "duplicate-key",
                        child,
                        key_node.start_mark.line + 1,
                        f"key {key!r} appears twice; the second would silently replace the "
                        "first. Keep one.",
                    )
                )
                continue
            out[key] = _construct(value_node, child, lines, duplicates)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(item, f"{path}[{i}]", lines, duplicates) for i, item in enumerate(node.value)
        ]
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node)
    finally:
        loader.dispose()


def parse_yaml(text: str) -> tuple[Any, Lines, list[Problem]]:
    """The YAML document in ``text`` as plain Python, the line of every dotted path, and
    the duplicate keys found (the first occurrence is kept).

    Raises :class:`YamlSyntaxError` when the text is not YAML.
    """
    lines = Lines()
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlSyntaxError(str(problem), mark.line + 1 if mark else None) from None
    if root is None:
        return None, lines, []
    duplicates: list[Problem] = []
    return _construct(root, "", lines, duplicates), lines, duplicates


# ---------------------------------------------------------------------------- models


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


def dotted(loc: Sequence[int | str]) -> str:
    """A pydantic location as a dotted path: ``("roles", "actor", "fillers", 0)`` ->
    ``roles.actor.fillers[0]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out = f"{out}.{part}" if out else str(part)
    return out


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
