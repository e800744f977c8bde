"""Inline SVG charts for the report: no script, no external resource, every label escaped.

Each function returns :class:`markupsafe.Markup` that the templates embed as is: the SVG is
built here from escaped text only (``markupsafe.escape`` on every label and tooltip), so a
payload in a rule id or a period label shows literally. The charts carry a ``<title>`` per
mark (a tooltip on hover) and an ``aria-label``; colours repeat the legend's words, so they do
not rely on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 720
LABEL_WIDTH = 250
BAR_HEIGHT = 18
ROW_GAP = 8
MAX_BARS = 20
MAX_LABEL = 32  # characters shown; the full label is in the tooltip
VIOLATION = "#b42318"
WARNING = "#dc8a00"
INK = "#1f2933"
MUTED = "#5f6b7a"
GRID = "#d9dee5"


@dataclass(frozen=True)
class Bar:
    """One row of a horizontal bar chart: a label and its violations and warnings."""

    label: str
    violations: int
    warnings: int
    anchor: str | None = None  # an in-page anchor ('rule-TCPA-CALL-HOURS'), never a URL


@dataclass(frozen=True)
class Point:
    """One run of the trend chart."""

    label: str  # the period, e.g. 2026Q3
    violations: int
    warnings: int
    tooltip: str = ""  # e.g. the run id and when it finished


def _short(label: str, limit: int = MAX_LABEL) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _nice_max(value: int) -> int:
    """Return a round axis maximum at or above ``value`` (at least 1)."""
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for m in (1, 2, 2.5, 5, 10):
        top = int(m * step)
        if top >= value:
            return top
    return value


def _legend(x: int, y: int) -> str:
    return (
        f'<g class="pk-legend" font-size="12" fill="{INK}">'
        f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{VIOLATION}"/>'
        f'<text x="{x + 17}" y="{y}">Violations</text>'
        f'<rect x="{x + 100}" y="{y - 10}" width="12" height="12" fill="{WARNING}"/>'
        f'<text x="{x + 117}" y="{y}">Warnings (review)</text></g>'
    )


def _svg(height: int, title: str, body: str) -> Markup:
    t = escape(title)
    return Markup(
        f'<svg class="pk-chart" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" role="img" aria-label="{t}" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif">'
        f"<title>{t}</title>{body}</svg>"
    )


def bar_chart(bars: Sequence[Bar], title: str, unit: str = "rows") -> Markup:
    """Return horizontal stacked bars (violations, then warnings) for the largest ``bars``.

    Bars are drawn most first; beyond :data:`MAX_BARS` the rest are summed in a note.
    Returns an empty-state paragraph when no bar has a count.
    """
    shown = sorted(
        (b for b in bars if b.violations or b.warnings),
        key=lambda b: (-b.violations, -b.warnings, b.label),
    )
    if not shown:
        return Markup('<p class="pk-empty">No violations or warnings to chart.</p>')
    rest = shown[MAX_BARS:]
    shown = shown[:MAX_BARS]
    top = _nice_max(max(b.violations + b.warnings for b in shown))
    plot = WIDTH - LABEL_WIDTH - 60
    head = 30
    axis = head + len(shown) * (BAR_HEIGHT + ROW_GAP)
    height = axis + (40 if rest else 22)
    parts = [_legend(LABEL_WIDTH, 16)]
    for tick in (0, top // 2, top) if top >= 2 else (0, top):
        x = LABEL_WIDTH + plot * tick / top
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{head - 4}" y2="{axis}" stroke="{GRID}"/>'
            f'<text x="{x:.1f}" y="{axis + 14}" font-size="11" fill="{MUTED}" '
            f'text-anchor="middle">{tick:,}</text>'
        )
    for i, b in enumerate(shown):
        parts.append(_bar_row(b, head + i * (BAR_HEIGHT + ROW_GAP), top, plot, unit))
    if rest:
        more = (
            f"and {len(rest)} more with fewer: {sum(b.violations for b in rest):,} violation "
            f"{unit}, {sum(b.warnings for b in rest):,} warning {unit} in all"
        )
        parts.append(
            f'<text x="{LABEL_WIDTH}" y="{axis + 34}" font-size="12" fill="{MUTED}">'
            f"{escape(more)}</text>"
        )
    return _svg(height, title, "".join(parts))


def _bar_row(b: Bar, y: int, top: int, plot: int, unit: str) -> str:
    tip = escape(f"{b.label}: {b.violations:,} violation {unit}, {b.warnings:,} warning {unit}")
    wv = plot * b.violations / top
    ww = plot * b.warnings / top
    text = (
        f'<text x="{LABEL_WIDTH - 8}" y="{y + 13}" font-size="12" fill="{INK}" '
        f'text-anchor="end">{escape(_short(b.label))}</text>'
    )
    if b.anchor:  # an in-page link only: '#rule-...'
        text = f'<a href="#{escape(b.anchor)}">{text}</a>'
    marks = (
        f'<rect x="{LABEL_WIDTH}" y="{y}" width="{wv:.1f}" height="{BAR_HEIGHT}" '
        f'fill="{VIOLATION}"/>'
        f'<rect x="{LABEL_WIDTH + wv:.1f}" y="{y}" width="{ww:.1f}" height="{BAR_HEIGHT}" '
        f'fill="{WARNING}"/>'
    )
    count = (
        f'<text x="{LABEL_WIDTH + wv + ww + 6:.1f}" y="{y + 13}" font-size="12" '
        f'fill="{INK}">{b.violations:,}' + (f" + {b.warnings:,}" if b.warnings else "") + "</text>"
    )
    return f"<g><title>{tip}</title>{text}{marks}{count}</g>"


def trend_chart(points: Sequence[Point], title: str) -> Markup:
    """Return grouped columns (violations, warnings) per run, oldest first, labelled by period.

    One run draws one group; at most the last twelve runs are drawn.
    """
    points = list(points)[-12:]
    if not points:
        return Markup('<p class="pk-empty">No runs to chart yet.</p>')
    top = _nice_max(max(max(p.violations, p.warnings) for p in points))
    left, head, plot_h = 50, 40, 160
    slot = min(110, (WIDTH - left - 10) // len(points))
    col = max(6, min(28, slot // 3))
    height = head + plot_h + 40
    base = head + plot_h
    parts = [_legend(left, 16)]
    for tick in (0, top // 2, top) if top >= 2 else (0, top):
        y = base - plot_h * tick / top
        parts.append(
            f'<line x1="{left}" x2="{WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" fill="{MUTED}" '
            f'text-anchor="end">{tick:,}</text>'
        )
    for i, p in enumerate(points):
        x = left + i * slot + (slot - 2 * col - 4) / 2
        parts.append(_column_group(p, x, col, base, plot_h / top, max(4, slot // 7)))
    return _svg(height, title, "".join(parts))


def _column_group(p: Point, x: float, col: int, base: int, scale: float, chars: int) -> str:
    """Return one run's two columns, their counts above them and the period below."""
    hv, hw = scale * p.violations, scale * p.warnings
    tip = escape(
        f"{p.label}: {p.violations:,} violations, {p.warnings:,} warnings"
        + (f" ({p.tooltip})" if p.tooltip else "")
    )
    return (
        f"<g><title>{tip}</title>"
        f'<rect x="{x:.1f}" y="{base - hv:.1f}" width="{col}" height="{hv:.1f}" '
        f'fill="{VIOLATION}"/>'
        f'<rect x="{x + col + 4:.1f}" y="{base - hw:.1f}" width="{col}" height="{hw:.1f}" '
        f'fill="{WARNING}"/>'
        f'<text x="{x + col / 2:.1f}" y="{base - hv - 4:.1f}" font-size="11" fill="{INK}" '
        f'text-anchor="middle">{p.violations:,}</text>'
        f'<text x="{x + col * 1.5 + 4:.1f}" y="{base - hw - 4:.1f}" font-size="11" '
        f'fill="{INK}" text-anchor="middle">{p.warnings:,}</text>'
        f'<text x="{x + col + 2:.1f}" y="{base + 16}" font-size="12" fill="{INK}" '
        f'text-anchor="middle">{escape(_short(p.label, chars))}</text></g>'
    )
