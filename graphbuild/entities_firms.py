"""Firm names the tagger cuts at their "and", and wire markup inside name spans.

The small English model often ends one name at "and" / "&" and starts another after it. Two
readings join the parts into one organisation:

* what follows the "and" starts with a partnership word ("Co", "Sons", "Brothers"): "Eli Lilly
  and Co", "Merrill Lynch & Co Inc" (whatever the part before is tagged as);
* an organisation ending in a legal form ("Corp", "Inc", "Ltd") follows the "and", and the words
  before the "and" are capitalised proper nouns the tagger left out of every name: "Standard and
  Poor's Corp". A tagged name before the "and" makes a list of two ("IBM and Digital Equipment
  Corp", "Carl Icahn and Trans World Airlines Inc", "Britain and Nissan Motor Co"), and so does a
  common noun ("Analysts and Salomon Brothers Inc").

A name joined across its "and" is then found where the same document writes it again without its
legal form ("Standard and Poor's said ..."), which the tagger cuts the same way.

Angle brackets, a wire's markup of company names and tickers ("<Boeing Co>", "Boeing Co <BA>"),
are never part of a name: see :func:`bracket_free_part`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .entities_keys import FUNCTION_WORDS, NAME_AND, is_legal_form
from .model import Attribution, Document, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Words that end a firm's name after "and" / "&": "Eli Lilly and Co", "Merrill Lynch & Co Inc",
#: "Dombey and Sons". The tagger cuts such names at the "and".
PARTNERSHIP_WORDS = frozenset(
    {"co", "co.", "cos", "company", "sons", "son", "partners", "associates", "brothers", "bros", "bros."}
)
#: At most this many capitalised words before the "and" join such a name.
MAX_PARTNERSHIP_TOKENS = 5
#: Tokens that are markup, never part of a name.
BRACKETS = frozenset({"<", ">"})


def partnership_names(doc: Doc, name_labels: frozenset[str]) -> list[Span]:
    """``doc.ents``, with each firm name cut at its "and" made one organisation (see the module's
    docstring) and that name's other occurrences in the document tagged as it. A name of
    ``name_labels`` before the "and" joins it whole; another (a date run on) is cut there."""
    from spacy.tokens import Span

    out: list[Span] = []
    joined: list[tuple[str, ...]] = []
    for ent in doc.ents:
        start = _joined_start(doc, ent, name_labels)
        if start is None:
            out.append(ent)
            continue
        while out and out[-1].end > start:  # the name before the "and" is part of this one
            before = out.pop()
            if before.start >= start or before.label_ in name_labels:
                start = min(start, before.start)  # "J.P. Morgan" and Co
            else:  # "March 3 - Jefferies" (a date run on): its head stays a date
                out.append(Span(doc, before.start, start, label=before.label_))
                break
        out.append(Span(doc, start, ent.end, label="ORG"))
        core = _core(doc, start, ent.end)
        if core is not None and core not in joined:
            joined.append(core)
    for core in joined:
        out = _written_again(doc, out, core)
    return out


def _joined_start(doc: Doc, ent: Span, name_labels: frozenset[str]) -> int | None:
    """Where the firm name that ``ent`` ends starts, when the tagger cut it at an "and" before
    ``ent``; None when ``ent`` is no such tail."""
    s = ent.start
    if s < 2 or doc[s - 1].lower_ not in NAME_AND or not _capitalised(doc[s - 2]):
        return None
    if ent[0].lower_ in PARTNERSHIP_WORDS:
        start = s - 2
        while start > 0 and s - 1 - start < MAX_PARTNERSHIP_TOKENS and _capitalised(doc[start - 1]):
            start -= 1
        return start
    if ent.label_ != "ORG" or not _ends_in_legal_form(ent):
        return None
    start = s - 1
    while (
        start > 0
        and s - start <= MAX_PARTNERSHIP_TOKENS
        and _unnamed_proper_noun(doc[start - 1], name_labels)
    ):
        start -= 1
    return start if start < s - 1 else None


def _ends_in_legal_form(ent: Span) -> bool:
    for tok in reversed(ent):
        if tok.text in BRACKETS or tok.text == ".":
            continue
        return is_legal_form(tok.text)
    return False


def _unnamed_proper_noun(tok: Token, name_labels: frozenset[str]) -> bool:
    """A capitalised proper noun in no name (it may be in a date the tagger ran on: "March 3 - Standard")."""
    return tok.ent_type_ not in name_labels and tok.pos_ == "PROPN" and _capitalised(tok)


def _capitalised(tok: Token) -> bool:
    """A word of a name: capitalised, letters (and the dots of initials: "J.P.", "Alex."), not a function word."""
    text = tok.text
    return (
        text[:1].isupper()
        and all(c.isalpha() or c == "." for c in text)
        and tok.lower_ not in FUNCTION_WORDS
        and "\n" not in tok.whitespace_
    )


def _core(doc: Doc, start: int, end: int) -> tuple[str, ...] | None:
    """The token texts of the joined name ``doc[start:end]`` without its legal form and markup
    ("Standard and Poor's Corp" -> Standard, and, Poor, 's); None unless words follow its "and"."""
    words = [t.text for t in doc[start:end]]
    while words and (words[-1] in BRACKETS or words[-1] == "." or is_legal_form(words[-1])):
        words.pop()
    joint = next((i for i, w in enumerate(words) if w.lower() in NAME_AND), None)
    if joint is None or joint == 0 or joint == len(words) - 1:
        return None
    return tuple(words)


def _written_again(doc: Doc, spans: list[Span], core: tuple[str, ...]) -> list[Span]:
    """``spans`` with each other occurrence of ``core`` in ``doc`` made an organisation, replacing
    the names inside it (the tagger's cut: "Poor" of "Standard and Poor's said"). An occurrence
    that a name runs into or out of is left as tagged."""
    from spacy.tokens import Span

    n = len(core)
    first = core[0]
    out = spans
    for i in range(len(doc) - n + 1):
        if doc[i].text != first or tuple(t.text for t in doc[i : i + n]) != core:
            continue
        inside = [sp for sp in out if sp.start < i + n and sp.end > i]
        if any(sp.start < i or sp.end > i + n for sp in inside):
            continue  # already part of a longer name ("Standard and Poor's Corp"), or a name runs on
        if any(sp.start == i and sp.end == i + n and sp.label_ == "ORG" for sp in inside):
            continue
        out = [sp for sp in out if sp not in inside]
        out.append(Span(doc, i, i + n, label="ORG"))
        out.sort(key=lambda sp: (sp.start, sp.end))
    return out


def bracket_free_part(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The part of the name span ``doc[start:end]`` that angle brackets do not split off.

    Brackets at its edges are dropped ("Boeing Co>" -> "Boeing Co"). A span they cut inside keeps
    its longest part written in mixed case ("<FPC> First Boston Corp" -> "First Boston Corp"), else
    its first part ("TWA> CONFIRMS OWNERSHIP OF" -> "TWA", a ticker before a headline in capitals).
    """
    while start < end and doc[start].text in BRACKETS:
        start += 1
    while end > start and doc[end - 1].text in BRACKETS:
        end -= 1
    cuts = [k for k in range(start, end) if doc[k].text in BRACKETS]
    if not cuts:
        return start, end
    parts = []
    for s, e in zip([start, *(k + 1 for k in cuts)], [*cuts, end], strict=True):
        if s < e:
            parts.append((s, e))
    mixed = [(s, e) for s, e in parts if any(c.islower() for c in doc[s:e].text)]
    if mixed:
        return max(mixed, key=lambda p: (p[1] - p[0], -p[0]))
    return parts[0] if parts else (start, start)


#: What a speaking firm's name, as its report's source writes it, may not start with.
_LEADING = frozenset({"the", "a", "an"})
#: The words in lower case a firm's name may have: "Fruit of the Loom Inc", "Standard and Poor's Corp".
NAME_GLUE = frozenset({"of", "the", "and", "&", "de", "du", "des", "la", "le", "von", "van", "der", "y"})


def with_speaker_firms(
    document: Document, mentions: Sequence[Mention], attributions: Iterable[Attribution]
) -> tuple[Mention, ...]:
    """Firms that speak in a document but that the tagger named nowhere there: a report's source
    written as a capitalised name that ends in a legal form ("Vitronics Corp said it plans ...")
    and overlaps no mention. The small model often runs a wire dateline's date on into the name
    after it ("March 3 - Fruit of the Loom Inc" tagged as one date), so the firm that speaks in
    the story's first sentence was no entity. Wire markup and a leading article are left out.
    Returns ``mentions`` with those firms, in text order.
    """
    text = document.text
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for start, end in sorted({a.source for a in attributions if a.source is not None}):
        while start < end and (text[start].isspace() or text[start] in "<>"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "<>"):
            end -= 1
        words = text[start:end].split()
        if words and words[0].lower() in _LEADING:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if len(words) < 2 or not is_legal_form(words[-1]) or not words[0][:1].isupper():
            continue
        if not all(w[:1].isupper() or w[:1].isdigit() or w in NAME_GLUE for w in words):
            continue  # a phrase, not a name ("Analysts at Smith Barney Inc")
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        out.append(Mention(document.id, start, end, text[start:end], "ORG"))
    if len(out) > len(mentions):
        out.sort(key=lambda m: (m.start, m.end, m.label))
    return tuple(out)


def shortened_firm(forms: Mapping[tuple[str, str], int]) -> str | None:
    """Of a cluster's (key, label) counts: the organisation's name a one-word name of the cluster is the
    first word of ("vantor chemicals" for "vantor", tagged a person beside it), when no name of two
    words or more there is tagged a person as often as an organisation ("brigid kosgei", tagged an
    organisation once, is a person's name); else None."""
    votes: dict[str, int] = {}  # multi-word key -> organisation tags less person tags
    for (k, lab), n in forms.items():
        if " " in k and lab in ("ORG", "PERSON"):
            votes[k] = votes.get(k, 0) + (n if lab == "ORG" else -n)
    if any(v <= 0 for v in votes.values()):
        return None
    words = {k for k, _ in forms if " " not in k}
    fuller = sorted(k for k in votes if k.split(" ", 1)[0] in words)
    return fuller[0] if fuller else None
