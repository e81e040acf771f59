#!/usr/bin/python3
"""Writes the difference-in-differences fixtures (test/fixtures/did/): small synthetic panels of
municipality-years, generated once from a fixed seed and committed. Run: /usr/bin/python3 scripts/did-fixtures.py

Each panel: y = 100 x a share (percentage points) = unit effect + year effect + effect x D x Post + noise,
weight = out-movers. fixtures.json lists each panel with the options it is fitted with (domain §10:
post from 2022, reference year 2021), two of them with a wild cluster bootstrap."""
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "did"
YEARS = list(range(2017, 2025))
CODES = ["101", "147", "151", "153", "155", "157", "159", "161", "163", "165", "167", "169", "173", "175",
         "183", "185"]


def panel(rng, units, treated, effect, keep=lambda unit, year, is_treated: True):
    rows = []
    year_effect = {t: 30 - 1.1 * (t - 2017) + rng.gauss(0, 0.8) for t in YEARS}
    for i, code in enumerate(CODES[:units]):
        is_treated = i < treated
        unit_effect = rng.gauss(0, 4) - (3 if is_treated else 0)
        for t in YEARS:
            if not keep(code, t, is_treated):
                continue
            y = unit_effect + year_effect[t] + (effect if is_treated and t >= 2022 else 0) + rng.gauss(0, 1.5)
            rows.append((code, t, round(y, 4), rng.randint(15, 600), is_treated))
    return rows


def write(name, rows):
    lines = ["unit,year,y,weight,treated"] + [f"{u},{t},{y:.4f},{w},{'true' if d else 'false'}" for u, t, y, w, d in rows]
    (OUT / f"{name}.csv").write_text("\n".join(lines) + "\n")


def main():
    rng = random.Random(20251202)
    write("balanced", panel(rng, 12, 5, 1.5))
    # About one cell in six missing, never the reference year 2021.
    write("unbalanced", panel(rng, 14, 6, -0.8, lambda u, t, d: t == 2021 or rng.random() > 1 / 6))
    write("weighted", panel(rng, 10, 4, 2.0))
    # 2018 holds only treated cells: the event study's treated×2018 equals the year-2018 dummy (collinear).
    write("collinear", panel(rng, 10, 4, 1.0, lambda u, t, d: t != 2018 or d))
    fixtures = [
        {"name": "balanced", "postFrom": 2022, "referenceYear": 2021, "weighted": False,
         "bootstrap": {"draws": 199, "weights": "rademacher", "seed": 1}},
        {"name": "unbalanced", "postFrom": 2022, "referenceYear": 2021, "weighted": False},
        {"name": "weighted", "postFrom": 2022, "referenceYear": 2021, "weighted": True,
         "bootstrap": {"draws": 199, "weights": "webb", "seed": 2}},
        {"name": "collinear", "postFrom": 2022, "referenceYear": 2021, "weighted": False},
    ]
    (OUT / "fixtures.json").write_text(json.dumps(fixtures, indent=2) + "\n")


if __name__ == "__main__":
    main()
