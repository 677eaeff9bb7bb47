"""Hand-written YAML files read with the line of every dotted path.

The codebook, the actor registry, the trigger lexicon and the gold specs are written by
people. This module reads them while recording the line of every dotted path (and
refusing duplicate keys, which plain YAML silently overwrites), so that each problem
names its line and its path (``event_types.ASSAULT.roles.actor.fillers[0]``). Their
structure is checked by pydantic models (:mod:`sahel_events.yamlmodels`); what the YAML
refers to (a role filled by an unknown entity type, a mode under the wrong event type)
by each loader. No pydantic here: importing the codebook module stays light.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import yaml

from .errors import Location, Report

__all__ = [
    "Lines",
    "Problem",
    "ProblemKind",
    "YamlSyntaxError",
    "dotted",
    "kind",
    "parse_yaml",
    "parse_yaml_into",
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


def _construct(
    node: yaml.Node,
    path: str,
    lines: Lines,
    duplicates: list[Problem],
    scalars: yaml.constructor.SafeConstructor,
) -> Any:
    """The plain Python value of ``node``; ``scalars`` makes each scalar (one per file: a
    loader made per scalar was most of a codebook's parse)."""
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
            out[key] = _construct(value_node, child, lines, duplicates, scalars)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(item, f"{path}[{i}]", lines, duplicates, scalars)
            for i, item in enumerate(node.value)
        ]
    return scalars.construct_object(node)


def parse_yaml(text: str) -> tuple[Any, Lines, list[Problem]]:
    """The YAML document in ``text`` as plain Python, the line of every dotted path, and
    the duplicate keys found (the first occurrence is kept).

    Raises :class:`YamlSyntaxError` when the text is not YAML.
    """
    lines = Lines()
    root = _compose(text)
    if root is None:
        return None, lines, []
    duplicates: list[Problem] = []
    scalars = yaml.constructor.SafeConstructor()
    return _construct(root, "", lines, duplicates, scalars), lines, duplicates


def _compose(text: str) -> yaml.Node | None:
    """The node tree of ``text``: by libyaml when PyYAML was built with it (the pure
    Python scanner was most of a codebook's parse), else by PyYAML's own parser. Both
    give the same tree, tags and lines; a text either refuses is parsed again by PyYAML's
    own, so that the message and line of a syntax error never depend on the build."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlSyntaxError(str(problem), mark.line + 1 if mark else None) from None


def parse_yaml_into(
    text: str, file: str, report: Report, *, syntax_code: str, duplicate_code: str
) -> tuple[Any, Lines]:
    """The YAML tree and the line of each dotted path, like :func:`parse_yaml`, but a
    syntax error (``syntax_code``) and each duplicate key (``duplicate_code``) go to
    ``report`` with the file and line; on a syntax error the tree is None."""
    try:
        data, lines, duplicates = parse_yaml(text)
    except YamlSyntaxError as exc:
        report.add(
            syntax_code,
            f"the file is not valid YAML: {exc}; fix the syntax there",
            Location(file=file, line=exc.line),
        )
        return None, Lines()
    for dup in duplicates:
        report.add(duplicate_code, dup.message, Location(file=file, line=dup.line, path=dup.path))
    return data, lines


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
