"""Tests for graphbuild.boilerplate: page furniture is found, body text and headlines are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.boilerplate import explain_boilerplate, find_boilerplate
from graphbuild.model import Document

SEEDS = Path(__file__).parent.parent / "seeds"


def flagged(text: str) -> list[str]:
    return [text[s:e] for s, e in find_boilerplate(text)]


# Hand-made snippets in the styles of several kinds of outlet. Each line marked "# F" is furniture.
WIRE = """\
Drones hit fuel depot in border region, officials say
KYIV, March 3 (Reuters) - Drones struck a fuel depot overnight, the regional governor said on Tuesday.
"The fire has been contained," he wrote on Telegram, adding that nobody was hurt.
The ministry did not respond to a request for comment.
Reporting by Jane Doe in Kyiv; Editing by John Roe
"""
WIRE_FURNITURE = ["Reporting by Jane Doe in Kyiv; Editing by John Roe"]

BROADSHEET = """\
Ministers agree emergency energy package after late-night talks

Energy ministers agreed on a package of emergency measures early on Friday, ending talks that ran through the night.

Delegates arrive for the meeting in Brussels on Thursday.
Photograph: Maria Lopez/AP

Sign up to Morning Briefing, our free daily newsletter

The package caps prices for a year, according to a draft seen by reporters.

Related: Energy prices climb as supplies tighten

The commission will publish the final text next week. A photograph of the signing was later released.

Share on Facebook
"""
BROADSHEET_FURNITURE = [
    "Delegates arrive for the meeting in Brussels on Thursday.",
    "Photograph: Maria Lopez/AP",
    "Sign up to Morning Briefing, our free daily newsletter",
    "Related: Energy prices climb as supplies tighten",
    "Share on Facebook",
]

BROADCASTER = """\
Governor signs flood relief bill into law

the newYou can now listen to Example Network articles!

Governor Dana Reyes signed a $2 billion flood relief bill on Monday, her office said.

Rescue boats move through a flooded street in Riverton, June 2, 2024.

Rescue boats move through a flooded street in Riverton, June 2, 2024.
(John Smith/Example Agency via Getty Images)

Lawmakers approved the measure last week after months of debate.

Mayor warns river could rise again by the weekend

"This money will reach families within weeks," Reyes told reporters at the state capitol.

CLICK HERE TO GET THE EXAMPLE NETWORK APP

The bill also funds new levees along the river.
"""
BROADCASTER_FURNITURE = [
    "the newYou can now listen to Example Network articles!",
    "Rescue boats move through a flooded street in Riverton, June 2, 2024.",
    "Rescue boats move through a flooded street in Riverton, June 2, 2024.",
    "(John Smith/Example Agency via Getty Images)",
    "Mayor warns river could rise again by the weekend",
    "CLICK HERE TO GET THE EXAMPLE NETWORK APP",
]

BLOG = """\
City council delays vote on stadium plan
The council postponed its vote on the stadium plan until next month, the city clerk said on Wednesday.
Opponents say the plan would cost taxpayers too much.
See also  Stadium plan faces new legal challenge
Share this:
Like this:
Leave a Reply
Your email address will not be published. Required fields are marked *
Comment *
Save my name, email, and website in this browser for the next time I comment.
"""
BLOG_FURNITURE = [
    "See also  Stadium plan faces new legal challenge",
    "Share this:",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Comment *",
    "Save my name, email, and website in this browser for the next time I comment.",
]

WIRE_PROMO = """\
Central bank raises rates for third time this year
The central bank raised its main rate by a quarter point on Thursday.
Read more: Inflation slows less than expected in May
Follow us on Twitter for the latest updates
Download our app to get breaking news alerts
Advertisement
Analysts had expected the move, which the bank signalled in May.
"""
WIRE_PROMO_FURNITURE = [
    "Read more: Inflation slows less than expected in May",
    "Follow us on Twitter for the latest updates",
    "Download our app to get breaking news alerts",
    "Advertisement",
]


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        (WIRE, WIRE_FURNITURE),
        (BROADSHEET, BROADSHEET_FURNITURE),
        (BROADCASTER, BROADCASTER_FURNITURE),
        (BLOG, BLOG_FURNITURE),
        (WIRE_PROMO, WIRE_PROMO_FURNITURE),
    ],
    ids=["wire", "broadsheet", "broadcaster", "blog", "promo"],
)
def test_outlet_styles(text: str, furniture: list[str]) -> None:
    assert flagged(text) == furniture


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Jane Doe for Example Daily",
        "Credit: Example Agency",
        "(AP Photo/Evan Vucci)",
        "REUTERS/Gleb Garanich",
        "Sign up for our newsletter",
        "Share this article",
        "Follow us on Facebook and Instagram",
        "You can now listen to Example Times articles!",
        "Related:",
        "Read next: Parliament votes to extend emergency powers",
        "Also read | Talks collapse in Geneva",
        "Story continues below advertisement",
        # a caption and its credit run together by the copy
        "Jo DoeImage: Jo Doe for President.",
        "Whistleblower Ann Roe.Image: Example Media Days.",
        "Ann Roe Image: Example Senate.",
        "Placards. Image: Jane Roe (flickr).",
    ],
)
def test_single_furniture_lines(line: str) -> None:
    text = f"A headline for the story\nThe first paragraph ends here.\n{line}\nThe last paragraph starts afresh.\n"
    assert flagged(text) == [line]


# Body text that looks a little like furniture and must be kept.
KEPT = [
    # Imperative-looking openings of real sentences.
    "Follow-up talks are planned for next week in Geneva.",
    "Share prices fell 3% on Tuesday after the results.",
    "See you in court, the lawyer told the company's chief executive.",
    "Watch out for more strikes, the union leader warned on Monday.",
    # Quoted speech about apps and articles.
    "\u201cClick here and you will see what they want,\u201d the minister said mockingly.",
    "\u201cYou can now read every article for free,\u201d the publisher said.",
    # A parenthesised sentence is not a credit.
    "(The ministry did not respond to a request for comment.)",
    # A long paragraph without terminal punctuation.
    "The agency said that the plan, first proposed in 2019 and revised twice since then by two governments and the"
    " opposition, would cost more than previously estimated and take until 2030",
    # A label word inside a sentence, and a camel-cased name before a colon.
    "The Image: a short history of photography opened in London on Monday.",
    "The company rebranded as iPhoto: few users noticed.",
    # Short subheadings.
    "Equipment issues",
    "Russian military on the rise",
]


@pytest.mark.parametrize("line", KEPT)
def test_body_lines_are_kept(line: str) -> None:
    text = f"A headline for the story\nThe first paragraph ends here.\n{line}\nThe last paragraph starts afresh.\n"
    assert flagged(text) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Share prices slump as app maker warns on profits",
        "Read my lips: minister rules out tax rises",
        "UK defence chief says Ukraine is winning",
        "(Reuters)",
    ],
)
def test_headline_is_never_flagged_except_bare_ui_labels(headline: str) -> None:
    text = f"{headline}\nThe story begins here with a full sentence.\nIt goes on.\n"
    assert flagged(text) == []
    assert flagged(f"Skip to content\n{text}") == ["Skip to content"]


def test_caption_in_single_spaced_text_needs_wire_photo_date() -> None:
    body = "A headline for the story\nThe first paragraph ends here.\n"
    assert flagged(body + "Troops march in Kyiv.\n(Reuters)\nMore text.\n") == ["(Reuters)"]
    dated = "Troops march in Kyiv, May 9, 2023."
    assert flagged(body + dated + "\n(Reuters)\nMore text.\n") == [dated, "(Reuters)"]


def test_broken_line_is_not_a_headline() -> None:
    text = (
        "Headline\nThe first paragraph ends here.\n"
        'Officials are trying to "connect and integrate different systems, so\n'
        'they can do more," he said.\nNext paragraph.\n'
    )
    assert flagged(text) == []


def test_list_items_are_not_headlines() -> None:
    text = (
        "Headline\nThe measures include:\n"
        "A cap on energy prices for households and small firms\n"
        "Direct support for the most affected industrial sectors\n"
        "More funding for renewable energy projects in rural areas\n"
        "The plan was adopted on Friday.\n"
    )
    assert flagged(text) == []


def test_repeated_paragraph_later_copy_only() -> None:
    para = "The talks will resume in Vienna on Monday, according to the organisers."
    text = f"Headline\n{para}\nAnother paragraph here.\n{para}\nEnd.\n"
    spans = find_boilerplate(text)
    assert spans == ((text.rindex(para), text.rindex(para) + len(para)),)


def test_hard_wrapped_newswire_is_read_as_paragraphs() -> None:
    text = (
        "TRADE GROUP SEES SLOWER GROWTH\n"
        "    The trade group said exports would grow more slowly\n"
        "this year than last, citing weaker demand per\n"
        "share.\n"
        "    It said imports were expected to rise, with\n"
        "growth led by energy and machinery.\n"
        "    The group's chairman said the outlook\n"
        "remained uncertain.\n"
        " REUTER\n"
    )
    assert flagged(text) == []


def test_spans_are_offsets_into_the_text_and_sorted() -> None:
    for text in (BROADSHEET, BROADCASTER, BLOG):
        spans = find_boilerplate(text)
        assert list(spans) == sorted(spans)
        for s, e in spans:
            assert text[s:e] == text[s:e].strip() and "\n" not in text[s:e]


_LINES = st.sampled_from(
    [
        "",
        "Headline of a story",
        "A full body sentence ends here.",
        "(Reuters)",
        "Read next: Another story",
        "Leave a Reply",
        "A caption of a picture, June 2, 2024.",
        "continued in lower case",
        "Short unterminated line with many words in it",
        "  indented wire paragraph starts",
        '"Quoted speech," he said.',
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=14), st.sampled_from(["\n", "\n\n"]))
def test_spans_are_valid_and_deterministic(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    spans = find_boilerplate(text)
    assert spans == find_boilerplate(text)
    previous_end = 0
    for s, e in spans:
        assert previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        previous_end = e


def test_explain_names_rules() -> None:
    rules = {text_rule for *_, text_rule in explain_boilerplate(BROADCASTER)}
    assert {"reader-promo", "caption", "credit", "inline-headline", "call-to-action"} <= rules


def test_analysis_text_blanks_furniture_and_keeps_offsets() -> None:
    doc = Document(id="doc:x", text=BLOG, title="t", path="p", boilerplate=find_boilerplate(BLOG))
    assert len(doc.analysis_text) == len(BLOG)
    assert "Leave a Reply" not in doc.analysis_text
    assert "Opponents say the plan" in doc.analysis_text


# --- the seeds ------------------------------------------------------------------------------

SEED_FURNITURE = {
    "000_5e2e74c11a9af318.txt": [
        "Read next: Seymour Hersh: Russia, Ukraine peace underway, 4 new region additions"
    ],
    "001_847f8203897e8719.txt": [],
    "002_8a265002178ab370.txt": [],
    "003_8509f998c8884df9.txt": [],
    "004_86c46b112e19cb21.txt": [
        "the newYou can now listen to Fox News articles!",
        "Russian soldiers train for the military parade in Moscow, April 8, 2010.",
        "(Reuters)",
        "UK defense chief says Ukraine is winning no matter what Putin\u2019s propaganda is",
        "Ukraine carried Russian anger over military losses in Kharkiv",
        # The caption printed twice (the second time with its credit): both copies are caption.
        "A damaged Russian military vehicle and boots are seen after the withdrawal of Russian forces as the "
        "Russo-Ukrainian war continues in Izyum, Kharkiv Oblast, Ukraine on September 14, 2022.",
        "A damaged Russian military vehicle and boots are seen after the withdrawal of Russian forces as the "
        "Russo-Ukrainian war continues in Izyum, Kharkiv Oblast, Ukraine on September 14, 2022.",
        "(Metin Aktas/Anadolu Agency via Getty Images)",
        "CLICK HERE FOR FOX NEWS APP",
        "See also\u00a0 Trump blames US for nearly forcing Putin to invade Ukraine",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_FURNITURE))
def test_seed_furniture(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert flagged(text) == SEED_FURNITURE[name]


@pytest.mark.parametrize("name", sorted(SEED_FURNITURE))
def test_seed_body_paragraphs_are_never_dropped(name: str) -> None:
    """No line carrying reported speech or a full multi-sentence paragraph is flagged."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for bad in flagged(text):
        assert bad != lines[0], "the headline was flagged"
        assert not any(q in bad for q in '\u201c\u201d"'), f"quoted speech flagged: {bad!r}"
        assert " said" not in bad and " told" not in bad, f"attributed statement flagged: {bad!r}"
