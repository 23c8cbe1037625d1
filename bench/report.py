"""One row per benchmark figure, with the baseline measured in the same run, and the table they make."""

from __future__ import annotations

import os
import platform
import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass
class Row:
    """A figure against its baseline; `target` is the ratio to reach (≥ when higher is better, else ≤)."""

    name: str
    value: float
    unit: str
    baseline: float
    baseline_name: str
    higher_is_better: bool
    target: float | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target

    @property
    def target_text(self) -> str:
        if self.target is None:
            return ""
        return f"{'≥' if self.higher_is_better else '≤'} {_number(self.target)}×"

    def as_dict(self) -> dict[str, Any]:
        """The shape other benchmark modules hand over (name/value/unit/baseline/ratio/target/met)."""
        return {"name": self.name, "value": self.value, "unit": self.unit, "baseline": self.baseline,
                "baseline_name": self.baseline_name, "ratio": self.ratio, "target": self.target_text,
                "met": self.met}


def from_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A row given as a dict (name/value/unit/baseline/ratio/target/met), completed for printing."""
    value, baseline = float(row.get("value") or 0), row.get("baseline")
    ratio = row.get("ratio")
    if ratio is None and baseline:
        ratio = value / float(baseline)
    target = row.get("target")
    return {"name": str(row.get("name", "")), "value": value, "unit": str(row.get("unit", "")),
            "baseline": baseline, "baseline_name": str(row.get("baseline_name", "")), "ratio": ratio,
            "target": target if isinstance(target, str) else ("" if target is None else f"{target}"),
            "met": row.get("met")}


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.4f}".rstrip("0").rstrip(".")


def table(rows: list[Row | dict[str, Any]]) -> str:
    """The rows as one Markdown table: figure, value, baseline, ratio, target, met?"""
    lines = ["| figure | value | baseline | ratio | target | met? |", "|---|---:|---:|---:|---|---|"]
    for row in rows:
        r = from_dict(row.as_dict() if isinstance(row, Row) else row)
        baseline = "" if r["baseline"] is None else f"{_number(float(r['baseline']))} {r['unit']}"
        if r["baseline_name"]:
            baseline += f" ({r['baseline_name']})"
        met = {True: "yes", False: "**no**", None: "–"}[r["met"]]
        ratio = "" if r["ratio"] is None else f"{_number(float(r['ratio']))}×"
        lines.append(f"| {r['name']} | {_number(r['value'])} {r['unit']} | {baseline} | {ratio} | {r['target']} "
                     f"| {met} |")
    return "\n".join(lines)


def print_table(rows: list[Row | dict[str, Any]]) -> None:
    print(table(rows), flush=True)


def machine() -> str:
    """One line about where the figures were measured."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            total_kib = int(f.readline().split()[1])
        memory = f", {total_kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        memory = ""
    try:
        load = f", load average {os.getloadavg()[0]:.1f} at start"
    except OSError:
        load = ""
    return (f"{os.cpu_count()} cores{memory}, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}{load}")
