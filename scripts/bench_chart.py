#!/usr/bin/env python3
"""Draws throughput against input size from the bench's raw figures, as SVG.

    python3 scripts/bench_chart.py [FIGURES.json[=LABEL] ...] [-o OUT.svg]

Each FIGURES.json is what `bench --json FILE` wrote; its "sizes" points
(bytes, mb_per_s) become one line, labelled LABEL (default: the file name).
Defaults: docs/perf/figures.json, written to docs/perf/throughput.svg.
Standard library only: the SVG is written by hand.
"""

import argparse
import json
import math
import os
import sys

W, H = 640, 360
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 40, 60
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]


def human(n):
    """10240 -> '10 KB', 1048576 -> '1 MB'."""
    if n >= 1 << 20:
        return f"{n / (1 << 20):.0f} MB"
    return f"{n / 1024:.0f} KB"


def nice_max(v):
    """A round axis maximum above v."""
    if v <= 0:
        return 1.0
    p = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if m * p >= v * 1.05:
            return m * p
    return 10 * p


def load(spec):
    path, _, label = spec.partition("=")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    points = sorted((p["bytes"], p["mb_per_s"]) for p in data.get("sizes", []))
    return label or os.path.basename(path), points, data.get("machine", "")


def svg(series, machine):
    xs = [b for _, pts, _ in series for b, _ in pts]
    ys = [v for _, pts, _ in series for _, v in pts]
    if not xs:
        sys.exit("bench_chart: no size points in the figures")
    lx0, lx1 = math.log10(min(xs)), math.log10(max(xs))
    if lx1 - lx0 < 1e-9:
        lx0, lx1 = lx0 - 0.5, lx1 + 0.5
    ymax = nice_max(max(ys))
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM

    def px(b):
        return LEFT + (math.log10(b) - lx0) / (lx1 - lx0) * pw

    def py(v):
        return TOP + ph - v / ymax * ph

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
        f'<rect width="{W}" height="{H}" fill="white"/>',
        f'<text x="{W / 2}" y="20" text-anchor="middle" font-size="14">entente: single-thread throughput against input size</text>',
    ]
    for k in range(6):
        v = ymax * k / 5
        y = py(v)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{v:g}</text>')
    for b in sorted(set(xs)):
        x = px(b)
        out.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{TOP + ph}" stroke="#eee"/>')
        out.append(f'<text x="{x:.1f}" y="{TOP + ph + 16}" text-anchor="middle">{human(b)}</text>')
    out.append(f'<line x1="{LEFT}" y1="{TOP + ph}" x2="{W - RIGHT}" y2="{TOP + ph}" stroke="black"/>')
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + ph}" stroke="black"/>')
    out.append(f'<text x="{LEFT + pw / 2}" y="{H - 28}" text-anchor="middle">input size (log scale)</text>')
    out.append(f'<text x="16" y="{TOP + ph / 2}" text-anchor="middle" transform="rotate(-90 16 {TOP + ph / 2})">MB/s</text>')
    out.append(f'<text x="{LEFT + pw / 2}" y="{H - 10}" text-anchor="middle" fill="#666" font-size="10">{esc(machine)}</text>')
    for i, (label, pts, _) in enumerate(series):
        c = COLORS[i % len(COLORS)]
        path = " ".join(f"{px(b):.1f},{py(v):.1f}" for b, v in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{c}" stroke-width="2"/>')
        for b, v in pts:
            out.append(f'<circle cx="{px(b):.1f}" cy="{py(v):.1f}" r="3.5" fill="{c}"><title>{human(b)}: {v:.2f} MB/s</title></circle>')
        ly = TOP + 14 + 16 * i
        out.append(f'<line x1="{W - RIGHT - 190}" y1="{ly - 4}" x2="{W - RIGHT - 170}" y2="{ly - 4}" stroke="{c}" stroke-width="2"/>')
        out.append(f'<text x="{W - RIGHT - 165}" y="{ly}">{esc(label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("figures", nargs="*", default=["docs/perf/figures.json=entente"])
    ap.add_argument("-o", "--out", default="docs/perf/throughput.svg")
    args = ap.parse_args()
    series = [load(s) for s in args.figures]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(svg(series, series[0][2]))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
