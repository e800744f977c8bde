"""Remediation lists: what a team must act on, one CSV per action, from the evidence rows.

Each rule's fix is one of a few actions (or several, or none when the fix is a change of
process: calling hours, the content of a message, a policy's text, caller ID). The action of
each rule is classified here by rule id; the legal words stay in the rulebook. The lists hold
ids and the raw normalised identifiers (numbers, email addresses) a team needs to act: they
are the only raw personal data a run writes.

Only rows that count are listed: violations and warnings that no waiver covers. A row of a
rule whose action needs a value the row lacks (a share without a record id) is left out; a
contact to suppress without an address is listed by customer, with an empty address.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from privacykit.rulebook import Rulebook


class Action(Enum):
    """What a team does about a rule's rows; the value names the list's file."""

    SUPPRESS_NOW = "suppress_now"  # stop contacting these numbers and addresses at once
    RECONSENT = "customers_to_reconsent"  # get the consent or authorisation they lack
    STOP_SHARES = "shares_to_stop"  # stop these sales, shares, disclosures and uses
    ANSWER_REQUESTS = "requests_overdue"  # consumer requests acknowledged or answered late
    SEND_NOTICES = "notices_to_send"  # customers owed a GLBA or FCRA notice
    TRAIN_STAFF = "staff_to_train"  # staff whose required training is missing or lapsed
    DELETE_DATA = "data_to_delete"  # records kept past their deletion deadline

    @property
    def file_name(self) -> str:
        return f"{self.value}.csv"


PROCESS: tuple[Action, ...] = ()  # the fix is a change of process: no list

_S = (Action.SUPPRESS_NOW,)
_R = (Action.RECONSENT,)
_X = (Action.STOP_SHARES,)
_SR = (Action.SUPPRESS_NOW, Action.RECONSENT)
_XR = (Action.STOP_SHARES, Action.RECONSENT)
_N = (Action.SEND_NOTICES,)
_T = (Action.TRAIN_STAFF,)

# Rule id -> its actions. A test holds that every rule audited by a registered check is here.
RULE_ACTIONS: Mapping[str, tuple[Action, ...]] = MappingProxyType({
    # Email (CAN-SPAM, CASL, GDPR, UK PECR)
    "CANSPAM-OPTOUT-HONOR": _S,
    "CANSPAM-OPTOUT-MECHANISM": _S,  # the person tried to unsubscribe: honour it
    "CANSPAM-REQUIRED-CONTENT": PROCESS,
    "CANSPAM-NO-TRANSFER": _X,
    "CASL-CONSENT": _SR,
    "CASL-IMPLIED-EBR": _SR,
    "CASL-IMPLIED-OTHER": _SR,
    "CASL-UNSUBSCRIBE": _S,
    "GDPR-EMAIL-CONSENT": _SR,
    "GDPR-SOFT-OPT-IN": _SR,
    "UK-PECR-EMAIL-SMS-CONSENT": _SR,
    "UK-PECR-SOFT-OPT-IN": _SR,
    "GDPR-OBJECTION": _S,  # absolute: no re-consent
    "UK-PECR-OBJECTION": _S,
    # Calls and texts (TCPA, TSR, states)
    "TCPA-NATIONAL-DNC": _S,
    "TSR-NATIONAL-DNC": _S,
    "SMS-TEXTS-ARE-CALLS": _S,
    "TCPA-COMPANY-DNC": _S,
    "TSR-COMPANY-DNC": _S,
    "STATE-DNC-LISTS": _S,
    "TCPA-EBR": _S,
    "TCPA-PEWC": _S,
    "STATE-AUTOMATED-CONSENT": _S,
    "TCPA-PRERECORDED-RESIDENTIAL": _S,
    "TSR-PRERECORDED": _S,
    "TCPA-REVOCATION": _S,
    "STATE-CALL-FREQUENCY": _S,
    "TSR-CONSENT-RECORDS": PROCESS,  # consent on file, its evidence incomplete
    "TCPA-CALL-HOURS": PROCESS,
    "TSR-CALL-HOURS": PROCESS,
    "STATE-CALL-HOURS": PROCESS,
    "STATE-LOCAL-TIME": PROCESS,
    "TCPA-DNC-REGISTRY-FRESHNESS": PROCESS,
    "TCPA-ABANDONMENT": PROCESS,
    "TSR-ABANDONMENT": PROCESS,
    "TCPA-CALLER-ID": PROCESS,
    "TSR-CALLER-ID": PROCESS,
    "STATE-MD-ANTI-SPOOFING": PROCESS,
    "TSR-DNC-SAFE-HARBOR": _T,  # its staff rows; its registry rows are a process
    # Fax
    "FAX-UNSOLICITED-ADS": _S,
    "FAX-OPTOUT-HONOR": _S,
    "FAX-OPTOUT-NOTICE": PROCESS,
    "FAX-SOLICITED-OPTOUT": PROCESS,
    # Sale, sharing and sensitive data (CCPA, state laws)
    "CCPA-OPTOUT-SALE-SHARE": _X,
    "CCPA-GPC": _X,
    "STATE-PRIVACY-UNIVERSAL-OPTOUT": _X,
    "MAIL-LIST-RENTAL-SALE": _X,
    "STATE-PRIVACY-OPTOUT-SALE-TA": _X,
    "CCPA-MINORS-OPTIN": _XR,
    "STATE-PRIVACY-NJ-TEENS": _XR,
    "STATE-PRIVACY-NH-TEENS": _XR,
    "STATE-PRIVACY-CT-TEENS": _X,  # 13-17: no sale or targeting even with consent
    "STATE-PRIVACY-MD-MINORS": _X,
    "STATE-PRIVACY-OR-TEENS": _X,
    "STATE-PRIVACY-SENSITIVE-OPTIN": _XR,
    "STATE-PRIVACY-OR-CONSENT-REVOCATION": _X,
    "STATE-PRIVACY-MD-SENSITIVE": _X,
    "STATE-PRIVACY-OR-GEOLOCATION-SALE": _X,
    "CCPA-PRECISE-GEOLOCATION": _X,  # used after a request to limit: stop, do not re-ask
    "STATE-PRIVACY-PRECISE-GEOLOCATION": _R,
    "MOBILE-PRECISE-GEOLOCATION": _R,
    "MOBILE-SENSITIVE-LOCATIONS": _X,
    "STATE-PRIVACY-MD-GEOFENCE": _X,
    "FTC-DECEPTION-PRIVACY-PROMISES": _X,
    "CALOPPA-FOLLOW-OWN-POLICY": _X,
    "CCPA-NOTICE-AT-COLLECTION": _X,
    "CCPA-REQUEST-DEADLINES": (Action.ANSWER_REQUESTS,),
    "CCPA-PRIVACY-POLICY": PROCESS,
    "CALOPPA-POLICY-CONTENTS": PROCESS,
    "CALOPPA-POST-POLICY": PROCESS,
    # Finance (GLBA, FCRA)
    "GLBA-NONAFFILIATE-SHARING": _X,
    "GLBA-OPT-OUT-EFFECT": _X,
    "GLBA-ANNUAL-NOTICE": _N,
    "FCRA-AFFILIATE-MARKETING-OPT-OUT": _N,
    "FCRA-AFFILIATE-OPT-OUT-DURATION": _S,
    "GLBA-SAFEGUARDS-FTC-BREACH-NOTICE": PROCESS,  # one filing per incident, in the report
    "GLBA-SAFEGUARDS-TRAINING": _T,
    # Health (HIPAA)
    "HIPAA-MARKETING-AUTHORIZATION": _R,
    "HIPAA-MARKETING-REMUNERATION-STATEMENT": _R,
    "HIPAA-MARKETING-DEFINITION": _R,
    "HIPAA-SALE-OF-PHI": _X,
    "HIPAA-WORKFORCE-TRAINING": _T,
    # Children (COPPA)
    "COPPA-VPC-BEFORE-COLLECTION": _R,
    "COPPA-THIRD-PARTY-DISCLOSURE-CONSENT": _XR,
    "COPPA-DATA-RETENTION": (Action.DELETE_DATA,),
})  # fmt: skip

Aggregate = Callable[[pd.Series], object]


@dataclass(frozen=True)
class _Spec:
    """How one list is built: the rows it takes, its key and its columns."""

    keys: tuple[str, ...]  # evidence columns that identify one line of the list
    needs: tuple[str, ...]  # rows without a value in these are left out
    extra: Mapping[str, tuple[str, Aggregate | str]]  # column -> (evidence column, how)
    rename: Mapping[str, str] = field(default_factory=dict)
    tables: tuple[str, ...] = ()  # record tables taken (every table when empty)


def _first(values: pd.Series) -> object:
    present = values.dropna()
    return present.iloc[0] if len(present) else None


def _joined(values: pd.Series) -> str:
    return ";".join(sorted({str(v) for v in values.dropna()}))


_SPECS: Mapping[Action, _Spec] = MappingProxyType({
    Action.SUPPRESS_NOW: _Spec(
        keys=("channel", "_who"), needs=("_who",),
        extra={"address": ("address", _first), "customer_id": ("customer_id", _joined),
               "first_event_at": ("event_at", "min"), "last_event_at": ("event_at", "max"),
               "contacts": ("_record", "nunique")},
    ),
    Action.RECONSENT: _Spec(
        keys=("customer_id",), needs=("customer_id",), extra={"records": ("_record", "nunique")},
    ),
    Action.STOP_SHARES: _Spec(
        keys=("record_table", "record_id"), needs=("record_id",),
        extra={"customer_id": ("customer_id", _joined), "event_at": ("event_at", "min")},
    ),
    Action.ANSWER_REQUESTS: _Spec(
        keys=("record_id",), needs=("record_id",), tables=("privacy_requests",),
        extra={"customer_id": ("customer_id", _joined), "received_at": ("event_at", "min"),
               "deadline_at": ("deadline_at", "min"), "reading": ("reading", _joined)},
        rename={"record_id": "request_id"},
    ),
    Action.SEND_NOTICES: _Spec(
        keys=("customer_id",), needs=("customer_id",), extra={"records": ("_record", "nunique")},
    ),
    Action.TRAIN_STAFF: _Spec(
        keys=("record_id",), needs=("record_id",), tables=("staff",), extra={},
        rename={"record_id": "staff_id"},
    ),
    Action.DELETE_DATA: _Spec(
        keys=("record_table", "record_id"), needs=("record_id",),
        extra={"customer_id": ("customer_id", _joined)},
    ),
})  # fmt: skip

# The columns of each list, in order (empty lists keep them too).
COLUMNS: Mapping[Action, tuple[str, ...]] = MappingProxyType({
    Action.SUPPRESS_NOW: ("channel", "address", "customer_id", "rules", "first_event_at",
                          "last_event_at", "contacts", "verdict"),
    Action.RECONSENT: ("customer_id", "rules", "records", "verdict"),
    Action.STOP_SHARES: ("record_table", "record_id", "customer_id", "rules", "event_at",
                         "verdict"),
    Action.ANSWER_REQUESTS: ("request_id", "customer_id", "rules", "received_at", "deadline_at",
                             "verdict", "reading"),
    Action.SEND_NOTICES: ("customer_id", "rules", "records", "verdict"),
    Action.TRAIN_STAFF: ("staff_id", "rules", "verdict"),
    Action.DELETE_DATA: ("record_table", "record_id", "customer_id", "rules", "verdict"),
})  # fmt: skip

_COUNTED = ("violation", "warning")


def remediation_lists(rows: pd.DataFrame, rulebook: Rulebook) -> dict[str, pd.DataFrame]:
    """Return file name -> list, one per :class:`Action`, from an audit's evidence rows.

    Args:
        rows: the run's evidence rows, unmasked (``AuditRun.rows``, with ``waived_by`` when
            waivers were applied: rows it names are left out, as are passes).
        rulebook: orders each line's ``rules`` most severe first.

    Returns:
        ``{"suppress_now.csv": frame, ...}`` in :class:`Action` order; every list is there,
        an empty one with its columns. A rule that :data:`RULE_ACTIONS` does not know is in
        no list.
    """
    counted = _counted(rows)
    order = _rule_order(rulebook, counted["rule_id"])
    out: dict[str, pd.DataFrame] = {}
    for action in Action:
        rules = [r for r, actions in RULE_ACTIONS.items() if action in actions]
        taken = counted[counted["rule_id"].isin(rules)]
        out[action.file_name] = _build(taken, _SPECS[action], COLUMNS[action], order)
    return out


def _counted(rows: pd.DataFrame) -> pd.DataFrame:
    """Return the violations and warnings no waiver covers, with the helper key columns."""
    if rows.empty or "verdict" not in rows:
        return pd.DataFrame(columns=["rule_id", "verdict"])
    keep = rows["verdict"].isin(_COUNTED)
    if "waived_by" in rows:
        keep &= rows["waived_by"].isna()
    t = rows[keep].copy()
    address = t["address"].astype("string").str.strip()
    is_email = address.str.contains("@", regex=False).fillna(False).astype(bool)
    t["address"] = address.where(~is_email, address.str.lower()).replace("", pd.NA)
    t["_who"] = t["address"].fillna("customer " + t["customer_id"].astype("string"))
    t["_record"] = t["record_table"].astype("string") + ":" + t["record_id"].astype("string")
    return t


def _rule_order(rulebook: Rulebook, rule_ids: Iterable[str]) -> dict[str, int]:
    """Return rule id -> its place in a ``rules`` cell: most severe first, then by id."""

    def rank(rule_id: str) -> tuple[int, str]:
        if rule_id not in rulebook:
            return (0, rule_id)
        return (-rulebook.versions(rule_id)[-1].severity.rank, rule_id)

    return {r: i for i, r in enumerate(sorted(set(rule_ids), key=rank))}


def _build(
    rows: pd.DataFrame, spec: _Spec, columns: tuple[str, ...], order: Mapping[str, int]
) -> pd.DataFrame:
    """Return one list: a line per key, with its rules, extra columns and worst verdict."""
    if spec.tables and len(rows):
        rows = rows[rows["record_table"].isin(spec.tables)]
    if len(rows):
        rows = rows.dropna(subset=list(spec.needs))
    if not len(rows):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})

    def rules(values: pd.Series) -> str:
        return ";".join(sorted(set(values), key=lambda r: order.get(r, len(order))))

    def verdict(values: pd.Series) -> str:
        return "violation" if (values == "violation").any() else "warning"

    aggregations: dict[str, tuple[str, Aggregate | str]] = {
        **spec.extra,
        "rules": ("rule_id", rules),
        "verdict": ("verdict", verdict),
    }
    grouped = rows.groupby(list(spec.keys), dropna=False, sort=False).agg(**aggregations)
    out = grouped.reset_index().rename(columns=dict(spec.rename))
    worst = out["verdict"].map({"violation": 0, "warning": 1})
    keys = [spec.rename.get(k, k) for k in spec.keys]
    out = out.assign(_worst=worst).sort_values(["_worst", *keys], kind="stable")
    return out[list(columns)].reset_index(drop=True)
