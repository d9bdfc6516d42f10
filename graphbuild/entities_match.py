"""Matching evidence for entity resolution: mention items and candidate pairs.

Candidate pairs come from blocking keys (transliteration-key prefixes and suffixes of
surnames or whole names, gazetteer ids, acronyms), never from all pairs, and each carries
the human-readable evidence that justifies it.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA, Indel, Levenshtein

from .entities_gazetteer import lookup, state_abbreviation
from .entities_keys import (
    ParsedName,
    acronym,
    fold,
    is_acronym_form,
    numbers,
    part_similarity,
    skeleton,
    strong_edits,
    translit_key,
)
from .entities_words import two_words
from .kept_answers import kept
from .model import Mention

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from .entities_clusters import Clusters


GROUPS = {
    "PERSON": "PERSON",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "ORG": "ORG",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "PRODUCT",
    "WORK_OF_ART": "WORK_OF_ART",
    "LAW": "LAW",
}

SURNAME_MIN_SIMILARITY = 0.78  # surname parts of two full person names
FIRST_NAME_MIN_SIMILARITY = 0.8
SHORT_KEY_LENGTH = 4  # name parts this short must match exactly (on the transliteration key)
CONFLICT_SURNAME_SIMILARITY = 0.6  # below this, two persons in one cluster are a conflict
WHOLE_NAME_MIN_SIMILARITY = 0.9  # non-person names compared as a whole
WHOLE_NAME_MIN_LENGTH = 6
LONG_WORD = 10  # single words this long may differ by two edits, shorter ones by one
TOKEN_MIN_SIMILARITY = 0.85  # every differing word of two multi-word names
#: Blocks larger than this are compared as a sorted neighbourhood of this width, not all pairs.
MAX_BLOCK = 50
#: Two spellings of one surname differ by at most this many consonant edits (see :func:`strong_edits`).
MAX_STRONG_EDITS = 1
#: ... and by none where the shorter is shorter than this (on the transliteration key): a consonant
#: more or changed makes a short surname another ("McCaul" / "McFaul", "Baker" / "Barker", "Murphy" /
#: "Murray"), where a long one takes it as a typo ("Baldrige" / "Baldridge", "Zaluzhny" / "Zalyzhby").
TYPO_MIN_LENGTH = 7


def group_of(label: str) -> str:
    """The compatibility group of an NER label (GPE, LOC and FAC are all places)."""
    return GROUPS.get(label, label)


@dataclass(frozen=True)
class NameItem:
    """One mention with its parsed name; ``key`` is the folded name without title."""

    mention: Mention
    parsed: ParsedName
    key: str
    label: str
    is_full_person: bool  # a PERSON mention with first and last name

    @classmethod
    def of(cls, mention: Mention, parsed: ParsedName) -> NameItem:
        full = mention.label == "PERSON" and len(parsed.tokens) >= 2
        return cls(mention, parsed, " ".join(parsed.tokens), mention.label, full)


def first_names_compatible(a: str, b: str) -> bool:
    """Equal on the transliteration key, an initial of the other, or a close spelling, but not a
    name and its feminine form in "-a" ("Robert" / "Roberta", "Mario" / "Maria", "Ivan" / "Ivana";
    "Hanna" / "Hannah" is one name, and "Sandy" a pet name of "Sandra"), nor two established names a
    consonant apart ("Donald" / "Ronald", "Ivana" / "Ivanka"; see :func:`_two_first_names`).

    >>> first_names_compatible("Sergei", "Sergey"), first_names_compatible("Daniel", "Danial")
    (True, True)
    >>> first_names_compatible("Daniel", "Daniela"), first_names_compatible("Mario", "Maria")
    (False, False)
    >>> first_names_compatible("Sandy", "Sandra"), first_names_compatible("Hanna", "Hannah")
    (True, True)
    >>> first_names_compatible("Donald", "Ronald"), first_names_compatible("Kirsten", "Kristen")
    (False, True)
    """
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if min(len(a), len(b)) <= SHORT_KEY_LENGTH or _feminine_form(ka, kb) or _feminine_form(kb, ka):
        return False
    return part_similarity(a, b) >= FIRST_NAME_MIN_SIMILARITY and not _two_first_names(a, b, ka, kb)


def _two_first_names(a: str, b: str, ka: str, kb: str) -> bool:
    """Whether two close first names are two names, not spellings of one: a consonant added, dropped
    or changed (on the transliteration keys, as :func:`strong_edits` counts it) where both are
    established words (:func:`two_words`: "Ivana" / "Ivanka", "Marco" / "Mario", "Bernie" /
    "Bennie"). Variants differ in vowels and kindred letters ("Stephen" / "Steven", "Catherine" /
    "Katherine", "Mohammed" / "Mohammad"), a typo is rarely an established word ("Christoper"),
    letters swapped keep their letters ("Kirsten" / "Kristen", which writers confuse), and a pet
    or short name in "-y", "-ie" or "-e" is its full name's ("Sandy" / "Sandra", "Danny" / "Daniel",
    "Cindy" / "Cynthia", "Steve" / "Stephen"; so "Patty" stays compatible with "Patrick" too:
    letters cannot tell).
    """
    if sorted(ka) == sorted(kb) or _pet_name(ka, kb) or _pet_name(kb, ka) or not strong_edits(ka, kb):
        return False
    return two_words(a.lower(), b.lower())


def _pet_name(key: str, other: str) -> bool:
    """Whether the first name ``key`` is a pet or short form of ``other``: its "-y", "-ie" or "-e"
    (key "-i", "-e") on a stem that ``other`` begins with, kindred letters allowed ("sandi" /
    "sandra", "cindi" / "cintia", "steve" / "stefen")."""
    stem = key[:-1]
    return key.endswith(("i", "e")) and len(other) > len(stem) and not strong_edits(stem, other[: len(stem)])


def _feminine_form(key: str, other: str) -> bool:
    """Whether the first name ``key`` ends in "-a" ("-ah") and ``other`` does not, nor in the "-y"
    or "-ie" of a pet name ("Sandy" of "Sandra")."""
    return key.removesuffix("h").endswith("a") and not other.removesuffix("h").endswith(("a", "i"))


def candidate_pairs(
    cl: Clusters, types: dict[int, str], *, acronyms: bool = False
) -> list[tuple[float, str, int, int, str]]:
    """Step 3 candidates from blocking keys: (score, sort key, item a, item b, evidence).

    With ``acronyms`` only acronym pairs ("NATO" / "North Atlantic Treaty Organization", when
    exactly one entity has those initials), otherwise spelling and gazetteer pairs.
    """
    forms: dict[tuple[str, int], int] = {}
    roots = cl.roots()  # no union happens while candidates are collected: roots are fixed here
    own: dict[int, set[str]] = defaultdict(set)  # per cluster, keys tagged as of the cluster's kind
    for i, it in enumerate(cl.items):
        forms.setdefault((it.key, roots[i]), i)
        if group_of(it.label) == group_of(types[roots[i]]):
            own[roots[i]].add(it.key)
    surf: dict[str, str] = {}
    for (key, _), i in forms.items():
        surf.setdefault(key, cl.items[i].parsed.name)
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    places: dict[int, list[int]] = defaultdict(list)
    acr_short: dict[tuple[str, str], list[int]] = defaultdict(list)
    acr_long: dict[tuple[str, str], list[int]] = defaultdict(list)
    for (key, root), i in sorted(forms.items()):
        it = cl.items[i]
        group = group_of(types[root])
        toks = it.parsed.tokens
        if group == "PERSON":
            if len(toks) < 2 or acronyms:
                continue
            fk, lk = translit_key(toks[0]), translit_key(toks[-1])
            blocks[("P", fk[:1], lk[:2])].append(i)
            blocks[("P", fk[:1], lk[-3:])].append(i)
            blocks[("P", fk[:1], "~" + skeleton(toks[-1]))].append(i)  # phonetic key of the surname
            continue
        if len(toks) == 1 and own[root] and key not in own[root]:
            continue  # one word only tagged as another kind ("Teleco", a "person", of "Teleco USA Inc")
        if not acronyms:  # each pass builds only the blocks it reads
            whole = translit_key(key.replace(" ", ""))
            # names of similar length sharing their first or last four letters
            for size in {len(whole) // 4, (len(whole) + 2) // 4}:
                blocks[(group, whole[:4], str(size))].append(i)
                blocks[(group, "$" + whole[-4:], str(size))].append(i)
            if group == "PLACE":
                # a place written "Pa." is Pennsylvania, whatever else the letters "pa" name
                abbreviated = state_abbreviation(key)
                place = abbreviated[0] if abbreviated else lookup(key)
                if place is not None:
                    places[place.geonameid].append(i)
            continue
        name = it.parsed.name
        if _is_acronym_form(name) and not state_abbreviation(key):  # "R.I." is a state, not initials
            acr_short[(group, fold(name).replace(" ", ""))].append(i)
        elif len(toks) >= 2:
            initials = _acronym(name)
            if len(initials) >= 2:
                acr_long[(group, initials)].append(i)
    out: list[tuple[float, str, int, int, str]] = []
    seen: set[tuple[int, int]] = set()

    def add(score: float, a: int, b: int, why: str) -> None:
        ka, kb = cl.items[a].key, cl.items[b].key
        if ka > kb:
            a, b, ka, kb = b, a, kb, ka
        if (a, b) in seen:
            return
        seen.add((a, b))
        out.append((score, f"{ka}\x1f{kb}", a, b, why))

    if acronyms:
        for akey, shorts in sorted(acr_short.items()):
            longs = acr_long.get(akey, [])
            if len({cl.find(i) for i in longs}) == 1:
                for s in shorts:
                    why = f"'{cl.items[s].parsed.name}' is the acronym of '{cl.items[longs[0]].parsed.name}' (the only such name)"
                    add(0.9, s, longs[0], why)
        out.sort(key=lambda c: (-c[0], c[1]))
        return out
    # No union happens while candidates are collected: every item's root and key are fixed here.
    items = cl.items
    root_of = roots
    # blocks hold one item per (key, cluster): the per-item facts the pair loop reads, for those
    key_of = {i: items[i].key for i in forms.values()}
    # what _whole_match compares first: pairs differing here are never candidates
    shape_of = {i: (len(items[i].parsed.tokens), numbers(items[i].key)) for i in forms.values()}
    whole_of = {i: _whole_key(items[i].key) for i in forms.values()}
    for block_key, members in blocks.items():
        if len(members) > MAX_BLOCK:
            log.debug("blocking key %r holds %d names; compared only to neighbours", block_key, len(members))
            members = sorted(members, key=key_of.__getitem__)
        if len(members) < 2:
            continue
        persons = block_key[0] == "P"
        for x in range(len(members)):
            a = members[x]
            root_a, key_a, shape_a = root_of[a], key_of[a], shape_of[a]
            for b in members[x + 1 : x + 1 + MAX_BLOCK]:
                if root_of[b] == root_a or key_of[b] == key_a:
                    continue  # equal names in two clusters were kept apart on purpose (step 1)
                if persons:
                    scored = _person_match(items[a], items[b])
                elif shape_of[b] != shape_a or _never_whole_match(whole_of[a], whole_of[b], shape_a[0] == 1):
                    continue
                else:
                    scored = _whole_match(items[a], items[b])
                if scored is not None:
                    add(scored[0], a, b, scored[1])
    for gid, members in places.items():
        for b in members[1:]:
            a = members[0]
            if cl.find(a) != cl.find(b):
                ka, kb = cl.items[a].key, cl.items[b].key
                if state_abbreviation(ka) or state_abbreviation(kb):
                    short, full = (ka, kb) if state_abbreviation(ka) else (kb, ka)
                    why = f"'{surf[short]}' abbreviates '{surf[full]}', a US state (geonames {gid})"
                else:
                    why = f"'{surf[ka]}' and '{surf[kb]}' name one place in the gazetteer (geonames {gid})"
                add(0.95, a, b, why)
    out.sort(key=lambda c: (-c[0], c[1]))
    return out


def _person_match(a: NameItem, b: NameItem) -> tuple[float, str] | None:
    fa, la = a.parsed.tokens[0], a.parsed.tokens[-1]
    fb, lb = b.parsed.tokens[0], b.parsed.tokens[-1]
    if numbers(a.key) != numbers(b.key) or not first_names_compatible(fa, fb):
        return None
    lka, lkb = translit_key(la), translit_key(lb)
    if min(len(lka), len(lkb)) <= SHORT_KEY_LENGTH and lka != lkb:
        return None
    s_last = part_similarity(la, lb)
    strong = strong_edits(lka, lkb) if lka != lkb else 0
    if s_last < SURNAME_MIN_SIMILARITY or strong > MAX_STRONG_EDITS:
        return None  # "John McAfee" is not "John McCain"
    if strong and (min(len(lka), len(lkb)) < TYPO_MIN_LENGTH or two_words(la, lb)):
        return None  # "Michael McCaul" is not "Michael McFaul", nor "David Johnston" "David Johnson"
    fka, fkb = translit_key(fa), translit_key(fb)
    if lka != lkb and fka != fkb and min(len(fa), len(fb)) > 1 and strong_edits(fka, fkb) + strong:
        return None  # both names differ, one by a consonant: "Lanny Davis" is not "Larry David"
    s_first = 1.0 if fka == fkb else part_similarity(fa, fb)
    if fa == fb:
        how = "first name equal"
    elif min(len(fa), len(fb)) == 1:
        how = "first name initial"
    else:
        how = f"first name {translit_key(fa)}~{translit_key(fb)}"
    if len(fa) == 1 or len(fb) == 1:
        s_first = 0.9
    score = 0.35 * s_first + 0.65 * s_last
    if la == lb:
        surname = "surname equal"
    elif lka == lkb:
        surname = f"translit key {lka}"
    else:
        surname = f"translit keys {lka}~{lkb} {s_last:.2f}"
    return score, f"alias '{a.parsed.name}' ~ '{b.parsed.name}' ({surname}, {how})"


# acronym forms of names, once per distinct name (entities_keys stays as it is: its source is part
# of the gazetteer index's cache key, and a change there would rebuild the index)
_acronym = lru_cache(maxsize=65536)(kept("acronym")(acronym))
_is_acronym_form = lru_cache(maxsize=65536)(
    kept("acronym_form", valid=lambda v: type(v) is bool)(is_acronym_form)
)


def _whole_key(key: str) -> tuple[str, int | None]:
    """What :func:`_never_whole_match` reads of a name: its transliteration key and place id."""
    place = lookup(key)
    return translit_key(key.replace(" ", "")), (place.geonameid if place is not None else None)


def _never_whole_match(a: tuple[str, int | None], b: tuple[str, int | None], one_word: bool) -> bool:
    """True only when :func:`_whole_match` must refuse the pair (of one shape), decided cheaply.

    Each test is one of _whole_match's own refusals; with different keys the similarity of
    the two, the mean of Jaro-Winkler (at most 1) and Indel (at most 2 * shorter / total
    length), stays below WHOLE_NAME_MIN_SIMILARITY whenever Indel alone is below
    2 * WHOLE_NAME_MIN_SIMILARITY - 1.
    """
    (wa, pa), (wb, pb) = a, b
    if pa is not None and pb is not None and pa != pb:
        return True
    if wa == wb:
        return False
    short, long_ = sorted((len(wa), len(wb)))
    if short < WHOLE_NAME_MIN_LENGTH:
        return True
    if one_word:
        limit = _edit_limit(wa, wb)
        if Levenshtein.distance(wa, wb, score_cutoff=limit) > limit:
            return True
    floor = 2 * WHOLE_NAME_MIN_SIMILARITY - 1
    if 2 * short < floor * (short + long_):
        return True
    return bool(Indel.normalized_similarity(wa, wb) < floor)


#: Words of a compass point: names differing in one are two places ("Northwest" / "Northeast Passage").
_COMPASS = re.compile(r"(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central")


def _distinct_words(a: str, b: str) -> bool:
    """Two spellings that are two different words a name may differ in: compass points, or two
    places the gazetteer knows apart."""
    fa, fb = fold(a), fold(b)
    if _COMPASS.fullmatch(fa) and _COMPASS.fullmatch(fb):
        return True
    pa, pb = lookup(fa), lookup(fb)
    return pa is not None and pb is not None and pa.geonameid != pb.geonameid


def _edit_limit(a: str, b: str) -> int:
    """Edits two spellings of one word may differ by: one, two from :data:`LONG_WORD` letters."""
    return 1 if min(len(a), len(b)) < LONG_WORD else 2


def _too_far(ka: str, kb: str) -> bool:
    """Whether two words of a longer name (or their transliteration keys) differ by more than a
    typo or a spelling variant (:func:`_edit_limit`), two letters swapped counting as one edit.

    >>> _too_far("kaeda", "kaida"), _too_far("afrcian", "african"), _too_far("valero", "valker")
    (False, False, True)
    """
    limit = _edit_limit(ka, kb)
    return OSA.distance(ka, kb, score_cutoff=limit + 1) > limit


def _whole_match(a: NameItem, b: NameItem) -> tuple[float, str] | None:
    if len(a.parsed.tokens) != len(b.parsed.tokens) or numbers(a.key) != numbers(b.key):
        return None
    pa, pb = lookup(a.key), lookup(b.key)
    if pa is not None and pb is not None and pa.geonameid != pb.geonameid:
        return None  # two different known places ("Austria", "Australia")
    wa, wb = translit_key(a.key.replace(" ", "")), translit_key(b.key.replace(" ", ""))
    if (pa is None) != (pb is None) and strong_edits(wa, wb) > MAX_STRONG_EDITS:
        return (
            None  # a known place misspelt differs in one consonant at most: "El Salado" is not "El Salvador"
        )
    if wa == wb:
        if min(len(wa), len(wb)) <= SHORT_KEY_LENGTH:
            return None  # short names need exact matches (the folded names differ here)
        return 0.97, f"alias '{a.parsed.name}' ~ '{b.parsed.name}' (translit key {wa})"
    if min(len(wa), len(wb)) < WHOLE_NAME_MIN_LENGTH:
        return None
    if len(a.parsed.tokens) == 1 and Levenshtein.distance(wa, wb) > _edit_limit(wa, wb):
        return None  # one word: a typo or spelling variant, not "Australian" / "Austrian"
    if len(a.parsed.tokens) == 1 and strong_edits(wa, wb) and two_words(a.key, b.key):
        return None  # two words a consonant apart: "Telegram" is not "Telegraph" (in a longer name,
        # such words are often one's forms: "Statistical" / "Statistics Office")
    s = part_similarity(a.key.replace(" ", ""), b.key.replace(" ", ""))
    if s < WHOLE_NAME_MIN_SIMILARITY:
        return None
    for ta, tb in zip(a.parsed.tokens, b.parsed.tokens, strict=True):
        if ta != tb and part_similarity(ta, tb) < TOKEN_MIN_SIMILARITY:
            return None  # "China Eastern Airlines" is not "China Southern Airlines"
        if ta != tb and _too_far(ta, tb) and _too_far(translit_key(ta), translit_key(tb)):
            return None  # each differing word as one word is: "Valero Energy" is not "Walker Energy"
        if ta != tb and _distinct_words(ta, tb):
            return None  # "Eastern Europe" / "Western Europe", "Omsk in Siberia" / "Tomsk in Siberia"
    return s, f"alias '{a.parsed.name}' ~ '{b.parsed.name}' (translit keys {wa}~{wb} {s:.2f})"
