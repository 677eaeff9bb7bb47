"""Layer 1, structure: each task against the generated JSON Schema.

The schema (:mod:`sahel_events.generate.exportschema`) is built in memory from the
loaded codebook, so it always matches it; ``sahel-events schema check`` separately
guards the copy in ``schema/``. One :class:`~jsonschema.Draft202012Validator` with a
format checker is built per snapshot and applied task by task (the snapshot is
streamed, never held whole).

A schema error becomes ``export.schema`` with its JSON path, except where the failing
keyword says more: an ``enum`` miss on a label, a choice, a control name or a relation
label is reported as ``codebook.unknown-label``, ``codebook.unknown-choice``,
``codebook.unknown-control`` or ``codebook.unknown-role``, naming the allowed values.
Errors inside ``predictions`` and ``drafts`` are warnings: they are not data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..codebook import Codebook
from ..errors import Severity
from ..generate.exportschema import ITEM_KINDS, build_schema, item_rules
from .context import TaskContext

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

__all__ = ["StructureLayer", "json_path", "structure_layer"]

_MAX_SHOWN = 80  # characters of an offending value quoted in a message


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string" if isinstance(value, str) else "a value"


def _sort_key(path: list[int | str]) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in path)


JsonPath = list[int | str]


def json_path(path: JsonPath) -> str:
    """``$[3].annotations[0].result[5].value`` from a path of keys and indexes."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def date_time_conforms() -> Callable[[Any], bool]:
    """The ``date-time`` format as jsonschema's format checker judges it, without
    importing jsonschema (whose format checkers build Lark grammars at import: about a
    CPU second, most of a warm build's validation when one task changed and is valid).

    jsonschema checks ``date-time`` with ``rfc3339_validator.validate_rfc3339`` on the
    upper-cased string when that package is installed, and does not check it otherwise;
    anything but a string conforms. ``tests/test_validate_structure.py`` compares the two.
    """
    try:
        from rfc3339_validator import validate_rfc3339
    except ImportError:  # jsonschema has no date-time check then either
        return lambda value: True

    def conforms(value: Any) -> bool:
        return not isinstance(value, str) or bool(validate_rfc3339(value.upper()))

    return conforms


def _compile_fast(schema: dict[str, Any]) -> Callable[[Any], Any] | None:
    """A fastjsonschema function for ``schema``, or None when it is not installed."""
    try:
        import fastjsonschema
    except ImportError:
        return None
    # The same judgement of timestamps as jsonschema's format checker; no defaults are
    # filled in (use_default=False): the data must not be changed.
    formats = {"date-time": date_time_conforms()}
    function: Callable[[Any], Any] = fastjsonschema.compile(
        schema, formats=formats, use_default=False
    )
    return function


class _Rule:
    """One schema: a fast yes/no pre-filter, and jsonschema to explain a no.

    jsonschema is the authority (it implements draft 2020-12 fully, and its errors carry
    paths); it is also slow, about 1 ms per result item. fastjsonschema compiles the
    same schema to Python code and answers "valid" 10 to 50 times faster; only what it
    rejects goes to jsonschema, whose verdict and errors are reported. The schemas
    given to it use only keywords both implement alike (tests/test_validate_structure.py
    checks that both modes report the same on every golden export).
    """

    def __init__(self, schema: dict[str, Any], prefilter: bool) -> None:
        self.schema = schema
        self._validator: Draft202012Validator | None = None
        self.fast = _compile_fast(schema) if prefilter else None

    @property
    def validator(self) -> Draft202012Validator:
        """jsonschema's validator, made (and jsonschema imported) when first needed:
        what the pre-filter accepts never needs it."""
        if self._validator is None:
            from jsonschema import Draft202012Validator

            checker = Draft202012Validator.FORMAT_CHECKER
            self._validator = Draft202012Validator(self.schema, format_checker=checker)
        return self._validator

    def errors(self, instance: Any) -> list[ValidationError]:
        if self.fast is not None:
            try:
                self.fast(instance)
                return []
            except Exception:  # a rejection, or anything odd: let jsonschema judge
                pass
        return list(self.validator.iter_errors(instance))


_CACHE: dict[tuple[int, bool, bool], tuple[Codebook, StructureLayer]] = {}


def structure_layer(
    codebook: Codebook, *, prefilter: bool = True, predictions: bool = True
) -> StructureLayer:
    """The layer for ``codebook``, built once: compiling the schema takes a moment."""
    key = (id(codebook), prefilter, predictions)
    cached = _CACHE.get(key)
    # The codebook is kept with its layer, so its id cannot be reused by another one.
    if cached is None or cached[0] is not codebook:
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        cached = _CACHE[key] = (
            codebook,
            StructureLayer(codebook, prefilter=prefilter, predictions=predictions),
        )
    return cached[1]


class StructureLayer:
    """The export schema, ready to check one task at a time.

    ``prefilter=False`` uses jsonschema alone (slower, same reports);
    ``predictions=False`` leaves the predictions out.
    """

    def __init__(
        self, codebook: Codebook, *, prefilter: bool = True, predictions: bool = True
    ) -> None:
        schema = build_schema(codebook)
        self.prefilter = prefilter
        self.kinds = ("annotations", "predictions") if predictions else ("annotations",)
        # Validate one task, not the whole array: root the schema at the task definition.
        # Result items are left to the item rules below, which apply the very same rules
        # but pick the ones for the item's type and control by a dict look-up instead of
        # trying every if/then of the published schema.
        defs = {k: v for k, v in schema["$defs"].items() if k not in ITEM_KINDS.values()}
        defs["result_item"] = {}
        self.task_rule = _Rule({"$defs": defs, "$ref": "#/$defs/task"}, prefilter)
        self.rules = item_rules(codebook)
        self.head_rule = _Rule(self.rules.head, prefilter)
        self._item_rules: dict[tuple[str, str | None], _Rule | None] = {}

    def _item_rule(self, kind: str, control: Any) -> _Rule | None:
        known = self.rules.by_control.get(kind, {})
        key = (kind, control if isinstance(control, str) and control in known else None)
        if key not in self._item_rules:
            rules = self.rules.for_item(*key)
            self._item_rules[key] = _Rule(rules, self.prefilter) if rules else None
        return self._item_rules[key]

    def errors(self, task: Any) -> list[tuple[JsonPath, ValidationError]]:
        """Every schema error of the task with its path from the task, in path order."""
        found: list[tuple[JsonPath, ValidationError]] = [
            (list(e.absolute_path), e)
            for e in self.task_rule.errors(task)
            if "predictions" in self.kinds or list(e.absolute_path)[:1] != ["predictions"]
        ]
        if isinstance(task, dict):
            for kind in self.kinds:
                entries = task.get(kind)
                for j, entry in enumerate(entries if isinstance(entries, list) else []):
                    result = entry.get("result") if isinstance(entry, dict) else None
                    for k, item in enumerate(result if isinstance(result, list) else []):
                        found += self._item_errors([kind, j, "result", k], item)
        found.sort(key=lambda pair: _sort_key(pair[0]))
        return found

    def _item_errors(self, prefix: JsonPath, item: Any) -> list[tuple[JsonPath, ValidationError]]:
        errors = self.head_rule.errors(item)
        kind = item.get("type") if isinstance(item, dict) else None
        if isinstance(kind, str):
            rule = self._item_rule(kind, item.get("from_name"))
            if rule is not None:
                errors += rule.errors(item)
        return [(prefix + list(e.absolute_path), e) for e in errors]

    def check(self, ctx: TaskContext) -> bool:
        """Report every schema error of the task; True when the task is an object."""
        for path, error in self.errors(ctx.task):
            self._report(ctx, path, error)
        return isinstance(ctx.task, dict)

    def _report(self, ctx: TaskContext, path: JsonPath, error: ValidationError) -> None:
        annotation, region, item = _locate(ctx.task, path)
        severity: Severity = "warning" if path and path[0] in ("predictions", "drafts") else "error"
        code, message = _describe(error, path, item)
        if severity == "warning":
            message = f"in {_owner_name(ctx.task, path)}: {message}"
        ctx.report.add(
            code,
            message,
            ctx.location(ctx.path + json_path(path)[1:], annotation=annotation, region=region),
            severity,
        )


def _owner_name(task: Any, path: Sequence[Any]) -> str:
    """'prediction 12' (by id when it has one) for an error inside predictions or drafts."""
    kind = str(path[0])[:-1]
    if len(path) < 2:
        return f"the {path[0]} list"
    owner = task[path[0]][path[1]]
    if isinstance(owner, dict) and isinstance(owner.get("id"), int):
        return f"{kind} {owner['id']}"
    return f"{kind} #{path[1]}"


def _locate(task: Any, path: Sequence[Any]) -> tuple[int | None, str | None, Any]:
    """Annotation id, region id and result item a schema error path points into."""
    annotation = region = item = None
    if len(path) >= 2 and path[0] in ("annotations", "predictions") and isinstance(task, dict):
        container = task.get(path[0])
        owner = container[path[1]] if isinstance(container, list) else None
        if isinstance(owner, dict):
            owner_id = owner.get("id")
            if path[0] == "annotations" and isinstance(owner_id, int):
                annotation = owner_id
            if len(path) >= 4 and path[2] == "result" and isinstance(owner.get("result"), list):
                item = owner["result"][path[3]]
                if isinstance(item, dict):
                    # A relation has no id of its own: name the region it starts from.
                    key = "from_id" if item.get("type") == "relation" else "id"
                    region = item[key] if isinstance(item.get(key), str) else None
    return annotation, region, item


def _describe(error: ValidationError, path: Sequence[Any], item: Any) -> tuple[str, str]:
    """The issue code and an actionable message for one schema error."""
    keyword = error.validator
    value = error.instance
    from_name = item.get("from_name") if isinstance(item, dict) else None
    if keyword == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        tail = [p for p in path[-3:] if not isinstance(p, int)]
        if tail[-2:] == ["value", "labels"]:
            return (
                "codebook.unknown-label",
                f"{_shown(value)} is not a label of the {from_name!r} control; the codebook's "
                f"labels there are {allowed}. Relabel the region (or add the label to the "
                "codebook first)",
            )
        if tail[-2:] == ["value", "choices"]:
            return (
                "codebook.unknown-choice",
                f"{_shown(value)} is not a value of {from_name!r}; its values are {allowed}",
            )
        if path and path[-1] == "from_name":
            kind = item.get("type") if isinstance(item, dict) else None
            known = (
                f"known: {allowed}"
                if len(error.validator_value) <= 12
                else "the names are in schema/labelstudio/labeling-config.xml"
            )
            return (
                "codebook.unknown-control",
                f"the labeling config has no {kind} control named {_shown(value)} (an export "
                f"of another project, or a codebook changed since?); {known}",
            )
        if isinstance(item, dict) and item.get("type") == "relation" and "labels" in path:
            return (
                "codebook.unknown-role",
                f"{_shown(value)} is not an argument role; the roles are {allowed}",
            )
        return "export.schema", f"{_shown(value)} is not one of {allowed}"
    if keyword == "format":
        return (
            "export.schema",
            f"{_shown(value)} is not a valid {error.validator_value} (RFC 3339, e.g. "
            "2026-11-28T20:33:28.807678Z)",
        )
    if keyword == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return "export.schema", f"expected {expected}, found {_kind(value)} {_shown(value)}"
    if keyword == "required":
        return "export.schema", error.message
    if keyword == "not" and path and path[-1] == "value":
        return (
            "export.schema",
            f"{from_name!r} is a document-level choice but is attached to a region (it has "
            "value.start); choose it for the whole document instead",
        )
    if keyword == "maxItems" and path and path[-1] in ("labels", "choices", "text"):
        what = {
            "labels": "a region takes one label",
            "choices": f"{from_name!r} takes one value",
            "text": f"{from_name!r} takes one value",
        }[str(path[-1])]
        return (
            "export.schema",
            f"{what}, found {len(value)}: {_shown(value)}; keep the right one and delete the rest",
        )
    if keyword in (
        "maxItems",
        "minItems",
        "const",
        "pattern",
        "minimum",
        "uniqueItems",
        "minLength",
    ):
        return "export.schema", f"{_shown(value)}: {_short_rule(error)}"
    return "export.schema", error.message if len(error.message) < 300 else error.message[:299] + "…"


def _short_rule(error: ValidationError) -> str:
    rule = error.validator_value
    return {
        "maxItems": f"at most {rule} item(s) allowed here",
        "minItems": f"at least {rule} item(s) needed here",
        "const": f"must be {rule!r}",
        "pattern": f"must match {rule}",
        "minimum": f"must be at least {rule}",
        "uniqueItems": "items must not repeat",
        "minLength": "must not be empty",
    }[str(error.validator)]
