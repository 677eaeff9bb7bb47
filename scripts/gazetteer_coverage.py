"""Coverage of the gazetteer on Sahel localities named in conflict reporting.

    .venv/bin/python scripts/gazetteer_coverage.py [tests/data/gazetteer/sahel_localities.csv]

The list (name, ISO country) was compiled by hand for the project from the localities
the Sahel press names in conflict reporting (villages, communes, departments and towns
of Mali, Burkina Faso and Niger). A locality is covered when `gazetteer.search` finds a
place of that name in that country; the script prints the share covered, the share with
an admin1 and with an admin2 name, and the names not found.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from sahel_events import gazetteer

DEFAULT = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "gazetteer" / "sahel_localities.csv"
)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    found = admin1 = admin2 = 0
    missing: list[str] = []
    for row in rows:
        places = [p for p in gazetteer.search(row["name"]) if p.country_code == row["country"]]
        if not places:
            missing.append(f"{row['name']} ({row['country']})")
            continue
        found += 1
        admin1 += any(p.admin1 for p in places)
        admin2 += any(p.admin2 for p in places)
    n = len(rows)
    print(f"localities: {n}")
    print(f"found in their country: {found} ({found / n:.0%})")
    print(f"with admin1: {admin1} ({admin1 / n:.0%}); with admin2: {admin2} ({admin2 / n:.0%})")
    print(f"not found ({len(missing)}): " + ", ".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
