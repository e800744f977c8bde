"""Where the sample's customers live, and the names and streets they are drawn from.

Literal data (states, provinces and countries with their zones and area codes) and the NumPy and
Arrow look-up arrays over it that the bulk rows index into.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pyarrow as pa


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
