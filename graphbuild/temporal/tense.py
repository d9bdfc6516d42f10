"""A tense hint for a time expression: which way does "on Friday" or "November 27" point?

No parser needed: the nearest tense cue in the same sentence decides ("said on Monday"
points back, "will meet on Friday" points forward). None when there is no cue.
:func:`tense_cue` also says how close and how reliable the deciding cue is, so callers can
refuse to let a distant or weak cue move a date a year away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import FUTURE_CUES, NOT_PAST_ED, PAST_CUES, PRESENT_CUES, REPORTING_CUES, SCHEDULE_CUES

#: A sentence ends at a stop before a capital, or at a line break, unless the line break only wraps a
#: sentence (hard-wrapped wire copy: "... will continue discussions\non Tuesday"): the next line goes on
#: in lower case or with a number.
_SENT_END = re.compile(r"[.!?]['\"”’]?\s+(?=[A-Z\"“‘'(`])|\n(?![^\S\n]*[a-z0-9])")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_WINDOW = 250
_MODALS = frozenset({"will", "shall", "should", "would", "wo", "going", "'ll"})
#: Modals that with "have" look back ("would have been sold by May"): a past counterfactual, not ahead.
_PAST_WITH_HAVE = frozenset({"would", "should"})
#: Words that are future cues only when an infinitive follows ("plans to", not "the plan").
_NEEDS_TO = frozenset({"plan", "plans", "aims", "intends", "intend", "going", "planning", "preparing", "intending",
                       "aiming", "hoping", "expecting", "likely", "unlikely", "poised"})  # fmt: skip
#: Verbs after "due to" that make it an arrangement ("is due to sign on Friday"), not a cause ("due to the
#: strike", "due to heavy rains").
_DUE_VERBS = frozenset({"be", "begin", "start", "meet", "sign", "arrive", "leave", "hold", "open", "close", "end",
                        "expire", "take", "vote", "resume", "return", "report", "announce", "release", "visit",
                        "make", "come", "go", "finish", "complete", "publish", "pay", "mature", "decide", "rule",
                        "testify", "appear", "speak", "address", "travel", "fly", "land", "launch", "present",
                        "submit", "issue", "give", "hear", "discuss", "review", "consider", "receive", "deliver",
                        "reopen", "convene", "sit", "stand", "face", "enter", "step", "retire", "debate"})  # fmt: skip
#: Prepositions that put the expression after the event they name ("ahead of the meeting").
_AHEAD = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|upcoming)\s+(?:\S+\s+){0,2}\Z"
    # "as soon as Tuesday" looks ahead ("as early as March" may look back: "as early as March, they knew")
    r"|\bas\s+soon\s+as\s+(?:on\s+)?\Z",
    re.I,
)
#: A participle after these is a present passive ("is heard"), not a past tense.
_BE_PRESENT = frozenset({"is", "are", "am", "being"})
#: Present-perfect auxiliaries: weak past cues (they relate the event to the present).
_PERFECT = frozenset({"has", "have"})
#: "is to resume", "are to meet": a be-infinitive is a future arrangement.
_BE_TO = frozenset({"is", "are", "am"})
#: "was said to be held in May", "is believed to be killed": a passive infinitive reporting a state or a past
#: event, not an arrangement ahead ("a concert to be held in May").
_SAID_TO = frozenset({"said", "believed", "thought", "reported", "known", "alleged", "feared", "presumed",
                      "considered", "understood", "seems", "seemed", "appears", "appeared"})  # fmt: skip
#: Plans and expectations look ahead even in the past tense: "planned to leave on Thursday".
_PLANNED_TO = frozenset({"planned", "intended", "expected", "scheduled", "set", "hoped", "promised", "vowed"})
#: Participles of arranging: what was planned or scheduled lies ahead of the planning ("planned a march on
#: Saturday", "was scheduled for early March"), whatever the tense of the planning itself.
_ARRANGED = frozenset({"planned", "slated"})


#: Abbreviations whose period does not end a sentence ("Mr. Smith", "9 a.m. EST", "the U.S. Senate").
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Rev|Sens|Reps)"
    r"|\b[A-Za-z]\.[A-Za-z]|(?<![A-Za-z])[A-Z])\Z"
)


#: A line ending in a word that cannot end a sentence (nor a headline) wraps the sentence: "... on\nFriday".
_WRAPPING_WORD = re.compile(
    r"(?<![A-Za-z])(?:on|in|at|by|for|to|of|from|the|a|an|and|or|with|will|would|was|were|is|are|has|have|had"
    r"|until|since|than|that|its|their|his|her)[^\S\n]*\Z",
    re.IGNORECASE,
)


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    if m.group().startswith("\n"):
        return _WRAPPING_WORD.search(text, max(0, m.start() - 8), m.start()) is None
    return _ABBREV.search(text, max(0, m.start() - 6), m.start()) is None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Approximate sentence around [start, end): from the previous sentence end to the next."""
    lo = max(0, start - _WINDOW)
    s = lo
    # the end bound is start + 1 so the look-ahead for a capital sees the expression's first letter:
    # "interest. Over the weekend, ..." starts a sentence at "Over"
    for m in _SENT_END.finditer(text, lo, min(len(text), start + 1)):
        if _ends_sentence(text, m):
            s = m.end()
    hi = min(len(text), end + _WINDOW)
    e = hi
    for m2 in _SENT_END.finditer(text, end, hi):
        if _ends_sentence(text, m2):
            e = m2.start() + 1
            break
    return s, e


_BOUNDARY = re.compile(r"[,;:(]|\b(?:that|which|who|when|but|because|while|although|and|if)\b", re.IGNORECASE)
#: "and" between capitalised words joins the parts of a name ("the Food and Drug Administration"), not clauses.
_NAME_AND_BEFORE = re.compile(r"[A-Z][A-Za-z.]*[^\S\n]+\Z")
_NAME_AND_AFTER = re.compile(r"[^\S\n]+[A-Z]")


def _clause_boundary(text: str, start: int, end: int) -> bool:
    """Whether a clause boundary (a comma, a conjunction, a relative pronoun) lies in [start, end)."""
    for b in _BOUNDARY.finditer(text, start, end):
        if not (
            b.group().lower() == "and"
            and _NAME_AND_BEFORE.search(text, max(start, b.start() - 30), b.start()) is not None
            and _NAME_AND_AFTER.match(text, b.end(), end) is not None
        ):
            return True
    return False


_NEAR = 30  # reporting verbs count only this close
_ED_PENALTY = 15  # "-ed" words are often adjectives ("the reduced dividend"): weaker evidence
_ED_STRONG = 8  # an "-ed" word this close counts as a strong cue
_DEADLINE = re.compile(r"\b(?:to|until|till|by|through|before|after)\b", re.IGNORECASE)
_AFTER_PENALTY = 15  # cues before the expression govern it more often than those after
#: A cue this close (in characters, penalties included) and not weak is "local": it may move a
#: yearless date a year away from the anchor.
LOCAL = 25


#: Words that open a fronted time adverbial: "On Thursday, the board will vote", "Until May, it had ...".
_FRONT_PREPS = frozenset(
    ["on", "until", "till", "by", "in", "since", "from", "through", "during", "after", "before", "at", "as", "starting",
     "beginning", "late", "early", "earlier", "later", "for", "within", "over"]
)  # fmt: skip
_FRONT_TAIL = re.compile(r"[^\S\n]*(?:[A-Za-z.'’]+[^\S\n]+){0,2}?,")


def _fronted_comma(text: str, s: int, start: int, end: int) -> int:
    """Offset of the comma closing a fronted time adverbial holding the expression, else -1.

    In "Until Thursday, they had not called" or "On Friday morning, the board will vote" the main
    clause after the comma says which way the expression points, not the preposition before it.
    """
    lead = text[s:start].split()
    if not lead or len(lead) > 3 or lead[0].lower() not in _FRONT_PREPS or not lead[0][:1].isupper():
        return -1
    m = _FRONT_TAIL.match(text, end)
    return m.end() - 1 if m is not None else -1


#: A date used as a modifier of a noun: "the Jan. 14 deadline", "the March vote", "Wednesday's ruling".
_DET_BEFORE = re.compile(r"\b(?:the|a|an)\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?!(?:of|and|or|to|in|on|at|for|by|with|from|that|which|when|is|was|were|are|will|would|has|had)\b)"
    r"[a-z]"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s[^\S\n]+[a-z]")


def _attributive(text: str, start: int, end: int) -> str | None:
    """How the expression modifies the noun after it: ``"possessive"`` ("Wednesday's ruling"),
    ``"determiner"`` ("the Jan. 14 deadline") or None.

    Such a date names the noun's event; the verb of the clause around the noun phrase ("gave no reason
    for the Jan. 14 deadline", "would get around Wednesday's ruling") is another event, so its tense
    says less about which way the date points.
    """
    if _POSSESSIVE_AFTER.match(text, end):
        return "possessive"
    if _DET_BEFORE.search(text, max(0, start - 5), start) is not None and _NOUN_AFTER.match(text, end):
        return "determiner"
    return None


@dataclass(frozen=True)
class TenseCue:
    """The cue deciding which way an expression points: its tense, distance and strength."""

    tense: str | None  # "past", "future" or None
    distance: int = 10_000
    strong: bool = False  # a tense word proper, not a reporting verb nor an "-ed" word
    present: bool = False  # the nearest cue is a present-tense word ("meets", "is")

    @property
    def local(self) -> bool:
        """A strong cue right next to the expression ("was held on Nov. 30", "met Friday")."""
        return self.tense is not None and self.strong and self.distance <= LOCAL


NO_CUE = TenseCue(None)


def _cue(word: str, next_word: str, third: str = "") -> tuple[str, int, bool] | None:
    """(tense, distance penalty, strong) of a cue word (``third`` is the word after ``next_word``), or None."""
    w = word.lower().replace("’", "'")
    if w in _NEEDS_TO:
        return ("future", 0, True) if next_word == "to" else None
    if w in _BE_TO and next_word == "to":
        return "future", 0, True
    if w in _PLANNED_TO and next_word == "to":
        return "future", 0, False
    if (w in _ARRANGED or w == "set") and next_word == "for":
        return "future", 0, True  # "was planned for early March", "is set for Friday"
    if w in _ARRANGED:
        return "future", _ED_PENALTY, False
    if w == "due" and next_word == "to" and third in _DUE_VERBS:
        return "future", 0, True  # "talks are due to begin on Wednesday": an arrangement ahead (after "is")
    if w in ("due", "next") and next_word == "to":
        return None  # "due to the strike" gives a cause, "next to the embassy" a place: not a time
    if w in FUTURE_CUES or w.endswith("'ll"):
        return "future", 0, True
    if w in SCHEDULE_CUES or (w == "takes" and next_word in ("place", "effect", "office")):
        return "future", _ED_PENALTY, False
    if w in PRESENT_CUES:
        return "present", 0, True
    if w in REPORTING_CUES:
        return "reporting", 0, False
    if w in PAST_CUES:
        return "past", 0, True
    if len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED:
        return "past", _ED_PENALTY, False
    return None


def _modal_before(recent: list[str]) -> bool:
    """Whether a future modal stands in the three words before the last one of ``recent`` ("will be
    held"), not followed by a counterfactual "have" ("would have been held")."""
    window = recent[-4:]
    for i, w in enumerate(window[:-1]):
        if w in _MODALS:
            return not (w in _PAST_WITH_HAVE and window[i + 1] == "have")
    return False


def tense_cue(text: str, start: int, end: int) -> TenseCue:
    """The nearest tense cue governing the expression at [start, end) of ``text``.

    >>> t = "NATO said on Monday that ministers will meet on Friday."
    >>> tense_cue(t, t.index("Friday"), t.index("Friday") + 6)
    TenseCue(tense='future', distance=9, strong=True, present=False)
    """
    if (start == 0 or text[:start].isspace()) and (end >= len(text) or text[end:].isspace()):
        return NO_CUE  # the expression alone: no word around it can be a cue
    s, e = sentence_bounds(text, start, end)
    if _AHEAD.search(text, max(s, start - 40), start):
        return TenseCue("future", 0, True)
    best: TenseCue | None = None
    best_key = 10_000
    recent: list[str] = []
    words = list(_WORD.finditer(text, s, e))
    comma = _fronted_comma(text, s, start, end)
    attributive = _attributive(text, start, end)
    for i, m in enumerate(words):
        word = m.group().lower()
        inside = start <= m.start() < end
        nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
        third = words[i + 2].group().lower() if i + 2 < len(words) else ""
        # the verb before a possessive date is not the date's event (see _attributive)
        found = (
            None if inside or (attributive == "possessive" and m.start() < start) else _cue(word, nxt, third)
        )
        if word == "due" and found is not None and (recent[-1] if recent else "") not in _BE_TO:
            found = None  # "had been due to expire Friday": the arrangement was made before; it may be past
        recent.append(word)
        if found is None:
            continue
        had_modal = _modal_before(recent)
        cue, penalty, strong = found
        prev = recent[-2] if len(recent) > 1 else ""
        if (
            word == "until"
            and any(w in PAST_CUES and w not in _PERFECT for w in recent[-4:-1])
            and not had_modal
        ):
            continue  # "had until June 1", "was open until May": the past verb governs, not the deadline
        if cue == "past" and prev in _BE_PRESENT:
            cue = "present"  # "the case is heard in May": a present passive, not a past event
        elif cue == "past" and word in _PERFECT:
            strong = False  # "has set Nov. 10 as the deadline": the present perfect looks at now
        after = m.start() >= end
        if comma >= 0 and after and cue == "reporting":
            # "In an interview Friday, he said the plan would work": the reporting verb is the main
            # clause's verb (past); the tenses after it belong to what was reported
            cue, strong = "past", True
        if comma >= 0 and (not after or not strong):
            # "Until Thursday, they had ...": the preposition of a fronted adverbial is no tense, and
            # only a tense word proper of the main clause counts ("On Friday, it planned to pay" is past)
            continue
        if after and _clause_boundary(text, comma + 1 if 0 <= comma < m.start() else end, m.start()):
            continue  # a cue in a following clause ("... on Wednesday that he will go") does not govern it
        raw = start - m.end() if not after else m.start() - end
        dist = raw + penalty
        if penalty and raw <= _ED_STRONG:
            strong = True  # "talks on Dec. 3 failed", "signed Friday": an "-ed" word right there is a verb
        if strong and not after and _DEADLINE.search(text, m.end(), start):
            strong = False  # "was extended to Nov. 16": the past verb does not date the deadline
        if attributive and not after:
            strong = False  # "gave no reason for the Jan. 14 deadline": the verb may not move the date a year
        if cue == "reporting":
            if dist > _NEAR:
                continue
            cue = "past"
        # "will be held", "is to be signed": a participle under a future auxiliary points forward;
        # so does a passive infinitive ("an event to be held on Oct. 12", "a phone to be released in May")
        if cue == "past" and (
            had_modal or (recent[-3:-1] == ["to", "be"] and not _SAID_TO.intersection(recent[-4:-3]))
        ):
            cue, strong = "future", True
        key = dist + (_AFTER_PENALTY if after else 0)
        if best is None or key < best_key:
            best, best_key = TenseCue(cue, dist, strong), key
    if best is None or best.tense == "present":
        return NO_CUE if best is None else TenseCue(None, best.distance, best.strong, present=True)
    return best


def tense_hint(text: str, start: int, end: int) -> str | None:
    """``"past"``, ``"future"`` or None for the expression at [start, end) of ``text``.

    >>> t = "NATO said on Monday that ministers will meet on Friday."
    >>> tense_hint(t, t.index("Monday"), t.index("Monday") + 6), tense_hint(t, t.index("Friday"), t.index("Friday") + 6)
    ('past', 'future')
    """
    return tense_cue(text, start, end).tense
