# ruff: noqa: E501 -- literal tables: one record per line reads and diffs best.
"""Issue 7's answer key: the verdict each planted record of ``privacy_cases.py`` must get.

Each label names the audit period whose run judges it (``period``). Shares, locations,
sessions, requests and incidents are judged by the period holding their time; customers by
the period holding their creation (COPPA consent) or their deadline (annual notice,
retention); policies by every period they are in force in (labelled for one); staff at the
period's end. Local times are the company's (America/New_York) unless the label says
otherwise; 'business day N' counts US federal business days after the day of receipt.
"""

from __future__ import annotations

from privacykit.sample.records import Label

# fmt: off
SH, CU, CO, LO, WS, PR, IN, NO, ST = ("sharing", "customers", "contacts", "location_events",
                                      "web_sessions", "privacy_requests", "incidents", "notices",
                                      "staff")  # fmt: skip
MINORS, VPC, DISCLOSE, RETAIN = ("CCPA-MINORS-OPTIN", "COPPA-VPC-BEFORE-COLLECTION",
                                 "COPPA-THIRD-PARTY-DISCLOSURE-CONSENT", "COPPA-DATA-RETENTION")  # fmt: skip
CT, MD, NJ, NH, OR = (
    f"STATE-PRIVACY-{s}" for s in ("CT-TEENS", "MD-MINORS", "NJ-TEENS", "NH-TEENS", "OR-TEENS")
)
OPTOUT, GPC, UOOM, DEADLINES = (
    "CCPA-OPTOUT-SALE-SHARE",
    "CCPA-GPC",
    "STATE-PRIVACY-UNIVERSAL-OPTOUT",
    "CCPA-REQUEST-DEADLINES",
)
CA_GEO, ST_GEO, SENS, MD_SENS = (
    "CCPA-PRECISE-GEOLOCATION",
    "STATE-PRIVACY-PRECISE-GEOLOCATION",
    "STATE-PRIVACY-SENSITIVE-OPTIN",
    "STATE-PRIVACY-MD-SENSITIVE",
)
STATE_OPTOUT = "STATE-PRIVACY-OPTOUT-SALE-TA"
OR_GEO, RENTAL, PLACES, GEOFENCE = (
    "STATE-PRIVACY-OR-GEOLOCATION-SALE",
    "MAIL-LIST-RENTAL-SALE",
    "MOBILE-SENSITIVE-LOCATIONS",
    "STATE-PRIVACY-MD-GEOFENCE",
)
GLBA, GLBA_OPT, ANNUAL, FCRA, FCRA_5Y = (
    "GLBA-NONAFFILIATE-SHARING",
    "GLBA-OPT-OUT-EFFECT",
    "GLBA-ANNUAL-NOTICE",
    "FCRA-AFFILIATE-MARKETING-OPT-OUT",
    "FCRA-AFFILIATE-OPT-OUT-DURATION",
)
HIPAA_AUTH, HIPAA_PAY, HIPAA_SALE, BREACH = (
    "HIPAA-MARKETING-AUTHORIZATION",
    "HIPAA-MARKETING-REMUNERATION-STATEMENT",
    "HIPAA-SALE-OF-PHI",
    "GLBA-SAFEGUARDS-FTC-BREACH-NOTICE",
)
POLICY, CALOPPA, DECEPTION, TRAINING = (
    "CCPA-PRIVACY-POLICY",
    "CALOPPA-POLICY-CONTENTS",
    "FTC-DECEPTION-PRIVACY-PROMISES",
    "GLBA-SAFEGUARDS-TRAINING",
)
Q1_25, Q4_25, Q2_26, Q3_26 = "2025Q1", "2025Q4", "2026Q2", "2026Q3"
# fmt: on


def _l(case: str, rule: str, table: str, record: str, expected: str, why: str, period: str = Q3_26) -> Label:  # fmt: skip
    return Label(case, case.split("-")[0], rule, table, record, expected, why, period=period)


# fmt: off
LABELS: tuple[Label, ...] = (
    # P3: California, sale or sharing of a consumer under 16 (uploads: naive Los Angeles time)
    _l("P3-01", MINORS, SH, "AU-0000001", "violation", "Los Angeles CA consumer born 2011-03-14 (15) in an ad-platform audience uploaded Tue 2026-07-14 09:00 PDT, with no opt-in."),
    _l("P3-02", MINORS, SH, "AU-0000002", "pass", "San Jose CA consumer born 2012-01-09 (14) uploaded Tue 2026-07-14, after her own opt-in to sale and sharing of 2026-05-02."),
    _l("P3-03", MINORS, SH, "AU-0000003", "violation", "Sacramento CA consumer born 2010-08-05 uploaded Tue 2026-08-04, the day before his 16th birthday (15), with no opt-in."),
    _l("P3-04", MINORS, SH, "AU-0000004", "pass", "Sacramento CA consumer uploaded Wed 2026-08-05, his 16th birthday: 16 on the share's date, no opt-in needed."),
    _l("P3-05", MINORS, SH, "AU-0000005", "violation", "San Diego CA consumer born 2013-07-21 uploaded Mon 2026-07-20 (12): her own opt-in of 2026-07-01 does not suffice under 13; a parent's was needed."),
    _l("P3-06", MINORS, SH, "AU-0000006", "pass", "San Diego CA consumer uploaded Tue 2026-07-21, her 13th birthday: from that day her own opt-in of 2026-07-01 suffices."),
    _l("P3-07", MINORS, SH, "AU-0000007", "warning", "Fresno CA consumer with no birth date who declared age 15 at sign-up on 2025-10-01, uploaded Thu 2026-09-10: 15 or 16 that day (birthday not recorded), no opt-in (review)."),
    _l("P3-08", MINORS, SH, "AU-0000008", "warning", "Long Beach CA consumer born 2012-04-18 (14) uploaded Tue 2026-07-14 with a parent's consent only: the law asks for the teen's own opt-in at 13-15 (review)."),
    _l("P3-09", MINORS, SH, "SH-00000101", "warning", "Oakland CA consumer born 2011-11-30 (14), no opt-in: member list to the Sierra Outdoor Club on 2026-07-22 with 'sold' left blank and cross-context 'N': not recorded whether a sale (review)."),
    _l("P3-10", MINORS, SH, "SH-00000102", "pass", "Irvine CA consumer born 2011-06-02 (15): email platform sync (a service provider, not sold, not cross-context) on 2026-07-22: no sale or sharing."),
    _l("P3-11", MINORS, SH, "AU-0000009", "violation", "Santa Barbara CA consumer born 2012-02-29 uploaded Fri 2025-02-28 09:00 PST: 12 (in 2025 she turns 13 on 1 March); her own opt-in of 2025-02-01 does not suffice under 13.", Q1_25),
    _l("P3-12", MINORS, SH, "AU-0000010", "pass", "Santa Barbara CA consumer born 2012-02-29 uploaded Sat 2025-03-01: 13 that day (a 29 February birthday falls on 1 March in a common year); her own opt-in suffices.", Q1_25),
    # P8: state teen rules (sale or targeted advertising)
    _l("P8-01", CT, SH, "AU-0000020", "pass", "Hartford CT consumer born 2010-11-03 (15) uploaded Tue 2026-06-30 with her own opt-in of 2026-03-10: before 2026-07-01 Connecticut allowed it with consent at 13-15.", Q2_26),
    _l("P8-02", CT, SH, "AU-0000021", "violation", "Hartford CT consumer (15) uploaded Wed 2026-07-01, the day SB 1295 took effect: no targeted advertising to 13-17, whatever the consent."),
    _l("P8-03", CT, SH, "AU-0000022", "violation", "New Haven CT consumer born 2008-08-12 uploaded Tue 2026-08-11, the day before his 18th birthday (17): banned from 2026-07-01."),
    _l("P8-04", CT, SH, "AU-0000023", "pass", "New Haven CT consumer uploaded Wed 2026-08-12, his 18th birthday: an adult that day."),
    _l("P8-05", MD, CO, "PN-00000002", "violation", "Baltimore MD customer with no age on record whom the marketing model flags a teen (is_known_minor): push of the targeted-ads campaign PU-2026-08-PARTNER Thu 2026-08-06 at 16:00 EDT local; Maryland's 'knew or should have known' makes him under 18."),
    _l("P8-06", MD, CO, "PN-00000003", "pass", "Baltimore MD customer with no age and no minor flag: the same push Thu 2026-08-06 at 16:01 EDT local is not judged (age unknown)."),
    _l("P8-07", MD, SH, "AU-0000024", "violation", "Baltimore MD consumer born 2009-05-27 (17) uploaded Wed 2026-07-22: Maryland bans targeted advertising to under-18s from 2026-04-01, consent or not."),
    _l("P8-08", OR, CO, "PN-00000004", "violation", "Portland OR customer born 2011-02-14 (15): push of the targeted-ads campaign Thu 2026-08-06 at 13:02 PDT local: Oregon bans targeted advertising to under-16s from 2026-01-01."),
    _l("P8-09", OR, SH, "AU-0000025", "violation", "Eugene OR consumer born 2010-12-01 (15) in an ad-platform audience (cross-context sharing, not a sale) uploaded Wed 2026-07-22: banned from 2026-01-01."),
    _l("P8-10", NJ, SH, "AU-0000026", "pass", "Newark NJ consumer born 2010-01-20 (16) uploaded Wed 2026-07-22 with her own consent of 2026-02-01 (New Jersey: consent at 13-16)."),
    _l("P8-11", NJ, SH, "AU-0000027", "violation", "Trenton NJ consumer born 2009-10-05 (16) uploaded Wed 2026-07-22 without consent."),
    _l("P8-12", NJ, SH, "AU-0000028", "pass", "Jersey City NJ consumer uploaded Wed 2026-09-09, her 17th birthday: outside New Jersey's 13-16."),
    _l("P8-13", NH, SH, "AU-0000029", "violation", "Manchester NH consumer uploaded Tue 2026-08-18, his 13th birthday (13): New Hampshire needs the consent of a 13-15-year-old; none."),
    _l("P8-14", NJ, SH, "AU-0000030", "violation", "Jersey City NJ consumer born 2008-02-29 uploaded Fri 2025-02-28: 16 (she turns 17 on 1 March in 2025), no consent.", Q1_25),
    _l("P8-15", NJ, SH, "AU-0000031", "pass", "Jersey City NJ consumer born 2008-02-29 uploaded Sat 2025-03-01: 17 that day, outside New Jersey's 13-16.", Q1_25),
    _l("P8-16", CT, SH, "SH-00000133", "violation", "Stamford CT consumer born 2010-03-03 (16) in the list rented Mon 2026-07-13: a sale; Connecticut bans selling 13-17-year-olds' data from 2026-07-01."),
    _l("P8-17", NH, SH, "SH-00000136", "pass", "Nashua NH consumer born 2011-02-02 (15) in the list rented Mon 2026-07-13, with his own opt-in of 2026-05-01."),
    # P18: COPPA (Northwind Trail Kids)
    _l("P18-01", VPC, CU, "NW09000230", "pass", "Kids' site sign-up Wed 2026-07-08 10:00 EDT of a child born 2016-05-10 (10); the parent's verifiable consent was recorded at 09:55 EDT, before collection."),
    _l("P18-02", VPC, CU, "NW09000231", "violation", "Kids' site sign-up Thu 2026-07-09 10:00 EDT of a child born 2015-02-11 (11); the parent's consent came at 10:30 EDT, after collection."),
    _l("P18-03", VPC, CU, "NW09000232", "violation", "Kids' site sign-up Wed 2026-07-15 16:20 EDT of a child born 2017-09-30 (8) with no parental consent."),
    _l("P18-04", VPC, CU, "NW09000233", "warning", "Sign-up form of the kids' site Mon 2026-08-03, child born 2016-12-12 (9), no parental consent; the record's child-directed flag is blank (review)."),
    _l("P18-05", VPC, CU, "NW09000234", "warning", "General-audience web sign-up Mon 2026-08-10 of a child born 2015-04-04 (11) by the birth date given: actual knowledge on a general-audience service, COPPA applies (review)."),
    _l("P18-06", VPC, CU, "NW09000235", "pass", "Kids' site sign-up Thu 2026-08-20 09:30 EDT on her 13th birthday (born 2013-08-20): not a child under COPPA; no consent needed."),
    _l("P18-07", VPC, CU, "NW09000236", "violation", "Kids' site sign-up Thu 2026-08-20 09:45 EDT of a child born 2013-08-21, the day before his 13th birthday (12), with no parental consent."),
    _l("P18-08", VPC, CU, "NW09000237", "violation", "Kids' site sign-up Thu 2026-09-03 of a child who declared age 9 (no birth date), with no parental consent."),
    _l("P18-09", VPC, CU, "NW09000238", "violation", "Kids' site sign-up Fri 2025-02-28 of a child born 2012-02-29: 12 that day (13 on 1 March in 2025); no parental consent.", Q1_25),
    _l("P18-10", VPC, CU, "NW09000239", "pass", "Kids' site sign-up Sat 2025-03-01 of her twin born 2012-02-29: 13 that day, not a child under COPPA.", Q1_25),
    _l("P18-11", DISCLOSE, SH, "AU-0000040", "violation", "Springfield OH child born 2016-03-03 (10): app activity uploaded to an ad platform Tue 2026-08-04 with the parent's consent to collection only, none to disclosure (required from 2026-04-22)."),
    _l("P18-12", DISCLOSE, SH, "AU-0000041", "pass", "Springfield OH child born 2014-11-20 (11) uploaded Tue 2026-08-04 with the parent's separate consent to disclosure of 2026-05-01."),
    _l("P18-13", DISCLOSE, SH, "SH-00000103", "pass", "Medina OH child's app activity to the kids' site host (a service provider) on 2026-08-04: integral to the service."),
    _l("P18-14", DISCLOSE, SH, "AU-0000042", "pass", "Akron OH child born 2016-01-25 uploaded Tue 2026-04-21, the day before the separate-consent rule's compliance date.", Q2_26),
    _l("P18-15", DISCLOSE, SH, "AU-0000043", "violation", "Akron OH child uploaded Wed 2026-04-22, the compliance date, with no consent to disclosure.", Q2_26),
    _l("P18-16", DISCLOSE, SH, "AU-0000005", "violation", "San Diego CA child born 2013-07-21 uploaded Mon 2026-07-20 (12) with no parent's consent to disclosure (her own opt-in is not a parent's)."),
    _l("P18-17", DISCLOSE, SH, "AU-0000032", "violation", "Nashua NH child born 2014-06-30 (12), from the general-audience site: uploaded Wed 2026-07-29 with no parent's consent to disclosure."),
    _l("P18-18", RETAIN, CU, "NW09000244", "violation", "Kids' account closed 2025-07-20, still held: the schedule adopted 2026-03-15 (RET-004) keeps children's accounts 365 days after closure, until 2026-07-20."),
    _l("P18-19", RETAIN, CU, "NW09000245", "pass", "Kids' account closed 2025-07-20, purged Mon 2026-07-20 14:00 EDT: on the last day RET-004 allows."),
    _l("P18-20", RETAIN, CU, "NW09000246", "violation", "Kids' account closed 2025-09-01, purged Wed 2026-09-02 10:00 EDT: a day after the 365 days of RET-004 ended (2026-09-01)."),
    _l("P18-21", RETAIN, CU, "NW09000247", "pass", "Kids' account closed 2025-10-15: RET-004's 365 days run to 2026-10-15, after the period."),
    # P9, P10, P11: sensitive data in the opt-in states; Maryland's and Oregon's sale bans
    _l("P9-01", SENS, SH, "SH-00000110", "violation", "Austin TX consumer's precise location to an attribution partner on 2026-07-22 with no consent to sensitive data (Texas: opt-in since 2024-07-01)."),
    _l("P9-02", SENS, SH, "SH-00000111", "pass", "Houston TX consumer's precise location on 2026-07-22 after his consent to sensitive data of 2026-07-01."),
    _l("P9-03", SENS, SH, "SH-00000112", "pass", "Columbus OH consumer's precise location on 2026-07-22: Ohio has no opt-in law."),
    _l("P9-04", SENS, SH, "SH-00000113", "pass", "Indianapolis IN consumer's precise location on Wed 2025-12-31: Indiana's law applies from 2026-01-01.", Q4_25),
    _l("P9-05", SENS, SH, "SH-00000114", "violation", "Indianapolis IN consumer's precise location on 2026-07-22 with no consent (Indiana: opt-in from 2026-01-01)."),
    _l("P9-06", SENS, SH, "SH-00000115", "violation", "Denver CO consumer's precise location on 2026-07-22; her consent came the next day, 2026-07-23."),
    _l("P9-07", SENS, SH, "SH-00000116", "pass", "Richmond VA consumer's precise location on 2026-07-08 under his consent of 2026-02-01 (revoked only on 2026-07-10)."),
    _l("P9-08", SENS, SH, "SH-00000117", "violation", "Richmond VA consumer's precise location on 2026-07-22, after he revoked his consent on 2026-07-10."),
    _l("P9-09", SENS, SH, "SH-00000118", "warning", "Dallas TX consumer's data to an attribution partner on 2026-07-22 with the sensitive flag blank: not recorded whether sensitive, no consent (review)."),
    _l("P9-10", SENS, SH, "AU-0000032", "violation", "Nashua NH known child born 2014-06-30 (12) uploaded Wed 2026-07-29: a known child's data is sensitive in New Hampshire; no parent's consent."),
    _l("P9-11", SENS, SH, "SH-00000120", "pass", "Baltimore MD consumer's precise location on 2026-08-05 under her consent to sensitive data of 2026-06-01 (the sale is P10's)."),
    _l("P10-01", MD_SENS, SH, "SH-00000120", "violation", "Baltimore MD consumer's precise location sold on 2026-08-05: Maryland bans the sale of sensitive data from 2026-04-01; her consent does not permit it."),
    _l("P10-02", MD_SENS, SH, "SH-00000121", "pass", "Annapolis MD consumer's contact and purchase data sold on 2026-08-05: not sensitive."),
    _l("P10-03", MD_SENS, SH, "SH-00000122", "pass", "Silver Spring MD consumer's precise location shared (not sold) on 2026-08-05 with her consent."),
    _l("P10-04", MD_SENS, SH, "SH-00000132", "violation", "Columbia MD consumer in the list rented Mon 2026-07-06, flagged sensitive: a rental is a sale, banned for sensitive data in Maryland."),
    _l("P11-01", OR_GEO, SH, "SH-00000123", "violation", "Portland OR consumer's precise location sold on 2026-07-28: Oregon bans it from 2026-01-01, consent or not."),
    _l("P11-02", OR, SH, "SH-00000124", "violation", "Salem OR consumer born 2010-09-15 (15): member list sold to the Sierra Outdoor Club on 2026-08-19: Oregon bans selling under-16s' data from 2026-01-01."),
    _l("P11-03", OR, SH, "SH-00000125", "pass", "Bend OR consumer sold on 2026-08-19, his 16th birthday: 16 that day."),
    _l("P11-04", OR, SH, "SH-00000135", "violation", "Bend OR consumer born 2011-04-04 (15) in the list rented Mon 2026-07-13: a sale of an under-16's data."),
    # P25: list rentals (a sale under state law)
    _l("P25-01", RENTAL, SH, "SH-00000130", "violation", "Santa Rosa CA consumer opted out of sale on the privacy portal Mon 2026-06-01; still in the list rented Mon 2026-07-06, past business day 15 (2026-06-23; Juneteenth 06-19 does not count)."),
    _l("P25-02", STATE_OPTOUT, SH, "SH-00000131", "warning", "Arlington VA consumer asked customer service not to sell his data Mon 2026-06-01; in the list rented Mon 2026-07-06: Virginia's opt-out law sets no number of days (the 15 business days are an unconfirmed audit convention; review)."),
    _l("P25-03", RENTAL, SH, "SH-00000132", "violation", "Columbia MD consumer's rental Mon 2026-07-06 carries data flagged sensitive: banned in Maryland from 2026-04-01."),
    _l("P25-04", RENTAL, SH, "SH-00000133", "violation", "Stamford CT consumer born 2010-03-03 (16) in the rental of Mon 2026-07-13: Connecticut bans selling 13-17-year-olds' data from 2026-07-01."),
    _l("P25-05", RENTAL, SH, "SH-00000134", "pass", "Bridgeport CT adult in the rental of Mon 2026-07-13, no opt-out."),
    _l("P25-06", RENTAL, SH, "SH-00000135", "violation", "Bend OR consumer born 2011-04-04 (15) in the rental of Mon 2026-07-13: Oregon bans selling under-16s' data from 2026-01-01."),
    _l("P25-07", RENTAL, SH, "SH-00000136", "pass", "Nashua NH consumer (15) in the rental of Mon 2026-07-13 with his own opt-in of 2026-05-01 (New Hampshire: consent at 13-15)."),
    _l("P25-08", STATE_OPTOUT, SH, "SH-00000137", "warning", "Provo UT consumer asked customer service not to sell her data Mon 2026-06-01; in the rental of Mon 2026-07-06 (Utah's days unconfirmed; review)."),
    _l("P25-09", RENTAL, SH, "SH-00000138", "pass", "Pasadena CA consumer opted out Mon 2026-07-06; the rental of Fri 2026-07-10 is business day 4, inside the 15."),
    # P1: California opt-out of sale and sharing, 15 business days
    _l("P1-01", OPTOUT, SH, "SH-00000130", "violation", "Santa Rosa CA consumer opted out Mon 2026-06-01; the list rental of Mon 2026-07-06 is past business day 15 (2026-06-23)."),
    _l("P1-02", OPTOUT, SH, "SH-00000138", "pass", "Pasadena CA consumer opted out Mon 2026-07-06; rental Fri 2026-07-10, business day 4."),
    _l("P1-03", OPTOUT, SH, "AU-0000050", "pass", "Los Angeles CA consumer opted out on the portal Mon 2026-07-06 13:00 EDT; uploaded Mon 2026-07-27, business day 15: in time."),
    _l("P1-04", OPTOUT, SH, "AU-0000051", "violation", "Los Angeles CA consumer uploaded Tue 2026-07-28, business day 16 after her opt-out of 2026-07-06."),
    _l("P1-05", OPTOUT, SH, "AU-0000052", "pass", "San Francisco CA consumer asked customer service not to sell or share Mon 2026-06-29 11:00 EDT; uploaded Mon 2026-07-20: business day 15 even when the observed Independence Day 2026-07-03 counts."),
    _l("P1-06", OPTOUT, SH, "AU-0000053", "warning", "San Francisco CA consumer uploaded Tue 2026-07-21: business day 15 if 2026-07-03 is not a business day, 16 if it is: the holiday reading decides (review)."),
    _l("P1-07", OPTOUT, SH, "AU-0000054", "violation", "San Francisco CA consumer uploaded Wed 2026-07-22: business day 16 or 17, late under every reading."),
    _l("P1-08", OPTOUT, SH, "AU-0000055", "pass", "Oakland CA consumer opted out Mon 2026-07-06 and opted in again Thu 2026-07-09; uploaded Mon 2026-08-10 under the new opt-in."),
    _l("P1-09", OPTOUT, SH, "AU-0000056", "pass", "Austin TX consumer's opt-out of 2026-07-06 and upload of 2026-08-10: not a California consumer."),
    # P2: Global Privacy Control
    _l("P2-01", GPC, WS, "cmp-00000001", "violation", "California visitor (a known customer) whose browser sent GPC on Tue 2026-07-14; sale and advertising tags fired anyway."),
    _l("P2-02", GPC, WS, "cmp-00000002", "pass", "California visitor's GPC session of Wed 2026-07-15: tags suppressed."),
    _l("P2-03", GPC, WS, "cmp-00000003", "pass", "California visitor on Thu 2026-07-16 from a browser without GPC: tags may fire."),
    _l("P2-04", UOOM, WS, "cmp-00000004", "violation", "Colorado visitor's GPC session of Tue 2026-08-04 with tags fired: Colorado recognizes GPC from 2024-07-01."),
    _l("P2-05", UOOM, WS, "cmp-00000005", "warning", "New Jersey visitor's GPC session of Tue 2026-08-04 with tags fired: New Jersey recognizes GPC but its start date is not in the sources (review)."),
    _l("P2-06", UOOM, WS, "cmp-00000006", "pass", "Utah visitor's GPC session with tags fired: Utah does not require honoring GPC."),
    _l("P2-07", UOOM, WS, "cmp-00000007", "violation", "Connecticut visitor's GPC session of Tue 2026-08-04 with tags fired: in force by 2025-07-01 (exact start unconfirmed), long before."),
    _l("P2-08", GPC, WS, "cmp-00000008", "violation", "Signed-in visitor with no region from the IP, a Mountain View CA customer: GPC on Tue 2026-08-04 and tags fired."),
    _l("P2-09", GPC, SH, "AU-0000057", "pass", "San Diego CA customer's browser sent GPC Mon 2026-07-06 13:00 EDT; uploaded Mon 2026-07-27, business day 15."),
    _l("P2-10", GPC, SH, "AU-0000058", "violation", "San Diego CA customer uploaded Tue 2026-07-28, business day 16 after her GPC session of 2026-07-06."),
    _l("P2-11", UOOM, SH, "AU-0000059", "warning", "Denver CO customer's browser sent GPC Mon 2026-07-06; uploaded Mon 2026-08-10, past 15 business days (an unconfirmed processing lag; review)."),
    # P6: requests to know, delete, correct (California)
    _l("P6-01", DEADLINES, PR, "PR-000111", "pass", "Request to know received Mon 2026-07-06, acknowledged Mon 2026-07-20 (business day 10), answered Thu 2026-08-20 (day 45)."),
    _l("P6-02", DEADLINES, PR, "PR-000112", "violation", "Request to know received Mon 2026-07-06, acknowledged Tue 2026-07-21: business day 11."),
    _l("P6-03", DEADLINES, PR, "PR-000113", "violation", "Request to delete received Mon 2026-07-13, answered Fri 2026-08-28 (day 46) with no extension notice."),
    _l("P6-04", DEADLINES, PR, "PR-000114", "pass", "Request to delete received Mon 2026-07-13, extension notice Thu 2026-08-27 (day 45), still open on 2026-09-30: due by day 90, 2026-10-11."),
    _l("P6-05", DEADLINES, PR, "PR-000115", "violation", "Request to correct received Mon 2026-06-01, extended 2026-07-10, answered Mon 2026-08-31: day 91."),
    _l("P6-06", DEADLINES, PR, "PR-000116", "pass", "Request to know received Mon 2026-06-01, extended 2026-07-10, answered Sun 2026-08-30: day 90."),
    _l("P6-07", DEADLINES, PR, "PR-000117", "violation", "Request to know received Mon 2026-08-03, never acknowledged (due by business day 10, 2026-08-17); answered 2026-08-25."),
    _l("P6-08", DEADLINES, PR, "PR-000118", "violation", "Request to delete received Wed 2026-07-01; the extension notice went out on day 46 (2026-08-16), too late to extend; answered 2026-09-20 (day 81)."),
    _l("P6-09", DEADLINES, PR, "PR-000119", "violation", "Request to know received Mon 2026-07-20, no extension, still open on 2026-09-30: day 45 was 2026-09-03."),
    _l("P6-10", DEADLINES, PR, "PR-000120", "pass", "New York customer's request to know, acknowledged late: not a California consumer."),
    # P4: precise geolocation (1,750 ft = 533.4 m outside California; 1,850 ft = 563.88 m in it)
    _l("P4-01", ST_GEO, LO, "LOC-00000101", "violation", "Denver CO app user with no location permission: accuracy 533.4 m (1,750 ft) on 2026-08-10, precise in Colorado; no consent."),
    _l("P4-02", ST_GEO, LO, "LOC-00000102", "warning", "Denver CO, no permission: accuracy 533.5 m on 2026-08-11: not precise under Colorado's 1,750 ft, precise under California's 1,850 ft (review)."),
    _l("P4-03", ST_GEO, LO, "LOC-00000103", "warning", "Denver CO, no permission: accuracy 563.88 m (1,850 ft) on 2026-08-12: precise under California's definition only (review)."),
    _l("P4-04", ST_GEO, LO, "LOC-00000104", "pass", "Denver CO: accuracy 563.9 m on 2026-08-13: not precise anywhere."),
    _l("P4-05", ST_GEO, LO, "LOC-00000105", "warning", "Denver CO, no permission: accuracy not recorded on 2026-08-14 (review)."),
    _l("P4-06", ST_GEO, LO, "LOC-00000106", "pass", "Boulder CO app user with location permission since 2025-05-01: accuracy 533.4 m on 2026-08-10."),
    _l("P4-07", CA_GEO, LO, "LOC-00000107", "warning", "Los Angeles CA user asked to limit the use of sensitive data Mon 2026-07-06; precise location (563.88 m) used for an ad segment Mon 2026-08-10, past 15 business days (the limit's processing time is unconfirmed; review)."),
    _l("P4-08", CA_GEO, LO, "LOC-00000108", "pass", "Los Angeles CA: accuracy 563.9 m for an ad segment on 2026-08-10: not precise."),
    _l("P4-09", CA_GEO, LO, "LOC-00000109", "pass", "Los Angeles CA: precise location used by the store finder on 2026-08-10 (a use the limit allows)."),
    _l("P4-10", CA_GEO, LO, "LOC-00000110", "pass", "Los Angeles CA: precise location for an ad segment Mon 2026-07-20, business day 10 after the limit request."),
    _l("P4-11", ST_GEO, LO, "LOC-00000111", "pass", "Columbus OH, no permission: 30 m on 2026-08-10; Ohio has no opt-in law."),
    # P20: precise locations near sensitive places used for ad segments
    _l("P20-01", PLACES, LO, "LOC-00000120", "warning", "Columbus OH: ad segment from a 20 m fix on 2026-08-12 300.2 m from St. Brendan the Navigator Parish (a place of worship): within 1,750 ft (an unconfirmed radius; review)."),
    _l("P20-02", GEOFENCE, LO, "LOC-00000122", "violation", "Baltimore MD: ad segment from a 15 m fix on 2026-08-12 400.3 m from Inner Harbor Reproductive Health: Maryland bans geofences within 1,750 ft of such facilities from 2026-04-01."),
    _l("P20-03", PLACES, LO, "LOC-00000125", "warning", "Baltimore MD: ad segment on 2026-08-12 250.2 m from Harborview Community Church (worship: not a health facility; review)."),
    _l("P20-04", GEOFENCE, LO, "LOC-00000126", "pass", "Baltimore MD: ad segment on 2026-08-12 540.4 m from the clinic: beyond 1,750 ft (533.4 m)."),
    _l("P20-05", GEOFENCE, LO, "LOC-00000123", "pass", "Baltimore MD: store finder 100.1 m from the clinic on 2026-08-13: not an ad use."),
    _l("P20-06", GEOFENCE, LO, "LOC-00000124", "pass", "Baltimore MD: ad segment from a 1,500 m fix 100.1 m from the clinic on 2026-08-14: not precise."),
    _l("P20-07", PLACES, LO, "LOC-00000121", "warning", "Columbus OH: ad segment on 2026-08-13 from a fix with no accuracy recorded, 200.2 m from Harbor House Family Shelter (review)."),
    # P13: GLBA sharing with nonaffiliated third parties (mail-house dates: the day mailed is day 0)
    _l("P13-01", GLBA, SH, "SH-00000140", "violation", "Card holder mailed the initial notice with its opt-out form Mon 2026-06-15; shared with the travel-rewards partner Wed 2026-07-15, day 30: still inside the 30 days to opt out."),
    _l("P13-02", GLBA, SH, "SH-00000141", "pass", "Card holder mailed the notices Mon 2026-06-15; shared Thu 2026-07-16, day 31."),
    _l("P13-03", GLBA, SH, "SH-00000142", "violation", "Card holder mailed the initial notice 2026-05-01 and the separate opt-out notice only Fri 2026-07-10; shared Sat 2026-08-01, day 22 after it."),
    _l("P13-04", GLBA, SH, "SH-00000143", "warning", "Card holder sent the notices electronically 2026-06-01 and never acknowledged them; shared 2026-08-10 (review)."),
    _l("P13-05", GLBA, SH, "SH-00000144", "violation", "Card holder acknowledged the electronic notices Sat 2026-06-20; shared Mon 2026-07-20, day 30."),
    _l("P13-06", GLBA, SH, "SH-00000145", "pass", "Card holder acknowledged 2026-06-20; shared Tue 2026-07-21, day 31."),
    _l("P13-07", GLBA, SH, "SH-00000146", "violation", "Card holder with no GLBA notice on record shared with the partner 2026-07-22."),
    _l("P13-08", GLBA, SH, "SH-00000147", "pass", "Card holder with no notice shared under the joint-marketing exception (JOINT_MKTG) 2026-07-22: not judged."),
    _l("P13-09", GLBA, SH, "SH-00000148", "warning", "Customer whose card-holder flag is blank, no notice, shared 2026-07-22: judged as a financial customer, at most a warning (review)."),
    _l("P13-10", GLBA_OPT, SH, "SH-00000149", "pass", "Card holder opted out of sharing on the card line Mon 2026-07-06; shared Mon 2026-07-20, business day 10: in time."),
    _l("P13-11", GLBA_OPT, SH, "SH-00000150", "warning", "Card holder opted out Mon 2026-07-06; shared Tue 2026-07-21, business day 11 (the 10 business days are unconfirmed; review)."),
    # P14: GLBA annual notice (12 months after the last one). The FAST Act exception belongs to
    # the institution: it holds only while the card unit shares card holders' data with
    # nonaffiliated third parties under the exceptions alone and its notice does not change. The
    # notice changed on 2023-09-15; from 2026-02-17 the card unit shares card holders' data with
    # its travel-rewards partner outside the exceptions (SH-00000151..154, after opt-out notices).
    _l("P14-01", ANNUAL, CU, "NW09000310", "violation", "Card holder's last notice: the annual notice of 2025-07-10; none by Fri 2026-07-10, when the next was due; no FAST Act exception since the card unit shares card holders' data with a nonaffiliated partner outside the exceptions (from 2026-02-17)."),
    _l("P14-02", ANNUAL, CU, "NW09000311", "violation", "Card holder's only notice 2025-07-20, none by Mon 2026-07-20: no FAST Act exception (the card unit's sharing with its travel-rewards partner from 2026-02-17)."),
    _l("P14-03", ANNUAL, CU, "NW09000312", "violation", "Card holder's only notice 2025-08-03; her own data went to the nonaffiliated partner 2026-03-10; no notice by Mon 2026-08-03, when it was due."),
    _l("P14-04", ANNUAL, CU, "NW09000313", "pass", "Card holder's initial notice 2025-08-14; annual notice mailed Fri 2026-08-14, the day it was due."),
    _l("P14-05", ANNUAL, CU, "NW09000314", "violation", "Card holder's initial notice 2025-08-17; annual notice mailed Tue 2026-08-18, a day after it was due (2026-08-17)."),
    _l("P14-06", ANNUAL, CU, "NW09000315", "pass", "Card account closed 2026-06-30 before its notice fell due (2026-07-25): the relationship ended."),
    _l("P14-07", ANNUAL, CU, "NW09000305", "violation", "Card holder since 2026-04-20 with no privacy notice on file at all (the initial notice was due when the account opened)."),
    _l("P14-08", ANNUAL, CU, "NW09000306", "violation", "Card holder since 2026-04-20 with no privacy notice on file at all."),
    _l("P14-09", ANNUAL, CU, "NW09000307", "warning", "Customer since 2026-04-20 with no privacy notice on file, whose card-holder flag is blank: judged as a financial customer (review)."),
    _l("P14-10", ANNUAL, CU, "NW09000316", "pass", "Card holder's only notice 2024-10-20 (text 2023.2), none by Mon 2025-10-20: FAST Act exception, as the card unit shared card holders' data only under the exceptions until 2026 and its notice had not changed since.", Q4_25),
    _l("P14-11", ANNUAL, CU, "NW09000317", "violation", "Card holder's only notice 2024-10-15, on old stock of the 2021.1 text; none by Wed 2025-10-15: notices of the 2023.2 text went out since (from 2024-10-20), so the notice had changed and there is no FAST Act exception.", Q4_25),
    # P15: FCRA affiliate marketing (emails of the insurance campaign)
    _l("P15-01", FCRA, CO, "msg-0000000101", "violation", "Columbus OH recipient mailed the affiliate-marketing notice Mon 2026-06-15; insurance email Wed 2026-07-15 at 10:00 EDT local, day 30: inside the 30 days to opt out."),
    _l("P15-02", FCRA, CO, "msg-0000000102", "pass", "Recipient mailed the notice 2026-06-15; email Thu 2026-07-16 at 10:00 EDT local, day 31."),
    _l("P15-03", FCRA, CO, "msg-0000000103", "pass", "Recipient e-mailed the notice 2026-06-01 and never acknowledged it; email Mon 2026-07-20 at 10:00 EDT local: day 49 after the e-mail, and the FCRA rule also counts the 30 days from an e-mailed notice (unlike GLBA)."),
    _l("P15-04", FCRA, CO, "msg-0000000104", "violation", "Recipient never given the affiliate-marketing notice; email Mon 2026-07-20 at 10:05 EDT local."),
    _l("P15-05", FCRA_5Y, CO, "msg-0000000105", "violation", "Recipient opted out of affiliate marketing 2023-09-12; email Wed 2026-08-19 at 10:00 EDT local: the opt-out lasts at least 5 years (to 2028-09-12)."),
    _l("P15-06", FCRA_5Y, CO, "msg-0000000106", "warning", "Recipient opted out 2021-06-01, more than 5 years before the email of Wed 2026-08-19 at 10:05 EDT local (the notice may have promised longer; review)."),
    _l("P15-07", FCRA_5Y, CO, "msg-0000000107", "violation", "Recipient opted out 2021-08-19; email Wed 2026-08-19 at 10:10 EDT local, the 5th anniversary: still inside."),
    _l("P15-08", FCRA_5Y, CO, "msg-0000000108", "warning", "Recipient opted out 2021-08-18; email Wed 2026-08-19 at 10:15 EDT local, a day past 5 years (review)."),
    _l("P15-09", FCRA, CO, "msg-0000000109", "pass", "Email Wed 2026-08-19 at 10:20 EDT local in EM-2026-08-CROSS, whose affiliate-data flag is blank: not judged."),
    # P16: HIPAA marketing (pharmacy emails)
    _l("P16-01", HIPAA_AUTH, CO, "msg-0000000110", "pass", "Cincinnati OH patient's sponsored allergy email Tue 2026-08-11 at 14:00 EDT local under her authorization of 2026-05-04 (all channels), which states the sponsor's payment."),
    _l("P16-02", HIPAA_PAY, CO, "msg-0000000111", "violation", "Patient's sponsored email Tue 2026-08-11 at 14:00 EDT local: his authorization says nothing of the sponsor's payment."),
    _l("P16-03", HIPAA_PAY, CO, "msg-0000000112", "warning", "Patient's sponsored email Tue 2026-08-11 at 14:00 EDT local: the authorization's remuneration statement is not recorded (review)."),
    _l("P16-04", HIPAA_AUTH, CO, "msg-0000000113", "violation", "Patient's email Tue 2026-08-11 at 14:00 EDT local built from prescription data with no authorization."),
    _l("P16-05", HIPAA_AUTH, CO, "msg-0000000114", "violation", "Patient authorized text messages only; the email of Tue 2026-08-11 at 14:00 EDT local is not covered."),
    _l("P16-06", HIPAA_AUTH, CO, "msg-0000000115", "violation", "Patient's email Tue 2026-08-11 at 14:00 EDT local; the authorization was signed at 15:00 EDT that day, after it."),
    _l("P16-07", HIPAA_AUTH, CO, "msg-0000000116", "pass", "Patient's flu-shot email Tue 2026-09-15 at 10:00 EDT local offers a gift of nominal value: no authorization needed."),
    _l("P16-08", HIPAA_AUTH, CO, "msg-0000000117", "pass", "Patient's sunscreen email Tue 2026-08-11 at 14:05 EDT local: the campaign uses no prescription data."),
    # P17: sale of protected health information (pharmacy disclosures of 2026-08-18)
    _l("P17-01", HIPAA_SALE, SH, "RXD-000001", "violation", "Patient's prescriptions licensed for a fee to Meridian Pharma Insights with no authorization."),
    _l("P17-02", HIPAA_SALE, SH, "RXD-000002", "pass", "Patient's prescriptions licensed under her authorization of 2026-06-01, which states the payment."),
    _l("P17-03", HIPAA_SALE, SH, "RXD-000003", "pass", "Report to the state immunization registry for a fee: public health."),
    _l("P17-04", HIPAA_SALE, SH, "RXD-000004", "warning", "Paid disclosure to a university for research: allowed only at cost (unconfirmed; review)."),
    _l("P17-05", HIPAA_SALE, SH, "RXD-000005", "warning", "Disclosure to Meridian with the 'paid' column blank: not recorded whether a sale (review)."),
    _l("P17-06", HIPAA_SALE, SH, "RXD-000006", "violation", "Patient's prescriptions licensed for a fee; his authorization does not state the payment."),
    # P19: FTC notice of a notification event (500+ consumers)
    _l("P19-01", BREACH, IN, "SEC-2026-0101", "violation", "500 card holders' statements misdelivered, unencrypted, discovered Mon 2026-07-06; FTC notified Thu 2026-08-06, day 31."),
    _l("P19-02", BREACH, IN, "SEC-2026-0102", "pass", "500 consumers, unencrypted, discovered Mon 2026-07-13; FTC notified Wed 2026-08-12, day 30."),
    _l("P19-03", BREACH, IN, "SEC-2026-0103", "pass", "499 consumers: not a notification event."),
    _l("P19-04", BREACH, IN, "SEC-2026-0104", "violation", "1,250 consumers on an encrypted tape stolen with its key, discovered 2026-07-27; FTC never notified (due 2026-08-26)."),
    _l("P19-05", BREACH, IN, "SEC-2026-0105", "pass", "2,300 consumers on an encrypted laptop, key not taken: not a notification event."),
    _l("P19-06", BREACH, IN, "SEC-2026-0106", "warning", "800 consumers, discovered 2026-08-10, encryption not recorded, FTC never notified (due 2026-09-09; review)."),
    _l("P19-07", BREACH, IN, "SEC-2026-0107", "pass", "640 consumers, unencrypted, discovered 2026-09-20: the 30 days run to 2026-10-20, after the period."),
    # P7: the privacy policy (CCPA; CalOPPA)
    _l("P7-01", POLICY, NO, "NT-0000002", "violation", "Policy of 2024-11-20 not updated for 12 months: stale from 2025-11-21 until the update of 2025-12-01.", Q4_25),
    _l("P7-02", POLICY, NO, "NT-0000003", "pass", "Policy of 2025-12-01: complete and current.", Q4_25),
    _l("P7-03", POLICY, NO, "NT-0000004", "violation", "Policy of 2026-06-30 (in force to 2026-09-14) says nothing of how opt-out preference signals (GPC) are processed."),
    _l("P7-04", POLICY, NO, "NT-0000005", "pass", "Policy of 2026-09-15: every required disclosure (codes in mixed case and spacing, as the web team typed them)."),
    _l("P7-05", CALOPPA, NO, "NT-0000009", "violation", "CalOPPA page of 2026-06-30 omits the Do Not Track response."),
    _l("P7-06", CALOPPA, NO, "NT-0000010", "warning", "CalOPPA page of 2026-09-15 omits the review-and-change process, required 'if any' (review)."),
    # P27: practice against the policy
    _l("P27-01", DECEPTION, SH, "SH-00000160", "violation", "Dayton OH customer's list rented Wed 2025-11-05 while the policy of 2024-11-20 said 'we do not sell' and named no list renters.", Q4_25),
    _l("P27-02", DECEPTION, SH, "SH-00000161", "violation", "Los Angeles CA customer's list rented Wed 2025-11-05 under the same 'we do not sell' policy.", Q4_25),
    _l("P27-03", DECEPTION, SH, "SH-00000162", "violation", "Columbus OH customer's data sold to a data broker on 2026-08-20: the policy of 2026-06-30 names no data brokers."),
    _l("P27-04", DECEPTION, SH, "AU-0000060", "warning", "Ad-platform upload of 2026-08-20 carries the category loyalty_tier, which the policy never names (review)."),
    _l("P27-05", DECEPTION, SH, "SH-00000163", "violation", "Santa Monica CA customer's list rented Tue 2026-06-30 09:00 EDT, before the new policy went up at 10:00 EDT: the policy then in force said 'we do not sell'.", Q2_26),
    _l("P27-06", DECEPTION, SH, "SH-00000164", "pass", "Columbus OH customer's list rented Tue 2026-06-30 12:00 EDT, after the policy of 10:00 EDT named list rentals.", Q2_26),
    _l("P27-07", DECEPTION, SH, "SH-00000130", "pass", "List rental of 2026-07-06: the policy of 2026-06-30 names list renters and the categories shared."),
    # P28: training of staff in marketing roles (at the period's end, 2026-09-30)
    _l("P28-01", TRAINING, ST, "E09001", "pass", "Email marketing coordinator hired 2026-09-08 (a new hire, within 30 days), trained in privacy and do-not-call 2026-09-14."),
    _l("P28-02", TRAINING, ST, "E09002", "pass", "Marketing analyst: privacy and do-not-call 2026-02-10, security awareness 2025-09-30, exactly 12 months before the period's end."),
    _l("P28-03", TRAINING, ST, "E09003", "warning", "Telemarketing supervisor: security awareness last on 2025-09-29, 12 months and a day before the period's end (the 12 months are unconfirmed; review)."),
    _l("P28-04", TRAINING, ST, "E09004", "violation", "Telemarketer hired 2025-03-02, never trained."),
    _l("P28-05", TRAINING, ST, "E09005", "violation", "Customer service representative (a marketing role by title) hired 2024-11-04, never trained."),
    _l("P28-06", TRAINING, ST, "E09006", "pass", "Warehouse associate: not a marketing role."),
    _l("P28-07", TRAINING, ST, "E09007", "pass", "CRM specialist who left 2026-09-15: not on staff at the period's end."),
    _l("P28-08", TRAINING, ST, "E09008", "warning", "Digital marketing intern hired 2026-09-10, not yet trained: a reasonable time for a new hire, to follow up (review)."),
    _l("P28-09", TRAINING, ST, "E09009", "violation", "Data analyst hired 2026-08-30, 31 days before the period's end, never trained."),
    _l("P28-10", TRAINING, ST, "E09010", "warning", "Campaign coordinator hired 2026-08-31, 30 days before the period's end, not yet trained (review)."),
    _l("P28-11", TRAINING, ST, "E09011", "violation", "Store associate HR marks as handling customer data, never trained."),
    _l("P28-12", TRAINING, ST, "E09012", "pass", "Pharmacist HR marks as not handling marketing or customer data."),
    _l("P28-13", TRAINING, ST, "E09013", "pass", "Marketing manager whom HR marks as not handling customer data: HR's flag decides (a data-quality question, not judged)."),
    _l("P28-14", TRAINING, ST, "E09014", "violation", "Call center agent trained in privacy and do-not-call 2026-03-01 but never in security."),
)
# fmt: on
