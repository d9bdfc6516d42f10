"""What a cluster of mentions is: its voted type, and the written form that names it.

The type vote counts the tagger's labels and then repairs them from evidence the labels miss:
the gazetteer, a legal form ("Ogden Corp"), a media word, an honorific, and how the text uses the
name (:mod:`graphbuild.entities_usage`). Every repair says why, for the entity's evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .entities_firms import shortened_firm
from .entities_gazetteer import lookup
from .entities_keys import MEDIA_WORDS, NAME_AND, PLACE_LABELS, is_legal_form
from .entities_usage import NO_CUES, outvoted, usage_totals

if TYPE_CHECKING:
    from .entities_match import NameItem

#: Tie-break order when two labels get the same number of votes.
LABEL_PRIORITY = ("PERSON", "GPE", "ORG", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")

#: A place's name some mention writes with a legal form is a company's unless the place tags outnumber
#: the organisation tags ("Ogden Corp" / "Ogden"; "BMD of New England Inc" leaves the region a place).
PLACE_OUTVOTES_FIRM = 1


def _vote(labels: Mapping[str, int]) -> str:
    if len(labels) == 1:
        return next(iter(labels))
    return max(
        labels, key=lambda lab: (labels[lab], -LABEL_PRIORITY.index(lab) if lab in LABEL_PRIORITY else -99)
    )


def cluster_type(items: Sequence[NameItem]) -> tuple[str, str | None]:
    """Voted type of a cluster of items and, when the gazetteer, a media word, a legal form or how
    the text uses the name repaired it, why."""
    forms = Counter((it.key, it.label) for it in items)
    titled = any(it.parsed.honorific or getattr(it.mention, "title", "") for it in items)
    honorific = any(it.parsed.honorific for it in items)
    cues = usage_totals(it.mention for it in items)
    return vote_type(forms, titled, any(firm_named(it) for it in items), honorific, cues)


def firm_named(item: NameItem) -> bool:
    """Whether the mention is an organisation's name written with its legal form, a partnership's
    too ("Boeing Co", "Beck and Co Inc", "Halbert and Associates Inc"): a company's name, which
    is never a person's, even where its key is one ("beck", "jp morgan")."""
    if item.label != "ORG":
        return False
    words = item.mention.text.split()
    return len(words) >= 2 and is_legal_form(words[-1])


def firm_core(item: NameItem) -> str | None:
    """The key of an organisation named with its legal form ("Boeing Commercial Airplane Co" ->
    "boeing commercial airplane"), or None: a name so written is a company's full name. Not a
    partnership's ("Goldman, Sachs and Co"): the tagger cuts those at their commas and "and"s."""
    if not firm_named(item) or any(w.lower() in NAME_AND for w in item.mention.text.split()):
        return None
    return item.key or None


def _written_with_legal_form(key: str) -> bool:
    """Whether a name key of two words or more ends in a legal form ("mosle inc")."""
    return " " in key and is_legal_form(key.rsplit(" ", 1)[1])


def vote_type(
    forms: Mapping[tuple[str, str], int],
    titled: bool,
    firm: bool = False,
    honorific: bool = False,
    cues: tuple[int, int, int] = NO_CUES,
) -> tuple[str, str | None]:
    """Voted type from (key, label) counts; ``titled``: some mention had an honorific or title;
    ``firm``: some mention is an organisation's name with its legal form (:func:`firm_named`);
    ``honorific``: some mention follows an honorific only persons take ("Dr", "Mrs").

    A surname of a full person name in the cluster votes PERSON whatever the model called it;
    a known place with no full person name nor legal form is a place (never invent a person from a
    place; "Santos Ltd" is a company); a multi-word
    name with a media word is an outlet (ORG); a name the text also writes with a legal form ("Chemlawn
    Corp") and no full person name is a company, not a person, nor a place when it is no known one ("Enzon
    Inc") or the place tags do not outnumber the organisation tags (:data:`PLACE_OUTVOTES_FIRM`:
    "Ogden Corp"), nor is a "person" that shortens an organisation's name (:func:`~graphbuild.entities_firms.shortened_firm`);
    a name the text writes after "Dr" or "Mrs" is a person's, whatever the model called it (not a place's).
    Then ``cues``, the (organisation, person, place) usage cues of the cluster's mentions
    (:func:`~graphbuild.entities_usage.usage_votes`), when they outvote the other kind
    (:func:`~graphbuild.entities_usage.outvoted`): a person with no full name nor honorific is an
    organisation ("the oil company Petrobras"), and so is a place no gazetteer knows ("Howmedica
    <HOW>"); an organisation with no legal form nor place name a person ("Mendez's wife"); a person with
    no full name nor honorific, or an organisation with no legal form, a place ("30 miles south of
    Bakhmut", "the town of Sarrak").
    """
    fulls = [k for k, lab in forms if lab == "PERSON" and " " in k]  # their surnames alone vote PERSON
    labels: dict[str, int] = {}  # plain dicts in Counter's insertion order (this runs per cluster)
    keys: dict[str, int] = {}
    for (k, lab), n in forms.items():  # a surname: one word or hyphened ("Harsono-Lim"), a full name's end
        lab = "PERSON" if any(f.endswith(" " + k) for f in fulls) else lab
        labels[lab] = labels.get(lab, 0) + n
        keys[k] = keys.get(k, 0) + n
    voted = _vote(labels)
    main = max(keys, key=lambda k: (keys[k], k)) if len(keys) > 1 else next(iter(keys))
    has_full_person = any(  # "Mosle Inc" tagged PERSON is no first and last name, nor is "Pitney Bowes"
        lab == "PERSON"  # when the firm "Pitney Bowes Inc" is tagged too
        and " " in k
        and not _written_with_legal_form(k)
        and lookup(k) is None
        and not (firm and (k, "ORG") in forms)
        for k, lab in forms
    )
    place = lookup(main)
    # a name written with a legal form is a company's, even a place's name ("Santos Ltd")
    if place is not None and not has_full_person and not firm and voted in ("PERSON", "ORG"):
        place_votes = sum(labels.get(lab, 0) for lab in PLACE_LABELS)
        bare_place = not titled and not place.alias  # no title, and the place's own name
        if voted == "PERSON" and (place.strong or place_votes >= labels.get("PERSON", 0) or bare_place):
            return "GPE", f"type PERSON -> GPE: '{main}' is a known {place.kind} (geonames {place.geonameid})"
        if voted == "ORG" and place.strong and place_votes > 0:
            return "GPE", f"type ORG -> GPE: '{main}' is a known {place.kind} (geonames {place.geonameid})"
    if voted in ("PERSON", "GPE") and " " in main and set(main.split()) & MEDIA_WORDS:
        return "ORG", f"type {voted} -> ORG: '{main}' names a news outlet or publication"
    if voted == "PERSON" and firm and not has_full_person:
        return "ORG", f"type PERSON -> ORG: '{main}' is written with a legal form"
    if voted == "PERSON" and (fuller := shortened_firm(forms)) is not None:  # "Vantor" / "Vantor Chemicals"
        return "ORG", f"type PERSON -> ORG: '{main}' is the short form of the organisation '{fuller}'"
    if voted in PLACE_LABELS and place is None and any(_written_with_legal_form(k) for k in keys):
        return "ORG", f"type {voted} -> ORG: '{main}' is written with a legal form and is no known place"
    if voted in PLACE_LABELS and firm and not has_full_person:
        # "Ogden Corp", tagged a place as often as not: the company, though a town has its name
        place_votes = sum(labels.get(lab, 0) for lab in PLACE_LABELS)
        if labels.get("ORG", 0) * PLACE_OUTVOTES_FIRM >= place_votes:
            return (
                "ORG",
                f"type {voted} -> ORG: '{main}' is written with a legal form, "
                "and tagged an organisation as often as a place or more",
            )
    if honorific and not firm and voted not in ("PERSON", *PLACE_LABELS) and place is None:
        return "PERSON", f"type {voted} -> PERSON: '{main}' is written after an honorific"
    org_cues, person_cues, place_cues = cues
    if (
        place_cues
        and voted in ("PERSON", "ORG")
        and not (has_full_person or honorific or firm)
        and outvoted(place_cues, org_cues + person_cues, sum(forms.values()))
    ):
        return "GPE", (
            f"type {voted} -> GPE: the text uses '{main}' as a place's name ({place_cues} cue(s)"
            + (f"; a known {place.kind}, geonames {place.geonameid})" if place is not None else ")")
        )
    if org_cues or person_cues:
        mentions = sum(forms.values())
        if (
            voted == "PERSON"
            and not has_full_person
            and not honorific
            and outvoted(org_cues, person_cues, mentions)
        ):
            return "ORG", (
                f"type PERSON -> ORG: the text uses '{main}' as an organisation's name "
                f"({org_cues} cue(s) against {person_cues} of a person, in {mentions} mention(s))"
            )
        if voted in PLACE_LABELS and place is None and outvoted(org_cues, person_cues, mentions):
            return (
                "ORG",
                f"type {voted} -> ORG: the text uses '{main}', no known place, as an organisation's name",
            )
        if voted == "ORG" and not firm and place is None and outvoted(person_cues, org_cues, mentions):
            return "PERSON", (
                f"type ORG -> PERSON: the text uses '{main}' as a person's name "
                f"({person_cues} cue(s) against {org_cues} of an organisation, in {mentions} mention(s))"
            )
    return voted, None


def surface_form(items: Sequence[NameItem], key: str, *, cased: bool = False) -> str:
    """The commonest written form of ``key`` among ``items`` (the key itself if none has it).

    ``cased`` (names of people and places): a form shouted in capitals ("WASHINGTON", from a
    dateline or headline) is chosen only if no other form exists. Organisations keep the
    capitals of an acronym ("NATO" is how the name is written), but not those of a headline's
    phrase or longer word: "British Aerospace", not "BRITISH AEROSPACE", where the text writes both.
    """
    forms = Counter(it.parsed.name for it in items if it.key == key)
    if not forms:  # e.g. the group was re-rooted by an earlier union in the same pass
        return key
    if len(forms) > 1:
        shouted = _shouted if cased else _shouted_phrase
        return max(forms, key=lambda f: (not shouted(f), forms[f], f))
    return max(forms, key=lambda f: (forms[f], f))


_LONG_CAPITALS = re.compile(r"[A-Z]{4}")


def _shouted(form: str) -> bool:
    """In capitals only, with a word of four letters or more: "MELVILLE", not "U.S." or "UAE"."""
    return form.isupper() and _LONG_CAPITALS.search(form) is not None


#: Letters of the longest word in capitals that may be an organisation's acronym ("NATO", "OPEC").
ACRONYM_MAX_LETTERS = 4


def _shouted_phrase(form: str) -> bool:
    """:func:`_shouted`, of more than one word or a word longer than an acronym
    (:data:`ACRONYM_MAX_LETTERS`): "BRITISH AEROSPACE", "MELVILLE", not "NATO" or "IBM"."""
    return _shouted(form) and (" " in form or len(form) > ACRONYM_MAX_LETTERS)
