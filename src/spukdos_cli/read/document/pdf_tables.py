"""Ruled tables on a PDF page, found from the lines drawn around their cells.

The method is that of pdfplumber's "lines" strategy, on the page's drawn segments: the
horizontal and vertical edges are snapped and joined, their crossings found, and every
rectangle whose four corners are crossings joined by edges is a cell; cells that touch
make a table. Coordinates are PDF points with y growing upwards. Pure.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

TOLERANCE = 3.0
"""Points: edges this close are the same line; ends this close meet."""

Point = tuple[float, float]


@dataclass(frozen=True)
class Edge:
    """A horizontal (``h``) or vertical (``v``) line: ``at`` is its y (h) or x (v), and it
    runs from ``start`` to ``end`` along the other axis."""

    orientation: str
    at: float
    start: float
    end: float


@dataclass(frozen=True)
class Cell:
    x0: float
    y0: float
    x1: float
    y1: float


def _cluster(values: list[float]) -> dict[float, float]:
    """Each value -> the mean of its cluster (values within TOLERANCE of the previous)."""
    out: dict[float, float] = {}
    group: list[float] = []
    for value in sorted(set(values)):
        if group and value - group[-1] > TOLERANCE:
            mean = sum(group) / len(group)
            out.update(dict.fromkeys(group, mean))
            group = []
        group.append(value)
    if group:
        mean = sum(group) / len(group)
        out.update(dict.fromkeys(group, mean))
    return out


def merge_edges(edges: list[Edge]) -> list[Edge]:
    """Snap edges to common lines, then join the pieces of one line that touch."""
    out: list[Edge] = []
    for orientation in ("h", "v"):
        mine = [e for e in edges if e.orientation == orientation]
        snap = _cluster([e.at for e in mine])
        by_line: dict[float, list[Edge]] = defaultdict(list)
        for edge in mine:
            by_line[round(snap[edge.at], 2)].append(edge)
        for at, pieces in by_line.items():
            pieces.sort(key=lambda e: e.start)
            current = pieces[0]
            start, end = current.start, current.end
            for piece in pieces[1:]:
                if piece.start <= end + TOLERANCE:
                    end = max(end, piece.end)
                else:
                    out.append(Edge(orientation, at, start, end))
                    start, end = piece.start, piece.end
            out.append(Edge(orientation, at, start, end))
    return out


def _crossings(edges: list[Edge]) -> dict[Point, tuple[set[int], set[int]]]:
    """Point -> (indices of the horizontal edges, of the vertical edges) through it."""
    found: dict[Point, tuple[set[int], set[int]]] = {}
    horizontal = [(i, e) for i, e in enumerate(edges) if e.orientation == "h"]
    vertical = [(i, e) for i, e in enumerate(edges) if e.orientation == "v"]
    for vi, v in vertical:
        for hi, h in horizontal:
            if (
                h.start - TOLERANCE <= v.at <= h.end + TOLERANCE
                and v.start - TOLERANCE <= h.at <= v.end + TOLERANCE
            ):
                point = (round(v.at, 2), round(h.at, 2))
                entry = found.setdefault(point, (set(), set()))
                entry[0].add(hi)
                entry[1].add(vi)
    return found


MAX_EDGES = 1500
"""Lines on one page after joining: a page of tables has a few hundred; a page with more
(a chart, a drawing) is read as text, so that no drawing makes the reading slow."""


def _open_ends(edges: list[Edge]) -> list[Edge]:
    """The lines that close a table left open at a page break: a browser breaks a row
    over two pages and draws no line under its first part (nor over its second). Where
    two or more vertical lines end at the same height beyond every horizontal line that
    crosses them, a horizontal line joins their ends."""
    vertical = [e for e in edges if e.orientation == "v"]
    horizontal = [e for e in edges if e.orientation == "h"]
    added: list[Edge] = []
    for lower in (True, False):
        by_end: dict[float, list[tuple[float, Edge]]] = defaultdict(list)
        for edge in vertical:
            end = edge.start if lower else edge.end
            by_end[round(end / TOLERANCE)].append((end, edge))
        for ends in by_end.values():
            if len(ends) < 2:
                continue
            group = [edge for _, edge in ends]
            y = sum(end for end, _ in ends) / len(ends)
            left, right = min(e.at for e in group), max(e.at for e in group)
            closed = any(
                abs(h.at - y) <= TOLERANCE
                and h.start <= left + TOLERANCE
                and h.end >= right - TOLERANCE
                for h in horizontal
            )
            if not closed:
                added.append(Edge("h", y, left, right))
    return added


def find_cells(edges: list[Edge]) -> list[Cell]:
    """Every cell: a rectangle whose corners are crossings joined by edges (a row that a
    page break left open is closed at the ends of its vertical lines)."""
    merged = merge_edges(edges)
    merged = merge_edges(merged + _open_ends(merged))
    if len(merged) > MAX_EDGES:
        return []
    crossings = _crossings(merged)

    def joined(a: Point, b: Point) -> bool:
        if a[1] == b[1]:  # same height: a horizontal edge through both
            return bool(crossings[a][0] & crossings[b][0])
        if a[0] == b[0]:
            return bool(crossings[a][1] & crossings[b][1])
        return False

    # top-left corners first: x ascending, y descending (y grows upwards)
    points = sorted(crossings, key=lambda p: (p[0], -p[1]))
    by_x: dict[float, list[Point]] = defaultdict(list)  # each column from the top down
    by_y: dict[float, list[Point]] = defaultdict(list)  # each row from the left
    for point in points:
        by_x[point[0]].append(point)
    for point in sorted(points, key=lambda p: (p[1], p[0])):
        by_y[point[1]].append(point)
    place_x = {p: i for column in by_x.values() for i, p in enumerate(column)}
    place_y = {p: i for row in by_y.values() for i, p in enumerate(row)}
    cells: list[Cell] = []
    for top_left in points:
        x, y = top_left
        below = by_x[x][place_x[top_left] + 1 :]
        right = by_y[y][place_y[top_left] + 1 :]
        done = False
        for down in below:
            if not joined(top_left, down):
                break  # the column's line stops here: nothing further down joins
            for across in right:
                if not joined(top_left, across):
                    break
                corner = (across[0], down[1])
                if corner in crossings and joined(corner, across) and joined(corner, down):
                    cells.append(Cell(x, down[1], across[0], y))
                    done = True
                    break
            if done:
                break
    return cells


def group_tables(cells: list[Cell]) -> list[list[Cell]]:
    """Cells that share a corner make one table; tables from the top of the page down."""
    corners: dict[Point, list[int]] = defaultdict(list)
    for index, cell in enumerate(cells):
        for corner in (
            (cell.x0, cell.y0),
            (cell.x0, cell.y1),
            (cell.x1, cell.y0),
            (cell.x1, cell.y1),
        ):
            corners[corner].append(index)
    seen: set[int] = set()
    tables: list[list[Cell]] = []
    for start in range(len(cells)):
        if start in seen:
            continue
        stack = [start]
        members: list[Cell] = []
        seen.add(start)
        while stack:
            index = stack.pop()
            cell = cells[index]
            members.append(cell)
            for corner in (
                (cell.x0, cell.y0),
                (cell.x0, cell.y1),
                (cell.x1, cell.y0),
                (cell.x1, cell.y1),
            ):
                for other in corners[corner]:
                    if other not in seen:
                        seen.add(other)
                        stack.append(other)
        if len(members) > 1:
            tables.append(members)
    tables.sort(key=lambda t: -max(c.y1 for c in t))
    return tables


def rows_of(table: list[Cell]) -> list[list[Cell | None]]:
    """The table's cells by row (top first), each row left to right, in the columns of the
    table's grid: a cell merged across columns stands in its first column with None in the
    others, and a cell merged down leaves None in the rows below it, as a word processor's
    table keeps its columns. A row that only continues merged cells is left out."""
    xs = sorted({c.x0 for c in table} | {c.x1 for c in table})
    ys = sorted({c.y1 for c in table} | {c.y0 for c in table}, reverse=True)
    column = {x: i for i, x in enumerate(xs)}
    row = {y: i for i, y in enumerate(ys)}
    grid: list[list[Cell | None]] = [[None] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for cell in table:
        grid[row[cell.y1]][column[cell.x0]] = cell
    return [r for r in grid if any(c is not None for c in r)]
