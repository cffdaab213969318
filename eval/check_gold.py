#!/usr/bin/env python3
"""Check eval/dev.gold.txt against the articles in eval/articles/.

    python eval/check_gold.py [--gold eval/dev.gold.txt] [--articles eval/articles] [--strict]
    python eval/check_gold.py --gold eval/blind/blind.gold.txt --articles eval/blind/articles
    python eval/check_gold.py --gold eval/blind2/blind2.gold.txt --articles eval/blind2/articles

Every gold entity and time surface must be found in its article's text, in reading
order, with the same `locate` the scorer uses (../shared/eval/score.py). The text is
normalized the way the export does it for these plain-text articles: NFC, blank lines
dropped, a title repeated on the next line kept once, "Embed from Getty Images" lines
dropped. Also checked: quote openings occur in the text, field values are well formed,
every event actor has a country or an `@actor` line. Warnings (not errors) list
occurrences of an annotated surface that no gold item claims, so they can be reviewed
(e.g. "Đức" in "Đức Giáo hoàng" is meant to stay unannotated).

Standard library only, plus ../shared/eval (goldfile.py, score.py) from the project root;
without ../shared the check is skipped with a message (exit status 0).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"

ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"}
PLOVER |= {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUS = {"asserted", "planned", "negated", "hypothetical"}
BOILERPLATE = re.compile(r"^\s*Embed from Getty Images\s*$", re.IGNORECASE)
DATE = r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}|T(MO|AF|EV|NI))?)?|-W\d{2})?"
TIME_VALUE = re.compile(
    rf"^({DATE}(/{DATE})?|PRESENT_REF|PAST_REF|FUTURE_REF|P(\d+[YMWD])+|PT\d+[HMS])$"
)
DOC_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# occurrences of an annotated surface that are deliberately left unannotated:
# (doc id, surface, the text that starts at the occurrence)
INTENDED_UNCLAIMED = {
    ("104_macron_xi_beijing", "Tập", "Tập đoàn Airbus"),  # "group", not Xi Jinping
    ("107_zelensky_g7_hiroshima", "Đức", "Đức Giáo hoàng"),  # honorific, not Germany
    ("203_india_pakistan_balakot", "Trung", "Trung tá"),  # a military rank, not China
}


def article_text(path: Path) -> str:
    raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    lines = [ln.strip() for ln in raw.splitlines()]
    lines = [ln for ln in lines if ln and not BOILERPLATE.match(ln)]
    if len(lines) > 1 and lines[0] == lines[1]:
        del lines[1]
    return "\n".join(lines)


def word_occurrences(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        j = i + len(surface)
        after = text[j] if j < len(text) else " "
        if not re.match(r"\w", before) and not re.match(r"\w", after):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def context(text: str, start: int, end: int, width: int = 30) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(EVAL / "dev.gold.txt"))
    ap.add_argument("--articles", default=str(EVAL / "articles"))
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument("--quiet", action="store_true", help="print errors and the summary only")
    args = ap.parse_args()

    if not (SHARED_EVAL / "score.py").is_file():
        print(f"skipped: {SHARED_EVAL} not found (score.py and goldfile.py live there)")
        return 0
    sys.path.insert(0, str(SHARED_EVAL))
    import goldfile
    import score

    gold_text = Path(args.gold).read_text(encoding="utf-8")
    docs = goldfile.parse(gold_text)
    known = dict(goldfile.ACTOR_COUNTRY)
    for raw in gold_text.splitlines():
        if raw.startswith("@actor "):
            name, _, code = raw[7:].partition("|")
            known[name.strip()] = code.strip()

    errors: list[str] = []
    warnings: list[str] = []
    seen_ids: set[str] = set()
    for doc in docs:
        did = doc["id"]
        if did in seen_ids:
            errors.append(f"{did}: duplicate doc id")
        seen_ids.add(did)
        path = Path(args.articles) / f"{did}.txt"
        if not path.is_file():
            errors.append(f"{did}: no article file {path}")
            continue
        text = article_text(path)
        if not doc["published"] or not DOC_DATE.match(doc["published"]):
            errors.append(f"{did}: bad or missing published: {doc['published']!r}")

        for key, kind in (("entities", "entity"), ("times", "time")):
            items = doc[key]
            score.locate(text, items, "text")
            prev = -1
            for n, it in enumerate(items, 1):
                label = f"{did} {kind} #{n} {it['text']!r}"
                if it["span"] is None:
                    errors.append(f"{label}: not found in the text")
                    continue
                if it["span"][0] < prev:
                    errors.append(
                        f"{label}: found out of reading order at {context(text, *it['span'])}"
                    )
                prev = it["span"][0]
            claimed = [it["span"] for it in items if it["span"]]
            # surfaces that occur more often than the gold claims them
            for surface in sorted({it["text"] for it in items}):
                for i in word_occurrences(text, surface):
                    span = (i, i + len(surface))
                    intended = any(
                        d == did and x == surface and text.startswith(prefix, i)
                        for d, x, prefix in INTENDED_UNCLAIMED
                    )
                    if not intended and not any(s < span[1] and span[0] < e for s, e in claimed):
                        warnings.append(
                            f"{did} unclaimed {kind} surface {surface!r} at {context(text, *span)}"
                        )

        for n, e in enumerate(doc["entities"], 1):
            if e["type"] not in ENTITY_TYPES:
                errors.append(f"{did} entity #{n} {e['text']!r}: bad type {e['type']!r}")
            if not e["names"]:
                warnings.append(f"{did} entity #{n} {e['text']!r}: no name")
            if e["country"] and not re.fullmatch(r"[A-Z]{3}", e["country"]):
                errors.append(f"{did} entity #{n} {e['text']!r}: bad country {e['country']!r}")
        for n, t in enumerate(doc["times"], 1):
            for v in t["values"]:
                if not TIME_VALUE.match(v):
                    errors.append(f"{did} time #{n} {t['text']!r}: bad value {v!r}")
            if not t["values"]:
                errors.append(f"{did} time #{n} {t['text']!r}: no value")
        seen_events = set()
        for n, ev in enumerate(doc["events"], 1):
            label = f"{did} event #{n} {'/'.join(ev['types'])}"
            for typ in ev["types"]:
                if typ not in PLOVER:
                    errors.append(f"{label}: bad type {typ!r}")
            if ev["status"] not in STATUS:
                errors.append(f"{label}: bad status {ev['status']!r}")
            for d in ev["dates"]:
                if not TIME_VALUE.match(d):
                    errors.append(f"{label}: bad date {d!r}")
            if not ev["source"]:
                errors.append(f"{label}: no source")
            for a in ev["source"] + ev["target"]:
                if a["name"] not in known:
                    errors.append(
                        f"{label}: actor {a['name']!r} has no country (add an @actor line)"
                    )
            key = (
                ev["types"][0],
                tuple(sorted(a["name"] for a in ev["source"])),
                tuple(sorted(a["name"] for a in ev["target"])),
                tuple(ev["dates"]),
            )
            if key in seen_events:
                errors.append(f"{label}: duplicate event {key}")
            seen_events.add(key)
        text_n = score.norm(text)
        for n, q in enumerate(doc["quotes"], 1):
            if q["kind"] not in ("direct", "indirect"):
                errors.append(f"{did} quote #{n}: bad kind {q['kind']!r}")
            if not q["words"] or score.norm(q["words"]) not in text_n:
                errors.append(f"{did} quote #{n}: opening not in the text: {q['words']!r}")

    ids = {p.stem for p in Path(args.articles).glob("*.txt")}
    for missing in sorted(ids - seen_ids):
        errors.append(f"{missing}: article has no gold")

    if not args.quiet:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("error:", e)
    for d in docs:
        n = {k: len(d[k]) for k in ("entities", "times", "events", "quotes")}
        opt = {k: sum(1 for x in d[k] if x["optional"]) for k in n}
        print(f"{d['id']}: " + ", ".join(f"{n[k]} {k} ({opt[k]} opt)" for k in n))
    print(f"{len(docs)} docs; {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors or (args.strict and warnings) else 0


if __name__ == "__main__":
    sys.exit(main())
