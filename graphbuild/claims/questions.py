"""Questions, which assert nothing: a reporting verb in a question ("Do you think ...?") reports no
statement."""

from __future__ import annotations

from spacy.tokens import Token


def asked(tok: Token) -> bool:
    """Whether the cue's own clause is a question, which asserts nothing: its auxiliary before its
    subject ("Do we know how ...?", "How are they planning to ...?", "Which officials would you ask
    ...?") in a sentence that ends with a question mark. "She asked me if ...?" is no question of its
    own cue's, and is kept."""
    subject = next((c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in tok.lefts
    )
    return inverted and a_question(tok)  # the sentence's text is read only for an inverted clause


def a_question(tok: Token) -> bool:
    """Whether the sentence of ``tok`` ends with a question mark (a closing quotation mark aside)."""
    return tok.sent.text.rstrip().rstrip("\"'\u201d\u2019 ").endswith("?")
