"""The structure of ``schema/codebook.yaml`` as pydantic models (format:
``docs/codebook-format.md``).

Only the shape is here: which keys each mapping has (unknown ones refused), which are
required, and their types; texts that must not be empty; the closed lists (``choice``,
``cardinality``, UCDP types). Ids, hotkeys, colours, the version and every reference
(a role's fillers, a default value, a crosswalk's mode, PLOVER's types and modes) are
checked by :mod:`sahel_events.codebook`, which reports each with its own code.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .yamlmodels import StrictModel, Text

__all__ = ["CodebookModel"]


class ExamplesModel(StrictModel):
    fr: Text
    en: Text


class ValueModel(StrictModel):
    definition: Text
    examples: ExamplesModel
    plover_auxiliary: str | None = None
    acled_actor_type: str | None = None  # on actor_type values, from codebook 1.1.0


class AttributeModel(StrictModel):
    name: Text
    choice: Literal["single", "multiple"]
    required: bool
    default: str | None
    definition: Text
    values: dict[str, ValueModel] = Field(min_length=1)
    examples: ExamplesModel | None = None


class RoleModel(StrictModel):
    definition: Text
    examples: ExamplesModel


class RoleSpecModel(StrictModel):
    fillers: list[str]
    required: bool


class NormalisedValueModel(StrictModel):
    name: Text
    format: object  # one of the formats sahel_events.values parses: checked by the loader
    applies_to: list[str]
    definition: Text
    examples: ExamplesModel


class EntityTypeModel(StrictModel):
    name: Text
    hotkey: object  # a YAML 1 is a number: the loader checks the hotkey's text
    color: object
    definition: Text
    examples: ExamplesModel
    normalised: list[str]
    attributes: list[str]


class EventTypeModel(StrictModel):
    name: Text
    hotkey: object
    color: object
    quad: object  # one of PLOVER's quads: checked by the loader
    definition: Text
    examples: ExamplesModel
    modes: dict[str, ValueModel] | None
    default_mode: str | None
    roles: dict[str, RoleSpecModel] = Field(min_length=1)


class PloverRefModel(StrictModel):
    event_type: object
    mode: object


class AcledRefModel(StrictModel):
    event_type: Text
    sub_event_type: Text | None


class ResolutionModel(StrictModel):
    acled: AcledRefModel | None = None
    ucdp_type_of_violence: list[Literal[1, 2, 3]] | None = None


class CrosswalkModel(StrictModel):
    event_type: object
    mode: object
    plover: PloverRefModel
    acled: AcledRefModel | None
    ucdp_type_of_violence: list[Literal[1, 2, 3]]
    cardinality: Literal["one-to-one", "many-to-one", "one-to-many"]
    note: str | None = None
    # event attribute -> its value -> the mapping that value settles (one-to-many rows)
    resolved_by: dict[str, dict[str, ResolutionModel]] | None = None


class DecisionRuleModel(StrictModel):
    title: Text
    summary: Text
    rule: Text
    examples: ExamplesModel


class EventKindModel(StrictModel):
    name: Text
    plover: PloverRefModel | None
    in_scope: bool
    rule: Text
    examples: ExamplesModel


class ActorIdRequirementModel(StrictModel):
    roles: list[str] = Field(min_length=1)
    normalised: str
    unless_attribute: str | None = None
    definition: Text


class AttributeRequirementModel(StrictModel):
    attribute: str
    labels: list[str] = Field(min_length=1)
    definition: Text


class RequirementsModel(StrictModel):
    argument_actor_id: ActorIdRequirementModel | None = None
    attributes: list[AttributeRequirementModel] = Field(default_factory=list)


class EstimatesModel(StrictModel):
    range_best: Literal["low"]
    same_side_counts: Literal["alternatives"]
    definition: Text


class ReviewFindingModel(StrictModel):
    mistake: Text
    fix: Text


class CodebookModel(StrictModel):
    """The whole codebook file."""

    name: Text
    version: object  # MAJOR.MINOR.PATCH: checked by the loader against patterns.SEMVER
    title: Text
    description: Text
    entity_types: dict[str, EntityTypeModel]
    event_types: dict[str, EventTypeModel]
    roles: dict[str, RoleModel]
    event_attributes: dict[str, AttributeModel]
    entity_attributes: dict[str, AttributeModel]
    normalised_values: dict[str, NormalisedValueModel]
    document_choices: dict[str, AttributeModel]
    crosswalks: list[CrosswalkModel]
    # Optional sections, absent from the codebooks of releases before 1.0.0 (a release is
    # rebuilt with its own copy of the codebook, so they must stay optional).
    decision_rules: dict[str, DecisionRuleModel] | None = None
    event_kinds: dict[str, EventKindModel] | None = None
    requirements: RequirementsModel | None = None
    estimates: EstimatesModel | None = None  # from 1.1.0 on
    review_findings: list[ReviewFindingModel] | None = None
