"""Layer 4, values: the normalised values annotators typed, parsed as compile parses them.

Each per-region text field has a codebook ``format``; its value goes through the very
parser compile uses (:mod:`sahel_events.values`), and a parse failure is reported with
that parser's code (``value.bad-date``, ``value.date-order``, ``value.bad-count``,
``value.count-order``, ``value.bad-coordinates``, ``value.bad-gazetteer-id``,
``value.bad-actor-id``). Then the values are checked against the region's choices:

* a date needs a date precision (``value.unknown-precision``) unless the codebook gives
  one by default, and an interval wider than its precision allows is suspicious
  (``value.precision-mismatch``, a warning: ``day`` is one day, ``week`` seven);
* a casualty range (``LOW-HIGH``) with the qualifier ``exact`` or ``at-least`` says two
  things at once (``value.count-qualifier-mismatch``, a warning).
"""

from __future__ import annotations

from ..annotation.controls import Controls
from ..annotation.ids import CasualtyQualifier, EntityAttribute
from ..annotation.model import ResultRegion
from ..values import CountRange, DateInterval, ValueFormatError, parse_value, precision_fits
from .context import AnnotationContext

__all__ = ["check_annotation"]

#: The entity attribute that says how precise a TIME region's date is.
DATE_PRECISION = EntityAttribute.DATE_PRECISION
#: The entity attribute that qualifies a CASUALTY region's figure.
CASUALTY_QUALIFIER = EntityAttribute.CASUALTY_QUALIFIER


def check_annotation(ctx: AnnotationContext, controls: Controls) -> None:
    """Parse every normalised value of the annotation and check it against its region."""
    for region in ctx.parsed.regions.values():
        for name, strings in region.texts.items():
            control = controls.textareas.get(name)
            if control is None:
                continue  # unknown control: the schema reports it
            index = region.attribute_items[name]
            for text in strings:
                try:
                    parsed = parse_value(control.format, text)
                except ValueFormatError as exc:
                    ctx.add(exc.code, f"{name}: {exc.message}", index, region=region.id)
                    continue
                except KeyError:
                    continue  # a format the codebook loader would have refused
                if isinstance(parsed, DateInterval):
                    _check_date(ctx, region, name, index, parsed, controls)
                elif isinstance(parsed, CountRange):
                    _check_count(ctx, region, name, index, parsed, controls)


def _single(region: ResultRegion, control: str) -> str | None:
    values = region.choices.get(control)
    return values[0] if values else None


def _check_date(
    ctx: AnnotationContext,
    region: ResultRegion,
    name: str,
    index: int,
    interval: DateInterval,
    controls: Controls,
) -> None:
    spec = controls.choices.get(DATE_PRECISION)
    if spec is None or region.label not in spec.labels:
        return  # this codebook has no date precision for the region's type
    precision = _single(region, DATE_PRECISION) or spec.default
    if precision is None:
        ctx.add(
            "value.unknown-precision",
            f"{name} is {interval} but the region has no {DATE_PRECISION}; say how "
            f"precisely the article dates it ({', '.join(spec.values)})",
            region.index,
            region=region.id,
        )
        return
    if precision_fits(interval, precision) is False:
        ctx.add(
            "value.precision-mismatch",
            f"{name} {interval} covers {interval.days} day(s), too wide for the precision "
            f"{precision!r}; check the date or the precision",
            index,
            region=region.id,
            severity="warning",
        )


def _check_count(
    ctx: AnnotationContext,
    region: ResultRegion,
    name: str,
    index: int,
    count: CountRange,
    controls: Controls,
) -> None:
    spec = controls.choices.get(CASUALTY_QUALIFIER)
    if spec is None or region.label not in spec.labels:
        return
    qualifier = _single(region, CASUALTY_QUALIFIER)
    shown = repr(qualifier) if qualifier else f"{spec.default!r} (the default)"
    if not count.exact and (qualifier or spec.default) in (
        CasualtyQualifier.EXACT,
        CasualtyQualifier.AT_LEAST,
    ):
        ctx.add(
            "value.count-qualifier-mismatch",
            f"{name} is the range {count.low}-{count.high} but the qualifier is {shown}, "
            "which takes one figure; write one figure, or choose 'approximate'",
            index,
            region=region.id,
            severity="warning",
        )
