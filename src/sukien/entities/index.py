"""The knowledge base's aliases indexed for longest-match lookup over word pieces.

Two indexes: by case-sensitive alias key (single-piece names must match with their case:
"Nga" the country, not "nga"), and by case-folded key for names of two or more pieces, whose
capitalization varies in the press ("Hội đồng Bảo an" / "Hội đồng bảo an"). For each first
piece the index knows the longest alias that starts with it, so a lookup tries only the
lengths that can match.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sukien.entities.tokens import _keys, pieces
from sukien.kb.loader import KB
from sukien.kb.schema import KBEntity

# words that describe a name rather than belong to it: "Hãng tin Reuters" is a mention of
# "Reuters" (an alias starting with one of these is dropped when the rest is also an alias)
DESCRIPTORS = (
    "hãng tin",
    "hãng thông tấn",
    "hãng hàng không",
    "hãng xe",
    "hãng",
    "đài",
    "báo",
    "tờ",
    "kênh",
    "trang",
    "tạp chí",
    "nhật báo",
    "công ty",
    "tập đoàn",
)

# which entity an alias shared by several stands for, when the context does not say
KIND_PRIORITY = {
    "country": 0,
    "territory": 1,
    "city": 2,
    "igo": 3,
    "government_body": 4,
    "media": 5,
    "party": 6,
    "person": 7,
    "military": 8,
    "company": 9,
    "event": 10,
    "treaty": 11,
    "region": 12,
}


@dataclass
class AliasIndex:
    exact: dict[str, list[KBEntity]] = field(default_factory=dict)
    folded: dict[str, list[KBEntity]] = field(default_factory=dict)
    first_exact: dict[str, int] = field(default_factory=dict)
    first_folded: dict[str, int] = field(default_factory=dict)
    short: dict[str, list[KBEntity]] = field(default_factory=dict)
    # place names that start in lower case and mean more than their capitalized rest:
    # "bán đảo Triều Tiên" (not "Triều Tiên"), "châu Âu", "eo biển Đài Loan"
    first_lower: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, kb: KB) -> AliasIndex:
        exact: dict[str, list[KBEntity]] = defaultdict(list)
        folded: dict[str, list[KBEntity]] = defaultdict(list)
        short: dict[str, list[KBEntity]] = defaultdict(list)
        first_exact: dict[str, int] = {}
        first_folded: dict[str, int] = {}
        first_lower: dict[str, int] = {}
        for entity in kb:
            for alias in _with_lower_variants(entity):
                if _described(alias, entity.aliases):
                    continue
                parts = pieces(alias, 0, len(alias))
                if not parts:
                    continue
                key = "".join(p.key for p in parts)
                if entity not in exact[key]:
                    exact[key].append(entity)
                if not parts[0].upper and len(parts) > 1 and entity.type == "LOC":
                    first_lower[parts[0].key] = max(first_lower.get(parts[0].key, 0), len(parts))
                first_exact[parts[0].key] = max(first_exact.get(parts[0].key, 0), len(parts))
                if len(parts) > 1:
                    fkey = "".join(p.fkey for p in parts)
                    if entity not in folded[fkey]:
                        folded[fkey].append(entity)
                    first_folded[parts[0].fkey] = max(
                        first_folded.get(parts[0].fkey, 0), len(parts)
                    )
            for form in entity.short:
                key = _keys(form)[0]
                if entity not in short[key]:
                    short[key].append(entity)
        for table in (exact, folded, short):
            for entities in table.values():
                entities.sort(key=lambda e: (KIND_PRIORITY.get(e.kind, 99), e.id))
        return cls(dict(exact), dict(folded), first_exact, first_folded, dict(short), first_lower)


def _described(alias: str, aliases: tuple[str, ...]) -> bool:
    """Whether ``alias`` is a descriptor + another alias of the same entity ("Hãng tin
    Reuters", "đảo Bali": the name is what follows)."""
    lowered = alias.lower()
    for word in DESCRIPTORS:
        if lowered.startswith(word + " ") and alias[len(word) + 1 :] in aliases:
            return True
    words = alias.split()
    if alias[:1].islower():
        return any(" ".join(words[n:]) in aliases for n in (1, 2) if len(words) > n)
    return False


# geographic common nouns that the press writes in lower case as often as capitalized:
# "Bán đảo Triều Tiên" / "bán đảo Triều Tiên", "Eo biển Đài Loan" / "eo biển Đài Loan"
GEO_HEADS = (
    "Bán đảo",
    "Eo biển",
    "Biển",
    "Vịnh",
    "Quần đảo",
    "Sông",
    "Dãy núi",
    "Cao nguyên",
    "Đồng bằng",
    "Sa mạc",
    "Hồ",
    "Đảo",
    "Núi",
    "Châu",
    "Miền",
    "Vùng",
    "Khu vực",
)


def _with_lower_variants(entity: KBEntity) -> list[str]:
    """The entity's aliases, plus the lower-case-head spelling of geographic names."""
    aliases = list(entity.aliases)
    if entity.type == "LOC":
        for alias in entity.aliases:
            for head in GEO_HEADS:
                if alias.startswith(head + " "):
                    variant = head.lower() + alias[len(head) :]
                    if variant not in aliases:
                        aliases.append(variant)
    return aliases
