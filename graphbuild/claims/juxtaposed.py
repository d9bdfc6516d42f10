"""Two sources set side by side in one sentence: "X said A, though Y said B".

The parser hangs the second report under the first one's content (an adverbial clause of its verb),
so the content's subtree runs on over the second source and its words. They are not the first
source's: the writer sets a second account against the first ("The police said 40 people were
arrested, while organisers said the march was peaceful"; "According to the ministry, 40 people
died, while the opposition said 90 were killed"). The first content ends before the
contrast when the second is a report of its own, found by its own cue; a clause read as no report
("though he did not say who", a withheld answer) stays where it was. Told before the content's
verb, the same clause is part of what the first source said ("He said that while critics said
the plan was costly, it would pay for itself") and stays in it. Verbs of thought and wish ("while
her opponent wants to ...", "while the U.S. will see 2 percent growth") set no second source
against the first: only verbs of speech do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .cues import FIGURE_VERBS, SPEECH_VERBS, STANCE_VERBS
from .sources import SUBJECT_DEPS

if TYPE_CHECKING:
    from .indirect import Candidate

#: Subordinators that set a second account against the first ("though", "even though", "while").
CONTRAST_MARKS = frozenset(("though", "although", "while", "whereas"))
#: Verbs of speech that give a second account, and verbs that give a figure ("although organisers put
#: the figure at 12"). A stance ("while Italy supported the view") and an infinitive ("while traders
#: threaten to sell", "although 80 pct agreed to accept") tell what someone does or means to do,
#: often the first source's own condition or contrast: not cut off.
_SECOND_ACCOUNT_VERBS = (SPEECH_VERBS | FIGURE_VERBS) - STANCE_VERBS


def juxtaposed_report(head: Token, end: int) -> Token | None:
    """The cue of a second source's report set against the content headed by ``head`` and ending at
    character ``end``: an adverbial clause after ``head``, opened by a contrast mark, whose verb is
    a verb of speech (no stance) or one that gives a figure, with its own subject and no infinitive,
    running to the content's end. None if there is none.

    >>> from graphbuild.nlp import load_pipeline
    >>> doc = load_pipeline()("Police said 40 people were arrested, while organisers said the march was peaceful.")
    >>> head = doc[5]  # "arrested", the content's verb
    >>> juxtaposed_report(head, doc[-2].idx + len(doc[-2].text)).text
    'said'
    """
    for tok in head.subtree:
        if (
            tok.dep_ == "advcl"
            and tok.left_edge.i > head.i
            and tok.lemma_.lower() in _SECOND_ACCOUNT_VERBS
            and not any(c.dep_ == "xcomp" for c in tok.children)
            and _runs_to(tok, end)
            and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            and any(_contrast_mark(c, tok) for c in tok.children)
        ):
            return tok
    return None


def _contrast_mark(mark: Token, verb: Token) -> bool:
    """Whether ``mark`` opens the clause of ``verb`` as a contrast: "though", not "as though"."""
    return (
        mark.dep_ == "mark"
        and mark.lower_ in CONTRAST_MARKS
        and mark.i < verb.i
        and not (mark.i > 0 and mark.nbor(-1).lower_ == "as")
    )


def _runs_to(tok: Token, end: int) -> bool:
    """Whether the clause of ``tok`` runs to character ``end``, punctuation aside."""
    doc = tok.doc
    i = tok.right_edge.i + 1
    while i < len(doc) and doc[i].idx < end:
        if not (doc[i].is_punct or doc[i].is_space):
            return False
        i += 1
    return True


def end_before_second_reports(
    cands: list[Candidate], says_something: Callable[[Candidate], bool]
) -> list[Candidate]:
    """End each content before the juxtaposed report it holds (its ``contrast``), when that report
    is a candidate of its own whose content ``says_something`` ("while the government is criticising
    it" reports nothing: the clause stays the first source's); ``cands`` are changed in place and
    returned."""
    wanted = {c.contrast[0] for c in cands if c.contrast is not None}
    cues = {c.cue_token for c in cands if c.cue_token in wanted and says_something(c)}
    for c in cands:
        if c.contrast is not None and c.contrast[0] in cues:
            c.content = (c.content[0], min(c.content[1], c.contrast[1]))
    return cands
