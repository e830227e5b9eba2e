#!/usr/bin/env python3
"""Prints the figures of a bench/run JSON file (bench/results/latest.json) as a Markdown table,
the one README.md's "Performance" section shows.

    bench/table.py [FILE]
"""
import json
import os
import sys


def number(value):
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{int(value):,}"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results", "latest.json")
    try:
        with open(path, encoding="utf-8") as f:
            run = json.load(f)
    except (OSError, ValueError) as error:
        print(f"bench/table.py: cannot read {path}: {error}", file=sys.stderr)
        return 1
    print(f"Run of {run['date'][:10]} on {run['machine']}; engine {run['engine']}.")
    print()
    print("| Figure | Ours | Peer | Ratio | Goal | |")
    print("|---|---:|---:|---:|---:|---|")
    for figure in run["figures"]:
        if figure.get("measured") is False:
            print(f"| {figure['name']} | – | – | – | – | not measured: {figure['why']} |")
            continue
        unit = figure["unit"]
        verdict = "met" if figure["met"] else f"missed: {figure['missed']}"
        print(f"| {figure['name']} | {number(figure['ours'])} {unit} | {number(figure['peer'])} {unit} "
              f"| {figure['ratio']:.3g} | ≤ {figure['goal']:g} | {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
