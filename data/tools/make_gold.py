#!/usr/bin/env python3
"""Regenerate data/*.gold.jsonl from the spec_*.py files and validate them.

    python3 data/tools/make_gold.py [name ...]
"""
import importlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gold_lib import build, check  # noqa: E402

NAMES = ["news", "communique", "pdf_noisy", "traditional", "gov_report", "health_news", "pdf_report", "hk_news", "county_brief", "science_tech", "grassroots", "police_review", "industry_zone", "flood_relief", "hk_press"]


def main():
    names = sys.argv[1:] or NAMES
    bad = False
    for name in names:
        spec = importlib.import_module("spec_" + name)
        txt = os.path.join(DATA, name + ".txt")
        gold = os.path.join(DATA, name + ".gold.jsonl")
        build(txt, spec.MENTIONS, gold)
        ok, _, _ = check(txt, gold)
        bad |= not ok
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
