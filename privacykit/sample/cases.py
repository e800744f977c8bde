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

Issue 6's systems write their own formats too: the SMS platform's inbound messages and opt-outs
in UTC (Parquet), the email platform's unsubscribe-link log in UTC with milliseconds, the fax
server's job log and do-not-fax list in UTC on a 12-hour clock ('07/14/2026 06:00:00 PM'), the
carrier's list of the company's numbers as dates only. Worked facts for them: Europe in
summer, CEST UTC+2 (Berlin, Paris) and IST UTC+1 (Dublin); Boise MDT UTC-6; 2026-07-06 + 31
days = 2026-08-06; 2026-07-01 + 30 days = 2026-07-31. Business days below are US federal,
counted from the day after receipt (company time): 2026-09-07 never counts, the observed
2026-07-03 counts in one reading only (as in E1-08).

The abandonment windows (T14) need 32 to 103 answered calls each; they are the one place rows
are written by a loop, over literal days, members and call numbers (``_answered``).

The records' shapes are in ``records.py``. Issue 7's privacy and industry cases are in
``privacy_cases.py`` and ``privacy_labels.py``; the tables here end with them, so that one
answer key and one list of planted customers, contacts, opt-outs, consents, shares and
campaigns hold every case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from privacykit.sample import privacy_cases as p7
from privacykit.sample import privacy_labels as p7l
from privacykit.sample.records import (
    Campaign,
    Click,
    Consent,
    Contact,
    Download,
    Inbound,
    Inquiry,
    Label,
    OptOut,
    Order,
    OwnedNumber,
    Person,
    Registration,
    Share,
)

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
BOI, BER, PAR, DUB = "America/Boise", "Europe/Berlin", "Europe/Paris", "Europe/Dublin"


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
    # T3 calls and texts per rolling 24 hours (Florida; Oklahoma by area code)
    Person("NW09000050", "Carmen", "Delgado", "6/14/1983", "(813) 555-0195", "MOBILE", "carmen.delgado@example.org", "401 E Jackson St", "Tampa", "FL", "33602"),
    Person("NW09000051", "Tanya", "Brooks", "19870302", "405.555.0195", "MOBILE", "tanya.brooks@example.org", "125 N Market St", "Wichita", "Kansas", "67202", "US"),
    Person("NW09000052", "Miguel", "Ferreira", "11/23/1979", "+1 407-555-0195", "MOBILE", "miguel.ferreira@example.org", "400 S Orange Ave", "Orlando", "FL", "32801"),
    Person("NW09000053", "Ruth", "Adler", "2/2/1952", "(786) 555-0195", "LANDLINE", "ruth.adler@example.org", "1500 Bay Rd", "Miami Beach", "Florida", "33139"),
    # T5 registry copy per campaign
    Person("NW09000054", "Harold", "Jennings", "19640817", "704-555-0195", "LANDLINE", "harold.jennings@example.org", "600 E Trade St", "Charlotte", "NC", "28202"),
    # T10 prerecorded calls
    Person("NW09000055", "Walter", "Briggs", "9/30/1949", "(419) 555-0195", "LANDLINE", "walter.briggs@example.org", "1 Government Ctr", "Toledo", "OH", "43604"),
    Person("NW09000056", "Gloria", "Stein", "19580412", "234.555.0195", "LANDLINE", "gloria.stein@example.org", "166 S High St", "Akron", "oh", "44308"),
    Person("NW09000057", "Dmitri", "Volkov", "1/17/1990", "+1 440-555-0195", "MOBILE", "dmitri.volkov@example.org", "6611 Ridge Rd", "Parma", "Ohio", "44129", "US"),
    Person("NW09000058", "Irene", "Castro", "05/05/1961", "(937) 555-0195", "LANDLINE", "irene.castro@example.org", "130 W Second St", "Dayton", "OH", "45402"),
    # T11 revocations and T12 replies
    Person("NW09000059", "Natalie", "Ruiz", "3/8/1994", "(513) 555-0195", "MOBILE", "natalie.ruiz@example.org", "120 E 4th St", "Cincinnati", "OH", "45202"),
    Person("NW09000060", "Owen", "Gallagher", "19911212", "380-555-0195", "MOBILE", "owen.gallagher@example.org", "88 E Broad St", "Columbus", "OH", "43215"),
    Person("NW09000061", "Priscilla", "Okoye", "7/21/1986", "(678) 555-0195", "MOBILE", "priscilla.okoye@example.org", "191 Peachtree St NE", "Atlanta", "Georgia", "30303"),
    Person("NW09000062", "Bernard", "Hale", "10/02/1970", "502.555.0195", "MOBILE", "bernard.hale@example.org", "400 W Market St", "Louisville", "KY", "40202"),
    Person("NW09000063", "Janet", "Holm", "19750906", "(262) 555-0195", "MOBILE", "janet.holm@example.org", "515 W Moreland Blvd", "Waukesha", "WI", "53188"),
    Person("NW09000064", "Sam", "Whitaker", "12/30/1998", "+1 984-555-0195", "MOBILE", "sam.whitaker@example.org", "421 Fayetteville St", "Raleigh", "NC", "27601", "US"),
    Person("NW09000065", "Lena", "Marsh", "4/27/1992", "(412) 555-0195", "MOBILE", "lena.marsh@example.org", "600 Grant St", "Pittsburgh", "PA", "15219"),
    Person("NW09000066", "Victor", "Osei", "19880119", "901-555-0195", "MOBILE", "victor.osei@example.org", "125 N Main St", "Memphis", "Tennessee", "38103"),
    Person("NW09000067", "Rosa", "Jiménez", "8/15/1976", "(210) 555-0195", "MOBILE", "rosa.jimenez@example.org", "100 Military Plz", "San Antonio", "TX", "78205"),
    Person("NW09000068", "Hank", "Doyle", "02/09/1981", "208.555.0195", "MOBILE", "hank.doyle@example.org", "150 N Capitol Blvd", "Boise", "ID", "83702"),
    Person("NW09000069", "Aisha", "Rahman", "19930704", "(248) 555-0195", "MOBILE", "aisha.rahman@example.org", "500 W Big Beaver Rd", "Troy", "MI", "48084"),
    # T16 caller ID
    Person("NW09000070", "Lorraine", "Pike", "6/1/1966", "(402) 555-0195", "LANDLINE", "lorraine.pike@example.org", "1819 Farnam St", "Omaha", "NE", "68183"),
    Person("NW09000071", "Curtis", "Wynn", "19840523", "501-555-0195", "MOBILE", "curtis.wynn@example.org", "500 W Markham St", "Little Rock", "Arkansas", "72201"),
    Person("NW09000072", "Diane", "Foster", "11/11/1973", "(469) 555-0195", "MOBILE", "diane.foster@example.org", "1500 Marilla St", "Dallas", "TX", "75201"),
    Person("NW09000073", "Gordon", "Leary", "3/3/1959", "614.555.0195", "LANDLINE", "gordon.leary@example.org", "90 W Broad St", "Columbus", "OH", "43215"),
    # T19 state do-not-call lists
    Person("NW09000074", "Marco", "Bianchi", "19820909", "(954) 555-0195", "MOBILE", "marco.bianchi@example.org", "100 N Andrews Ave", "Fort Lauderdale", "FL", "33301"),
    Person("NW09000075", "Yvonne", "Carter", "1/26/1968", "713-555-0195", "LANDLINE", "yvonne.carter@example.org", "901 Bagby St", "Houston", "TX", "77002"),
    Person("NW09000076", "Gavin", "Price", "19900330", "(512) 555-0195", "MOBILE", "gavin.price@example.org", "301 W 2nd St", "Austin", "Texas", "78701"),
    Person("NW09000077", "Nora", "Kim", "9/14/1995", "312.555.0195", "MOBILE", "nora.kim@example.org", "121 N LaSalle St", "Chicago", "IL", "60602"),
    Person("NW09000078", "Derek", "Vaughn", "07/07/1957", "(267) 555-0195", "LANDLINE", "derek.vaughn@example.org", "1401 JFK Blvd", "Philadelphia", "PA", "19102"),
    # P23 faxes to outfitter shops (each shop's fax line is its number ending 0196)
    Person("NW09000079", "Ellen", "Varga", "19710401", "(814) 555-0195", "LANDLINE", "ellen.varga@example.org", "626 State St", "Erie", "PA", "16501", "USA", "06/20/2026 11:00", "trade_show"),
    Person("NW09000080", "Rick", "Tolliver", "5/19/1965", "859-555-0195", "LANDLINE", "rick.tolliver@example.org", "200 E Main St", "Lexington", "KY", "40507", "USA", "11/12/2025 15:30", "store"),
    Person("NW09000081", "Joan", "Abernathy", "19691028", "(717) 555-0195", "LANDLINE", "joan.abernathy@example.org", "10 N 2nd St", "Harrisburg", "PA", "17101"),
    Person("NW09000082", "Stuart", "Kemp", "12/5/1960", "207.555.0195", "LANDLINE", "stuart.kemp@example.org", "389 Congress St", "Portland", "ME", "04101"),
    # E2 unsubscribe links, E4 required content (US)
    Person("NW09000083", "Laura", "Benson", "19851104", "(802) 555-0195", "MOBILE", "laura.benson@example.org", "149 Church St", "Burlington", "VT", "05401"),
    Person("NW09000084", "Trevor", "Mills", "8/2/1989", "401-555-0195", "MOBILE", "trevor.mills@example.org", "25 Dorrance St", "Providence", "RI", "02903"),
    Person("NW09000085", "Wendy", "Cho", "19930621", "(206) 555-0195", "MOBILE", "wendy.cho@example.org", "600 4th Ave", "Seattle", "WA", "98104"),
    Person("NW09000086", "Elliot", "Shaw", "4/13/1978", "720.555.0195", "MOBILE", "elliot.shaw@example.org", "1560 Broadway", "Denver", "CO", "80202"),
    Person("NW09000087", "Paula", "Grant", "19670218", "(801) 555-0195", "LANDLINE", "paula.grant@example.org", "451 S State St", "Salt Lake City", "Utah", "84111"),
    # E14 consent and E15 objections (EU: no US number, no state)
    Person("NW09000088", "Lukas", "Becker", "3/27/1988", "", "", "lukas.becker@example.org", "Unter den Linden 10", "Berlin", "", "10117", "Germany"),
    Person("NW09000089", "Camille", "Laurent", "19910610", "", "", "camille.laurent@example.org", "12 Rue de Rivoli", "Paris", "", "75004", "FR"),
    Person("NW09000090", "Siobhán", "Kelly", "11/30/1984", "", "", "siobhan.kelly@example.org", "21 Grafton Street", "Dublin", "", "D02 X285", "Ireland"),
    Person("NW09000091", "Jonas", "Weber", "19790905", "", "", "jonas.weber@example.org", "Friedrichstraße 50", "Berlin", "", "10117", "DE"),
    Person("NW09000092", "Élodie", "Moreau", "2/14/1993", "", "", "elodie.moreau@example.org", "8 Rue Montorgueil", "Paris", "", "75002", "France"),
    Person("NW09000093", "Felix", "Braun", "19861007", "", "", "felix.braun@example.org", "Alexanderplatz 3", "Berlin", "", "10178", "DEU", "05/12/2026 09:30", "trade_fair"),
    Person("NW09000094", "Anna", "Schmidt", "6/22/1990", "", "", "anna.schmidt@example.org", "Kastanienallee 7", "Berlin", "", "10435", "Deutschland"),
    Person("NW09000095", "Margaux", "Petit", "19970119", "", "", "margaux.petit@example.org", "5 Rue Cler", "Paris", "", "75007", "FRA"),
    # Unlabelled: link unsubscribes at the period's edges
    Person("NW09000096", "Peter", "Lang", "10/9/1972", "(567) 555-0195", "LANDLINE", "peter.lang@example.org", "640 Jackson St", "Toledo", "OH", "43604"),
    Person("NW09000097", "Julia", "Stone", "19960303", "517-555-0195", "MOBILE", "julia.stone@example.org", "124 W Michigan Ave", "Lansing", "MI", "48933"),
    # T14: the loyalty members the predictive campaigns call (Central time: IL, WI, MN, IA)
    Person("NW09000100", "Brian", "Kessler", "4/4/1980", "(217) 555-0196", "MOBILE", "brian.kessler@example.org", "300 S 2nd St", "Springfield", "IL", "62701"),
    Person("NW09000101", "Tamara", "Lindholm", "19850512", "224-555-0196", "MOBILE", "tamara.lindholm@example.org", "1500 Sherman Ave", "Evanston", "IL", "60201"),
    Person("NW09000102", "Eric", "Dunbar", "9/9/1977", "(309) 555-0196", "LANDLINE", "eric.dunbar@example.org", "456 Fulton St", "Peoria", "IL", "61602"),
    Person("NW09000103", "Megan", "Farrow", "19920130", "630.555.0196", "MOBILE", "megan.farrow@example.org", "400 S Eagle St", "Naperville", "Illinois", "60540"),
    Person("NW09000104", "Raul", "Mendez", "12/12/1982", "(708) 555-0196", "MOBILE", "raul.mendez@example.org", "123 Madison St", "Oak Park", "IL", "60302"),
    Person("NW09000105", "Kathleen", "Boyle", "19640703", "773-555-0196", "LANDLINE", "kathleen.boyle@example.org", "4800 N Broadway", "Chicago", "IL", "60640"),
    Person("NW09000106", "Jerome", "Watts", "2/20/1988", "(815) 555-0196", "MOBILE", "jerome.watts@example.org", "425 E State St", "Rockford", "IL", "61104"),
    Person("NW09000107", "Lisa", "Novak", "19790815", "+1 847-555-0196", "MOBILE", "lisa.novak@example.org", "2100 Ridge Ave", "Evanston", "IL", "60201"),
    Person("NW09000108", "Dennis", "Clay", "6/30/1971", "(872) 555-0196", "MOBILE", "dennis.clay@example.org", "1200 W Harrison St", "Chicago", "il", "60607"),
    Person("NW09000109", "Heather", "Quist", "19950404", "618.555.0196", "MOBILE", "heather.quist@example.org", "200 E Main St", "Carbondale", "IL", "62901"),
    Person("NW09000110", "Arthur", "Jensen", "1/8/1962", "(414) 555-0196", "LANDLINE", "arthur.jensen@example.org", "200 E Wells St", "Milwaukee", "WI", "53202"),
    Person("NW09000111", "Monica", "Stahl", "19870221", "608-555-0196", "MOBILE", "monica.stahl@example.org", "210 Martin Luther King Jr Blvd", "Madison", "Wisconsin", "53703"),
    Person("NW09000112", "Philip", "Young", "10/17/1983", "(715) 555-0196", "MOBILE", "philip.young@example.org", "203 S Farwell St", "Eau Claire", "WI", "54701"),
    Person("NW09000113", "Sandra", "Olsen", "19690909", "920.555.0196", "LANDLINE", "sandra.olsen@example.org", "100 N Jefferson St", "Green Bay", "WI", "54301"),
    Person("NW09000114", "Keith", "Larsen", "5/25/1975", "(612) 555-0196", "MOBILE", "keith.larsen@example.org", "350 S 5th St", "Minneapolis", "MN", "55415"),
    Person("NW09000115", "Diana", "Moss", "19910318", "651-555-0196", "MOBILE", "diana.moss@example.org", "15 W Kellogg Blvd", "St. Paul", "Minnesota", "55102"),
    Person("NW09000116", "Carl", "Berg", "8/28/1958", "(218) 555-0196", "LANDLINE", "carl.berg@example.org", "411 W 1st St", "Duluth", "MN", "55802"),
    Person("NW09000117", "Erin", "Walsh", "19860616", "507.555.0196", "MOBILE", "erin.walsh@example.org", "201 4th St SE", "Rochester", "MN", "55904"),
    Person("NW09000118", "Roger", "Hanson", "3/14/1966", "(515) 555-0196", "MOBILE", "roger.hanson@example.org", "400 Robert D Ray Dr", "Des Moines", "IA", "50309"),
    Person("NW09000119", "Joyce", "Pham", "19940927", "319-555-0196", "MOBILE", "joyce.pham@example.org", "101 1st St SE", "Cedar Rapids", "Iowa", "52401"),
    *p7.PEOPLE,
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
    # T3: Tampa FL (Eastern): five calls of one campaign in 28 hours
    Contact("dialer", "7000000056", "NW09000050", "8135550195", "08/10/2026 09:00:00", "2026-08-10 10:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000057", "NW09000050", "8135550195", "08/10/2026 13:00:00", "2026-08-10 14:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000058", "NW09000050", "8135550195", "08/11/2026 08:30:00", "2026-08-11 09:30:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000059", "NW09000050", "8135550195", "08/11/2026 08:59:59", "2026-08-11 09:59:59", NY, "TM-2026-08"),
    Contact("dialer", "7000000060", "NW09000050", "8135550195", "08/11/2026 13:00:00", "2026-08-11 14:00:00", NY, "TM-2026-08"),
    # T3: a Wichita KS customer's Oklahoma City number; one cross-channel campaign, texts and calls
    Contact("sms", "sms-000000021", "NW09000051", "14055550195", "2026-09-08T16:00:00Z", "2026-09-08 11:00:00", CHI, "FALLCAMP-2026", "MKT", "campaign_blast"),
    Contact("dialer", "7000000061", "NW09000051", "4055550195", "09/08/2026 15:00:00", "2026-09-08 15:00:00", CHI, "FALLCAMP-2026"),
    Contact("sms", "sms-000000022", "NW09000051", "14055550195", "2026-09-09T15:00:00Z", "2026-09-09 10:00:00", CHI, "FALLCAMP-2026", "MKT", "campaign_blast"),
    Contact("dialer", "7000000062", "NW09000051", "4055550195", "09/09/2026 10:30:00", "2026-09-09 10:30:00", CHI, "FALLCAMP-2026"),
    # T3: Orlando FL: four contacts in 24 hours, two campaigns
    Contact("dialer", "7000000063", "NW09000052", "4075550195", "07/14/2026 09:00:00", "2026-07-14 10:00:00", NY, "TM-2026-07"),
    Contact("dialer", "7000000064", "NW09000052", "4075550195", "07/14/2026 12:00:00", "2026-07-14 13:00:00", NY, "TM-2026-07"),
    Contact("sms", "sms-000000023", "NW09000052", "14075550195", "2026-07-14T20:00:00Z", "2026-07-14 16:00:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000024", "NW09000052", "14075550195", "2026-07-15T13:30:00Z", "2026-07-15 09:30:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    # T3: Miami Beach FL: three calls the day before the period, one on its first day
    Contact("dialer", "7000000065", "NW09000053", "7865550195", "06/30/2026 13:00:00", "2026-06-30 14:00:00", NY, "LOYALTY-WINBACK"),
    Contact("dialer", "7000000066", "NW09000053", "7865550195", "06/30/2026 15:00:00", "2026-06-30 16:00:00", NY, "LOYALTY-WINBACK"),
    Contact("dialer", "7000000067", "NW09000053", "7865550195", "06/30/2026 17:00:00", "2026-06-30 18:00:00", NY, "LOYALTY-WINBACK"),
    Contact("dialer", "7000000068", "NW09000053", "7865550195", "07/01/2026 09:00:00", "2026-07-01 10:00:00", NY, "LOYALTY-WINBACK"),
    # T5: a campaign scrubbed with its own registry copy (download log, 2026-07-06)
    Contact("dialer", "7000000069", "NW09000054", "7045550195", "08/06/2026 10:00:00", "2026-08-06 11:00:00", NY, "TM-CAMP-2026"),
    Contact("dialer", "7000000070", "NW09000054", "7045550195", "08/07/2026 10:00:00", "2026-08-07 11:00:00", NY, "TM-CAMP-2026"),
    # T10: prerecorded (PRV) calls
    Contact("dialer", "7000000071", "NW09000055", "4195550195", "07/21/2026 11:00:00", "2026-07-21 12:00:00", NY, "TM-2026-07", mode="PRV"),
    Contact("dialer", "7000000072", "NW09000056", "2345550195", "07/22/2026 11:00:00", "2026-07-22 12:00:00", NY, "TM-2026-07", mode="PRV"),
    Contact("dialer", "7000000073", "NW09000057", "4405550195", "07/23/2026 11:00:00", "2026-07-23 12:00:00", NY, "TM-2026-07", mode="PRV"),
    Contact("dialer", "7000000074", "NW09000058", "9375550195", "07/24/2026 11:00:00", "2026-07-24 12:00:00", NY, "TM-2026-07", purpose="", mode="PRV"),
    # T11 and T12: texts before and after STOP replies and do-not-call requests
    Contact("sms", "sms-000000005", "NW09000059", "15135550195", "2026-08-03T17:00:00Z", "2026-08-03 13:00:00", NY, "SM-2026-08", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000006", "NW09000059", "15135550195", "2026-08-17T15:00:00Z", "2026-08-17 11:00:00", NY, "SM-2026-08", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000007", "NW09000059", "15135550195", "2026-08-18T15:00:00Z", "2026-08-18 11:00:00", NY, "SM-2026-08", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000008", "NW09000060", "13805550195", "2026-07-02T19:55:00Z", "2026-07-02 15:55:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000009", "NW09000060", "13805550195", "2026-07-17T15:00:00Z", "2026-07-17 11:00:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000010", "NW09000060", "13805550195", "2026-08-06T14:00:00Z", "2026-08-06 10:00:00", NY, "SVC-ORDERS", "INFO", "agent_1to1"),
    Contact("sms", "sms-000000011", "NW09000061", "16785550195", "2026-07-13T15:55:00Z", "2026-07-13 11:55:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000012", "NW09000061", "16785550195", "2026-08-05T16:00:00Z", "2026-08-05 12:00:00", NY, "SM-2026-08", "MKT", "campaign_blast"),
    Contact("dialer", "7000000044", "NW09000062", "5025550195", "07/08/2026 13:25:00", "2026-07-08 14:25:00", NY, "TM-2026-07"),
    Contact("sms", "sms-000000013", "NW09000062", "15025550195", "2026-07-30T16:00:00Z", "2026-07-30 12:00:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("dialer", "7000000045", "NW09000063", "2625550195", "08/26/2026 11:00:00", "2026-08-26 11:00:00", CHI, "TM-2026-08", mode="PRED"),
    Contact("sms", "sms-000000014", "NW09000064", "19845550195", "2026-07-06T15:55:00Z", "2026-07-06 11:55:00", NY, "SM-2026-07", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000015", "NW09000064", "19845550195", "2026-08-05T16:00:00Z", "2026-08-05 12:00:00", NY, "SM-2026-08", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000016", "NW09000065", "14125550195", "2026-08-20T17:00:00Z", "2026-08-20 13:00:00", NY, "SM-2026-08", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000017", "NW09000066", "19015550195", "2026-09-15T15:00:00Z", "2026-09-15 10:00:00", CHI, "SM-2026-09", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000018", "NW09000067", "12105550195", "2026-09-02T17:00:00Z", "2026-09-02 12:00:00", CHI, "SM-2026-09", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000019", "NW09000068", "12085550195", "2026-08-08T19:00:00Z", "2026-08-08 13:00:00", BOI, "SM-2026-08", "MKT", "campaign_blast"),
    Contact("sms", "sms-000000020", "NW09000069", "12485550195", "2026-08-14T16:00:00Z", "2026-08-14 12:00:00", DET, "SM-2026-08", "MKT", "campaign_blast"),
    # T16: caller ID (the dialer's ANI unless caller= says otherwise)
    Contact("dialer", "7000000046", "NW09000070", "4025550195", "07/29/2026 11:00:00", "2026-07-29 11:00:00", CHI, "TM-2026-07", caller=""),
    Contact("dialer", "7000000047", "NW09000071", "5015550195", "08/13/2026 11:00:00", "2026-08-13 11:00:00", CHI, "TM-2026-08", caller="5015550197"),
    Contact("dialer", "7000000048", "NW09000072", "4695550195", "07/31/2026 11:00:00", "2026-07-31 11:00:00", CHI, "TM-2026-07", caller="4695550198"),
    Contact("dialer", "7000000049", "NW09000072", "4695550195", "08/03/2026 11:00:00", "2026-08-03 11:00:00", CHI, "TM-2026-08", caller="4695550198"),
    Contact("dialer", "7000000050", "NW09000073", "6145550195", "07/07/2026 10:00:00", "2026-07-07 11:00:00", NY, "TM-2026-07", caller="6145550197"),
    # T19: numbers on state do-not-call lists
    Contact("dialer", "7000000051", "NW09000074", "9545550195", "08/04/2026 10:00:00", "2026-08-04 11:00:00", NY, "TM-2026-08"),
    Contact("dialer", "7000000052", "NW09000075", "7135550195", "08/05/2026 11:00:00", "2026-08-05 11:00:00", CHI, "TM-2026-08"),
    Contact("dialer", "7000000053", "NW09000076", "5125550195", "08/06/2026 11:00:00", "2026-08-06 11:00:00", CHI, "TM-2026-08"),
    Contact("dialer", "7000000054", "NW09000077", "3125550195", "08/07/2026 11:00:00", "2026-08-07 11:00:00", CHI, "TM-2026-08"),
    Contact("dialer", "7000000055", "NW09000078", "2675550195", "08/10/2026 10:00:00", "2026-08-10 11:00:00", NY, "TM-2026-08"),
    # P23: the fax server (UTC, 12-hour clock); the shops' fax lines end 0196
    Contact("fax", "FJ-0000001", "NW09000079", "+1 (814) 555-0196", "07/14/2026 06:00:00 PM", "2026-07-14 14:00:00", NY, "FX-B2B-2026", "BROADCAST"),
    Contact("fax", "FJ-0000002", "NW09000080", "+1 (859) 555-0196", "08/12/2026 05:30:00 PM", "2026-08-12 13:30:00", NY, "FX-CLEAR-2026-08", "BROADCAST"),
    Contact("fax", "FJ-0000003", "NW09000081", "+1 (717) 555-0196", "08/12/2026 05:32:00 PM", "2026-08-12 13:32:00", NY, "FX-CLEAR-2026-08", "BROADCAST"),
    Contact("fax", "FJ-0000004", "NW09000082", "+1 (207) 555-0196", "07/31/2026 01:00:00 PM", "2026-07-31 09:00:00", NY, "FX-B2B-2026", "BROADCAST"),
    Contact("fax", "FJ-0000005", "NW09000082", "+1 (207) 555-0196", "08/03/2026 01:00:00 PM", "2026-08-03 09:00:00", NY, "FX-B2B-2026", "BROADCAST"),
    Contact("fax", "FJ-0000006", "NW09000048", "+1 (609) 555-0194", "09/29/2026 01:00:00 PM", "2026-09-29 09:00:00", NY, "FX-B2B-2026", "BROADCAST"),
    Contact("fax", "FJ-0000007", "NW09000080", "+1 (859) 555-0196", "07/09/2026 03:00:00 PM", "2026-07-09 11:00:00", NY, "SVC-ORDERS", "CONFIRM"),
    # E2: unsubscribe links; unlabelled sends whose links worked, at the period's edges
    Contact("esp", "msg-0000000019", "NW09000083", "laura.benson@example.org", "2026-07-06T14:00:00Z", "2026-07-06 10:00:00", NY, "EM-2026-07-A", "promotional"),
    Contact("esp", "msg-0000000020", "NW09000084", "trevor.mills@example.org", "2026-09-02T14:00:00Z", "2026-09-02 10:00:00", NY, "EM-2026-09-A", "promotional"),
    Contact("esp", "msg-0000000021", "NW09000096", "peter.lang@example.org", "2026-06-29T14:00:00Z", "2026-06-29 10:00:00", NY, "EM-2026-06-B", "promotional"),
    Contact("esp", "msg-0000000022", "NW09000097", "julia.stone@example.org", "2026-09-28T14:00:00Z", "2026-09-28 10:00:00", DET, "EM-2026-09-B", "promotional"),
    # E4: required content (the campaign sheet's flags)
    Contact("esp", "msg-0000000023", "NW09000085", "wendy.cho@example.org", "2026-08-18T16:00:00Z", "2026-08-18 09:00:00", LA, "EM-2026-08-FLASH", "promotional"),
    Contact("esp", "msg-0000000024", "NW09000086", "elliot.shaw@example.org", "2026-09-10T15:00:00Z", "2026-09-10 09:00:00", DEN, "EM-2026-09-VIP", "promotional"),
    Contact("esp", "msg-0000000025", "NW09000087", "paula.grant@example.org", "2026-09-10T15:00:00Z", "2026-09-10 09:00:00", DEN, "EM-2026-09-VIP", "promotional"),
    Contact("esp", "msg-0000000026", "NW09000085", "wendy.cho@example.org", "2026-07-08T16:00:00Z", "2026-07-08 09:00:00", LA, "EM-2026-07-SURVEY", "promotional"),
    # E14 and E15: EU recipients
    Contact("esp", "msg-0000000027", "NW09000088", "lukas.becker@example.org", "2026-07-15T09:00:00Z", "2026-07-15 11:00:00", BER, "EM-2026-07-A", "promotional"),
    Contact("esp", "msg-0000000028", "NW09000089", "camille.laurent@example.org", "2026-08-11T09:00:00Z", "2026-08-11 11:00:00", PAR, "EM-2026-08-A", "promotional"),
    Contact("esp", "msg-0000000029", "NW09000090", "siobhan.kelly@example.org", "2026-08-20T09:00:00Z", "2026-08-20 10:00:00", DUB, "EM-2026-08-B", "promotional"),
    Contact("esp", "msg-0000000030", "NW09000091", "jonas.weber@example.org", "2026-09-08T09:00:00Z", "2026-09-08 11:00:00", BER, "EM-2026-09-EU", "promotional"),
    Contact("esp", "msg-0000000031", "NW09000092", "elodie.moreau@example.org", "2026-07-22T09:00:00Z", "2026-07-22 11:00:00", PAR, "EM-2026-07-B", "promotional"),
    Contact("esp", "msg-0000000032", "NW09000093", "felix.braun@example.org", "2026-08-24T09:00:00Z", "2026-08-24 11:00:00", BER, "EM-2026-08-A", "promotional"),
    Contact("esp", "msg-0000000033", "NW09000094", "anna.schmidt@example.org", "2026-08-06T09:00:00Z", "2026-08-06 11:00:00", BER, "EM-2026-08-A", "promotional"),
    Contact("esp", "msg-0000000034", "NW09000095", "margaux.petit@example.org", "2026-09-08T19:00:00Z", "2026-09-08 21:00:00", PAR, "EM-2026-09-A", "promotional"),
)

# T14: three predictive-dialer (PRED) campaigns call the 20 loyalty members NW09000100-119, all
# on Central time, so a call's dialer time (CDT) is the member's own. Only answered calls are
# written (calls nobody answers count in no rate): on window day j the members ``members(j)``
# are called in turn, and call n of the campaign (0-based, in that order) was abandoned (ABD)
# when n is listed, else an agent took it (A).
LOYALTY_MEMBERS: tuple[tuple[str, str], ...] = (
    ("NW09000100", "2175550196"), ("NW09000101", "2245550196"), ("NW09000102", "3095550196"),
    ("NW09000103", "6305550196"), ("NW09000104", "7085550196"), ("NW09000105", "7735550196"),
    ("NW09000106", "8155550196"), ("NW09000107", "8475550196"), ("NW09000108", "8725550196"),
    ("NW09000109", "6185550196"), ("NW09000110", "4145550196"), ("NW09000111", "6085550196"),
    ("NW09000112", "7155550196"), ("NW09000113", "9205550196"), ("NW09000114", "6125550196"),
    ("NW09000115", "6515550196"), ("NW09000116", "2185550196"), ("NW09000117", "5075550196"),
    ("NW09000118", "5155550196"), ("NW09000119", "3195550196"),
)


def _answered(
    campaign: str, first_id: int, time: str, days: str, members: Callable[[int], Iterable[int]],
    abandoned: tuple[int, ...],
) -> tuple[Contact, ...]:
    calls: list[Contact] = []
    for j, day in enumerate(days.split()):
        mm, dd = day.split("-")
        for m in members(j):
            customer, number = LOYALTY_MEMBERS[m]
            outcome = "ABD" if len(calls) in abandoned else "A"
            calls.append(Contact("dialer", str(first_id + len(calls)), customer, number, f"{mm}/{dd}/2026 {time}", f"2026-{mm}-{dd} {time}", CHI, campaign, mode="PRED", outcome=outcome))
    return tuple(calls)


CONTACTS += (
    # 16 days from Mon 07-06, 2 members a day: 32 answered calls, call 15 abandoned
    *_answered("PD-2026-07-W", 7000001000, "15:00:00", "07-06 07-07 07-08 07-09 07-10 07-13 07-14 07-15 07-16 07-17 07-20 07-21 07-22 07-23 07-24 07-27", lambda j: (2 * j % 20, (2 * j + 1) % 20), (15,)),
    # The same 16 days plus Tue 07-28, 2 other members a day (1 on 07-28): 33 answered calls,
    # call 20 abandoned
    *_answered("PD-2026-07-E", 7000004000, "10:00:00", "07-06 07-07 07-08 07-09 07-10 07-13 07-14 07-15 07-16 07-17 07-20 07-21 07-22 07-23 07-24 07-27 07-28", lambda j: ((2 * j + 10) % 20, (2 * j + 11) % 20) if j < 16 else ((2 * j + 10) % 20,), (20,)),
    # 20 days from Mon 08-03, 5 members a day: 100 answered calls, calls 10, 50 and 90 abandoned
    *_answered("PD-2026-08-N", 7000002000, "11:00:00", "08-03 08-04 08-05 08-06 08-07 08-10 08-11 08-12 08-13 08-14 08-17 08-18 08-19 08-20 08-21 08-24 08-25 08-26 08-27 08-28", lambda j: range(5 * (j % 4), 5 * (j % 4) + 5), (10, 50, 90)),
    # 20 days from Tue 09-01 (Labor Day 09-07 skipped), 5 members a day, then 3 members on
    # Wed 09-30: 103 answered calls, calls 20, 60 and 101 abandoned
    *_answered("PD-2026-09-S", 7000003000, "14:00:00", "09-01 09-02 09-03 09-04 09-08 09-09 09-10 09-11 09-14 09-15 09-16 09-17 09-18 09-21 09-22 09-23 09-24 09-25 09-28 09-29 09-30", lambda j: range(5 * (j % 4), 5 * (j % 4) + 5) if j < 20 else range(3), (20, 60, 101)),
    # Issue 7: emails and pushes judged by the privacy checks (privacy_cases.py)
    *p7.CONTACTS,
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
    # T11: a do-not-call request taken by a dialer agent on a sales call; one on the phone later
    OptOut("dialer", "DNC-000006", "NW09000062", "5025550195", "07/08/2026 13:30:00", "2026-07-08 14:30:00", entered="07/08/2026 13:31:00"),
    OptOut("dialer", "DNC-000007", "NW09000063", "2625550195", "08/03/2026 11:00:00", "2026-08-03 12:00:00", entered="08/03/2026 11:02:00"),
    # T11, T12: text replies the SMS platform turned into opt-outs (applied = entered)
    OptOut("sms", "stop-0000001", "NW09000059", "+15135550195", "2026-08-03T17:05:00Z", "2026-08-03 13:05:00", entered="2026-08-03T17:05:00Z", via="Stop", program="SM-2026-08"),
    OptOut("sms", "stop-0000002", "NW09000060", "+13805550195", "2026-07-02T20:00:00Z", "2026-07-02 16:00:00", entered="2026-07-02T20:00:00Z", via="STOP", program="SM-2026-07"),
    OptOut("sms", "stop-0000003", "NW09000061", "+16785550195", "2026-07-13T16:00:00Z", "2026-07-13 12:00:00", entered="2026-07-13T16:00:00Z", via="OPT-OUT", program="SM-2026-07"),
    OptOut("sms", "stop-0000004", "NW09000064", "+19845550195", "2026-07-06T16:00:00Z", "2026-07-06 12:00:00", entered="2026-07-06T16:00:00Z", via="UNSUBSCRIBE", program="SM-2026-07"),
    OptOut("sms", "stop-0000005", "NW09000065", "+14125550195", "2026-08-21T03:30:00Z", "2026-08-20 23:30:00", entered="2026-08-22T13:00:00Z", via="stop (agent)", program="SM-2026-08"),
    OptOut("sms", "stop-0000006", "NW09000069", "+12485550195", "2026-08-14T22:30:00Z", "2026-08-14 18:30:00", entered="2026-08-17T20:00:00Z", via="UNSUBSCRIBE (agent)", program="SM-2026-08"),
    # P23: the fax opt-out line (the notice's toll-free number), UTC on a 12-hour clock
    OptOut("fax", "DNF-000001", "NW09000082", "207-555-0196", "07/01/2026 02:00:00 PM", "2026-07-01 10:00:00", via="IVR"),
    # E2, E15: email unsubscribes (a reply after broken links; link clicks; EU objections)
    OptOut("esp", "uns-00000008", "", "laura.benson@example.org", "2026-08-06T15:20:00Z", "2026-08-06 11:20:00", via="reply"),
    OptOut("esp", "uns-00000009", "", "peter.lang@example.org", "2026-07-01T13:10:00Z", "2026-07-01 09:10:00"),
    OptOut("esp", "uns-00000010", "", "julia.stone@example.org", "2026-09-30T20:15:00Z", "2026-09-30 16:15:00"),
    OptOut("esp", "uns-00000011", "", "anna.schmidt@example.org", "2026-08-03T10:00:00Z", "2026-08-03 12:00:00", BER),
    OptOut("esp", "uns-00000012", "", "margaux.petit@example.org", "2026-09-08T08:00:00Z", "2026-09-08 10:00:00", PAR),
    OptOut("esp", "uns-00000013", "", "lukas.becker@example.org", "2026-05-04T08:00:00Z", "2026-05-04 10:00:00", BER),
    *p7.OPTOUTS,
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
    # T3, T10, T11, T12: written consents for texts and automated calls
    Consent("PH-000000013", "NW09000051", "TEXT", "PEWC", "+14055550195", "2026-03-01T10:00:00-06:00", "webform-v7#C101"),
    Consent("PH-000000014", "NW09000052", "TEXT", "PEWC", "+14075550195", "2025-12-05T18:20:00-05:00", "webform-v7#C102"),
    Consent("PH-000000015", "NW09000056", "PHONE", "PEWC", "+12345550195", "2026-02-10T11:00:00-05:00", "webform-v7#C103"),
    Consent("PH-000000016", "NW09000059", "TEXT", "PEWC", "+15135550195", "2026-01-15T12:00:00-05:00", "webform-v7#C104"),
    Consent("PH-000000017", "NW09000060", "TEXT", "PEWC", "+13805550195", "2026-02-20T12:00:00-05:00", "webform-v7#C105"),
    Consent("PH-000000018", "NW09000061", "TEXT", "PEWC", "+16785550195", "2026-03-12T12:00:00-04:00", "webform-v7#C106"),
    Consent("PH-000000019", "NW09000062", "TEXT", "PEWC", "+15025550195", "2025-12-01T12:00:00-05:00", "webform-v7#C107"),
    Consent("PH-000000020", "NW09000063", "PHONE", "PEWC", "+12625550195", "2025-09-15T12:00:00-05:00", "webform-v7#C108"),
    Consent("PH-000000021", "NW09000064", "TEXT", "PEWC", "+19845550195", "2025-10-01T12:00:00-04:00", "webform-v7#C109"),
    Consent("PH-000000022", "NW09000064", "TEXT", "PEWC", "+19845550195", "2026-07-20T09:00:00-04:00", "webform-v7#C110"),
    Consent("PH-000000023", "NW09000065", "TEXT", "PEWC", "+14125550195", "2026-04-02T12:00:00-04:00", "webform-v7#C111"),
    Consent("PH-000000024", "NW09000066", "TEXT", "PEWC", "+19015550195", "2026-05-05T12:00:00-05:00", "webform-v7#C112"),
    Consent("PH-000000025", "NW09000067", "TEXT", "PEWC", "+12105550195", "2026-01-20T12:00:00-06:00", "webform-v7#C113"),
    Consent("PH-000000026", "NW09000068", "TEXT", "PEWC", "+12085550195", "2026-06-01T12:00:00-06:00", "webform-v7#C114"),
    Consent("PH-000000027", "NW09000069", "TEXT", "PEWC", "+12485550195", "2026-02-02T12:00:00-05:00", "webform-v7#C115"),
    # T19 written do-not-call permission; P23 fax permission; E4, E14, E15 email consents
    Consent("PH-000000028", "NW09000076", "PHONE", "DNC_PERMISSION", "+15125550195", "2026-06-01T10:00:00-05:00", "signed-form-2026-0601"),
    Consent("PH-000000029", "NW09000081", "FAX", "EXPRESS", "+17175550196", "2025-02-03T10:00:00-05:00", "fax-permission-2025-02"),
    Consent("PH-000000030", "NW09000086", "EMAIL", "EXPRESS", "elliot.shaw@example.org", "2025-10-01T09:00:00-06:00", "pref-centre#6120"),
    Consent("PH-000000031", "NW09000088", "EMAIL", "EXPRESS", "lukas.becker@example.org", "2025-03-10T10:00:00+01:00", "webform-eu-v3#11"),
    Consent("PH-000000032", "NW09000089", "EMAIL", "SOFT_OPTIN", "camille.laurent@example.org", "2025-11-20T15:05:00+01:00", "checkout-eu#2231"),
    Consent("PH-000000033", "NW09000090", "EMAIL", "SOFT_OPTIN", "siobhan.kelly@example.org", "2026-02-01T12:00:00+00:00", "newsletter-eu#40"),
    Consent("PH-000000034", "NW09000091", "EMAIL", "SOFT_OPTIN", "jonas.weber@example.org", "2026-03-14T16:30:00+01:00", "checkout-eu#2310"),
    Consent("PH-000000035", "NW09000094", "EMAIL", "EXPRESS", "anna.schmidt@example.org", "2025-06-01T10:00:00+02:00", "webform-eu-v3#15"),
    Consent("PH-000000036", "NW09000095", "EMAIL", "EXPRESS", "margaux.petit@example.org", "2025-09-01T10:00:00+02:00", "webform-eu-v3#19"),
    Consent("PH-000000037", "NW09000088", "EMAIL", "EXPRESS", "lukas.becker@example.org", "2026-06-15T10:00:00+02:00", "pref-centre-eu#207"),
    # T14: the loyalty members' written consent to predictive-dialer calls
    Consent("PH-000000040", "NW09000100", "PHONE", "PEWC", "+12175550196", "2025-05-01T12:00:00-05:00", "loyalty-v2#L100"),
    Consent("PH-000000041", "NW09000101", "PHONE", "PEWC", "+12245550196", "2025-05-01T12:05:00-05:00", "loyalty-v2#L101"),
    Consent("PH-000000042", "NW09000102", "PHONE", "PEWC", "+13095550196", "2025-05-02T12:00:00-05:00", "loyalty-v2#L102"),
    Consent("PH-000000043", "NW09000103", "PHONE", "PEWC", "+16305550196", "2025-05-02T12:05:00-05:00", "loyalty-v2#L103"),
    Consent("PH-000000044", "NW09000104", "PHONE", "PEWC", "+17085550196", "2025-05-03T12:00:00-05:00", "loyalty-v2#L104"),
    Consent("PH-000000045", "NW09000105", "PHONE", "PEWC", "+17735550196", "2025-05-03T12:05:00-05:00", "loyalty-v2#L105"),
    Consent("PH-000000046", "NW09000106", "PHONE", "PEWC", "+18155550196", "2025-05-04T12:00:00-05:00", "loyalty-v2#L106"),
    Consent("PH-000000047", "NW09000107", "PHONE", "PEWC", "+18475550196", "2025-05-04T12:05:00-05:00", "loyalty-v2#L107"),
    Consent("PH-000000048", "NW09000108", "PHONE", "PEWC", "+18725550196", "2025-05-05T12:00:00-05:00", "loyalty-v2#L108"),
    Consent("PH-000000049", "NW09000109", "PHONE", "PEWC", "+16185550196", "2025-05-05T12:05:00-05:00", "loyalty-v2#L109"),
    Consent("PH-000000050", "NW09000110", "PHONE", "PEWC", "+14145550196", "2025-05-06T12:00:00-05:00", "loyalty-v2#L110"),
    Consent("PH-000000051", "NW09000111", "PHONE", "PEWC", "+16085550196", "2025-05-06T12:05:00-05:00", "loyalty-v2#L111"),
    Consent("PH-000000052", "NW09000112", "PHONE", "PEWC", "+17155550196", "2025-05-07T12:00:00-05:00", "loyalty-v2#L112"),
    Consent("PH-000000053", "NW09000113", "PHONE", "PEWC", "+19205550196", "2025-05-07T12:05:00-05:00", "loyalty-v2#L113"),
    Consent("PH-000000054", "NW09000114", "PHONE", "PEWC", "+16125550196", "2025-05-08T12:00:00-05:00", "loyalty-v2#L114"),
    Consent("PH-000000055", "NW09000115", "PHONE", "PEWC", "+16515550196", "2025-05-08T12:05:00-05:00", "loyalty-v2#L115"),
    Consent("PH-000000056", "NW09000116", "PHONE", "PEWC", "+12185550196", "2025-05-09T12:00:00-05:00", "loyalty-v2#L116"),
    Consent("PH-000000057", "NW09000117", "PHONE", "PEWC", "+15075550196", "2025-05-09T12:05:00-05:00", "loyalty-v2#L117"),
    Consent("PH-000000058", "NW09000118", "PHONE", "PEWC", "+15155550196", "2025-05-10T12:00:00-05:00", "loyalty-v2#L118"),
    Consent("PH-000000059", "NW09000119", "PHONE", "PEWC", "+13195550196", "2025-05-10T12:05:00-05:00", "loyalty-v2#L119"),
    *p7.CONSENTS,
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
    Registration("internal", "502-555-0195", "2026-07-08"),
    Registration("internal", "262-555-0195", "2026-08-03"),
    # State lists, each in its own format (T19)
    Registration("FL", "9545550195", "03/15/2024"),
    Registration("TX", "713-555-0195", "20250120"),
    Registration("TX", "512-555-0195", "20240611"),
    Registration("TX", "312-555-0195", "20230905"),
    Registration("PA", "2675550195", "2025/06/10", "19102"),
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
    Order("ORD-0000009", "NW09000075", "2026-04-02T18:00:00Z", 74.50),
    Order("ORD-0000010", "NW09000082", "2024-05-20T15:00:00Z", 1240.00),
    Order("ORD-0000011", "NW09000080", "2025-11-12T20:30:00Z", 865.75),
    Order("ORD-0000012", "NW09000089", "2025-11-20T14:00:00Z", 129.90),
    Order("ORD-0000013", "NW09000091", "2026-03-14T15:20:00Z", 89.00),
    Order("ORD-0000014", "NW09000092", "2026-03-05T10:00:00Z", 45.60),
)

INQUIRIES: tuple[Inquiry, ...] = (
    Inquiry("INQ-000001", "NW09000017", "2026-05-20T10:15:00-04:00"),
    Inquiry("INQ-000002", "NW09000031", "2026-02-20T11:00:00-05:00"),
    Inquiry("INQ-000003", "NW09000032", "2026-01-05T11:00:00-05:00"),
    Inquiry("INQ-000004", "NW09000042", "2026-09-29T16:30:00-04:00"),  # unlabelled: keeps the table current
)

# The SMS platform's inbound messages (UTC), with the sender's local time
INBOUND: tuple[Inbound, ...] = (
    Inbound("mo-000000001", "NW09000059", "15135550195", "2026-08-03T17:05:00Z", "2026-08-03 13:05:00", NY, "Stop", "sms-000000005", "SM-2026-08"),
    Inbound("mo-000000002", "NW09000060", "13805550195", "2026-07-02T20:00:00Z", "2026-07-02 16:00:00", NY, "STOP", "sms-000000008", "SM-2026-07"),
    Inbound("mo-000000003", "NW09000061", "16785550195", "2026-07-13T16:00:00Z", "2026-07-13 12:00:00", NY, "Opt-out", "sms-000000011", "SM-2026-07"),
    Inbound("mo-000000004", "NW09000064", "19845550195", "2026-07-06T16:00:00Z", "2026-07-06 12:00:00", NY, "Unsubscribe me", "sms-000000014", "SM-2026-07"),
    Inbound("mo-000000005", "NW09000065", "14125550195", "2026-08-21T03:30:00Z", "2026-08-20 23:30:00", NY, " stop ", "sms-000000016", "SM-2026-08"),
    Inbound("mo-000000006", "NW09000066", "19015550195", "2026-09-15T15:20:00Z", "2026-09-15 10:20:00", CHI, "STOP ALL", "sms-000000017", "SM-2026-09"),
    Inbound("mo-000000007", "NW09000067", "12105550195", "2026-09-02T23:45:00Z", "2026-09-02 18:45:00", CHI, "No más", "sms-000000018", "SM-2026-09"),
    Inbound("mo-000000008", "NW09000068", "12085550195", "2026-08-08T21:10:00Z", "2026-08-08 15:10:00", BOI, "Stopped by the Boise store today, thanks!", "sms-000000019", "SM-2026-08"),
    Inbound("mo-000000009", "NW09000069", "12485550195", "2026-08-14T22:30:00Z", "2026-08-14 18:30:00", DET, "UNSUBSCRIBE", "sms-000000020", "SM-2026-08"),
    # Unlabelled chatter at the period's edges (no opt-out words)
    Inbound("mo-000000010", "NW09000024", "15135550190", "2026-07-01T14:10:00Z", "2026-07-01 10:10:00", NY, "Thanks!", "", "SM-2026-06"),
    Inbound("mo-000000011", "NW09000024", "15135550190", "2026-09-30T18:40:00Z", "2026-09-30 14:40:00", NY, "What time do you open on Sunday?", "", "SM-2026-09"),
)

# The email platform's unsubscribe-link log (UTC with milliseconds)
CLICKS: tuple[Click, ...] = (
    Click("clk-0000001", "msg-0000000019", "laura.benson@example.org", "2026-08-05T13:59:00.000Z", "2026-08-05 09:59:00", "error"),
    Click("clk-0000002", "msg-0000000019", "laura.benson@example.org", "2026-08-05T20:00:00.000Z", "2026-08-05 16:00:00", "error"),
    Click("clk-0000003", "msg-0000000019", "laura.benson@example.org", "2026-08-06T15:00:00.000Z", "2026-08-06 11:00:00", "link_expired"),
    Click("clk-0000004", "msg-0000000020", "trevor.mills@example.org", "2026-09-14T15:00:00.000Z", "2026-09-14 11:00:00", "link_expired"),
    Click("clk-0000005", "msg-0000000021", "peter.lang@example.org", "2026-07-01T13:10:00.000Z", "2026-07-01 09:10:00", "unsubscribed"),
    Click("clk-0000006", "msg-0000000022", "julia.stone@example.org", "2026-09-30T20:15:00.000Z", "2026-09-30 16:15:00", "unsubscribed"),
)

# Disclosures (E9); the log's purpose codes are mapped by mapping.yaml
SHARES: tuple[Share, ...] = (
    Share("SH-00000005", "NW09000025", "Summit Lists LLC", "list_rental", "Y", "contact;purchase_history", "LIST_RENTAL", "2026-09-10T16:00:00Z"),
    Share("SH-00000006", "NW09000026", "MailPilot Inc.", "service_provider", "N", "contact;email_engagement", "SUPPRESSION", "2026-08-20T16:00:00Z"),
    Share("SH-00000007", "NW09000026", "MailPilot Inc.", "service_provider", "N", "contact;email_engagement", "ESP_SYNC", "2026-09-01T16:00:00Z"),
    Share("SH-00000008", "NW09000025", "Parcelwise Logistics", "service_provider", "N", "postal_address;order_history", "FULFILLMENT", "2026-09-15T16:00:00Z"),
    Share("SH-00000009", "NW09000027", "Summit Lists LLC", "list_rental", "Y", "contact;purchase_history", "LIST_RENTAL", "2026-08-12T16:00:00Z"),
    *p7.SHARES,
)

# Campaigns the planted cases need (the monthly waves are in fixed.py)
CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign("TM-CAMP-2026", "Phone", "Camping season calls 2026", "Camping"),
    Campaign("FALLCAMP-2026", "Phone", "Fall camping: calls and texts", "Camping"),
    Campaign("PD-2026-07-W", "Phone", "Loyalty renewals, west floor (predictive)", "Store card and loyalty"),
    Campaign("PD-2026-07-E", "Phone", "Loyalty renewals, east floor (predictive)", "Store card and loyalty"),
    Campaign("PD-2026-08-N", "Phone", "Loyalty renewals, north floor (predictive)", "Store card and loyalty"),
    Campaign("PD-2026-09-S", "Phone", "Loyalty renewals, south floor (predictive)", "Store card and loyalty"),
    Campaign("FX-CLEAR-2026-08", "Fax", "Trade clearance fax, August 2026", "Trade price list", "", "", "", "No"),
    Campaign("EM-2026-08-FLASH", "Email", "48-hour flash sale", "New arrivals", postal="No"),
    Campaign("EM-2026-09-VIP", "Email", "VIP early access", "New arrivals", ad="No"),
    Campaign("EM-2026-07-SURVEY", "Email", "Summer gear survey", "Customer research", "", "", ""),
    Campaign("EM-2026-09-EU", "Email", "Autumn catalogue (EU)", "New arrivals", unsubscribe="No"),
    *p7.CAMPAIGNS,
)

DOWNLOADS: tuple[Download, ...] = (
    Download("National DNC", "2026-07-06 06:00", "TM-CAMP-2026", "m.okafor"),
)

# The carrier's list of the company's numbers (T16): the dialer's ANI is 312-555-0199
CALLER_IDS: tuple[OwnedNumber, ...] = (
    OwnedNumber("312-555-0199", "ACTIVE", "05/01/2019", "", "Outbound sales (dialer ANI), Chicago call centre"),
    OwnedNumber("614-555-0199", "ACTIVE", "01/15/2015", "", "Main line, Columbus head office"),
    OwnedNumber("614-555-0198", "ACTIVE", "01/15/2015", "", "Fax line, Columbus head office"),
    OwnedNumber("614-555-0197", "DISCONNECTED", "03/01/2018", "06/30/2026", "Outbound sales (old line), Columbus"),
    OwnedNumber("469-555-0198", "ACTIVE", "08/03/2026", "", "Local presence, Dallas"),
)

C, ST = "contacts", "customers"
HOURS, STATE_HOURS, NDNC, CDNC = "TCPA-CALL-HOURS", "STATE-CALL-HOURS", "TCPA-NATIONAL-DNC", "TCPA-COMPANY-DNC"
EBR, PEWC, CANSPAM = "TCPA-EBR", "TCPA-PEWC", "CANSPAM-OPTOUT-HONOR"
CASL_C, CASL_EBR, CASL_U = "CASL-CONSENT", "CASL-IMPLIED-EBR", "CASL-UNSUBSCRIBE"
FREQ, FRESH, REVOKE, ABANDON = "STATE-CALL-FREQUENCY", "TCPA-DNC-REGISTRY-FRESHNESS", "TCPA-REVOCATION", "TCPA-ABANDONMENT"
PRE_RES, PRE_TSR, CALLER, SDNC = "TCPA-PRERECORDED-RESIDENTIAL", "TSR-PRERECORDED", "TCPA-CALLER-ID", "STATE-DNC-LISTS"
FAX_U, FAX_N, FAX_H, FAX_S = "FAX-UNSOLICITED-ADS", "FAX-OPTOUT-NOTICE", "FAX-OPTOUT-HONOR", "FAX-SOLICITED-OPTOUT"
MECH, CONTENT, TRANSFER = "CANSPAM-OPTOUT-MECHANISM", "CANSPAM-REQUIRED-CONTENT", "CANSPAM-NO-TRANSFER"
GDPR_C, GDPR_O = "GDPR-EMAIL-CONSENT", "GDPR-OBJECTION"

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
    # --- Issue 6 -------------------------------------------------------------------------------
    Label("T3-01", "T3", FREQ, C, "7000000058", "pass", "Tampa FL (813) number, third call of campaign TM-2026-08 within 24 hours: Tue 2026-08-11 at 09:30:00 EDT local, after Mon 2026-08-10 at 10:00 and 14:00 EDT; three are allowed."),
    Label("T3-02", "T3", FREQ, C, "7000000059", "violation", "Tampa FL number, fourth call of TM-2026-08 on Tue 2026-08-11 at 09:59:59 EDT local: the call three places earlier (Mon 2026-08-10 at 10:00:00 EDT) was 23 h 59 min 59 s before."),
    Label("T3-03", "T3", FREQ, C, "7000000060", "warning", "Tampa FL number, fifth call of TM-2026-08 on Tue 2026-08-11 at 14:00:00 EDT local: the call three places earlier (Mon 2026-08-10 at 14:00:00 EDT) was exactly 24 hours before (boundary)."),
    Label("T3-04", "T3", FREQ, C, "7000000062", "warning", "Wichita KS customer with an Oklahoma City (405) number: the call of Wed 2026-09-09 at 10:30 CDT local is the fourth contact of campaign FALLCAMP-2026 in 23 h 30 min (texts Tue 2026-09-08 11:00 and Wed 10:00 CDT and a call Tue 15:00 CDT count together); only the area code presumes Oklahoma, the address is in Kansas."),
    Label("T3-05", "T3", FREQ, C, "sms-000000024", "pass", "Orlando FL number: the text of Wed 2026-07-15 at 09:30 EDT local is the fourth contact within 24 hours (calls Tue 2026-07-14 10:00 and 13:00 EDT in TM-2026-07, texts 16:00 EDT and this one in SM-2026-07) but the second of its campaign: subjects are grouped by campaign."),
    Label("T3-06", "T3", FREQ, C, "7000000068", "violation", "Miami Beach FL landline called in LOYALTY-WINBACK on Tue 2026-06-30 at 14:00, 16:00 and 18:00 EDT (before the period: they count) and on Wed 2026-07-01 at 10:00 EDT local, 20 hours after the first: the fourth in 24 hours."),
    Label("T5-01", "T5", FRESH, C, "7000000069", "pass", "Charlotte NC number called Thu 2026-08-06 at 11:00 EDT local in TM-CAMP-2026, which the download log scrubbed with its own national copy of Mon 2026-07-06: 31 days old, allowed (the fortnightly copies naming no campaign do not count for it)."),
    Label("T5-02", "T5", FRESH, C, "7000000070", "violation", "Charlotte NC number called Fri 2026-08-07 at 11:00 EDT local in TM-CAMP-2026: the campaign's national copy of Mon 2026-07-06 is 32 days old (a fortnightly copy of 2026-07-27 names no campaign and does not count)."),
    Label("T10-01", "T10", PRE_RES, C, "7000000071", "violation", "Toledo OH landline, prerecorded (PRV) marketing call Tue 2026-07-21 at 12:00 EDT local with no written consent."),
    Label("T10-02", "T10", PRE_RES, C, "7000000072", "pass", "Akron OH landline, prerecorded marketing call Wed 2026-07-22 at 12:00 EDT local, with written consent for calls to the number of 2026-02-10."),
    Label("T10-03", "T10", PRE_TSR, C, "7000000073", "violation", "Parma OH mobile number, prerecorded marketing call Thu 2026-07-23 at 12:00 EDT local with no written consent: the TSR reaches any line (the TCPA's residential rule only landlines)."),
    Label("T9-08", "T9", PEWC, C, "7000000073", "violation", "Parma OH mobile number, prerecorded marketing call Thu 2026-07-23 at 12:00 EDT local with no prior express written consent."),
    Label("T10-04", "T10", PRE_RES, C, "7000000074", "warning", "Dayton OH landline, prerecorded call Fri 2026-07-24 at 12:00 EDT local with no written consent, and no call type in the dialer's export: purpose not recorded, judged as marketing (review)."),
    Label("T11-01", "T11", REVOKE, C, "sms-000000006", "pass", "Cincinnati OH mobile replied Stop to an SM-2026-08 text Mon 2026-08-03 at 13:05 EDT; another SM-2026-08 text Mon 2026-08-17 at 11:00 EDT local is business day 10 (Aug 4-7, 10-14, 17): inside the 10 business days."),
    Label("T6-09", "T6", CDNC, C, "sms-000000006", "violation", "Cincinnati OH mobile opted out by text Mon 2026-08-03 at 13:05 EDT; marketing text Mon 2026-08-17 at 11:00 EDT local, business day 10: past the company's 5 business days (last day 2026-08-10) (override; the legal 10 alone would pass it)."),
    Label("T11-02", "T11", REVOKE, C, "sms-000000007", "violation", "Cincinnati OH mobile replied Stop to SM-2026-08 on Mon 2026-08-03; SM-2026-08 text Tue 2026-08-18 at 11:00 EDT local is business day 11: after the last day, 2026-08-17, in the same program."),
    Label("T6-10", "T6", CDNC, C, "sms-000000007", "violation", "Cincinnati OH mobile opted out by text Mon 2026-08-03; marketing text Tue 2026-08-18 at 11:00 EDT local, business day 11: past the company's 5 and the legal 10 business days."),
    Label("T11-03", "T11", REVOKE, C, "sms-000000009", "warning", "Columbus OH mobile replied STOP to an SM-2026-07 text Thu 2026-07-02 at 16:00 EDT; SM-2026-07 text Fri 2026-07-17 at 11:00 EDT local: business day 10 if the observed Independence Day 2026-07-03 does not count, 11 if it does: the holiday reading decides (review)."),
    Label("T6-11", "T6", CDNC, C, "sms-000000009", "violation", "Columbus OH mobile opted out by text Thu 2026-07-02; marketing text Fri 2026-07-17 at 11:00 EDT local: past the company's 5 business days under either holiday reading (last day 2026-07-09 or 2026-07-10)."),
    Label("T11-04", "T11", REVOKE, C, "sms-000000010", "warning", "Columbus OH mobile replied STOP to program SM-2026-07 on Thu 2026-07-02; an order-update text (SVC-ORDERS, informational: another program and product line) Thu 2026-08-06 at 10:00 EDT local is past the 10 business days; whether a revocation reaches every program is unconfirmed (review)."),
    Label("T11-05", "T11", REVOKE, C, "sms-000000012", "violation", "Atlanta GA mobile replied Opt-out to an SM-2026-07 text Mon 2026-07-13 at 12:00 EDT; SM-2026-08 text Wed 2026-08-05 at 12:00 EDT local: both campaigns are the product line 'Seasonal text offers', one program; the 10 business days ended 2026-07-27."),
    Label("T6-12", "T6", CDNC, C, "sms-000000012", "violation", "Atlanta GA mobile opted out by text Mon 2026-07-13; marketing text Wed 2026-08-05 at 12:00 EDT local, business day 17: past every window."),
    Label("T11-06", "T11", REVOKE, C, "sms-000000013", "violation", "Louisville KY mobile asked a dialer agent not to be called Wed 2026-07-08 at 14:30 EDT (scope all); marketing text Thu 2026-07-30 at 12:00 EDT local: a call opt-out of every program reaches texts; business day 16 (last day 2026-07-22)."),
    Label("T6-13", "T6", CDNC, C, "sms-000000013", "violation", "Louisville KY mobile's do-not-call request Wed 2026-07-08; marketing text Thu 2026-07-30 at 12:00 EDT local, business day 16: past every window."),
    Label("T11-07", "T11", REVOKE, C, "7000000045", "warning", "Waukesha WI mobile's do-not-call request Mon 2026-08-03 at 11:00 CDT; predictive (PRED) call Wed 2026-08-26 at 11:00 CDT local, business day 17 (last day 2026-08-17): a predictive dialer is automated under some readings only (review)."),
    Label("T6-14", "T6", CDNC, C, "7000000045", "violation", "Waukesha WI mobile's do-not-call request Mon 2026-08-03 at 12:00 EDT; marketing call Wed 2026-08-26 at 11:00 CDT local, business day 17: past every window."),
    Label("T11-08", "T11", REVOKE, C, "sms-000000015", "pass", "Raleigh NC mobile replied 'Unsubscribe me' Mon 2026-07-06 at 12:00 EDT and signed up again on the web form Mon 2026-07-20 at 09:00 EDT; the SM-2026-08 text of Wed 2026-08-05 at 12:00 EDT local follows the new consent."),
    Label("T6-15", "T6", CDNC, C, "sms-000000015", "pass", "Raleigh NC mobile opted out by text Mon 2026-07-06; the written consent of Mon 2026-07-20 ended the opt-out before the text of Wed 2026-08-05 at 12:00 EDT local."),
    Label("T12-01", "T12", REVOKE, "sms_inbound", "mo-000000001", "pass", "Reply 'Stop' (a keyword) Mon 2026-08-03 at 13:05 EDT; the SMS platform recorded the opt-out the same second."),
    Label("T12-02", "T12", REVOKE, "sms_inbound", "mo-000000002", "pass", "Reply 'STOP' Thu 2026-07-02 at 16:00 EDT; opt-out recorded the same second."),
    Label("T12-03", "T12", REVOKE, "sms_inbound", "mo-000000003", "pass", "Reply 'Opt-out' (reads as the keyword 'opt out') Mon 2026-07-13 at 12:00 EDT; opt-out recorded the same second."),
    Label("T12-04", "T12", REVOKE, "sms_inbound", "mo-000000004", "pass", "Reply 'Unsubscribe me' (keyword + 'me': a clear reply) Mon 2026-07-06 at 12:00 EDT; opt-out recorded the same second."),
    Label("T12-05", "T12", REVOKE, "sms_inbound", "mo-000000005", "warning", "Reply ' stop ' (a keyword once trimmed) Thu 2026-08-20 at 23:30 EDT (Fri 03:30 UTC); the opt-out was applied Sat 2026-08-22 at 09:00 EDT, after the end of Fri 2026-08-21, business day 1 after the company day of receipt (counted from the UTC date, the last day would be Mon 2026-08-24)."),
    Label("T12-06", "T12", REVOKE, "sms_inbound", "mo-000000006", "violation", "Reply 'STOP ALL' (clear) Tue 2026-09-15 at 10:20 CDT; no opt-out for the number was ever recorded."),
    Label("T12-07", "T12", REVOKE, "sms_inbound", "mo-000000007", "warning", "Reply 'No más' (Spanish: a likely opt-out, not a listed keyword) Wed 2026-09-02 at 18:45 CDT; no opt-out recorded (review)."),
    Label("T12-08", "T12", REVOKE, "sms_inbound", "mo-000000008", "pass", "Reply 'Stopped by the Boise store today, thanks!' Sat 2026-08-08 at 15:10 MDT: 'stopped' is not the word 'stop'; not an opt-out."),
    Label("T12-09", "T12", REVOKE, "sms_inbound", "mo-000000009", "pass", "Reply 'UNSUBSCRIBE' Fri 2026-08-14 at 18:30 EDT; the opt-out was applied Mon 2026-08-17 at 16:00 EDT, business day 1 (the weekend does not count): in time."),
    Label("T14-01", "T14", ABANDON, "campaigns", "PD-2026-07-W 2026-07-06", "violation", "Predictive campaign PD-2026-07-W, window from its first call Mon 2026-07-06 to 2026-08-04: 32 answered calls, 1 abandoned and 31 taken by an agent: 1/32 = 3.1% of answered calls, over 3%."),
    Label("T14-02", "T14", ABANDON, "campaigns", "PD-2026-07-E 2026-07-06", "violation", "Predictive campaign PD-2026-07-E, window 2026-07-06 to 2026-08-04: 33 answered calls, 1 abandoned and 32 live: 1/33 = 3.03% of answered calls, over 3% (a rate rounded to 3.0% first would pass it)."),
    Label("T14-03", "T14", ABANDON, "campaigns", "PD-2026-08-N 2026-08-03", "warning", "Predictive campaign PD-2026-08-N, window 2026-08-03 to 2026-09-01: 3 abandoned and 97 live: 3/100 = 3.0% of answered calls (allowed) but 3/97 = 3.09% of live-answered ones: whether abandoned calls count as answered decides (review)."),
    Label("T14-04", "T14", ABANDON, "campaigns", "PD-2026-09-S 2026-09-01", "pass", "Predictive campaign PD-2026-09-S, window 2026-09-01 to 2026-09-30: 3 abandoned and 100 live: 2.9% of answered, exactly 3.0% of live-answered calls: inside either reading."),
    Label("T16-01", "T16", CALLER, C, "7000000046", "violation", "Omaha NE landline called Wed 2026-07-29 at 11:00 CDT local with no caller ID transmitted (the dialer's ANI is blank)."),
    Label("T16-02", "T16", CALLER, C, "7000000047", "violation", "Little Rock AR number called Thu 2026-08-13 at 11:00 CDT local showing 501-555-0197, a local number the company does not hold (spoofed)."),
    Label("T16-03", "T16", CALLER, C, "7000000048", "violation", "Dallas TX number called Fri 2026-07-31 at 11:00 CDT local showing 469-555-0198, which the company holds only from 2026-08-03."),
    Label("T16-04", "T16", CALLER, C, "7000000049", "pass", "Dallas TX number called Mon 2026-08-03 at 11:00 CDT local showing 469-555-0198, the company's from that day."),
    Label("T16-05", "T16", CALLER, C, "7000000050", "violation", "Columbus OH landline called Tue 2026-07-07 at 11:00 EDT local showing 614-555-0197, a line the company gave up after 2026-06-30."),
    Label("T19-01", "T19", SDNC, C, "7000000051", "violation", "Fort Lauderdale FL number on Florida's do-not-call list since 2024-03-15, called Tue 2026-08-04 at 11:00 EDT local with no permission and no purchase or inquiry."),
    Label("T19-02", "T19", SDNC, C, "7000000052", "warning", "Houston TX landline on Texas's list since 2025-01-20, called Wed 2026-08-05 at 11:00 CDT local, four months after a purchase (2026-04-02): the business-relationship exemption differs by state (review)."),
    Label("T19-03", "T19", SDNC, C, "7000000053", "pass", "Austin TX number on Texas's list since 2024-06-11, called Thu 2026-08-06 at 11:00 CDT local with signed written do-not-call permission of 2026-06-01."),
    Label("T19-04", "T19", SDNC, C, "7000000054", "warning", "Chicago (312) number on Texas's list since 2023-09-05, of a customer living in Chicago IL, called Fri 2026-08-07 at 11:00 CDT local: neither the address nor the area code is in Texas (review)."),
    Label("T19-05", "T19", SDNC, C, "7000000055", "violation", "Philadelphia PA landline on Pennsylvania's list since 2025-06-10, called Mon 2026-08-10 at 11:00 EDT local with no permission and no relationship."),
    Label("P23-01", "P23", FAX_U, C, "7000000042", "pass", "Trenton NJ fax of Tue 2026-08-04 at 11:00 EDT local, with fax permission of 2025-01-10, a purchase, and the opt-out notice on the campaign FX-B2B-2026."),
    Label("P23-02", "P23", FAX_U, C, "FJ-0000001", "violation", "Erie PA shop, known only from a trade-show list: fax advertisement of Tue 2026-07-14 at 14:00 EDT local with no permission and no purchase or inquiry."),
    Label("P23-03", "P23", FAX_N, C, "FJ-0000002", "violation", "Lexington KY shop with a purchase of 2025-11-12 but no permission: fax of Wed 2026-08-12 at 13:30 EDT local in FX-CLEAR-2026-08, which carries no opt-out notice."),
    Label("P23-04", "P23", FAX_S, C, "FJ-0000003", "warning", "Harrisburg PA shop with fax permission of 2025-02-03: fax of Wed 2026-08-12 at 13:32 EDT local in FX-CLEAR-2026-08 without the opt-out notice (the solicited-fax notice rule was vacated in 2017; review)."),
    Label("P23-05", "P23", FAX_H, C, "FJ-0000004", "pass", "Portland ME shop asked the fax opt-out line to stop Wed 2026-07-01 at 10:00 EDT; fax of Fri 2026-07-31 at 09:00 EDT local, 30 days later: inside the 30 days."),
    Label("P23-06", "P23", FAX_H, C, "FJ-0000005", "violation", "Portland ME shop asked to stop Wed 2026-07-01; fax of Mon 2026-08-03 at 09:00 EDT local, 33 days later."),
    Label("P23-07", "P23", FAX_U, C, "FJ-0000006", "pass", "Trenton NJ fax of Tue 2026-09-29 at 09:00 EDT local: permission and notice."),
    Label("P23-08", "P23", FAX_U, C, "FJ-0000007", "pass", "Lexington KY order confirmation (CONFIRM, informational) faxed Thu 2026-07-09 at 11:00 EDT local: not an advertisement."),
    Label("E2-01", "E2", MECH, "unsubscribe_events", "clk-0000001", "violation", "Unsubscribe link of the email of Mon 2026-07-06 at 10:00 EDT failed (error) on Wed 2026-08-05 at 09:59 EDT: 29 days 23 h 59 min after the send."),
    Label("E2-02", "E2", MECH, "unsubscribe_events", "clk-0000002", "warning", "Same link failed again Wed 2026-08-05 at 16:00 EDT: 30 days 6 hours after the send, but on the 30th day after it (2026-07-06 + 30 = 2026-08-05): the day reading decides (review)."),
    Label("E2-03", "E2", MECH, "unsubscribe_events", "clk-0000003", "pass", "Same link expired Thu 2026-08-06 at 11:00 EDT: 31 days after the send; the law asks 30."),
    Label("E2-04", "E2", MECH, "unsubscribe_events", "clk-0000004", "violation", "Unsubscribe link of the email of Wed 2026-09-02 at 10:00 EDT had expired when used Mon 2026-09-14 at 11:00 EDT, 12 days later."),
    Label("E4-01", "E4", CONTENT, C, "msg-0000000023", "violation", "Seattle WA recipient, promotional email Tue 2026-08-18 at 09:00 PDT local in EM-2026-08-FLASH, which carries no postal address."),
    Label("E4-02", "E4", CONTENT, C, "msg-0000000024", "warning", "Denver CO recipient with express email consent of 2025-10-01: email Thu 2026-09-10 at 09:00 MDT local in EM-2026-09-VIP, not identified as an advertisement (the prior-consent exemption is unconfirmed; review)."),
    Label("E4-03", "E4", CONTENT, C, "msg-0000000025", "violation", "Salt Lake City UT recipient without consent: email Thu 2026-09-10 at 09:00 MDT local in EM-2026-09-VIP, not identified as an advertisement."),
    Label("E4-04", "E4", CONTENT, C, "msg-0000000026", "pass", "Seattle WA recipient, email Wed 2026-07-08 at 09:00 PDT local in EM-2026-07-SURVEY, whose content flags were never filled in: not judged."),
    Label("E4-05", "E4", CONTENT, C, "msg-0000000030", "violation", "Berlin recipient, email Tue 2026-09-08 at 11:00 CEST local in EM-2026-09-EU, which has no unsubscribe link."),
    Label("E9-01", "E9", TRANSFER, "sharing", "SH-00000005", "violation", "Boston MA customer's email unsubscribed 2026-08-28; list rented to Summit Lists LLC on 2026-09-10."),
    Label("E9-02", "E9", TRANSFER, "sharing", "SH-00000006", "pass", "New Haven CT customer opted out 2026-08-03; sent to the email platform on 2026-08-20 as a suppression list."),
    Label("E9-03", "E9", TRANSFER, "sharing", "SH-00000007", "warning", "New Haven CT customer opted out 2026-08-03; synced to the email platform (a service provider) for delivery on 2026-09-01, not for suppression (review)."),
    Label("E9-04", "E9", TRANSFER, "sharing", "SH-00000008", "pass", "Boston MA customer's postal address and order history to a fulfilment provider on 2026-09-15: no email or contact data shared."),
    Label("E9-05", "E9", TRANSFER, "sharing", "SH-00000009", "pass", "Denver CO customer's list rental of 2026-08-12 follows the re-consent of 2026-07-20, which ended the 2026-05-11 opt-out."),
    Label("E14-01", "E14", GDPR_C, C, "msg-0000000027", "pass", "Berlin recipient with express consent (2025-03-10, again 2026-06-15): email Wed 2026-07-15 at 11:00 CEST local."),
    Label("E14-02", "E14", GDPR_C, C, "msg-0000000028", "pass", "Paris recipient, soft opt-in at checkout with a purchase on 2025-11-20: email Tue 2026-08-11 at 11:00 CEST local with an unsubscribe link."),
    Label("E14-03", "E14", GDPR_C, C, "msg-0000000029", "warning", "Dublin recipient recorded as soft opt-in (newsletter form of 2026-02-01) with no purchase or inquiry: email Thu 2026-08-20 at 10:00 IST local (review)."),
    Label("E14-04", "E14", GDPR_C, C, "msg-0000000030", "violation", "Berlin recipient, soft opt-in with a purchase of 2026-03-14: email Tue 2026-09-08 at 11:00 CEST local in a campaign with no unsubscribe link, which soft opt-in requires."),
    Label("E14-05", "E14", GDPR_C, C, "msg-0000000031", "warning", "Paris recipient with no consent but a purchase of 2026-03-05: email Wed 2026-07-22 at 11:00 CEST local (soft opt-in may apply; review)."),
    Label("E14-06", "E14", GDPR_C, C, "msg-0000000032", "violation", "Berlin recipient from a trade-fair list, no consent, purchase or inquiry: email Mon 2026-08-24 at 11:00 CEST local."),
    Label("E15-01", "E15", GDPR_O, C, "msg-0000000033", "violation", "Berlin recipient unsubscribed Mon 2026-08-03 at 12:00 CEST; promotional email Thu 2026-08-06 at 11:00 CEST local, 71 hours later."),
    Label("E1-13", "E1", CANSPAM, C, "msg-0000000033", "pass", "Berlin recipient unsubscribed Mon 2026-08-03 (06:00 EDT); email Thu 2026-08-06 at 11:00 CEST local is US business day 3: inside CAN-SPAM's window."),
    Label("E15-02", "E15", GDPR_O, C, "msg-0000000034", "warning", "Paris recipient unsubscribed Tue 2026-09-08 at 10:00 CEST; email the same day at 21:00 CEST local, 11 hours later (a send already queued? the law allows no grace; review)."),
    Label("E1-14", "E1", CANSPAM, C, "msg-0000000034", "pass", "Paris recipient unsubscribed Tue 2026-09-08; email the same day at 21:00 CEST local: US business day 0."),
    Label("E15-03", "E15", GDPR_O, C, "msg-0000000027", "pass", "Berlin recipient unsubscribed 2026-05-04 but gave express consent again on 2026-06-15; email Wed 2026-07-15 at 11:00 CEST local."),
    *p7l.LABELS,
)
# fmt: on
