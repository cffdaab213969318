"""Who can act in an event: the actor mentions of a document, and coordinated phrases of them.

An **actor mention** is a span of ``doc.text`` that stands for a political actor:

- a person: a PER entity, or a role reference resolved to a person ("người đồng cấp Nga" →
  Sergei Lavrov); a title's country right before the name is part of it ("Ngoại trưởng
  Hoa Kỳ Antony Blinken" is one mention of Blinken, of the United States);
- an organization (ORG entities; news media report, they do not act, and are left out);
- a state: a country, or a city or region standing for its government ("Washington",
  "Phía Moscow"): events resolve it to the country (``place`` keeps the city for locations);
- a group: "phương Tây", "các nước phương Tây" → the West;
- an anaphor, resolved when an event uses it: "ông", "bà", "nhà lãnh đạo này" (the last
  person), "nước này" (the last state), "hai nước", "hai bên", "hai nhà lãnh đạo" (the last two
  actors of an event), "họ" (the last plural actor).

A **phrase** is a run of mentions joined by "và", "cùng", commas or hyphens ("Trung Quốc và
Nga", "Tập-Putin", "Mỹ, Anh, Pháp"): the actors of one side of an event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import Final, Literal

from sukien.document import Actor, Document, Entity
from sukien.entities.recognize import SHIP_COUNTRIES
from sukien.entities.roles import TITLES
from sukien.kb.loader import load_kb

__all__ = ["CROWD", "ActorMention", "Phrase", "actor_mentions", "phrases"]

Kind = Literal["person", "org", "state", "region", "group", "anaphor"]
Anaphor = Literal["person", "state", "pair", "people", "plural", "parties"]

_GROUPS: Final = re.compile(
    r"(?<!\w)(?:(?:các|những|nhiều|một số)\s+(?:nước|quốc gia|đồng minh|chính phủ)\s+)?"
    r"phương Tây(?!\w)",
    re.IGNORECASE,
)
_ANAPHORS: Final[tuple[tuple[str, Anaphor], ...]] = (
    (r"hai nhà lãnh đạo|hai lãnh đạo|hai nguyên thủ|hai ngoại trưởng|hai bộ trưởng|hai ông|"
     r"hai bà|hai tổng thống|hai thủ tướng", "people"),
    (r"(?:cả\s+)?hai (?:nước|bên|quốc gia|phía|chính phủ|cường quốc|đối thủ|láng giềng|"
     r"đồng minh|nền kinh tế)", "pair"),
    (r"(?:nước|quốc gia|chính phủ) (?:này|đó)", "state"),
    (r"(?:cả\s+)?ba (?:nhà lãnh đạo|lãnh đạo|nước|bên|quốc gia|ngoại trưởng|bộ trưởng)|"
     r"(?:bản\s+)?(?:tuyên bố chung|thông cáo chung|văn kiện chung)", "parties"),
    (r"nhà lãnh đạo (?:này|đó)|người này|ông ấy|bà ấy|(?<![\w-])(?:ông|bà)(?=\s+(?:đã|cũng|"
     r"sẽ|vẫn|còn|từng|vừa|mới|nói|cho|khẳng|nhấn|tuyên|từ|cảnh|kêu|yêu|lên|chỉ|bác|phủ|"
     r"không|chưa|dự|đang)(?!\w))|(?:^|(?<=\n)|(?<=[.!?:\"“”] ))(?-i:Ông|Bà)(?= (?-i:[a-zà-ỹđ]))"
     r"|(?<=, )(?-i:ông|bà)(?= (?-i:[a-zà-ỹđ]))",
     "person"),
    (r"(?<![\w-])họ(?![\w-])|(?:các|những|nhiều) (?:nước|quốc gia|bên)(?! (?-i:[A-ZĐ]))", "plural"),
)  # fmt: skip
_ANAPHOR_RE: Final = re.compile(
    "|".join(f"(?P<a{k}>{p})" for k, (p, _) in enumerate(_ANAPHORS)), re.IGNORECASE
)
_REGION_GROUP: Final = re.compile(
    r"(?<!\w)(?:các|những|nhiều|một số)\s+(?:nước|quốc gia|đồng minh|chính phủ|lãnh đạo)\s+$",
    re.IGNORECASE,
)
_REGION_FORCES: Final = re.compile(
    r"(?<!\w)(?:lực lượng|quân đội|phiến quân|chính quyền|chính quyền vùng|dân quân"
    r"|các nhóm vũ trang|nhóm vũ trang|lãnh đạo)\s+$",
    re.IGNORECASE,
)
_OF_STATE: Final = re.compile(r"\s+của\s+", re.IGNORECASE)
_JOIN: Final = re.compile(r"\s*(?:,\s*(?:và\s+|cùng\s+)?|\s+(?:và|cùng|cùng với)\s+|\s*[-–]\s*)")
# words of titles and honorifics that may stand between a preposition or a conjunction and
# the name they introduce ("với Trợ lý Ngoại trưởng Mỹ Karen Donfried", "và ông Modi")
TITLE_WORDS: Final = frozenset(
    w
    for title in (
        *TITLES, "ông", "bà", "ngài", "các", "hai", "trợ lý", "tổng bí thư", "chủ tịch nước",
        "phó", "thứ trưởng", "đặc phái viên", "một", "những", "mọi", "mỗi",
        "cựu", "tân", "đương kim", "đại sứ", "tướng", "thống đốc", "thị trưởng", "quốc vương",
        "nữ hoàng", "vua", "hoàng tử", "giáo hoàng", "đức", "tổng tư lệnh", "tư lệnh",
        "người đứng đầu", "đồng cấp", "nhà ngoại giao", "bộ trưởng", "ngoại giao", "quốc phòng",
        "tài chính", "thương mại", "nội vụ", "an ninh", "quốc gia",
    )
    for w in title.split()
)  # fmt: skip
_TITLES_WHOLE: Final = frozenset(
    {*TITLES, "tổng bí thư", "bí thư", "chủ tịch nước", "chủ tịch quốc hội", "thủ tướng"}
)
# unnamed officials or bodies of a state: "nhà ngoại giao hàng đầu của Mỹ", "các quan chức
# an ninh quốc gia Mỹ", "quân đội Nga" act for it
_OFFICIALS: Final = re.compile(
    r"(?<!\w)(?:(?:các|những|một|một số|nhiều|giới)\s+)?"
    r"(?:nhà ngoại giao|quan chức|giới chức|chính quyền|chính phủ|quân đội|lực lượng|binh sĩ|"
    r"nhà chức trách|giới lãnh đạo|đại diện|phái đoàn|nhà lập pháp|nghị sĩ)"
    r"(?:\s+(?!(?:của|gần|tại|ở|với|từ|trong|ngoài|khỏi|sang|đến|tới|và|cho|về)(?!\w))"
    r"[^\W\d]+){0,4}?\s+(?:của\s+)?$",
    re.IGNORECASE,
)
_TITLE_GAP: Final = re.compile(r"\s{0,2}")
_MEDIA: Final = ("media/",)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention; ``actor`` is None for an anaphor (``anaphor`` says of what)."""

    start: int
    end: int
    kind: Kind
    actor: Actor | None = None
    anaphor: Anaphor | None = None
    place: str | None = None  # the place's own name when it is a LOC ("Bali", "Moscow")


@dataclass(slots=True)
class Phrase:
    """Coordinated mentions: one side of an event."""

    start: int
    end: int
    mentions: list[ActorMention] = field(default_factory=list)


@cache
def _country_names() -> dict[str, str]:
    kb = load_kb()
    return {e.country: e.name for e in kb if e.kind == "country" and e.country}


def country_actor(code: str) -> Actor:
    """The state of ``code`` as an actor ("RUS" → Russia)."""
    return Actor(_country_names().get(code, code), code, f"country/{code}")


def _entity_mention(ent: Entity) -> ActorMention | None:
    if ent.type == "PER":
        return ActorMention(ent.start, ent.end, "person", Actor(ent.name, ent.country, ent.kb_id))
    if ent.type == "ORG":
        if ent.kb_id and ent.kb_id.startswith(_MEDIA):
            return None
        return ActorMention(ent.start, ent.end, "org", Actor(ent.name, ent.country, ent.kb_id))
    if ent.type == "LOC":
        kind = (ent.kb_id or "").split("/", 1)[0]
        if kind in ("country", "territory") or (kind == "" and ent.country):
            actor = Actor(ent.name, ent.country, ent.kb_id)
        elif ent.country:  # a city or region standing for its government
            actor = country_actor(ent.country)
        else:  # Europe, the Himalayas: a place, an actor only as "các nước châu Âu"
            actor = Actor(ent.name, None, ent.kb_id)
            return ActorMention(ent.start, ent.end, "region", actor, place=ent.name)
        return ActorMention(ent.start, ent.end, "state", actor, place=ent.name)
    if ent.type == "MISC" and ent.country and ent.text.split()[0] in SHIP_COUNTRIES:
        # "tàu BRP Teresa Magbanua bị … đâm": a state's vessel stands for its state
        return ActorMention(ent.start, ent.end, "state", country_actor(ent.country))
    return None


def _body_within(doc: Document, start: int, end: int) -> ActorMention | None:
    """The organization a role reference names, as the actor for its unnamed holder."""
    for ent in doc.entities:
        if ent.type == "ORG" and start <= ent.start and ent.end <= end:
            mention = _entity_mention(ent)
            if mention is not None and mention.kind == "org":
                return ActorMention(start, end, "org", mention.actor)
    return None


def actor_mentions(doc: Document) -> list[ActorMention]:
    """Every actor mention of ``doc``, sorted, not overlapping."""
    text = doc.text
    taken = bytearray(len(text) + 1)
    found: list[ActorMention] = []
    people = {e.start: e for e in doc.entities if e.type == "PER"}
    for ref in doc.references:
        end = ref.end
        after = _TITLE_GAP.match(text, end)
        person = people.get(after.end()) if after else None
        if person is not None:
            end = person.end  # "người đồng cấp Nga Sergei Lavrov": one mention
        if ref.name:
            actor = Actor(ref.name, ref.country, ref.kb_id)
            found.append(ActorMention(ref.start, end, "person", actor))
        elif person is not None:
            actor = Actor(person.name, person.country, person.kb_id)
            found.append(ActorMention(ref.start, end, "person", actor))
        elif (body := _body_within(doc, ref.start, end)) is not None:
            found.append(body)  # "lãnh đạo Liên đoàn … Nhật Bản": an unnamed leader of it
        elif ref.country:  # a role nobody is named for: its state acts
            found.append(ActorMention(ref.start, end, "state", country_actor(ref.country)))
        else:
            continue
        taken[ref.start : end] = b"\x01" * (end - ref.start)
    entities = [e for e in doc.entities if not taken[e.start]]
    k = 0
    while k < len(entities):
        ent = entities[k]
        mention = _entity_mention(ent)
        nxt = entities[k + 1] if k + 1 < len(entities) else None
        # a title's country or body right before a name: "Ngoại trưởng Nga Sergei Lavrov",
        # "Tổng thư ký NATO Jens Stoltenberg"
        if (
            mention is not None
            and nxt is not None
            and nxt.type == "PER"
            and ent.type in ("LOC", "ORG")
            and not text[ent.end : nxt.start].strip()
            and nxt.start - ent.end <= 2
        ):
            named = _entity_mention(nxt)
            assert named is not None and named.actor is not None
            actor = named.actor
            if actor.country is None and ent.country:
                actor = Actor(actor.name, ent.country, actor.kb_id)
            found.append(ActorMention(ent.start, nxt.end, "person", actor))
            k += 2
            continue
        if mention is not None:
            found.append(mention)
        k += 1
    places = {e.start: e for e in doc.entities if e.type == "LOC"}
    for k, m in enumerate(found):
        group = _REGION_GROUP.search(text, max(0, m.start - 30), m.start)
        if m.kind == "region" and group is not None:  # "các đồng minh châu Âu"
            found[k] = ActorMention(group.start(), m.end, "group", m.actor, place=None)
            continue
        forces = _REGION_FORCES.search(text, max(0, m.start - 30), m.start)
        region = places.get(m.start)
        if (
            forces is not None
            and region is not None
            and region.country
            and (region.kb_id or "").startswith("region/")
        ):
            # "lực lượng Tigray", "chính quyền Kurdistan": a group of the region's state
            actor = Actor(f"{region.name} forces", region.country)
            found[k] = ActorMention(forces.start(), m.end, "group", actor, place=None)
            continue
        if m.kind == "state" and m.actor is not None and m.actor.country:
            head = _OFFICIALS.search(text, max(0, m.start - 60), m.start)
            if head is not None and not any(taken[head.start() : m.start]):
                found[k] = ActorMention(head.start(), m.end, "state", m.actor, place=None)
    for a, b in ((m.start, m.end) for m in found):
        taken[a:b] = b"\x01" * (b - a)
    for g in _GROUPS.finditer(text):
        if not taken[g.start()] and not taken[g.end() - 1]:
            found.append(ActorMention(g.start(), g.end(), "group", Actor("the West", None)))
            taken[g.start() : g.end()] = b"\x01" * (g.end() - g.start())
    found.extend(_crowds(doc, found, taken))
    for hit in _ANAPHOR_RE.finditer(text):
        if taken[hit.start()] or taken[hit.end() - 1]:
            continue
        which = _ANAPHORS[int((hit.lastgroup or "a0")[1:])][1]
        if which == "person" and _followed_by_name(text, hit.end(), taken):
            continue  # "ông Tập": the name is the mention
        found.append(ActorMention(hit.start(), hit.end(), "anaphor", anaphor=which))
    found.sort(key=lambda x: (x.start, -x.end))
    # "rạng sáng nay theo giờ Yemen", "19h giờ Washington": a time zone, not an actor
    found = [
        m
        for m in found
        if m.kind not in ("state", "region") or not _ZONE.search(text, max(0, m.start - 8), m.start)
    ]
    return _drop_abbreviations(text, found)


#: the name of a crowd of protesters (a group of the state it marches in)
CROWD: Final = "protesters"
_CROWD: Final = re.compile(
    r"(?<!\w)(?:(?:hàng|vài|nhiều|hàng chục|hàng trăm|hàng nghìn|hàng ngàn|hàng vạn|hàng chục "
    r"nghìn|hàng trăm nghìn|các|những|\d[\d.,]*)\s+)*người biểu tình(?!\w)",
    re.IGNORECASE,
)
_AT_PLACE: Final = re.compile(r"\s*(?:(?:tại|ở)\s+)?", re.IGNORECASE)
_PLACE_OPENER: Final = re.compile(r"\W*(?:Tại|Ở)\s+", re.IGNORECASE)


def _crowds(doc: Document, found: list[ActorMention], taken: bytearray) -> list[ActorMention]:
    """Protesters as a group of the state they march in ("hàng nghìn người biểu tình tại
    Yerevan", "người biểu tình Iran", "Tại Seoul hôm qua, hàng trăm người biểu tình …");
    the state right after is theirs and part of the mention."""
    text = doc.text
    places = sorted(
        (e for e in doc.entities if e.type == "LOC" and e.country), key=lambda e: e.start
    )
    out: list[ActorMention] = []
    for m in _CROWD.finditer(text):
        if taken[m.start()]:
            continue
        gap = _AT_PLACE.match(text, m.end())
        after = next((e for e in places if gap and e.start == gap.end()), None)
        end, country = m.end(), None
        if after is not None:
            end, country = after.end, after.country
        else:
            sentence = next((x for x in doc.sentences if x.start <= m.start() < x.end), None)
            opener = _PLACE_OPENER.match(text, sentence.start) if sentence else None
            at = next((e for e in places if opener and e.start == opener.end()), None)
            country = at.country if at is not None and at.end <= m.start() else None
        if country is None:
            continue
        mention = ActorMention(m.start(), end, "group", Actor(CROWD, country))
        found[:] = [x for x in found if not (m.start() <= x.start < end)]
        taken[m.start() : end] = b"\x01" * (end - m.start())
        out.append(mention)
    return out


_ZONE: Final = re.compile(r"(?<!\w)giờ\s+$", re.IGNORECASE)


def _drop_abbreviations(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """ "Đảng Cộng sản Trung Quốc (ĐCSTQ)": the bracketed abbreviation is the same actor."""
    out: list[ActorMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.actor is not None
            and m.actor is not None
            and text[prev.end : m.start].strip() == "("
            and (prev.actor.kb_id or prev.actor.name) == (m.actor.kb_id or m.actor.name)
        ):
            continue
        out.append(m)
    return out


def _followed_by_name(text: str, end: int, taken: bytearray) -> bool:
    gap = _TITLE_GAP.match(text, end)
    at = gap.end() if gap else end
    return at < len(text) and bool(taken[at])


def phrases(text: str, mentions: list[ActorMention]) -> list[Phrase]:
    """Group adjacent mentions joined by "và", "cùng", commas or hyphens into phrases.

    A comma joins only inside a list that a "và"/"cùng" or an ellipsis closes ("Mỹ, Anh và
    Pháp", "Mỹ, Anh, Pháp…"): "với ông Biden, nhà lãnh đạo Nga đã …" is two phrases."""
    runs: list[list[tuple[ActorMention, str]]] = []  # mention, how it joins the previous one
    # "Takeo Akiba của Nhật Bản và Cho Tae-yong của Hàn Quốc": "của X" after a person names
    # their state; the people are the list
    owned = {
        k
        for k in range(1, len(mentions))
        if mentions[k].kind == "state"
        and mentions[k - 1].kind == "person"
        and _OF_STATE.fullmatch(text, mentions[k - 1].end, mentions[k].start)
        and k + 1 < len(mentions)
        and mentions[k + 1].kind == "person"
        and _JOIN.fullmatch(
            text, mentions[k].end, skip_titles(text, mentions[k].end, mentions[k + 1].start)
        )
    }
    for k, m in enumerate(mentions):
        if k in owned:
            continue
        if runs:
            prev = runs[-1][-1][0]
            gap_start = prev.end
            if k - 1 in owned:
                gap_start = mentions[k - 1].end  # join across "của Nhật Bản"
            join = _JOIN.fullmatch(text, gap_start, skip_titles(text, gap_start, m.start))
            how = "," if join is not None and join.group().strip() == "," else "and"
            anaphoric = "anaphor" in (m.kind, prev.kind)  # "nước này và Trung Quốc"
            # "Tại Istanbul, Tổng thống Putin và …": a place, then the people of the clause
            # "Tại Istanbul, Tổng thống Putin và …", "… Boris Johnson, Mỹ và Anh sẽ …": a
            # named person and a state are not one list (a role is: "Lãnh đạo Mỹ, Nhật Bản
            # và Hàn Quốc")
            person = prev if prev.kind == "person" else m
            mixed = (
                how == ","
                and {m.kind, prev.kind} == {"person", "state"}
                and text[person.start : person.end].split()[0].lower() not in TITLE_WORDS
            )
            if join is not None and not (anaphoric and how == ",") and not mixed:
                runs[-1].append((m, how))
                continue
        runs.append([(m, "")])
    out: list[Phrase] = []
    for run in runs:
        closed = run[-1][1] == "and" or text.startswith(("…", "..."), run[-1][0].end)
        for k, (m, how) in enumerate(run):
            if k == 0 or (how == "," and not closed):
                out.append(Phrase(m.start, m.end, [m]))
            else:
                out[-1].mentions.append(m)
                out[-1].end = m.end
    return out


def skip_titles(text: str, lower: int, start: int) -> int:
    """Where the titles and honorifics right before ``start`` begin (not before ``lower``):
    "và Thủ tướng Ấn Độ Narendra Modi" → the position of "Thủ"."""
    pos = start
    while pos > lower:
        head = text[lower:pos].rstrip()
        cut = head.rfind(" ")
        word = head[cut + 1 :]
        if word.endswith(","):  # "Tổng Bí thư, Chủ tịch nước …": only after a whole title
            words = head[:-1].lower().split()
            if not any(" ".join(words[-n:]) in _TITLES_WHOLE for n in (1, 2, 3)):
                break
            word = word[:-1]
        if not word or word.lower() not in TITLE_WORDS:
            break
        pos = lower + cut + 1
    return pos


class PhraseIndex:
    """The phrases of a document by position."""

    def __init__(self, items: list[Phrase]) -> None:
        self.items = items
        self.starts = [p.start for p in items]

    def starting(self, start: int, end: int) -> list[Phrase]:
        """The phrases that start inside ``[start, end)`` (they may run on past ``end``)."""
        i = bisect_left(self.starts, start)
        out: list[Phrase] = []
        while i < len(self.items) and self.items[i].start < end:
            out.append(self.items[i])
            i += 1
        return out

    def within(self, start: int, end: int) -> list[Phrase]:
        i = bisect_left(self.starts, start)
        out: list[Phrase] = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out
