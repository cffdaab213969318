"""Political facts the packages do not carry: which ISO codes are sovereign states, who
administers each territory, which former states are kept, and the UN M49 regions used.

Reviewed by hand for sukien. Sources: the list of UN member states (193) plus the two
observer states (Holy See, State of Palestine); ISO 3166-1 remarks for the administering
state of each territory; ISO 3166-3 for former countries.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "EXTRA_TERRITORIES",
    "FORMER_STATES",
    "M49_REGIONS",
    "SOVEREIGN",
    "TERRITORY_PARENT",
]

# The 193 UN member states and the two observer states (VAT, PSE), ISO 3166-1 alpha-3.
_SOVEREIGN_CODES: Final = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
    BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB
    CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA
    GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN
    KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT
    MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
    PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
    SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO
    TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
    VAT PSE
"""
SOVEREIGN: Final = frozenset(_SOVEREIGN_CODES.split())

# Every other ISO 3166-1 entry is a territory; its parent is the administering state, or
# None where the status is disputed or there is none (Antarctica, Taiwan, Western Sahara).
TERRITORY_PARENT: Final[dict[str, str | None]] = {
    "ABW": "NLD", "AIA": "GBR", "ALA": "FIN", "ASM": "USA", "ATA": None, "ATF": "FRA",
    "BES": "NLD", "BLM": "FRA", "BMU": "GBR", "BVT": "NOR", "CCK": "AUS", "COK": "NZL",
    "CUW": "NLD", "CXR": "AUS", "CYM": "GBR", "ESH": None, "FLK": "GBR", "FRO": "DNK",
    "GGY": "GBR", "GIB": "GBR", "GLP": "FRA", "GRL": "DNK", "GUF": "FRA", "GUM": "USA",
    "HKG": "CHN", "HMD": "AUS", "IMN": "GBR", "IOT": "GBR", "JEY": "GBR", "MAC": "CHN",
    "MAF": "FRA", "MNP": "USA", "MSR": "GBR", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA",
    "NFK": "AUS", "NIU": "NZL", "PCN": "GBR", "PRI": "USA", "PYF": "FRA", "REU": "FRA",
    "SGS": "GBR", "SHN": "GBR", "SJM": "NOR", "SPM": "FRA", "SXM": "NLD", "TCA": "GBR",
    "TKL": "NZL", "TWN": None, "UMI": "USA", "VGB": "GBR", "VIR": "USA", "WLF": "FRA",
}  # fmt: skip

# Territories outside ISO 3166-1: code → (CLDR region code, English name). Kosovo uses the
# user-assigned code XKX (as the EU and IMF do); its status is disputed, so no parent.
EXTRA_TERRITORIES: Final[dict[str, tuple[str, str]]] = {"XKX": ("XK", "Kosovo")}

# Former states (ISO 3166-3) kept as entities of kind "country": code → English name.
# Renamed states (Burma, Zaire, Dahomey, …) are aliases of their successors instead.
FORMER_STATES: Final[dict[str, str]] = {
    "SUN": "Soviet Union",
    "YUG": "Yugoslavia",
    "CSK": "Czechoslovakia",
    "DDR": "East Germany",
    "SCG": "Serbia and Montenegro",
    "YMD": "South Yemen",
}

# UN M49 regions taken from CLDR: code → (id, English Wikipedia title). "001" (world) is
# left out: "thế giới" is an everyday word, not a place name.
M49_REGIONS: Final[dict[str, tuple[str, str]]] = {
    "002": ("region/africa", "Africa"),
    "003": ("region/north-america", "North America"),
    "005": ("region/south-america", "South America"),
    "009": ("region/oceania", "Oceania"),
    "011": ("region/west-africa", "West Africa"),
    "013": ("region/central-america", "Central America"),
    "014": ("region/east-africa", "East Africa"),
    "015": ("region/north-africa", "North Africa"),
    "017": ("region/central-africa", "Central Africa"),
    "018": ("region/southern-africa", "Southern Africa"),
    "019": ("region/americas", "Americas"),
    "021": ("region/northern-america", "Northern America"),
    "029": ("region/caribbean", "Caribbean"),
    "030": ("region/east-asia", "East Asia"),
    "034": ("region/south-asia", "South Asia"),
    "035": ("region/southeast-asia", "Southeast Asia"),
    "039": ("region/southern-europe", "Southern Europe"),
    "053": ("region/australasia", "Australasia"),
    "054": ("region/melanesia", "Melanesia"),
    "057": ("region/micronesia", "Micronesia"),
    "061": ("region/polynesia", "Polynesia"),
    "142": ("region/asia", "Asia"),
    "143": ("region/central-asia", "Central Asia"),
    "145": ("region/western-asia", "Western Asia"),
    "150": ("region/europe", "Europe"),
    "151": ("region/eastern-europe", "Eastern Europe"),
    "154": ("region/northern-europe", "Northern Europe"),
    "155": ("region/western-europe", "Western Europe"),
    "202": ("region/sub-saharan-africa", "Sub-Saharan Africa"),
    "419": ("region/latin-america", "Latin America"),
}
