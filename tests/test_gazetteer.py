"""The gazetteer: lookup by id, search by name, and the disambiguation of shared names."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sahel_events import gazetteer

from .conftest import REPO


def test_lookup_gives_what_the_compile_stage_reads() -> None:
    gao = gazetteer.lookup("geonames:2457163")
    assert gao is not None
    assert (gao.id, gao.name, gao.country_code, gao.admin1) == (
        "geonames:2457163",
        "Gao",
        "ML",
        "Gao",
    )
    assert gao.latitude == pytest.approx(16.27167)
    assert gao.longitude == pytest.approx(-0.04472)
    # GeoNames gives Gao no admin2 code; the town is the seat of the cercle of Gao.
    assert gao.admin2 == "Gao"
    assert gao.population > 100_000
    assert gao.feature == "PPL"
    assert gazetteer.lookup(2457163) == gao


def test_lookup_of_unknown_or_malformed_ids() -> None:
    assert gazetteer.lookup("geonames:1") is None
    assert gazetteer.lookup("2457163") is None
    assert gazetteer.lookup("wikidata:Q1") is None


def test_countries_have_their_geonames_id_and_precision() -> None:
    mali = gazetteer.lookup("geonames:2453866")
    assert mali is not None and (mali.name, mali.feature, mali.precision) == (
        "Mali",
        "PCLI",
        "country",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tombouctou", "Timbuktu"),  # French alternate name
        ("TOMBOUCTOU", "Timbuktu"),  # case
        ("Menaka", "Ménaka"),  # accents
        ("Fada N’gourma", "Fada N'gourma"),  # typographic apostrophe
        ("États-Unis", "United States"),  # French country name
        ("Etats Unis", "United States"),
        ("le Burkina", "Burkina Faso"),  # article and short name
        ("Russie", "Russia"),
    ],
)
def test_search_ignores_case_accents_and_articles(name: str, expected: str) -> None:
    results = gazetteer.search(name)
    assert results, name
    assert results[0].name == expected


def test_ambiguous_name_lists_every_candidate_and_prefers_the_larger_sahel_town() -> None:
    # Gao is a regional capital in Mali and a town in Burkina Faso.
    candidates = gazetteer.search("Gao")
    assert {p.country_code for p in candidates} >= {"ML", "BF"}
    resolution = gazetteer.resolve("Gao")
    assert resolution is not None
    assert resolution.ambiguous
    assert resolution.place.country_code == "ML"
    assert resolution.criterion == "population"
    assert resolution.score < gazetteer.SCORES["unique"]


def test_the_dateline_country_settles_an_ambiguous_name() -> None:
    resolution = gazetteer.resolve("Gao", dateline_country="BF")
    assert resolution is not None
    assert (resolution.place.country_code, resolution.criterion) == ("BF", "dateline-country")


def test_a_country_named_in_the_article_settles_an_ambiguous_name() -> None:
    # Kati: a town near Bamako (Mali), and a village in Côte d'Ivoire.
    resolution = gazetteer.resolve("Kati", dateline_country="SN", context_countries={"CI"})
    assert resolution is not None
    assert (resolution.place.country_code, resolution.criterion) == ("CI", "context-country")
    plain = gazetteer.resolve("Kati")
    assert plain is not None
    assert (plain.place.country_code, plain.criterion) == ("ML", "sahel-core")


def test_a_country_beats_a_village_of_the_same_name() -> None:
    resolution = gazetteer.resolve("Mali")
    assert resolution is not None
    assert resolution.place.feature == "PCLI"
    assert resolution.criterion == "country"


def test_unique_name_has_the_top_score() -> None:
    # Ménaka is also a cercle and a region, both holding the town: still unique.
    resolution = gazetteer.resolve("Ménaka")
    assert resolution is not None
    assert not resolution.ambiguous
    assert resolution.score == gazetteer.SCORES["unique"]
    assert gazetteer.resolve("Atlantis-sur-Niger") is None


def test_scope_covers_the_sahel_and_neighbours() -> None:
    for name, code in [
        ("Niamey", "NE"),
        ("Ouagadougou", "BF"),
        ("Bamako", "ML"),
        ("Agadez", "NE"),
        ("Djibo", "BF"),
        ("Kidal", "ML"),
        ("Nouakchott", "MR"),
        ("Abuja", "NG"),
        ("Tamanrasset", "DZ"),
        ("N'Djamena", "TD"),
    ]:
        resolution = gazetteer.resolve(name)
        assert resolution is not None, name
        assert resolution.place.country_code == code


def test_sahel_towns_have_admin1_and_admin2() -> None:
    for name, admin1, admin2 in [
        ("Djibo", "Sahel", "Soum"),  # Burkina Faso: region, province
        ("Douentza", "Mopti", "Douentza"),  # Mali: region, cercle
        ("Ouallam", "Tillabéri", "Ouallam"),  # Niger: region, department
    ]:
        resolution = gazetteer.resolve(name)
        assert resolution is not None, name
        place = resolution.place
        assert (place.precision, place.admin1, place.admin2) == ("town", admin1, admin2)


@pytest.mark.parametrize(
    ("name", "precision", "country", "admin1"),
    [
        ("région de Mopti", "admin1", "ML", "Mopti"),
        ("Tillabéri region", "admin1", "NE", "Tillabéri"),
        ("cercle de Bankass", "admin2", "ML", "Mopti"),
        ("province du Soum", "admin2", "BF", "Sahel"),
        ("département de Banibangou", "admin2", "NE", "Tillabéri"),
        ("Banibangou", "admin2", "NE", "Tillabéri"),  # a department with no town listed
    ],
)
def test_administrative_units_by_their_qualified_names(
    name: str, precision: str, country: str, admin1: str
) -> None:
    resolution = gazetteer.resolve(name)
    assert resolution is not None, name
    place = resolution.place
    assert (place.precision, place.country_code, place.admin1) == (precision, country, admin1)
    assert place.coords is None  # an area, not a point


def test_a_town_beats_the_unit_named_after_it_and_is_not_ambiguous() -> None:
    # Tillabéri is a town, a department and a region: the bare name is the town, and the
    # units that hold it are no rivals.
    resolution = gazetteer.resolve("Tillabéri")
    assert resolution is not None
    assert (resolution.place.precision, resolution.place.country_code) == ("town", "NE")
    assert not resolution.ambiguous
    assert {p.feature for p in gazetteer.search("Tillabéri")} >= {"PPL", "ADM1", "ADM2"}


def test_a_generic_region_name_is_not_a_unit() -> None:
    # Burkina Faso's region "Sahel" is named only with its qualifier: "le Sahel" is the
    # wider area (a LOC region in pre-annotation), never the Burkinabè region.
    assert gazetteer.resolve("Sahel") is None
    assert gazetteer.resolve("Nord") is None
    sahel = gazetteer.resolve("région du Sahel")
    assert sahel is not None
    assert (sahel.place.country_code, sahel.place.precision) == ("BF", "admin1")


def test_pinned_places_replace_the_shipped_ones_inside_the_block_only() -> None:
    from dataclasses import replace

    bamako = gazetteer.lookup("geonames:2460596")
    assert bamako is not None and bamako.admin1 == "Bamako"
    with gazetteer.pinned([replace(bamako, admin1=None, admin2=None)]):
        then = gazetteer.lookup("geonames:2460596")
        assert then is not None and (then.admin1, then.admin2) == (None, None)
        assert gazetteer.lookup("geonames:2457163") == gazetteer.lookup(2457163)  # others
    assert gazetteer.lookup("geonames:2460596") == bamako


def test_importing_the_module_does_not_read_the_data() -> None:
    code = (
        "import sahel_events.gazetteer as g; "
        "assert g._places.cache_info().currsize == g._names.cache_info().currsize == 0; "
        "print('lazy')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "lazy"


def test_a_lookup_by_id_does_not_index_the_names() -> None:
    # A build looks places up by id only; the name index is made when a name is searched.
    code = (
        "import sahel_events.gazetteer as g; "
        "assert g.lookup('geonames:2457163').name == 'Gao'; "
        "assert g._names.cache_info().currsize == 0; "
        "assert [p.geonameid for p in g.search('Gao')][:1] == [2457163]; "
        "assert g._names.cache_info().currsize == 1; print('by id')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "by id"


def test_shipped_csv_is_what_the_build_script_generates() -> None:
    out = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_small_foreign_namesake_is_no_reading() -> None:
    # "Tori" is only an alternate name of Tori-Bossito (Benin): in a Malian article it is
    # a village the gazetteer does not know, not a town 1,000 km south.
    assert gazetteer.resolve("Tori", dateline_country="ML") is None
    # Named in the article, or with no dateline country to go by, Benin stays a reading.
    named = gazetteer.resolve("Tori", dateline_country="ML", context_countries={"BJ"})
    assert named is not None and named.place.country_code == "BJ"
    assert gazetteer.resolve("Tori") is not None
    # "Léré" (Mali, which the gazetteer lacks) is not the small town of Nigeria; a city
    # abroad is still read by any of its names ("Alger"), a Sahel town too ("Niamey").
    assert gazetteer.resolve("Léré", dateline_country="ML") is None
    algiers = gazetteer.resolve("Alger", dateline_country="ML")
    assert algiers is not None and algiers.place.country_code == "DZ"
    niamey = gazetteer.resolve("Niamey", dateline_country="ML")
    assert niamey is not None and niamey.place.country_code == "NE"
