"""The places part of the knowledge base: data validity, alias keys, loader, build."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sukien.kb import KB, KBEntity, KBError, alias_key, load_kb
from sukien.kb.ambiguity import RULES, collisions, parse_ambiguity, unlisted_collisions
from sukien.kb.build.curated import parse_curated
from sukien.kb.build.variants import clean_name, slugify, transliteration_variants
from sukien.kb.loader import _load, data_files, read_entities
from sukien.kb.schema import PLACE_KINDS, dump_record, entity_from_record, validate_record

DATA = Path(__file__).resolve().parent.parent / "src" / "sukien" / "kb" / "data"
PLACES = DATA / "places.jsonl"
CURATED = DATA / "places_curated.tsv"
AMBIGUOUS = DATA / "ambiguous.tsv"
PINNED = {"babel": "2.18.0", "pycountry": "26.2.16"}


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return PLACES.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def records(lines: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def places(records: list[dict[str, Any]]) -> KB:
    return KB(entity_from_record(r) for r in records)


def _ids(kb: KB, surface: str, **kwargs: bool) -> list[str]:
    return [e.id for e in kb.lookup(surface, **kwargs)]


# ------------------------------------------------------------------------- the data file


def test_file_is_canonical_sorted_nfc(lines: list[str], records: list[dict[str, Any]]) -> None:
    raw = PLACES.read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    ids = [r["id"] for r in records]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert [dump_record(r) for r in records] == lines  # key order and JSON style


def test_every_record_matches_the_schema(records: list[dict[str, Any]]) -> None:
    problems = [p for r in records for p in validate_record(r, place=True)]
    assert problems == []


def test_parents_exist_and_cities_have_countries(records: list[dict[str, Any]]) -> None:
    ids = {r["id"] for r in records}
    assert [r["id"] for r in records if r["parent"] and r["parent"] not in ids] == []
    stateless = {r["id"] for r in records if r["kind"] == "city" and r["country"] is None}
    assert stateless == {"city/jerusalem", "city/panmunjom"}  # disputed: documented in the TSV


def test_country_codes_are_iso(records: list[dict[str, Any]]) -> None:
    pycountry = pytest.importorskip("pycountry")
    current = {c.alpha_3 for c in pycountry.countries}
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    for r in records:
        if r["kind"] == "country":
            assert r["country"] in current | historic, r["id"]
        elif r["country"] is not None:
            assert r["country"] in current | {"XKX"}, r["id"]
    generated = {r["country"] for r in records if r["kind"] in ("country", "territory")}
    assert current <= generated, "every ISO 3166-1 entry is a country or territory"


def test_counts(records: list[dict[str, Any]]) -> None:
    kinds = {k: sum(r["kind"] == k for r in records) for k in PLACE_KINDS}
    assert kinds["country"] + kinds["territory"] >= 250
    assert kinds["city"] >= 300
    assert kinds["region"] >= 60
    assert sum(len(r["aliases"]) for r in records) >= 2500


def test_every_state_has_its_capital(records: list[dict[str, Any]]) -> None:
    from sukien.kb.build.states import SOVEREIGN

    assert len(SOVEREIGN) == 195  # 193 UN members and 2 observer states
    with_city = {r["country"] for r in records if r["kind"] == "city"}
    # city-states, and Nauru, which has no official capital
    assert SOVEREIGN - with_city == {"SGP", "MCO", "VAT", "NRU"}


def test_all_vietnamese_provinces(places: KB) -> None:
    provinces = [e for e in places if e.id.startswith("region/vn-")]
    cities = ["city/hanoi", "city/ho-chi-minh-city", "city/haiphong", "city/da-nang"]
    cities += ["city/can-tho", "city/hue"]
    assert len(provinces) == 57  # 63 units before July 2025 = 57 provinces + 6 cities
    assert all(c in places for c in cities)
    assert all(e.country == "VNM" for e in provinces)


# ------------------------------------------------------------------------------ lookups


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Moskva", "city/moscow"),
        ("Mát-xcơ-va", "city/moscow"),
        ("Mát xcơ va", "city/moscow"),
        ("Matxcơva", "city/moscow"),
        ("Moscow", "city/moscow"),
        ("Hoa Kỳ", "country/USA"),
        ("Hoa Kì", "country/USA"),
        ("Mỹ", "country/USA"),
        ("Mĩ", "country/USA"),
        ("Bắc Kinh", "city/beijing"),
        ("Kyiv", "city/kyiv"),
        ("Kiev", "city/kyiv"),
        ("Ki-ép", "city/kyiv"),
        ("Nga", "country/RUS"),
        ("Liên bang Nga", "country/RUS"),
        ("Trung Quốc", "country/CHN"),
        ("Anh", "country/GBR"),
        ("Vương quốc Anh", "country/GBR"),
        ("Triều Tiên", "country/PRK"),
        ("CHDCND Triều Tiên", "country/PRK"),
        ("Hàn Quốc", "country/KOR"),
        ("Cộng hòa Séc", "country/CZE"),
        ("Cộng hoà Séc", "country/CZE"),
        ("Thổ Nhĩ Kỳ", "country/TUR"),
        ("Türkiye", "country/TUR"),
        ("U-crai-na", "country/UKR"),
        ("Bê-la-rút", "country/BLR"),
        ("I-ran", "country/IRN"),
        ("Ô-xtrây-li-a", "country/AUS"),
        ("Úc", "country/AUS"),
        ("Đài Loan", "territory/TWN"),
        ("Hồng Kông", "territory/HKG"),
        ("Hong Kong", "territory/HKG"),
        ("Oa-sinh-tơn", "city/washington-dc"),
        ("Xơ-un", "city/seoul"),
        ("Tô-ky-ô", "city/tokyo"),
        ("Bình Nhưỡng", "city/pyongyang"),
        ("Niu Đê-li", "city/new-delhi"),
        ("New Delhi", "city/new-delhi"),
        ("Hà Nội", "city/hanoi"),
        ("TP.HCM", "city/ho-chi-minh-city"),
        ("TP HCM", "city/ho-chi-minh-city"),
        ("Thành phố Hồ Chí Minh", "city/ho-chi-minh-city"),
        ("Sài Gòn", "city/ho-chi-minh-city"),
        ("Khánh Hòa", "region/vn-khanh-hoa"),
        ("Khánh Hoà", "region/vn-khanh-hoa"),
        ("Thụy Sỹ", "country/CHE"),
        ("Bali", "region/bali"),
        ("Biển Đông", "region/south-china-sea"),
        ("Bán đảo Triều Tiên", "region/korean-peninsula"),
        ("Eo biển Đài Loan", "region/taiwan-strait"),
        ("châu Á", "region/asia"),
        ("Á-Âu", "region/eurasia"),
        ("Himalaya", "region/himalayas"),
        ("Tân Cương", "region/xinjiang"),
        ("Liên Xô", "country/SUN"),
        ("Miến Điện", "country/MMR"),
    ],
)
def test_lookup(places: KB, surface: str, expected: str) -> None:
    assert _ids(places, surface) == [expected]


def test_moscow_record(places: KB) -> None:
    moscow = places.by_id("city/moscow")
    assert (moscow.name, moscow.country, moscow.parent) == ("Moscow", "RUS", "country/RUS")
    assert {"Moskva", "Mát-xcơ-va", "Matxcơva", "Moscow"} <= set(moscow.aliases)
    assert places.by_id("city/beijing").name == "Beijing"
    assert places.by_id("city/washington-dc").name == "Washington, D.C."
    assert places.by_id("country/USA").name == "United States"


def test_case_sensitive_lookup(places: KB) -> None:
    assert _ids(places, "anh") == ["country/GBR"]
    assert _ids(places, "anh", fold_case=False) == []
    assert _ids(places, "Anh", fold_case=False) == ["country/GBR"]
    assert _ids(places, "MOSKVA", fold_case=False) == []


# ---------------------------------------------------------------------------- ambiguity


def test_places_collisions_are_listed(places: KB) -> None:
    entries = parse_ambiguity([(AMBIGUOUS.name, AMBIGUOUS.read_text(encoding="utf-8"))])
    assert unlisted_collisions(places, entries) == []
    assert "washington" in collisions(places)


def test_every_kb_collision_is_listed() -> None:
    kb = load_kb()
    assert unlisted_collisions(kb, kb.ambiguities) == []


def test_ambiguity_entries_name_existing_entities() -> None:
    kb = load_kb()
    stale = [
        (key, c) for key, entry in kb.ambiguities.items() for c in entry.candidates if c not in kb
    ]
    assert stale == []
    entry = kb.ambiguity("anh")
    assert entry is not None and entry.common_word and entry.rule in RULES
    assert kb.ambiguity("Mĩ") is kb.ambiguity("Mỹ")


def test_ambiguity_parser_rejects_bad_rows() -> None:
    head = "alias\tcandidates\trule\tnote\n"
    with pytest.raises(KBError, match="unknown rule"):
        parse_ambiguity([("t", head + "Anh\tcountry/GBR|-\tguess\tx\n")])
    with pytest.raises(KBError, match="needs two candidates"):
        parse_ambiguity([("t", head + "Anh\tcountry/GBR\tsame_name\tx\n")])
    with pytest.raises(KBError, match="listed twice"):
        parse_ambiguity([("t", head + "Mỹ\ta/b|-\tcommon_word\t\nMĩ\ta/b|-\tcommon_word\t\n")])
    merged = parse_ambiguity(
        [("a", head + "X\ta/1|a/2\tsame_name\tn\n"), ("b", head + "x\ta/3|-\tcommon_word\t\n")]
    )
    assert merged["x"].candidates == ("a/1", "a/2", "a/3") and merged["x"].rule == "same_name"


# --------------------------------------------------------------------------- alias keys


@pytest.mark.parametrize(
    "variants",
    [
        ["hòa", "hoà", "HÒA", "Hoà"],
        ["Khỏe", "khoẻ"],
        ["Thủy", "Thuỷ"],
        ["Mỹ", "Mĩ", "mỹ"],
        ["Hoa Kỳ", "Hoa Kì", "hoa kỳ"],
        ["Thụy Sĩ", "Thuỵ Sỹ", "Thụy Sỹ"],
        ["Quy Nhơn", "Qui Nhơn"],
        ["Mát-xcơ-va", "Mát xcơ va", "Mátxcơva", "MÁT-XCƠ-VA"],
        ["TP.HCM", "TP HCM", "TPHCM", "tp. hcm"],
        ["Á-Âu", "Á – Âu", "Á - Âu", "Á—Âu"],
        ["Washington, D.C.", "Washington DC"],
        ["Đức", "Ðức"],  # Icelandic eth typed for Đ
    ],
)
def test_alias_key_variants(variants: list[str]) -> None:
    assert len({alias_key(v) for v in variants}) == 1, [alias_key(v) for v in variants]


@pytest.mark.parametrize(
    ("left", "right"),
    [("Nga", "Ngà"), ("Đức", "Dục"), ("Tây", "Tai"), ("Kyiv", "Kiiv"), ("Ý", "Í"), ("Huế", "Hue")],
)
def test_alias_key_keeps_distinctions(left: str, right: str) -> None:
    assert alias_key(left) != alias_key(right)


def test_alias_key_case_and_unicode_forms() -> None:
    nfd = unicodedata.normalize("NFD", "Hoà Bình")
    assert alias_key(nfd) == alias_key("Hòa Bình") == "hoàbình"
    assert alias_key("Hòa Bình", fold_case=False) == "HoàBình"
    assert alias_key("MỸ", fold_case=False) == "MĨ"
    assert alias_key("") == ""


def test_alias_key_is_fast() -> None:
    words = ["Cộng hòa Dân chủ Nhân dân Triều Tiên", "Moscow", "Mát-xcơ-va", "Thụy Sỹ"] * 2500
    start = time.perf_counter()
    for word in words:
        alias_key(word)
    assert time.perf_counter() - start < 1.0  # ~10 µs each is plenty


# ------------------------------------------------------------------------------- loader


def test_load_kb_is_cached_and_fast() -> None:
    assert load_kb() is load_kb()
    start = time.perf_counter()
    kb = _load.__wrapped__(None)  # uncached
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5, f"loading took {elapsed:.3f} s"
    assert len(kb) >= 1000
    assert {f.name for f in data_files()} >= {"places.jsonl"}


def test_kb_api(places: KB) -> None:
    assert len(places) == len(list(places))
    assert "city/moscow" in places and "city/atlantis" not in places
    assert places.get("city/atlantis") is None
    with pytest.raises(KeyError):
        places.by_id("city/atlantis")
    pairs = list(places.aliases())
    assert len(pairs) == sum(len(e.aliases) for e in places)
    assert ("Moskva", places.by_id("city/moscow")) in pairs
    moscow = places.by_id("city/moscow")
    assert isinstance(moscow, KBEntity) and hash(moscow) == hash(places.by_id("city/moscow"))
    assert moscow.to_record() == json.loads(dump_record(moscow.to_record()))


def test_load_kb_from_paths(tmp_path: Path) -> None:
    record = {
        "id": "city/testville",
        "type": "LOC",
        "kind": "city",
        "name": "Testville",
        "country": "VNM",
        "aliases": ["Testville", "Thành phố Thử"],
        "parent": None,
        "roles": [],
        "source": "test",
    }
    path = tmp_path / "t.jsonl"
    path.write_text(dump_record(record) + "\n\n", encoding="utf-8")
    (tmp_path / "ambiguous.tsv").write_text(
        "alias\tcandidates\trule\tnote\nThử\tcity/testville|-\tcommon_word\t\n", encoding="utf-8"
    )
    kb = load_kb([path])
    assert len(kb) == 1 and [e.id for e in kb.lookup("thành phố thử")] == ["city/testville"]
    assert kb.ambiguity("thử") is not None
    with pytest.raises(KBError, match="duplicate entity id"):
        KB([entity_from_record(record), entity_from_record(record)])
    with pytest.raises(KBError, match="not JSON"):
        list(read_entities("{oops\n"))
    with pytest.raises(KBError, match="bad record"):
        list(read_entities('{"id": "x/y"}\n'))


def test_validate_record_reports_problems(records: list[dict[str, Any]]) -> None:
    good = next(r for r in records if r["id"] == "city/moscow")
    assert validate_record(good, place=True) == []
    bad = dict(good, kind="town", aliases=["Moskva", "Moskva"], country="Russia")
    problems = " ".join(validate_record(bad, place=True))
    assert "duplicate aliases" in problems and "bad country" in problems
    assert "not a place kind" in " ".join(validate_record(dict(good, kind="town"), place=True))
    assert validate_record({"id": "x"}) != []


# -------------------------------------------------------------------------------- build


def test_curated_table_is_reviewed_and_well_formed() -> None:
    text = CURATED.read_text(encoding="utf-8")
    assert "REVIEWED BY THE SUKIEN TEAM" in text.splitlines()[0]
    rows = parse_curated(text)
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids))
    assert all(r.kind in PLACE_KINDS for r in rows)


def test_variants_and_names() -> None:
    assert transliteration_variants("Mát-xcơ-va") == ["Mát xcơ va", "Mátxcơva"]
    assert transliteration_variants("Niu Đê-li") == ["Niu Đê li", "Niu Đêli"]
    assert transliteration_variants("Bà Rịa-Vũng Tàu") == []
    assert transliteration_variants("Guinea-Bissau") == []
    assert transliteration_variants("South-east Asia") == []
    assert transliteration_variants("Xtrát-xbua") == ["Xtrát xbua", "Xtrátxbua"]
    assert clean_name("Myanmar (Burma)", "en") == ["Myanmar", "Burma"]
    assert clean_name("Korea, Republic of", "en") == []
    assert clean_name("Hong Kong SAR China", "en") == []
    assert clean_name("Đặc khu Hành chính Hồng Kông, Trung Quốc", "vi") == [
        "Đặc khu Hành chính Hồng Kông"
    ]
    assert clean_name("St. Kitts & Nevis", "en") == ["Saint Kitts and Nevis"]
    assert clean_name("Saint Martin (French part)", "en") == ["Saint Martin"]
    assert slugify("Washington, D.C.") == "washington-dc"
    assert slugify("Huế") == "hue" and slugify("Đà Nẵng") == "da-nang"


def _pinned_packages_installed() -> bool:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return all(version(name) == pin for name, pin in PINNED.items())
    except PackageNotFoundError:
        return False


@pytest.mark.skipif(not _pinned_packages_installed(), reason="needs the pinned kb extra")
def test_rebuild_is_byte_identical() -> None:
    from sukien.kb.build.places import build_places, render

    first = render(build_places())
    assert first.encode("utf-8") == PLACES.read_bytes()
    assert render(build_places()) == first


# ----------------------------------------------------------------------- key properties

_LETTERS = (
    "aăâeêioôơuưybcdđghklmnpqrstvx" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
_words = st.text(alphabet=_LETTERS, min_size=1, max_size=6)


@given(st.lists(_words, min_size=1, max_size=4), st.sampled_from([" ", "-", " - ", "–", ". "]))
def test_alias_key_ignores_the_separator(words: list[str], separator: str) -> None:
    assert alias_key(separator.join(words)) == alias_key(" ".join(words))


@given(st.lists(_words, min_size=1, max_size=4))
def test_alias_key_ignores_case_and_unicode_form(words: list[str]) -> None:
    text = " ".join(words)
    assert alias_key(text.upper()) == alias_key(text)
    assert alias_key(unicodedata.normalize("NFD", text)) == alias_key(text)
    assert alias_key(text.title(), fold_case=False) == alias_key(
        unicodedata.normalize("NFD", text.title()), fold_case=False
    )


@pytest.mark.skipif(not _pinned_packages_installed(), reason="needs the pinned kb extra")
def test_build_fails_on_unlisted_collisions(tmp_path: Path) -> None:
    from sukien.kb.build.places import build_places

    empty = tmp_path / "ambiguous.tsv"
    empty.write_text("alias\tcandidates\trule\tnote\n", encoding="utf-8")
    with pytest.raises(KBError, match="washington"):
        build_places(ambiguous=empty)


@pytest.mark.skipif(not _pinned_packages_installed(), reason="needs the pinned kb extra")
def test_build_cli_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sukien.kb.build.places import main

    stale = tmp_path / "places.jsonl"
    stale.write_text("", encoding="utf-8")
    assert main(["--check", "--output", str(stale)]) == 1
    assert main(["--output", str(stale)]) == 0
    assert stale.read_bytes() == PLACES.read_bytes()
    assert main(["--check", "--output", str(stale)]) == 0
    assert "up to date" in capsys.readouterr().out
