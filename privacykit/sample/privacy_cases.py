# ruff: noqa: E501 -- literal tables: one record per line reads and diffs best.
"""Issue 7's planted cases: the records behind the privacy and industry checks (P1-P28).

As in ``cases.py``, every value is written by hand as its system exports it, and every fact
a label relies on was worked out by hand: ages on a date (a person turns N on the N-th
birthday; one born on 29 February turns a year older on 1 March in common years such as 2025),
business days (US federal: Juneteenth 2026-06-19 and Labor Day 2026-09-07 never count, the
observed Independence Day 2026-07-03 counts in one reading only), calendar days (the day of
receipt or delivery is day 0 in the company's zone, America/New_York), distances on the earth
(haversine, radius 6,371,008.8 m: 0.0001 degree of latitude is 11.12 m) and feet (exactly
0.3048 m: 1,750 ft = 533.4 m, 1,850 ft = 563.88 m). The labels are in ``privacy_labels.py``.

New customers are NW09000200-NW09000399, email only (no phone), at example.org. The systems
that write them: the CRM (new columns AGE, AGE_SEGMENT, CLOSED, PURGED), the preference centre
(consents: SALE_SHARE, SENSITIVE, TEEN_OPTIN, PARENT_3P), the pharmacy (HIPAA authorizations;
disclosures of prescriptions), the card unit's mail house (GLBA and FCRA notices; dates
YYYYMMDD) and opt-out line, the ad team's audience uploads (naive Los Angeles time), the web
team (policies), the privacy portal (requests), the consent platform (web sessions), the app
(locations), HR (roster), security (incidents, phishing training), legal (retention schedule)
and a vendor's sensitive-places layer.
"""

from __future__ import annotations

from privacykit.sample.records import (
    Campaign,
    Consent,
    Contact,
    Course,
    Incident,
    Location,
    Notice,
    OptOut,
    Person,
    Place,
    Request,
    Retention,
    Session,
    Share,
    StaffMember,
)

NY, CHI, DEN, LA = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"


def _p(n: int, first: str, last: str, dob: str, street: str, city: str, state: str, zip_: str,
       **kw: str) -> Person:  # fmt: skip
    """A planted customer of issue 7: email only, at example.org (no phone)."""
    email = f"{first}.{last}@example.org".lower().replace(" ", "").replace("é", "e")
    return Person(f"NW09{n:06d}", first, last, dob, "", "", email, street, city, state, zip_, **kw)


# fmt: off
PEOPLE: tuple[Person, ...] = (
    # P3: California minors (birth dates in the CRM's three spellings)
    _p(200, "Ava", "Castellanos", "3/14/2011", "1200 W 7th St", "Los Angeles", "CA", "90017"),
    _p(201, "Noor", "Haddad", "20120109", "200 E Santa Clara St", "San Jose", "California", "95113"),
    _p(202, "Eli", "Brandvold", "08/05/2010", "1500 Capitol Ave", "Sacramento", "CA", "95814"),
    _p(203, "Kai", "Nakamura-Ellis", "7/21/2013", "1100 Park Blvd", "San Diego", "ca", "92101"),
    _p(204, "Marisela", "Ocampo", "", "2600 Fresno St", "Fresno", "CA", "93721", age="15", created="10/01/2025 17:20"),
    _p(205, "Tobias", "Fairweather", "20111130", "1 Frank H Ogawa Plz", "Oakland", "CA", "94612"),
    _p(206, "Imani", "Delacroix", "4/18/2012", "333 W Ocean Blvd", "Long Beach", "CA", "90802"),
    _p(207, "Theo", "Lindqvist-Park", "06/02/2011", "1 Civic Center Plz", "Irvine", "CA", "92606"),
    _p(208, "Wren", "Halvorsen", "20120229", "735 Anacapa St", "Santa Barbara", "CA", "93101", created="06/01/2024 18:00"),
    # P8: teens in Connecticut, Maryland, Oregon, New Jersey and New Hampshire
    _p(210, "Hazel", "Whitcombe", "11/3/2010", "550 Main St", "Hartford", "CT", "06103"),
    _p(211, "Declan", "Szabo", "20080812", "165 Church St", "New Haven", "Connecticut", "06510"),
    _p(212, "Jordan", "Achterberg", "", "100 Light St", "Baltimore", "MD", "21202", segment="TEEN (MODEL)"),
    _p(213, "Skyler", "Vantongeren", "", "200 E Pratt St", "Baltimore", "md", "21202"),
    _p(214, "Amaya", "Brightwater", "5/27/2009", "401 E Fayette St", "Baltimore", "MD", "21202"),
    _p(215, "Finn", "Gallardo", "02/14/2011", "1221 SW 4th Ave", "Portland", "OR", "97204"),
    _p(216, "Juniper", "Ashdown", "20101201", "125 E 8th Ave", "Eugene", "Oregon", "97401"),
    _p(217, "Anjali", "Venkataraman", "1/20/2010", "920 Broad St", "Newark", "NJ", "07102"),
    _p(218, "Mateo", "Gruber", "10/05/2009", "319 E State St", "Trenton", "NJ", "08608"),
    _p(219, "Sienna", "Marchetti", "20090909", "280 Grove St", "Jersey City", "NJ", "07302"),
    _p(220, "Caleb", "Thorsby", "8/18/2013", "1 City Hall Plz", "Manchester", "NH", "03101"),
    _p(221, "Odette", "Fairbanks", "02/29/2008", "30 Montgomery St", "Jersey City", "NJ", "07302", created="09/10/2024 16:00"),
    _p(222, "Lila", "Bergstrom", "20140630", "229 Main St", "Nashua", "New Hampshire", "03060", created="03/05/2024 19:10"),
    # P18: Northwind Trail Kids (child-directed): sign-ups in the period, disclosures, closed accounts
    _p(230, "Benji", "Castellano", "5/10/2016", "77 S High St", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", created="07/08/2026 10:00"),
    _p(231, "Poppy", "Rademacher", "02/11/2015", "20 E Broad St", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", created="07/09/2026 10:00"),
    _p(232, "Arlo", "Kingsley", "20170930", "33 N 3rd St", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", created="07/15/2026 16:20"),
    _p(233, "Ivy", "Moretti", "12/12/2016", "150 E Gay St", "Columbus", "OH", "43215", kids="", source="kids_signup_form", created="08/03/2026 11:00"),
    _p(234, "Rowan", "Pettersen", "04/04/2015", "1 Nationwide Blvd", "Columbus", "OH", "43215", kids="N", source="web", created="08/10/2026 12:00"),
    _p(235, "Clara", "Vance", "20130820", "500 S Front St", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", created="08/20/2026 09:30"),
    _p(236, "Otto", "Brennan", "8/21/2013", "250 Civic Center Dr", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", created="08/20/2026 09:45"),
    _p(237, "Nell", "Ashworth", "", "65 E State St", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", age="9", created="09/03/2026 15:00"),
    _p(238, "Lyra", "Bellamy", "2/29/2012", "415 N Front St", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", created="02/28/2025 10:00"),
    _p(239, "Orion", "Bellamy", "20120229", "415 N Front St", "Columbus", "OH", "43215", kids="Y", source="kids_signup_form", created="03/01/2025 10:00"),
    _p(240, "Wesley", "Dunmore", "3/3/2016", "1 W Main St", "Springfield", "OH", "45502", kids="Y", source="kids_signup_form", created="06/14/2025 11:00"),
    _p(241, "Hattie", "Dunmore", "11/20/2014", "1 W Main St", "Springfield", "OH", "45502", kids="Y", source="kids_signup_form", created="06/14/2025 11:05"),
    _p(242, "Jasper", "Pennington", "20150707", "101 W Liberty St", "Medina", "OH", "44256", kids="Y", source="kids_signup_form", created="09/01/2025 15:00"),
    _p(243, "Maeve", "Oyelaran", "1/25/2016", "9 E Market St", "Akron", "OH", "44308", kids="Y", source="kids_signup_form", created="10/10/2025 14:00"),
    _p(244, "Quincy", "Harrowgate", "05/05/2015", "24 W 3rd St", "Mansfield", "OH", "44902", kids="Y", source="kids_signup_form", created="04/02/2024 12:00", closed="07/20/2025"),
    _p(245, "Tessa", "Lund", "9/9/2014", "30 N Main St", "Mansfield", "OH", "44902", kids="Y", source="kids_signup_form", created="04/02/2024 12:30", closed="07/20/2025", purged="2026-07-20 14:00"),
    _p(246, "Silas", "Fenwick", "20161010", "60 E Main St", "Newark", "OH", "43055", kids="Y", source="kids_signup_form", created="08/15/2024 12:00", closed="09/01/2025", purged="2026-09-02 10:00"),
    _p(247, "Greta", "Ingersoll", "12/24/2015", "42 S Sandusky St", "Delaware", "OH", "43015", kids="Y", source="kids_signup_form", created="11/11/2024 12:00", closed="10/15/2025"),
    # P9, P10, P11: sensitive data, precise location, sales in opt-in states
    _p(250, "Dolores", "Villarreal", "3/1/1979", "200 Congress Ave", "Austin", "TX", "78701"),
    _p(251, "Graham", "Whitlock", "19850612", "1001 Fannin St", "Houston", "Texas", "77002"),
    _p(252, "Beatriz", "Lindahl", "07/07/1990", "100 E Broad St", "Columbus", "OH", "43215"),
    _p(253, "Harlan", "Ostrowski", "11/19/1976", "1 Monument Cir", "Indianapolis", "IN", "46204"),
    _p(254, "Yvette", "Lachance", "19820405", "1701 Wynkoop St", "Denver", "CO", "80202"),
    _p(255, "Desmond", "Pryor", "2/2/1988", "1000 E Main St", "Richmond", "VA", "23219"),
    _p(256, "Marguerite", "Obi", "09/23/1971", "1500 Marilla St", "Dallas", "TX", "75201"),
    _p(260, "Rosalind", "Treadwell", "19750818", "1 E Pratt St", "Baltimore", "MD", "21202"),
    _p(261, "Cornelius", "Fitch", "6/6/1969", "100 Community Pl", "Annapolis", "Maryland", "21401"),
    _p(262, "Philippa", "Drummond", "04/30/1984", "8505 Fenton St", "Silver Spring", "MD", "20910"),
    _p(265, "Augustin", "Reeve", "19800101", "1120 SW 5th Ave", "Portland", "OR", "97204"),
    _p(266, "Juno", "Halloran", "9/15/2010", "555 Liberty St SE", "Salem", "OR", "97301"),
    _p(267, "Bodhi", "Sandoval", "08/19/2010", "710 NW Wall St", "Bend", "OR", "97703"),
    # P25: list rentals; P1: opt-outs of sale and sharing (California)
    _p(270, "Magnolia", "Pruett", "19770310", "100 Santa Rosa Ave", "Santa Rosa", "CA", "95404"),
    _p(271, "Ambrose", "Kettering", "5/5/1966", "2100 Clarendon Blvd", "Arlington", "VA", "22201"),
    _p(272, "Winifred", "Castellane", "10/10/1972", "10500 Little Patuxent Pkwy", "Columbia", "MD", "21044"),
    _p(273, "Rhea", "Holmgren", "20100303", "888 Washington Blvd", "Stamford", "CT", "06901"),
    _p(274, "Everett", "Saltonstall", "1/15/1961", "45 Lyon Ter", "Bridgeport", "CT", "06604"),
    _p(275, "Sage", "Whitford", "04/04/2011", "1300 NW Wall St", "Bend", "OR", "97703"),
    _p(276, "Callum", "Brisbois", "20110202", "229 Main St", "Nashua", "NH", "03060"),
    _p(277, "Delphine", "Marchbanks", "7/30/1983", "351 W Center St", "Provo", "UT", "84601"),
    _p(278, "Leopold", "Vasquez-Hale", "12/01/1979", "100 N Garfield Ave", "Pasadena", "CA", "91101"),
    _p(280, "Serafina", "Olmstead", "19910614", "200 N Spring St", "Los Angeles", "CA", "90012"),
    _p(281, "Augustus", "Pemberton", "3/3/1970", "1 Dr Carlton B Goodlett Pl", "San Francisco", "CA", "94102"),
    _p(282, "Philomena", "Crane", "08/08/1987", "250 Frank H Ogawa Plz", "Oakland", "CA", "94612"),
    _p(283, "Barnaby", "Whitlow", "19680227", "301 W 2nd St", "Austin", "TX", "78701"),
    # P2: Global Privacy Control (web sessions)
    _p(285, "Wilhelmina", "Strand", "6/21/1993", "111 S Grand Ave", "Los Angeles", "CA", "90012"),
    _p(286, "Cordelia", "Ashby", "19890909", "202 C St", "San Diego", "CA", "92101"),
    _p(287, "Lysander", "Okoro", "11/11/1981", "1437 Bannock St", "Denver", "CO", "80202"),
    _p(288, "Ottavia", "Rinaldi", "02/17/1995", "500 Castro St", "Mountain View", "CA", "94041"),
    # P4 and P20: app users' locations
    _p(290, "Anselm", "Brekke", "19860101", "1801 California St", "Denver", "CO", "80202"),
    _p(291, "Ottilie", "Sandvik", "4/19/1990", "1777 Broadway", "Boulder", "Colorado", "80302"),
    _p(292, "Thaddeus", "Moreland", "10/28/1978", "6801 Hollywood Blvd", "Los Angeles", "CA", "90028"),
    _p(293, "Percival", "Strand", "19720515", "2000 Polaris Pkwy", "Columbus", "OH", "43240"),
    _p(295, "Imogen", "Trevelyan", "7/7/1992", "240 N High St", "Columbus", "OH", "43215"),
    _p(296, "Bartholomew", "Kincaid", "03/19/1985", "300 W Pratt St", "Baltimore", "MD", "21201"),
    _p(297, "Henrietta", "Vos", "19940808", "10 E North Ave", "Baltimore", "MD", "21202"),
    _p(298, "Ignatius", "Hale-Burton", "1/30/1969", "1 Key Hwy", "Baltimore", "MD", "21230"),
    # P13 and P14: store-card holders (their accounts were opened on the CREATED day)
    _p(300, "Cassius", "Wendt", "5/14/1980", "10 W Broad St", "Columbus", "OH", "43215", card="Y", created="06/15/2026 10:30"),
    _p(301, "Leontyne", "Kowal", "19730303", "41 S High St", "Columbus", "OH", "43215", card="Y", created="06/15/2026 11:00"),
    _p(302, "Horatio", "Blaine", "09/09/1966", "1 Cascade Plz", "Akron", "OH", "44308", card="Y", created="05/01/2026 12:00"),
    _p(303, "Esmé", "Faraday", "19881212", "600 Superior Ave E", "Cleveland", "OH", "44114", card="Y", created="06/01/2026 09:15"),
    _p(304, "Bram", "Oduya", "2/28/1990", "1 Lakeside Ave", "Cleveland", "OH", "44114", card="Y", created="06/15/2026 14:00"),
    _p(305, "Ottoline", "Gray", "10/01/1958", "301 W Lakeside Ave", "Cleveland", "OH", "44113", card="Y", created="04/20/2026 10:00"),
    _p(306, "Linus", "Faulkner", "19770707", "101 W Prospect Ave", "Cleveland", "OH", "44115", card="Y", created="04/20/2026 10:30"),
    _p(307, "Minerva", "Quayle", "6/16/1983", "200 Public Sq", "Cleveland", "OH", "44114", card="", created="04/20/2026 11:00"),
    _p(308, "Barnabas", "Lowell", "12/30/1962", "1 Government Ctr", "Toledo", "OH", "43604", card="Y", created="05/04/2026 10:00"),
    _p(310, "Cyrus", "Penhallow", "19700420", "130 W 2nd St", "Dayton", "OH", "45402", card="Y", created="07/10/2024 10:00"),
    _p(311, "Delia", "Ravenscroft", "8/8/1986", "1 S Main St", "Dayton", "OH", "45402", card="Y", created="07/20/2025 11:00"),
    _p(312, "Emrys", "Talbot", "03/03/1979", "10 N Ludlow St", "Dayton", "OH", "45402", card="Y", created="08/03/2025 12:00"),
    _p(313, "Fenella", "Dorsey", "19910514", "40 N Main St", "Dayton", "OH", "45423", card="Y", created="08/14/2025 12:00"),
    _p(314, "Gideon", "Ashcombe", "1/1/1965", "100 E 3rd St", "Dayton", "OH", "45402", card="Y", created="08/17/2025 12:00"),
    _p(315, "Hester", "Lyle", "07/27/1974", "25 W 1st St", "Dayton", "OH", "45402", card="Y", created="07/25/2025 12:00", closed="06/30/2026"),
    _p(316, "Rosamund", "Tierney", "19680815", "2 E Main St", "Springfield", "OH", "45502", card="Y", created="10/20/2024 11:00"),
    _p(317, "Silvester", "Quarles", "3/9/1959", "76 S Main St", "Springfield", "OH", "45502", card="Y", created="10/15/2024 11:00"),
    # P15: affiliate marketing (the insurance agency's eligibility data)
    _p(320, "Rupert", "Vale", "19800202", "22 E Gay St", "Columbus", "OH", "43215"),
    _p(321, "Saoirse", "Keane", "4/12/1984", "37 W Broad St", "Columbus", "OH", "43215"),
    _p(322, "Tarquin", "Mosley", "11/30/1976", "175 S 3rd St", "Columbus", "OH", "43215"),
    _p(323, "Ulrike", "Brand", "19690621", "180 E Broad St", "Columbus", "OH", "43215"),
    _p(324, "Valentin", "Orsini", "8/1/1971", "1 E Campus View Blvd", "Columbus", "OH", "43235"),
    _p(325, "Xanthe", "Mercer", "02/02/1966", "3 Easton Oval", "Columbus", "OH", "43219"),
    _p(326, "Yorick", "Bellweather", "19580918", "4400 Easton Commons", "Columbus", "OH", "43219"),
    _p(327, "Zelda", "Pryce", "6/6/1963", "1000 Polaris Pkwy", "Columbus", "OH", "43240"),
    _p(328, "Aurelio", "Duarte", "10/10/1989", "4000 Morse Rd", "Columbus", "OH", "43230"),
    # P16 and P17: pharmacy patients
    _p(330, "Adelaide", "Borden", "19510312", "600 Vine St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(331, "Benedict", "Carrow", "7/4/1948", "312 Walnut St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(332, "Cressida", "Yates", "03/30/1957", "255 E 5th St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(333, "Dashiell", "Ebner", "19600101", "425 Walnut St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(334, "Euphemia", "Forde", "9/9/1954", "100 E 8th St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(335, "Florian", "Gage", "12/12/1961", "221 E 4th St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(336, "Gwendolyn", "Hartigan", "19450707", "700 Race St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(337, "Hamish", "Ivers", "5/5/1970", "1 W 4th St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(340, "Isolde", "Jarrow", "08/16/1958", "250 W Court St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(341, "Jago", "Kersey", "19670303", "105 E 4th St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(342, "Kerensa", "Lowry", "2/14/1980", "36 E 7th St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(343, "Lorcan", "Mabry", "11/01/1973", "120 E 4th St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(344, "Morwenna", "Nash", "19550505", "580 Walnut St", "Cincinnati", "OH", "45202", rx="Y"),
    _p(345, "Nevin", "Ormsby", "4/4/1962", "8 W 9th St", "Cincinnati", "OH", "45202", rx="Y"),
    # P6: privacy requests (California, and one New Yorker)
    _p(350, "Octavia", "Pell", "19820808", "350 S Grand Ave", "Los Angeles", "CA", "90071"),
    _p(351, "Peregrine", "Quick", "1/9/1975", "50 Fremont St", "San Francisco", "CA", "94105"),
    _p(352, "Quentin", "Rook", "06/18/1988", "402 W Broadway", "San Diego", "CA", "92101"),
    _p(353, "Romilly", "Shand", "19790214", "915 L St", "Sacramento", "CA", "95814"),
    _p(354, "Sebastian", "Thorne", "10/10/1990", "1111 Broadway", "Oakland", "CA", "94607"),
    _p(355, "Tamsin", "Upton", "3/23/1984", "2330 Tulare St", "Fresno", "CA", "93721"),
    _p(356, "Vesper", "Wilde", "19920707", "100 Wilshire Blvd", "Santa Monica", "CA", "90401"),
    _p(357, "Wystan", "Yale", "12/5/1969", "1 Market St", "San Francisco", "CA", "94105"),
    _p(358, "Ysolde", "Zorn", "05/05/1986", "600 W Broadway", "San Diego", "CA", "92101"),
    _p(359, "Ulysses", "Vane", "19730909", "1 Liberty Plz", "New York", "NY", "10006"),
    # P27: practice against the policy
    _p(360, "Ferdinand", "Ashgrove", "4/4/1977", "1 Canal St", "Dayton", "OH", "45402"),
    _p(361, "Genevieve", "Hollis", "09/09/1983", "1 World Way", "Los Angeles", "CA", "90045"),
    _p(362, "Horace", "Inglewood", "19660606", "50 W Town St", "Columbus", "OH", "43215"),
    _p(363, "Isadora", "Jessup", "2/2/1991", "88 E Broad St", "Columbus", "OH", "43215"),
    _p(364, "Jocelyn", "Kemble", "11/11/1987", "4000 Ocean Park Blvd", "Santa Monica", "CA", "90405"),
    _p(365, "Kenelm", "Larkin", "19740130", "400 E Town St", "Columbus", "OH", "43215"),
)

# The app's device tokens and ids of the issue 7 app users
_DEV = {n: f"dev-09{n:03d}" for n in (212, 213, 215, 290, 291, 292, 293, 295, 296, 297, 298)}

# Marketing emails (UTC Z) and app pushes (ISO +00:00), with the recipient's local time
CONTACTS: tuple[Contact, ...] = (
    # P15: the insurance agency's eligibility data (EM-2026-INS); Ohio recipients (EDT, UTC-4)
    Contact("esp", "msg-0000000101", "NW09000320", "rupert.vale@example.org", "2026-07-15T14:00:00Z", "2026-07-15 10:00:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000102", "NW09000321", "saoirse.keane@example.org", "2026-07-16T14:00:00Z", "2026-07-16 10:00:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000103", "NW09000322", "tarquin.mosley@example.org", "2026-07-20T14:00:00Z", "2026-07-20 10:00:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000104", "NW09000323", "ulrike.brand@example.org", "2026-07-20T14:05:00Z", "2026-07-20 10:05:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000105", "NW09000324", "valentin.orsini@example.org", "2026-08-19T14:00:00Z", "2026-08-19 10:00:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000106", "NW09000325", "xanthe.mercer@example.org", "2026-08-19T14:05:00Z", "2026-08-19 10:05:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000107", "NW09000326", "yorick.bellweather@example.org", "2026-08-19T14:10:00Z", "2026-08-19 10:10:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000108", "NW09000327", "zelda.pryce@example.org", "2026-08-19T14:15:00Z", "2026-08-19 10:15:00", NY, "EM-2026-INS", "promotional"),
    Contact("esp", "msg-0000000109", "NW09000328", "aurelio.duarte@example.org", "2026-08-19T14:20:00Z", "2026-08-19 10:20:00", NY, "EM-2026-08-CROSS", "promotional"),
    # P16: pharmacy marketing (Cincinnati, EDT)
    Contact("esp", "msg-0000000110", "NW09000330", "adelaide.borden@example.org", "2026-08-11T18:00:00Z", "2026-08-11 14:00:00", NY, "EM-2026-08-ALLERGY", "promotional"),
    Contact("esp", "msg-0000000111", "NW09000331", "benedict.carrow@example.org", "2026-08-11T18:00:00Z", "2026-08-11 14:00:00", NY, "EM-2026-08-ALLERGY", "promotional"),
    Contact("esp", "msg-0000000112", "NW09000332", "cressida.yates@example.org", "2026-08-11T18:00:00Z", "2026-08-11 14:00:00", NY, "EM-2026-08-ALLERGY", "promotional"),
    Contact("esp", "msg-0000000113", "NW09000333", "dashiell.ebner@example.org", "2026-08-11T18:00:00Z", "2026-08-11 14:00:00", NY, "EM-2026-08-ALLERGY", "promotional"),
    Contact("esp", "msg-0000000114", "NW09000334", "euphemia.forde@example.org", "2026-08-11T18:00:00Z", "2026-08-11 14:00:00", NY, "EM-2026-08-ALLERGY", "promotional"),
    Contact("esp", "msg-0000000115", "NW09000335", "florian.gage@example.org", "2026-08-11T18:00:00Z", "2026-08-11 14:00:00", NY, "EM-2026-08-ALLERGY", "promotional"),
    Contact("esp", "msg-0000000116", "NW09000336", "gwendolyn.hartigan@example.org", "2026-09-15T14:00:00Z", "2026-09-15 10:00:00", NY, "EM-2026-09-FLU", "promotional"),
    Contact("esp", "msg-0000000117", "NW09000337", "hamish.ivers@example.org", "2026-08-11T18:05:00Z", "2026-08-11 14:05:00", NY, "EM-2026-08-SUNSCREEN", "promotional"),
    # P8: the partner-picks push campaign, chosen from ad-network interest data (targeted ads)
    Contact("push", "PN-00000002", "NW09000212", _DEV[212], "2026-08-06T20:00:00+00:00", "2026-08-06 16:00:00", NY, "PU-2026-08-PARTNER"),
    Contact("push", "PN-00000003", "NW09000213", _DEV[213], "2026-08-06T20:01:00+00:00", "2026-08-06 16:01:00", NY, "PU-2026-08-PARTNER"),
    Contact("push", "PN-00000004", "NW09000215", _DEV[215], "2026-08-06T20:02:00+00:00", "2026-08-06 13:02:00", LA, "PU-2026-08-PARTNER"),
)

CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign("EM-2026-INS", "Email", "Trail insurance offers (Northwind Insurance Agency data)", "Insurance", affiliate="Yes"),
    Campaign("EM-2026-08-CROSS", "Email", "Cross-sell: gear for policyholders", "Insurance", affiliate=""),
    Campaign("EM-2026-08-ALLERGY", "Email", "Allergy season: relief from our pharmacy (sponsored)", "Pharmacy", rx="Yes", sponsor="Yes"),
    Campaign("EM-2026-09-FLU", "Email", "Flu shots: a free water bottle with yours", "Pharmacy", rx="Yes", gift="Yes"),
    Campaign("EM-2026-08-SUNSCREEN", "Email", "Sunscreen week", "Pharmacy"),
    Campaign("PU-2026-08-PARTNER", "Push", "Partner picks (from ad-network interests)", "App offers", targeted="Yes"),
)

# The preference centre: ISO times with offsets; channel and kind are its own codes
CONSENTS: tuple[Consent, ...] = (
    # P3, P8, P25: teens' own opt-ins to sale and sharing, a parent's for a teen
    Consent("PH-000000101", "NW09000201", "SALE_SHARE", "TEEN_OPTIN", "", "2026-05-02T11:00:00-07:00", "teen-optin-v1#201"),
    Consent("PH-000000102", "NW09000203", "SALE_SHARE", "TEEN_OPTIN", "", "2026-07-01T10:00:00-07:00", "teen-optin-v1#203"),
    Consent("PH-000000103", "NW09000206", "SALE_SHARE", "PARENTAL_VPC", "", "2026-04-02T18:00:00-07:00", "parent-form#206"),
    Consent("PH-000000104", "NW09000208", "SALE_SHARE", "TEEN_OPTIN", "", "2025-02-01T10:00:00-08:00", "teen-optin-v1#208"),
    Consent("PH-000000105", "NW09000210", "SALE_SHARE", "TEEN_OPTIN", "", "2026-03-10T16:00:00-04:00", "teen-optin-v1#210"),
    Consent("PH-000000106", "NW09000217", "SALE_SHARE", "TEEN_OPTIN", "", "2026-02-01T16:00:00-05:00", "teen-optin-v1#217"),
    Consent("PH-000000107", "NW09000276", "SALE_SHARE", "TEEN_OPTIN", "", "2026-05-01T16:00:00-04:00", "teen-optin-v1#276"),
    # P18: parents' verifiable consent on Northwind Trail Kids, and to disclosure to third parties
    Consent("PH-000000110", "NW09000230", "ALL", "PARENTAL_VPC", "", "2026-07-08T13:55:00Z", "vpc-card-check#230", source="kids_site"),
    Consent("PH-000000111", "NW09000231", "ALL", "PARENTAL_VPC", "", "2026-07-09T14:30:00Z", "vpc-card-check#231", source="kids_site"),
    Consent("PH-000000112", "NW09000240", "ALL", "PARENTAL_VPC", "", "2025-06-14T14:50:00Z", "vpc-card-check#240", source="kids_site"),
    Consent("PH-000000113", "NW09000241", "ALL", "PARENTAL_VPC", "", "2025-06-14T14:55:00Z", "vpc-card-check#241", source="kids_site"),
    Consent("PH-000000114", "NW09000241", "SALE_SHARE", "PARENT_3P", "", "2026-05-01T19:00:00Z", "vpc-3p-v1#241", source="kids_site"),
    Consent("PH-000000115", "NW09000242", "ALL", "PARENTAL_VPC", "", "2025-09-01T18:50:00Z", "vpc-card-check#242", source="kids_site"),
    Consent("PH-000000116", "NW09000243", "ALL", "PARENTAL_VPC", "", "2025-10-10T17:50:00Z", "vpc-card-check#243", source="kids_site"),
    Consent("PH-000000117", "NW09000244", "ALL", "PARENTAL_VPC", "", "2024-04-02T15:50:00Z", "vpc-card-check#244", source="kids_site"),
    Consent("PH-000000118", "NW09000245", "ALL", "PARENTAL_VPC", "", "2024-04-02T16:20:00Z", "vpc-card-check#245", source="kids_site"),
    Consent("PH-000000119", "NW09000246", "ALL", "PARENTAL_VPC", "", "2024-08-15T15:50:00Z", "vpc-card-check#246", source="kids_site"),
    Consent("PH-000000120", "NW09000247", "ALL", "PARENTAL_VPC", "", "2024-11-11T16:50:00Z", "vpc-card-check#247", source="kids_site"),
    # P9, P10, P11, P25: consent to sensitive data (precise location, health)
    Consent("PH-000000130", "NW09000251", "SENSITIVE", "EXPRESS", "", "2026-07-01T09:00:00-05:00", "sensitive-v2#251"),
    Consent("PH-000000131", "NW09000254", "SENSITIVE", "EXPRESS", "", "2026-07-23T09:00:00-06:00", "sensitive-v2#254"),
    Consent("PH-000000132", "NW09000255", "SENSITIVE", "EXPRESS", "", "2026-02-01T12:00:00-05:00", "sensitive-v2#255", revoked="2026-07-10T12:00:00-04:00"),
    Consent("PH-000000133", "NW09000260", "SENSITIVE", "EXPRESS", "", "2026-06-01T12:00:00-04:00", "sensitive-v2#260"),
    Consent("PH-000000134", "NW09000262", "SENSITIVE", "EXPRESS", "", "2026-06-01T12:00:00-04:00", "sensitive-v2#262"),
    Consent("PH-000000135", "NW09000265", "SENSITIVE", "EXPRESS", "", "2026-06-01T12:00:00-07:00", "sensitive-v2#265"),
    Consent("PH-000000136", "NW09000272", "SENSITIVE", "EXPRESS", "", "2026-06-01T12:00:00-04:00", "sensitive-v2#272"),
    # P1: a consumer who opted out and later opted back in to sale and sharing
    Consent("PH-000000140", "NW09000282", "SALE_SHARE", "EXPRESS", "", "2026-07-09T10:00:00-07:00", "optin-banner#282"),
    # P4, P20: the app's location permission (device ids; Anselm Brekke and Percival Strand never gave it)
    Consent("PH-000000150", "NW09000291", "LOCATION", "EXPRESS", _DEV[291], "2025-05-01T12:00:00-06:00", "app-optin"),
    Consent("PH-000000151", "NW09000292", "LOCATION", "EXPRESS", _DEV[292], "2025-05-01T12:00:00-07:00", "app-optin"),
    Consent("PH-000000152", "NW09000295", "LOCATION", "EXPRESS", _DEV[295], "2025-05-01T12:00:00-04:00", "app-optin"),
    Consent("PH-000000153", "NW09000296", "LOCATION", "EXPRESS", _DEV[296], "2025-05-01T12:00:00-04:00", "app-optin"),
    Consent("PH-000000154", "NW09000297", "LOCATION", "EXPRESS", _DEV[297], "2025-05-01T12:00:00-04:00", "app-optin"),
    Consent("PH-000000155", "NW09000298", "LOCATION", "EXPRESS", _DEV[298], "2025-05-01T12:00:00-04:00", "app-optin"),
    Consent("PH-000000156", "NW09000212", "PUSH", "EXPRESS", _DEV[212], "2026-01-10T12:00:00-05:00", "app-optin"),
    Consent("PH-000000157", "NW09000213", "PUSH", "EXPRESS", _DEV[213], "2026-01-10T12:00:00-05:00", "app-optin"),
    Consent("PH-000000158", "NW09000215", "PUSH", "EXPRESS", _DEV[215], "2026-01-10T12:00:00-08:00", "app-optin"),
)

# The pharmacy's HIPAA marketing authorizations (naive company time; SCOPE is the channels)
AUTHORIZATIONS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    # (AUTH_NO, PATIENT_ID, SIGNED, REVOKED, SCOPE, REMUNERATION_STMT, SPONSOR)
    ("HA-000001", "NW09000330", "05/04/2026 11:00", "", "ALL CONTACT", "Y", "Alder Pharma"),
    ("HA-000002", "NW09000331", "05/04/2026 11:10", "", "ALL CONTACT", "N", "Alder Pharma"),
    ("HA-000003", "NW09000332", "05/04/2026 11:20", "", "ALL CONTACT", "", "Alder Pharma"),
    ("HA-000004", "NW09000334", "05/04/2026 11:30", "", "TEXT ONLY", "Y", "Alder Pharma"),
    ("HA-000005", "NW09000335", "08/11/2026 15:00", "", "ALL CONTACT", "Y", "Alder Pharma"),
    ("HA-000006", "NW09000341", "06/01/2026 10:00", "", "ALL CONTACT", "Y", "Meridian Pharma Insights"),
    ("HA-000007", "NW09000345", "06/01/2026 10:10", "", "ALL CONTACT", "N", "Meridian Pharma Insights"),
)

OPTOUTS: tuple[OptOut, ...] = (
    # P1, P25: 'do not sell or share' taken by customer service (CRM: naive company time)
    OptOut("crm", "", "NW09000271", "ambrose.kettering@example.org", "06/01/2026 10:00", "2026-06-01 10:00:00", channel="DNSS"),
    OptOut("crm", "", "NW09000277", "delphine.marchbanks@example.org", "06/01/2026 12:00", "2026-06-01 12:00:00", channel="DNSS"),
    OptOut("crm", "", "NW09000281", "augustus.pemberton@example.org", "06/29/2026 11:00", "2026-06-29 11:00:00", channel="DNSS"),
    # P13, P15: the card unit's privacy opt-out line (GLBA sharing; affiliate marketing)
    OptOut("card", "OPT-000001", "NW09000308", "", "07/06/2026 10:00", "2026-07-06 10:00:00", via="phone", channel="NPI SHARING"),
    OptOut("card", "OPT-000002", "NW09000324", "", "09/12/2023 15:00", "2023-09-12 15:00:00", via="mail form", channel="AFFILIATE MKTG"),
    OptOut("card", "OPT-000003", "NW09000325", "", "06/01/2021 15:00", "2021-06-01 15:00:00", via="mail form", channel="AFFILIATE MKTG"),
    OptOut("card", "OPT-000004", "NW09000326", "", "08/19/2021 15:00", "2021-08-19 15:00:00", via="phone", channel="AFFILIATE MKTG"),
    OptOut("card", "OPT-000005", "NW09000327", "", "08/18/2021 15:00", "2021-08-18 15:00:00", via="phone", channel="AFFILIATE MKTG"),
)

_AD, _LIST, _RIDGE = ("Pinnacle Ads", "ad_platform"), ("Summit Lists LLC", "list_rental"), ("Ridgeline Travel Rewards", "nonaffiliated")
_GEO, _CLUB = ("GeoSignal Partners", "nonaffiliated"), ("Sierra Outdoor Club", "nonaffiliated")
_CP = "contact;purchase_history"

# The data-sharing log (UTC Z): rentals, partners, location data, service providers
SHARES: tuple[Share, ...] = (
    # P3 (California minors)
    Share("SH-00000101", "NW09000205", *_CLUB, "", _CP, "PARTNER_OFFER", "2026-07-22T16:00:00Z"),
    Share("SH-00000102", "NW09000207", "MailPilot Inc.", "service_provider", "N", "contact;email_engagement", "ESP_SYNC", "2026-07-22T16:00:00Z"),
    # P18 (b): a kid's account data to the kids' site host (a service provider)
    Share("SH-00000103", "NW09000242", "Campfire Cloud Hosting", "service_provider", "N", "app_activity", "HOSTING", "2026-08-04T16:00:00Z"),
    # P9 (precise location to an attribution partner: sharing, not a sale)
    Share("SH-00000110", "NW09000250", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-07-22T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000111", "NW09000251", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-07-22T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000112", "NW09000252", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-07-22T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000113", "NW09000253", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2025-12-31T17:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000114", "NW09000253", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-07-22T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000115", "NW09000254", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-07-22T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000116", "NW09000255", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-07-08T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000117", "NW09000255", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-07-22T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000118", "NW09000256", "Footpath Analytics", "ad_platform", "N", _CP, "VISIT_ATTRIB", "2026-07-22T16:00:00Z", cross_context="Y", sensitive=""),
    # P10 and P11 (sales of precise location; a club's purchase of member lists)
    Share("SH-00000120", "NW09000260", *_GEO, "Y", "precise_location", "DATA_SALE", "2026-08-05T16:00:00Z", sensitive="Y", precise="Y"),
    Share("SH-00000121", "NW09000261", *_CLUB, "Y", _CP, "PARTNER_OFFER", "2026-08-05T16:00:00Z"),
    Share("SH-00000122", "NW09000262", "Footpath Analytics", "ad_platform", "N", "precise_location", "VISIT_ATTRIB", "2026-08-05T16:00:00Z", cross_context="Y", sensitive="Y", precise="Y"),
    Share("SH-00000123", "NW09000265", *_GEO, "Y", "precise_location", "DATA_SALE", "2026-07-28T16:00:00Z", sensitive="Y", precise="Y"),
    Share("SH-00000124", "NW09000266", *_CLUB, "Y", _CP, "PARTNER_OFFER", "2026-08-19T16:00:00Z"),
    Share("SH-00000125", "NW09000267", *_CLUB, "Y", _CP, "PARTNER_OFFER", "2026-08-19T16:00:00Z"),
    # P25 (list rentals: a sale whatever 'sold' says) and P1
    Share("SH-00000130", "NW09000270", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-06T16:00:00Z"),
    Share("SH-00000131", "NW09000271", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-06T16:00:00Z"),
    Share("SH-00000132", "NW09000272", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-06T16:00:00Z", sensitive="Y"),
    Share("SH-00000133", "NW09000273", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-13T16:00:00Z"),
    Share("SH-00000134", "NW09000274", "Summit Lists LLC", "List Rental", "Y", _CP, "LIST_RENTAL", "2026-07-13T16:00:00Z"),
    Share("SH-00000135", "NW09000275", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-13T16:00:00Z"),
    Share("SH-00000136", "NW09000276", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-13T16:00:00Z"),
    Share("SH-00000137", "NW09000277", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-06T16:00:00Z"),
    Share("SH-00000138", "NW09000278", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-07-10T16:00:00Z"),
    # P13, P14: the card's co-branded travel-rewards partner (nonaffiliated; no exception code;
    # the card team types the type its own way in the first quarter, as on one rental)
    Share("SH-00000140", "NW09000300", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-15T16:00:00Z"),
    Share("SH-00000141", "NW09000301", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-16T16:00:00Z"),
    Share("SH-00000142", "NW09000302", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-08-01T16:00:00Z"),
    Share("SH-00000143", "NW09000303", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-08-10T16:00:00Z"),
    Share("SH-00000144", "NW09000304", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-20T16:00:00Z"),
    Share("SH-00000145", "NW09000304", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-21T16:00:00Z"),
    Share("SH-00000146", "NW09000305", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-22T16:00:00Z"),
    Share("SH-00000147", "NW09000306", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-22T16:00:00Z", glba="JOINT_MKTG"),
    Share("SH-00000148", "NW09000307", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-22T16:00:00Z"),
    Share("SH-00000149", "NW09000308", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-20T16:00:00Z"),
    Share("SH-00000150", "NW09000308", *_RIDGE, "N", "contact;account", "CO_BRAND", "2026-07-21T16:00:00Z"),
    Share("SH-00000151", "NW09000312", "Ridgeline Travel Rewards", "Non-affiliated", "N", "contact;account", "CO_BRAND", "2026-03-10T16:00:00Z"),
    Share("SH-00000152", "NW09000313", "Ridgeline Travel Rewards", "Non-affiliated", "N", "contact;account", "CO_BRAND", "2026-02-17T17:00:00Z"),
    Share("SH-00000153", "NW09000314", "Ridgeline Travel Rewards", "Non-affiliated", "N", "contact;account", "CO_BRAND", "2026-02-17T17:00:00Z"),
    Share("SH-00000154", "NW09000315", "Ridgeline Travel Rewards", "Non-affiliated", "N", "contact;account", "CO_BRAND", "2026-02-17T17:00:00Z"),
    # P27: rentals while the policy said 'we do not sell'; a data broker it never names
    Share("SH-00000160", "NW09000360", *_LIST, "Y", _CP, "LIST_RENTAL", "2025-11-05T17:00:00Z"),
    Share("SH-00000161", "NW09000361", *_LIST, "Y", _CP, "LIST_RENTAL", "2025-11-05T17:00:00Z"),
    Share("SH-00000162", "NW09000362", "Apex Data Exchange", "data_broker", "Y", _CP, "DATA_SALE", "2026-08-20T16:00:00Z"),
    Share("SH-00000163", "NW09000364", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-06-30T13:00:00Z"),
    Share("SH-00000164", "NW09000365", *_LIST, "Y", _CP, "LIST_RENTAL", "2026-06-30T16:00:00Z"),
)

# The ad team's audience uploads (naive America/Los_Angeles: PDT, UTC-7; the company's EDT
# is 3 hours ahead, the same day at these hours): cross-context sharing, never a sale
UPLOADS: tuple[Share, ...] = (
    # P3
    Share("AU-0000001", "NW09000200", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-14 09:00:00"),
    Share("AU-0000002", "NW09000201", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-14 09:00:00"),
    Share("AU-0000003", "NW09000202", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-08-04 09:00:00"),
    Share("AU-0000004", "NW09000202", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-08-05 09:00:00"),
    Share("AU-0000005", "NW09000203", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-20 09:00:00"),
    Share("AU-0000006", "NW09000203", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-21 09:00:00"),
    Share("AU-0000007", "NW09000204", *_AD, "N", _CP, "Back to school", "2026-09-10 09:00:00"),
    Share("AU-0000008", "NW09000206", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-14 09:00:00"),
    Share("AU-0000009", "NW09000208", *_AD, "N", _CP, "Winter sale", "2025-02-28 09:00:00"),
    Share("AU-0000010", "NW09000208", *_AD, "N", _CP, "Winter sale", "2025-03-01 09:00:00"),
    # P8
    Share("AU-0000020", "NW09000210", *_AD, "N", _CP, "Lookalike: summer campers", "2026-06-30 09:00:00"),
    Share("AU-0000021", "NW09000210", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-01 09:00:00"),
    Share("AU-0000022", "NW09000211", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-08-11 09:00:00"),
    Share("AU-0000023", "NW09000211", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-08-12 09:00:00"),
    Share("AU-0000024", "NW09000214", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-22 09:00:00"),
    Share("AU-0000025", "NW09000216", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-22 09:00:00"),
    Share("AU-0000026", "NW09000217", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-22 09:00:00"),
    Share("AU-0000027", "NW09000218", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-22 09:00:00"),
    Share("AU-0000028", "NW09000219", *_AD, "N", _CP, "Back to school", "2026-09-09 09:00:00"),
    Share("AU-0000029", "NW09000220", *_AD, "N", _CP, "Back to school", "2026-08-18 09:00:00"),
    Share("AU-0000030", "NW09000221", *_AD, "N", _CP, "Winter sale", "2025-02-28 09:00:00"),
    Share("AU-0000031", "NW09000221", *_AD, "N", _CP, "Winter sale", "2025-03-01 09:00:00"),
    Share("AU-0000032", "NW09000222", *_AD, "N", _CP, "Lookalike: summer campers", "2026-07-29 09:00:00"),
    # P18 (b): Northwind Trail Kids app activity
    Share("AU-0000040", "NW09000240", *_AD, "N", "app_activity", "Kids: trail badges", "2026-08-04 09:00:00"),
    Share("AU-0000041", "NW09000241", *_AD, "N", "app_activity", "Kids: trail badges", "2026-08-04 09:00:00"),
    Share("AU-0000042", "NW09000243", *_AD, "N", "app_activity", "Kids: trail badges", "2026-04-21 09:00:00"),
    Share("AU-0000043", "NW09000243", *_AD, "N", "app_activity", "Kids: trail badges", "2026-04-22 09:00:00"),
    # P1, P2
    Share("AU-0000050", "NW09000280", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-07-27 09:00:00"),
    Share("AU-0000051", "NW09000280", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-07-28 09:00:00"),
    Share("AU-0000052", "NW09000281", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-07-20 09:00:00"),
    Share("AU-0000053", "NW09000281", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-07-21 09:00:00"),
    Share("AU-0000054", "NW09000281", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-07-22 09:00:00"),
    Share("AU-0000055", "NW09000282", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-08-10 09:00:00"),
    Share("AU-0000056", "NW09000283", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-08-10 09:00:00"),
    Share("AU-0000057", "NW09000286", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-07-27 09:00:00"),
    Share("AU-0000058", "NW09000286", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-07-28 09:00:00"),
    Share("AU-0000059", "NW09000287", *_AD, "N", _CP, "Retargeting: cart abandoners", "2026-08-10 09:00:00"),
    # P27: a category the policy never names
    Share("AU-0000060", "NW09000363", *_AD, "N", "contact;loyalty_tier", "Loyalty tier lookalike", "2026-08-20 09:00:00"),
)

# The pharmacy's disclosures of prescription data (DISCLOSED: MM/DD/YYYY, company time)
RX_DISCLOSURES: tuple[Share, ...] = (
    Share("RXD-000001", "NW09000340", "Meridian Pharma Insights", "THIRD PARTY", "Y", "prescriptions", "DATA LICENSE", "08/18/2026"),
    Share("RXD-000002", "NW09000341", "Meridian Pharma Insights", "THIRD PARTY", "Y", "prescriptions", "DATA LICENSE", "08/18/2026"),
    Share("RXD-000003", "NW09000342", "Ohio Immunization Registry", "THIRD PARTY", "Y", "prescriptions", "PUBLIC HEALTH", "08/18/2026"),
    Share("RXD-000004", "NW09000343", "Buckeye University Pharmacy Research", "THIRD PARTY", "Y", "prescriptions", "RESEARCH", "08/18/2026"),
    Share("RXD-000005", "NW09000344", "Meridian Pharma Insights", "THIRD PARTY", "", "prescriptions", "DATA LICENSE", "08/18/2026"),
    Share("RXD-000006", "NW09000345", "Meridian Pharma Insights", "THIRD PARTY", "Y", "prescriptions", "DATA LICENSE", "08/18/2026"),
)

# Declared practices of the online policies (codes of the kit's vocabulary)
_CCPA_ITEMS = ("categories_collected;sensitive_categories;sources;purposes;third_party_categories;"
               "sold_or_shared_12m;rights;request_methods;opt_out_signals;authorized_agents;"
               "minors_under_16;contact;last_updated;metrics")
_CALOPPA_ITEMS = ("categories_collected;third_party_categories;change_process;change_notification;"
                  "effective_date;do_not_track;third_party_tracking")
_CATEGORIES = ("category:contact;category:email_engagement;category:purchase_history;category:account;"
               "category:transactions;category:postal_address;category:order_history;"
               "category:precise_location;category:app_activity;category:prescriptions")
_BEFORE = f"no_sale;service_providers;ad_platforms;nonaffiliated;{_CATEGORIES}"  # until 2026-06-30
_AFTER = f"service_providers;ad_platforms;nonaffiliated;affiliates;list_rentals;{_CATEGORIES}"


def _policy(n: int, kind: str, version: str, at: str, practices: str) -> Notice:
    return Notice("web", f"NT-{n:07d}", kind, version, "", at, "web", practices)


NOTICES: tuple[Notice, ...] = (
    # The privacy policy page (CCPA section), and its CalOPPA page, as each version was posted
    _policy(1, "ccpa_policy", "2023.3", "2023-11-20T15:00:00Z", f"{_CCPA_ITEMS};{_BEFORE}"),
    _policy(2, "ccpa_policy", "2024.3", "2024-11-20T15:00:00Z", f"{_CCPA_ITEMS};{_BEFORE}"),
    _policy(3, "ccpa_policy", "2025.4", "2025-12-01T15:00:00Z", f"{_CCPA_ITEMS};{_BEFORE}"),
    _policy(4, "ccpa_policy", "2026.1", "2026-06-30T14:00:00Z", f"{_CCPA_ITEMS.replace('opt_out_signals;', '')};{_AFTER}"),
    _policy(5, "ccpa_policy", "2026.2", "2026-09-15T14:00:00Z", f"{_CCPA_ITEMS}; Service_Providers; Ad_Platforms; nonaffiliated; Affiliates; List_Rentals; {_CATEGORIES}"),
    _policy(6, "caloppa", "2023.3", "2023-11-20T15:00:00Z", f"{_CALOPPA_ITEMS};{_BEFORE}"),
    _policy(7, "caloppa", "2024.3", "2024-11-20T15:00:00Z", f"{_CALOPPA_ITEMS};{_BEFORE}"),
    _policy(8, "caloppa", "2025.4", "2025-12-01T15:00:00Z", f"{_CALOPPA_ITEMS};{_BEFORE}"),
    _policy(9, "caloppa", "2026.1", "2026-06-30T14:00:00Z", f"{_CALOPPA_ITEMS.replace(';do_not_track', '')};{_AFTER}"),
    _policy(10, "caloppa", "2026.2", "2026-09-15T14:00:00Z", f"{_CALOPPA_ITEMS.replace('change_process;', '')};{_AFTER}"),
    # Northwind Trail Kids' COPPA notice; the pharmacy's notice of privacy practices
    _policy(11, "coppa", "2025.1", "2025-06-23T14:00:00Z", "categories_collected;purposes;contact;rights;retention_policy"),
    _policy(12, "coppa", "2026.1", "2026-04-01T14:00:00Z", "categories_collected;purposes;contact;rights;retention_policy;third_party_categories"),
    _policy(13, "hipaa_npp", "2024.1", "2024-02-01T14:00:00Z", ""),
    # The card unit's mail house: GLBA initial (with the opt-out form), opt-out and annual
    # notices and the FCRA affiliate-marketing notice. The notice text changed on 2023-09-15
    # (version 2023.2); 2021.1 was the one before, and old stock of it was still mailed.
    Notice("card", "NM-000001", "PRIV-INIT", "2023.2", "NW09000300", "20260615", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000002", "PRIV-INIT", "2023.2", "NW09000301", "20260615", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000003", "PRIV-INIT", "2023.2", "NW09000302", "20260501", "USPS"),
    Notice("card", "NM-000004", "PRIV-OPTOUT", "2023.2", "NW09000302", "20260710", "USPS"),
    Notice("card", "NM-000005", "PRIV-INIT", "2023.2", "NW09000303", "20260601", "EDELIVERY", "OPT-OUT FORM"),
    Notice("card", "NM-000006", "PRIV-INIT", "2023.2", "NW09000304", "20260615", "EDELIVERY", "OPT-OUT FORM", "2026-06-20T19:30:00-04:00"),
    Notice("card", "NM-000007", "PRIV-INIT", "2023.2", "NW09000308", "20260504", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000010", "PRIV-INIT", "2023.2", "NW09000310", "20240710", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000011", "PRIV-ANNUAL", "2023.2", "NW09000310", "20250710", "USPS"),
    Notice("card", "NM-000012", "PRIV-INIT", "2023.2", "NW09000311", "20250720", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000013", "PRIV-INIT", "2023.2", "NW09000312", "20250803", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000014", "PRIV-INIT", "2023.2", "NW09000313", "20250814", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000015", "PRIV-ANNUAL", "2023.2", "NW09000313", "20260814", "USPS"),
    Notice("card", "NM-000016", "PRIV-INIT", "2023.2", "NW09000314", "20250817", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000017", "PRIV-ANNUAL", "2023.2", "NW09000314", "20260818", "USPS"),
    Notice("card", "NM-000018", "PRIV-INIT", "2023.2", "NW09000315", "20250725", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000019", "PRIV-INIT", "2023.2", "NW09000316", "20241020", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000009", "PRIV-INIT", "2021.1", "NW09000317", "20241015", "USPS", "OPT-OUT FORM"),
    Notice("card", "NM-000020", "AFFIL-MKTG", "2023.2", "NW09000320", "20260615", "USPS"),
    Notice("card", "NM-000021", "AFFIL-MKTG", "2023.2", "NW09000321", "20260615", "USPS"),
    Notice("card", "NM-000022", "AFFIL-MKTG", "2023.2", "NW09000322", "20260601", "EDELIVERY"),
    Notice("card", "NM-000023", "AFFIL-MKTG", "2023.2", "NW09000324", "20230801", "USPS"),
    Notice("card", "NM-000024", "AFFIL-MKTG", "2021.1", "NW09000325", "20210401", "USPS"),
    Notice("card", "NM-000025", "AFFIL-MKTG", "2021.1", "NW09000326", "20210701", "USPS"),
    Notice("card", "NM-000026", "AFFIL-MKTG", "2021.1", "NW09000327", "20210701", "USPS"),
)

# The privacy portal (ISO UTC); Pacific customers' requests come in at 10:00 PDT = 13:00 EDT
REQUESTS: tuple[Request, ...] = (
    # P1, P25: opt-outs of sale and sharing
    Request("PR-000101", "NW09000270", "Do Not Sell or Share", "2026-06-01T17:00:00Z", "2026-06-01T17:00:05Z", "2026-06-01T17:00:05Z"),
    Request("PR-000102", "NW09000278", "Do Not Sell or Share", "2026-07-06T17:00:00Z", "2026-07-06T17:00:05Z", "2026-07-06T17:00:05Z"),
    Request("PR-000103", "NW09000280", "Do Not Sell or Share", "2026-07-06T17:00:00Z", "2026-07-06T17:00:05Z", "2026-07-06T17:00:05Z"),
    Request("PR-000104", "NW09000282", "Do Not Sell or Share", "2026-07-06T17:00:00Z", "2026-07-06T17:00:05Z", "2026-07-06T17:00:05Z"),
    Request("PR-000105", "NW09000283", "Do Not Sell or Share", "2026-07-06T15:00:00Z", "2026-07-06T15:00:05Z", "2026-07-06T15:00:05Z"),
    # P4: a request to limit the use of sensitive personal information
    Request("PR-000106", "NW09000292", "Limit Use of Sensitive PI", "2026-07-06T17:00:00Z", "2026-07-06T17:00:05Z", "2026-07-06T17:00:05Z"),
    # P6: requests to know, delete and correct
    Request("PR-000111", "NW09000350", "Right to Know", "2026-07-06T17:00:00Z", "2026-07-20T17:00:00Z", "2026-08-20T17:00:00Z"),
    Request("PR-000112", "NW09000351", "Right to Know", "2026-07-06T17:00:00Z", "2026-07-21T17:00:00Z", "2026-08-05T17:00:00Z"),
    Request("PR-000113", "NW09000352", "Delete My Data", "2026-07-13T17:00:00Z", "2026-07-14T17:00:00Z", "2026-08-28T17:00:00Z"),
    Request("PR-000114", "NW09000353", "Delete My Data", "2026-07-13T17:00:00Z", "2026-07-14T17:00:00Z", "", "2026-08-27T17:00:00Z"),
    Request("PR-000115", "NW09000354", "Correct My Data", "2026-06-01T17:00:00Z", "2026-06-02T17:00:00Z", "2026-08-31T17:00:00Z", "2026-07-10T17:00:00Z"),
    Request("PR-000116", "NW09000355", "Right to Know", "2026-06-01T17:00:00Z", "2026-06-02T17:00:00Z", "2026-08-30T17:00:00Z", "2026-07-10T17:00:00Z"),
    Request("PR-000117", "NW09000356", "Right to Know", "2026-08-03T17:00:00Z", "", "2026-08-25T17:00:00Z"),
    Request("PR-000118", "NW09000357", "Delete My Data", "2026-07-01T17:00:00Z", "2026-07-02T17:00:00Z", "2026-09-20T17:00:00Z", "2026-08-16T17:00:00Z"),
    Request("PR-000119", "NW09000358", "Right to Know", "2026-07-20T17:00:00Z", "2026-07-21T17:00:00Z", ""),
    Request("PR-000120", "NW09000359", "Right to Know", "2026-07-06T14:00:00Z", "2026-08-03T14:00:00Z", "2026-09-30T14:00:00Z"),
)

# The consent platform's sessions (Parquet, UTC). Visitors without a CRM id are anonymous.
SESSIONS: tuple[Session, ...] = (
    Session("cmp-00000001", "v-7f3a01", "NW09000285", "2026-07-14T17:00:00Z", "CA", 1, "fired"),
    Session("cmp-00000002", "v-7f3a01", "NW09000285", "2026-07-15T17:00:00Z", "CA", 1, "suppressed"),
    Session("cmp-00000003", "v-7f3a02", "NW09000285", "2026-07-16T17:00:00Z", "CA", 0, "fired"),
    Session("cmp-00000004", "v-2b9c11", "", "2026-08-04T16:00:00Z", "CO", 1, "fired"),
    Session("cmp-00000005", "v-2b9c12", "", "2026-08-04T16:10:00Z", "NJ", 1, "fired"),
    Session("cmp-00000006", "v-2b9c13", "", "2026-08-04T16:20:00Z", "UT", 1, "fired"),
    Session("cmp-00000007", "v-2b9c14", "", "2026-08-04T16:30:00Z", "Connecticut", 1, "fired"),
    Session("cmp-00000008", "v-5d0e21", "NW09000288", "2026-08-04T18:00:00Z", "", 1, "fired"),
    Session("cmp-00000009", "v-5d0e22", "NW09000286", "2026-07-06T17:00:00Z", "CA", 1, "suppressed"),
    Session("cmp-00000010", "v-5d0e23", "NW09000287", "2026-07-06T16:00:00Z", "co", 1, "suppressed"),
    # Unlabelled: the log runs to the period's edges
    Session("cmp-00000011", "v-0a0a01", "", "2026-07-01T04:30:00Z", "OH", 0, "fired"),
    Session("cmp-00000012", "v-0a0a02", "", "2026-10-01T03:30:00Z", "OH", 0, "fired"),
)

# The app's location events (naive UTC); accuracy in metres (None: not recorded)
LOCATIONS: tuple[Location, ...] = (
    # P4: Denver CO (MDT, UTC-6), no location permission on record
    Location("LOC-00000101", "NW09000290", _DEV[290], "2026-08-10 18:00:00", 39.7800, -105.0500, 533.4, "store_finder"),
    Location("LOC-00000102", "NW09000290", _DEV[290], "2026-08-11 18:00:00", 39.7800, -105.0500, 533.5, "store_finder"),
    Location("LOC-00000103", "NW09000290", _DEV[290], "2026-08-12 18:00:00", 39.7800, -105.0500, 563.88, "store_finder"),
    Location("LOC-00000104", "NW09000290", _DEV[290], "2026-08-13 18:00:00", 39.7800, -105.0500, 563.9, "store_finder"),
    Location("LOC-00000105", "NW09000290", _DEV[290], "2026-08-14 18:00:00", 39.7800, -105.0500, None, "store_finder"),
    Location("LOC-00000106", "NW09000291", _DEV[291], "2026-08-10 18:00:00", 40.0150, -105.2700, 533.4, "store_finder"),
    # P4: Los Angeles CA, after a request to limit (2026-07-06)
    Location("LOC-00000107", "NW09000292", _DEV[292], "2026-08-10 19:00:00", 34.1500, -118.4500, 563.88, "ad_segment"),
    Location("LOC-00000108", "NW09000292", _DEV[292], "2026-08-10 19:05:00", 34.1500, -118.4500, 563.9, "ad_segment"),
    Location("LOC-00000109", "NW09000292", _DEV[292], "2026-08-10 19:10:00", 34.1500, -118.4500, 30.0, "store_finder"),
    Location("LOC-00000110", "NW09000292", _DEV[292], "2026-07-20 19:00:00", 34.1500, -118.4500, 30.0, "ad_segment"),
    Location("LOC-00000111", "NW09000293", _DEV[293], "2026-08-10 16:00:00", 40.0500, -82.9000, 30.0, "store_finder"),
    # P20: near the sensitive places of Columbus and Baltimore (offsets in latitude only)
    Location("LOC-00000120", "NW09000295", _DEV[295], "2026-08-12 16:00:00", 39.9639, -82.9988, 20.0, "ad_segment"),
    Location("LOC-00000121", "NW09000295", _DEV[295], "2026-08-13 16:00:00", 39.9808, -83.0200, None, "ad_segment"),
    Location("LOC-00000122", "NW09000296", _DEV[296], "2026-08-12 16:00:00", 39.2886, -76.6120, 15.0, "ad_segment"),
    Location("LOC-00000123", "NW09000296", _DEV[296], "2026-08-13 16:00:00", 39.2859, -76.6120, 15.0, "store_finder"),
    Location("LOC-00000124", "NW09000296", _DEV[296], "2026-08-14 16:00:00", 39.2859, -76.6120, 1500.0, "ad_segment"),
    Location("LOC-00000125", "NW09000297", _DEV[297], "2026-08-12 16:00:00", 39.30225, -76.6000, 25.0, "ad_segment"),
    Location("LOC-00000126", "NW09000298", _DEV[298], "2026-08-12 16:00:00", 39.28014, -76.6120, 10.0, "ad_segment"),
)

# The sensitive-places layer (a vendor's file; its type codes, one misspelt as it ships)
PLACES: tuple[Place, ...] = (
    Place("POI-0001", "St. Brendan the Navigator Parish", "WORSHIP", 39.9612, -82.9988),
    Place("POI-0002", "Harbor House Family Shelter", "SHELTER-DV", 39.9790, -83.0200),
    Place("POI-0003", "Franklin Park Women's Health Center", "CLINIC-RH", 39.9650, -82.9550),
    Place("POI-0004", "Olentangy Alternative High School", "SCHOOL-K12", 40.0010, -83.0150),
    Place("POI-0010", "Inner Harbor Reproductive Health", "CLINC-RH", 39.2850, -76.6120),
    Place("POI-0011", "Harborview Community Church", "Worship", 39.3000, -76.6000),
    Place("POI-0012", "Chesapeake Behavioral Health", "CLINIC-MH", 39.3100, -76.6300),
    Place("POI-0013", "Fort Calloway Army Reserve Center", "MIL", 39.2600, -76.5800),
    Place("POI-0020", "Lakeshore Sexual Health Clinic", "CLINIC-SH", 41.4990, -81.6950),
    Place("POI-0021", "Cuyahoga Islamic Center", "WORSHIP", 41.4800, -81.7000),
    Place("POI-0030", "Westlake Family Planning Clinic", "CLINIC-RH", 34.0560, -118.2700),
    Place("POI-0031", "Echo Park Elementary School", "SCHOOL-K12", 34.0700, -118.2900),
    Place("POI-0040", "Capitol Hill Recovery Center", "CLINIC-MH", 39.7350, -104.9800),
    Place("POI-0050", "Lakeview LGBTQ Community Center", "LGBTQ-CTR", 41.9400, -87.6500),
    Place("POI-0060", "Over-the-Rhine Free Clinic", "CLINIC-GEN", 39.1100, -84.5100),
    Place("POI-0061", "Queen City Temple", "WORSHIP", 39.1300, -84.5300),
)

# The security incident log (naive company time)
INCIDENTS: tuple[Incident, ...] = (
    Incident("SEC-2026-0101", "2026-07-06 09:30", "Card statements mailed to wrong addresses (print vendor)", "500", "No", "", "2026-08-06 16:00"),
    Incident("SEC-2026-0102", "2026-07-13 14:00", "Misconfigured storage bucket: loyalty export", "500", "No", "", "2026-08-12 11:00"),
    Incident("SEC-2026-0103", "2026-07-20 10:15", "Phished CSR account viewed card applications", "499", "No", ""),
    Incident("SEC-2026-0104", "2026-07-27 08:45", "Backup tape stolen with its key file", "1250", "Yes", "Yes"),
    Incident("SEC-2026-0105", "2026-08-03 11:00", "Laptop stolen from car (full-disk encryption)", "2300", "Yes", "No"),
    Incident("SEC-2026-0106", "2026-08-10 15:30", "Card dispute files emailed to a personal account", "800", "", ""),
    Incident("SEC-2026-0107", "2026-09-20 09:00", "Card processor reports scraping of statements", "640", "No", ""),
    # Unlabelled: the log runs to the period's edges (no customer information involved)
    Incident("SEC-2026-0100", "2026-07-01 08:10", "Phishing email reported by staff; no click", "0", "", ""),
    Incident("SEC-2026-0108", "2026-09-30 16:40", "Lost badge deactivated", "0", "", ""),
)

# HR's roster (MM/DD/YYYY). Bulk staff are E10001 on (fixed.py).
STAFF: tuple[StaffMember, ...] = (
    StaffMember("E09001", "Maren Solberg", "Email Marketing Coordinator", "Marketing", "09/08/2026", "", "Yes"),
    StaffMember("E09002", "Dorian Pike", "Marketing Analyst", "Marketing", "03/15/2021"),
    StaffMember("E09003", "Rosalie Finch", "Telemarketing Supervisor", "Call Centre", "06/01/2019", "", "Yes"),
    StaffMember("E09004", "Tobiah Grant", "Telemarketer", "Call Centre", "03/02/2025"),
    StaffMember("E09005", "Annika Rhodes", "Customer Service Representative", "Customer Care", "11/04/2024"),
    StaffMember("E09006", "Mack Delaney", "Warehouse Associate", "Distribution", "05/05/2022", "", "No"),
    StaffMember("E09007", "Sunniva Holt", "CRM Specialist", "Marketing", "02/01/2020", "09/15/2026", "Yes"),
    StaffMember("E09008", "Jonah Weir", "Digital Marketing Intern", "Marketing", "09/10/2026"),
    StaffMember("E09009", "Priya Nandakumar", "Data Analyst", "Analytics", "08/30/2026"),
    StaffMember("E09010", "Cal Whitmore", "Campaign Coordinator", "Marketing", "08/31/2026"),
    StaffMember("E09011", "Rory Beaumont", "Store Associate", "Stores", "04/12/2023", "", "Yes"),
    StaffMember("E09012", "Helena Marsh", "Pharmacist", "Pharmacy", "01/09/2018", "", "No"),
    StaffMember("E09013", "Victor Lund", "Marketing Manager", "Marketing", "10/01/2017", "", "No"),
    StaffMember("E09014", "Bianca Torres", "Call Center Agent", "Call Centre", "02/14/2022"),
)

COURSES: tuple[Course, ...] = (
    Course("lms", "E09001", "Privacy and do-not-call basics", "2026-09-14"),
    Course("lms", "E09001", "Email marketing (CAN-SPAM, CASL)", "2026-09-14"),
    Course("lms", "E09001", "Telemarketing (TCPA, TSR)", "2026-09-14"),
    Course("lms", "E09002", "Privacy and do-not-call basics", "2026-02-10"),
    Course("security", "E09002", "Security awareness 2025", "2025-09-30T15:00:00Z"),
    Course("lms", "E09003", "Privacy and do-not-call basics", "2026-01-20"),
    Course("lms", "E09003", "Telemarketing (TCPA, TSR)", "2026-01-20"),
    Course("security", "E09003", "Security awareness 2025", "2025-09-29T15:00:00Z"),
    Course("lms", "E09013", "Privacy and do-not-call basics", "2024-02-01"),
    Course("lms", "E09014", "Privacy and do-not-call basics", "2026-03-01"),
    Course("lms", "E09014", "Telemarketing (TCPA, TSR)", "2026-03-01"),
)

# Legal's written retention schedule (adopted: MM/DD/YYYY); days in whole days
RETENTION: tuple[Retention, ...] = (
    Retention("RET-001", "Customer accounts and orders", "customer", "2555", "From collection", "01/15/2024"),
    Retention("RET-002", "Store-card accounts", "financial", "1825", "After account closure", "01/15/2024"),
    Retention("RET-003", "App location history", "location", "365", "From collection", "01/15/2024"),
    Retention("RET-004", "Northwind Trail Kids accounts", "children", "365", "After account closure", "03/15/2026"),
    Retention("RET-005", "Web session and consent logs", "web_sessions", "395", "From collection", "08/01/2026"),
)
# fmt: on
