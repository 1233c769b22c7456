"""Line charts drawn as SVG on the server. Ours, not a library: the console needs one kind (a line
over a few quarters or months with a dashed target or threshold), which is a few coordinates in a
template; a chart library would bring JavaScript to vendor and pin (or, like pygal, external
scripts to turn off) for nothing the page needs, and a server-drawn chart makes no request."""

from decimal import Decimal

from services.gateway.console.schemas import Chart

WIDTH, HEIGHT, MARGIN = 260, 110, 24


def line_chart(labels: list[str], values: list[Decimal | None], *, reference: Decimal | None, top: Decimal) -> Chart:
    """A chart of `values` (None: a gap) against `labels`, scaled from 0 to `top` (raised to fit the
    highest value and the reference), with the reference drawn as a dashed line."""
    highest = max([v for v in values if v is not None] + [reference or Decimal(0), top])
    scale = float(highest) or 1.0
    step = (WIDTH - 2 * MARGIN) / max(len(labels) - 1, 1)

    def y(value: Decimal) -> float:
        return round(HEIGHT - MARGIN - float(value) / scale * (HEIGHT - 2 * MARGIN), 1)

    xs = [round(MARGIN + i * step, 1) for i in range(len(labels))]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        labels=list(zip(xs, labels, strict=True)),
        points=[(x, y(v)) for x, v in zip(xs, values, strict=True) if v is not None],
        reference_y=None if reference is None else y(reference),
        top=highest,
        values=values,
    )
