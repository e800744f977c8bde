-- T4 baseline: a marketing call or text to a number on the national do-not-call registry.
-- One plain DuckDB query over the canonical tables (views named as the tables), the hand-written
-- yardstick of benchmarks/scale.py; tests/test_bench_baselines.py holds it to T4's rows.
--
-- Rule TCPA-NATIONAL-DNC (47 CFR 64.1200(c)(2); 16 CFR 310.4(b)(1)(iii)(B)): a number registered
-- at least 31 days (registered_at_least = 31 calendar days, the version in force since
-- 2024-03-26 for calls and texts; the period's contacts are all under it), unless the person
-- gave signed written permission to the seller (a dnc_written_permission or express_written
-- consent in force, naming the number or the person) or a business relationship was live.
-- Rule TCPA-EBR (47 CFR 64.1200(f)(5)): 18 months after the person's last transaction, 3 after
-- the last inquiry (calendar months, clamped at the month's end), ended by a do-not-call
-- request (an opt-out of calls, texts or all). Called on day 31 exactly, on the relationship's
-- last day, or with no recorded purpose: a warning.
--
-- Parameters: $start, $end (the period, naive UTC, end excluded), $as_of (naive UTC: history is
-- read up to it), $tz (the company's zone: days are counted in it). The kit clamps history
-- older than 7 years to its first day; no verdict of a call in the period can depend on it.
WITH
calls AS (  -- the period's marketing calls and texts, with the person and the company day
    SELECT c.contact_id, c.customer_id, c.channel, c.to_phone, c.sent_at, c.seller,
           c.purpose IS NULL AS purpose_unknown,
           coalesce(p.person_id, c.customer_id) AS person,
           CAST(timezone($tz, c.sent_at AT TIME ZONE 'UTC') AS DATE) AS c_day
    FROM contacts c LEFT JOIN people p ON p.customer_id = c.customer_id
    WHERE c.channel IN ('call', 'sms') AND c.sent_at >= $start AND c.sent_at < $end
      AND (c.purpose = 'marketing' OR c.purpose IS NULL)
),
registered AS (  -- each number's first national registration up to as_of
    SELECT phone, min(registered_at) AS reg_day
    FROM dnc_registry
    WHERE lower(registry) = 'national' AND registered_at <= CAST($as_of AS DATE)
    GROUP BY phone
),
on_registry AS (
    SELECT c.*, r.reg_day, date_diff('day', r.reg_day, c.c_day) AS days_on
    FROM calls c JOIN registered r ON r.phone = c.to_phone
    WHERE date_diff('day', r.reg_day, c.c_day) >= 31
),
records AS (  -- every customer record of each call's person
    SELECT o.contact_id, p.customer_id FROM on_registry o JOIN people p ON p.person_id = o.person
    UNION
    SELECT contact_id, person FROM on_registry
),
unpermitted AS (
    SELECT o.* FROM on_registry o
    WHERE NOT EXISTS (
        SELECT 1 FROM consents k
        WHERE k.address = o.to_phone
          AND k.consent_type IN ('dnc_written_permission', 'express_written')
          AND (k.purpose IS NULL OR k.purpose = 'marketing')
          AND k.granted_at <= $as_of AND k.granted_at <= o.sent_at
          AND (k.revoked_at IS NULL OR k.revoked_at > o.sent_at)
          AND (k.channel = o.channel OR k.channel = 'all')
          AND (k.seller IS NULL OR o.seller IS NULL OR k.seller = o.seller))
    AND NOT EXISTS (
        SELECT 1 FROM records r JOIN consents k ON k.customer_id = r.customer_id
        WHERE r.contact_id = o.contact_id AND k.address IS NULL
          AND k.consent_type IN ('dnc_written_permission', 'express_written')
          AND (k.purpose IS NULL OR k.purpose = 'marketing')
          AND k.granted_at <= $as_of AND k.granted_at <= o.sent_at
          AND (k.revoked_at IS NULL OR k.revoked_at > o.sent_at)
          AND (k.channel = o.channel OR k.channel = 'all')
          AND (k.seller IS NULL OR o.seller IS NULL OR k.seller = o.seller))
),
last_txn AS (  -- the person's last transaction and inquiry before each call
    SELECT r.contact_id, max(t.occurred_at) AS txn_at
    FROM records r JOIN unpermitted u USING (contact_id)
    JOIN transactions t ON t.customer_id = r.customer_id
    WHERE t.occurred_at <= u.sent_at AND t.occurred_at <= $as_of
    GROUP BY r.contact_id
),
last_inq AS (
    SELECT r.contact_id, max(i.occurred_at) AS inq_at
    FROM records r JOIN unpermitted u USING (contact_id)
    JOIN inquiries i ON i.customer_id = r.customer_id
    WHERE i.occurred_at <= u.sent_at AND i.occurred_at <= $as_of
    GROUP BY r.contact_id
),
dnc AS (  -- a do-not-call request in force (it ends the relationship at once)
    SELECT DISTINCT u.contact_id
    FROM unpermitted u
    JOIN suppressions s
      ON s.address = u.to_phone AND s.channel IN ('call', 'sms', 'all')
     AND s.received_at <= u.sent_at AND s.received_at <= $as_of
     AND (s.superseded_at IS NULL OR s.superseded_at > u.sent_at)
),
relationship AS (
    SELECT u.*, d.contact_id IS NOT NULL AS ended,
           CAST(CAST(timezone($tz, t.txn_at AT TIME ZONE 'UTC') AS DATE)
                + INTERVAL 18 MONTH AS DATE) AS txn_until,
           CAST(CAST(timezone($tz, q.inq_at AT TIME ZONE 'UTC') AS DATE)
                + INTERVAL 3 MONTH AS DATE) AS inq_until
    FROM unpermitted u
    LEFT JOIN last_txn t USING (contact_id)
    LEFT JOIN last_inq q USING (contact_id)
    LEFT JOIN dnc d USING (contact_id)
),
judged AS (
    SELECT *,
           NOT ended AND coalesce(c_day < txn_until OR c_day < inq_until, FALSE) AS live,
           NOT ended AND coalesce(c_day = txn_until OR c_day = inq_until, FALSE) AS last_day
    FROM relationship
)
SELECT 'TCPA-NATIONAL-DNC' AS rule_id, contact_id AS record_id, customer_id,
       to_phone AS address, sent_at AS event_at, CAST(reg_day AS TIMESTAMP) AS basis_at,
       CASE WHEN last_day OR days_on = 31 OR purpose_unknown THEN 'warning'
            ELSE 'violation' END AS verdict
FROM judged
WHERE NOT live
