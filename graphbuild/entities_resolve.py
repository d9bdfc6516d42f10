"""Entity resolution: mentions in, one Entity per real-world actor out.

The steps, each recording human-readable evidence for every merge it makes:

1. within a document, a surname, honorific or title form ("Stoltenberg", "Mr. Stoltenberg",
   "Gen. Zaluzhny") links to the full person name it shortens (nearest preceding one), and a
   first name written alone ("Bernie") to the only person the document names in full with it,
   where the build uses the word as a first name more than as a surname;
2. identical folded names (case, diacritics, punctuation ignored) are one entity;
3. across documents, candidate pairs found through blocking keys (never all pairs) merge on
   transliteration-aware evidence: person names part by part (first name compatible AND surname
   similar), other names as a whole, places through the gazetteer, acronyms through initials;
   guards keep different people apart (a shared first name never suffices, short names
   need exact keys, no cluster may hold two persons with incompatible first names);
4. a bare surname seen in no document with its full name joins the only person with that surname;
5. user overrides (force_merge) apply last; never_merge pairs are guarded throughout.

Types are voted over all mentions of an entity and repaired with the gazetteer.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .entities_clusters import Clusters, person_of
from .entities_documents import (
    _MENTION_ORDER,
    PreparedDocument,
    first_name_use,
    hyphened_key,
    link_target,
    prepare_document,
)
from .entities_gazetteer import STATE_ABBREVIATION_KEYS, lookup
from .entities_keys import HONORIFICS, PLACE_LABELS, fold, parse_name, part_similarity, translit_key
from .entities_match import (
    NameItem,
    candidate_pairs,
    group_of,
)
from .entities_overrides import Overrides
from .entities_persons import initials_within, written_suffix
from .entities_vote import LABEL_PRIORITY, cluster_type, surface_form
from .model import Entity, Mention, content_hash

#: Types whose name is written in capitals only by a dateline or headline, never by choice.
CASED_TYPES = frozenset(("PERSON", "GPE", "LOC", "FAC"))

__all__ = ["Clusters", "resolve_mentions", "resolve_prepared"]

log = logging.getLogger(__name__)

#: Share of in-document links a short form needs to one entity before it joins it elsewhere.
SHORT_FORM_MAJORITY = 0.75
#: A short form whose long name adds a place ("Congress" / "Congress of the Philippines") joins it
#: only when standing alone it is in at most this many times as many documents as link it so.
SHORT_FORM_MAX_RATIO = 3


def _link_within_documents(
    cl: Clusters, prepared: Sequence[tuple[str, int, PreparedDocument]]
) -> tuple[set[int], dict[str, list[tuple[int, str]]]]:
    """Step 1: short forms -> the full name they shorten, in the same document (see
    :func:`~graphbuild.entities_documents.document_options` and
    :func:`~graphbuild.entities_documents.link_target`), merged under the guards.

    ``prepared``: per document, its id, the index of its first item in ``cl.items`` and its
    prepared link options. Returns the linked items and, per short key, each link it made: the
    target item and the document.
    """
    found = [
        (
            doc_id,
            [
                (
                    i + at,
                    (person[0] + at, person[1]) if person else None,
                    tuple(j + at for j in shortened),
                )
                for i, person, shortened in p.options
            ],
        )
        for doc_id, at, p in prepared
    ]
    links: dict[str, list[tuple[int, str]]] = defaultdict(list)
    linked: set[int] = set()
    first_name = first_name_use(cl.items)
    for doc_id, options in found:
        for option in options:
            j = link_target(cl, option, first_name)
            if j is None:
                continue
            i = option[0]
            target = cl.items[j]
            why = f"'{cl.items[i].mention.text}' -> '{target.parsed.name}' (shortened form in {doc_id})"
            if cl.union(i, j, why):
                links[cl.items[i].key].append((j, doc_id))
                linked.add(i)
    return linked, links


def _types(cl: Clusters) -> dict[int, str]:
    return cl.types()


def _attach_surnames(cl: Clusters) -> None:
    """Step 4: a bare surname cluster joins the only full-name person with that surname."""
    groups = cl.groups()
    types = cl.types()
    by_surname: dict[str, set[int]] = defaultdict(set)
    as_surname: Counter[str] = Counter()
    as_first_name: Counter[str] = Counter()
    for root, members in groups.items():
        if types[root] != "PERSON":
            continue
        for i in members:
            it = cl.items[i]
            if it.is_full_person:
                for surname in (translit_key(it.parsed.tokens[-1]), hyphened_key(it)):
                    if surname is not None:  # "Harsono-Lim" too, of "Budi Harsono-Lim"
                        by_surname[surname].add(root)
                        as_surname[surname] += 1
                as_first_name[translit_key(it.parsed.tokens[0])] += 1
    for root, members in sorted(groups.items(), key=lambda g: cl.items[g[0]].key):
        first = cl.items[members[0]].parsed.tokens
        compound = hyphened_key(cl.items[members[0]], alone=True) if len(first) > 1 else None
        if len(first) != 1 and compound is None:
            continue
        # the cheap tests first (they are pure: the order of the tests changes nothing)
        word = compound or translit_key(first[0])
        targets = by_surname.get(word, set())
        if len(targets) != 1 or as_first_name[word] >= as_surname[word]:
            continue  # ambiguous, or mostly a first name here ("John" is not "Seth John")
        its = [cl.items[i] for i in members]
        if any(it.key != its[0].key if compound else len(it.parsed.tokens) != 1 for it in its):
            continue  # a name of more words, or another compound
        person_votes = sum(1 for it in its if it.label == "PERSON" or it.parsed.honorific)
        place_votes = sum(1 for it in its if it.label in PLACE_LABELS)
        # a bare "Obama" labelled PERSON may join Barack Obama; "Washington" the place may not; a lone
        # hyphened surname, often tagged ORG ("Harsono-Lim said"), joins the one person named in full with it
        if (
            types[root] != "PERSON"
            and (person_votes == 0 or person_votes < place_votes)
            and (compound is None or place_votes)
        ):
            continue
        target = next(iter(targets))
        name = surface_form([cl.items[i] for i in groups[target]], _main_full_key(cl, groups[target]))
        cl.union(
            root, target, f"'{its[0].parsed.name}' -> '{name}' (surname; the only person with that surname)"
        )


#: A short form's mentions join what it shortens elsewhere, of another kind than they vote, when the
#: tagger gave that kind to this share of them and their documents elsewhere link the short form to it
#: this many times as often as they stand alone (a surname tagged a person five times in twelve).
SHORT_FORM_KIND_SHARE = 1 / 3
SHORT_FORM_KIND_LINKS = 10


def _of_its_kind_after_all(cl: Clusters, root: int, kind: str, links: int, size: int) -> bool:
    """Whether a short form's cluster, voted another kind than ``kind`` by the tagger's labels alone,
    is of ``kind`` after all: "Sanders" alone, tagged an organisation six times in twelve and a person
    five, where 1,545 mentions elsewhere link "Sanders" to the senator. Not where the vote was
    repaired (by a place name: "Kim" is a town somewhere, and that Kim is not the one its documents
    shorten; by a legal form, a media word or how the text uses the name), nor on a few links
    ("Jordan" the country, though one document shortens Jim Jordan so)."""
    forms = cl.forms[root]
    group = group_of(kind)
    tagged = sum(n for (_, label), n in forms.items() if group_of(label) == group)
    return (
        cl.vote(root)[1] is None
        and tagged >= SHORT_FORM_KIND_SHARE * sum(forms.values())
        and links >= SHORT_FORM_KIND_LINKS * size
    )


def _attach_short_forms(cl: Clusters, links: dict[str, list[tuple[int, str]]]) -> None:
    """Step 4b: a short form never linked in its own documents joins what it shortens elsewhere.

    "Ford" alone in one article joins "Ford Motor Company" when, in the articles that have
    both, "Ford" was linked to that entity at least SHORT_FORM_MAJORITY of the time. When the long
    name adds a place ("Congress of the Philippines"), the articles linking it must also not be far
    outnumbered by those with the short form alone (SHORT_FORM_MAX_RATIO): every country has a
    Congress, and the one of many articles is their own.
    """
    groups = cl.groups()
    types = cl.types()
    for root, members in sorted(groups.items(), key=lambda g: cl.items[g[0]].key):
        keys = {cl.items[i].key for i in members}
        key = max(keys, key=lambda k: (len(k), k))
        if key not in links:
            continue  # never linked anywhere: no votes (the tests below are pure; this one is cheap)
        if _son_or_father(cl, members):
            continue  # "Donald Jr." is no short form of the Donald Trump "Donald" names
        if cl.find(root) != root or not all(
            _first_word_tagged_otherwise(cl, types[root], k, key, members) for k in keys
        ):
            continue
        votes: Counter[int] = Counter()
        voters: dict[int, set[str]] = defaultdict(set)
        for j, doc_id in links.get(key, ()):
            votes[cl.find(j)] += 1
            voters[cl.find(j)].add(doc_id)
        votes.pop(cl.find(root), None)
        for r in list(votes):  # "Washington" the place does not join Ms. Washington
            if group_of(types.get(r, "")) != group_of(types[root]) and not _of_its_kind_after_all(
                cl, root, types[r], votes[r], len(members)
            ):
                del votes[r]
        if not votes:
            continue
        target, n = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
        if n / sum(votes.values()) < SHORT_FORM_MAJORITY:
            continue
        forms = cl.forms[target]
        longest = max(forms, key=lambda f: (len(f[0].split()), forms[f], f))[0]
        alone = len({cl.items[i].mention.doc_id for i in members})
        if alone > SHORT_FORM_MAX_RATIO * len(voters[target]) and _place_qualified(longest, key):
            continue  # "Congress" alone in twenty articles is not the "Congress of the Philippines" of one
        name = surface_form([cl.items[i] for i in groups.get(target, [target])], longest)
        docs = sum(votes.values())
        cl.union(
            root,
            target,
            f"'{cl.items[root].parsed.name}' -> '{name}' (its short form in {docs} other mention(s))",
        )


def _first_word_tagged_otherwise(cl: Clusters, etype: str, k: str, key: str, members: Sequence[int]) -> bool:
    """Whether ``k``, a key of a cluster of type ``etype`` whose name is ``key``, leaves it one name: it
    is that key, or the bare first word of it the tagger labelled only as another kind ("Nippon", a
    "person", of "Nippon Life"), which its documents linked to it as a firm's short form."""
    if k == key:
        return True
    if " " in k or not key.startswith(k + " "):
        return False
    return all(group_of(cl.items[i].label) != group_of(etype) for i in members if cl.items[i].key == k)


def _place_qualified(long_key: str, short_key: str) -> bool:
    """Whether the words a long name adds to its short form name a place ("Congress of the
    Philippines", "Iowa Democratic Party"): one of the institutions of that name, one per place.

    >>> _place_qualified("congress of the philippines", "congress"), _place_qualified("ford motor company", "ford")
    (True, False)
    >>> _place_qualified("kidder peabody", "kidder")
    False
    """
    short = set(short_key.split())
    rest = [w for w in long_key.split() if w not in short and w not in _QUALIFIER_GLUE]
    place = lookup(" ".join(rest)) if rest else None
    return place is not None and place.strong  # not a town that is also a name ("Kidder Peabody")


_QUALIFIER_GLUE = frozenset(("of", "the", "for", "in"))


def _main_full_key(cl: Clusters, members: Sequence[int]) -> str:
    keys = Counter(cl.items[i].key for i in members if cl.items[i].is_full_person)
    if not keys:
        keys = Counter(cl.items[i].key for i in members)
    return max(keys, key=lambda k: (keys[k], k))


def _force_merges(cl: Clusters, overrides: Overrides) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(cl.items):
        by_key[it.key].append(i)
        by_key.setdefault(fold(it.mention.text), []).append(i)
    for group in overrides.force_merge:
        hits = [
            by_key[k][0] for k in (" ".join(parse_name(n, "PERSON").tokens) for n in group) if by_key.get(k)
        ]
        hits += [by_key[fold(n)][0] for n in group if by_key.get(fold(n))]
        hits = sorted(set(hits))
        for b in hits[1:]:
            cl.union(
                hits[0], b, "override force_merge [" + ", ".join(repr(n) for n in group) + "]", guarded=False
            )


#: A longer name written at least this share as often as an organisation's one-word key names it
#: ("Bank of England" beside "the Bank"); a rare longer form ("Reuters Holdings") does not.
LONGER_NAME_SHARE = 0.2


def _shortened_keys(keys: Counter[str]) -> frozenset[str]:
    """One-word keys that are the first or last word of a longer key of the cluster written often
    enough (:data:`LONGER_NAME_SHARE`): "bank" beside "bank of england", and the founder's surname
    a company named after them is shortened to ("hall" beside "frank b hall", of "Frank B. Hall and
    Co Inc")."""
    out = set()
    for k, n in keys.items():
        if " " in k:
            continue
        longer = sum(m for k2, m in keys.items() if k2.startswith(k + " ") or k2.endswith(" " + k))
        if longer and longer >= LONGER_NAME_SHARE * n:
            out.add(k)
    return frozenset(out)


def _canonical(items: Sequence[NameItem], etype: str, preferred: dict[str, str]) -> str:
    cased = etype in CASED_TYPES
    if not preferred and all(it.key == items[0].key for it in items):
        # one spelling: what the ranking below would pick
        return surface_form(items, items[0].key, cased=cased)
    keys = Counter(it.key for it in items)
    if preferred:
        for k in sorted(keys):
            if k in preferred:
                return preferred[k]
        for text in sorted({fold(it.mention.text) for it in items}):
            if text in preferred:
                return preferred[text]
    support = Counter(keys)
    # a bare surname, one word or hyphened ("harsono lim" of "budi harsono lim"), supports the full
    # forms ending in it
    bare = {k for k in keys if any(k2.endswith(" " + k) for k2 in keys)} if etype == "PERSON" else set()
    for k in keys:
        for surname in bare:
            if k.endswith(" " + surname):
                support[k] += keys[surname]

    shortened = _shortened_keys(keys) if etype == "ORG" else frozenset()

    def first_rank(k: str) -> tuple[bool, int]:
        # persons: a first+last form beats a bare surname however frequent; others: a written-out
        # name beats a state's abbreviation ("Pennsylvania", not "Pa.") or an organisation's first
        # word ("Bank of England", not "Bank"), then frequency
        if etype == "PERSON":
            return (" " in k and k not in bare, support[k])
        return (k not in STATE_ABBREVIATION_KEYS and k not in shortened, support[k])

    top = max(first_rank(k) for k in keys)
    tied = [k for k in keys if first_rank(k) == top]
    if len(tied) > 1:
        # then the spelling closest to all the others, then the longer, then alphabetical
        def centrality(k: str) -> float:
            return round(sum(part_similarity(k, k2) * n for k2, n in keys.items() if k2 != k), 6)

        tied.sort(key=lambda k: (-centrality(k), -len(k), k))
    return surface_form(items, tied[0], cased=cased)


def resolve_mentions(mentions: Iterable[Mention], overrides: Overrides | None = None) -> list[Entity]:
    """Cluster mentions into entities (see the module docstring); output sorted by entity id."""
    unique = sorted(dict.fromkeys(mentions), key=_MENTION_ORDER)
    documents: dict[str, list[Mention]] = {}
    for m in unique:
        documents.setdefault(m.doc_id, []).append(m)
    return resolve_prepared([prepare_document(ms) for ms in documents.values()], overrides)


def resolve_prepared(
    documents: Sequence[PreparedDocument], overrides: Overrides | None = None
) -> list[Entity]:
    """:func:`resolve_mentions` from each document's prepared items and links (see
    :func:`~graphbuild.entities_documents.prepare_document`), ``documents`` sorted by document id,
    one entry per document id: what the global step does once the per-document stage prepared them."""
    overrides = overrides or Overrides()
    items: list[NameItem] = []
    prepared: list[tuple[str, int, PreparedDocument]] = []
    for p in documents:
        if p.items:
            prepared.append((p.items[0].mention.doc_id, len(items), p))
            items.extend(p.items)
    cl = Clusters(items, overrides.never_pairs(), _named_apart(items))
    linked, links = _link_within_documents(cl, prepared)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if i not in linked:
            by_key[it.key].append(i)
    for key, idxs in by_key.items():
        if len(idxs) == 1:
            continue
        docs = {items[i].mention.doc_id for i in idxs}
        by_suffix = _by_suffix(items, idxs)
        for group in by_suffix.values():
            for j in group[1:]:
                cl.union(group[0], j, guarded=False)
        if len(by_suffix) > 1:
            _join_suffixed(cl, by_suffix)
        if len(docs) > 1:
            shown = surface_form([items[i] for i in idxs], key)
            cl.evidence.append((idxs[0], f"name '{shown}' in {len(docs)} documents"))
    for acronyms in (False, True):  # acronyms once spelling variants have merged
        for _, _, a, b, why in candidate_pairs(cl, _types(cl), acronyms=acronyms):
            cl.union(a, b, why)
    _attach_surnames(cl)
    _attach_short_forms(cl, links)
    if overrides.force_merge:
        _force_merges(cl, overrides)
    return _build_entities(cl, overrides)


def _son_or_father(cl: Clusters, members: Sequence[int]) -> bool:
    """Whether a cluster is a first name written with "Jr." or "Sr." ("Donald Jr."; see :func:`_by_suffix`)."""
    return bool(_jr_or_sr(cl.items[members[0]]))


def _jr_or_sr(it: NameItem) -> str:
    """The "jr" or "sr" written after a one-word name ("Donald Jr."), else ""."""
    s = written_suffix(it.parsed.name) if len(it.parsed.tokens) == 1 else ""
    return s if s in ("jr", "sr") else ""


def _by_suffix(items: Sequence[NameItem], idxs: Sequence[int]) -> dict[str, list[int]]:
    """Items of one name grouped by the generational suffix written after it ("Jr."), in order. A first
    name written with "Jr." or "Sr." ("Donald Jr.", "Fred Sr.") is its own group: the son or the father
    of the person the bare first name may be; a regnal number is a monarch's ("Elizabeth II")."""
    out: dict[str, list[int]] = {}
    for i in idxs:
        it = items[i]
        if it.is_full_person:
            suffix = person_of(it)[4]
        else:
            s = _jr_or_sr(it)
            suffix = "~" + s if s else ""
        out.setdefault(suffix, []).append(i)
    return out


def _join_suffixed(cl: Clusters, by_suffix: dict[str, list[int]]) -> None:
    """One name written with one generational suffix and without: one person, unless a document names
    both (:func:`_named_apart`; the guard of :class:`Clusters` reads it) or two suffixes are written."""
    plain = by_suffix.get("")
    suffixed = [s for s in by_suffix if s]
    if plain is None or len(suffixed) != 1 or suffixed[0].startswith("~"):  # "Donald Jr." is no "Donald"
        return
    it = cl.items[by_suffix[suffixed[0]][0]]
    cl.union(
        plain[0],
        by_suffix[suffixed[0]][0],
        f"'{it.parsed.name}' is '{cl.items[plain[0]].parsed.name}' (no document names both)",
    )


def _named_apart(items: Sequence[NameItem]) -> frozenset[tuple[str, str, str]]:
    """(first name, surname, suffix) of each person a document writes with a generational suffix after
    writing the name in full without it, the suffix the only thing added ("Donald J. Trump ... Donald
    Trump Jr."): two people. Written the other way round ("L. Brent Bozell III ... Brent Bozell"), or
    with a middle name added too ("John Conyers ... John James Conyers Jr."), it is one person's name
    given in full."""
    names: dict[tuple[str, str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for it in items:
        if it.is_full_person:
            first, last, middle, _, suffix = person_of(it)
            names[(it.mention.doc_id, first, last)].append((it.mention.start, middle, suffix))
    apart = set()
    for (_, first, last), written in names.items():
        plain = [(start, middle) for start, middle, suffix in written if not suffix]
        for start, middle, suffix in written:
            if suffix and any(
                p_start < start and initials_within(middle, p_middle) for p_start, p_middle in plain
            ):
                apart.add((first, last, suffix))
    return frozenset(apart)


def _build_entities(cl: Clusters, overrides: Overrides) -> list[Entity]:
    preferred = overrides.preferred()
    evidence: dict[int, list[str]] = defaultdict(list)
    for i, reason in cl.evidence:
        evidence[cl.find(i)].append(reason)
    drafts = []
    for root, members in cl.groups().items():
        its = [cl.items[i] for i in members]
        forms = cl.forms[root]  # the cluster's (key, label) counts, as cluster_type would count them
        if len(forms) == 1 or all(label in LABEL_PRIORITY for _, label in forms):
            etype, repair = cl.final_vote(root)  # no tie left to the order of forms
        else:
            etype, repair = cluster_type(its)
        name = _canonical(its, etype, preferred)
        why = sorted(set(evidence.get(root, [])))
        if repair:
            why.append(repair)
        titles = Counter(t for it in its for t in _titles(it)) if etype == "PERSON" else Counter()
        aliases = sorted({it.parsed.name for it in its} | {name})
        # members ascend, and items are sorted by (doc_id, start, end, text, label): already in order
        mentions = tuple([it.mention for it in its])
        drafts.append((f"{group_of(etype)}|{fold(name)}", name, etype, aliases, mentions, why, titles))
    taken: Counter[str] = Counter(d[0] for d in drafts)
    entities = []
    for key, name, etype, aliases, mentions, why, titles in drafts:
        if taken[key] > 1:  # same name, kept apart: disambiguate by the first mention
            first = mentions[0]
            key = f"{key}|{first.doc_id}:{first.start}"
        entities.append(
            Entity(
                id="ent:" + content_hash(key),
                name=name,
                type=etype,
                aliases=tuple(aliases),
                mentions=mentions,
                evidence=tuple(why),
                titles=tuple(sorted(titles, key=lambda t: (-titles[t], t))),
            )
        )
    entities.sort(key=lambda e: e.id)
    return entities


def _titles(it: NameItem) -> list[str]:
    out = []
    for title in (getattr(it.mention, "title", None), it.parsed.title):
        title = " ".join((title or "").split())
        if not title or title in out:
            continue
        if all(w.lower().strip(".") in HONORIFICS for w in title.split()):
            continue  # "Mr." says nothing about the person's role
        out.append(title)
    return out
