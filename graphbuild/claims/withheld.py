"""Reports of speech that was withheld: "declined to comment", "refused to say how many",
"did not respond to a request for comment", "was asked about the deal".

A reporting verb finds these, but nobody said anything: the content the frame yields is the
topic the speaker would not talk about ("to comment on the report", "a request for comment").
They must not become statements. A report that carries a quotation is always an utterance and is
never withheld ("'No comment,' she said" is a statement).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import SPEECH_VERBS, lexicon
from .indirect import Candidate

#: Verbs of refusing whose infinitive, when it is a verb of saying, means nothing was said.
REFUSING = lexicon("refuse decline fail")
#: Verbs of saying that, refused ("declined to comment", "refused to say whether"), say nothing.
WITHHELD_SPEECH = lexicon("""
    comment say elaborate discuss answer respond reply speculate confirm deny specify disclose reveal
    detail divulge explain talk speak address identify name
    """)
#: Verbs that withhold speech only with an object naming information ("declined to give details").
GIVING = lexicon("give provide offer share release")
INFORMATION_NOUNS = lexicon("""
    detail comment information figure number name reason explanation specific answer breakdown estimate
    timeline timetable response
    """)
#: Passive infinitives that refuse being quoted ("declined to be named", "asked not to be identified").
ANONYMITY = lexicon("name identify quote interview photograph")
#: What was answered when the content names a request, not a message ("responded to a request for comment").
ANSWERING = lexicon("respond reply answer return")
REQUEST_NOUNS = lexicon("request inquiry enquiry call email message question query")
#: Verbs of asking whose infinitive is speech requested, not made ("asked to comment on").
ASKING = lexicon("ask invite urge press request")


def _passive(verb: Token) -> bool:
    """Whether a participle is passive: "was asked", or a bare participle clause ("Asked about the
    deal, she ..."); not a perfect ("has asked that ...")."""
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.dep_ in ("advcl", "acl") and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def _negated(tok: Token) -> bool:
    """Whether a verb is denied or only requested: a negation on it ("did not respond", "never
    said"), or it is the infinitive of a refusal, of "have yet to" or of a passive request
    ("failed to respond", "has yet to reply", "was asked to comment")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.dep_ == "xcomp":
        head = tok.head
        if head.lemma_.lower() in REFUSING:
            return True
        if head.lemma_.lower() in ASKING and _passive(head):
            return True  # "was asked to comment on": a question, not an answer
        if head.lemma_.lower() == "have" and any(c.lower_ == "yet" for c in head.children):
            return True
    return False


def _withholds(verb: Token) -> bool:
    """Whether an infinitive under a refusal names speech ("to comment", "to say whether",
    "to give details", "to be named")."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "auxpass" for c in verb.children):
        return lemma in ANONYMITY
    if lemma in WITHHELD_SPEECH:
        return True
    if lemma in GIVING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in INFORMATION_NOUNS for c in verb.children)
    return False


def _content_head(doc: Doc, content: tuple[int, int]) -> Token | None:
    """The syntactic head of the tokens inside a character span (None when it holds no token)."""
    span = doc.char_span(*content, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def is_withheld(doc: Doc, cand: Candidate) -> bool:
    """Whether a candidate reports speech that did not happen: a refusal whose infinitive is a
    verb of saying ("declined to comment on the report", "refused to say whether", "declined to be
    named"), a denied verb of saying ("did not respond to the allegations", "has yet to reply"), an
    answer to a request rather than a message ("responded to a request for comment"), or the one
    who was asked ("Asked about the deal, she ..."). Quoted content is never withheld.

    >>> from graphbuild.nlp import load_pipeline
    >>> from graphbuild.claims.indirect import find_reported_speech
    >>> doc = load_pipeline()("The ministry declined to comment on the report.")
    >>> [is_withheld(doc, c) for c in find_reported_speech(doc, [], doc.text)]
    [True]
    """
    if cand.quotes or cand.cue_token is None or cand.origin not in ("dep", "noun"):
        return False
    cue = doc[cand.cue_token]
    lemma = cue.lemma_.lower()
    if lemma in REFUSING:
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and _withholds(c) for c in cue.children)
    if lemma == "ask" and _passive(cue):
        return True  # "was asked about", "Asked about the deal, she ...": the asked one asked nothing
    if lemma in SPEECH_VERBS and _negated(cue):
        return True
    if lemma in ANSWERING:
        head = _content_head(doc, cand.content)
        return head is not None and head.lemma_.lower() in REQUEST_NOUNS
    return False
