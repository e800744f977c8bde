-- T1 baseline: a marketing call or text outside the calling window in the called party's time.
-- One plain DuckDB query over the canonical tables (views named as the tables), the hand-written
-- yardstick of benchmarks/scale.py; tests/test_bench_baselines.py holds it to T1's rows.
--
-- Rule TCPA-CALL-HOURS (47 CFR 64.1200(c)(1)): window 08:00 (inclusive) to 21:00 (exclusive:
-- 21:00:00 exactly is a reading, so a warning); the sample company's audit.yaml overrides the
-- start to 09:00 (stricter), written here as 32400 s. One version (1992-12-20 .. open).
-- A call is judged in every zone its number's area code and its customer's address give: out of
-- the window in every zone is a violation (a warning when the purpose is not recorded), in some
-- zones only or exactly at 21:00:00 a warning; a call no zone places is reported as a warning.
--
-- Parameters: $start, $end (the period, naive UTC, end excluded), $as_of, $tz (unused here).
-- Reference tables (registered by the runner, benchmarks/scale.py): ref_area_code_zones
-- (area_code, country, zone) from phonenumbers, ref_region_zones (country, region, zip_prefix,
-- zone) from privacykit/checks/geo.py. Local time is DuckDB's own (ICU time zones).
WITH
calls AS (  -- the period's marketing calls and texts (unrecorded purpose judged as marketing)
    SELECT contact_id, customer_id, to_phone, sent_at, purpose IS NULL AS purpose_unknown
    FROM contacts
    WHERE channel IN ('call', 'sms') AND sent_at >= $start AND sent_at < $end
      AND (purpose = 'marketing' OR purpose IS NULL)
),
by_code AS (  -- the zones of the number's NANP area code
    SELECT c.contact_id, a.zone, 'area code' AS zone_source
    FROM calls c
    JOIN ref_area_code_zones a
      ON a.area_code = CASE WHEN c.to_phone LIKE '+1%' AND length(c.to_phone) = 12
                            THEN substr(c.to_phone, 3, 3) END
),
addr AS (  -- the customer's address: country, state and ZIP3 or FSA
    SELECT DISTINCT c.contact_id, u.country, u.state,
           substr(replace(upper(u.postal_code), ' ', ''), 1, 3) AS zip_prefix
    FROM calls c JOIN customers u ON u.customer_id = c.customer_id
),
exact AS (  -- zones of the postal prefix, where the table lists it
    SELECT a.contact_id, r.zone
    FROM addr a
    JOIN ref_region_zones r
      ON r.country = a.country AND r.region = a.state AND r.zip_prefix = a.zip_prefix
),
by_address AS (  -- else every zone of the state or province
    SELECT contact_id, zone, 'address' AS zone_source FROM exact
    UNION ALL
    SELECT a.contact_id, r.zone, 'address'
    FROM addr a
    JOIN ref_region_zones r
      ON r.country = a.country AND r.region = a.state AND r.zip_prefix IS NULL
    WHERE a.contact_id NOT IN (SELECT contact_id FROM exact)
),
zoned AS (
    SELECT DISTINCT * FROM (SELECT * FROM by_code UNION ALL SELECT * FROM by_address)
),
local AS (  -- the call's wall time in each zone: seconds after midnight, and microseconds
    SELECT contact_id, hour(t) * 3600 + minute(t) * 60 + second(t) AS sod,
           microsecond(t) % 1000000 AS us
    FROM (SELECT z.contact_id, timezone(z.zone, c.sent_at AT TIME ZONE 'UTC') AS t
          FROM zoned z JOIN calls c USING (contact_id))
),
judged AS (
    SELECT contact_id,
           count(*) AS n,
           count(*) FILTER (WHERE sod < 32400 OR sod > 75600 OR (sod = 75600 AND us > 0)) AS n_out,
           count(*) FILTER (WHERE sod = 75600 AND us = 0) AS n_edge
    FROM local
    GROUP BY contact_id
)
SELECT 'TCPA-CALL-HOURS' AS rule_id, c.contact_id AS record_id, c.customer_id,
       c.to_phone AS address, c.sent_at AS event_at,
       CASE WHEN j.contact_id IS NULL THEN 'warning'  -- no zone places the call
            WHEN j.n_out = j.n AND NOT c.purpose_unknown THEN 'violation'
            ELSE 'warning' END AS verdict
FROM calls c
LEFT JOIN judged j USING (contact_id)
WHERE j.contact_id IS NULL OR j.n_out + j.n_edge > 0
