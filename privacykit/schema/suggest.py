"""Draft a mapping from unfamiliar exports, for a person to check.

Each file is sampled (never modified): its header names and the shapes of its values (emails,
phone numbers, dates, states, countries, channel codes) say which canonical column each source
column most likely feeds, and which canonical table the file as a whole most likely is::

    s = suggest_mapping([Path("exports/crm.csv"), Path("exports/dialer.csv")])
    Path("mapping.yaml").write_text(s.to_yaml())   # commented: evidence, TODOs, confidence

Value evidence beats a weak name match. The draft and its notes show shapes and shares only,
never a personal value (names, emails, numbers, birth dates); short codes of enum columns are shown.
Reading and profiling the files is ``sniff``'s job; the spellings matched live in ``synonyms``.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import phonenumbers
import yaml

from privacykit.rulebook.values import US_STATES
from privacykit.schema.canonical import TABLES, Column, DType, Kind, Table
from privacykit.schema.mapping import EXTENSIONS
from privacykit.schema.sniff import (
    EMAIL,
    Profile,
    Sample,
    header_key,
    profile_columns,
    read_samples,
)
from privacykit.schema.synonyms import FILE_HINTS, GENERIC_KEY, GENERIC_TIME, NAMES, VALUE_SYNONYMS

PLACEHOLDER_TZ = "America/New_York"


@dataclass(frozen=True)
class SourceReview:
    """What the suggester concluded about one file: the comments of its part of the draft."""

    file: str
    table: str
    confidence: str  # high, medium or low
    runner_up: str | None
    comments: Mapping[tuple[str, ...], str]  # ("columns", "phone") -> the evidence
    unmapped: tuple[str, ...]  # source columns that feed nothing
    todo: tuple[str, ...]  # required canonical columns not found
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Suggestion:
    """A draft mapping (the document parse_mapping reads), with notes for the person checking it."""

    mapping: dict[str, Any]
    notes: list[str]
    reviews: tuple[SourceReview, ...] = ()
    default_comments: Mapping[str, str] = field(default_factory=dict)

    def to_yaml(self) -> str:
        """Render the draft as commented YAML; ``yaml.safe_load`` of it equals ``mapping``."""
        lines = [
            "# DRAFT mapping suggested by privacykit from samples of the files below.",
            "# Check every line before using it: tables, columns, formats, values and the zone.",
            "# Evidence is in the comments; '# TODO' marks what the suggester could not find.",
        ]
        comments: dict[tuple[str, ...], str] = {
            ("defaults", k): v for k, v in self.default_comments.items()
        }
        lines += _block({"defaults": self.mapping["defaults"]}, 0, comments)
        lines.append("sources:")
        for i, spec in enumerate(self.mapping["sources"]):
            review = self.reviews[i] if i < len(self.reviews) else None
            lines.append("")
            if review:
                runner = f"; runner-up: {review.runner_up}" if review.runner_up else ""
                lines.append(f"  # {_clean(review.file)} -> {review.table} "
                             f"(confidence: {review.confidence}{runner})")  # fmt: skip
                lines += [f"  # note: {_clean(n)}" for n in review.notes]
            body = _block(spec, 4, review.comments if review else {})
            lines += ["  - " + body[0][4:], *body[1:]]
            if review and review.unmapped:
                lines.append(f"    # not mapped: {_clean(', '.join(review.unmapped))}")
            lines += [f"    # TODO: map {c} (required)" for c in (review.todo if review else ())]
        return "\n".join(lines) + "\n"


def suggest_mapping(
    paths: Sequence[Path], base_dir: Path | None = None, sample_rows: int = 2000
) -> Suggestion:
    """Sample each export and draft the mapping that would load it.

    Args:
        paths: the export files (CSV, TSV, text, Parquet or .xlsx).
        base_dir: the folder the mapping's paths are relative to (default: the files' common one).
        sample_rows: rows read from the top of each file.

    Raises:
        ConfigError: every file that is missing or cannot be read, each with the fix.
    """
    if not paths:
        raise ValueError("suggest_mapping needs at least one file")
    if sample_rows < 1:
        raise ValueError(f"sample_rows must be at least 1, got {sample_rows}")
    resolved = [Path(p).resolve() for p in paths]
    base = (base_dir or Path(os.path.commonpath([p.parent for p in resolved]))).resolve()
    con = duckdb.connect()
    samples = read_samples(con, resolved, sample_rows)
    profiles = [profile_columns(con, s) for s in samples]
    encodings = {s.encoding for s in samples if s.encoding}
    defaults, default_comments = _defaults(profiles, encodings)
    notes = [
        f"defaults.timezone is a placeholder ({PLACEHOLDER_TZ}): set the zone the exporting "
        "systems write naive times in"
    ]
    sources, reviews = [], []
    for sample, profs in zip(samples, profiles, strict=True):
        file = Path(os.path.relpath(sample.path, base)).as_posix()
        spec, review = _draft(sample, profs, file, len(encodings) == 1)
        sources.append(spec)
        reviews.append(review)
        notes += [f"{file}: {n}" for n in review.notes]
        notes += [
            f"{file}: no column found for {c} (required by {review.table})" for c in review.todo
        ]
    return Suggestion({"defaults": defaults, "sources": sources}, notes, tuple(reviews),
                      default_comments)  # fmt: skip


# --- guessing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    table: Table
    columns: dict[str, str]  # canonical -> source column
    comments: dict[tuple[str, ...], str]
    constants: dict[str, str]
    score: float
    coverage: float


def _pct(share: float) -> str:
    pct = round(100 * share)
    return f"{99 if pct == 100 and share < 1 else max(pct, 1 if share else 0)}%"


def _named(key: str) -> set[str]:
    """Return the canonical columns that a header names exactly."""
    return {c for c, words in NAMES.items() if key in words}


def _name_score(table: Table, col: Column, p: Profile) -> float:
    words, key = NAMES.get(col.name, frozenset()), p.key
    exact = key in words or key == header_key(col.name)
    if exact or (key in GENERIC_KEY and col.name == table.key):
        return 1.0
    if key in GENERIC_TIME and col.name == table.time_column:
        return 0.5
    return 0.5 if words & p.parts else 0.0


def _value_share(col: Column, p: Profile) -> tuple[float, str] | None:
    """Return the share of values that fit the column and what they look like (None: no test)."""
    s = p.shares
    if col.kind is Kind.FREE_TEXT and col.name in ("address", "to_address"):
        email = s["email"] >= s["phone"]
        return (s["email"], "email addresses") if email else (s["phone"], "phone numbers")
    if col.kind is Kind.EMAIL:
        return s["email"], "email addresses"
    if col.kind is Kind.PHONE:
        return s["phone"], "phone numbers"
    if col.kind is Kind.STATE:
        return s["state"], "US state or Canadian province codes or names"
    if col.kind is Kind.COUNTRY:
        return s["country"], "country names or codes"
    if col.kind is Kind.ENUM:
        known = sum(c for v, c in p.counts.items() if _canonical_value(col, v))
        return known / p.n, f"known {col.name} values"
    if col.dtype in (DType.DATE, DType.TIMESTAMP):
        return s[col.dtype.value], f"{col.dtype.value}s"
    if col.dtype is DType.BOOLEAN:
        return s["boolean"], "yes/no flags"
    if col.dtype in (DType.INTEGER, DType.FLOAT):
        return s["number"], "numbers"
    return None


def _canonical_value(col: Column, raw: str) -> str | None:
    key = re.sub(r"[^A-Z0-9]", "", raw.upper())
    for value in col.values:
        if key == re.sub(r"[^A-Z0-9]", "", value.upper()):
            return value
    synonym = VALUE_SYNONYMS.get(col.name, {}).get(key)
    return synonym if synonym in col.values else None


def _candidate(table: Table, col: Column, p: Profile) -> tuple[float, str]:
    """Score a source column as the canonical column; return (0, '') when it does not fit."""
    name, named = _name_score(table, col, p), f"header '{p.header}'"
    value = _value_share(col, p) if p.n else None
    if value is None:
        looks_other = max(p.shares.get(k, 0.0) for k in ("email", "phone", "timestamp")) >= 0.8
        if name == 0 or (looks_other and col.kind is not Kind.ID) or (p.n == 0 and name < 1):
            return 0.0, ""
        empty = "; no values in the sample" if p.n == 0 else ""
        return 1.5 * name, f"{named} reads as {col.name}{empty}"
    share, what = value
    evidence = f"{_pct(share)} of {p.n} sampled values look like {what}"
    if col.kind is Kind.ENUM and name == 1 and len(p.counts) <= 20:
        return max(1 + 2 * share, 1.5), f"{named} reads as {col.name}; {evidence}"
    if share < 0.5:
        return 0.0, ""
    if name > 0:
        return name + 2 * share, f"{evidence}; {named}"
    value_only = (
        col.kind in (Kind.EMAIL, Kind.PHONE, Kind.STATE, Kind.COUNTRY)
        or col.name in ("address", "to_address", table.time_column)
        or (col.kind is Kind.ENUM and share >= 0.8 and len(p.counts) <= 20)
    )
    if not value_only or _named(p.key) - {col.name}:  # the header names something else
        return 0.0, ""
    return 1.8 * share, evidence


def _plan(table: Table, profiles: Sequence[Profile], stem: str) -> _Plan:
    """Map the file's columns onto ``table``, best evidence first; score how well it fits."""
    options = sorted(  # to_address loses ties: it is mirrored beside to_phone or to_email
        (-score * (0.9 if col.name == "to_address" else 1), i, col.name, why)
        for i, p in enumerate(profiles)
        for col in table.columns
        for score, why in [_candidate(table, col, p)]
        if score > 0
    )
    columns: dict[str, str] = {}
    comments: dict[tuple[str, ...], str] = {}
    used: dict[str, Profile] = {}
    quality = 0.0
    for neg, i, name, why in options:
        if name not in columns and profiles[i].header not in used:
            columns[name], comments[("columns", name)] = profiles[i].header, why
            used[profiles[i].header] = profiles[i]
            quality -= neg
    if table.name == "contacts" and "to_address" not in columns:
        for name in ("to_phone", "to_email"):
            if name in columns:
                columns["to_address"] = columns[name]
                comments[("columns", "to_address")] = f"as exported, beside {name}"
                break
    constants = _constants(table, columns, used, stem, comments)
    have = [c for c in table.required if c in columns or c in constants]
    coverage = len(have) / len(table.required) if table.required else 0.0
    hint = sum(w for part, t, w in FILE_HINTS if t == table.name and part in stem)
    stray = sum(1 for p in profiles if p.header not in used and _named(p.key))  # named elsewhere
    score = 4 * coverage + 0.4 * quality + 1.5 * hint - stray
    return _Plan(table, columns, comments, constants, score, coverage)


def _constants(
    table: Table,
    columns: Mapping[str, str],
    used: Mapping[str, Profile],
    stem: str,
    comments: dict[tuple[str, ...], str],
) -> dict[str, str]:
    """Return constants for required columns that the file name or the addresses imply."""
    out = {}
    if "channel" in table.required and "channel" not in columns:
        addresses = [used[columns[c]] for c in ("address", "to_email", "to_phone") if c in columns]
        for p in addresses:
            if p.shares["email"] >= 0.9:
                out["channel"] = "email"
                why = f"{_pct(p.shares['email'])} of the sampled addresses are emails"
            elif p.shares["phone"] >= 0.9 and any(w in stem for w in ("sms", "text")):
                out["channel"], why = "sms", "phone numbers, and the file name says sms or text"
            elif p.shares["phone"] >= 0.9 and any(w in stem for w in ("call", "dialer", "voice")):
                out["channel"], why = "call", "phone numbers, and the file name says calls"
            else:
                continue
            comments[("constants", "channel")] = why
            break
    if table.name == "dnc_registry" and "registry" not in columns and "dnc" in stem:
        words = set(re.split(r"[^a-z0-9]+", stem))
        states = [w.upper() for w in words if w.upper() in US_STATES]
        national = words & {"national", "federal", "ftc", "nationaldnc"}
        out["registry"] = "national" if national else states[0] if len(states) == 1 else "internal"
        comments[("constants", "registry")] = "from the file name; national, internal or a state"
    return out


def _draft(
    sample: Sample, profiles: Sequence[Profile], file: str, one_encoding: bool
) -> tuple[dict[str, Any], SourceReview]:
    """Return the mapping entry for one file and the review that comments it."""
    stem = sample.path.stem.lower()
    plans = sorted((_plan(t, profiles, stem) for t in TABLES.values()), key=lambda p: -p.score)
    best, runner = plans[0], plans[1]
    margin, full = best.score - runner.score, best.coverage == 1
    confidence = (
        ("high" if margin >= 2 else "medium")
        if full
        else ("medium" if best.coverage >= 0.5 and margin >= 2 else "low")
    )
    comments, notes = dict(best.comments), list(sample.notes)
    spec: dict[str, Any] = {"table": best.table.name, "file": file}
    spec.update(_read_keys(sample, one_encoding, comments))
    order = {h: i for i, h in enumerate(sample.header)}
    spec["columns"] = dict(sorted(best.columns.items(), key=lambda kv: order[kv[1]]))
    spec.update(_column_keys(best, profiles, comments, notes))
    if best.constants:
        spec["constants"] = best.constants
    if not any(p.n for p in profiles):
        notes.append("no data rows in the sample; guessed from the header only")
    if confidence == "low":
        notes.append(f"low confidence in table {best.table.name} (runner-up: "
                     f"{runner.table.name}); check table:")  # fmt: skip
    mapped = set(best.columns.values())
    review = SourceReview(
        file,
        best.table.name,
        confidence,
        runner.table.name if confidence == "low" else None,
        comments,
        tuple(h for h in sample.header if h not in mapped),
        tuple(c for c in best.table.required if c not in best.columns and c not in best.constants),
        tuple(notes),
    )  # fmt: skip
    return spec, review


def _read_keys(
    sample: Sample, one_encoding: bool, comments: dict[tuple[str, ...], str]
) -> dict[str, str]:
    """Return the format, delimiter and encoding entries the loader needs to read the file."""
    keys = {}
    if sample.path.suffix.lower() not in EXTENSIONS:  # the loader cannot tell the format
        keys["format"] = sample.kind
    if sample.delimiter and sample.delimiter != ("\t" if sample.kind == "tsv" else ","):
        keys["delimiter"] = sample.delimiter
        comments[("delimiter",)] = "sniffed from the first lines"
    if sample.encoding and sample.encoding != "utf-8" and not one_encoding:  # else in defaults
        keys["encoding"] = sample.encoding
        comments[("encoding",)] = "the bytes are not valid UTF-8"
    return keys


def _column_keys(
    plan: _Plan,
    profiles: Sequence[Profile],
    comments: dict[tuple[str, ...], str],
    notes: list[str],
) -> dict[str, Any]:
    """Return the formats and values entries of the plan's columns; add their notes."""
    by_header = {p.header: p for p in profiles}
    formats, values = {}, {}
    for canon, header in plan.columns.items():
        col, p = plan.table.column(canon), by_header[header]
        dates = p.dates.get(col.dtype)
        if dates and dates.formats:
            formats[canon] = list(dates.formats)
            comments[("formats", canon)] = f"{_pct(dates.share)} of {p.n} sampled values parse"
        if dates and dates.day_month_ambiguous:
            notes.append(
                f"{header}: its sampled dates read both as month/day and as day/month; the "
                "draft assumes month first (US): use %d/%m/%Y if the system writes the day first"
            )
        if dates and dates.naive and col.dtype is DType.TIMESTAMP:
            notes.append(
                f"{header}: timestamps carry no time zone; set timezone: to the exporting "
                "system's zone (the draft leaves it to defaults.timezone)"
            )
        if col.kind is Kind.ENUM:
            entries, unknown = _enum_values(col, p)
            if entries:
                values[canon] = entries
            if unknown:
                notes.append(f"{header}: {unknown}; add them under values.{canon}")
    return {k: v for k, v in (("formats", formats), ("values", values)) if v}


def _enum_values(col: Column, p: Profile) -> tuple[dict[str, str], str]:
    """Return value-map entries for raw synonyms, and a note on raw values left unmapped."""
    entries: dict[str, str] = {}
    seen, unknown = set(), []
    for raw in sorted(p.counts):
        canonical = _canonical_value(col, raw)
        if canonical is None:
            unknown.append(raw)
        elif raw.lower() != canonical and raw.lower() not in seen:
            seen.add(raw.lower())
            entries[raw] = canonical
    if not unknown:
        return entries, ""
    showable = len(p.counts) <= 20 and all(
        len(v) <= 24 and not EMAIL.match(v) and sum(ch.isdigit() for ch in v) < 7 for v in unknown
    )
    if showable:
        return entries, f"values not recognised as {col.name}: {', '.join(unknown)}"
    return entries, f"{len(unknown)} distinct values not recognised as {col.name}"


def _defaults(
    profiles: Sequence[Sequence[Profile]], encodings: set[str]
) -> tuple[dict[str, Any], dict[str, str]]:
    codes: Counter[int] = Counter()
    for p in (p for ps in profiles for p in ps if p.shares["phone"] >= 0.5):
        codes.update(p.calling_codes)
    defaults: dict[str, Any] = {"timezone": PLACEHOLDER_TZ, "phone_region": "US"}
    comments = {"timezone": "placeholder: check it (the zone of the exports' naive times)"}
    comments["phone_region"] = "no phone numbers in the samples; US assumed"
    if codes:
        code, count = codes.most_common(1)[0]
        total = sum(codes.values())
        region = phonenumbers.region_code_for_country_code(code)
        defaults["phone_region"] = region if region in phonenumbers.SUPPORTED_REGIONS else "US"
        comments["phone_region"] = f"{_pct(count / total)} of {total} sampled numbers are +{code}"
    if len(encodings) == 1:
        defaults["encoding"] = next(iter(encodings))
        comments["encoding"] = "every text file reads as this"
    return defaults, comments


# --- rendering ---------------------------------------------------------------------------------

PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_./ -]*[A-Za-z0-9_./-]|[A-Za-z_]")


def _clean(text: str) -> str:
    return " ".join(text.split())


def _scalar(text: str) -> str:
    if PLAIN.fullmatch(text) and yaml.safe_load(text) == text:
        return text
    return yaml.safe_dump(text, default_style='"', allow_unicode=True, width=1 << 30).strip()


def _flow(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{}"  # a non-empty mapping is written as a block
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str):
        return _scalar(value)
    return str(yaml.safe_dump(value)).split("\n", 1)[0]


def _comment(line: str, note: str) -> str:
    return f"{line}  # {_clean(note)}" if note else line


def _block(
    obj: Mapping[str, Any],
    indent: int,
    comments: Mapping[tuple[str, ...], str],
    path: tuple[str, ...] = (),
) -> list[str]:
    lines = []
    for key, value in obj.items():
        head, at = " " * indent + _scalar(str(key)) + ":", (*path, str(key))
        if isinstance(value, Mapping) and value:
            lines.append(_comment(head, comments.get(at, "")))
            lines += _block(value, indent + 2, comments, at)
        else:
            lines.append(_comment(f"{head} {_flow(value)}", comments.get(at, "")))
    return lines
