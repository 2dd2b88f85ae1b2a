"""Helpers to build gold JSONL files with exact byte offsets.

A mention is written as a pattern: the literal text to look for, with the span
marked by [[ and ]] (context outside the brackets only disambiguates). Without
brackets the whole pattern is the span. Mentions must be listed in text order:
each is searched from the end of the previous one.
"""
import json
import re
import sys

NUMERAL_CHARS = set("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩廿卅")
KEYS = ["start", "end", "text", "kind", "value", "low", "high", "qualifier", "unit", "noun", "normalized", "claim"]


def _m(claim, pattern, kind=None, value=None, q=None, unit=None, noun=None, low=None, high=None, norm=None):
    if claim != "no" and q is None:
        q = "exact"
    if q == "over" and low is None:
        low = value
    if q == "under" and high is None:
        high = value
    return dict(pattern=pattern, claim=claim, kind=kind, value=value, low=low, high=high,
                qualifier=q, unit=unit, noun=noun, normalized=norm)


def Y(pattern, kind, value=None, **kw):
    return _m("yes", pattern, kind, value, **kw)


def O(pattern, kind, value=None, **kw):
    return _m("optional", pattern, kind, value, **kw)


def N(pattern):
    return _m("no", pattern)


def D(pattern, norm, claim="yes"):
    """A date."""
    return _m(claim, pattern, "date", None, norm=norm)


def T(pattern, norm, claim="yes", q=None):
    """A time of day."""
    return _m(claim, pattern, "time", None, norm=norm, q=q)


def build(txt_path, mentions, out_path):
    data = open(txt_path, "rb").read()
    cursor = 0
    out = []
    for m in mentions:
        pat = m["pattern"]
        if "[[" in pat:
            pre, rest = pat.split("[[", 1)
            span, post = rest.split("]]", 1)
        else:
            pre, span, post = "", pat, ""
        full = (pre + span + post).encode("utf-8")
        preb = pre.encode("utf-8")
        pos = data.find(full, max(0, cursor - len(preb)))
        while pos != -1 and pos + len(preb) < cursor:
            pos = data.find(full, pos + 1)
        if pos == -1:
            sys.exit(f"{txt_path}: pattern not found after byte {cursor}: {pat!r}")
        start = pos + len(preb)
        end = start + len(span.encode("utf-8"))
        cursor = end
        rec = dict(start=start, end=end, text=data[start:end].decode("utf-8"))
        for k in KEYS[3:]:
            rec[k] = m[k]
        out.append(rec)
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def check(txt_path, gold_path, show_uncovered=True):
    data = open(txt_path, "rb").read()
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    ok = True
    prev_end = -1
    for g in gold:
        assert list(g.keys()) == KEYS, g
        if data[g["start"]:g["end"]].decode("utf-8") != g["text"]:
            print("TEXT MISMATCH", g); ok = False
        if g["start"] < prev_end:
            print("OVERLAP/ORDER", g); ok = False
        prev_end = g["end"]
        assert g["claim"] in ("yes", "no", "optional")
        if g["claim"] == "no":
            assert all(g[k] is None for k in KEYS[3:11]), g
        else:
            assert g["kind"] in ("count", "measure", "money", "percent", "fraction", "ordinal",
                                 "date", "time", "duration", "number"), g
            assert g["qualifier"] in ("exact", "about", "over", "under", "range"), g
            if g["qualifier"] == "range":
                assert g["value"] is None and g["low"] is not None and g["high"] is not None, g
            if g["kind"] in ("date", "time"):
                assert g["value"] is None, g
    covered = bytearray(len(data))
    for g in gold:
        for i in range(g["start"], g["end"]):
            covered[i] = 1
    text = data.decode("utf-8")
    uncovered = []
    bpos = 0
    for i, ch in enumerate(text):
        n = len(ch.encode("utf-8"))
        if ch in NUMERAL_CHARS and not covered[bpos]:
            uncovered.append((bpos, ch, text[max(0, i - 8):i + 8].replace("\n", "⏎")))
        bpos += n
    if show_uncovered:
        for u in uncovered:
            print("UNCOVERED", u)
    counts = {c: sum(1 for g in gold if g["claim"] == c) for c in ("yes", "no", "optional")}
    print(f"{gold_path}: {len(data)} bytes, {len(gold)} mentions {counts}, uncovered numerals {len(uncovered)}, {'OK' if ok else 'ERRORS'}")
    return ok, counts, uncovered
