"""The entity step: find the named entities of a document and link them.

Per sentence, in order of trust:
1. knowledge-base aliases, longest match over word pieces (case-sensitive for one-piece
   names, case-blind for longer ones); aliases that are also common words or given names
   ("Anh", "Nga", "Đức", "Mỹ") need context: capitalized, not inside a Vietnamese person name,
   not before "Giáo hoàng"/"ấy";
2. organization names made of a head word and a country or a capitalized name ("Hải quan
   Trung Quốc", "Ủy ban X");
3. runs of capitalized pieces that the knowledge base does not know, typed by their context
   (a title or honorific before them → PER, "tại/ở/tới" → LOC) or by their look (a foreign
   multi-piece name → PER);
4. a parenthesized abbreviation right after a name is that name's own mention;
then, over the whole document, short references to people met in the document or known to the
knowledge base ("ông Vương" → Wang Yi, "Lavrov" → Sergei Lavrov), and the byline as PER.
Spans are flat: the longest candidate wins. Titles stay outside person names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from sukien.document import Document, Entity
from sukien.entities.bodies import home_bodies
from sukien.entities.cues import (
    KINSHIP,
    NOT_PLACE_AFTER,
    PLACE_PREPOSITIONS,
    SHIP_PREFIXES,
    ends_with_group_noun,
    ends_with_place_noun,
    ends_with_title,
    misc_head_length,
    org_head_length,
)
from sukien.entities.index import AliasIndex
from sukien.entities.tokens import Piece, pieces
from sukien.kb.loader import KB, load_kb
from sukien.kb.schema import KBEntity
from sukien.text.dictionary import multi_syllable_words
from sukien.text.encoding import is_vietnamese_syllable
from sukien.text.fold import fold

MAX_UNKNOWN_PIECES = 6
# an acronym or a romanized short name in brackets: "(NCG)", "(Zengyoren)"
_SHORT_NAME_AFTER = re.compile(r"\s*\(\s*(?:[A-ZĐ][A-ZĐ&-]+|[A-Z][a-z]{3,})\s*\)")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_ABBREVIATION_AFTER = re.compile(r"\s*\(\s*[A-ZĐ][A-ZĐ&-]+\s*\)")
# the flag and navy prefixes of ship names, and the country they stand for
SHIP_COUNTRIES = {
    "USS": "USA",
    "HMS": "GBR",
    "HMCS": "CAN",
    "HMAS": "AUS",
    "INS": "IND",
    "JS": "JPN",
    "ROKS": "KOR",
    "HNLMS": "NLD",
    "FS": "FRA",
    "BRP": "PHL",
}
# "tàu tiếp tế Unaizah May 2", "tàu chiến Moskva": a name right after a vessel noun is a ship
_VESSEL_BEFORE = re.compile(
    r"(?<!\w)(?:tàu|chiến hạm|tuần dương hạm|khu trục hạm|tàu sân bay|tàu ngầm)"
    r"(?:\s+(?!của|do|và)[a-zà-ỹđ]+){0,2}\s+$"
)
_SHIP_NUMBER = re.compile(r" \d{1,3}(?!\d|[.,]\d)")
_SHIP_OWNER = re.compile(
    r"\s+(?:của|do)\s+(?:(?:quân đội|hải quân|lực lượng|chính phủ|tuần duyên)\s+)?"
)
_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "de",
        "del",
        "da",
        "di",
        "du",
        "la",
        "le",
        "al",
        "bin",
        "ibn",
        "el",
        "dos",
        "das",
        "y",
        "ter",
        "den",
    }
)
_LOC_WORDS = frozenset(
    {
        "City",
        "Hall",
        "Center",
        "Centre",
        "Street",
        "Square",
        "Palace",
        "Airport",
        "Island",
        "Islands",
        "Bay",
        "Park",
        "Tower",
        "Stadium",
    }
)
_ORG_WORDS = frozenset(
    {
        "Group",
        "Bank",
        "Corporation",
        "Corp",
        "Inc",
        "Ltd",
        "Company",
        "Agency",
        "Council",
        "Party",
        "Times",
        "Post",
        "News",
        "University",
        "Institute",
        "Foundation",
        "Fund",
        "Forum",
        "Association",
        "Motors",
    }
)
_ORG_PATTERN_HEADS = frozenset(
    {
        "bộ",
        "cơ quan",
        "hải quan",
        "ủy ban",
        "uỷ ban",
        "hội đồng",
        "tổ chức",
        "đảng",
        "ngân hàng",
        "tập đoàn",
        "công ty",
        "viện",
        "quỹ",
        "cục",
        "tổng cục",
        "quốc hội",
        "chính phủ",
        "tòa án",
        "toà án",
        "hãng",
        "hãng tin",
        "hãng thông tấn",
        "liên minh",
        "đại sứ quán",
    }
)
# heads of the bodies named in Vietnamese title case ("Tòa án Hiến pháp", "Vệ binh Cộng
# hòa"): not the meetings ("Hội nghị Thượng đỉnh …"), parties or news outlets
_TITLED_HEADS = frozenset(
    {
        "ủy ban",
        "uỷ ban",
        "hội đồng",
        "tòa án",
        "toà án",
        "viện",
        "học viện",
        "trung tâm",
        "văn phòng",
        "lực lượng",
        "mặt trận",
        "liên đoàn",
        "hiệp hội",
        "cục",
        "tổng cục",
        "cơ quan",
        "vệ binh",
        "hạm đội",
        "quân khu",
        "chiến khu",
        "nội các",
        "phủ",
        "diễn đàn",
        "cộng đồng",
        "phong trào",
        "quỹ",
        "ngân hàng",
        "tổ chức",
        "quân đoàn",
        "bộ tư lệnh",
    }
)
_NOT_IN_ORG_NAME = frozenset({"ở", "tại", "của", "với", "cho", "từ", "đến", "tới", "trên"})
_NOT_AFTER_ORG_HEAD = frozenset({"trưởng", "tứ", "máy", "phận", "đội", "ba", "đôi"})
_SENTENCE_OPENERS = frozenset(
    {
        "ông",
        "bà",
        "ngài",
        "tổng",
        "thủ",
        "ngoại",
        "bộ",
        "chủ",
        "phó",
        "người",
        "nhà",
        "theo",
        "tại",
        "ở",
        "khi",
        "sau",
        "trong",
        "với",
        "cả",
        "các",
        "những",
        "hai",
        "ba",
        "đại",
        "tân",
        "cựu",
        "giới",
    }
)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str
    entity: KBEntity | None = None
    name: str | None = None
    country: str | None = None
    score: int = 0  # higher wins among equally long candidates

    @property
    def length(self) -> int:
        return self.end - self.start


def _countries_from_sentences(doc: Document, found: list[Candidate]) -> None:
    """An unknown titled person or an unknown body with no country ("… tại Niger, hai tuần
    sau cuộc đảo chính lật đổ Tổng thống Mohamed Bazoum") takes the country its sentences
    name, and every mention of the same name takes it too. Each mention votes for the countries of
    its sentence (its places, else the known people there), twice when the sentence names
    only one place; two votes are needed, and the document's most named country breaks a
    tie ("ông González" told with Mỹ and Venezuela, beside Maduro, once with Peru: VEN)."""
    text = doc.text
    votes: dict[str, Counter[str]] = {}
    named: Counter[str] = Counter()
    for sentence in doc.sentences:
        inside = [c for c in found if sentence.start <= c.start < sentence.end]
        places = [
            c.entity.country
            for c in inside
            if c.type == "LOC" and c.entity is not None and c.entity.country
        ]
        named.update(places)
        # the people told with them count once: "so với 44,2% của ông González" beside Maduro
        people = {
            c.entity.country
            for c in inside
            if c.type == "PER" and c.entity is not None and c.entity.country
        }
        countries = set(places) or people
        if not countries:
            continue
        weight = 2 if len(countries) == 1 and places else 1
        for c in inside:
            if c.type not in ("PER", "ORG") or c.entity is not None or c.country is not None:
                continue
            # an unknown body votes too: "giữa quân đội Sudan và Lực lượng Hỗ trợ Nhanh"
            if c.type == "ORG" or ends_with_title(text[max(0, c.start - 40) : c.start].lower()):
                tally = votes.setdefault(
                    c.name or " ".join(text[c.start : c.end].split()), Counter()
                )
                for country in countries:
                    tally[country] += weight
    known: dict[str, str] = {}
    for name, tally in votes.items():
        ranked = sorted(((n, named[c]), c) for c, n in tally.items())
        (best, country), runner_up = ranked[-1], ranked[-2][0] if len(ranked) > 1 else None
        # one person beside them is too little ("… giữa Obuchi và Kim Dae-jung"); a tie on
        # votes and mentions names no one
        if best[0] >= 2 and best != runner_up:
            known[name] = country
    # a state body named in Vietnamese ("Tòa án Hiến pháp", "Hội đồng Quốc gia Bảo vệ Tổ
    # quốc") with no vote belongs to the state the whole article is about, if one dominates
    ((main, first), (_, second)) = ([*named.most_common(2), (None, 0), (None, 0)])[:2]
    for c in found:
        name = c.name or " ".join(text[c.start : c.end].split())
        if c.entity is not None or c.country is not None:
            continue
        if name in known:
            c.country = known[name]
        elif (
            c.type == "ORG"
            and main is not None
            and first >= 3
            and 2 * first >= 3 * second
            and all(is_vietnamese_syllable(w) for w in name.split())
        ):
            c.country = main


def _corpus_id(name: str) -> str:
    return "corpus/" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


class EntityRecognizer:
    """Callable pipeline step ``Document -> Document`` that fills ``doc.entities``."""

    def __init__(self, kb: KB | None = None) -> None:
        self.kb = kb or load_kb()
        self.index = AliasIndex.build(self.kb)
        self.editions: dict[str, list[KBEntity]] = {}  # a recurring event → its dated editions
        for entity in self.kb:
            if entity.kind == "event" and entity.parent and entity.when:
                parent: str | None = entity.parent
                while parent is not None and parent in self.kb:
                    self.editions.setdefault(parent, []).append(entity)
                    parent = self.kb.by_id(parent).parent

    # -- the step --------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        text = doc.text
        chosen: list[Candidate] = []
        sentence_pieces: list[list[Piece]] = []
        for sentence in doc.sentences:
            ps = pieces(text, sentence.start, sentence.end)
            sentence_pieces.append(ps)
            chosen.extend(self._sentence(text, ps))
        chosen.extend(self._bylines(doc))
        chosen = [_untitled(text, c) for c in _flat(chosen)]
        chosen.extend(self._short_references(text, sentence_pieces, chosen))
        chosen = _drop_honorifics(text, self._link_people(text, _flat(chosen)))
        self._resolve_editions(text, chosen)
        _countries_from_sentences(doc, chosen)
        doc.entities = [self._entity(text, c) for c in sorted(chosen, key=lambda c: c.start)]
        home_bodies(doc, self.kb)
        return doc

    def _entity(self, text: str, cand: Candidate) -> Entity:
        surface = text[cand.start : cand.end]
        if cand.entity is not None:
            return Entity(
                cand.start,
                cand.end,
                surface,
                cand.type,
                cand.entity.name,
                cand.entity.country,
                cand.entity.id,
            )
        name = cand.name or " ".join(surface.split())
        return Entity(
            cand.start, cand.end, surface, cand.type, name, cand.country, _corpus_id(name)
        )

    def _resolve_editions(self, text: str, found: list[Candidate]) -> None:
        """A recurring event named with its host ("Thế vận hội mùa đông sắp tới của Trung
        Quốc") is the one edition that host held: relink it when the KB has exactly one."""
        for cand in found:
            editions = self.editions.get(cand.entity.id) if cand.entity is not None else None
            if not editions:
                continue
            m = _EDITION_HOST.match(text, cand.end)
            if m is None:
                continue
            host = next((c for c in found if c.start == m.end() and c.type == "LOC"), None)
            country = host.entity.country if host is not None and host.entity else None
            if country is None:
                continue
            matching = [e for e in editions if e.country == country]
            if len(matching) == 1:
                cand.entity = matching[0]

    # -- one sentence ----------------------------------------------------------------------
    def _sentence(self, text: str, ps: list[Piece]) -> list[Candidate]:
        if not ps:
            return []
        headline = sum(p.caps for p in ps) > 0.6 * len(ps) and len(ps) > 2
        found = _flat(self._kb_matches(text, ps, headline))
        found += self._org_patterns(text, ps, found)
        found += self._named_things(text, ps, found)
        found = _flat(found)
        found += self._unknown_names(text, ps, found, headline)
        found = _flat(found)
        found += self._abbreviations(text, ps, found)
        return found

    def _kb_matches(self, text: str, ps: list[Piece], headline: bool) -> list[Candidate]:
        out: list[Candidate] = []
        i = 0
        while i < len(ps):
            hit = self._longest(text, ps, i, headline)
            if hit is None:
                i += 1
                continue
            n, entity = hit
            cand = Candidate(ps[i].start, ps[i + n - 1].end, entity.type, entity, score=2)
            if n > 1 or self._single_ok(text, ps, i, entity):
                out.append(cand)
                i += n
            else:
                i += 1
        return out

    def _longest(
        self, text: str, ps: list[Piece], i: int, headline: bool
    ) -> tuple[int, KBEntity] | None:
        first = ps[i]
        # a place name starting in lower case ("châu Âu", "bán đảo Triều Tiên") must match
        # exactly and have two pieces; other lower-case words before a name describe it
        lower = not (first.upper or first.text[0].isdigit())
        longest_exact = self.index.first_exact.get(first.key, 0)
        if lower:
            longest_exact = self.index.first_lower.get(first.key, 0)
        longest_folded = 0 if lower else self.index.first_folded.get(first.fkey, 0)
        top = min(max(longest_exact, longest_folded), len(ps) - i)
        for n in range(top, 0, -1):
            if any(
                not ps[j].joined and not _space_only(text, ps[j - 1], ps[j])
                for j in range(i + 1, i + n)
            ):
                continue
            window = ps[i : i + n]
            entities = None
            if n <= longest_exact:
                entities = self.index.exact.get("".join(p.key for p in window))
            if entities is None and n > 1 and n <= longest_folded:
                entities = self.index.folded.get("".join(p.fkey for p in window))
                if entities and _common_phrase(window):
                    # "giải Nobel Hòa bình", "cam kết hòa bình": a Vietnamese place name
                    # capitalizes every syllable ("Hòa Bình"); this is the common noun
                    entities = [e for e in entities if e.type != "LOC"] or None
            if entities is None and headline and n == 1:
                entities = self.index.exact.get(_title_key(first.text))
            if entities:
                return n, self._choose(text[window[0].start : window[-1].end], entities)
        return None

    def _choose(self, surface: str, entities: list[KBEntity]) -> KBEntity:
        entry = self.kb.ambiguity(surface)
        if entry is not None:
            for candidate in entry.candidates:
                for entity in entities:
                    if entity.id == candidate:
                        return entity
        return entities[0]

    def _single_ok(self, text: str, ps: list[Piece], i: int, entity: KBEntity) -> bool:
        """Context check for a one-piece alias that is also a common word or a given name."""
        piece = ps[i]
        after_piece = ps[i + 1] if i + 1 < len(ps) else None
        if (
            entity.type == "PER"
            and after_piece is not None
            and after_piece.upper
            and not after_piece.caps
            and _space_only(text, piece, after_piece)
        ):
            return False  # "Le" of "Le Drian": a longer name, not Le Yucheng
        entry = self.kb.ambiguity(piece.text)
        common = (entry is not None and entry.common_word) or (
            piece.viet and entity.type == "LOC" and len(piece.text) <= 4
        )
        if not piece.upper:
            return False
        if (
            entity.id.startswith("city/")
            and not piece.viet
            and not ends_with_title(text[max(0, piece.start - 40) : piece.start].lower())
            and after_piece is not None
            and after_piece.upper
            and not after_piece.caps
            and not after_piece.viet
            and _space_only(text, piece, after_piece)
        ):
            return False  # "Milan Radoičić": a given name ("Thị trưởng Kiev Vitali …" is not)
        if (
            after_piece is not None
            and not after_piece.upper
            and _space_only(text, piece, after_piece)
            and (piece.text.lower(), after_piece.text.lower()) in multi_syllable_words()
        ):
            return False  # "Trung tâm", "Anh hùng", "Pháp luật": a word, not Trung/Anh/Pháp
        if not common:
            return not (i == 0 and piece.viet and _is_common_opener(piece.text))
        before = ps[i - 1] if i > 0 else None
        after = ps[i + 1] if i + 1 < len(ps) else None
        if after is not None and after.text.lower() in NOT_PLACE_AFTER:
            return False
        if before is not None and before.text.lower() in KINSHIP and before.end + 1 == piece.start:
            return False
        # inside a Vietnamese person name: "Thu Nga", "Nga Minh", "Đức Anh"
        if before is not None and i - 1 > 0 and _name_syllable(before, text, piece):
            return False
        if after is not None and _name_syllable(after, text, piece, after_side=True):
            return self._known_start(text, ps, i + 1)
        return True

    def _known_start(self, text: str, ps: list[Piece], i: int) -> bool:
        """Whether a known name starts at piece i (then the piece before stands alone)."""
        return self._longest(text, ps, i, False) is not None

    # -- organizations made of a head word and a country or name ---------------------------
    def _org_patterns(self, text: str, ps: list[Piece], found: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        by_start = {c.start: c for c in found}
        for i, piece in enumerate(ps):
            if not piece.upper or piece.caps or _covered(found, piece.start):
                continue
            lowered = text[piece.start : min(len(text), piece.start + 20)].lower()
            head = org_head_length(lowered)
            if not head:
                continue
            # any head names a body with its acronym ("Lực lượng Hỗ trợ Nhanh (RSF)"); only
            # these also make one with a country ("Bộ Quốc phòng Nga")
            with_country = lowered[:head].strip() in _ORG_PATTERN_HEADS
            j = i + 1
            while j < len(ps) and ps[j].start < piece.start + head:
                j += 1
            if j < len(ps) and ps[j].text.lower() in _NOT_AFTER_ORG_HEAD:
                continue
            k = j
            while k < len(ps) and k - j < 6 and not ps[k].caps and ps[k].start not in by_start:
                if not _space_only(text, ps[k - 1], ps[k]) or ps[k].text in _NOT_IN_ORG_NAME:
                    break  # "Tòa án Hiến pháp ở Gabon": the body, then where it is
                k += 1
            last = ps[k - 1]
            if k - 1 >= j and last.upper and _ABBREVIATION_AFTER.match(text, last.end):
                # "Viện Nghiên cứu Chiến lược Quốc tế (IISS)": a named body with its acronym
                out.append(Candidate(piece.start, last.end, "ORG", score=1))
                continue
            state = by_start.get(ps[k].start) if k < len(ps) and k > j else None
            if (
                state is not None
                and state.type == "LOC"
                and state.entity is not None
                and state.entity.kind == "country"
                and _SHORT_NAME_AFTER.match(text, state.end)
            ):
                # "Liên đoàn các hiệp hội nghề cá Nhật Bản (Zengyoren)": the state ends the name
                out.append(
                    Candidate(piece.start, state.end, "ORG", country=state.entity.country, score=1)
                )
                continue
            tail = (
                by_start.get(ps[k].start)
                if with_country and k < len(ps) and _space_only(text, ps[k - 1], ps[k])
                else None
            )
            if (
                tail is None
                or tail.type != "LOC"
                or tail.entity is None
                or tail.entity.kind not in ("country", "territory")
            ):
                titled = self._titled_name(text, ps, i, j, by_start)
                if titled is not None:
                    out.append(titled)
                continue
            if i == 0 and lowered[:head].strip() in ("chính phủ", "quốc hội"):
                continue
            name = None
            if lowered[:head].strip() == "đại sứ quán":
                name = self._embassy_name(text, tail.entity, tail.end, found)
            out.append(
                Candidate(
                    piece.start,
                    tail.end,
                    "ORG",
                    None,
                    name=name,
                    country=tail.entity.country,
                    score=1,
                )
            )
        return out

    def _titled_name(
        self, text: str, ps: list[Piece], i: int, j: int, by_start: dict[int, Candidate]
    ) -> Candidate | None:
        """A capitalized head and a title-case Vietnamese name the knowledge base does not
        know: "Ủy ban Chuyển tiếp và Khôi phục Thể chế (CTRI)", "Tòa án Hiến pháp", "Hội
        đồng Hòa bình và An ninh", "Trung tâm Bầu cử Gabon". Each word of such a name starts
        with a capital; a lower-case syllable only goes on a dictionary word ("Hòa bình"),
        and "và" joins two capitalized words. A state named at the end is the body's own."""
        head = ps[i]
        if not head.upper or text[head.start : ps[j - 1].end].lower() not in _TITLED_HEADS:
            return None
        words = multi_syllable_words()
        k, word_start, capitals = j, j, 0
        country: str | None = None
        while k < len(ps) and k - j < 12 and _space_only(text, ps[k - 1], ps[k]):
            piece = ps[k]
            known = by_start.get(piece.start)
            if known is not None and not (known.type == "ORG" and _common_words(text, known)):
                entity = known.entity
                if capitals and known.type == "LOC" and entity and entity.kind == "country":
                    country = entity.country  # "Trung tâm Bầu cử Gabon"
                    k = next(n for n in range(k, len(ps)) if ps[n].end >= known.end) + 1
                break
            if piece.caps or not piece.viet:
                break
            if piece.upper:
                word_start, capitals = k, capitals + 1
            elif piece.text == "và" and capitals and k + 1 < len(ps) and ps[k + 1].upper:
                word_start = k + 1
            elif (
                k == word_start
                or tuple(p.text.lower() for p in ps[word_start : k + 1]) not in words
            ):
                # "Lực lượng Bảo vệ bờ biển Nhật Bản": lower-case words, then the state
                state = _state_ahead(text, ps, k, by_start) if capitals else None
                if state is not None:
                    country, k = state
                elif k == word_start + 1 and ps[word_start].upper:
                    return None  # "Cục Nghề cá …": a word the list lacks; the end is unsure
                break
            k += 1
        while k > j and ps[k - 1].text == "và":
            k -= 1
        if not capitals:
            return None
        end = ps[k - 1].end
        if country is None:
            country = _country_after(text, end, list(by_start.values()))
        return Candidate(head.start, end, "ORG", country=country, score=0)

    def _embassy_name(self, text: str, sender: KBEntity, end: int, found: list[Candidate]) -> str:
        """ "Đại sứ quán Trung Quốc tại Manila" → "Embassy of China in the Philippines"."""
        name = f"Embassy of {_with_the(sender.name)}"
        m = _AT_PLACE.match(text, end)
        host = next(
            (c for c in found if m and c.start == m.end() and c.type == "LOC" and c.entity),
            None,
        )
        if host is None or host.entity is None or not host.entity.country:
            return name
        country = self.kb.get(f"country/{host.entity.country}")
        if country is None or country.country == sender.country:
            return name
        return f"{name} in {_with_the(country.name)}"

    # -- "Hiệp định Trại David", "Huân chương Thánh Andrew", "USS Chung-Hoon" ---------------
    def _named_things(self, text: str, ps: list[Piece], found: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        for i, piece in enumerate(ps):
            if piece.text in SHIP_PREFIXES and i + 1 < len(ps) and ps[i + 1].upper:
                j = i + 1
                while j + 1 < len(ps) and ps[j + 1].upper and _space_only(text, ps[j], ps[j + 1]):
                    j += 1
                country = SHIP_COUNTRIES.get(piece.text)
                out.append(Candidate(piece.start, ps[j].end, "MISC", country=country, score=1))
                continue
            if (
                piece.upper
                and not piece.caps
                and _VESSEL_BEFORE.search(text[max(0, piece.start - 40) : piece.start])
            ):
                if any(c.start <= piece.start < c.end for c in found):
                    continue
                j = i
                while j + 1 < len(ps) and ps[j + 1].upper and _space_only(text, ps[j], ps[j + 1]):
                    j += 1
                end = ps[j].end
                number = _SHIP_NUMBER.match(text, end)
                end = number.end() if number else end
                owner = _SHIP_OWNER.match(text, end)
                country = _country_at(owner.end(), found) if owner else None
                out.append(Candidate(piece.start, end, "MISC", country=country, score=1))
                continue
            if i == 0 or not piece.upper or piece.caps:
                continue
            lowered = text[piece.start : piece.start + 20].lower()
            head = misc_head_length(lowered)
            if not head:
                continue
            j = i
            while j + 1 < len(ps) and ps[j + 1].start < piece.start + head:
                j += 1
            k = j
            while (
                k + 1 < len(ps)
                and k - j < MAX_UNKNOWN_PIECES
                and ps[k + 1].upper
                and _space_only(text, ps[k], ps[k + 1])
            ):
                k += 1
            if k > j and ps[j + 1].upper:
                out.append(Candidate(piece.start, ps[k].end, "MISC", score=1))
        return out

    # -- names the knowledge base does not know --------------------------------------------
    def _unknown_names(
        self, text: str, ps: list[Piece], found: list[Candidate], headline: bool
    ) -> list[Candidate]:
        if headline:
            return []
        out: list[Candidate] = []
        i = 0
        while i < len(ps):
            if not ps[i].upper or ps[i].caps or _covered(found, ps[i].start):
                i += 1
                continue
            j = i + 1
            while (
                j < len(ps) and j - i < MAX_UNKNOWN_PIECES and _space_only(text, ps[j - 1], ps[j])
            ):
                nxt = ps[j]
                if _covered(found, nxt.start) or nxt.caps:
                    break
                if nxt.upper or (nxt.text in _PARTICLES and j + 1 < len(ps) and ps[j + 1].upper):
                    j += 1
                    continue
                if text[ps[j - 1].end : nxt.start] == "-" and re.fullmatch(r"[a-z]{2,5}", nxt.text):
                    j += 1  # "Kim Dae-jung", "Roh Moo-hyun": a romanized given name
                    continue
                break
            run = ps[i:j]
            if i == 0 and run[0].viet and run[0].text.lower() in _SENTENCE_OPENERS:
                run = run[1:]
            if run:
                cand = self._type_unknown(text, found, run, sentence_start=(i == 0))
                if cand is not None:
                    out.append(cand)
            i = j
        return out

    def _type_unknown(
        self,
        text: str,
        found: list[Candidate],
        run: list[Piece],
        sentence_start: bool,
    ) -> Candidate | None:
        start, end = run[0].start, run[-1].end
        foreign = [p for p in run if not p.viet]
        before_text, country = _before(text, start, found)
        words = {p.text for p in run}
        if ends_with_place_noun(text[max(0, start - 30) : start]):
            return Candidate(start, end, "LOC", country=_country_after(text, end, found), score=0)
        if words & _LOC_WORDS:
            return Candidate(start, end, "LOC", country=_country_after(text, end, found), score=0)
        if (
            words & _ORG_WORDS
            or (run[0].text == "The" and len(run) > 1)
            or (
                foreign
                and ends_with_group_noun(text[max(0, start - 30) : start])
                and not text[end : end + 2].removeprefix(" ")[:1].isupper()
                # "hãng Air China": part of a longer name
            )
        ):
            return Candidate(start, end, "ORG", country=_country_after(text, end, found), score=0)
        titled = ends_with_title(before_text)
        if len(run) == 1 and run[0].viet:
            # one Vietnamese syllable: a given name after "ông/bà", never a title word
            honorific = before_text.split()[-1:] in (["ông"], ["bà"], ["ngài"])
            if not honorific or run[0].text.lower() in _SENTENCE_OPENERS:
                return None
        if titled:
            return Candidate(start, end, "PER", country=country, score=0)
        last_word = before_text.split()[-1] if before_text.split() else ""
        if last_word in PLACE_PREPOSITIONS and (foreign or len(run) > 1):
            return Candidate(start, end, "LOC", score=0)
        if len(run) >= 2 and len(foreign) == len(run):
            return Candidate(start, end, "PER", country=country, score=0)
        if len(run) >= 2 and foreign and not (sentence_start and run[0].viet):
            return Candidate(start, end, "PER", country=country, score=0)
        return None

    # -- "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)" -----------------------------------------
    def _abbreviations(self, text: str, ps: list[Piece], found: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        by_end = {c.end: c for c in found}
        for piece in ps:
            # an acronym, or a romanized short name of a body ("… Nhật Bản (Zengyoren)")
            short = piece.upper and not piece.viet
            if not (piece.caps or short) or _covered(found, piece.start):
                continue
            if text[piece.start - 1 : piece.start] != "(" or text[piece.end : piece.end + 1] != ")":
                continue
            long_form = by_end.get(piece.start - 2) or by_end.get(piece.start - 1)
            kinds = ("ORG", "MISC", "LOC") if piece.caps else ("ORG",)
            if long_form is not None and long_form.type in kinds:
                out.append(
                    Candidate(
                        piece.start,
                        piece.end,
                        long_form.type,
                        long_form.entity,
                        name=long_form.name or text[long_form.start : long_form.end],
                        country=long_form.country,
                        score=1,
                    )
                )
        return out

    # -- whole document --------------------------------------------------------------------
    def _bylines(self, doc: Document) -> Iterable[Candidate]:
        if not doc.byline:
            return []
        out = []
        for block in doc.blocks:
            if block.kind != "byline":
                continue
            at = doc.text.find(doc.byline, block.start, block.end)
            if at == -1:
                continue
            out.append(Candidate(at, at + len(doc.byline), "PER", name=doc.byline, score=5))
        return out

    def _people(self, text: str, found: list[Candidate]) -> dict[str, Candidate]:
        """The short forms of the people named in full in the document."""
        people: dict[str, Candidate] = {}
        for cand in found:
            if cand.type != "PER":
                continue
            if cand.entity is not None:
                for form in cand.entity.short:
                    people.setdefault(_short_key(form), cand)
            elif cand.score < 5:
                surface = text[cand.start : cand.end].split()
                if len(surface) > 1 and not all(_is_viet(w) for w in surface):
                    cand.name = cand.name or " ".join(surface)
                    people.setdefault(_short_key(surface[-1]), cand)
                    if len(surface) == 2 and not _is_viet(surface[0]):
                        # "Getachew Reda" → "ông Getachew" (given names, as in Ethiopia)
                        people.setdefault(_short_key(surface[0]), cand)
                    if "-" in surface[-1]:  # "Majed al-Ansari" → "ông Ansari"
                        people.setdefault(_short_key(surface[-1].split("-")[-1]), cand)
                    if len(surface) == 3 and not any(_is_viet(w) for w in surface):
                        # "Edmundo González Urrutia" → "ông González", "Edmundo González"
                        # (the father's surname comes first in Spanish names)
                        people.setdefault(_short_key(surface[1]), cand)
                        people.setdefault(_short_key(" ".join(surface[:2])), cand)
        return people

    def _resolve_short(
        self, key: str, people: dict[str, Candidate], viet: bool, titled: bool, start: int, end: int
    ) -> Candidate | None:
        """A person for a short form: one named in the document, else a unique KB person."""
        source = people.get(key)
        if source is not None and (titled or not viet):
            return Candidate(
                start, end, "PER", source.entity, name=source.name, country=source.country, score=1
            )
        known = self.index.short.get(key)
        if source is None and known and len(known) == 1 and (titled or not viet):
            return Candidate(start, end, "PER", known[0], score=1)
        return None

    def _short_references(
        self, text: str, sentences: Sequence[list[Piece]], found: list[Candidate]
    ) -> list[Candidate]:
        people = self._people(text, found)
        covered = {offset for c in found for offset in range(c.start, c.end)}
        out: list[Candidate] = []
        for ps in sentences:
            for i, piece in enumerate(ps):
                if piece.caps or piece.start in covered:
                    continue
                for n in (3, 2, 1):  # "von der Leyen", "Kim Jong Un", "Lavrov"
                    cand = self._short_window(text, ps, i, n, people)
                    if cand is not None:
                        out.append(cand)
                        break
        return out

    def _short_window(
        self,
        text: str,
        ps: list[Piece],
        i: int,
        n: int,
        people: dict[str, Candidate],
    ) -> Candidate | None:
        """A short reference made of pieces i..i+n-1, if they are one."""
        window = ps[i : i + n]
        if len(window) < n or not window[-1].upper or (n == 1 and not window[0].upper):
            return None
        if any(not _space_only(text, a, b) for a, b in pairwise(window)):
            return None
        nxt = ps[i + n] if i + n < len(ps) else None
        if nxt is not None and nxt.upper and not nxt.caps and _space_only(text, window[-1], nxt):
            return None  # part of a longer name
        key = "".join(p.key for p in window)
        if key not in people and key not in self.index.short:
            return None
        viet = all(p.viet for p in window)
        start = window[0].start
        titled = ends_with_title(text[max(0, start - 40) : start].lower())
        return self._resolve_short(key, people, viet, titled, start, window[-1].end)

    def _link_people(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Link unknown PER mentions that are short forms; split "Tập-Putin" into two; join
        two names that together are the short form of someone named ("Le" "Drian")."""
        people = self._people(text, found)
        joined: list[Candidate] = []
        for cand in found:
            prev = joined[-1] if joined else None
            if (
                prev is not None
                and prev.type == cand.type == "PER"
                and text[prev.end : cand.start] == " "
                and _short_key(text[prev.start : cand.end]) in people
            ):
                whole = self._resolve_short(
                    _short_key(text[prev.start : cand.end]), people, False, True,
                    prev.start, cand.end,
                )  # fmt: skip
                if whole is not None:
                    joined[-1] = whole
                    continue
            joined.append(cand)
        found = joined
        out: list[Candidate] = []
        for cand in found:
            if cand.type != "PER" or cand.entity is not None or cand.score >= 5:
                out.append(cand)
                continue
            whole_key = _short_key(text[cand.start : cand.end])
            if whole_key in people:  # "Le Drian": the short form of someone named in full
                resolved_whole = self._resolve_short(
                    whole_key, people, False, True, cand.start, cand.end
                )
                if resolved_whole is not None:
                    out.append(resolved_whole)
                    continue
            parts = pieces(text, cand.start, cand.end)
            resolved = [
                self._resolve_short(p.key, people, p.viet, True, p.start, p.end) for p in parts
            ]
            if len(parts) == 1 and resolved[0] is not None:
                out.append(resolved[0])
            elif (
                len(parts) > 1
                and all(p.joined for p in parts[1:])
                and all(resolved)
                and len({r.name or (r.entity.id if r.entity else "") for r in resolved if r}) > 1
                and not _overlapping_names(text, parts, resolved)
            ):  # two people ("Tập-Putin"), not the given name and surname of one
                out.extend(r for r in resolved if r is not None)
            else:
                out.append(cand)
        return out


# -- helpers ---------------------------------------------------------------------------------
# military and other titles that an unknown name may have swallowed: "Tướng Tiani"
_NAME_TITLE: Final = re.compile(
    r"(?:Thống tướng|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Tướng|Đô đốc|Đại tá|"
    r"Thượng tá|Trung tá|Thiếu tá|Đại úy|Giáo sư|Tiến sĩ|Bác sĩ|Hoàng tử|Công chúa|Vua|"
    r"Nữ hoàng|Giáo hoàng|Thái tử|Quốc vương|Tổng thống|Thủ tướng|Đại sứ)\s+(?=\S)"
)


def _overlapping_names(
    text: str, parts: Sequence[Piece], resolved: Sequence[Candidate | None]
) -> bool:
    """Whether a part resolves to a person whose name holds another part: "Edmundo" of
    "Edmundo González Urrutia" resolving to an "Edmundo González" is one person, not two."""
    for k, r in enumerate(resolved):
        if r is None:
            continue
        words = set((r.name or (r.entity.name if r.entity else "")).split())
        if any(p.text in words for j, p in enumerate(parts) if j != k):
            return True
    return False


def _untitled(text: str, cand: Candidate) -> Candidate:
    """An unknown person without the title that the capitalized run took along."""
    if cand.type != "PER" or cand.entity is not None:
        return cand
    m = _NAME_TITLE.match(text, cand.start, cand.end)
    if m is None or m.end() >= cand.end:
        return cand
    name = " ".join(text[m.end() : cand.end].split())
    return Candidate(m.end(), cand.end, cand.type, None, name, cand.country, cand.score)


def _space_only(text: str, a: Piece, b: Piece) -> bool:
    """Whether only a space or a name-internal mark separates two pieces; a dash with
    spaces around it parts two names ("Biden - Putin")."""
    gap = text[a.end : b.start]
    return (
        gap == " "
        or (gap.isspace() and "\n" not in gap)
        or (b.joined and not _SPACED_DASH.fullmatch(gap))
    )


def _covered(found: list[Candidate], position: int) -> bool:
    return any(c.start <= position < c.end for c in found)


def _flat(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest (then highest score) first."""
    kept: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-c.length, -c.score, c.start)):
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _before(text: str, start: int, found: list[Candidate]) -> tuple[str, str | None]:
    """Lower-cased text before ``start`` without a country right before it, and that country."""
    country = None
    cut = start
    for cand in found:
        if cand.end in (start - 1, start) and cand.type in ("LOC", "ORG"):
            own = cand.entity.country if cand.entity is not None else cand.country
            if own is not None:
                country, cut = own, cand.start
    return text[max(0, cut - 40) : cut].lower(), country


_EDITION_HOST = re.compile(
    r"(?:\s+(?:sắp tới|sắp diễn ra|sắp|tới|năm nay|năm tới|năm sau|lần này|vừa qua|trước))*"
    r"\s*,?\s*(?:của|tại|ở|do)\s+(?:nước\s+|thủ đô\s+)?",
    re.IGNORECASE,
)
# "… ở Kyiv", "tỉnh Balochistan, tây nam Pakistan", "thị trấn X, miền bắc Israel"
_CONNECTOR = re.compile(
    r"\s*,?\s*(?:(?:ở|tại|của|thuộc|trên|gần|thủ đô|thành phố|ngoại ô|(?:phía|miền|vùng)\s+"
    r"(?:đông|tây|nam|bắc|trung)(?:\s+(?:nam|bắc))?|(?:đông|tây)\s+(?:nam|bắc))\s+)*"
)


_AT_PLACE = re.compile(r"\s+(?:tại|ở)\s+")
# country names written with "the" in English ("the Philippines", "the United States")
_THE_COUNTRIES = (
    "Philippines",
    "United ",
    "Netherlands",
    "Bahamas",
    "Gambia",
    "Czech",
    "Central African",
    "Dominican",
    "Maldives",
    "Marshall",
    "Solomon",
    "Comoros",
)


def _with_the(country: str) -> str:
    return f"the {country}" if country.startswith(_THE_COUNTRIES) else country


def _country_at(position: int, found: list[Candidate]) -> str | None:
    """The country of the known place that starts at ``position``."""
    for cand in found:
        if cand.start == position and cand.type == "LOC" and cand.entity is not None:
            return cand.entity.country
    return None


def _state_ahead(
    text: str, ps: list[Piece], k: int, by_start: dict[int, Candidate]
) -> tuple[str | None, int] | None:
    """(country, index after its name) when at most four lower-case Vietnamese syllables
    from piece ``k`` on lead to the name of a state; else None."""
    for n in range(k, min(len(ps), k + 5)):
        if n > k and not _space_only(text, ps[n - 1], ps[n]):
            return None
        known = by_start.get(ps[n].start)
        if known is not None:
            entity = known.entity
            if n == k or known.type != "LOC" or entity is None or entity.kind != "country":
                return None
            return entity.country, next(m for m in range(n, len(ps)) if ps[m].end >= known.end) + 1
        if ps[n].upper or not ps[n].viet or ps[n].text in ("của", "và", "tại", "ở"):
            return None
    return None


def _common_words(text: str, cand: Candidate) -> bool:
    """Whether a found name is also a title-case Vietnamese phrase ("Nhân dân", a newspaper,
    in "Lực lượng Huy động Nhân dân Iraq")."""
    syllables = tuple(text[cand.start : cand.end].lower().split())
    return len(syllables) > 1 and syllables in multi_syllable_words()


def _country_after(text: str, end: int, found: list[Candidate]) -> str | None:
    """The country of a known place right after a name ("Okhmatdyt ở Kyiv" → UKR)."""
    m = _CONNECTOR.match(text, end)  # (it matches the empty string too)
    return _country_at(m.end() if m else end, found)


def _name_syllable(other: Piece, text: str, piece: Piece, after_side: bool = False) -> bool:
    """Whether ``other``, next to ``piece``, is a capitalized Vietnamese name syllable."""
    a, b = (piece, other) if after_side else (other, piece)
    if text[a.end : b.start] != " ":
        return False
    return other.upper and not other.caps and other.viet and other.text.lower() not in ("và", "với")


def _is_common_opener(word: str) -> bool:
    return word.lower() in _SENTENCE_OPENERS


def _is_viet(word: str) -> bool:
    """Whether every piece of ``word`` is a Vietnamese syllable (True for punctuation)."""
    return all(p.viet for p in pieces(word, 0, len(word)))


def _short_key(form: str) -> str:
    ps = pieces(form, 0, len(form))
    return "".join(p.key for p in ps)


def _title_key(word: str) -> str:
    return pieces(word.title(), 0, len(word))[0].key


_RECOGNIZERS: dict[int, EntityRecognizer] = {}


def recognizer() -> EntityRecognizer:
    """The process-wide recognizer over the packaged knowledge base."""
    kb = load_kb()
    if id(kb) not in _RECOGNIZERS:
        _RECOGNIZERS[id(kb)] = EntityRecognizer(kb)
    return _RECOGNIZERS[id(kb)]


def _common_phrase(window: list[Piece]) -> bool:
    """Vietnamese syllables after the first written in lower case ("Hòa bình")."""
    return all(p.viet for p in window) and any(not p.upper for p in window[1:])


# honorifics written before a name ("Sheikh Mohammed bin Abdulrahman Al Thani")
_HONORIFICS: Final = frozenset({"Sheikh", "Sheikha", "Emir", "Sultan", "Sayyid"})


def _drop_honorifics(text: str, found: list[Candidate]) -> list[Candidate]:
    """An unknown one-word "person" that is an honorific right before a name is no one."""
    people = {c.start for c in found if c.type == "PER"}
    return [
        c
        for c in found
        if not (
            c.type == "PER"
            and c.entity is None
            and text[c.start : c.end] in _HONORIFICS
            and c.end + 1 in people
        )
    ]
