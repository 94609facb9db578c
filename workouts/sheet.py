"""The gym sheet: a workout as a table with an empty box for the weight of every set.

The printed page and the CSV download are built from the same rows, so they
always agree.
"""

from dataclasses import dataclass

# A spreadsheet runs a cell that starts with one of these as a formula; editor
# text goes into the CSV, so such cells are quoted as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class SheetRow:
    item: object
    boxes: list  # True for a set to fill in, False past the item's last set

    @property
    def target(self):
        return self.item.target


@dataclass
class Sheet:
    set_numbers: list  # column headings: 1 .. the most sets of any exercise
    rows: list

    @property
    def has_rest(self):
        """Does any exercise say how long to rest between its sets? (A reader's build says none.)"""
        return any(row.item.rest for row in self.rows)


def build_sheet(items):
    """``items`` in workout order; each row has as many boxes as the longest exercise has sets."""
    most_sets = max((item.sets for item in items), default=0)
    return Sheet(
        set_numbers=list(range(1, most_sets + 1)),
        rows=[SheetRow(item, [number <= item.sets for number in range(1, most_sets + 1)]) for item in items],
    )


def csv_rows(sheet):
    """The sheet as CSV rows: a header, then one row per exercise with empty weight cells."""
    rest = ["Rest"] if sheet.has_rest else []
    header = ["#", "Exercise", "Sets", "Reps", *rest, "Note"] + [f"Set {n} weight" for n in sheet.set_numbers]
    rows = [header]
    for position, row in enumerate(sheet.rows, start=1):
        item = row.item
        rest = [item.rest] if sheet.has_rest else []
        rows.append([position, as_text(item.exercise.name), item.sets, item.reps, *rest, as_text(item.note)])
        rows[-1] += ["" if box else "n/a" for box in row.boxes]
    return rows


def as_text(value):
    """Keep a spreadsheet from running editor text as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value
