-- E1 baseline: a commercial email sent after business day 10 following an opt-out.
-- One plain DuckDB query over the canonical tables (views named as the tables), the hand-written
-- yardstick of benchmarks/scale.py; tests/test_bench_baselines.py holds it to E1's rows.
--
-- Rule CANSPAM-OPTOUT-HONOR (15 USC 7704(a)(4)(A)): honor_within = 10 business days, counted
-- from the day of receipt (day 0) in the company's time zone, US federal holidays; one version
-- (2004-01-01 .. open), value confirmed, so only an unrecorded purpose caps a verdict at warning.
-- Readings: an observed holiday (2026-07-03 for 07-04) closes the office under the lenient
-- reading only. Late under the lenient deadline: violation; under the strict one only: warning.
--
-- Parameters: $start, $end (the period, naive UTC, end excluded), $as_of (naive UTC: history is
-- read up to it), $tz (the company's zone). Reference table ref_holidays(calendar, day,
-- certain): the `holidays` package's dates, registered by the runner (benchmarks/scale.py).
WITH
bounds AS (  -- the business-day calendar's span: 7 years of history (older receipts clamp)
    SELECT make_date(year(timezone($tz, $start AT TIME ZONE 'UTC')) - 7, 1, 1) AS first_day,
           CAST($as_of AS DATE) + 120 AS last_day
),
cal AS (
    SELECT d.day,
           isodow(d.day) <= 5 AND NOT coalesce(h.certain, FALSE) AS bd_strict,
           isodow(d.day) <= 5 AND h.day IS NULL AS bd_lenient
    FROM (SELECT CAST(range AS DATE) AS day
          FROM bounds, range(first_day, last_day + 1, INTERVAL 1 DAY)) d
    LEFT JOIN (SELECT day, bool_or(certain) AS certain FROM ref_holidays
               WHERE calendar = 'US-federal' GROUP BY day) h USING (day)
),
bd AS (  -- running business-day counts under each reading
    SELECT day, bd_strict, bd_lenient,
           sum(CAST(bd_strict AS INT)) OVER (ORDER BY day) AS n_strict,
           sum(CAST(bd_lenient AS INT)) OVER (ORDER BY day) AS n_lenient
    FROM cal
),
sent AS (  -- the period's marketing emails (an unrecorded purpose is judged as marketing)
    SELECT contact_id, customer_id, to_email, sent_at, purpose IS NULL AS purpose_unknown,
           CAST(timezone($tz, sent_at AT TIME ZONE 'UTC') AS DATE) AS c_day
    FROM contacts
    WHERE channel = 'email' AND sent_at >= $start AND sent_at < $end
      AND (purpose = 'marketing' OR purpose IS NULL)
),
optout AS (  -- the earliest opt-out of the address in force when the email was sent
    SELECT s.*, o.received_at, o.first_optout_id,
           greatest(CAST(timezone($tz, o.received_at AT TIME ZONE 'UTC') AS DATE),
                    (SELECT first_day FROM bounds)) AS r_day
    FROM sent s
    JOIN suppressions o
      ON o.address = s.to_email AND o.channel IN ('email', 'all')
     AND o.received_at <= s.sent_at AND o.received_at <= $as_of
     AND (o.superseded_at IS NULL OR o.superseded_at > s.sent_at)
    QUALIFY row_number() OVER (PARTITION BY s.contact_id
                               ORDER BY o.received_at, o.first_optout_id) = 1
),
judged AS (  -- business day 10 after the day of receipt, under each reading
    SELECT o.*, ds.day AS due_strict, dl.day AS due_lenient
    FROM optout o
    JOIN bd r ON r.day = o.r_day
    LEFT JOIN bd ds ON ds.bd_strict AND ds.n_strict = r.n_strict + 10
    LEFT JOIN bd dl ON dl.bd_lenient AND dl.n_lenient = r.n_lenient + 10
)
SELECT 'CANSPAM-OPTOUT-HONOR' AS rule_id, contact_id AS record_id, customer_id,
       to_email AS address, sent_at AS event_at, received_at AS basis_at,
       CASE WHEN due_strict IS NULL OR due_lenient IS NULL THEN 'warning'
            WHEN c_day > due_lenient AND NOT purpose_unknown THEN 'violation'
            WHEN c_day > due_strict THEN 'warning'
            ELSE 'pass' END AS verdict,
       c_day, r_day, due_strict, due_lenient
FROM judged
