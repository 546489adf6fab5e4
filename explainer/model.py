"""Data models for forms, annotation sets and the state-law table.

Pure pydantic: this module knows nothing of Qt or PyMuPDF (a test enforces it). Every model is
immutable and validated once, when a file is loaded; the JSON Schema in ``annotations/schema/`` is
generated from these classes (``detainer-explainer schema``).

Coordinates are PDF points (1/72 inch) with the origin at the top-left of the page, as PyMuPDF
reports them. Page numbers in files are 1-based, as a reader counts them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Verification = Literal["verified", "partly-verified", "unverified"]
"""How well a point is sourced, carried over from the research notes (REFERENCE.md / ADDENDUM.md)."""

Confidence = Literal["high", "medium", "low"]
Provenance = Literal["verified", "reconstructed"]
"""Whether a region's wording on the facsimile was read from a source, or drawn from what is known."""

HoldsPolicy = Literal["forbids", "forbids-with-exceptions", "no-statewide-rule", "requires", "unclear"]
InfoPolicy = Literal["limits", "no-statewide-rule", "requires", "unclear"]
AuthorityKind = Literal["case", "statute", "regulation", "policy", "directive", "form", "secondary", "other"]

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]
Rect = tuple[float, float, float, float]

# USPS codes of the 50 states, DC and PR, with their names, in alphabetical order of code.
JURISDICTIONS: dict[str, str] = {
    "AK": "Alaska",
    "AL": "Alabama",
    "AR": "Arkansas",
    "AZ": "Arizona",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DC": "District of Columbia",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "IA": "Iowa",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "MA": "Massachusetts",
    "MD": "Maryland",
    "ME": "Maine",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MO": "Missouri",
    "MS": "Mississippi",
    "MT": "Montana",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "NE": "Nebraska",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NV": "Nevada",
    "NY": "New York",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "PR": "Puerto Rico",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VA": "Virginia",
    "VT": "Vermont",
    "WA": "Washington",
    "WI": "Wisconsin",
    "WV": "West Virginia",
    "WY": "Wyoming",
}
NATIONAL = "US"
"""The pseudo-jurisdiction "National": no state note applies."""

_USPS = re.compile(r"^[A-Z]{2}$")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


def _check_rect(rect: Rect) -> Rect:
    x0, y0, x1, y1 = rect
    if not (x1 > x0 and y1 > y0):
        raise ValueError("rect must be [x0, y0, x1, y1] with x1 > x0 and y1 > y0 (PDF points, top-left origin)")
    return rect


# --------------------------------------------------------------------------------------------
# Form descriptions (written by the form generator next to each sample PDF)
# --------------------------------------------------------------------------------------------


class Region(_Frozen):
    """A named part of a form, e.g. ``box1.c`` (the database-check checkbox of I-247A Box 1)."""

    name: Slug
    label: str = Field(description="Human name of the part, as a reader would call it.")
    page: int = Field(ge=1, description="1-based page number.")
    rect: Rect = Field(description="[x0, y0, x1, y1] in PDF points, origin top-left.")
    provenance: Provenance = Field(
        description="'verified' if the wording was read from a source; 'reconstructed' if drawn from what is known."
    )
    note: str | None = None

    _rect = field_validator("rect")(_check_rect)


class FormDescription(_Frozen):
    """What the app knows about one sample PDF: which form it is and where its parts are."""

    schema_: str | None = Field(default=None, alias="$schema")
    id: Slug = Field(description="Stable form id, e.g. 'i-247a' or 'scenario-a-database-only'.")
    form_number: str = Field(description="The form number as printed, e.g. 'I-247A'.")
    title: str
    edition: str = Field(description="Edition string as printed in the footer, e.g. '02/17'; 'unknown' if not known.")
    kind: Literal["blank", "scenario"] = "blank"
    base_form: Slug | None = Field(default=None, description="For a scenario: the id of the blank form it fills in.")
    pdf: str = Field(description="File name of the PDF, relative to this description's folder.")
    page_count: int = Field(ge=1)
    page_size: tuple[float, float] = Field(description="Width and height in PDF points (US Letter: 612 x 792).")
    fingerprints: list[str] = Field(
        default_factory=list,
        description="Phrases whose presence in a document's text identifies this form (to recognise a client PDF).",
    )
    notes: list[str] = Field(default_factory=list, description="What is reconstructed or paraphrased, and why.")
    regions: list[Region]

    @model_validator(mode="after")
    def _unique_regions(self) -> FormDescription:
        seen: set[str] = set()
        for region in self.regions:
            if region.name in seen:
                raise ValueError(f"duplicate region name {region.name!r}")
            if region.page > self.page_count:
                raise ValueError(f"region {region.name!r} is on page {region.page} of a {self.page_count}-page form")
            seen.add(region.name)
        return self

    def region(self, name: str) -> Region | None:
        return next((r for r in self.regions if r.name == name), None)


# --------------------------------------------------------------------------------------------
# Annotation sets
# --------------------------------------------------------------------------------------------


class Authority(_Frozen):
    citation: str = Field(description="Full citation, e.g. 'Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)'.")
    pinpoint: str | None = Field(default=None, description="Pinpoint page or section, e.g. 'at 640'.")
    kind: AuthorityKind = "other"
    year: int | None = Field(default=None, ge=1789, le=2100)
    url: str | None = Field(default=None, description="Shown as text; opened only when the user clicks it.")
    verification: Verification
    as_of: dt.date = Field(description="The date this authority was last checked.")
    note: str | None = Field(default=None, description="Limits of the holding, or what remains unverified.")

    @property
    def verified(self) -> bool:
        """True only for points a source was read for; partly verified and unverified points are not."""
        return self.verification == "verified"


class Anchor(_Frozen):
    """Where an annotation sits. Resolved in order: region, then quote, then page + rect."""

    region: Slug | None = Field(default=None, description="A region name from the form description.")
    quote: str | None = Field(default=None, min_length=2, description="Exact text to find on the page.")
    occurrence: int = Field(default=1, ge=1, description="Which match of the quote (1 = first).")
    page: int | None = Field(
        default=None, ge=1, description="1-based page; restricts the quote search, or locates rect."
    )
    rect: Rect | None = None

    _rect = field_validator("rect")(lambda r: r if r is None else _check_rect(r))

    @model_validator(mode="after")
    def _something_to_resolve(self) -> Anchor:
        if self.region is None and self.quote is None and self.rect is None:
            raise ValueError("an anchor needs at least one of: region, quote, rect")
        if self.rect is not None and self.page is None:
            raise ValueError("an anchor with a rect needs its page")
        return self


class StateNote(_Frozen):
    text: str = Field(description="Markdown: what changes in this jurisdiction.")
    authorities: list[Authority] = Field(min_length=1)
    verification: Verification
    reviewed: dt.date


class Annotation(_Frozen):
    id: Slug = Field(description="Stable id; never reused for a different point.")
    title: str = Field(max_length=90)
    category: str = Field(description="One of the set's categories, e.g. 'probable cause'.")
    summary: str = Field(max_length=90, description="One projector line for the audience (at most 90 characters).")
    body: str = Field(description="Markdown explanation.")
    look_for: list[str] = Field(default_factory=list, description="What to look for on the client's paperwork.")
    what_to_do: list[str] = Field(default_factory=list, description="What counsel can do.")
    authorities: list[Authority] = Field(min_length=1)
    verification: Verification = Field(description="The weakest mark among the claims this annotation makes.")
    state_notes: dict[str, StateNote] = Field(default_factory=dict, description="Keyed by USPS code.")
    tags: list[str] = Field(default_factory=list)
    see_also: list[Slug] = Field(default_factory=list, description="Ids of related annotations in the same set.")
    presenter_notes: str = ""
    anchor: Anchor
    extra_anchors: list[Anchor] = Field(
        default_factory=list, description="Further parts of the form that belong to this point (lit together)."
    )

    @field_validator("state_notes")
    @classmethod
    def _known_states(cls, notes: dict[str, StateNote]) -> dict[str, StateNote]:
        for code in notes:
            if code not in JURISDICTIONS:
                raise ValueError(f"{code!r} is not a USPS code of a state, DC or PR")
        return notes

    @property
    def anchors(self) -> list[Anchor]:
        return [self.anchor, *self.extra_anchors]


class FormRef(_Frozen):
    id: Slug = Field(description="The id of a form description, e.g. 'i-247a'.")
    edition: str


class AnnotationSet(_Frozen):
    schema_: str | None = Field(default=None, alias="$schema")
    schema_version: Literal[1] = 1
    id: Slug
    title: str
    language: str = Field(default="en", pattern=r"^[a-z]{2}(-[A-Z]{2})?$")
    form: FormRef
    reviewed: dt.date
    authors: list[str] = Field(min_length=1)
    disclaimer: str
    annotations: list[Annotation] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> AnnotationSet:
        seen: set[str] = set()
        for ann in self.annotations:
            if ann.id in seen:
                raise ValueError(f"duplicate annotation id {ann.id!r}")
            seen.add(ann.id)
        return self

    def get(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    @property
    def categories(self) -> list[str]:
        return sorted({a.category for a in self.annotations})


# --------------------------------------------------------------------------------------------
# The state-law table
# --------------------------------------------------------------------------------------------


class JurisdictionRow(_Frozen):
    code: str = Field(description="USPS code.")
    name: str
    holds: HoldsPolicy = Field(description="What its law says about holding people on detainers.")
    info_sharing: InfoPolicy = Field(description="What its law says about sharing release information.")
    summary: str = Field(max_length=160, description="Short plain-language summary.")
    authorities: list[Authority] = Field(default_factory=list)
    confidence: Confidence
    reviewed: dt.date
    notes: list[str] = Field(default_factory=list)

    @field_validator("code")
    @classmethod
    def _usps(cls, code: str) -> str:
        if not _USPS.match(code) or code not in JURISDICTIONS:
            raise ValueError(f"{code!r} is not a USPS code of a state, DC or PR")
        return code


class JurisdictionTable(_Frozen):
    schema_: str | None = Field(default=None, alias="$schema")
    schema_version: Literal[1] = 1
    title: str
    reviewed: dt.date
    disclaimer: str
    rows: list[JurisdictionRow]

    @model_validator(mode="after")
    def _complete(self) -> JurisdictionTable:
        codes = [r.code for r in self.rows]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ValueError(f"duplicate rows for {', '.join(dupes)}")
        missing = sorted(set(JURISDICTIONS) - set(codes))
        if missing:
            raise ValueError(f"missing rows for {', '.join(missing)} (every state, DC and PR needs one)")
        return self

    def row(self, code: str) -> JurisdictionRow | None:
        return next((r for r in self.rows if r.code == code), None)
