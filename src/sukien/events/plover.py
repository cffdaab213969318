"""The PLOVER event ontology as sukien uses it: the 16 event types and their modes, the CAMEO
codes behind them, the quad classes and a cooperation–conflict score.

Sources (all public):

- PLOVER: *Political Language Ontology for Verifiable Event Records*, Open Event Data Alliance,
  manual draft 0.7 (2021), https://github.com/openeventdata/PLOVER (``PLOVER_MANUAL.tex``): the
  type definitions, the mode tables and the "Schrodt scores" (one cooperation–conflict value
  per type). The manual calls REQUEST ``DEMAND``; the 2021 data sets (POLECAT) call it REQUEST.
- ``CAMEO2PLOVER-2021.txt`` in the same repository: which CAMEO code becomes which PLOVER type
  and mode. Some modes used there and not in the manual (``ease``, ``discontinue``,
  ``investigate``, ``disapprove``, ``unconventional``, ``cleansing``) are kept.
- CAMEO (Conflict and Mediation Event Observations, Gerner, Schrodt, Yilmaz 2009): the root
  codes 01–20 and the Goldstein (1992) weights of its codes, as distributed with CAMEO.
- sukien's own additions, marked ``source="sukien"`` on each mode: CONSULT ``meet`` and
  ``video`` (the project's gold uses them), AGREE ``assist/change/yield/meet`` (CAMEO 031–039:
  intent to cooperate, reform, yield, meet), COOPERATE ``economic/military/legal/intelligence``
  (CAMEO 061–064; PLOVER has them as contexts), COERCE ``cyber`` and ASSAULT ``aerial`` and
  ``drone`` (CAMEO 195).

:func:`cooperation_conflict` gives a score in [-10, +10]: the PLOVER Schrodt score of the type,
or, when the mode corresponds to one CAMEO code family, that code's Goldstein weight (table
``MODE_CODES``). :func:`goldstein` scores a CAMEO code directly (each lexicon trigger has one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

__all__ = [
    "CAMEO_PREFIXES",
    "CAMEO_ROOT",
    "CAMEO_ROOT_NAMES",
    "GOLDSTEIN",
    "MODE_CODES",
    "PLOVER_TYPES",
    "QUAD_CLASS",
    "QUAD_NAMES",
    "TYPE_SCORES",
    "Mode",
    "PloverType",
    "cameo_root",
    "cooperation_conflict",
    "goldstein",
    "valid_cameo",
    "valid_mode",
]

ModeSource = Literal["PLOVER", "CAMEO2PLOVER", "sukien"]


@dataclass(frozen=True)
class Mode:
    """A PLOVER mode (the *how* of an event): its name, a one-line definition, and where it
    comes from (the PLOVER manual, the CAMEO2PLOVER-2021 table, or sukien)."""

    name: str
    definition: str
    source: ModeSource = "PLOVER"


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type: quad class (1–4), a one-line definition, whether PLOVER requires a
    recipient (target), and its modes by name."""

    name: str
    quad: int
    definition: str
    needs_recipient: bool
    modes: Mapping[str, Mode]


def _type(
    name: str, quad: int, needs_recipient: bool, definition: str, *modes: Mode
) -> tuple[str, PloverType]:
    table = MappingProxyType({m.name: m for m in modes})
    return name, PloverType(name, quad, definition, needs_recipient, table)


# fmt: off
_M = Mode
_YIELD_MODES: Final = (
    _M("assist", "any form of exchange, relations, or assistance"),
    _M("change", "changes in policy, government, or institutions that are not concessions"),
    _M("yield", "release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires"),
    _M("meet", "meetings and negotiations"),
)

PLOVER_TYPES: Final[Mapping[str, PloverType]] = MappingProxyType(
    dict(
        [
            _type(
                "AGREE", 1, False,
                "Agree to, offer, promise or otherwise indicate willingness or commitment to "
                "cooperate, including promises to sign or ratify agreements.",
                _M("assist", "intent to cooperate materially or to give aid (CAMEO 031, 033)",
                   "sukien"),
                _M("change", "intent to reform policy, leadership or institutions (CAMEO 034)",
                   "sukien"),
                _M("yield", "intent to yield: release, ease sanctions, de-escalate (CAMEO 035)",
                   "sukien"),
                _M("meet", "agree to meet, negotiate, settle or accept mediation (CAMEO 036-038)",
                   "sukien"),
            ),
            _type(
                "CONSULT", 1, False,
                "All consultations and meetings: visits and hosting visits, meetings at a "
                "neutral place, talks and negotiations, consultation by phone or other media.",
                _M("visit", "the source is visiting, the recipient is hosting"),
                _M("third-party", "the meeting is hosted by a third party"),
                _M("multilateral", "the meeting occurs in a multilateral context (alliance, IGO)"),
                _M("phone", "consultation by phone or another remote medium"),
                _M("meet", "a face-to-face meeting or talks between the parties", "sukien"),
                _M("video", "a video call or video conference", "sukien"),
            ),
            _type(
                "SUPPORT", 1, False,
                "Express support for, commend, approve, endorse or recognize an actor or policy; "
                "initiate or improve diplomatic (non-material) cooperation; sign or ratify.",
            ),
            _type(
                "CONCEDE", 1, False,
                "Verbal concessions with no immediate material consequence: promised concessions, "
                "easing restrictions, pardons, apologies, declared ceasefires or withdrawals.",
            ),
            _type(
                "COOPERATE", 2, True,
                "Initiate, resume, improve or expand mutual material cooperation or exchange: "
                "economic, military (joint exercises), judicial, intelligence sharing.",
                _M("economic", "trade, investment, economic cooperation (CAMEO 061)", "sukien"),
                _M("military", "military cooperation, joint exercises (CAMEO 062)", "sukien"),
                _M("legal", "judicial cooperation, extradition (CAMEO 063)", "sukien"),
                _M("intelligence", "sharing intelligence or information (CAMEO 064)", "sukien"),
            ),
            _type(
                "AID", 2, True,
                "Provide material aid whose benefits accrue mainly to the recipient: money, "
                "arms and personnel, humanitarian aid, asylum.",
                _M("economic", "economic aid such as loans and grants"),
                _M("military", "military aid (arms, training, personnel)"),
                _M("humanitarian", "humanitarian aid"),
                _M("asylum", "granting asylum"),
            ),
            _type(
                "RETREAT", 2, False,
                "Material concessions with immediate effect: release or return, easing "
                "sanctions, allowing access, disarming, observing a ceasefire, withdrawing, "
                "resigning.",
                _M("withdraw", "retreat from territory or withdraw forces from an area"),
                _M("release", "release captives"),
                _M("return", "return property"),
                _M("disarm", "disarm militarily or give up weapons"),
                _M("ceasefire", "implement a ceasefire"),
                _M("access", "allow a third party (observers, peacekeepers, aid workers) access"),
                _M("resign", "official resignation"),
                _M("ease", "ease economic sanctions, a boycott or an embargo", "CAMEO2PLOVER"),
            ),
            _type(
                "REQUEST", 3, False,
                "All requests, appeals, calls and demands that the recipient do something.",
                *_YIELD_MODES,
            ),
            _type(
                "ACCUSE", 3, False,
                "Disapprove, object, complain, criticize, condemn, accuse, sue or investigate.",
                _M("investigate", "investigations (CAMEO 09)", "CAMEO2PLOVER"),
                _M("disapprove", "disapproval, criticism, accusation (CAMEO 11)", "CAMEO2PLOVER"),
            ),
            _type(
                "REJECT", 3, False,
                "All rejections and refusals: of cooperation, aid, change, concessions, "
                "meetings, proposals; defiance of laws or norms; vetoes.",
                *_YIELD_MODES,
            ),
            _type(
                "THREATEN", 3, False,
                "All threats and coercive or forceful warnings with serious potential "
                "repercussions, including ultimatums.",
                _M("restrict", "restrict movement of people or goods: boycotts, blockades, "
                   "sanctions, curfews"),
                _M("ban", "ban political activities of parties or individuals"),
                _M("arrest", "arrest, detain, imprison"),
                _M("relations", "suspend or break relations or talks"),
                _M("expel", "expel diplomats, peacekeepers, NGOs"),
                _M("territory", "occupy or seize control of all or part of a territory"),
                _M("violence", "use violence or military force"),
            ),
            _type(
                "PROTEST", 4, False,
                "Civilian demonstrations and other collective actions carried out as protests "
                "against the recipient.",
                _M("demo", "organized, largely peaceful demonstration"),
                _M("riot", "violent riot"),
                _M("strike-gen", "general strike"),
                _M("strike-lim", "strike limited to some sectors or industries"),
                _M("strike-hun", "hunger strike"),
                _M("boycott", "boycott"),
                _M("obstruct", "obstruct passage, block"),
            ),
            _type(
                "SANCTION", 4, True,
                "Reduce normal or cooperative relations: break or reduce diplomatic ties, cut "
                "aid, impose sanctions or embargoes, halt talks, expel or withdraw, convict.",
                _M("convict", "find guilty or liable in a court of law"),
                _M("cancel", "cancel meetings, summits, dialogues"),
                _M("expel", "expel an actor from a group, organization or country"),
                _M("withdraw", "withdraw oneself or one's non-military resources (diplomats, "
                   "aid, observers) from a group, organization, country or mediation"),
                _M("sever", "curtail or terminate diplomatic, commercial or material exchange"),
                _M("discontinue", "reduce or stop aid", "CAMEO2PLOVER"),
            ),
            _type(
                "MOBILIZE", 4, False,
                "Military or police moves short of the use of force: mobilization, deployments, "
                "raised alert, exercises by one side, weapons tests, shows of force.",
                _M("troops", "mobilize armed personnel or units"),
                _M("weapons", "increase readiness of weapons systems, test weapons"),
                _M("police", "mobilize or increase readiness of police or security units"),
            ),
            _type(
                "COERCE", 4, False,
                "Repression and restrictions on rights: arrests, confiscation, bans, curfews, "
                "martial law, censorship, deportation, blockades and occupation.",
                _M("confiscate", "confiscate or seize property; occupy territory"),
                _M("restrict", "impose restrictions on political freedoms or movement"),
                _M("ban", "ban individuals or organizations"),
                _M("censor", "censor, ban or restrict access to publications"),
                _M("curfew", "impose a curfew"),
                _M("martial-law", "impose a state of emergency or martial law"),
                _M("arrest", "arrest, detain, or charge with legal action"),
                _M("deport", "expel or deport individuals"),
                _M("withhold", "withhold public goods or services (power, water, internet)"),
                _M("cyber", "cyberattack (PLOVER has cyber as a context only)", "sukien"),
            ),
            _type(
                "ASSAULT", 4, False,
                "Deliberate actions that can result in substantial physical harm: attacks, "
                "fighting, bombing, killing, abduction, torture, destruction of property.",
                _M("abduct", "abduct, kidnap, hijack"),
                _M("beat", "physically assault"),
                _M("torture", "torture"),
                _M("execute", "judicially sanctioned execution"),
                _M("sexual", "sexual violence"),
                _M("assassinate", "targeted assassination with any weapon"),
                _M("destroy", "destroy property"),
                _M("primitive", "primitive weapons: fire, edged weapons, rocks"),
                _M("firearms", "rifles, pistols, light machine guns"),
                _M("explosives", "explosives not in a heavy weapon: mines, IEDs, car bombs"),
                _M("suicide-attack", "individual and vehicular suicide attacks"),
                _M("heavy-weapons", "crew-served weapons: artillery, tanks, missiles"),
                _M("aerial", "air strikes, bombing from aircraft (CAMEO 195)", "sukien"),
                _M("drone", "attacks by drones (UAVs)", "sukien"),
                _M("unconventional", "weapons of mass destruction (CAMEO 204)", "CAMEO2PLOVER"),
                _M("cleansing", "mass killings, ethnic cleansing, mass expulsion (CAMEO 201-203)",
                   "CAMEO2PLOVER"),
            ),
        ]
    )
)

QUAD_NAMES: Final[Mapping[int, str]] = MappingProxyType(
    {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
     4: "material conflict"}
)
"""The four quad classes of CAMEO and PLOVER."""

QUAD_CLASS: Final[Mapping[str, int]] = MappingProxyType(
    {name: t.quad for name, t in PLOVER_TYPES.items()}
)
"""PLOVER type → quad class (1 verbal cooperation … 4 material conflict)."""

CAMEO_ROOT_NAMES: Final[Mapping[str, str]] = MappingProxyType({
    "01": "MAKE PUBLIC STATEMENT", "02": "APPEAL", "03": "EXPRESS INTENT TO COOPERATE",
    "04": "CONSULT", "05": "ENGAGE IN DIPLOMATIC COOPERATION",
    "06": "ENGAGE IN MATERIAL COOPERATION", "07": "PROVIDE AID", "08": "YIELD",
    "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "EXHIBIT FORCE POSTURE", "16": "REDUCE RELATIONS", "17": "COERCE",
    "18": "ASSAULT", "19": "FIGHT", "20": "USE UNCONVENTIONAL MASS VIOLENCE",
})
"""The 20 CAMEO root codes (cue categories)."""

CAMEO_ROOT: Final[Mapping[str, str]] = MappingProxyType({
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06",
    "AID": "07", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17",
    "ASSAULT": "18",
})
"""PLOVER type → its main CAMEO root code. ASSAULT is 18, 19 or 20 by mode: see
:func:`cameo_root`; all the codes a type takes are in :data:`CAMEO_PREFIXES`."""

CAMEO_PREFIXES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({
    "AGREE": ("03", "057"),          # 057 sign formal agreement: the project codes signing AGREE
    "CONSULT": ("04",),
    "SUPPORT": ("05",),
    "CONCEDE": ("08", "055"),        # 080-083 yield verbally; 055 apologize (PLOVER: regret)
    "COOPERATE": ("06",),
    "AID": ("07",),
    "RETREAT": ("08",),              # 084-087 return, release, ease, allow access, de-escalate
    "REQUEST": ("10", "02"),         # 10 DEMAND and 02 APPEAL ("kêu gọi", "đề nghị")
    "ACCUSE": ("11", "09"),          # 11 DISAPPROVE and 09 INVESTIGATE
    "REJECT": ("12",),
    "THREATEN": ("13",),
    "PROTEST": ("14",),
    "SANCTION": ("16", "116"),       # 116 find guilty (PLOVER moved it to SANCTION convict)
    "MOBILIZE": ("15",),
    "COERCE": ("17", "191", "192"),  # 191 blockade, 192 occupy (CAMEO2PLOVER: COERCE)
    "ASSAULT": ("18", "19", "20", "1712", "175"),  # 1712 destroy property, 175 violent repression
})
"""PLOVER type → the CAMEO code prefixes that map to it (CAMEO2PLOVER-2021 and the manual)."""

GOLDSTEIN: Final[Mapping[str, float]] = MappingProxyType({
    # 01-02 statements, appeals
    "01": 0.0, "02": 3.0, "020": 3.0, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3,
    "025": -0.3, "026": 4.0, "027": 4.0, "028": 4.0,
    # 03 intent to cooperate
    "03": 4.0, "030": 4.0, "031": 5.2, "032": 4.5, "033": 5.2, "034": 7.0, "035": 7.0,
    "0356": 7.0, "036": 4.0, "037": 5.0, "038": 7.0, "039": 5.0,
    # 04 consult
    "04": 1.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0,
    "046": 7.0,
    # 05 diplomatic cooperation
    "05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6.0, "055": 7.0,
    "056": 7.0, "057": 8.0,
    # 06 material cooperation
    "06": 6.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    # 07 aid
    "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    # 08 yield
    "08": 5.0, "080": 5.0, "081": 5.0, "082": 5.0, "083": 5.0, "0831": 5.0, "084": 7.0,
    "0841": 7.0, "0842": 7.0, "085": 7.0, "086": 9.0, "0862": 9.0, "0863": 9.0, "087": 9.0,
    "0871": 9.0, "0872": 9.0, "0873": 9.0, "0874": 10.0,
    # 09 investigate, 10 demand, 11 disapprove
    "09": -2.0, "090": -2.0, "10": -5.0, "100": -5.0, "101": -5.0, "103": -5.0, "104": -5.0,
    "1041": -5.0, "1042": -5.0, "1043": -5.0, "105": -5.0, "1053": -5.0, "1054": -5.0,
    "1056": -5.0, "106": -5.0, "11": -2.0, "110": -2.0, "111": -2.0, "112": -2.0, "113": -2.0,
    "114": -2.0, "115": -2.0, "116": -2.0,
    # 12 reject
    "12": -4.0, "120": -4.0, "121": -4.0, "122": -4.0, "123": -4.0, "1231": -4.0, "124": -4.0,
    "1243": -4.0, "1246": -4.0, "125": -5.0, "126": -5.0, "127": -5.0, "128": -5.0,
    "129": -5.0,
    # 13 threaten
    "13": -6.0, "130": -4.4, "131": -5.8, "1312": -5.8, "1313": -5.8, "132": -5.8, "136": -7.0,
    "137": -7.0, "138": -7.0, "1381": -7.0, "1382": -7.0, "1384": -7.0, "1385": -7.0,
    "139": -7.0,
    # 14 protest
    "14": -6.5, "140": -6.5, "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5,
    # 15 force posture, 16 reduce relations
    "15": -7.2, "150": -7.2, "152": -7.2, "153": -7.2, "154": -7.2, "16": -4.0, "160": -4.0,
    "161": -4.0, "162": -5.6, "163": -8.0, "164": -7.0, "166": -7.0,
    # 17 coerce
    "17": -7.0, "170": -7.0, "171": -9.2, "1711": -9.2, "1712": -9.2, "172": -5.0,
    "1721": -5.0, "1722": -5.0, "1723": -5.0, "1724": -5.0, "173": -5.0, "174": -5.0,
    "175": -9.0,
    # 18 assault, 19 fight, 20 mass violence
    "18": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "1821": -9.0, "1822": -9.0,
    "1823": -10.0, "183": -10.0, "1831": -10.0, "1832": -10.0, "1833": -10.0, "185": -8.0,
    "186": -10.0, "19": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0,
    "194": -10.0, "195": -10.0, "196": -9.5, "20": -10.0, "202": -10.0, "203": -10.0,
    "204": -10.0, "2041": -10.0, "2042": -10.0,
})
"""Goldstein (1992) weights of the CAMEO codes the lexicon uses (and every root code)."""

TYPE_SCORES: Final[Mapping[str, float]] = MappingProxyType({
    "ASSAULT": -9.3, "COERCE": -7.2, "PROTEST": -6.6, "MOBILIZE": -5.3, "SANCTION": -5.2,
    "THREATEN": -5.1, "REQUEST": -5.0, "REJECT": -4.2, "ACCUSE": -2.0, "CONSULT": 2.1,
    "AGREE": 4.2, "SUPPORT": 4.6, "CONCEDE": 5.0, "COOPERATE": 6.8, "AID": 7.4,
    "RETREAT": 7.6,
})
"""PLOVER "Schrodt scores": frequency-weighted Goldstein means per type (PLOVER manual; the
manual's DEMAND score is used for REQUEST)."""

MODE_CODES: Final[Mapping[tuple[str, str], str]] = MappingProxyType({
    # (type, mode): the CAMEO code (family) the mode comes from; its Goldstein weight scores it
    ("CONSULT", "phone"): "041",
    ("CONSULT", "video"): "041",
    ("CONSULT", "visit"): "042",
    ("CONSULT", "third-party"): "044",
    ("AGREE", "assist"): "031",
    ("AGREE", "change"): "034",
    ("AGREE", "yield"): "035",
    ("AGREE", "meet"): "036",
    ("COOPERATE", "economic"): "061",
    ("COOPERATE", "military"): "062",
    ("COOPERATE", "legal"): "063",
    ("COOPERATE", "intelligence"): "064",
    ("AID", "economic"): "071",
    ("AID", "military"): "072",
    ("AID", "humanitarian"): "073",
    ("AID", "asylum"): "075",
    ("RETREAT", "release"): "0841",
    ("RETREAT", "return"): "0842",
    ("RETREAT", "ease"): "085",
    ("RETREAT", "access"): "086",
    ("RETREAT", "disarm"): "0873",
    ("RETREAT", "ceasefire"): "0871",
    ("RETREAT", "withdraw"): "0872",
    ("REJECT", "assist"): "121",
    ("REJECT", "change"): "122",
    ("REJECT", "yield"): "124",
    ("REJECT", "meet"): "125",
    ("ACCUSE", "investigate"): "09",
    ("ACCUSE", "disapprove"): "11",
    ("THREATEN", "restrict"): "1312",
    ("THREATEN", "ban"): "132",
    ("THREATEN", "relations"): "1313",
    ("THREATEN", "arrest"): "137",
    ("THREATEN", "expel"): "136",
    ("THREATEN", "territory"): "1382",
    ("THREATEN", "violence"): "138",
    ("PROTEST", "demo"): "141",
    ("PROTEST", "strike-gen"): "143",
    ("PROTEST", "strike-lim"): "143",
    ("PROTEST", "strike-hun"): "142",
    ("PROTEST", "boycott"): "143",
    ("PROTEST", "obstruct"): "144",
    ("PROTEST", "riot"): "145",
    ("SANCTION", "withdraw"): "161",
    ("SANCTION", "sever"): "160",
    ("SANCTION", "discontinue"): "162",
    ("SANCTION", "expel"): "166",
    ("SANCTION", "cancel"): "164",
    ("SANCTION", "convict"): "116",
    ("COERCE", "confiscate"): "1711",
    ("COERCE", "restrict"): "172",
    ("COERCE", "ban"): "1722",
    ("COERCE", "censor"): "1721",
    ("COERCE", "curfew"): "1723",
    ("COERCE", "martial-law"): "1724",
    ("COERCE", "arrest"): "173",
    ("COERCE", "deport"): "174",
    ("ASSAULT", "abduct"): "181",
    ("ASSAULT", "beat"): "182",
    ("ASSAULT", "sexual"): "1821",
    ("ASSAULT", "torture"): "1822",
    ("ASSAULT", "execute"): "1823",
    ("ASSAULT", "assassinate"): "186",
    ("ASSAULT", "destroy"): "1712",
    ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "1831",
    ("ASSAULT", "firearms"): "193",
    ("ASSAULT", "heavy-weapons"): "194",
    ("ASSAULT", "aerial"): "195",
    ("ASSAULT", "drone"): "195",
    ("ASSAULT", "unconventional"): "204",
    ("ASSAULT", "cleansing"): "202",
})
"""Modes whose CAMEO Goldstein weight (:func:`goldstein` of this code) replaces the type
score (see the module docstring). Modes not listed
(CONSULT meet/multilateral, REQUEST's, MOBILIZE's, …) take the type score: PLOVER moved
MOBILIZE to -5.3 on purpose, and REQUEST mixes appeals (+3.0) and demands (-5.0)."""
# fmt: on

_ASSAULT_19: Final = frozenset({"firearms", "heavy-weapons", "aerial", "drone"})
_ASSAULT_20: Final = frozenset({"unconventional", "cleansing"})


def valid_mode(type: str, mode: str | None) -> bool:
    """Whether ``mode`` (``None`` or one mode name) is a mode of PLOVER type ``type``."""
    plover = PLOVER_TYPES.get(type)
    return plover is not None and (mode is None or mode in plover.modes)


def valid_cameo(type: str, code: str) -> bool:
    """Whether ``code`` is a CAMEO code (2–4 digits, root 01–20) that maps to ``type``."""
    if not (2 <= len(code) <= 4 and code.isascii() and code.isdigit()):
        return False
    if code[:2] not in CAMEO_ROOT_NAMES:
        return False
    return code.startswith(CAMEO_PREFIXES.get(type, ()))


def cameo_root(type: str, mode: str | None = None) -> str:
    """The CAMEO root code of a PLOVER type and mode: ASSAULT is 19 (FIGHT) for firearms,
    heavy weapons, air and drone attacks, 20 for mass violence and WMD, 18 otherwise."""
    if type not in CAMEO_ROOT:
        raise ValueError(f"unknown PLOVER type: {type!r}")
    if type == "ASSAULT":
        if mode in _ASSAULT_19:
            return "19"
        if mode in _ASSAULT_20:
            return "20"
    return CAMEO_ROOT[type]


def cooperation_conflict(type: str, mode: str | None = None) -> float:
    """A Goldstein-style cooperation (+10) – conflict (-10) score of a PLOVER event.

    The type's PLOVER Schrodt score (:data:`TYPE_SCORES`), unless the mode has its own CAMEO
    Goldstein weight (its code in :data:`MODE_CODES`). Several modes separated by ``;``
    (``phone;video``) give the mean of their scores. Raises ``ValueError`` for an unknown type
    or mode.
    """
    if type not in TYPE_SCORES:
        raise ValueError(f"unknown PLOVER type: {type!r}")
    if not mode:
        return TYPE_SCORES[type]
    scores = []
    for name in mode.split(";"):
        if not valid_mode(type, name):
            raise ValueError(f"{name!r} is not a mode of {type}")
        code = MODE_CODES.get((type, name))
        scores.append(goldstein(code) if code is not None else TYPE_SCORES[type])
    return round(sum(scores) / len(scores), 2)


def goldstein(code: str) -> float:
    """The Goldstein weight of a CAMEO code: the code's own, else that of its longest listed
    prefix (``"1385"`` → ``"138"``). Raises ``KeyError`` when not even the root is known."""
    for length in range(len(code), 1, -1):
        if code[:length] in GOLDSTEIN:
            return GOLDSTEIN[code[:length]]
    raise KeyError(code)
