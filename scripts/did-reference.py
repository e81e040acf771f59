#!/usr/bin/python3
"""The reference numbers of the difference-in-differences estimator (docs/did.md): fits every fixture in
test/fixtures/did/fixtures.json with statsmodels and writes test/golden/did/<fixture>.json.

Run on a machine with statsmodels (not in CI): /usr/bin/python3 scripts/did-reference.py

The design is built here independently of the TypeScript code: an intercept, a dummy per unit but the first
(codes sorted), a dummy per year but the first, then D x Post (the pooled model) or D x 1[t = k] for every
year k but the reference year (the event study). A column is dropped as collinear when it does not raise the
rank (numpy's SVD rank) of the columns kept before it, and K counts the kept columns, as Stata's
`regress ..., vce(cluster)`. Fits: sm.OLS/WLS(...).fit(cov_type='cluster', cov_kwds={'groups': g},
use_t=True): CR1 with G/(G-1)*(N-1)/(N-K), t and F with G-1 denominator degrees of freedom. The pre-trend
test is results.wald_test(R, use_f=True) on the event study's pre-period coefficients (years before postFrom
but the reference year), checked here against (Rb)'(RVR')^-1(Rb)/q by hand.

With a bootstrap in the fixture's options, the wild cluster bootstrap is done here by brute force: the same
cluster weights (SplitMix32 from the seed, as src/core/did/seededUniform.ts, drawn draw by draw and cluster by
cluster in the order of the sorted unit codes), and a statsmodels refit per draw: the p-value with the null
imposed (WCR: y* = restricted fit + v * restricted residuals, t* = b*/se*, p = share of |t*| >= |t|) and the
interval b +- c*se, c the ceil(0.95 (B + 1))-th smallest |t*| of the unrestricted bootstrap (WCU: y* = fit +
v * residuals, t* = (b* - b)/se*).

When R and its sandwich package are installed, sandwich::vcovCL(lm(...), cluster, type = "HC1") gives a
second set of standard errors, stored under "sandwich"."""
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import statsmodels
import statsmodels.api as sm
from scipy import stats

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "test" / "fixtures" / "did"
GOLDEN = ROOT / "test" / "golden" / "did"


def read_panel(name):
    with open(FIXTURES / f"{name}.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    return [dict(unit=r["unit"], year=int(r["year"]), y=float(r["y"]), weight=float(r["weight"]),
                 treated=r["treated"] == "true") for r in rows]


def design(rows, extra):
    units = sorted({r["unit"] for r in rows})
    years = sorted({r["year"] for r in rows})
    names, cols = ["intercept"], [np.ones(len(rows))]
    for u in units[1:]:
        names.append(f"unit {u}")
        cols.append(np.array([1.0 if r["unit"] == u else 0.0 for r in rows]))
    for t in years[1:]:
        names.append(f"year {t}")
        cols.append(np.array([1.0 if r["year"] == t else 0.0 for r in rows]))
    for name, f in extra(years):
        names.append(name)
        cols.append(np.array([1.0 if f(r) else 0.0 for r in rows]))
    return names, cols


def drop_collinear(names, cols, w):
    kept, dropped, rank = [], [], 0
    sw = np.sqrt(w)
    for name, c in zip(names, cols):
        trial = np.column_stack([cols[names.index(k)] * sw for k in kept] + [c * sw])
        r = np.linalg.matrix_rank(trial)
        if r > rank:
            kept.append(name)
            rank = r
        else:
            dropped.append(name)
    return kept, dropped


def fit(rows, names, cols, weighted):
    w = np.array([r["weight"] for r in rows]) if weighted else np.ones(len(rows))
    kept, dropped = drop_collinear(names, cols, w)
    x = np.column_stack([cols[names.index(k)] for k in kept])
    y = np.array([r["y"] for r in rows])
    groups = np.array([sorted({r["unit"] for r in rows}).index(r["unit"]) for r in rows])
    model = sm.WLS(y, x, weights=w) if weighted else sm.OLS(y, x)
    res = model.fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    n, k, g = len(rows), x.shape[1], len(set(groups))
    # CR1 by hand: the reference must be what docs/did.md says it is.
    xw = x * w[:, None]
    bread = np.linalg.inv(x.T @ xw)
    e = y - x @ res.params
    scores = np.array([(xw[groups == h] * e[groups == h, None]).sum(axis=0) for h in range(g)])
    v = bread @ (scores.T @ scores) @ bread * g / (g - 1) * (n - 1) / (n - k)
    assert np.allclose(v, res.cov_params(), rtol=1e-10, atol=1e-14), "statsmodels' cluster variance is not CR1"
    assert res.df_resid_inference == g - 1, res.df_resid_inference
    return res, kept, dropped, x, y, w, groups


def seeded_uniform(seed):
    state = seed & 0xFFFFFFFF

    def imul(a, b):
        return (a * b) & 0xFFFFFFFF

    def next_uniform():
        nonlocal state
        state = (state + 0x9E3779B9) & 0xFFFFFFFF
        z = state
        z = imul(z ^ (z >> 16), 0x85EBCA6B)
        z = imul(z ^ (z >> 13), 0xC2B2AE35)
        z = z ^ (z >> 16)
        return z / 4294967296

    return next_uniform


WEBB = [-np.sqrt(1.5), -1.0, -np.sqrt(0.5), np.sqrt(0.5), 1.0, np.sqrt(1.5)]


def cluster_weights(kind, clusters, draws, seed):
    u = seeded_uniform(seed)
    pick = (lambda x: -1.0 if x < 0.5 else 1.0) if kind == "rademacher" else (lambda x: WEBB[min(5, int(x * 6))])
    return [np.array([pick(u()) for _ in range(clusters)]) for _ in range(draws)]


def wild_bootstrap(x, y, w, groups, j, weighted, options):
    def refit(y_star, x_star=x):
        model = sm.WLS(y_star, x_star, weights=w) if weighted else sm.OLS(y_star, x_star)
        return model.fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)

    full = refit(y)
    restricted = refit(y, np.delete(x, j, axis=1))
    draws = cluster_weights(options["weights"], len(set(groups)), options["draws"], options["seed"])
    t_null = []
    t_free = []
    for v in draws:
        r_star = refit(restricted.fittedvalues + v[groups] * restricted.resid)
        t_null.append(r_star.params[j] / r_star.bse[j])
        u_star = refit(full.fittedvalues + v[groups] * full.resid)
        t_free.append((u_star.params[j] - full.params[j]) / u_star.bse[j])
    p = float(np.mean(np.abs(t_null) >= abs(full.tvalues[j])))
    b = len(draws)
    c = float(np.sort(np.abs(t_free))[min(b, int(np.ceil(0.95 * (b + 1)))) - 1])
    return dict(**options, ci95=[full.params[j] - c * full.bse[j], full.params[j] + c * full.bse[j]], p=p)


def coefficient(res, kept, name):
    j = kept.index(name)
    lo, hi = res.conf_int(alpha=0.05)[j]
    return dict(beta=res.params[j], se=res.bse[j], t=res.tvalues[j], p=res.pvalues[j], ci95=[lo, hi])


def sandwich_se(x, y, w, groups, kept):
    """Standard errors from R's sandwich::vcovCL(type = "HC1") on the same kept columns, or None without R."""
    if shutil.which("Rscript") is None:
        return None
    probe = subprocess.run(["Rscript", "-e", "library(sandwich)"], capture_output=True)
    if probe.returncode != 0:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "design.csv"
        header = ["y", "w", "cl"] + [f"c{j}" for j in range(x.shape[1])]
        np.savetxt(path, np.column_stack([y, w, groups, x]), delimiter=",", header=",".join(header),
                   comments="", fmt="%.17g")
        script = f"""
suppressMessages(library(sandwich))
d <- read.csv("{path}")
f <- lm(y ~ 0 + ., data = d[, c("y", {", ".join(f'"c{j}"' for j in range(x.shape[1]))})], weights = d$w)
stopifnot(!any(is.na(coef(f))))
v <- vcovCL(f, cluster = d$cl, type = "HC1")
cat(sprintf("%s %.17g\\n", colnames(v), sqrt(diag(v))), sep = "")
cat(sprintf("version %s\\n", as.character(packageVersion("sandwich"))))
"""
        out = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, check=True).stdout
    values = dict(line.split(" ", 1) for line in out.strip().splitlines())
    version = values.pop("version")
    return version, {kept[int(c[1:])]: float(s) for c, s in values.items()}


def reference(fixture):
    rows = read_panel(fixture["name"])
    post, ref, weighted = fixture["postFrom"], fixture["referenceYear"], fixture["weighted"]
    names, cols = design(rows, lambda years: [("treated×post", lambda r: r["treated"] and r["year"] >= post)])
    res, kept, dropped, x, y, w, groups = fit(rows, names, cols, weighted)
    model = dict(n=len(rows), clusters=len(set(groups)), k=len(kept), dropped=dropped,
                 **coefficient(res, kept, "treated×post"))

    es_names, es_cols = design(rows, lambda years: [
        (f"treated×{k}", (lambda k: lambda r: r["treated"] and r["year"] == k)(k)) for k in years if k != ref])
    es, es_kept, es_dropped, ex, _, _, _ = fit(rows, es_names, es_cols, weighted)
    years = sorted({r["year"] for r in rows})
    event_study = []
    pre = []
    for k in years:
        name = f"treated×{k}"
        if name not in es_kept:
            continue
        c = coefficient(es, es_kept, name)
        event_study.append(dict(year=k, beta=c["beta"], se=c["se"], ci95=c["ci95"]))
        if k < post:
            pre.append(es_kept.index(name))
    r_matrix = np.zeros((len(pre), len(es_kept)))
    for i, j in enumerate(pre):
        r_matrix[i, j] = 1.0
    wald = es.wald_test(r_matrix, use_f=True, scalar=True)
    q, g = len(pre), len(set(groups))
    rb = r_matrix @ es.params
    f_hand = rb @ np.linalg.solve(r_matrix @ es.cov_params() @ r_matrix.T, rb) / q
    assert np.isclose(float(wald.fvalue), f_hand, rtol=1e-12), (wald.fvalue, f_hand)
    assert int(wald.df_num) == q and int(wald.df_denom) == g - 1, (wald.df_num, wald.df_denom)
    assert np.isclose(float(wald.pvalue), stats.f.sf(f_hand, q, g - 1), rtol=1e-10)
    if "bootstrap" in fixture:
        model["bootstrap"] = wild_bootstrap(x, y, w, groups, kept.index("treated×post"), weighted,
                                            fixture["bootstrap"])
    golden = dict(
        fixture=fixture["name"],
        options=dict(postFrom=post, referenceYear=ref, weighted=weighted,
                     **({"bootstrap": fixture["bootstrap"]} if "bootstrap" in fixture else {})),
        reference=f"statsmodels {statsmodels.__version__}: {'WLS' if weighted else 'OLS'} cluster by unit, use_t",
        model=model,
        eventStudy=event_study,
        eventStudyDropped=es_dropped,
        preTrend=dict(stat=float(wald.fvalue), df=q, dfDenominator=g - 1, p=float(wald.pvalue)),
    )
    main_se = sandwich_se(x, y, w, groups, kept)
    es_se = sandwich_se(ex, y, w, groups, es_kept)
    if main_se is not None and es_se is not None:
        golden["sandwich"] = dict(
            reference=f"R sandwich {main_se[0]}: vcovCL(lm(...), cluster = unit, type = 'HC1')",
            se=main_se[1]["treated×post"],
            eventStudy=[dict(year=c["year"], se=es_se[1][f"treated×{c['year']}"]) for c in event_study],
        )
    else:
        print("R's sandwich is not installed: the goldens hold statsmodels only", file=sys.stderr)
    return golden


def main():
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for fixture in json.loads((FIXTURES / "fixtures.json").read_text()):
        golden = reference(fixture)
        (GOLDEN / f"{fixture['name']}.json").write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n")
        m = golden["model"]
        print(f"{fixture['name']}: beta {m['beta']:.6f} se {m['se']:.6f} k {m['k']} dropped {m['dropped']} "
              f"es dropped {golden['eventStudyDropped']} preTrend F {golden['preTrend']['stat']:.4f}")


if __name__ == "__main__":
    main()
