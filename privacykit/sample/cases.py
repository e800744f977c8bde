# ruff: noqa: E501 -- literal tables: one record per line reads and diffs best.
"""The planted cases of the sample company: literal records and the verdicts they must get.

Every date and time below is written by hand, as the exporting system writes it (the dialer in
naive America/Chicago wall time, the email platform in UTC with ``Z``, the SMS platform in UTC),
next to the called or emailed party's local wall time. Nothing here is computed: holidays,
business days, month arithmetic and time-zone offsets were worked out by hand, so that the
labels are an independent answer key for the kit's checks rather than a copy of their logic.
Worked facts used below (2026 unless a year is given): US daylight time 03-08 to 11-01 (EDT
UTC-4, CDT UTC-5, MDT UTC-6, PDT UTC-7); Arizona MST UTC-7 all year; Hawaii HST UTC-10;
US federal holidays 07-03 (Independence Day observed), 09-07 (Labor Day); Canadian federal
holidays 07-01 (Canada Day), 09-07 (Labour Day), 09-30 (National Day for Truth and
Reconciliation, also 2025-09-30); 2026-08-28 and 2025-03-07 are Fridays.

The company's audit configuration is stricter than the law in two places (company.yaml):
calls may start at 09:00, and company do-not-call requests are honored within 5 business
days. Labels give the verdict under that configuration and say where the law alone differs.

Phone numbers 555-0190..0198 of each area code belong to planted cases only (bulk customers use
0100..0189), and planted emails are at example.org, so every label points at one record.
"""

from __future__ import annotations

from dataclasses import dataclass

NY, CHI, DEN, PHX, LA, HNL, DET = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "Pacific/Honolulu",
    "America/Detroit",
)
TOR, VAN = "America/Toronto", "America/Vancouver"


@dataclass(frozen=True)
class Person:
    """A planted customer exactly as the CRM exports it (raw text, messy on purpose)."""

    customer_id: str
    first: str
    last: str
    dob: str
    phone: str
    line: str  # the CRM's PHONE TYPE: MOBILE, LANDLINE or blank
    email: str
    street: str
    city: str
    state: str
    zip: str
    country: str = "USA"
    created: str = "03/02/2023 10:15"
    source: str = "web"


@dataclass(frozen=True)
class Contact:
    """A planted outbound contact as its system writes it, with the party's local time.

    ``system`` is dialer (CALL_START naive America/Chicago), esp (UTC ``Z``) or sms (UTC).
    ``purpose`` and ``mode`` are the system's own codes, mapped by mapping.yaml.
    """

    system: str
    contact_id: str
    customer_id: str
    to: str
    at: str
    local: str  # the called, texted or emailed party's wall time (empty for broken rows)
    zone: str
    campaign: str
    purpose: str = "SALES"
    mode: str = "MAN"
    media: str = "VOICE"


@dataclass(frozen=True)
class OptOut:
    """A planted opt-out or do-not-call request as its system writes it."""

    system: str  # crm (naive company time), esp (UTC Z), dialer (naive America/Chicago)
    optout_id: str
    customer_id: str
    address: str
    at: str
    local: str  # the company's wall time of receipt (America/New_York) unless zone says else
    zone: str = NY
    entered: str = ""  # when the dialer's agent keyed it in


@dataclass(frozen=True)
class Consent:
    """A planted consent record as the preference centre exports it (ISO with offset)."""

    consent_id: str
    customer_id: str
    channel: str  # EMAIL, PHONE, TEXT, FAX, PUSH, LOCATION
    kind: str  # PEWC, EXPRESS, DNC_PERMISSION, ... (VERBAL_OK is unknown on purpose)
    address: str
    granted: str
    evidence: str = ""


@dataclass(frozen=True)
class Registration:
    """A number on a do-not-call list, in the list's own format."""

    registry: str  # national, internal
    phone: str
    registered: str


@dataclass(frozen=True)
class Order:
    """A purchase as the order system writes it (UTC; stored as a Parquet timestamp)."""

    transaction_id: str
    customer_id: str
    at: str
    amount: float


@dataclass(frozen=True)
class Inquiry:
    """An inquiry or application, as the web form system writes it (ISO with offset)."""

    inquiry_id: str
    customer_id: str
    at: str


@dataclass(frozen=True)
class Label:
    """One row of labels.csv; ``effects`` say what the loader itself must report for DQ rows.

    Effects: ``quarantined`` (row set aside; the generator adds file and row to ``why``),
    ``unreadable:<column>`` (value nulled with a note), ``dangling`` (customer id matches no
    customer), ``same_person`` (records merged as one person), ``shared_phone`` (one number,
    different people).
    """

    case_id: str
    check: str
    rule: str
    table: str
    record_id: str
    expected: str
    why: str
    effects: tuple[str, ...] = ()


# fmt: off
# The literal tables read best one record per line.
PEOPLE: tuple[Person, ...] = (
    # T1 federal hours
    Person("NW09000001", "Dana", "Whitfield", "4/17/1975", "(614) 555-0190", "LANDLINE", "dana.whitfield@example.org", "410 Oak Ridge Rd", "Columbus", "OH", "43215"),
    Person("NW09000002", "Héctor", "Valdés", "19680923", "+1 602-555-0190", "MOBILE", "hector.valdes@example.org", "2215 E Camelback Rd", "Phoenix", "Arizona", "85016", "US"),
    Person("NW09000003", "Leilani", "Kahale", "08/30/1990", "808.555.0190", "MOBILE", "leilani.kahale@example.org", "1450 Ala Moana Blvd", "Honolulu", "hi", "96814"),
    Person("NW09000004", "Priya", "Raman", "1/9/1988", "(212) 555-0190", "MOBILE", "priya.raman@example.org", "300 S Grand Ave", "Los Angeles", "CA", "90071", "United States"),
    # T2 state overlays
    Person("NW09000005", "José", "Núñez", "7/4/1985", "(305) 555-0190", "MOBILE", "jose.nunez@example.org", "1200 Brickell Ave", "Miami", "fl", "33131"),
    Person("NW09000006", "Wade", "Holloway", "11/02/1979", "1-214-555-0190", "LANDLINE", "wade.holloway@example.org", "2100 Ross Ave", "Dallas", "Texas", "75201", "US"),
    # T4 national DNC
    Person("NW09000007", "Grace", "Okafor", "19820315", "973.555.0190", "MOBILE", "grace.okafor@example.org", "1 Gateway Ctr", "Newark", "NJ", "07102"),
    Person("NW09000008", "Marek", "Nowak", "5/21/1971", "(313) 555-0190", "LANDLINE", "marek.nowak@example.org", "600 Woodward Ave", "Detroit", "MICHIGAN", "48226"),
    Person("NW09000009", "Ingrid", "Sørensen", "02/14/1966", "+1 414-555-0190", "LANDLINE", "ingrid.sorensen@example.org", "700 N Water St", "Milwaukee", "WI", "53202", "US"),
    Person("NW09000010", "Colleen", "O'Brien", "19770628", "(716) 555-0190", "MOBILE", "colleen.obrien@example.org", "50 Fountain Plz", "Buffalo", "NY", "14202"),
    Person("NW09000011", "Andre", "Baptiste", "9/3/1993", "312.555.0190", "MOBILE", "andre.baptiste@example.org", "233 S Wacker Dr", "Chicago", "Illinois", "60606"),
    # T6 company DNC requests
    Person("NW09000012", "Keisha", "Marshall", "12/12/1984", "(404) 555-0190", "MOBILE", "keisha.marshall@example.org", "55 Trinity Ave SW", "Atlanta", "GA", "30303"),
    Person("NW09000013", "Luis", "Ortega", "19900105", "770-555-0190", "MOBILE", "luis.ortega@example.org", "101 Church St", "Marietta", "ga", "30060"),
    Person("NW09000014", "Brenda", "Kowalski", "3/30/1958", "(937) 555-0190", "LANDLINE", "brenda.kowalski@example.org", "101 W Third St", "Dayton", "Ohio", "45402"),
    Person("NW09000015", "Gary", "Lindqvist", "06/06/1961", "1-740-555-0190", "LANDLINE", "gary.lindqvist@example.org", "401 Main St", "Zanesville", "OH", "43701", "US"),
    # T8 established business relationship
    Person("NW09000016", "Shannon", "Pruitt", "10/19/1972", "(919) 555-0190", "MOBILE", "shannon.pruitt@example.org", "333 Fayetteville St", "Raleigh", "NC", "27601"),
    Person("NW09000017", "Raymond", "Achebe", "19860411", "804.555.0190", "LANDLINE", "raymond.achebe@example.org", "900 E Broad St", "Richmond", "Virginia", "23219"),
    Person("NW09000018", "Mei", "Tanaka", "8/8/1980", "(803) 555-0190", "MOBILE", "mei.tanaka@example.org", "1201 Main St", "Columbia", "SC", "29201"),
    # T9 prior express written consent
    Person("NW09000019", "Ezra", "Goldberg", "01/25/1995", "+1 206-555-0190", "MOBILE", "ezra.goldberg@example.org", "400 Pine St", "Seattle", "WA", "98101", "US"),
    Person("NW09000020", "Hannah", "Lindgren", "19890717", "(425) 555-0190", "MOBILE", "hannah.lindgren@example.org", "10500 NE 8th St", "Bellevue", "Washington", "98004"),
    Person("NW09000021", "Owen", "Fairchild", "4/4/1983", "503.555.0190", "MOBILE", "owen.fairchild@example.org", "1120 SW 5th Ave", "Portland", "OR", "97204"),
    Person("NW09000022", "Sofía", "Castillo", "10/10/1991", "(619) 555-0190", "MOBILE", "sofia.castillo@example.org", "1600 Pacific Hwy", "San Diego", "california", "92101"),
    Person("NW09000023", "Tyrone", "Banks", "19740302", "216-555-0190", "MOBILE", "tyrone.banks@example.org", "1300 E 9th St", "Cleveland", "OH", "44114"),
    Person("NW09000024", "Abigail", "Stroud", "7/15/1997", "(513) 555-0190", "MOBILE", "abigail.stroud@example.org", "801 Plum St", "Cincinnati", "OH", "45202"),
    # E1 email opt-outs (US)
    Person("NW09000025", "Nathan", "Pierce", "03/03/1981", "(617) 555-0190", "MOBILE", "nathan.pierce@example.org", "1 City Hall Sq", "Boston", "MA", "02201"),
    Person("NW09000026", "Chloé", "Bernard", "19920830", "203.555.0190", "MOBILE", "chloe.bernard@example.org", "165 Church St", "New Haven", "Connecticut", "06510"),
    Person("NW09000027", "Marcus", "Reyes", "12/1/1987", "(303) 555-0190", "MOBILE", "marcus.reyes@example.org", "1437 Bannock St", "Denver", "CO", "80202"),
    # E12 CASL consent (Canada)
    Person("NW09000028", "Amélie", "Tremblay", "19940214", "+1 514-555-0190", "MOBILE", "amelie.tremblay@example.org", "275 Rue Notre-Dame Est", "Montréal", "QC", "H2Y 1C6", "Canada"),
    Person("NW09000029", "Liam", "MacDonald", "6/18/1979", "(416) 555-0190", "MOBILE", "liam.macdonald@example.org", "100 Queen St W", "Toronto", "Ontario", "M5H 2N2", "CA"),
    Person("NW09000030", "Olivia", "Chen", "09/09/1990", "604.555.0190", "MOBILE", "olivia.chen@example.org", "453 W 12th Ave", "Vancouver", "BC", "V5Y 1V4", "Canada"),
    Person("NW09000031", "Noah", "Gagnon", "19850101", "(613) 555-0190", "LANDLINE", "noah.gagnon@example.org", "110 Laurier Ave W", "Ottawa", "on", "K1P 1J1", "CAN"),
    Person("NW09000032", "Émile", "Roy", "2/29/1996", "647-555-0190", "MOBILE", "emile.roy@example.org", "55 John St", "Toronto", "ON", "M5V 3C6", "Canada"),
    # E13 CASL unsubscribe (Canada)
    Person("NW09000033", "Sarah", "Wilson", "11/11/1982", "(437) 555-0190", "MOBILE", "sarah.wilson@example.org", "1 Yonge St", "Toronto", "ON", "M5E 1E5", "Canada"),
    Person("NW09000034", "Jasmine", "Singh", "19880505", "+1 778-555-0190", "MOBILE", "jasmine.singh@example.org", "800 Robson St", "Vancouver", "British Columbia", "V6Z 3B7", "Canada"),
    Person("NW09000035", "Mathieu", "Côté", "7/7/1977", "905.555.0190", "MOBILE", "mathieu.cote@example.org", "300 City Centre Dr", "Mississauga", "ON", "L5B 3C1", "CA", "09/15/2024 14:00"),
    # DQ: data quality (bad date, bad phone, unknown state, duplicates, quoting, messy email)
    Person("NW09000040", "Bethany", "Coyle", "02/30/1988", "(502) 555-0190", "MOBILE", "bethany.coyle@example.org", "527 W Jefferson St", "Louisville", "KY", "40202"),
    Person("NW09000041", "Darnell", "Hughes", "5/5/1990", "12", "", "darnell.hughes@example.org", "100 N Holliday St", "Baltimore", "MD", "21202"),
    Person("NW09000042", "Yolanda", "Pratt", "19791231", "(505) 555-0191", "LANDLINE", "yolanda.pratt@example.org", "1 Coral Way", "Poseidonis", "Atlantis", "00000", "USA", "09/29/2026 16:05"),
    Person("NW09000043", "Quinn", "Albright", "8/21/1969", "(330) 555-0190", "LANDLINE", "quinn.albright@example.org", "1 S Main St", "Akron", "OH", "44308"),
    Person("NW09000044", "Marisol", "Quintero", "3/22/1979", "(505) 555-0192", "MOBILE", "marisol.quintero@example.org", "400 Marquette Ave NW", "Albuquerque", "NM", "87102"),
    Person("NW09000045", "Marisol", "Quintero", "19790322", "505.555.0192", "MOBILE", "mquintero@example.net", "400 Marquette Ave NW", "Albuquerque", "New Mexico", "87102", "US", "06/11/2025 13:40", "store"),
    Person("NW09000046", "Aiyana", "Whitehorse", "6/2/1984", "(505) 555-0193", "LANDLINE", "aiyana.whitehorse@example.org", "2500 Central Ave SE", "Albuquerque", "NM", "87106"),
    Person("NW09000047", "Tomas", "Whitehorse", "11/19/1982", "505-555-0193", "LANDLINE", "tomas.whitehorse@example.org", "2500 Central Ave SE", "Albuquerque", "NM", "87106"),
    Person("NW09000048", "Frank", "DeLuca", "19600916", "(609) 555-0190", "LANDLINE", "frank.deluca@example.org", "12 Elm St; Apt 4", "Trenton", "NJ", "08608"),
    Person("NW09000049", "Renée", "Dubois", "10/31/1986", "(504) 555-0190", "MOBILE", "  Renee.Dubois@Example.NET ", "701 Loyola Ave", "New Orleans", "LA", "70113"),
)

# Dialer CALL_START is naive America/Chicago (CDT, UTC-5, from 2025-03-09 and in 2026's summer).
CONTACTS: tuple[Contact, ...] = (
    # T1: Columbus OH (Eastern), on different days so no 24-hour cap is touched
    Contact("dialer", "7000000001", "NW09000001", "6145550190", "07/14/2026 19:59:59", "2026-07-14 20:59:59", NY, "TM-2026-07"),
    Contact("dialer", "7000000002", "NW09000001", "6145550190", "07/15/2026 20:00:00", "2026-07-15 21:00:00", NY, "TM-2026-07"),
    Contact("dialer", "7000000003", "NW09000001", "6145550190", "07/16/2026 20:00:01", "2026-07-16 21:00:01", NY, "TM-2026-07"),
    Contact("dialer", "7000000004", "NW09000001", "6145550190", "07/17/2026 06:59:59", "2026-07-17 07:59:59", NY, "TM-2026-07"),
    Contact("dialer", "7000000005", "NW09000001", "6145550190", "07/20/2026 07:59:59", "2026-07-20 08:59:59", NY, "TM-2026-07"),
    Contact("dialer", "7000000006", "NW09000001", "6145550190", "07/21/2026 08:00:00", "2026-07-21 09:00:00", NY, "TM-2026-07"),
    Contact("dialer", "7000000007", "NW09000002", "6025550190", "07/14/2026 20:30:00", "2026-07-14 18:30:00", PHX, "TM-2026-07"),
    Contact("dialer", "7000000043", "NW09000002", "6025550190", "07/15/2026 22:30:00", "2026-07-15 20:30:00", PHX, "TM-2026-07"),
    Contact("dialer", "7000000008", "NW09000003", "8085550190", "07/22/2026 12:30:00", "2026-07-22 07:30:00", HNL, "TM-2026-07"),
    Contact("dialer", "7000000009", "NW09000003", "8085550190", "07/24/2026 01:30:00", "2026-07-23 20:30:00", HNL, "TM-2026-07"),
    Contact("dialer", "7000000010", "NW09000004", "2125550190", "07/29/2026 09:30:00", "2026-07-29 07:30:00", LA, "TM-2026-07"),
    # T2: Miami FL (Eastern) and Dallas TX (Central)
    Contact("dialer", "7000000011", "NW09000005", "3055550190", "07/20/2026 18:59:00", "2026-07-20 19:59:00", NY, "TM-2026-07"),
    Contact("dialer", "7000000012", "NW09000005", "3055550190", "07/21/2026 19:00:00", "2026-07-21 20:00:00", NY, "TM-2026-07"),
    Contact("dialer", "7000000013", "NW09000005", "3055550190", "07/22/2026 19:00:01", "2026-07-22 20:00:01", NY, "TM-2026-07"),
    Contact("dialer", "7000000014", "NW09000005", "3055550190", "07/23/2026 19:30:00", "2026-07-23 20:30:00", NY, "TM-2026-07"),
    Contact("dialer", "7000000015", "NW09000006", "2145550190", "08/16/2026 11:30:00", "2026-08-16 11:30:00", CHI, "TM-2026-08"),
    Contact("dialer", "7000000016", "NW09000006", "2145550190", "08/23/2026 12:00:00", "2026-08-23 12:00:00", CHI, "TM-2026-08"),
    Contact("dialer", "7000000017", "NW09000006", "2145550190", "08/15/2026 09:30:00", "2026-08-15 09:30:00", CHI, "TM-2026-08"),
    Contact("dialer", "7000000018", "NW09000006", "2145550190", "08/30/2026 11:59:59", "2026-08-30 11:59:59", CHI, "TM-2026-08"),
    # T4: national registry
    Contact("dialer", "7000000019", "NW09000007", "9735550190", "07/21/2026 12:00:00", "2026-07-21 13:00:00", NY, "TM-2026-07"),
    Contact("dialer", "7000000020", "NW09000008", "3135550190", "08/12/2026 12:00:00", "2026-08-12 13:00:00", DET, "TM-2026-08"),
    Contact("dialer", "7000000021", "NW09000009", "4145550190", "07/23/2026 12:00:00", "2026-07-23 12:00:00", CHI, "TM-2026-07"),
    Contact("dialer", "7000000022", "NW09000010", "7165550190", "08/18/2026 12:00:00", "2026-08-18 13:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000023", "NW09000011", "3125550190", "09/11/2026 12:00:00", "2026-09-11 12:00:00", CHI, "TM-2026-09"),
    # T6: company do-not-call requests
    Contact("dialer", "7000000024", "NW09000012", "4045550190", "09/14/2026 10:00:00", "2026-09-14 11:00:00", NY, "TM-2026-09"),
    Contact("dialer", "7000000025", "NW09000012", "4045550190", "09/15/2026 10:00:00", "2026-09-15 11:00:00", NY, "TM-2026-09"),
    Contact("dialer", "7000000026", "NW09000013", "7705550190", "09/03/2026 10:00:00", "2026-09-03 11:00:00", NY, "TM-2026-09"),
    Contact("dialer", "7000000027", "NW09000013", "7705550190", "09/09/2026 10:00:00", "2026-09-09 11:00:00", NY, "TM-2026-09"),
    Contact("dialer", "7000000028", "NW09000013", "7705550190", "09/10/2026 10:00:00", "2026-09-10 11:00:00", NY, "TM-2026-09"),
    Contact("dialer", "7000000029", "NW09000014", "9375550190", "04/08/2025 12:00:00", "2025-04-08 13:00:00", NY, "TM-2025-04"),
    Contact("dialer", "7000000030", "NW09000015", "7405550190", "04/10/2025 12:00:00", "2025-04-10 13:00:00", NY, "TM-2025-04"),
    # T8: business relationships
    Contact("dialer", "7000000031", "NW09000016", "9195550190", "08/28/2026 10:00:00", "2026-08-28 11:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000032", "NW09000016", "9195550190", "08/29/2026 10:00:00", "2026-08-29 11:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000033", "NW09000017", "8045550190", "08/19/2026 13:00:00", "2026-08-19 14:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000034", "NW09000017", "8045550190", "08/21/2026 13:00:00", "2026-08-21 14:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000035", "NW09000018", "8035550190", "08/25/2026 14:00:00", "2026-08-25 15:00:00", NY, "TM-2026-08"),
    # T9: dialer type and purpose
    Contact("dialer", "7000000036", "NW09000019", "2065550190", "07/28/2026 16:00:00", "2026-07-28 14:00:00", LA, "TM-2026-07", mode="AUTO"),
    Contact("dialer", "7000000037", "NW09000020", "4255550190", "07/28/2026 16:30:00", "2026-07-28 14:30:00", LA, "TM-2026-07", mode="AUTO"),
    Contact("dialer", "7000000038", "NW09000021", "5035550190", "08/06/2026 13:00:00", "2026-08-06 11:00:00", LA, "SVC-ORDERS", purpose="SERVICE", mode="PRV"),
    Contact("dialer", "7000000039", "NW09000022", "6195550190", "08/11/2026 14:00:00", "2026-08-11 12:00:00", LA, "TM-2026-08"),
    Contact("sms", "sms-000000001", "NW09000023", "12165550190", "2026-07-22T17:00:00Z", "2026-07-22 13:00:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000002", "NW09000024", "15135550190", "2026-07-22T17:30:00Z", "2026-07-22 13:30:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000003", "NW09000023", "12165550190", "2026-07-24T14:00:00Z", "2026-07-24 10:00:00", NY, "SVC-ORDERS", "INFO", "agent_1to1"),
    # E1: email opt-outs (US business days)
    Contact("esp", "msg-0000000001", "NW09000025", "nathan.pierce@example.org", "2026-09-02T14:00:00Z", "2026-09-02 10:00:00", NY, "EM-2026-09-A", "promotional"),
    Contact("esp", "msg-0000000002", "NW09000025", "nathan.pierce@example.org", "2026-09-14T14:00:00Z", "2026-09-14 10:00:00", NY, "EM-2026-09-A", "promotional"),
    Contact("esp", "msg-0000000003", "NW09000025", "nathan.pierce@example.org", "2026-09-15T14:00:00Z", "2026-09-15 10:00:00", NY, "EM-2026-09-B", "promotional"),
    Contact("esp", "msg-0000000004", "NW09000026", "chloe.bernard@example.org", "2026-08-24T15:00:00Z", "2026-08-24 11:00:00", NY, "EM-2026-08-B", "promotional"),
    Contact("esp", "msg-0000000005", "NW09000027", "marcus.reyes@example.org", "2026-07-15T16:00:00Z", "2026-07-15 10:00:00", DEN, "EM-2026-07-A", "promotional"),
    Contact("esp", "msg-0000000006", "NW09000027", "marcus.reyes@example.org", "2026-08-05T16:00:00Z", "2026-08-05 10:00:00", DEN, "EM-2026-08-A", "promotional"),
    # E12: CASL consent
    Contact("esp", "msg-0000000007", "NW09000028", "amelie.tremblay@example.org", "2026-07-15T15:00:00Z", "2026-07-15 11:00:00", TOR, "EM-2026-07-A", "promotional"),
    Contact("esp", "msg-0000000008", "NW09000029", "liam.macdonald@example.org", "2026-08-10T15:00:00Z", "2026-08-10 11:00:00", TOR, "EM-2026-08-A", "promotional"),
    Contact("esp", "msg-0000000009", "NW09000030", "olivia.chen@example.org", "2026-07-15T18:00:00Z", "2026-07-15 11:00:00", VAN, "EM-2026-07-A", "promotional"),
    Contact("esp", "msg-0000000010", "NW09000031", "noah.gagnon@example.org", "2026-08-10T15:00:00Z", "2026-08-10 11:00:00", TOR, "EM-2026-08-A", "promotional"),
    Contact("esp", "msg-0000000011", "NW09000032", "emile.roy@example.org", "2026-07-20T15:00:00Z", "2026-07-20 11:00:00", TOR, "EM-2026-07-B", "promotional"),
    # E13: CASL unsubscribe (Canadian business days)
    Contact("esp", "msg-0000000012", "NW09000033", "sarah.wilson@example.org", "2026-07-03T15:00:00Z", "2026-07-03 11:00:00", TOR, "EM-2026-07-A", "promotional"),
    Contact("esp", "msg-0000000013", "NW09000033", "sarah.wilson@example.org", "2026-07-06T15:00:00Z", "2026-07-06 11:00:00", TOR, "EM-2026-07-A", "promotional"),
    Contact("esp", "msg-0000000014", "NW09000034", "jasmine.singh@example.org", "2026-09-29T18:00:00Z", "2026-09-29 11:00:00", VAN, "EM-2026-09-B", "promotional"),
    Contact("esp", "msg-0000000015", "NW09000034", "jasmine.singh@example.org", "2026-09-30T18:00:00Z", "2026-09-30 11:00:00", VAN, "EM-2026-09-B", "promotional"),
    Contact("esp", "msg-0000000016", "NW09000035", "mathieu.cote@example.org", "2025-10-01T15:00:00Z", "2025-10-01 11:00:00", TOR, "EM-2025-10-A", "promotional"),
    Contact("esp", "msg-0000000017", "NW09000035", "mathieu.cote@example.org", "2025-10-02T15:00:00Z", "2025-10-02 11:00:00", TOR, "EM-2025-10-A", "promotional"),
    # DQ rows and compliant extras (a fax with permission and a purchase)
    Contact("dialer", "7000000040", "NW09000043", "", "", "", "", "TM-2026-08"),
    Contact("esp", "msg-0000000018", "NW09000043", "quinn.albright@example.org", "2026-09-31T14:00:00Z", "", "", "EM-2026-09-A", "promotional"),
    Contact("dialer", "7000000041", "NW08999999", "3125550192", "07/30/2026 11:00:00", "2026-07-30 11:00:00", CHI, "TM-2026-07"),
    Contact("sms", "sms-000000004", "NW09000049", "15045550190", "2026-08-04T15:00:00Z", "2026-08-04 10:00:00", CHI, "SVC-ORDERS", "INFO", "unknown_mode"),
    Contact("dialer", "7000000042", "NW09000048", "6095550194", "08/04/2026 10:00:00", "2026-08-04 11:00:00", NY, "FX-B2B-2026", media="FAX"),
)

OPTOUTS: tuple[OptOut, ...] = (
    OptOut("dialer", "DNC-000001", "NW09000012", "4045550190", "08/28/2026 14:10:00", "2026-08-28 15:10:00", entered="08/31/2026 09:02:00"),
    OptOut("dialer", "DNC-000002", "NW09000013", "7705550190", "09/01/2026 10:30:00", "2026-09-01 11:30:00", entered="09/01/2026 10:31:00"),
    OptOut("dialer", "DNC-000003", "NW09000014", "9375550190", "03/07/2025 09:45:00", "2025-03-07 10:45:00", entered="03/10/2025 08:15:00"),
    OptOut("dialer", "DNC-000004", "NW09000015", "7405550190", "03/14/2025 09:45:00", "2025-03-14 10:45:00", entered="03/14/2025 09:46:00"),
    OptOut("dialer", "DNC-000005", "NW09000018", "8035550190", "07/06/2026 10:05:00", "2026-07-06 11:05:00", entered="07/07/2026 08:30:00"),
    OptOut("esp", "uns-00000001", "", "nathan.pierce@example.org", "2026-08-28T19:42:10Z", "2026-08-28 15:42:10"),
    OptOut("crm", "", "NW09000026", "chloe.bernard@example.org", "08/03/2026 16:30", "2026-08-03 16:30:00"),
    OptOut("esp", "uns-00000002", "", "chloe.bernard@example.org", "2026-08-20T13:05:00Z", "2026-08-20 09:05:00"),
    OptOut("esp", "uns-00000003", "", "marcus.reyes@example.org", "2026-05-11T16:20:00Z", "2026-05-11 10:20:00", DEN),
    OptOut("esp", "uns-00000004", "", "sarah.wilson@example.org", "2026-06-18T15:30:00Z", "2026-06-18 11:30:00", TOR),
    OptOut("esp", "uns-00000005", "", "jasmine.singh@example.org", "2026-09-15T17:00:00Z", "2026-09-15 10:00:00", VAN),
    OptOut("esp", "uns-00000006", "", "mathieu.cote@example.org", "2025-09-16T15:00:00Z", "2025-09-16 11:00:00", TOR),
    OptOut("esp", "uns-00000007", "", "quinn.albright@example.org", "0000-00-00T00:00:00Z", ""),
)

CONSENTS: tuple[Consent, ...] = (
    Consent("PH-000000001", "NW09000009", "PHONE", "DNC_PERMISSION", "+14145550190", "2026-05-10T10:00:00-05:00", "signed-form-2026-0510"),
    Consent("PH-000000002", "NW09000020", "PHONE", "PEWC", "+14255550190", "2026-03-02T09:12:00-08:00", "webform-v7#A1F3"),
    Consent("PH-000000003", "NW09000024", "TEXT", "PEWC", "+15135550190", "2026-04-11T12:00:00-04:00", "webform-v7#B220"),
    Consent("PH-000000004", "NW09000027", "EMAIL", "EXPRESS", "marcus.reyes@example.org", "2026-07-20T08:05:00-06:00", "pref-centre#5512"),
    Consent("PH-000000005", "NW09000028", "EMAIL", "EXPRESS", "amelie.tremblay@example.org", "2025-11-03T14:00:00-05:00", "webform-ca-v2#77"),
    Consent("PH-000000006", "NW09000033", "EMAIL", "EXPRESS", "sarah.wilson@example.org", "2025-04-02T12:00:00-04:00", "webform-ca-v2#81"),
    Consent("PH-000000007", "NW09000034", "EMAIL", "EXPRESS", "jasmine.singh@example.org", "2025-05-20T10:00:00-07:00", "webform-ca-v2#90"),
    Consent("PH-000000008", "NW09000035", "EMAIL", "EXPRESS", "mathieu.cote@example.org", "2024-10-01T12:00:00-04:00", "webform-ca-v1#12"),
    Consent("PH-000000009", "NW09000048", "FAX", "EXPRESS", "+16095550194", "2025-01-10T11:00:00-05:00", "fax-permission-2025-01"),
    Consent("PH-000000010", "NW09000043", "PHONE", "VERBAL_OK", "+13305550190", "2026-06-01T12:00:00-04:00", "call-note"),
    Consent("PH-000000011", "NW09000024", "PUSH", "EXPRESS", "dev-0001", "2026-04-11T12:05:00-04:00", "app-optin"),
    Consent("PH-000000012", "NW09000024", "LOCATION", "EXPRESS", "dev-0001", "2026-04-11T12:05:00-04:00", "app-optin"),
)

REGISTRATIONS: tuple[Registration, ...] = (
    Registration("national", "9735550190", "2026-06-01"),
    Registration("national", "3135550190", "2026-07-12"),
    Registration("national", "4145550190", "2021-03-15"),
    Registration("national", "7165550190", "2024-11-02"),
    Registration("national", "3125550190", "2026-09-01"),
    Registration("national", "9195550190", "2023-05-10"),
    Registration("national", "8045550190", "2024-02-14"),
    Registration("national", "8035550190", "2022-09-01"),
    # The company's own list, as the dialer team keyed requests in (after receipt)
    Registration("internal", "404-555-0190", "2026-08-31"),
    Registration("internal", "770-555-0190", "2026-09-01"),
    Registration("internal", "937-555-0190", "2025-03-10"),
    Registration("internal", "740-555-0190", "2025-03-14"),
    Registration("internal", "803-555-0190", "2026-07-07"),
)

ORDERS: tuple[Order, ...] = (
    Order("ORD-0000001", "NW09000016", "2025-02-28T19:30:00Z", 89.95),
    Order("ORD-0000002", "NW09000010", "2025-03-18T17:45:00Z", 149.00),
    Order("ORD-0000003", "NW09000018", "2026-05-02T16:00:00Z", 42.50),
    Order("ORD-0000004", "NW09000029", "2024-09-10T16:20:00Z", 220.00),
    Order("ORD-0000005", "NW09000030", "2024-07-14T21:20:00Z", 64.99),
    Order("ORD-0000006", "NW09000048", "2026-06-15T15:00:00Z", 310.40),
    Order("ORD-0000007", "", "2026-08-09T18:00:00Z", 25.00),
    Order("ORD-0000008", "NW09000042", "2026-09-29T20:30:00Z", 58.20),  # unlabelled: keeps the table current
)

INQUIRIES: tuple[Inquiry, ...] = (
    Inquiry("INQ-000001", "NW09000017", "2026-05-20T10:15:00-04:00"),
    Inquiry("INQ-000002", "NW09000031", "2026-02-20T11:00:00-05:00"),
    Inquiry("INQ-000003", "NW09000032", "2026-01-05T11:00:00-05:00"),
    Inquiry("INQ-000004", "NW09000042", "2026-09-29T16:30:00-04:00"),  # unlabelled: keeps the table current
)

C, ST = "contacts", "customers"
HOURS, STATE_HOURS, NDNC, CDNC = "TCPA-CALL-HOURS", "STATE-CALL-HOURS", "TCPA-NATIONAL-DNC", "TCPA-COMPANY-DNC"
EBR, PEWC, CANSPAM = "TCPA-EBR", "TCPA-PEWC", "CANSPAM-OPTOUT-HONOR"
CASL_C, CASL_EBR, CASL_U = "CASL-CONSENT", "CASL-IMPLIED-EBR", "CASL-UNSUBSCRIBE"

LABELS: tuple[Label, ...] = (
    Label("T1-01", "T1", HOURS, C, "7000000001", "pass", "Columbus OH (614) number called Tue 2026-07-14 at 20:59:59 EDT local: one second before 21:00."),
    Label("T1-02", "T1", HOURS, C, "7000000002", "warning", "Columbus OH number called Wed 2026-07-15 at exactly 21:00:00 EDT local: 'after 9 p.m.' may or may not include 21:00:00 (boundary reading)."),
    Label("T1-03", "T1", HOURS, C, "7000000003", "violation", "Columbus OH number called Thu 2026-07-16 at 21:00:01 EDT local: after 21:00 under every reading."),
    Label("T1-04", "T1", HOURS, C, "7000000004", "violation", "Columbus OH number called Fri 2026-07-17 at 07:59:59 EDT local: before 08:00."),
    Label("T1-05", "T1", HOURS, C, "7000000005", "violation", "Columbus OH number called Mon 2026-07-20 at 08:59:59 EDT local: before the company's own 09:00 start (override); the legal 08:00 floor alone would pass it."),
    Label("T1-06", "T1", HOURS, C, "7000000006", "pass", "Columbus OH number called Tue 2026-07-21 at 09:00:00 EDT local: the company's 09:00 start is inclusive."),
    Label("T1-07", "T1", HOURS, C, "7000000007", "pass", "Phoenix AZ (602) number called Tue 2026-07-14 at 18:30:00 MST local (21:30 EDT, 20:30 in the Chicago dialer): Arizona keeps standard time in July."),
    Label("T1-08", "T1", HOURS, C, "7000000043", "pass", "Phoenix AZ number called Wed 2026-07-15 at 20:30:00 MST local (23:30 EDT): a zone table that gave Arizona daylight time would read 21:30 and flag it wrongly."),
    Label("T1-09", "T1", HOURS, C, "7000000008", "violation", "Honolulu HI (808) number called Wed 2026-07-22 at 07:30:00 HST local (13:30 EDT): before 08:00 in Hawaii."),
    Label("T1-10", "T1", HOURS, C, "7000000009", "pass", "Honolulu HI number called Thu 2026-07-23 at 20:30:00 HST local (02:30 EDT on Fri 07-24)."),
    Label("T1-11", "T1", HOURS, C, "7000000010", "warning", "New York (212, America/New_York) mobile number of a customer whose address is in Los Angeles CA (America/Los_Angeles), called Wed 2026-07-29 at 07:30:00 PDT by the address (10:30:00 EDT by the area code): outside the window in the address zone only."),
    Label("T2-01", "T2", STATE_HOURS, C, "7000000011", "pass", "Miami FL (305) number called Mon 2026-07-20 at 19:59:00 EDT local: before Florida's 20:00 end."),
    Label("T2-02", "T2", STATE_HOURS, C, "7000000012", "warning", "Miami FL number called Tue 2026-07-21 at exactly 20:00:00 EDT local: Florida's 'after 8 p.m.' end, read like the federal 21:00:00 boundary."),
    Label("T2-03", "T2", STATE_HOURS, C, "7000000013", "violation", "Miami FL number called Wed 2026-07-22 at 20:00:01 EDT local: after Florida's 20:00 end (the federal window allows it)."),
    Label("T2-04", "T2", STATE_HOURS, C, "7000000014", "violation", "Miami FL number called Thu 2026-07-23 at 20:30:00 EDT local: after Florida's 20:00 end."),
    Label("T2-05", "T2", STATE_HOURS, C, "7000000015", "violation", "Dallas TX (214) number called Sunday 2026-08-16 at 11:30:00 CDT local: Texas allows Sunday calls from 12:00."),
    Label("T2-06", "T2", STATE_HOURS, C, "7000000016", "pass", "Dallas TX number called Sunday 2026-08-23 at 12:00:00 CDT local: Texas's Sunday start is inclusive."),
    Label("T2-07", "T2", STATE_HOURS, C, "7000000017", "pass", "Dallas TX number called Saturday 2026-08-15 at 09:30:00 CDT local: Texas allows Saturday calls from 09:00."),
    Label("T2-08", "T2", STATE_HOURS, C, "7000000018", "violation", "Dallas TX number called Sunday 2026-08-30 at 11:59:59 CDT local: one second before Texas's Sunday 12:00 start."),
    Label("T4-01", "T4", NDNC, C, "7000000019", "violation", "Newark NJ number on the national registry since 2026-06-01, called Tue 2026-07-21 at 13:00 EDT local (50 days later) with no consent and no purchase or inquiry."),
    Label("T4-02", "T4", NDNC, C, "7000000020", "warning", "Detroit MI number registered 2026-07-12, called Wed 2026-08-12 at 13:00 EDT local: exactly 31 days after registration (boundary)."),
    Label("T4-03", "T4", NDNC, C, "7000000021", "pass", "Milwaukee WI number registered 2021-03-15, called Thu 2026-07-23 at 12:00 CDT local with signed written do-not-call permission of 2026-05-10."),
    Label("T4-04", "T4", NDNC, C, "7000000022", "pass", "Buffalo NY number registered 2024-11-02, called Tue 2026-08-18 at 13:00 EDT local; purchase on 2025-03-18 is 17 months earlier (business relationship)."),
    Label("T4-05", "T4", NDNC, C, "7000000023", "pass", "Chicago IL number registered 2026-09-01, called Fri 2026-09-11 at 12:00 CDT local: only 10 days on the registry."),
    Label("T4-06", "T4", NDNC, C, "7000000031", "warning", "Raleigh NC number registered 2023-05-10, called Fri 2026-08-28 at 11:00 EDT local, exactly 18 months after the purchase of 2025-02-28 (the relationship's last day is a boundary)."),
    Label("T4-07", "T4", NDNC, C, "7000000032", "violation", "Raleigh NC number registered 2023-05-10, called Sat 2026-08-29 at 11:00 EDT local: the 18 months after the 2025-02-28 purchase have run out; no consent."),
    Label("T4-08", "T4", NDNC, C, "7000000033", "pass", "Richmond VA number registered 2024-02-14, called Wed 2026-08-19 at 14:00 EDT local, inside 3 months of the inquiry of 2026-05-20."),
    Label("T4-09", "T4", NDNC, C, "7000000034", "violation", "Richmond VA number registered 2024-02-14, called Fri 2026-08-21 at 14:00 EDT local: more than 3 months after the inquiry of 2026-05-20; no consent."),
    Label("T4-10", "T4", NDNC, C, "7000000035", "violation", "Columbia SC number registered 2022-09-01, called Tue 2026-08-25 at 15:00 EDT local: the customer's do-not-call request of 2026-07-06 ended the relationship from the 2026-05-02 purchase."),
    Label("T6-01", "T6", CDNC, C, "7000000024", "violation", "Atlanta GA number asked not to be called Fri 2026-08-28 at 15:10 EDT; called Mon 2026-09-14 at 11:00 EDT local, business day 10 counting Labor Day 2026-09-07: past the company's 5 business days (override; the legal 10 alone would pass it)."),
    Label("T6-02", "T6", CDNC, C, "7000000025", "violation", "Atlanta GA number asked not to be called Fri 2026-08-28; called Tue 2026-09-15 at 11:00 EDT local, business day 11 counting Labor Day 2026-09-07: past the legal 10 business days."),
    Label("T6-03", "T6", CDNC, C, "7000000026", "pass", "Marietta GA number asked not to be called Tue 2026-09-01 at 11:30 EDT; called Thu 2026-09-03 at 11:00 EDT local, business day 2 (inside the window)."),
    Label("T6-04", "T6", CDNC, C, "7000000027", "pass", "Marietta GA number asked Tue 2026-09-01; called Wed 2026-09-09 at 11:00 EDT local, business day 5 because Labor Day 2026-09-07 does not count: inside the company's 5 days."),
    Label("T6-05", "T6", CDNC, C, "7000000028", "violation", "Marietta GA number asked Tue 2026-09-01; called Thu 2026-09-10 at 11:00 EDT local, business day 6 counting Labor Day: past the company's 5 business days (override; inside the legal 10)."),
    Label("T6-06", "T6", CDNC, C, "7000000029", "violation", "Dayton OH number asked Fri 2025-03-07 at 10:45 EST; called Tue 2025-04-08 at 13:00 EDT local, 32 calendar days later, before 2025-04-11 so the old 30-day rule applies. Outside the 2026Q3 audit: judged by an audit of 2025Q2."),
    Label("T6-07", "T6", CDNC, C, "7000000030", "pass", "Zanesville OH number asked Fri 2025-03-14 at 10:45 EDT; called Thu 2025-04-10 at 13:00 EDT local, 27 calendar days later: inside the old 30-day rule (the 10-business-day rule starts 2025-04-11). Judged by an audit of 2025Q2."),
    Label("T6-08", "T6", CDNC, C, "7000000035", "violation", "Columbia SC number asked not to be called Mon 2026-07-06 at 11:05 EDT; called Tue 2026-08-25 at 15:00 EDT local, weeks past any window."),
    Label("T8-01", "T8", EBR, C, "7000000031", "warning", "Raleigh NC: purchase on 2025-02-28, number on the national registry, called Fri 2026-08-28 at 11:00 EDT local: exactly 18 months (boundary of the relationship)."),
    Label("T8-02", "T8", EBR, C, "7000000032", "violation", "Raleigh NC: purchase on 2025-02-28, called Sat 2026-08-29 at 11:00 EDT local: more than 18 months; no consent; on the national registry."),
    Label("T8-03", "T8", EBR, C, "7000000033", "pass", "Richmond VA: inquiry on 2026-05-20 at 10:15 EDT, called Wed 2026-08-19 at 14:00 EDT local: inside the 3-month inquiry window."),
    Label("T8-04", "T8", EBR, C, "7000000034", "violation", "Richmond VA: inquiry on 2026-05-20, called Fri 2026-08-21 at 14:00 EDT local: past 3 months (2026-08-20)."),
    Label("T8-05", "T8", EBR, C, "7000000035", "violation", "Columbia SC: purchase on 2026-05-02, but the do-not-call request of Mon 2026-07-06 ended the relationship; called Tue 2026-08-25 at 15:00 EDT local."),
    Label("T8-06", "T8", EBR, C, "7000000022", "pass", "Buffalo NY: purchase on 2025-03-18, called Tue 2026-08-18 at 13:00 EDT local: 17 months, inside 18."),
    Label("T9-01", "T9", PEWC, C, "7000000036", "violation", "Seattle WA mobile number, autodialed (AUTO) marketing call Tue 2026-07-28 at 14:00 PDT local with no prior express written consent."),
    Label("T9-02", "T9", PEWC, C, "7000000037", "pass", "Bellevue WA mobile number, autodialed marketing call Tue 2026-07-28 at 14:30 PDT local, with written consent (webform) of 2026-03-02."),
    Label("T9-03", "T9", PEWC, C, "7000000038", "pass", "Portland OR mobile number, prerecorded (PRV) informational order call Thu 2026-08-06 at 11:00 PDT local: not telemarketing."),
    Label("T9-04", "T9", PEWC, C, "7000000039", "pass", "San Diego CA mobile number, manually dialed (MAN) marketing call Tue 2026-08-11 at 12:00 PDT local: no autodialer, no prerecorded voice."),
    Label("T9-05", "T9", PEWC, C, "sms-000000001", "violation", "Cleveland OH mobile number, marketing text Wed 2026-07-22 at 13:00 EDT local with no prior express written consent."),
    Label("T9-06", "T9", PEWC, C, "sms-000000002", "pass", "Cincinnati OH mobile number, marketing text Wed 2026-07-22 at 13:30 EDT local with written consent for texts of 2026-04-11."),
    Label("T9-07", "T9", PEWC, C, "sms-000000003", "pass", "Cleveland OH mobile number, informational shipping text Fri 2026-07-24 at 10:00 EDT local: not marketing."),
    Label("E1-01", "E1", CANSPAM, C, "msg-0000000001", "pass", "Boston MA address unsubscribed Fri 2026-08-28 at 15:42 EDT; promotional email Wed 2026-09-02 at 10:00 EDT, US business day 3 (inside the grace window)."),
    Label("E1-02", "E1", CANSPAM, C, "msg-0000000002", "pass", "Boston MA address unsubscribed Fri 2026-08-28; email Mon 2026-09-14 at 10:00 EDT, business day 10 counting Labor Day 2026-09-07 (the last day allowed)."),
    Label("E1-03", "E1", CANSPAM, C, "msg-0000000003", "violation", "Boston MA address unsubscribed Fri 2026-08-28; email Tue 2026-09-15 at 10:00 EDT, business day 11 counting Labor Day 2026-09-07."),
    Label("E1-04", "E1", CANSPAM, C, "msg-0000000004", "violation", "New Haven CT address: opt-out in the CRM on Mon 2026-08-03 at 16:30 EDT and in the email platform on 2026-08-20; the earliest governs, so the email of Mon 2026-08-24 at 11:00 EDT is business day 15."),
    Label("E1-05", "E1", CANSPAM, C, "msg-0000000005", "violation", "Denver CO address unsubscribed 2026-05-11; email Wed 2026-07-15 at 10:00 MDT, before the re-consent of 2026-07-20."),
    Label("E1-06", "E1", CANSPAM, C, "msg-0000000006", "pass", "Denver CO address unsubscribed 2026-05-11 but gave express consent again on Mon 2026-07-20 at 08:05 MDT; email Wed 2026-08-05 at 10:00 MDT."),
    Label("E1-07", "E1", CANSPAM, C, "msg-0000000012", "pass", "CAN-SPAM reaches a US sender's email to Canada too. Toronto recipient unsubscribed Thu 2026-06-18; email Fri 2026-07-03, US business day 10 if Independence Day observed (07-03) counts as a business day, not yet day 10 if it does not (Juneteenth 06-19 never counts): in time either way."),
    Label("E1-08", "E1", CANSPAM, C, "msg-0000000013", "warning", "Toronto recipient unsubscribed Thu 2026-06-18; email Mon 2026-07-06: US business day 11 if the observed holiday 2026-07-03 counts as a business day, day 10 if it does not: the holiday reading decides (review)."),
    Label("E1-09", "E1", CANSPAM, C, "msg-0000000014", "pass", "Vancouver recipient unsubscribed Tue 2026-09-15; email Tue 2026-09-29, US business day 10 (no US holiday between)."),
    Label("E1-10", "E1", CANSPAM, C, "msg-0000000015", "violation", "Vancouver recipient unsubscribed Tue 2026-09-15; email Wed 2026-09-30, US business day 11 (Truth and Reconciliation Day is no US holiday)."),
    Label("E1-11", "E1", CANSPAM, C, "msg-0000000016", "violation", "Mississauga recipient unsubscribed Tue 2025-09-16; email Wed 2025-10-01, US business day 11. Judged by an audit of 2025Q4."),
    Label("E1-12", "E1", CANSPAM, C, "msg-0000000017", "violation", "Mississauga recipient unsubscribed Tue 2025-09-16; email Thu 2025-10-02, US business day 12. Judged by an audit of 2025Q4."),
    Label("E12-01", "E12", CASL_C, C, "msg-0000000007", "pass", "Montréal QC recipient with express consent of 2025-11-03; email Wed 2026-07-15 at 11:00 EDT local."),
    Label("E12-02", "E12", CASL_EBR, C, "msg-0000000008", "pass", "Toronto ON recipient, purchase on 2024-09-10 and no express consent; email Mon 2026-08-10 at 11:00 EDT local, inside 2 years."),
    Label("E12-03", "E12", CASL_EBR, C, "msg-0000000009", "violation", "Vancouver BC recipient, purchase on 2024-07-14 and no express consent; email Wed 2026-07-15 at 11:00 PDT local, one day past 2 years (2026-07-14)."),
    Label("E12-04", "E12", CASL_EBR, C, "msg-0000000010", "pass", "Ottawa ON recipient, inquiry on 2026-02-20 and no express consent; email Mon 2026-08-10 at 11:00 EDT local, inside 6 months."),
    Label("E12-05", "E12", CASL_EBR, C, "msg-0000000011", "violation", "Toronto ON recipient, inquiry on 2026-01-05 and no express consent; email Mon 2026-07-20 at 11:00 EDT local, past 6 months (2026-07-05)."),
    Label("E13-01", "E13", CASL_U, C, "msg-0000000012", "pass", "Toronto ON recipient unsubscribed Thu 2026-06-18 at 11:30 EDT; email Fri 2026-07-03 at 11:00 EDT local, Canadian business day 10 because Canada Day 2026-07-01 does not count."),
    Label("E13-02", "E13", CASL_U, C, "msg-0000000013", "violation", "Toronto ON recipient unsubscribed Thu 2026-06-18; email Mon 2026-07-06 at 11:00 EDT local, Canadian business day 11 (on the US calendar, with Juneteenth and 2026-07-03 off, it would be day 10)."),
    Label("E13-03", "E13", CASL_U, C, "msg-0000000014", "pass", "Vancouver BC recipient unsubscribed Tue 2026-09-15 at 10:00 PDT; email Tue 2026-09-29 at 11:00 PDT local, Canadian business day 10."),
    Label("E13-04", "E13", CASL_U, C, "msg-0000000015", "violation", "Vancouver BC recipient unsubscribed Tue 2026-09-15; email Wed 2026-09-30 at 11:00 PDT local, on the National Day for Truth and Reconciliation, after the window closed on 2026-09-29."),
    Label("E13-05", "E13", CASL_U, C, "msg-0000000016", "warning", "Mississauga ON recipient unsubscribed Tue 2025-09-16 at 11:00 EDT; email Wed 2025-10-01 at 11:00 EDT local: Canadian business day 10 if 2025-09-30 (Truth and Reconciliation, a federal holiday that Ontario does not observe) does not count, day 11 if it does: the holiday calendar decides (review). Judged by an audit of 2025Q4."),
    Label("E13-06", "E13", CASL_U, C, "msg-0000000017", "violation", "Mississauga ON recipient unsubscribed Tue 2025-09-16; email Thu 2025-10-02 at 11:00 EDT local, Canadian business day 11. Judged by an audit of 2025Q4."),
    Label("DQ-01", "DQ", "", ST, "NW09000040", "warning", "CRM birth date '02/30/1988' is not a date (February has no 30th): nulled with a note.", ("unreadable:birth_date",)),
    Label("DQ-02", "DQ", "", ST, "NW09000041", "warning", "CRM phone '12' is not a number: nulled with a note.", ("unreadable:phone",)),
    Label("DQ-03", "DQ", "", ST, "NW09000042", "warning", "CRM state 'Atlantis' is no US state or Canadian province: nulled with a note.", ("unreadable:state",)),
    Label("DQ-04", "DQ", "", C, "7000000040", "violation", "Dialer row with no call time and no dialed number: quarantined.", ("quarantined",)),
    Label("DQ-05", "DQ", "", C, "msg-0000000018", "violation", "Email platform send time '2026-09-31T14:00:00Z' does not exist (September has 30 days): quarantined.", ("quarantined", "unreadable:sent_at")),
    Label("DQ-06", "DQ", "", C, "7000000041", "warning", "Dialer call of Thu 2026-07-30 at 11:00 CDT local to a Chicago number, for account NW08999999 that matches no customer: loaded and judged by its number.", ("dangling",)),
    Label("DQ-07", "DQ", "", ST, "NW09000045", "warning", "Marisol Quintero, born 1979-03-22, is also NW09000044 (birth date written '3/22/1979' and '19790322'): one person under two customer ids.", ("same_person",)),
    Label("DQ-08", "DQ", "", ST, "NW09000047", "pass", "Tomas and Aiyana Whitehorse share the household line (505) 555-0193 and an address: two people, not one.", ("shared_phone",)),
    Label("DQ-09", "DQ", "", ST, "NW09000048", "pass", "CRM address '12 Elm St; Apt 4' holds the file's delimiter inside quotes: it must load intact."),
    Label("DQ-10", "DQ", "", ST, "NW09000049", "pass", "CRM email '  Renee.Dubois@Example.NET ' has spaces and mixed case: it must load as renee.dubois@example.net."),
    Label("DQ-11", "DQ", "", "consents", "PH-000000010", "violation", "Consent type 'VERBAL_OK' is none the mapping knows: the consent has no usable type and is quarantined.", ("quarantined", "unreadable:consent_type")),
    Label("DQ-12", "DQ", "", "optouts", "uns-00000007", "violation", "Unsubscribe time '0000-00-00T00:00:00Z' is not a time: quarantined.", ("quarantined", "unreadable:received_at")),
    Label("DQ-13", "DQ", "", "transactions", "ORD-0000007", "violation", "Guest checkout order of 2026-08-09 with no customer number: quarantined.", ("quarantined",)),
    Label("DQ-14", "DQ", "", C, "sms-000000004", "warning", "SMS send mode 'unknown_mode' is none the mapping knows: dialer type nulled with a note; the informational text of Tue 2026-08-04 at 10:00 CDT local still loads.", ("unreadable:dialer_type",)),
)
# fmt: on
