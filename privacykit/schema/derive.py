"""Tables the loader builds from the loaded ones: who is one person, and what is suppressed.

People. One person may have several customer records. Records are one person when they share
a name (case and accents folded) and one of: birth date, postal address, phone number, email.
A shared household phone alone does not make two people one: the name must match too.
A business relationship follows the person (``people.person_id``).

Suppressions. Opt-outs and do-not-call requests follow the number or address, across every
record and every source: each (channel, address) gets one suppression per episode, where the
earliest ``received_at`` among the merged requests governs, and a later recorded re-consent for
the same channel (an affirmative consent granted after the opt-out; not one implied by a
purchase or inquiry) ends it (``superseded_at``). A consent's
revocation counts as an opt-out received at ``revoked_at``. At the same instant, an opt-out wins
over a consent (the conservative reading).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

from privacykit.schema.normalize import PhoneMemo, normalize_phones

EXAMPLES = 3
# Consents that lift an earlier opt-out: affirmative ones. Consent implied by a purchase or an
# inquiry (or a soft opt-in) after an opt-out does not bring the person back.
RECONSENT_TYPES = (
    "express_written",
    "express",
    "parental",
    "teen_opt_in",
    "hipaa_authorization",
    "dnc_written_permission",
    "third_party_disclosure_parental",
)
PHONE_CHANNELS = ("call", "sms", "fax")
NAME = "strip_accents(lower(trim(first_name))) || ' ' || strip_accents(lower(trim(last_name)))"
MATCHES = (
    ("name+birth_date", "birth_date IS NOT NULL", "birth_date"),
    (
        "name+address",
        "address IS NOT NULL",
        "regexp_replace(lower(trim(address)), '\\s+', ' ', 'g') || '|' "
        "|| coalesce(postal_code, '')",
    ),
    ("name+phone", "phone IS NOT NULL", "phone"),
    ("name+email", "email IS NOT NULL", "email"),
)


def build_people(con: duckdb.DuckDBPyConnection) -> tuple[int, list[str], int, list[str]]:
    """Fill ``people``; return (people with several records, examples, shared numbers, examples).

    Matching groups come from SQL; the groups are joined transitively (A=B by birth date and B=C
    by address make one person) with a union-find over the few records that match at all.
    """
    parent: dict[str, str] = {}
    why: dict[str, set[str]] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for label, present, key in MATCHES:
        groups = con.execute(
            f"SELECT list(DISTINCT customer_id ORDER BY customer_id) FROM customers "
            f"WHERE first_name IS NOT NULL AND last_name IS NOT NULL AND {present} "
            f"GROUP BY {NAME}, {key} HAVING count(DISTINCT customer_id) > 1"
        ).fetchall()
        for (ids,) in groups:
            for other in ids[1:]:
                a, b = find(ids[0]), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            for cid in ids:
                why.setdefault(cid, set()).add(label)
    members: dict[str, list[str]] = {}
    for cid in sorted(parent):
        members.setdefault(find(cid), []).append(cid)
    rows = [
        (cid, root, ";".join(sorted(why.get(cid, ()))))
        for root, ids in members.items()
        for cid in ids
    ]
    merged = pa.table(
        {
            "customer_id": pa.array([r[0] for r in rows], pa.string()),
            "person_id": pa.array([r[1] for r in rows], pa.string()),
            "matched_on": pa.array([r[2] for r in rows], pa.string()),
        }
    )
    con.register("__people_merged", merged)
    con.execute(
        "INSERT INTO people SELECT c.customer_id, coalesce(m.person_id, c.customer_id), "
        "coalesce(m.matched_on, '') FROM (SELECT DISTINCT customer_id FROM customers) c "
        "LEFT JOIN __people_merged m USING (customer_id)"
    )
    con.unregister("__people_merged")
    examples = [
        " = ".join(ids) + f" ({';'.join(sorted(set().union(*(why[i] for i in ids))))})"
        for ids in list(members.values())[:EXAMPLES]
    ]
    shared = con.execute(
        "SELECT phone, count(DISTINCT p.person_id) FROM customers JOIN people p "
        "USING (customer_id) WHERE phone IS NOT NULL GROUP BY phone "
        "HAVING count(DISTINCT p.person_id) > 1 ORDER BY phone"
    ).fetchall()
    shared_examples = [f"***-***-{phone[-4:]} x{n} people" for phone, n in shared[:EXAMPLES]]
    return len(members), examples, len(shared), shared_examples


def build_suppressions(
    con: duckdb.DuckDBPyConnection, phone_region: str, phones: PhoneMemo | None = None
) -> list[tuple[str | None, object]]:
    """Fill ``suppressions`` from ``optouts`` and ``consents`` (see the module docstring).

    Returns the opt-outs that name no readable address and no known customer with one: they
    cannot be matched to any contact, so the loader reports them (optout_id, received_at).
    """
    _address_lookup(con, phone_region, phones)
    # An opt-out or consent names an address, or only a customer: then the customer's email
    # (email channel), phone (call, sms, fax) or both (any other channel) is suppressed.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE __events AS
        WITH cust AS (
            SELECT customer_id, min(email) AS email, min(phone) AS phone
            FROM customers GROUP BY customer_id
        ),
        raw AS (
            SELECT optout_id AS id, channel, address, customer_id, received_at AS t,
                   processed_at, 1 AS is_optout, rowid AS optout_row
            FROM optouts
            UNION ALL
            SELECT 'consent ' || coalesce(consent_id, '?') || ' revoked', channel, address,
                   customer_id, revoked_at, NULL, 1, NULL
            FROM consents WHERE revoked_at IS NOT NULL
            UNION ALL
            SELECT consent_id, channel, address, customer_id, granted_at, NULL, 0, NULL
            FROM consents WHERE coalesce(purpose, 'marketing') = 'marketing'
              AND consent_type IN {RECONSENT_TYPES}
        ),
        named AS (
            SELECT r.* EXCLUDE (address), l.value AS address
            FROM raw r JOIN __addresses l ON l.raw = trim(r.address)
            WHERE r.address IS NOT NULL
        ),
        by_customer AS (
            SELECT r.* EXCLUDE (address),
                   unnest(CASE WHEN r.channel = 'email' THEN [c.email]
                               WHEN r.channel IN {PHONE_CHANNELS} THEN [c.phone]
                               ELSE [c.email, c.phone] END) AS address
            FROM raw r JOIN cust c USING (customer_id)
            WHERE r.address IS NULL OR trim(r.address) NOT IN (SELECT raw FROM __addresses)
        )
        SELECT * FROM (SELECT * FROM named UNION ALL SELECT * FROM by_customer)
        WHERE address IS NOT NULL AND t IS NOT NULL
        """
    )
    con.execute(
        """
        INSERT INTO suppressions
        WITH ev AS (
            SELECT *, sum(1 - is_optout) OVER (
                PARTITION BY channel, address ORDER BY t, is_optout, id
                ROWS UNBOUNDED PRECEDING) AS episode
            FROM __events
        ),
        optout_episodes AS (
            SELECT channel, address, episode,
                   arg_min_null(customer_id, (t, id)) AS customer_id,
                   min(t) AS received_at,
                   arg_min_null(processed_at, (t, id)) AS processed_at,
                   count(*) AS requests,
                   arg_min_null(id, (t, id)) AS first_optout_id
            FROM ev WHERE is_optout = 1 GROUP BY channel, address, episode
        ),
        consents AS (
            SELECT channel, address, episode, t, id FROM ev WHERE is_optout = 0
        )
        SELECT o.channel, o.address, o.customer_id, o.received_at, o.processed_at, o.requests,
               o.first_optout_id, c.t, c.id
        FROM optout_episodes o LEFT JOIN consents c
          ON c.channel = o.channel AND c.address = o.address AND c.episode = o.episode + 1
        """
    )
    lost = con.execute(
        "SELECT optout_id, received_at FROM optouts WHERE rowid NOT IN "
        "(SELECT optout_row FROM __events WHERE optout_row IS NOT NULL) ORDER BY received_at"
    ).fetchall()
    con.execute("DROP TABLE __events")
    # Consents and opt-outs name the number or address as exported: store it normalised, as
    # suppressions do, so that checks match it against the normalised number or email used.
    for name in ("consents", "optouts"):
        con.execute(
            f"UPDATE {name} SET address = l.value FROM __addresses l "
            f"WHERE l.raw = trim({name}.address)"
        )
    con.execute("DROP TABLE __addresses")
    return [(r[0], r[1]) for r in lost]


def _address_lookup(
    con: duckdb.DuckDBPyConnection, phone_region: str, memo: PhoneMemo | None = None
) -> None:
    """Normalise each distinct raw opt-out or consent address once: email or E.164."""
    raw = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT trim(address) FROM (SELECT address FROM optouts "
            "UNION ALL SELECT address FROM consents) WHERE nullif(trim(address), '') IS NOT NULL"
        ).fetchall()
    ]
    emails = {a: a.lower() for a in raw if "@" in a}
    phones = normalize_phones((a for a in raw if "@" not in a), phone_region, memo)
    pairs = _pairs({**emails, **phones}.items())
    con.execute("CREATE OR REPLACE TEMP TABLE __addresses (raw VARCHAR, value VARCHAR)")
    if pairs:
        con.register("__addresses_arrow", pa.table({"raw": pairs[0], "value": pairs[1]}))
        con.execute("INSERT INTO __addresses SELECT * FROM __addresses_arrow")
        con.unregister("__addresses_arrow")


def _pairs(items: Iterable[tuple[str, str | None]]) -> tuple[list[str], list[str]] | None:
    kept = [(k, v) for k, v in items if v is not None]
    if not kept:
        return None
    return [k for k, _ in kept], [v for _, v in kept]
