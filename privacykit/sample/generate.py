"""Generate the synthetic sample company: messy exports, their mapping, and an answer key.

Northwind Outfitters (sample) is fictitious: an outdoor retailer with a store credit card, an
in-store pharmacy and a children's site ("Northwind Trail Kids"). ``generate`` writes what its
systems would export (a CRM, an email platform, a dialer, an SMS platform, a preference centre,
do-not-call lists, orders, ...), each with its own column names and formats, plus the audit
configuration and mapping that read them, and ``labels.csv``: the planted cases of
``cases.py`` with the verdict each must get.

Bulk rows are compliant by construction, so that the planted cases are the only findings:

- calls and texts go only to customers who gave written consent the day their record was
  made, on numbers that are on no do-not-call list and no opt-out (numbers ending 0180-0189
  are the do-not-call pool and are never called), Monday to Saturday except US federal
  holidays, 11:00-16:59 in the customer's zone (inside every state's window even an hour off);
- customers sharing a number (shared lines: only 100 fictitious numbers per area code) are
  reached on different days, at most one call or text a day per number (``SLOT_DAYS``);
- no email on or after the day of an opt-out; Canadian and EU recipients gave express consent;
- every dialer campaign day is within 14 days of a national registry download.

Rows are built with NumPy and Arrow kernels a chunk of customers at a time (no per-row Python),
so memory stays bounded. The same seed gives byte-identical files: no clock, no set order,
fixed Excel metadata. Planted rows come first in each file, so their row numbers are fixed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from privacykit.errors import ConfigError, Problem
from privacykit.fsutil import write_atomic
from privacykit.sample import COMPANY_FILE
from privacykit.sample import cases as k
from privacykit.schema.canonical import TABLES

I64 = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]

COMPANY = "Northwind Outfitters (sample)"
SELLER = "Northwind Outfitters"
INDUSTRIES = ["retail", "financial", "health", "children-directed"]
AUDIT_PERIOD = ("2026-07-01", "2026-09-30")
DAY0 = np.datetime64("2024-01-01", "D")  # a Monday: day index % 7 == 6 is a Sunday
DAYS = 1004  # 2024-01-01 .. 2026-09-30, the bulk history
MONTHS = 33  # 2024-01 .. 2026-09
EPOCH0 = int(DAY0.astype("datetime64[s]").astype(np.int64))
CHUNK = 200_000  # customers per chunk: about 4M contact rows in memory at once
CSV_BATCH = 250_000  # rows turned into CSV text at a time
SLOT_DAYS, SLOTS = 59, 17  # a phone contact's day = slot * SLOT_DAYS + rank on the shared number
FIXED_TIME = dt.datetime(2026, 10, 1)  # Excel metadata and zip entry times: never the clock
ANI = "3125550199"  # the dialer's caller ID: a planted-range number, never a customer's
EMAILS_PER_CUSTOMER = 15.5
PHONE_CONTACTS = (5, 15)  # calls and texts per reachable customer, before Sundays and holidays
# US federal holidays (observed) of the bulk history, written out by hand (a test compares them
# with the holidays library): no bulk call or text falls on one, as some states block them.
HOLIDAYS = (
    "2024-01-01 2024-01-15 2024-02-19 2024-05-27 2024-06-19 2024-07-04 2024-09-02 2024-10-14 "
    "2024-11-11 2024-11-28 2024-12-25 2025-01-01 2025-01-20 2025-02-17 2025-05-26 2025-06-19 "
    "2025-07-04 2025-09-01 2025-10-13 2025-11-11 2025-11-27 2025-12-25 2026-01-01 2026-01-19 "
    "2026-02-16 2026-05-25 2026-06-19 2026-07-03 2026-07-04 2026-09-07"
).split()


@dataclass(frozen=True)
class Region:
    """A state, province or country: its clock, its share of customers and its area codes.

    ``areas`` lists 'area-code city ZIP3' (Canada: the postal FSA; EU: '0 city postcode').
    Every area code is real and lies in ``zone`` (tests check it against phonenumbers).
    """

    code: str
    name: str
    zone: str
    weight: int  # relative share of customers (about the population, in 100,000s)
    lat: float
    lon: float
    country: str
    areas: str


# fmt: off
REGIONS: tuple[Region, ...] = (
    Region("AL", "Alabama", "America/Chicago", 50, 32.8, -86.8, "US",
           "205 Birmingham 352; 251 Mobile 366; 256 Huntsville 358; 334 Montgomery 361; "
           "938 Huntsville 358"),
    Region("AK", "Alaska", "America/Anchorage", 7, 61.2, -149.9, "US", "907 Anchorage 995"),
    Region("AZ", "Arizona", "America/Phoenix", 72, 33.4, -112.0, "US",
           "480 Mesa 852; 520 Tucson 857; 602 Phoenix 850; 623 Glendale 853; "
           "928 Flagstaff 860"),
    Region("AR", "Arkansas", "America/Chicago", 30, 34.7, -92.3, "US",
           "479 Fort Smith 729; 501 Little Rock 722; 870 Jonesboro 724"),
    Region("CA", "California", "America/Los_Angeles", 395, 36.7, -119.4, "US",
           "209 Stockton 952; 213 Los Angeles 900; 310 Santa Monica 904; 323 Los Angeles 900; "
           "408 San Jose 951; 415 San Francisco 941; 424 Torrance 905; 510 Oakland 946; "
           "530 Redding 960; 559 Fresno 937; 562 Long Beach 908; 619 San Diego 921; "
           "626 Pasadena 911; 650 Palo Alto 943; 657 Anaheim 928; 661 Bakersfield 933; "
           "707 Santa Rosa 954; 714 Anaheim 928; 747 Burbank 915; 760 Oceanside 920; "
           "805 Santa Barbara 931; 818 Burbank 915; 831 Salinas 939; 858 San Diego 921; "
           "909 San Bernardino 924; 916 Sacramento 958; 925 Concord 945; 949 Irvine 926; "
           "951 Riverside 925"),
    Region("CO", "Colorado", "America/Denver", 58, 39.7, -105.0, "US",
           "303 Denver 802; 719 Colorado Springs 809; 720 Denver 802; 970 Fort Collins 805"),
    Region("CT", "Connecticut", "America/New_York", 36, 41.6, -72.7, "US",
           "203 New Haven 065; 475 Bridgeport 066; 860 Hartford 061; 959 Hartford 061"),
    Region("DE", "Delaware", "America/New_York", 10, 39.7, -75.5, "US", "302 Wilmington 198"),
    Region("DC", "District of Columbia", "America/New_York", 7, 38.9, -77.0, "US",
           "202 Washington 200"),
    Region("FL", "Florida", "America/New_York", 215, 27.9, -82.5, "US",
           "239 Fort Myers 339; 305 Miami 331; 321 Orlando 328; 352 Gainesville 326; "
           "386 Daytona Beach 321; 407 Orlando 328; 561 West Palm Beach 334; "
           "727 St. Petersburg 337; 754 Fort Lauderdale 333; 772 Port St. Lucie 349; "
           "786 Miami 331; 813 Tampa 336; 863 Lakeland 338; 904 Jacksonville 322; "
           "941 Sarasota 342; 954 Fort Lauderdale 333"),
    Region("GA", "Georgia", "America/New_York", 107, 33.7, -84.4, "US",
           "229 Albany 317; 404 Atlanta 303; 470 Atlanta 303; 478 Macon 312; 678 Atlanta 303; "
           "706 Augusta 309; 770 Marietta 300; 912 Savannah 314"),
    Region("HI", "Hawaii", "Pacific/Honolulu", 15, 21.3, -157.9, "US", "808 Honolulu 968"),
    Region("ID", "Idaho", "America/Boise", 18, 43.6, -116.2, "US", "208 Boise 837; 986 Boise 837"),
    Region("IL", "Illinois", "America/Chicago", 128, 41.9, -87.6, "US",
           "217 Springfield 627; 224 Evanston 602; 309 Peoria 616; 312 Chicago 606; "
           "618 Carbondale 629; 630 Naperville 605; 708 Oak Park 603; 773 Chicago 606; "
           "815 Rockford 611; 847 Evanston 602; 872 Chicago 606"),
    Region("IN", "Indiana", "America/Indiana/Indianapolis", 68, 39.8, -86.2, "US",
           "260 Fort Wayne 468; 317 Indianapolis 462; 463 Indianapolis 462; "
           "574 South Bend 466; 765 Muncie 473"),
    Region("IA", "Iowa", "America/Chicago", 32, 41.6, -93.6, "US",
           "319 Cedar Rapids 524; 515 Des Moines 503; 563 Davenport 528; 641 Mason City 504; "
           "712 Sioux City 511"),
    Region("KS", "Kansas", "America/Chicago", 29, 37.7, -97.3, "US",
           "316 Wichita 672; 620 Hutchinson 675; 785 Topeka 666; 913 Overland Park 662"),
    Region("KY", "Kentucky", "America/New_York", 45, 38.3, -85.8, "US",
           "502 Louisville 402; 606 Ashland 411; 859 Lexington 405"),
    Region("LA", "Louisiana", "America/Chicago", 47, 30.0, -90.1, "US",
           "225 Baton Rouge 708; 318 Shreveport 711; 337 Lafayette 705; 504 New Orleans 701; "
           "985 Houma 703"),
    Region("ME", "Maine", "America/New_York", 14, 43.7, -70.3, "US", "207 Portland 041"),
    Region("MD", "Maryland", "America/New_York", 62, 39.3, -76.6, "US",
           "240 Rockville 208; 301 Rockville 208; 410 Baltimore 212; 443 Baltimore 212"),
    Region("MA", "Massachusetts", "America/New_York", 70, 42.4, -71.1, "US",
           "339 Waltham 024; 351 Lowell 018; 413 Springfield 011; 508 Worcester 016; "
           "617 Boston 021; 774 Worcester 016; 781 Waltham 024; 857 Boston 021; "
           "978 Lowell 018"),
    Region("MI", "Michigan", "America/Detroit", 101, 42.3, -83.0, "US",
           "231 Muskegon 494; 248 Troy 480; 269 Kalamazoo 490; 313 Detroit 482; "
           "517 Lansing 489; 586 Warren 480; 616 Grand Rapids 495; 734 Ann Arbor 481; "
           "810 Flint 485; 947 Troy 480; 989 Saginaw 486"),
    Region("MN", "Minnesota", "America/Chicago", 57, 45.0, -93.3, "US",
           "218 Duluth 558; 320 St. Cloud 563; 507 Rochester 559; 612 Minneapolis 554; "
           "651 St. Paul 551; 763 Plymouth 553; 952 Bloomington 554"),
    Region("MS", "Mississippi", "America/Chicago", 30, 32.3, -90.2, "US",
           "228 Gulfport 395; 601 Jackson 392; 662 Tupelo 388; 769 Jackson 392"),
    Region("MO", "Missouri", "America/Chicago", 62, 38.6, -90.2, "US",
           "314 St. Louis 631; 417 Springfield 658; 573 Columbia 652; 636 St. Charles 633; "
           "660 Sedalia 653; 816 Kansas City 641"),
    Region("MT", "Montana", "America/Denver", 11, 45.8, -108.5, "US", "406 Billings 591"),
    Region("NE", "Nebraska", "America/Chicago", 20, 41.3, -96.0, "US",
           "402 Omaha 681; 531 Omaha 681"),
    Region("NV", "Nevada", "America/Los_Angeles", 31, 36.2, -115.1, "US",
           "702 Las Vegas 891; 725 Las Vegas 891; 775 Reno 895"),
    Region("NH", "New Hampshire", "America/New_York", 14, 43.0, -71.5, "US",
           "603 Manchester 031"),
    Region("NJ", "New Jersey", "America/New_York", 93, 40.7, -74.2, "US",
           "201 Jersey City 073; 551 Jersey City 073; 609 Trenton 086; 732 New Brunswick 089; "
           "848 New Brunswick 089; 856 Camden 081; 862 Newark 071; 908 Elizabeth 072; "
           "973 Newark 071"),
    Region("NM", "New Mexico", "America/Denver", 21, 35.1, -106.6, "US",
           "505 Albuquerque 871; 575 Las Cruces 880"),
    Region("NY", "New York", "America/New_York", 202, 40.7, -74.0, "US",
           "212 New York 100; 315 Syracuse 132; 347 Brooklyn 112; 516 Hempstead 115; "
           "518 Albany 122; 585 Rochester 146; 607 Binghamton 139; 631 Islip 117; "
           "646 New York 100; 716 Buffalo 142; 718 Brooklyn 112; 845 Poughkeepsie 126; "
           "914 Yonkers 107; 917 New York 100; 929 Brooklyn 112"),
    Region("NC", "North Carolina", "America/New_York", 104, 35.8, -78.6, "US",
           "252 Greenville 278; 336 Greensboro 274; 704 Charlotte 282; 828 Asheville 288; "
           "910 Fayetteville 283; 919 Raleigh 276; 980 Charlotte 282; 984 Raleigh 276"),
    Region("ND", "North Dakota", "America/Chicago", 8, 46.9, -96.8, "US", "701 Fargo 581"),
    Region("OH", "Ohio", "America/New_York", 118, 40.0, -83.0, "US",
           "216 Cleveland 441; 220 Newark 430; 234 Akron 443; 330 Akron 443; "
           "380 Columbus 432; 419 Toledo 436; 440 Parma 441; 513 Cincinnati 452; "
           "567 Toledo 436; 614 Columbus 432; 740 Zanesville 437; 937 Dayton 454"),
    Region("OK", "Oklahoma", "America/Chicago", 40, 35.5, -97.5, "US",
           "405 Oklahoma City 731; 539 Tulsa 741; 580 Lawton 735; 918 Tulsa 741"),
    Region("OR", "Oregon", "America/Los_Angeles", 42, 45.5, -122.7, "US",
           "458 Eugene 974; 503 Portland 972; 541 Eugene 974; 971 Portland 972"),
    Region("PA", "Pennsylvania", "America/New_York", 130, 40.0, -75.2, "US",
           "215 Philadelphia 191; 267 Philadelphia 191; 272 Scranton 185; 412 Pittsburgh 152; "
           "484 Allentown 181; 570 Scranton 185; 610 Allentown 181; 717 Harrisburg 171; "
           "724 Washington 153; 814 Erie 165; 878 Pittsburgh 152"),
    Region("RI", "Rhode Island", "America/New_York", 11, 41.8, -71.4, "US",
           "401 Providence 029"),
    Region("SC", "South Carolina", "America/New_York", 51, 34.0, -81.0, "US",
           "803 Columbia 292; 843 Charleston 294; 854 Charleston 294; 864 Greenville 296"),
    Region("SD", "South Dakota", "America/Chicago", 9, 43.5, -96.7, "US", "605 Sioux Falls 571"),
    Region("TN", "Tennessee", "America/Chicago", 69, 36.2, -86.8, "US",
           "615 Nashville 372; 629 Nashville 372; 731 Jackson 383; 901 Memphis 381; "
           "931 Clarksville 370"),
    Region("TX", "Texas", "America/Chicago", 291, 30.3, -97.7, "US",
           "210 San Antonio 782; 214 Dallas 752; 254 Waco 767; 281 Houston 770; "
           "325 Abilene 796; 346 Houston 770; 361 Corpus Christi 784; 409 Beaumont 777; "
           "430 Tyler 757; 432 Midland 797; 469 Dallas 752; 512 Austin 787; "
           "682 Fort Worth 761; 713 Houston 770; 737 Austin 787; 806 Lubbock 794; "
           "817 Fort Worth 761; 830 New Braunfels 781; 832 Houston 770; 903 Tyler 757; "
           "936 Conroe 773; 940 Denton 762; 956 Laredo 780; 972 Dallas 752; "
           "979 College Station 778"),
    Region("UT", "Utah", "America/Denver", 33, 40.8, -111.9, "US",
           "385 Salt Lake City 841; 435 St. George 847; 801 Salt Lake City 841"),
    Region("VT", "Vermont", "America/New_York", 6, 44.5, -73.2, "US", "802 Burlington 054"),
    Region("VA", "Virginia", "America/New_York", 86, 37.5, -77.4, "US",
           "276 Bristol 242; 434 Charlottesville 229; 540 Roanoke 240; 571 Arlington 222; "
           "703 Arlington 222; 757 Norfolk 235; 804 Richmond 232"),
    Region("WA", "Washington", "America/Los_Angeles", 77, 47.6, -122.3, "US",
           "206 Seattle 981; 253 Tacoma 984; 360 Olympia 985; 425 Bellevue 980; "
           "509 Spokane 992; 564 Olympia 985"),
    Region("WV", "West Virginia", "America/New_York", 18, 38.4, -81.6, "US",
           "304 Charleston 253; 681 Charleston 253"),
    Region("WI", "Wisconsin", "America/Chicago", 59, 43.0, -87.9, "US",
           "262 Waukesha 531; 414 Milwaukee 532; 608 Madison 537; 715 Eau Claire 547; "
           "920 Green Bay 543"),
    Region("WY", "Wyoming", "America/Denver", 6, 41.1, -104.8, "US", "307 Cheyenne 820"),
    Region("ON", "Ontario", "America/Toronto", 55, 43.7, -79.4, "CA",
           "416 Toronto M5V; 437 Toronto M4W; 647 Toronto M6G; 905 Mississauga L5B; "
           "613 Ottawa K1P; 519 London N6A"),
    Region("QC", "Quebec", "America/Toronto", 30, 45.5, -73.6, "CA",
           "514 Montréal H2X; 438 Montréal H3B; 418 Québec G1R; 819 Gatineau J8X; "
           "450 Laval H7N"),
    Region("BC", "British Columbia", "America/Vancouver", 20, 49.3, -123.1, "CA",
           "604 Vancouver V6B; 778 Vancouver V5K; 250 Victoria V8W; 236 Kelowna V1Y"),
    Region("DE", "Germany", "Europe/Berlin", 10, 52.5, 13.4, "DE", "0 Berlin 10115"),
    Region("FR", "France", "Europe/Paris", 8, 48.9, 2.35, "FR", "0 Paris 75002"),
    Region("IE", "Ireland", "Europe/Dublin", 6, 53.35, -6.26, "IE", "0 Dublin D02_X285"),
)
COUNTRY_TEXT = {"US": ("USA", "US", "United States", "us"), "CA": ("Canada", "CA", "CAN", "Canada"),
                "DE": ("DE", "Germany", "DEU", "Deutschland"), "FR": ("FR", "France", "FRA", "FR"),
                "IE": ("IE", "Ireland", "IRL", "IE")}
FIRST = ("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
         "Sarah", "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew",
         "Betty", "Anthony", "Sandra", "Mark", "Margaret", "José", "María", "Luis", "Ana",
         "Carlos", "Sofía", "Jorge", "Lucía", "François", "Amélie", "Zoë", "Renée", "André",
         "Chloé", "Björn", "Søren", "Jürgen", "Inés", "Wei", "Mei", "Hiroshi", "Yuki", "Aarav",
         "Priya", "Kwame", "Amara", "Liam", "Noah", "Olivia", "Emma")
LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernández", "López", "González", "Wilson", "Anderson",
        "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White",
        "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
        "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
        "Roberts", "Müller", "Schröder", "Dubois", "Lefèvre", "O'Connor", "Núñez", "Peña",
        "Ibáñez", "Kowalski", "Tremblay")
STREETS = ("Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Ave",
           "Lake Rd", "Hill St", "Park Ave", "River Rd", "Sunset Blvd", "Ridge Rd", "Church St",
           "Spring St", "Highland Ave", "Forest Dr", "Meadow Ln", "Chestnut St", "Walnut St",
           "Willow Way", "Birch Rd", "Mill Rd", "Lincoln Ave", "Jefferson St", "Franklin St",
           "Madison Ave", "Summit Ave", "Prairie Ln", "Canyon Rd", "Hauptstraße",
           "Rue de Rivoli", "Grafton Street")
# fmt: on


def _fold(name: str) -> str:
    """Return the lower-case ASCII letters of a name, as an email address would carry them."""
    text = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("ß", "ss"))
    return "".join(ch for ch in text if ch.isascii() and ch.isalpha()).lower()


def _areas() -> list[tuple[int, int, str, str]]:
    out = []
    for i, r in enumerate(REGIONS):
        for part in r.areas.split(";"):
            words = part.split()
            out.append((i, int(words[0]), " ".join(words[1:-1]), words[-1].replace("_", " ")))
    return out


# Look-up arrays over the regions and their area codes ("area" rows), built once at import.
_AREAS = _areas()
AREA_REGION = np.array([a[0] for a in _AREAS], np.int64)
AREA_CODE = np.array([a[1] for a in _AREAS], np.int64)
AREA_CITY = pa.array([a[2] for a in _AREAS])
AREA_ZIP = pa.array([a[3] for a in _AREAS])
_PER_REGION = np.bincount(AREA_REGION, minlength=len(REGIONS))
AREA_START = np.cumsum(_PER_REGION) - _PER_REGION
KIND = np.array([{"US": 0, "CA": 1}.get(r.country, 2) for r in REGIONS], np.int64)  # 2: EU
POOL = np.where(KIND < 2, 90 * _PER_REGION, 0)  # 0100-0189 of each area code: 90 numbers
ZONES = sorted({r.zone for r in REGIONS})
REGION_ZONE = np.array([ZONES.index(r.zone) for r in REGIONS], np.int64)
WEIGHTS = np.array([r.weight for r in REGIONS], np.float64) / sum(r.weight for r in REGIONS)
STATE_TEXT = pa.array(
    [t for r in REGIONS for t in ((r.code, r.code.lower(), r.name, r.name.upper())
                                  if r.country in ("US", "CA") else ("",) * 4)]
)  # fmt: skip
COUNTRY_VARIANTS = pa.array([t for r in REGIONS for t in COUNTRY_TEXT[r.country]])
FIRST_A, LAST_A = pa.array(FIRST), pa.array(LAST)
FIRST_ASCII, LAST_ASCII = pa.array([_fold(n) for n in FIRST]), pa.array([_fold(n) for n in LAST])
BLOCKED = np.zeros(DAYS + 7, np.bool_)
BLOCKED[(np.array(HOLIDAYS, "datetime64[D]") - DAY0).astype(np.int64)] = True
YM = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(MONTHS)]
EM_CODES = pa.array([f"EM-{ym}-{h}" for ym in YM for h in "AB"])
TM_CODES, SM_CODES = pa.array([f"TM-{ym}" for ym in YM]), pa.array([f"SM-{ym}" for ym in YM])
PU_CODES = pa.array([f"PU-{ym}" for ym in YM])
ML_CODES = pa.array([f"ML-{2024 + m // 12}-Q{m % 12 // 3 + 1}" for m in range(MONTHS)])


@dataclass(frozen=True)
class SampleSummary:
    """What ``generate`` wrote: data rows per file (relative path) and the key paths."""

    out: Path
    config: Path  # audit.yaml
    mapping: Path
    labels: Path
    rows: Mapping[str, int]
    total_rows: int


@dataclass(frozen=True)
class Export:
    """One system's export file, and how mapping.yaml reads it into a canonical table."""

    path: str  # relative to the output folder
    table: str
    header: tuple[str, ...]
    columns: Mapping[str, str]  # canonical column -> the file's column
    options: Mapping[str, Any] = field(default_factory=dict)  # the source's other mapping keys
    bom: bool = False
    eol: str = "\n"
    types: Mapping[str, Any] = field(default_factory=dict)  # Parquet: column -> Arrow type

    @property
    def kind(self) -> str:
        return {".parquet": "parquet", ".xlsx": "xlsx"}.get(Path(self.path).suffix, "csv")

    @property
    def delimiter(self) -> str:
        default = "\t" if self.path.endswith(".tsv") else ","
        return str(self.options.get("delimiter", default))


def _cols(spec: str) -> dict[str, str]:
    """Parse 'canonical=SOURCE; ...': compact, and in the order the mapping shows them."""
    return dict(part.strip().split("=", 1) for part in spec.split(";"))


TS_UTC = pa.timestamp("s", tz="UTC")
# fmt: off
EXPORTS: dict[str, Export] = {e.path.rsplit("/", 1)[-1].split(".")[0]: e for e in (
    Export("exports/crm_customers.csv", "customers",
           ("CUST_NO", "FIRST NAME", "LAST NAME", "DOB", "PHONE", "PHONE TYPE", "EMAIL", "STREET",
            "CITY", "ST", "ZIP", "CTRY", "CREATED", "SOURCE", "CARD_HOLDER", "RX_PATIENT",
            "KIDS_SITE"),
           _cols("customer_id=CUST_NO; first_name=FIRST NAME; last_name=LAST NAME; "
                 "birth_date=DOB; phone=PHONE; phone_line_type=PHONE TYPE; email=EMAIL; "
                 "address=STREET; city=CITY; state=ST; postal_code=ZIP; country=CTRY; "
                 "created_at=CREATED; source=SOURCE; is_financial_customer=CARD_HOLDER; "
                 "is_patient=RX_PATIENT; is_child_directed_source=KIDS_SITE"),
           {"delimiter": ";", "encoding": "cp1252",
            "formats": {"birth_date": ["%m/%d/%Y", "%Y%m%d"], "created_at": "%m/%d/%Y %H:%M"},
            "values": {"phone_line_type": {"MOBILE": "wireless", "LANDLINE": "landline"}}},
           eol="\r\n"),
    Export("exports/crm_optouts.csv", "optouts",
           ("CUST_NO", "EMAIL", "OPTOUT_CHANNEL", "OPTOUT_DATE", "ENTERED_BY"),
           _cols("customer_id=CUST_NO; address=EMAIL; channel=OPTOUT_CHANNEL; "
                 "received_at=OPTOUT_DATE"),
           {"delimiter": ";", "encoding": "cp1252", "formats": {"received_at": "%m/%d/%Y %H:%M"},
            "values": {"channel": {"E-MAIL": "email"}}, "constants": {"scope": "all"}},
           eol="\r\n"),
    Export("exports/esp_sends.csv", "contacts",
           ("message_id", "subscriber_key", "email_address", "campaign_code", "message_type",
            "sent_utc", "status"),
           _cols("contact_id=message_id; customer_id=subscriber_key; to_address=email_address; "
                 "to_email=email_address; campaign_id=campaign_code; purpose=message_type; "
                 "sent_at=sent_utc; outcome=status"),
           {"timezone": "UTC",
            "values": {"purpose": {"promotional": "marketing", "transactional": "informational"},
                       "outcome": {"hard_bounce": "bounced"}},
            "constants": {"channel": "email", "seller": SELLER}},
           bom=True),
    Export("exports/esp_unsubscribes.tsv", "optouts",
           ("event_id", "email_address", "unsubscribed_at", "method", "campaign_code"),
           _cols("optout_id=event_id; address=email_address; received_at=unsubscribed_at; "
                 "method=method; program=campaign_code"),
           {"format": "tsv", "timezone": "UTC", "constants": {"channel": "email", "scope": "all"}}),
    Export("exports/dialer_calls.csv", "contacts",
           ("CALL_ID", "ACCT_NO", "DIALED_NUM", "CALL_START", "DIAL_MODE", "CAMPAIGN", "CALL_TYPE",
            "MEDIA", "DISPOSITION", "ANI", "CONNECT_SEC", "RING_SEC", "CLIENT"),
           _cols("contact_id=CALL_ID; customer_id=ACCT_NO; to_address=DIALED_NUM; "
                 "to_phone=DIALED_NUM; sent_at=CALL_START; dialer_type=DIAL_MODE; "
                 "campaign_id=CAMPAIGN; purpose=CALL_TYPE; channel=MEDIA; outcome=DISPOSITION; "
                 "caller_id=ANI; connect_delay_s=CONNECT_SEC; ring_s=RING_SEC; seller=CLIENT"),
           {"timezone": "America/Chicago", "formats": {"sent_at": "%m/%d/%Y %H:%M:%S"},
            "values": {"dialer_type": {"AUTO": "autodialer", "PRED": "predictive",
                                       "MAN": "manual", "PRV": "prerecorded",
                                       "AIV": "artificial_voice"},
                       "purpose": {"SALES": "marketing", "SERVICE": "informational"},
                       "channel": {"VOICE": "call", "FAX": "fax"},
                       "outcome": {"A": "live_answer", "NA": "no_answer", "VM": "voicemail",
                                   "B": "busy", "ABD": "abandoned", "FXOK": "delivered",
                                   "FXERR": "failed"}}}),
    Export("exports/dialer_dnc_requests.csv", "optouts",
           ("REQ_ID", "PHONE", "ACCT_NO", "REQUESTED", "ENTERED", "AGENT"),
           _cols("optout_id=REQ_ID; address=PHONE; customer_id=ACCT_NO; received_at=REQUESTED; "
                 "processed_at=ENTERED"),
           {"timezone": "America/Chicago",
            "formats": {"received_at": "%m/%d/%Y %H:%M:%S", "processed_at": "%m/%d/%Y %H:%M:%S"},
            "constants": {"channel": "call", "scope": "all", "method": "call"}}),
    Export("exports/sms_messages.parquet", "contacts",
           ("msg_uuid", "contact_ref", "msisdn", "sent_ts", "program", "msg_class", "send_mode",
            "delivery_status"),
           _cols("contact_id=msg_uuid; customer_id=contact_ref; to_address=msisdn; "
                 "to_phone=msisdn; sent_at=sent_ts; campaign_id=program; purpose=msg_class; "
                 "dialer_type=send_mode; outcome=delivery_status"),
           {"timezone": "UTC",  # the platform's clock (its Parquet timestamps carry UTC anyway)
            "values": {"purpose": {"MKT": "marketing", "INFO": "informational"},
                       "dialer_type": {"campaign_blast": "autodialer", "agent_1to1": "manual"},
                       "outcome": {"UNDELIVERABLE": "failed"}},
            "constants": {"channel": "sms", "seller": SELLER}},
           types={"sent_ts": TS_UTC}),
    Export("exports/sms_optouts.parquet", "optouts",
           ("optout_uuid", "msisdn", "keyword", "received_ts", "program"),
           _cols("optout_id=optout_uuid; address=msisdn; method=keyword; "
                 "received_at=received_ts; program=program"),
           {"timezone": "UTC", "constants": {"channel": "sms", "scope": "program"}},
           types={"received_ts": TS_UTC}),
    Export("exports/consents.csv", "consents",
           ("consent_ref", "customer", "channel", "purpose", "consent_kind", "contact_point",
            "brand", "captured_at", "revoked_at", "capture_source", "evidence_ref"),
           _cols("consent_id=consent_ref; customer_id=customer; channel=channel; "
                 "purpose=purpose; consent_type=consent_kind; address=contact_point; "
                 "seller=brand; granted_at=captured_at; revoked_at=revoked_at; "
                 "source=capture_source; evidence=evidence_ref"),
           {"timezone": "UTC",
            "values": {"channel": {"EMAIL": "email", "PHONE": "call", "TEXT": "sms", "FAX": "fax",
                                   "PUSH": "push", "LOCATION": "location", "ALL": "all"},
                       "purpose": {"MKT": "marketing", "INFO": "informational"},
                       "consent_type": {"PEWC": "express_written", "EXPRESS": "express",
                                        "DNC_PERMISSION": "dnc_written_permission",
                                        "PARENTAL_VPC": "parental"}}}),
    Export("exports/suppression_list.csv", "dnc_registry", ("number", "added_on", "reason"),
           _cols("phone=number; registered_at=added_on"), {"constants": {"registry": "internal"}}),
    Export("exports/dnc/national_registry.csv", "dnc_registry",
           ("PhoneNumber", "RegistrationDate"), _cols("phone=PhoneNumber; "
                                                      "registered_at=RegistrationDate"),
           {"constants": {"registry": "national"}}),
    Export("exports/dnc/state_fl.txt", "dnc_registry", ("PHONE_NUMBER", "DATE_ADDED"),
           _cols("phone=PHONE_NUMBER; registered_at=DATE_ADDED"),
           {"format": "csv", "delimiter": "|", "formats": {"registered_at": "%m/%d/%Y"},
            "constants": {"registry": "FL"}}),
    Export("exports/dnc/state_tx.csv", "dnc_registry", ("TELEPHONE", "LISTED"),
           _cols("phone=TELEPHONE; registered_at=LISTED"),
           {"formats": {"registered_at": "%Y%m%d"}, "constants": {"registry": "TX"}}),
    Export("exports/dnc/download_log.csv", "registry_downloads",
           ("list_name", "downloaded", "campaign", "operator"),
           _cols("registry=list_name; downloaded_at=downloaded; campaign_id=campaign"),
           {"formats": {"downloaded_at": "%Y-%m-%d %H:%M"},
            "values": {"registry": {"National DNC": "national", "Florida DNC": "FL",
                                    "Texas DNC": "TX"}}}),
    Export("exports/orders.parquet", "transactions",
           ("order_no", "customer_number", "order_ts", "order_type", "total"),
           _cols("transaction_id=order_no; customer_id=customer_number; occurred_at=order_ts; "
                 "kind=order_type; amount=total"),
           {"timezone": "UTC", "values": {"kind": {"SALE": "purchase", "RX_FILL": "purchase",
                                                   "CARD_PAYMENT": "payment"}}},
           types={"order_ts": pa.timestamp("s"), "total": pa.float64()}),
    Export("exports/inquiries.csv", "inquiries", ("inquiry_no", "cust", "received", "topic"),
           _cols("inquiry_id=inquiry_no; customer_id=cust; occurred_at=received")),
    Export("exports/campaigns.xlsx", "campaigns",
           ("Code", "Channel", "Name", "Unsubscribe link", "Postal address", "Ad disclosure",
            "Uses Rx data", "Affiliate data", "Sponsor paid", "Face to face", "Nominal gift"),
           _cols("campaign_id=Code; channel=Channel; name=Name; has_unsubscribe=Unsubscribe link; "
                 "has_postal_address=Postal address; has_ad_disclosure=Ad disclosure; "
                 "uses_health_data=Uses Rx data; uses_affiliate_data=Affiliate data; "
                 "third_party_paid=Sponsor paid; face_to_face=Face to face; "
                 "nominal_gift=Nominal gift"),
           {"sheet": "Campaigns", "values": {"channel": {"Phone": "call"}}}),
    Export("exports/data_sharing_log.csv", "sharing",
           ("share_id", "customer_id", "recipient", "recipient_type", "sold", "cross_context",
            "categories", "sensitive", "precise_location", "health_data", "glba_exception",
            "shared_at"),
           _cols("share_id=share_id; customer_id=customer_id; recipient=recipient; "
                 "recipient_type=recipient_type; is_sale=sold; "
                 "is_cross_context_sharing=cross_context; data_categories=categories; "
                 "is_sensitive=sensitive; includes_precise_location=precise_location; "
                 "includes_health_data=health_data; glba_exception=glba_exception; "
                 "shared_at=shared_at")),
    Export("exports/app_location.parquet", "location_events",
           ("event_id", "user_ref", "device_id", "captured", "lat", "lon", "accuracy_m",
            "purpose"),
           _cols("event_id=event_id; customer_id=user_ref; device_id=device_id; "
                 "captured_at=captured; latitude=lat; longitude=lon; accuracy_m=accuracy_m; "
                 "purpose=purpose"),
           {"timezone": "UTC"},
           types={"captured": pa.timestamp("s"), "lat": pa.float64(), "lon": pa.float64(),
                  "accuracy_m": pa.float64()}),
    Export("exports/notices.csv", "notices",
           ("notice_id", "notice_type", "version", "customer_id", "published_at", "delivery",
            "declared_practices"),
           _cols("notice_id=notice_id; notice_type=notice_type; version=version; "
                 "customer_id=customer_id; published_at=published_at; delivery_method=delivery; "
                 "declared_practices=declared_practices")),
    Export("exports/privacy_requests.csv", "privacy_requests",
           ("request_id", "customer_id", "request_type", "received", "acknowledged", "completed"),
           _cols("request_id=request_id; customer_id=customer_id; request_type=request_type; "
                 "received_at=received; acknowledged_at=acknowledged; completed_at=completed")),
    Export("exports/training_lms.csv", "training", ("employee_id", "course", "completed_on"),
           _cols("employee_id=employee_id; course=course; completed_at=completed_on"),
           {"formats": {"completed_at": "%Y-%m-%d"}}),
    Export("exports/mail_drops.csv", "contacts",
           ("drop_id", "cust_no", "address", "city", "state", "zip", "drop_date", "campaign"),
           _cols("contact_id=drop_id; customer_id=cust_no; to_address=address; "
                 "sent_at=drop_date; campaign_id=campaign"),
           {"formats": {"sent_at": "%Y-%m-%d"},
            "constants": {"channel": "mail", "purpose": "marketing", "seller": SELLER}}),
    Export("exports/push_log.csv", "contacts",
           ("push_id", "user_ref", "device_token", "sent", "campaign"),
           _cols("contact_id=push_id; customer_id=user_ref; to_address=device_token; "
                 "sent_at=sent; campaign_id=campaign"),
           {"constants": {"channel": "push", "purpose": "marketing", "seller": SELLER}}),
)}
# fmt: on


def generate(
    out: Path, customers: int = 1000, seed: int = 7, *, overwrite: bool = False
) -> SampleSummary:
    """Write the sample company under ``out``: exports, mapping, audit config, labels, README.

    Args:
        out: the folder; created if missing.
        customers: bulk customers besides the planted ones (about 20 contacts each).
        seed: the random seed; the same seed gives byte-identical files.
        overwrite: write into a folder that is not empty (files of the same name are replaced).

    Raises:
        ConfigError: ``out`` is a file, or a folder that is not empty while overwrite is False.
        ValueError: ``customers`` is negative.
    """
    if customers < 0:
        raise ValueError(f"customers must be 0 or more, got {customers}")
    out = Path(out)
    _prepare(out, overwrite)
    places: dict[str, tuple[str, int]] = {}
    with _writers(out) as w:
        _write_planted(w, places)
        _write_fixed(w, seed, customers)
        counters = _Counters()
        for n, start in enumerate(range(0, customers, CHUNK)):
            rng = np.random.default_rng([seed, n])
            people = _people(rng, start, min(CHUNK, customers - start), counters)
            _write_chunk(w, rng, people, counters)
    rows = {e.path: w[name].rows for name, e in EXPORTS.items()}
    rows["labels.csv"] = _write_meta(out, places, customers, seed)
    return SampleSummary(
        out, out / "audit.yaml", out / "mapping.yaml", out / "labels.csv", rows, sum(rows.values())
    )


def _prepare(out: Path, overwrite: bool) -> None:
    if out.exists() and not out.is_dir():
        raise ConfigError([Problem("is a file; give a folder for the sample", str(out))])
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise ConfigError(
            [
                Problem(
                    "exists and is not empty; choose a new or empty folder, or overwrite "
                    "(--overwrite) to replace the sample's files in it",
                    str(out),
                )
            ]
        )
    out.mkdir(parents=True, exist_ok=True)


# --- Writing files ---------------------------------------------------------------------------


class _Out:
    """One export being written: to a temp file beside it, renamed into place at the end."""

    def __init__(self, root: Path, export: Export) -> None:
        self.export = export
        self.path = root / export.path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp")
        self.schema = pa.schema([(c, export.types.get(c, pa.string())) for c in export.header])
        self.rows = 0
        self._sheet: list[Any] = []
        self._parquet: Any = None
        self._file: Any = None
        if export.kind == "parquet":
            self._parquet = pq.ParquetWriter(self.tmp, self.schema)
        elif export.kind == "csv":
            self._file = self.tmp.open("wb")
            head = export.delimiter.join(export.header) + export.eol
            self._file.write((b"\xef\xbb\xbf" if export.bom else b"") + self._encode(head))

    def write(self, columns: Mapping[str, Any]) -> None:
        """Append rows given as column name -> Arrow array or list (absent columns: empty)."""
        n = len(next(iter(columns.values())))
        arrays = [_as_array(columns.get(f.name), n, f.type) for f in self.schema]
        if self._parquet is not None:
            self._parquet.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
        elif self._file is not None:
            for at in range(0, n, CSV_BATCH):  # bounded temporaries, whatever the chunk size
                part = [a.slice(at, CSV_BATCH) for a in arrays]
                self._file.write(self._encode(_csv_text(part, self.export)))
        else:
            self._sheet.append(pa.Table.from_arrays(arrays, schema=self.schema))
        self.rows += n

    def _encode(self, text: str | memoryview) -> bytes | memoryview:
        data = text.encode("utf-8") if isinstance(text, str) else text
        encoding = str(self.export.options.get("encoding", "utf-8"))
        return data if encoding == "utf-8" else bytes(data).decode("utf-8").encode(encoding)

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        elif self._file is not None:
            self._file.close()
        else:
            self.tmp.write_bytes(_xlsx(self._sheet, self.export))
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        for handle in (self._parquet, self._file):
            if handle is not None:
                handle.close()
        self.tmp.unlink(missing_ok=True)


@contextmanager
def _writers(root: Path) -> Iterator[dict[str, _Out]]:
    """Open every export; on success rename each into place, on failure remove the temps."""
    outs = {name: _Out(root, e) for name, e in EXPORTS.items()}
    try:
        yield outs
    except BaseException:
        for o in outs.values():
            o.abort()
        raise
    for o in outs.values():
        o.close()


def _as_array(value: Any, n: int, kind: Any) -> Any:
    if value is None:
        return pa.nulls(n, kind)
    if isinstance(value, (pa.Array, pa.ChunkedArray)):
        return value if value.type == kind else value.cast(kind)
    return pa.array(value, kind)


def _csv_text(arrays: list[Any], export: Export) -> memoryview:
    """Return CSV lines, quoting only the fields that need it, as most exporting systems do.

    The lines are joined by Arrow kernels and handed over as a view of the string buffer.
    """
    delim = export.delimiter
    cells = []
    for a in arrays:
        text = pc.fill_null(a, "")
        needs = pc.match_substring_regex(text, f'[{delim}"\r\n]')
        quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
        cells.append(pc.if_else(needs, quoted, text))
    lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, delim), "", export.eol)
    if len(lines) == 0:
        return memoryview(b"")
    buffers = lines.buffers()
    offsets = np.frombuffer(buffers[1], np.int32)[lines.offset : lines.offset + len(lines) + 1]
    return memoryview(buffers[2])[int(offsets[0]) : int(offsets[-1])]


def _xlsx(tables: list[Any], export: Export) -> bytes:
    """Return the sheet as an .xlsx file with fixed metadata and zip times (byte-identical)."""
    import openpyxl
    from openpyxl.writer.excel import ExcelWriter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = str(export.options.get("sheet", "Sheet1"))
    sheet.append(list(export.header))
    for table in tables:
        for row in table.to_pylist():
            sheet.append([row[h] for h in export.header])
    book.properties.creator = COMPANY
    book.properties.created = book.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(entry, zin.read(info.filename))
    return fixed.getvalue()


# --- Planted and fixed rows -----------------------------------------------------------------


def _put(w: dict[str, _Out], name: str, rows: list[dict[str, Any]], places: dict[str, Any]) -> None:
    """Write literal rows; remember where each record landed (file, 1-based data row).

    ``places`` is keyed 'table:key' by the canonical table's key (contact_id, consent_id, ...).
    """
    e = EXPORTS[name]
    w[name].write({h: [r.get(h) for r in rows] for h in e.header})
    key = e.columns.get(TABLES[e.table].key or "")
    for i, r in enumerate(rows, start=1):
        if key and r.get(key):
            places[f"{e.table}:{r[key]}"] = (e.path, i)


def _write_planted(w: dict[str, _Out], places: dict[str, tuple[str, int]]) -> None:
    """Write the planted cases of ``cases.py`` first in each file, in each system's format."""
    _put(w, "crm_customers", [
        {"CUST_NO": p.customer_id, "FIRST NAME": p.first, "LAST NAME": p.last, "DOB": p.dob,
         "PHONE": p.phone, "PHONE TYPE": p.line, "EMAIL": p.email, "STREET": p.street,
         "CITY": p.city, "ST": p.state, "ZIP": p.zip, "CTRY": p.country, "CREATED": p.created,
         "SOURCE": p.source, "CARD_HOLDER": "N", "RX_PATIENT": "N", "KIDS_SITE": "N"}
        for p in k.PEOPLE], places)  # fmt: skip
    by = {s: [c for c in k.CONTACTS if c.system == s] for s in ("dialer", "esp", "sms")}
    _put(w, "dialer_calls", [
        {"CALL_ID": c.contact_id, "ACCT_NO": c.customer_id, "DIALED_NUM": c.to,
         "CALL_START": c.at, "DIAL_MODE": c.mode, "CAMPAIGN": c.campaign, "CALL_TYPE": c.purpose,
         "MEDIA": c.media, "DISPOSITION": "FXOK" if c.media == "FAX" else "A", "ANI": ANI,
         "CONNECT_SEC": "" if c.media == "FAX" else "1.2", "RING_SEC": "", "CLIENT": SELLER}
        for c in by["dialer"]], places)  # fmt: skip
    _put(w, "esp_sends", [
        {"message_id": c.contact_id, "subscriber_key": c.customer_id, "email_address": c.to,
         "campaign_code": c.campaign, "message_type": c.purpose, "sent_utc": c.at,
         "status": "delivered"} for c in by["esp"]], places)  # fmt: skip
    _put(w, "sms_messages", [
        {"msg_uuid": c.contact_id, "contact_ref": c.customer_id, "msisdn": c.to,
         "sent_ts": dt.datetime.fromisoformat(c.at), "program": c.campaign,
         "msg_class": c.purpose, "send_mode": c.mode, "delivery_status": "DELIVERED"}
        for c in by["sms"]], places)  # fmt: skip
    _write_planted_optouts(w, places)
    _put(w, "consents", [
        {"consent_ref": c.consent_id, "customer": c.customer_id, "channel": c.channel,
         "purpose": "MKT", "consent_kind": c.kind, "contact_point": c.address, "brand": SELLER,
         "captured_at": c.granted, "capture_source": "web", "evidence_ref": c.evidence}
        for c in k.CONSENTS], places)  # fmt: skip
    regs = {r: [x for x in k.REGISTRATIONS if x.registry == r] for r in ("national", "internal")}
    _put(w, "national_registry", [{"PhoneNumber": r.phone, "RegistrationDate": r.registered}
                                  for r in regs["national"]], places)  # fmt: skip
    _put(w, "suppression_list", [{"number": r.phone, "added_on": r.registered,
                                  "reason": "customer request"} for r in regs["internal"]],
         places)  # fmt: skip
    _put(w, "orders", [
        {"order_no": o.transaction_id, "customer_number": o.customer_id or None,
         "order_ts": dt.datetime.fromisoformat(o.at).replace(tzinfo=None), "order_type": "SALE",
         "total": o.amount} for o in k.ORDERS], places)  # fmt: skip
    _put(
        w,
        "inquiries",
        [
            {
                "inquiry_no": i.inquiry_id,
                "cust": i.customer_id,
                "received": i.at,
                "topic": "catalog request",
            }
            for i in k.INQUIRIES
        ],
        places,
    )
    _write_extras(w, places)


def _write_planted_optouts(w: dict[str, _Out], places: dict[str, tuple[str, int]]) -> None:
    by = {s: [o for o in k.OPTOUTS if o.system == s] for s in ("crm", "esp", "dialer")}
    _put(w, "crm_optouts", [{"CUST_NO": o.customer_id, "EMAIL": o.address,
                             "OPTOUT_CHANNEL": "E-MAIL", "OPTOUT_DATE": o.at,
                             "ENTERED_BY": "csr-17"} for o in by["crm"]], places)  # fmt: skip
    _put(w, "esp_unsubscribes", [{"event_id": o.optout_id, "email_address": o.address,
                                  "unsubscribed_at": o.at, "method": "link", "campaign_code": ""}
                                 for o in by["esp"]], places)  # fmt: skip
    _put(w, "dialer_dnc_requests", [{"REQ_ID": o.optout_id, "PHONE": o.address,
                                     "ACCT_NO": o.customer_id, "REQUESTED": o.at,
                                     "ENTERED": o.entered, "AGENT": "agent-042"}
                                    for o in by["dialer"]], places)  # fmt: skip


def _write_extras(w: dict[str, _Out], places: dict[str, Any]) -> None:
    """Write compliant, unlabelled literal rows: no file is empty even with 0 customers, and
    the event tables reach into the end of the audit period."""
    for name, rows in EXTRAS.items():
        _put(w, name, [dict(zip(EXPORTS[name].header, row, strict=True)) for row in rows], places)


_PRACTICES = "contact;purchase_history;service_providers;no_sale"
_SHARE = ("MailPilot Inc.", "service_provider", "N", "N", "contact;email_engagement", "N", "N",
          "N", "")  # fmt: skip
EXTRAS: dict[str, list[tuple[Any, ...]]] = {
    "mail_drops": [("MD-00000001", "NW09000001", "410 Oak Ridge Rd", "Columbus", "OH", "43215",
                    "2026-07-06", "ML-2026-Q3")],
    "push_log": [("PN-00000001", "NW09000024", "dev-0001", "2026-07-10T16:00:00+00:00",
                  "PU-2026-07")],
    "data_sharing_log": [  # the email platform's syncs, one a month in the audit period
        ("SH-00000001", "NW09000001", *_SHARE, "2023-03-02T16:00:00Z"),
        ("SH-00000002", "NW09000001", *_SHARE, "2026-07-15T16:00:00Z"),
        ("SH-00000003", "NW09000001", *_SHARE, "2026-08-14T16:00:00Z"),
        ("SH-00000004", "NW09000042", *_SHARE, "2026-09-30T21:00:00Z")],
    "app_location": [
        ("LOC-00000001", "NW09000024", "dev-0001", dt.datetime(2026, 7, 10, 15, 55), 39.1, -84.51,
         2500.0, "store_finder"),
        ("LOC-00000002", "NW09000024", "dev-0001", dt.datetime(2026, 9, 30, 15, 10), 39.11,
         -84.5, 3000.0, "store_finder"),
        ("LOC-00000003", "NW09000024", "dev-0001", dt.datetime(2026, 6, 28, 17, 40), 39.12,
         -84.52, 2000.0, "store_finder"),
        ("LOC-00000004", "NW09000024", "dev-0001", dt.datetime(2026, 8, 12, 22, 5), 39.09,
         -84.49, 4000.0, "store_finder")],
    "privacy_requests": [
        ("PR-000001", "NW09000022", "know", "2026-08-03T17:00:00Z", "2026-08-04T15:00:00Z",
         "2026-08-20T19:00:00Z"),
        ("PR-000002", "NW09000042", "delete", "2026-09-28T14:00:00Z", "2026-09-29T15:00:00Z",
         None)],
    "notices": [
        (f"NT-{i:07d}", kind, f"{day[:4]}.{2 if day.endswith('09-15') else 1}", None,
         f"{day}T14:00:00Z", "web", _PRACTICES)
        for i, (kind, day) in enumerate(
            [("ccpa_policy", "2024-01-15"), ("ccpa_policy", "2025-01-15"),
             ("ccpa_policy", "2026-01-15"), ("ccpa_policy", "2026-09-15"),
             ("caloppa", "2024-01-15"), ("caloppa", "2025-01-15"), ("caloppa", "2026-01-15"),
             ("caloppa", "2026-09-15"), ("coppa", "2025-06-23"), ("coppa", "2026-04-01"),
             ("glba_annual", "2024-03-01"), ("glba_annual", "2025-03-01"),
             ("glba_annual", "2026-03-01"), ("hipaa_npp", "2024-02-01")], start=1)],
    "training_lms": [("E09001", course, "2026-09-14") for course in (
        "Privacy and do-not-call basics", "Email marketing (CAN-SPAM, CASL)",
        "Telemarketing (TCPA, TSR)")],  # a September hire
}  # fmt: skip


def _write_fixed(w: dict[str, _Out], seed: int, customers: int) -> None:
    """Write rows that do not follow customers: campaigns, registry copies, training."""
    _put(w, "campaigns", _campaigns(), {})
    dates = [DAY0 - 14 + 14 * i for i in range(80) if DAY0 - 14 + 14 * i < DAY0 + DAYS]
    rows = [("National DNC", str(d)) for d in dates]
    rows += [(name, f"{ym}-01") for ym in YM for name in ("Florida DNC", "Texas DNC")]
    rows.sort(key=lambda r: (r[1], r[0]))
    w["download_log"].write(
        {"list_name": [r[0] for r in rows], "downloaded": [f"{r[1]} 06:00" for r in rows],
         "operator": ["dnc-bot"] * len(rows)}
    )  # fmt: skip
    _write_dnc_pool(w, np.random.default_rng([seed, 1_000_001]))
    rng = np.random.default_rng([seed, 1_000_002])
    staff = 40 + customers // 25_000
    courses = (
        "Privacy and do-not-call basics",
        "Email marketing (CAN-SPAM, CASL)",
        "Telemarketing (TCPA, TSR)",
        "Pharmacy privacy (HIPAA)",
        "Card data (GLBA)",
    )
    emp, course, year = np.meshgrid(np.arange(staff), np.arange(len(courses)), np.arange(3))
    day = (np.array(["2024-01-02", "2025-01-02", "2026-01-02"], "datetime64[D]")[year.ravel()]
           + rng.integers(0, 80, year.size))  # fmt: skip
    w["training_lms"].write(
        {"employee_id": _ids("E", emp.ravel() + 10_001),
         "course": pa.array(courses).take(pa.array(course.ravel())),
         "completed_on": pc.cast(pa.array(day), pa.string())}
    )  # fmt: skip


def _campaigns() -> list[dict[str, Any]]:
    """Return the campaign sheet: monthly email, phone, text and push waves, quarterly mail."""
    heads = EXPORTS["campaigns"].header
    out: list[dict[str, Any]] = []

    def add(code: str, channel: str, name: str, ad: str = "Yes", rx: str = "No") -> None:
        out.append(dict(zip(heads, (code, channel, name, "Yes", "Yes", ad, rx, "No", "No", "No",
                                    "No"), strict=True)))  # fmt: skip

    for m, ym in enumerate(YM):
        add(f"EM-{ym}-A", "Email", f"Gear up {ym}: new arrivals")
        add(f"EM-{ym}-B", "Email", f"Trail deals {ym}")
        add(f"TM-{ym}", "Phone", f"Card and loyalty calls {ym}")
        add(f"SM-{ym}", "SMS", f"Text offers {ym}")
        add(f"PU-{ym}", "Push", f"App offers {ym}")
        if m % 3 == 0:
            add(str(ML_CODES[m]), "Mail", f"Catalog {str(ML_CODES[m])[3:]}")
    add("SVC-ORDERS", "Email", "Order and shipping updates", ad="No")
    add("CARD-ALERTS", "Email", "Store card account alerts", ad="No")
    add("RX-REFILL", "SMS", "Pharmacy refill reminders", ad="No", rx="Yes")
    add("LOYALTY-WINBACK", "Phone", "Loyalty win-back calls")
    add("FX-B2B-2026", "Fax", "Outfitter trade price list 2026")
    return out


def _write_dnc_pool(w: dict[str, _Out], rng: np.random.Generator) -> None:
    """Write the do-not-call lists from the never-called numbers (0180-0189 of each area code)."""
    us = np.flatnonzero(KIND[AREA_REGION] == 0)
    area = np.repeat(AREA_CODE[us], 10)
    suffix = np.tile(np.arange(180, 190, dtype=np.int64), us.size)
    region = np.repeat(AREA_REGION[us], 10)
    digits = _digits(area, suffix)
    dashed = _dashed(area, suffix)
    national = rng.random(area.size) < 0.7
    first, last = (np.array(["2003-07-01", "2026-06-30"], "datetime64[D]") - DAY0).astype(int)
    reg = _day_text(rng.integers(first, last, area.size))
    w["national_registry"].write({"PhoneNumber": digits.filter(national),
                                  "RegistrationDate": reg.filter(national)})  # fmt: skip
    for name, code in (("state_fl", "FL"), ("state_tx", "TX")):
        on = (region == [r.code for r in REGIONS].index(code)) & (rng.random(area.size) < 0.6)
        when = _day_text(rng.integers(first, last, area.size)).filter(on)
        if code == "FL":
            w[name].write({"PHONE_NUMBER": digits.filter(on), "DATE_ADDED": _us_date(when)})
        else:
            w[name].write({"TELEPHONE": dashed.filter(on),
                           "LISTED": pc.replace_substring(when, "-", "")})  # fmt: skip
    asked = rng.random(area.size) < 0.2
    day = rng.integers(0, DAYS - 1, area.size)
    secs = EPOCH0 + day * 86_400 + rng.integers(9 * 3600, 17 * 3600, area.size)
    n = int(asked.sum())
    w["dialer_dnc_requests"].write({
        "REQ_ID": _ids("DNC-", np.arange(n) + 100_001), "PHONE": digits.filter(asked),
        "REQUESTED": _us_stamp(secs[asked]), "ENTERED": _us_stamp(secs[asked] + 86_400),
        "AGENT": _ids("agent-", rng.integers(100, 140, n))})  # fmt: skip
    w["suppression_list"].write({"number": dashed.filter(asked),
                                 "added_on": _day_text(day[asked] + 1),
                                 "reason": ["customer request"] * n})  # fmt: skip
    stop = rng.random(area.size) < 0.1
    m = int(stop.sum())
    when_s = EPOCH0 + rng.integers(0, DAYS * 86_400, area.size)[stop]
    w["sms_optouts"].write({
        "optout_uuid": _ids("stop-", np.arange(m) + 1_000_001),
        "msisdn": pc.binary_join_element_wise("+1", digits.filter(stop), ""),
        "keyword": pa.array(["STOP", "STOP", "stop", "UNSUBSCRIBE", "Cancel"]).take(
            pa.array(rng.integers(0, 5, m))),
        "received_ts": pa.array(when_s.astype("datetime64[s]")),
        "program": SM_CODES.take(pa.array(_month((when_s - EPOCH0) // 86_400)))})  # fmt: skip


# --- Bulk customers ---------------------------------------------------------------------------


class _Counters:
    """State carried from chunk to chunk: customers per region and the next id of each series."""

    def __init__(self) -> None:
        self.region = np.zeros(len(REGIONS), np.int64)
        self._next: dict[str, int] = {}

    def ids(self, prefix: str, base: int, n: int) -> Any:
        start = self._next.get(prefix, 0)
        self._next[prefix] = start + n
        return _ids(prefix, np.arange(start, start + n, dtype=np.int64) + base)


@dataclass
class _People:
    """One chunk of bulk customers: the facts every export of the chunk is built from."""

    index: I64  # global customer number
    ids: Any
    region: I64
    area_i: I64  # row of the area look-up arrays
    suffix: I64  # 100..189: the number is 555-0<suffix>; 180..189 are never called
    rank: I64  # how many customers before this one hold the same number
    kid: Mask
    has_phone: Mask
    mobile: Mask
    reach: Mask  # may be called and texted: US, a callable number, rank < SLOT_DAYS
    card: Mask
    rx: Mask
    app: Mask
    created: I64  # day index of the record's creation (negative: before 2024)
    first: I64  # index into FIRST
    last: I64  # index into LAST
    email: Any  # the canonical address (null for children)
    e164: Any
    street: Any
    postal: Any

    @property
    def n(self) -> int:
        return int(self.index.size)

    @property
    def start(self) -> I64:
        """The first day a contact may be made: the day after the record and its consents."""
        return np.maximum(self.created + 1, 0)


def _people(rng: np.random.Generator, start: int, n: int, c: _Counters) -> _People:
    """Draw a chunk of customers; numbers are dealt in turn within each region's pool."""
    region = rng.choice(len(REGIONS), size=n, p=WEIGHTS).astype(np.int64)
    seq = c.region[region] + _rank_within(region, len(REGIONS))
    c.region += np.bincount(region, minlength=len(REGIONS))
    pool = np.maximum(POOL[region], 1)
    kind = KIND[region]
    area_i = AREA_START[region] + np.where(kind < 2, seq % pool // 90, 0)
    suffix = np.where(kind < 2, seq % pool % 90, 0) + 100
    rank = seq // pool
    kid = (kind == 0) & (rng.random(n) < 0.005)
    has_phone = (kind < 2) & ~kid & (rng.random(n) >= 0.06)
    area = AREA_CODE[area_i]
    index = np.arange(start, start + n, dtype=np.int64)
    first, last = rng.integers(0, len(FIRST), n), rng.integers(0, len(LAST), n)
    domain = pa.array(["example.com", "example.com", "example.net"]).take(
        pa.array(rng.integers(0, 3, n))
    )
    email = pc.binary_join_element_wise(
        FIRST_ASCII.take(pa.array(first)), ".", LAST_ASCII.take(pa.array(last)),
        pc.cast(pa.array(index), pa.string()), "@", domain, "",
    )  # fmt: skip
    street = _join(
        pc.cast(pa.array(rng.integers(1, 9900, n)), pa.string()),
        " ",
        pa.array(STREETS).take(
            pa.array(np.where(kind == 2, rng.integers(30, 33, n), rng.integers(0, 30, n)))
        ),
    )
    unit = rng.random(n) < 0.02  # a delimiter inside a field: the CRM must quote it
    street = pc.if_else(pa.array(unit), _join(street, "; Unit ", _pad4(suffix)), street)
    return _People(
        index=index,
        ids=_ids("NW", index + 10_000_000),
        region=region,
        area_i=area_i,
        suffix=suffix,
        rank=rank,
        kid=kid,
        has_phone=has_phone,
        mobile=has_phone & ((area * 7 + suffix) % 10 < 7),
        reach=has_phone & (kind == 0) & (suffix < 180) & (rank < SLOT_DAYS),
        card=~kid & (rng.random(n) < 0.10),
        rx=~kid & (kind == 0) & (rng.random(n) < 0.08),
        app=~kid & (rng.random(n) < 0.12),
        created=np.where(kid, rng.integers(0, DAYS - 1, n), rng.integers(-1800, DAYS - 1, n)),
        first=first,
        last=last,
        email=pc.if_else(pa.array(kid), pa.scalar(None, pa.string()), email),
        e164=pc.binary_join_element_wise("+1", _digits(area, suffix), ""),
        street=street,
        postal=_postal(rng, kind, area_i),
    )


def _postal(rng: np.random.Generator, kind: I64, area_i: I64) -> Any:
    """Return ZIP codes (ZIP3 + 2 digits), Canadian postal codes (FSA + LDU) or EU ones."""
    n = kind.size
    tail = pc.utf8_lpad(pc.cast(pa.array(rng.integers(0, 100, n)), pa.string()), 2, "0")
    ldu = _join(pc.cast(pa.array(rng.integers(0, 10, n)), pa.string()),
                pa.array(list("ABCEGHJKLMNPRSTVWXYZ")).take(pa.array(rng.integers(0, 20, n))),
                pc.cast(pa.array(rng.integers(0, 10, n)), pa.string()))  # fmt: skip
    zips = AREA_ZIP.take(pa.array(area_i))
    return pc.choose(pa.array(kind.astype(np.int8)), _join(zips, tail), _join(zips, " ", ldu), zips)


def _write_chunk(w: dict[str, _Out], rng: np.random.Generator, p: _People, c: _Counters) -> None:
    w["crm_customers"].write(_crm(rng, p))
    sends, unsubs, crm_optouts = _emails(rng, p, c)
    w["esp_sends"].write(sends)
    w["esp_unsubscribes"].write(unsubs)
    w["crm_optouts"].write(crm_optouts)
    calls, texts = _phones(rng, p, c)
    w["dialer_calls"].write(calls)
    w["sms_messages"].write(texts)
    w["consents"].write(_consents(rng, p, c))
    w["orders"].write(_orders(rng, p, c))
    for name, build in (("inquiries", _inquiries), ("mail_drops", _mail), ("push_log", _push),
                        ("data_sharing_log", _sharing), ("app_location", _locations),
                        ("notices", _notices), ("privacy_requests", _requests)):  # fmt: skip
        w[name].write(build(rng, p, c))


def _crm(rng: np.random.Generator, p: _People) -> dict[str, Any]:
    """Return the CRM's rows: mixed date, phone, state and country spellings, as keyed in."""
    n = p.n
    birth = np.where(p.kid, rng.integers(-3652, -2192, n), rng.integers(-30680, -6575, n))
    ymd = _day_text(birth)
    y, m, d = _part(ymd, 0, 4), _part(ymd, 5, 7), _part(ymd, 8, 10)
    mm, dd = pc.utf8_ltrim(m, "0"), pc.utf8_ltrim(d, "0")
    dob = pc.choose(
        pa.array(rng.integers(0, 3, n).astype(np.int8)),
        _join(mm, "/", dd, "/", y),
        _join(m, "/", d, "/", y),
        _join(y, m, d),
    )
    area, sfx = pc.cast(pa.array(AREA_CODE[p.area_i]), pa.string()), _pad4(p.suffix)
    phone = pc.choose(
        pa.array(rng.integers(0, 4, n).astype(np.int8)),
        _join("(", area, ") 555-", sfx),
        _join("+1 ", area, "-555-", sfx),
        _join(area, ".555.", sfx),
        _join("1-", area, "-555-", sfx),
    )
    line = np.where(rng.random(n) < 0.05, 2, np.where(p.mobile, 0, 1))
    email = pc.fill_null(p.email, "")
    messy = rng.random(n)
    email = pc.if_else(
        pa.array(messy < 0.03),
        pc.utf8_capitalize(email),
        pc.if_else(pa.array(messy > 0.99), _join(email, " "), email),
    )
    created = EPOCH0 + p.created * 86_400 + rng.integers(8 * 60, 21 * 60, n) * 60
    source = np.where(p.kid, 4, rng.integers(0, 4, n))
    return {
        "CUST_NO": p.ids, "FIRST NAME": FIRST_A.take(pa.array(p.first)),
        "LAST NAME": LAST_A.take(pa.array(p.last)),
        "DOB": dob, "PHONE": pc.if_else(pa.array(p.has_phone), phone, ""),
        "PHONE TYPE": pa.array(["MOBILE", "LANDLINE", ""]).take(pa.array(
            np.where(p.has_phone, line, 2))),
        "EMAIL": email, "STREET": p.street, "CITY": AREA_CITY.take(pa.array(p.area_i)),
        "ST": STATE_TEXT.take(pa.array(p.region * 4 + rng.choice(4, n, p=[.6, .1, .2, .1]))),
        "ZIP": p.postal, "CTRY": COUNTRY_VARIANTS.take(pa.array(p.region * 4 +
                                                             rng.integers(0, 4, n))),
        "CREATED": _us_stamp(created, seconds=False),
        "SOURCE": pa.array(["web", "store", "catalog", "call_center", "kids_signup_form"]).take(
            pa.array(source)),
        "CARD_HOLDER": _yn(p.card), "RX_PATIENT": _yn(p.rx), "KIDS_SITE": _yn(p.kid),
    }  # fmt: skip


def _emails(
    rng: np.random.Generator, p: _People, c: _Counters
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Return email sends, platform unsubscribes and CRM opt-outs; none sent after opting out."""
    n, start = p.n, p.start
    count = np.where(p.kid, 0, rng.poisson(EMAILS_PER_CUSTOMER, n))
    room = DAYS - start
    opt = ~p.kid & (room > 30) & (rng.random(n) < 0.04)
    opt_day = np.where(opt, start + 30 + (rng.random(n) * np.maximum(room - 30, 1)).astype(int),
                       DAYS)  # fmt: skip
    who = np.repeat(np.arange(n), count)
    day = start[who] + (rng.random(who.size) * room[who]).astype(np.int64)
    keep = day < opt_day[who]
    who, day = who[keep], day[keep]
    m = who.size
    promo = rng.random(m) < 0.88
    informational = pc.if_else(pa.array(p.card[who] & (rng.random(m) < 0.5)), "CARD-ALERTS",
                               "SVC-ORDERS")  # fmt: skip
    status = np.searchsorted([0.70, 0.88, 0.96], rng.random(m))
    sends = {
        "message_id": c.ids("msg-", 1_000_000_000, m), "subscriber_key": p.ids.take(pa.array(who)),
        "email_address": p.email.take(pa.array(who)),
        "campaign_code": pc.if_else(pa.array(promo), EM_CODES.take(
            pa.array(_month(day) * 2 + rng.integers(0, 2, m))), informational),
        "message_type": pc.if_else(pa.array(promo), "promotional", "transactional"),
        "sent_utc": _iso_z(EPOCH0 + day * 86_400 + rng.integers(0, 86_400, m)),
        "status": pa.array(["delivered", "opened", "clicked", "hard_bounce"]).take(
            pa.array(status)),
    }  # fmt: skip
    via_esp = opt & (rng.random(n) < 0.85)
    esp = np.flatnonzero(via_esp)
    unsubs = {
        "event_id": c.ids("uns-", 10_000_000, esp.size), "email_address": p.email.take(
            pa.array(esp)),
        "unsubscribed_at": _iso_z(EPOCH0 + opt_day[esp] * 86_400 + rng.integers(
            15 * 3600, 86_400, esp.size)),
        "method": pa.array(["link", "link", "link", "reply", "complaint"]).take(
            pa.array(rng.integers(0, 5, esp.size))),
        "campaign_code": EM_CODES.take(pa.array(_month(opt_day[esp]) * 2)),
    }  # fmt: skip
    # The CRM has the opt-outs taken by phone or letter, and a copy of some platform ones
    # keyed in 1-3 days later; the earliest receipt governs, and no email follows either.
    crm = np.flatnonzero(opt & (~via_esp | (rng.random(n) < 0.3)))
    lag = np.where(via_esp[crm], rng.integers(1, 4, crm.size), 0)
    when = np.minimum(opt_day[crm] + lag, DAYS - 1)
    crm_rows = {
        "CUST_NO": p.ids.take(pa.array(crm)), "EMAIL": p.email.take(pa.array(crm)),
        "OPTOUT_CHANNEL": ["E-MAIL"] * crm.size,
        "OPTOUT_DATE": _us_stamp(EPOCH0 + when * 86_400 + rng.integers(9, 17, crm.size) * 3600
                                 + rng.integers(0, 60, crm.size) * 60, seconds=False),
        "ENTERED_BY": _ids("csr-", rng.integers(10, 40, crm.size)),
    }  # fmt: skip
    return sends, unsubs, crm_rows


def _phones(
    rng: np.random.Generator, p: _People, c: _Counters
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return dialer calls and texts, each inside every applicable calling window."""
    k_ = np.where(p.reach, rng.integers(*PHONE_CONTACTS, p.n), 0)
    first, step = rng.integers(0, SLOTS, p.n), rng.integers(1, SLOTS, p.n)
    who = np.repeat(np.arange(p.n), k_)
    pos = np.arange(who.size) - np.repeat(np.cumsum(k_) - k_, k_)
    day = (first[who] + pos * step[who]) % SLOTS * SLOT_DAYS + p.rank[who]
    keep = (day >= p.start[who]) & (day % 7 != 6) & ~BLOCKED[day]
    who, day = who[keep], day[keep]
    m = who.size
    local = EPOCH0 + day * 86_400 + rng.integers(11 * 3600, 17 * 3600, m)
    utc = _to_utc(local, REGION_ZONE[p.region[who]])
    text = p.mobile[who] & (rng.random(m) < 0.45)
    info = rng.random(m) < 0.15
    service = pa.array(["SVC-ORDERS", "CARD-ALERTS", "RX-REFILL"]).take(
        pa.array(np.where(p.rx[who], 2, np.where(p.card[who], 1, 0)))
    )
    month = pa.array(_month(day))
    area, sfx = AREA_CODE[p.area_i[who]], p.suffix[who]
    calls, texts = ~text, text
    ci, ti = np.flatnonzero(calls), np.flatnonzero(texts)
    nc, nt = ci.size, ti.size
    outcome = np.searchsorted([0.45, 0.75, 0.95], rng.random(nc))
    winback = rng.random(nc) < 0.05
    tm = pc.if_else(pa.array(winback), "LOYALTY-WINBACK", TM_CODES.take(month.take(pa.array(ci))))
    call_rows = {
        "CALL_ID": c.ids("", 8_000_000_000, nc), "ACCT_NO": p.ids.take(pa.array(who[ci])),
        "DIALED_NUM": _digits(area[ci], sfx[ci]), "CALL_START": _us_stamp(_chicago(utc[ci])),
        "DIAL_MODE": pa.array(["MAN", "PRED", "AUTO", "PRV"]).take(pa.array(
            np.searchsorted([0.5, 0.8, 0.95], rng.random(nc)))),
        "CAMPAIGN": pc.if_else(pa.array(info[ci]), service.take(pa.array(ci)), tm),
        "CALL_TYPE": pc.if_else(pa.array(info[ci]), "SERVICE", "SALES"), "MEDIA": ["VOICE"] * nc,
        "DISPOSITION": pa.array(["A", "NA", "VM", "B"]).take(pa.array(outcome)), "ANI": [ANI] * nc,
        "CONNECT_SEC": pc.if_else(pa.array(outcome == 0), pc.cast(pa.array(
            rng.integers(2, 20, nc) / 10), pa.string()), ""),
        "RING_SEC": pc.if_else(pa.array(outcome == 1), pc.cast(pa.array(
            rng.integers(15, 31, nc)), pa.string()), ""),
        "CLIENT": [SELLER] * nc,
    }  # fmt: skip
    text_rows = {
        "msg_uuid": c.ids("sms-", 100_000_000, nt), "contact_ref": p.ids.take(pa.array(who[ti])),
        "msisdn": _join("1", _digits(area[ti], sfx[ti])),
        "sent_ts": pa.array(utc[ti].astype("datetime64[s]")).cast(TS_UTC),
        "program": pc.if_else(pa.array(info[ti]), service.take(pa.array(ti)),
                              SM_CODES.take(month.take(pa.array(ti)))),
        "msg_class": pc.if_else(pa.array(info[ti]), "INFO", "MKT"),
        "send_mode": pc.if_else(pa.array(info[ti]), "agent_1to1", "campaign_blast"),
        "delivery_status": pc.if_else(pa.array(rng.random(nt) < 0.97), "DELIVERED",
                                      "UNDELIVERABLE"),
    }  # fmt: skip
    return call_rows, text_rows


def _consents(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    """Return consents captured the day each record was made (before any contact)."""
    kind = KIND[p.region]
    device = _ids("dev-", p.index + 100_000)
    parts = (  # (who, channel, kind, address, day offset from creation, source)
        (~p.kid & ((kind > 0) | (rng.random(p.n) < 0.5)), "EMAIL", "EXPRESS", p.email, 0, "web"),
        (p.reach, "PHONE", "PEWC", p.e164, 0, "web_checkout"),
        (p.reach & p.mobile, "TEXT", "PEWC", p.e164, 0, "web_checkout"),
        (p.app, "PUSH", "EXPRESS", device, 0, "app"),
        (p.app, "LOCATION", "EXPRESS", device, 0, "app"),
        (p.kid, "ALL", "PARENTAL_VPC", pa.nulls(p.n, pa.string()), -2, "kids_site"),
    )
    cols: dict[str, list[Any]] = {h: [] for h in ("customer", "channel", "consent_kind",
                                                  "contact_point", "captured_at",
                                                  "capture_source")}  # fmt: skip
    for mask, channel, ckind, address, offset, source in parts:
        idx = np.flatnonzero(mask)
        secs = EPOCH0 + (p.created[idx] + offset) * 86_400 + rng.integers(43_200, 46_800, idx.size)
        cols["customer"].append(p.ids.take(pa.array(idx)))
        cols["channel"].append(pa.array([channel] * idx.size, pa.string()))
        cols["consent_kind"].append(pa.array([ckind] * idx.size, pa.string()))
        cols["contact_point"].append(address.take(pa.array(idx)))
        cols["captured_at"].append(_iso_z(secs))
        cols["capture_source"].append(pa.array([source] * idx.size, pa.string()))
    rows = {name: pa.concat_arrays(parts_) for name, parts_ in cols.items()}
    n = len(rows["customer"])
    ref = c.ids("PH-", 100_000_000, n)
    return rows | {"consent_ref": ref, "purpose": ["MKT"] * n, "brand": [SELLER] * n,
                   "evidence_ref": _join("form-", ref)}  # fmt: skip


def _events(rng: np.random.Generator, counts: I64, first: I64) -> tuple[I64, I64]:
    """Return (customer row, day) for ``counts`` events each, on days from ``first`` on."""
    who = np.repeat(np.arange(counts.size), counts)
    room = np.maximum(DAYS - first[who], 1)
    return who, first[who] + (rng.random(who.size) * room).astype(np.int64)


def _orders(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    kinds = (("SALE", np.where(p.kid, 0, rng.poisson(2.0, p.n)), 40.0),
             ("CARD_PAYMENT", np.where(p.card, rng.integers(3, 12, p.n), 0), 90.0),
             ("RX_FILL", np.where(p.rx, rng.integers(2, 8, p.n), 0), 15.0))  # fmt: skip
    who_all, secs_all, kind_all, amount_all = [], [], [], []
    for i, (_, counts, scale) in enumerate(kinds):
        who, day = _events(rng, counts, p.created)
        who_all.append(who)
        secs_all.append(EPOCH0 + day * 86_400 + rng.integers(13 * 3600, 86_400, who.size))
        kind_all.append(np.full(who.size, i))
        amount_all.append(np.round(rng.gamma(2.0, scale, who.size), 2))
    who, secs = np.concatenate(who_all), np.concatenate(secs_all)
    return {
        "order_no": c.ids("ORD-", 100_000_000, who.size), "customer_number": p.ids.take(
            pa.array(who)),
        "order_ts": pa.array(secs.astype("datetime64[s]")),
        "order_type": pa.array([k_[0] for k_ in kinds]).take(pa.array(np.concatenate(kind_all))),
        "total": pa.array(np.concatenate(amount_all)),
    }  # fmt: skip


def _inquiries(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    """Return inquiries: catalog requests and card applications, from a month before joining."""
    who, day = _events(rng, (~p.kid & (rng.random(p.n) < 0.15)).astype(np.int64), p.created - 30)
    secs = EPOCH0 + day * 86_400 + rng.integers(43_200, 79_200, who.size)
    topics = ("catalog request", "store card application", "pharmacy question", "product question")
    return {
        "inquiry_no": c.ids("INQ-", 10_000_000, who.size),
        "cust": p.ids.take(pa.array(who)),
        "received": _iso_z(secs),
        "topic": pa.array(topics).take(pa.array(rng.integers(0, 4, who.size))),
    }


def _mail(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    picked = (KIND[p.region] == 0) & ~p.kid & (rng.random(p.n) < 0.35)
    who, day = _events(rng, np.where(picked, rng.integers(1, 3, p.n), 0), p.start)
    crm_state = pa.array([r.code for r in REGIONS]).take(pa.array(p.region[who]))
    return {"drop_id": c.ids("MD-", 10_000_000, who.size), "cust_no": p.ids.take(pa.array(who)),
            "address": p.street.take(pa.array(who)),
            "city": AREA_CITY.take(pa.array(p.area_i[who])), "state": crm_state,
            "zip": p.postal.take(pa.array(who)), "drop_date": _day_text(day),
            "campaign": ML_CODES.take(pa.array(_month(day)))}  # fmt: skip


def _push(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    who, day = _events(rng, np.where(p.app, rng.integers(2, 5, p.n), 0), p.start)
    secs = EPOCH0 + day * 86_400 + rng.integers(14 * 3600, 24 * 3600, who.size)
    return {"push_id": c.ids("PN-", 10_000_000, who.size), "user_ref": p.ids.take(pa.array(who)),
            "device_token": _ids("dev-", p.index[who] + 100_000),
            "sent": _join(pc.replace_substring(_stamp(secs), " ", "T"), "+00:00"),
            "campaign": PU_CODES.take(pa.array(_month(day)))}  # fmt: skip


def _sharing(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    """Return disclosures to service providers, made the day each record was created."""
    esp = np.flatnonzero(~p.kid & (rng.random(p.n) < 0.3))
    card = np.flatnonzero(p.card)
    who = np.concatenate([esp, card])
    is_card = np.arange(who.size) >= esp.size
    n = who.size
    return {
        "share_id": c.ids("SH-", 10_000_000, n), "customer_id": p.ids.take(pa.array(who)),
        "recipient": pc.if_else(pa.array(is_card), "Trailhead Card Services", "MailPilot Inc."),
        "recipient_type": ["service_provider"] * n, "sold": ["N"] * n, "cross_context": ["N"] * n,
        "categories": pc.if_else(pa.array(is_card), "account;transactions",
                                 "contact;email_engagement"),
        "sensitive": ["N"] * n, "precise_location": ["N"] * n, "health_data": ["N"] * n,
        "glba_exception": pc.if_else(pa.array(is_card), "service_provider", ""),
        "shared_at": _iso_z(EPOCH0 + p.created[who] * 86_400 + 57_600),
    }  # fmt: skip


def _locations(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    """Return coarse store-finder locations (1-5 km: not precise) of app users who agreed."""
    who, day = _events(rng, np.where(p.app, 3, 0), p.start)
    lat = np.array([r.lat for r in REGIONS])[p.region[who]] + rng.normal(0, 0.3, who.size)
    lon = np.array([r.lon for r in REGIONS])[p.region[who]] + rng.normal(0, 0.3, who.size)
    secs = EPOCH0 + day * 86_400 + rng.integers(14 * 3600, 24 * 3600, who.size)
    return {"event_id": c.ids("LOC-", 10_000_000, who.size), "user_ref": p.ids.take(pa.array(who)),
            "device_id": _ids("dev-", p.index[who] + 100_000),
            "captured": pa.array(secs.astype("datetime64[s]")), "lat": pa.array(np.round(lat, 4)),
            "lon": pa.array(np.round(lon, 4)),
            "accuracy_m": pa.array(np.round(rng.uniform(1000, 5000, who.size))),
            "purpose": ["store_finder"] * who.size}  # fmt: skip


def _notices(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    """Return the card unit's GLBA and FCRA notices, delivered at account opening."""
    card = np.flatnonzero(p.card)
    who = np.concatenate([card, card])
    kind = np.repeat([0, 1], card.size)
    return {"notice_id": c.ids("NT-", 10_000_000, who.size),
            "notice_type": pa.array(["glba_initial", "fcra_affiliate"]).take(pa.array(kind)),
            "version": ["2023.2"] * who.size, "customer_id": p.ids.take(pa.array(who)),
            "published_at": _iso_z(EPOCH0 + p.created[who] * 86_400 + 50_400),
            "delivery": ["electronic"] * who.size}  # fmt: skip


def _requests(rng: np.random.Generator, p: _People, c: _Counters) -> dict[str, Any]:
    """Return privacy requests, each acknowledged in 1-3 days and answered in 5-30."""
    idx = np.flatnonzero(~p.kid & (rng.random(p.n) < 0.003))
    day = p.start[idx] + (rng.random(idx.size) * np.maximum(DAYS - 1 - p.start[idx], 1)).astype(
        np.int64)  # fmt: skip
    got = EPOCH0 + day * 86_400 + rng.integers(50_000, 70_000, idx.size)
    ack = got + rng.integers(1, 4, idx.size) * 86_400
    done = got + rng.integers(5, 31, idx.size) * 86_400
    types = ("know", "delete", "correct", "opt_out_sale_share")
    return {"request_id": c.ids("PR-", 1_000_000, idx.size), "customer_id": p.ids.take(
                pa.array(idx)),
            "request_type": pa.array(types).take(pa.array(rng.integers(0, 4, idx.size))),
            "received": _iso_z(got), "acknowledged": _iso_z(ack),
            "completed": pc.if_else(pa.array(done < EPOCH0 + DAYS * 86_400), _iso_z(done),
                                    pa.scalar(None, pa.string()))}  # fmt: skip


# --- Arrow and NumPy helpers -----------------------------------------------------------------


def _rank_within(groups: I64, n_groups: int) -> I64:
    """Return each element's position among the earlier elements of its group."""
    order = np.argsort(groups, kind="stable")
    counts = np.bincount(groups, minlength=n_groups)
    ranks = np.empty(groups.size, np.int64)
    ranks[order] = np.arange(groups.size) - np.repeat(np.cumsum(counts) - counts, counts)
    return ranks


def _to_utc(local: I64, zone: I64) -> I64:
    """Return UTC epoch seconds of naive local epoch seconds, zone by zone (Arrow's tz data)."""
    out = np.empty_like(local)
    for z in np.unique(zone):
        mask = zone == z
        aware = pc.assume_timezone(pa.array(local[mask].astype("datetime64[s]")),
                                   timezone=ZONES[int(z)])  # fmt: skip
        out[mask] = aware.cast(pa.int64()).to_numpy()
    return out


def _chicago(utc: I64) -> I64:
    """Return the dialer's naive America/Chicago wall time of UTC epoch seconds."""
    aware = pa.array(utc.astype("datetime64[s]")).cast(pa.timestamp("s", tz="America/Chicago"))
    return np.asarray(pc.local_timestamp(aware).cast(pa.int64()).to_numpy(), np.int64)


def _month(day: I64) -> I64:
    months = (DAY0 + day).astype("datetime64[M]") - DAY0.astype("datetime64[M]")
    return np.asarray(np.clip(months.astype(np.int64), 0, MONTHS - 1), np.int64)


def _join(*parts: Any) -> Any:
    return pc.binary_join_element_wise(*parts, "")


def _part(text: Any, start: int, stop: int) -> Any:
    return pc.utf8_slice_codeunits(text, start, stop)


def _ids(prefix: str, numbers: I64) -> Any:
    return _join(prefix, pc.cast(pa.array(numbers), pa.string()))


def _pad4(suffix: I64) -> Any:
    return pc.utf8_lpad(pc.cast(pa.array(suffix), pa.string()), 4, "0")


def _digits(area: I64, suffix: I64) -> Any:
    return _join(pc.cast(pa.array(area), pa.string()), "555", _pad4(suffix))


def _dashed(area: I64, suffix: I64) -> Any:
    return _join(pc.cast(pa.array(area), pa.string()), "-555-", _pad4(suffix))


def _yn(mask: Mask) -> Any:
    return pc.if_else(pa.array(mask), "Y", "N")


def _stamp(secs: I64) -> Any:
    """Return 'YYYY-MM-DD HH:MM:SS' for epoch seconds (a cast: much faster than strftime)."""
    return pc.cast(pa.array(np.asarray(secs).astype("datetime64[s]")), pa.string())


def _iso_z(secs: I64) -> Any:
    text = _stamp(secs)
    return _join(_part(text, 0, 10), "T", _part(text, 11, 19), "Z")


def _us_stamp(secs: I64, seconds: bool = True) -> Any:
    """Return 'MM/DD/YYYY HH:MM[:SS]', the way the CRM and the dialer write times."""
    text = _stamp(secs)
    return _join(_us_date(_part(text, 0, 10)), " ", _part(text, 11, 19 if seconds else 16))


def _us_date(ymd: Any) -> Any:
    return _join(_part(ymd, 5, 7), "/", _part(ymd, 8, 10), "/", _part(ymd, 0, 4))


def _day_text(day: I64) -> Any:
    return pc.cast(pa.array(DAY0 + np.asarray(day)), pa.string())


# --- The configuration, the mapping, the labels and the README --------------------------------


def _write_meta(out: Path, places: Mapping[str, tuple[str, int]], customers: int, seed: int) -> int:
    """Write mapping.yaml, audit.yaml, labels.csv and README.md; return the label count."""
    write_atomic(out / "mapping.yaml", _mapping_yaml())
    write_atomic(out / "audit.yaml", _audit_yaml())
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(("case_id", "check", "rule", "table", "record_id", "expected", "why"))
    for label in k.LABELS:
        why = label.why
        if "quarantined" in label.effects:
            path, row = places[f"{label.table}:{label.record_id}"]
            why = f"{why.rstrip('.')} ({path}, data row {row})."
        writer.writerow((label.case_id, label.check, label.rule, label.table, label.record_id,
                         label.expected, why))  # fmt: skip
    write_atomic(out / "labels.csv", buf.getvalue())
    write_atomic(out / "README.md", _readme(customers, seed))
    return len(k.LABELS)


def _mapping_yaml() -> str:
    sources = []
    for e in EXPORTS.values():
        src: dict[str, Any] = {"table": e.table, "file": e.path}
        for key in ("format", "sheet", "delimiter", "encoding", "timezone"):
            if key in e.options:
                src[key] = e.options[key]
        src["columns"] = dict(e.columns)
        for key in ("formats", "values", "constants"):
            if key in e.options:
                src[key] = e.options[key]
        sources.append(src)
    doc = {
        "defaults": {"timezone": "America/New_York", "phone_region": "US", "encoding": "utf-8"},
        "sources": sources,
    }
    head = (
        f"# {COMPANY}: how each system's export feeds the canonical tables (fictitious data).\n"
        "# Naive times are in the company's zone unless a source names its own (the dialer's\n"
        "# call centre runs on America/Chicago).\n"
    )
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def _audit_yaml() -> str:
    base = yaml.safe_load(COMPANY_FILE.read_text(encoding="utf-8"))
    doc: dict[str, Any] = {"company": {**base["company"], "industries": list(INDUSTRIES)},
                           "mapping": "mapping.yaml"}  # fmt: skip
    for key in ("overrides", "waivers"):
        if base.get(key):
            doc[key] = base[key]
    head = (
        f"# {COMPANY}: a fictitious company's audit configuration, written by\n"
        "# 'privacykit sample'. Audit period of the planted cases: 2026Q3 "
        f"({AUDIT_PERIOD[0]} to {AUDIT_PERIOD[1]}).\n"
    )
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def _readme(customers: int, seed: int) -> str:
    files = "\n".join(f"| `{e.path}` | {e.table} | {_system(e.path)} |" for e in EXPORTS.values())
    return README.format(
        company=COMPANY, customers=customers, seed=seed, first=AUDIT_PERIOD[0],
        last=AUDIT_PERIOD[1], files=files, labels=len(k.LABELS),
    )  # fmt: skip


def _system(path: str) -> str:
    name = Path(path).name
    for prefix, text in SYSTEMS.items():
        if name.startswith(prefix):
            return text
    return ""


SYSTEMS = {
    "crm_": "CRM: semicolons, Windows-1252, CRLF; dates and phones as keyed in",
    "esp_sends": "email platform send log: UTF-8 with BOM, UTC times with Z",
    "esp_unsub": "email platform unsubscribes: tab-separated, UTC",
    "dialer_": "dialer (call centre in Chicago): naive America/Chicago times, type codes",
    "sms_": "SMS platform: Parquet, UTC timestamps",
    "consents": "preference centre: ISO times with offsets or Z",
    "suppression": "the company's internal do-not-call list",
    "national_": "National Do Not Call Registry copy (fictitious numbers only)",
    "state_": "a state do-not-call list in the state's own format",
    "download_log": "when each registry copy was downloaded",
    "orders": "order system: Parquet, naive UTC timestamps",
    "inquiries": "web forms: catalog requests, card applications, questions",
    "campaigns": "marketing's campaign sheet (Excel)",
    "data_sharing": "disclosures to service providers",
    "app_location": "mobile app: coarse store-finder locations (Parquet)",
    "notices": "privacy notices published or delivered",
    "privacy_requests": "privacy requests and their handling",
    "training": "learning system: staff training completions",
    "mail_drops": "lettershop: catalog mail drops",
    "push_": "mobile app push notifications",
}

README = """# {company}

Everything here is **fictitious**: invented names, emails at example.com, example.org and
example.net only, and phone numbers 555-0100 to 555-0199 of real area codes (reserved for
fiction). Written by `privacykit sample` with {customers} bulk customers and seed {seed}; the
same seed always writes the same bytes.

The company is an outdoor retailer (Ohio) with a store credit card (financial), an in-store
pharmacy (health) and a children's site, Northwind Trail Kids (children-directed). Its clock
is America/New_York. It reaches customers by email, phone, text, a few faxes, mail and push.

**Audit period: 2026Q3 ({first} to {last}).** The bulk history runs 2024-01-01 to {last}.

## Files

- `audit.yaml`: the audit configuration (company, overrides, waivers; `mapping: mapping.yaml`).
  The company is stricter than the law: calls from 09:00, do-not-call requests honored in 5
  business days.
- `mapping.yaml`: how each export is read into the canonical tables.
- `labels.csv`: the answer key, {labels} planted cases: `case_id, check, rule, table, record_id,
  expected, why`. `expected` is violation, warning (a reading or a boundary needs a person) or
  pass (a compliant near-miss that must not be flagged). `check` DQ marks data-quality cases.
- `exports/`: what each system exported, each in its own format:

| file | canonical table | system and format |
|---|---|---|
{files}

## Design: the bulk is compliant by construction

The planted cases (privacykit/sample/cases.py) are the only violations and warnings; every
bulk row is built to pass:

- Calls and texts reach only customers who gave prior express written consent the day their
  record was made, on numbers that are on no do-not-call list and no opt-out. Numbers ending
  0180-0189 form the do-not-call pool (national, state and company lists, STOP replies) and are
  never called; planted cases use 0190-0198 only.
- Calls and texts are made Monday to Saturday, never on a US federal holiday, between 11:00
  and 16:59 in the customer's zone: inside every federal and state window even if the area
  code's zone is an hour off.
- With only 100 fictitious numbers per area code, customers share lines at scale (households).
  Customers sharing a number are reached on different days: at most one call or text a day
  per number.
- No email goes out on or after the day of an opt-out. Canadian and EU recipients gave express
  consent before their first email.
- A national registry copy is downloaded every 14 days; campaigns and their emails carry an
  unsubscribe link and the postal address.

## Data quality, on purpose

Real exports are messy, and so are these: dates as `7/4/1985`, `07/04/1985` or `19850704`;
phones as `(305) 555-0142`, `+1 602-555-0199`, `614.555.0101` or `1-614-555-0101`; states as
codes in any case or full names; countries as `USA`, `US`, `Canada`, `DE`; quoted fields holding
the delimiter; trailing spaces and mixed-case emails. A few rows are broken on purpose (an
impossible date, a phone `12`, the state `Atlantis`, a call with no time and no number, a send on
September 31, an unknown consent type, a guest order with no customer, a call for an account
that does not exist): each is a DQ label, saying what the loader must do with it.

## Reading it

Naive times are read in the zone the mapping gives each source: the company's
America/New_York by default, America/Chicago for the dialer, UTC for the email and SMS
platforms. Labels give every planted contact's time as the called or emailed person's local
time; `why` says which zone that is.

Email-opt-out labels (E1, US business days) cover US recipients; Canadian recipients are
labelled under E13 (Canadian business days) only.
"""
