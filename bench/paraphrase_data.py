"""The hand-labelled report sets scored by ``bench/paraphrase.py`` (see its docstring for how
and when each set was written, and which were used to tune).

Rows are (speaker, document, said, utterance label, content[, mode, venue]); a "-" label is a
report of its own. The ``*_PUBLISHED`` maps give the documents' publication days as the pipeline
passes them to ``merge_statements``; a document in no map has no known publication day."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphbuild.model import TimeSpan

ARD = TimeSpan.day(date(2023, 12, 3), rule="bench")
NOV16 = TimeSpan.day(date(2023, 11, 16), rule="bench")
NOV = TimeSpan("November", "2023-11", "DATE", date(2023, 11, 1), date(2023, 11, 30), "month", rule="bench")

# (speaker, document, said, utterance label, content as extracted); "-" labels: a report of its own
# rows of seven also carry the mode and venue the extractor gives (most reports of an article carry
# no venue: only the one next to "said in an interview with ..." does)
SEED: list[tuple] = [
    (
        "S",
        "003",
        None,
        "frontline",
        "that despite “unprecedented” support from the West, Kiev’s forces had failed to move the front line",
    ),
    (
        "S",
        "003",
        None,
        "frontline",
        "this “Even with this significant and significant military support from NATO allies, [the Ukrainians] “Over the past year, we have not been able to move the front line.",
    ),
    ("S", "003", None, "frontline", "This reflects the fact that we should never underestimate Russia"),
    (
        "S",
        "002",
        None,
        "frontline",
        "We see that even with all the significant help from NATO countries, the Ukrainians have not been able to move the front line during this year, this only confirms the fact that Russia cannot be underestimated",
    ),
    (
        "S",
        "003",
        None,
        "industry",
        "Their defense industry is at war, and they are unable to resupply their forces with new ammunition and capabilities…making it difficult to achieve the territorial gains we hope for.",
    ),
    (
        "S",
        "002",
        None,
        "industry",
        'This "makes it hard for the Ukrainians to achieve the territorial gains we all hope for," the NATO secretary general continued.',
    ),
    (
        "S",
        "002",
        None,
        "industry",
        'that Russian industry was allegedly put into military mode and has "got significant amount of ammunition from North Korea.',
    ),
    (
        "S",
        "003",
        None,
        "weapons",
        "that NATO members “Steady” In their commitment to Kyiv, noting “Unprecedented” The quantities of weapons and equipment sent by these countries to Ukraine, the upcoming arms shipments – including air defense systems and combat aircraft",
    ),
    (
        "S",
        "002",
        None,
        "weapons",
        "Ukraine had received the most advanced weapons, including cruise missiles, air defense equipment, and was to receive F-16 aircraft soon",
    ),
    ("S", "000", None, "badnews", "world 'must be prepared for bad news' from Ukraine"),
    (
        "S",
        "000",
        None,
        "badnews",
        "Wars are difficult to plan. We have to be prepared for bad news, but we must stand by Ukraine in good and bad times alike.",
    ),
    (
        "S",
        "001",
        ARD,
        "badnews",
        "We have to support Ukraine in both good and bad times. “We should also be prepared for bad news.",
        "direct",
        "a Dec. 3 interview",
    ),
    (
        "S",
        "000",
        None,
        "badnews",
        "that the alliance should continue to support Ukraine, despite its failures on the battlefront",
    ),
    (
        "S",
        "000",
        None,
        "badnews",
        "The Ukrainian military has failed over the past several months to make any breakthroughs, but Ukraine should still be receiving unwavering support from the West",
        "indirect",
        "an interview with the German Das Erste TV channel",
    ),
    ("S", "001", ARD, "badnews", "Wars develop in phases", "direct", "a Dec. 3 interview"),
    (
        "S",
        "002",
        None,
        "-",
        "NATO needs to keep supporting Kiev",
        "indirect",
        "a press conference ahead of the November 28-29 meeting of the alliance's foreign ministers in Brussels; citing NATO",
    ),  # the November 27 press conference, not ARD
    ("S", "003", None, "-", "this “[Russian President Vladimir] Putin is not winning this war."),
    (
        "S",
        "002",
        None,
        "-",
        'that "it is in our [NATO’s] security interest that President Putin does not win.',
    ),
    (
        "S",
        "001",
        None,
        "-",
        "We are working hard to ensure that this happens,” he told the German broadcaster. “The more we support Ukraine, the faster the war will end.",
    ),
    ("S", "001", None, "production", "stepped-up weapons production"),
    ("S", "000", None, "production", "ramping up production"),
    (
        "S",
        "000",
        None,
        "production",
        "NATO member states to overcome national interests and work collaboratively to increase the production of essential supplies",
    ),
    (
        "S",
        "004",
        None,
        "recruits",
        "that Putin’s invitation to Russian recruits will require weapons that Moscow does not have",
    ),
    (
        "S",
        "004",
        None,
        "recruits",
        "that Russian President Vladimir Putin escalated the war on Wednesday in… Invites the recruit to join the fight In Ukraine, it would mean more soldiers needing weapons that Moscow can’t provide",
    ),
    (
        "S",
        "004",
        None,
        "-",
        "the fastest way to end the war was for Putin to admit his “big strategic failures” and withdraw his forces",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "Just one thing about technology. I think that, first of all, we are providing Ukraine with more and more advanced systems, second, technology is not only about, you know, one specific item or weapon.",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "NATO countries are currently trying to figure out new ways for Ukraine to combine the use of various types of weapons against Russia.",
    ),
    ("S", "002", None, "-", "they can establish or provide even more advanced capabilities"),
    (
        "S",
        "003",
        NOV,
        "-",
        "the idea that the conflict had now reached point zero “stalemate” As the Supreme Commander of the Ukrainian Armed Forces, General Valery Zalozhny",
    ),
    (
        "S",
        "001",
        NOV16,
        "-",
        "that the situation in Avdiivka in particular is “more difficult than we hoped.",
        "indirect",
        "a Nov. 16 press conference",
    ),
    ("S", "000", None, "-", "the challenges faced by the Ukrainian military"),
    ("S", "000", None, "-", "the complexity of operational decisions"),
    (
        "S",
        "000",
        None,
        "-",
        "the need for increased collaboration within the European defense industry as Ukraine's losses",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "that Brussels believes that the huge losses of Western equipment are due to Ukraine not knowing how to use it properly",
    ),
    (
        "S",
        "002",
        None,
        "-",
        "being reproached for providing the Ukrainian armed forces with insufficient high-tech weapons",
    ),
    (
        "Z",
        "001",
        None,
        "-",
        "that a months-long Ukrainian counteroffensive had failed to make significant headway",
    ),
    ("Z", "001", None, "-", "From that perspective, unfortunately, we did not achieve the desired results."),
    ("Z", "001", None, "-", "We didn’t get all the weapons we wanted"),
    (
        "Z",
        "003",
        None,
        "-",
        "that he will not negotiate with the Kremlin, even as some of his aides report Scenery His belief in military victory “Phantom.",
    ),
]

#: Publication days of the seed articles (seeds/manifest.json), as the pipeline passes them.
SEED_PUBLISHED = {"doc:000": "2023-12-04", "doc:001": "2023-12-04", "doc:002": "2023-11-27", "doc:003": "2023-11-27",
                  "doc:004": "2022-09-21"}  # fmt: skip

# hand-written: one speaker per block, outlets "A"/"B"/"C"; same label = same utterance
WRITTEN: list[tuple[str, str, TimeSpan | None, str, str]] = [
    ("P1", "A", None, "p1", "We will not abandon the farmers who lost their harvest to the floods"),
    ("P1", "B", None, "p1", "the government would stand by growers whose crops were destroyed by flooding"),
    ("P1", "C", None, "-", "farm subsidies will be cut next year to balance the budget"),
    ("P2", "A", None, "p2", "the ceasefire is holding and no shots have been fired since Sunday"),
    ("P2", "B", None, "p2", "the truce has been respected, with no gunfire reported since Sunday"),
    ("P2", "C", None, "-", "the ceasefire will collapse unless both armies pull back their artillery"),
    ("P3", "A", None, "p3", "Our company has no plans to close the factory in Leeds or cut jobs there"),
    ("P3", "B", None, "p3", "the firm does not intend to shut its Leeds plant or lay off workers"),
    ("P3", "C", None, "-", "the Leeds factory will produce electric batteries from next spring"),
    ("P4", "A", None, "p4", "The vaccine is safe and the side effects reported so far are mild"),
    ("P4", "B", None, "p4", "the shot poses no danger, and the adverse reactions observed have been minor"),
    ("P4", "C", None, "-", "the vaccine will be offered to children over twelve from March"),
    ("P5", "A", None, "p5", "Europe must become independent of Russian gas as quickly as possible"),
    ("P5", "B", None, "p5", "the EU needs to end its reliance on Moscow's gas supplies fast"),
    ("P5", "C", None, "-", "gas prices in Europe will stay high through the winter"),
    ("P6", "A", None, "-", "the central bank will raise interest rates again in June"),
    ("P6", "B", None, "-", "the central bank will keep interest rates unchanged in June"),
    ("P7", "A", None, "p7", "the rescue teams have pulled 14 survivors from the rubble overnight"),
    (
        "P7",
        "B",
        None,
        "p7",
        "fourteen people were rescued alive from the collapsed buildings during the night",
    ),
    ("P7", "C", None, "-", "the death toll from the earthquake has risen to 230"),
    ("P8", "A", None, "-", "the opposition will boycott the parliamentary elections in May"),
    ("P8", "B", None, "-", "the opposition will take part in the parliamentary elections in May"),
]


# DEV (wire): hand-written for tuning the publication-day rule (issue #6), wire copy with no said-date or
# venue; the publication days are the only occasion evidence. Negatives: other things said that day,
# different figures, the speaker a week later.
DEV_WIRE_PUBLISHED: dict[str, str] = {
    "doc:w1-a": "2024-03-05", "doc:w1-b": "2024-03-05", "doc:w1-c": "2024-03-06", "doc:w1-d": "2024-03-12",
    "doc:w2-a": "2024-05-20", "doc:w2-b": "2024-05-21", "doc:w2-c": "2024-05-27",
    "doc:w3-a": "2024-07-10", "doc:w3-b": "2024-07-10", "doc:w3-c": "2024-07-11",
}  # fmt: skip
DEV_WIRE: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    ("W1", "w1-a", None, "w1-runway", "The third runway will be finished by 2028", "direct", None),
    ("W1", "w1-b", None, "w1-runway", "that construction of the third runway would be completed by 2028", "indirect", None),
    ("W1", "w1-c", None, "w1-runway", "the new runway was due to be finished in 2028", "indirect", None),
    ("W1", "w1-a", None, "w1-night", "Night flights will not increase after the expansion", "direct", None),
    ("W1", "w1-c", None, "w1-night", "that the number of night flights would not rise once the airport expanded", "indirect", None),
    ("W1", "w1-b", None, "-", "that rail links to the airport would be upgraded next year", "indirect", None),
    ("W1", "w1-b", None, "-", "that the runway would cost 14 billion euros", "indirect", None),
    ("W1", "w1-d", None, "-", "that the third runway would be delayed until 2030", "indirect", None),
    ("W2", "w2-a", None, "w2-coach", "The coach will stay at the club next season", "direct", None),
    ("W2", "w2-b", None, "w2-coach", "that the manager would remain in charge next season", "indirect", None),
    ("W2", "w2-a", None, "w2-stadium", "We are going to build a new stadium with 60,000 seats", "direct", None),
    ("W2", "w2-b", None, "w2-stadium", "that the club planned a new 60,000-seat stadium", "indirect", None),
    ("W2", "w2-b", None, "-", "that the club would sell its top striker this summer", "indirect", None),
    ("W2", "w2-c", None, "-", "that the coach would leave the club at the end of the season", "indirect", None),
    ("W2", "w2-c", None, "-", "that the new stadium would have 45,000 seats", "indirect", None),
    ("W3", "w3-a", None, "w3-output", "Copper output fell 8 percent in the second quarter because of flooding at the mine", "direct", None),
    ("W3", "w3-b", None, "w3-output", "that copper production had dropped by 8% in the April-June period after the mine flooded", "indirect", None),
    ("W3", "w3-c", None, "w3-output", "copper output was down 8 percent in the quarter", "indirect", None),
    ("W3", "w3-a", None, "w3-jobs", "No jobs will be lost at the mine", "direct", None),
    ("W3", "w3-c", None, "w3-jobs", "that there would be no job cuts at the flooded mine", "indirect", None),
    ("W3", "w3-b", None, "-", "that copper prices would rise in the second half of the year", "indirect", None),
    ("W3", "w3-c", None, "-", "that gold output rose 3 percent in the second quarter", "indirect", None),
]  # fmt: skip


def _day(y, m, d):
    return TimeSpan.day(date(y, m, d), rule="bench")


D_MAR12 = _day(2024, 3, 12)
D_MAY02 = _day(2024, 5, 2)
D_FEB20 = _day(2024, 2, 20)
D_MAR28 = _day(2024, 3, 28)
D_APR10 = _day(2024, 4, 10)
D_APR14 = _day(2024, 4, 14)
D_JAN30 = _day(2024, 1, 30)
D_JUN05 = _day(2024, 6, 5)
D_JUN20 = _day(2024, 6, 20)
D_JUL15 = _day(2024, 7, 15)
D_SEP09 = _day(2024, 9, 9)
D_OCT01 = _day(2024, 10, 1)
M_MAR = TimeSpan("March", "2024-03", "DATE", date(2024, 3, 1), date(2024, 3, 31), "month", rule="bench")

# HELD-OUT: written before any tuning of the occasion rules, never used to choose thresholds.
# Wire-copy style, invented speakers and topics; (speaker, outlet, said, label, content, mode, venue).
# Each block mixes: one utterance in several outlets (direct and indirect, person shift), other things
# said on the same occasion (negatives), and opposite-polarity or contradictory claims (negatives).
HELDOUT: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a finance minister's budget press conference
    ("H1", "A", D_MAR12, "h1-deficit", "The deficit will fall below 3 percent of GDP next year", "direct", "at a press conference"),
    ("H1", "B", D_MAR12, "h1-deficit", "that the budget deficit would drop under 3% of economic output next year", "indirect", "at a news conference in the capital"),
    ("H1", "C", None, "h1-deficit", "the deficit would shrink to below three percent of GDP in 2025", "indirect", None),
    ("H1", "A", D_MAR12, "h1-tax", "We are not going to raise income taxes", "direct", "at a press conference"),
    ("H1", "D", D_MAR12, "h1-tax", "that the government would not increase income tax", "indirect", None),
    ("H1", "B", D_MAR12, "-", "the deficit target for this year will be missed", "indirect", "at a news conference in the capital"),
    ("H1", "E", _day(2024, 9, 30), "-", "that the government will raise income taxes on top earners", "indirect", "in a speech to parliament"),
    # a port chief's radio interview
    ("H2", "A", D_MAY02, "h2-traffic", "Container traffic rose 12 percent in the first quarter", "direct", "in an interview with Harbour Radio"),
    ("H2", "B", D_MAY02, "h2-traffic", "that container volumes at the port had grown by 12% in the first three months of the year", "indirect", "in an interview with Harbour Radio"),
    ("H2", "C", None, "h2-traffic", "traffic through the port climbed twelve percent in the first quarter", "indirect", "told Harbour Radio"),
    ("H2", "A", D_MAY02, "h2-terminal", "The new terminal will open in September", "direct", "in an interview with Harbour Radio"),
    ("H2", "B", D_MAY02, "h2-terminal", "that the second terminal would be ready to open in September", "indirect", "in an interview with Harbour Radio"),
    ("H2", "A", D_MAY02, "-", "Container traffic will slow in the second half of the year", "direct", "in an interview with Harbour Radio"),
    ("H2", "D", D_JUL15, "-", "the new terminal will not open before December", "indirect", "at a briefing"),
    # a health official's outbreak briefing
    ("H3", "A", D_FEB20, "h3-cases", "We have confirmed 48 new cases of cholera in the past week", "direct", "at a briefing"),
    ("H3", "B", D_FEB20, "h3-cases", "that 48 new cholera cases had been confirmed over the last seven days", "indirect", None),
    ("H3", "C", None, "h3-cases", "forty-eight new cases of cholera were recorded in the past week", "indirect", None),
    ("H3", "A", D_FEB20, "h3-control", "The outbreak is not yet under control", "direct", "at a briefing"),
    ("H3", "C", None, "h3-control", "that the outbreak was still not under control", "indirect", None),
    ("H3", "D", D_MAR28, "-", "The outbreak is now under control", "direct", "at a briefing"),
    ("H3", "A", D_FEB20, "h3-teams", "Vaccination teams will reach the northern districts by Friday", "direct", "at a briefing"),
    ("H3", "B", D_FEB20, "h3-teams", "that vaccination teams would arrive in the northern districts by the end of the week", "indirect", None),
    # a union leader at a rally
    ("H4", "A", D_APR10, "h4-strike", "Our members will strike on Monday unless the company improves its offer", "direct", "at a rally"),
    ("H4", "B", D_APR10, "h4-strike", "that workers would walk out on Monday if the company did not improve its pay offer", "indirect", "at a rally"),
    ("H4", "C", None, "h4-strike", "the union will go on strike on Monday unless management raises its offer", "indirect", None),
    ("H4", "A", D_APR10, "h4-profit", "The company made record profits last year", "direct", "at a rally"),
    ("H4", "C", None, "h4-profit", "that the firm had posted record profits last year", "indirect", None),
    ("H4", "D", D_APR14, "-", "The strike on Monday has been called off", "direct", None),
    # a chief executive on an earnings call
    ("H5", "A", D_JAN30, "h5-revenue", "We expect revenue to grow by about 8 percent this year", "direct", "on a call with analysts"),
    ("H5", "B", D_JAN30, "h5-revenue", "that the company expected sales to rise roughly 8% this year", "indirect", "on a call with analysts"),
    ("H5", "A", D_JAN30, "h5-jobs", "We will not cut jobs in Europe", "direct", "on a call with analysts"),
    ("H5", "C", D_JAN30, "h5-jobs", "that there would be no job cuts in Europe", "indirect", None),
    ("H5", "B", D_JAN30, "-", "the company will cut 300 jobs in Asia", "indirect", "on a call with analysts"),
    ("H5", "C", D_JAN30, "-", "revenue fell 3 percent last year", "indirect", None),
    # a foreign minister at a joint news conference
    ("H6", "A", D_JUN05, "h6-host", "France is ready to host the peace talks", "direct", "at a joint news conference"),
    ("H6", "B", D_JUN05, "h6-host", "that Paris was ready to host the negotiations", "indirect", "at a joint news conference"),
    ("H6", "C", None, "h6-host", "his country stood ready to host peace talks", "indirect", None),
    ("H6", "A", D_JUN05, "h6-sanctions", "The sanctions will stay in place until the troops withdraw", "direct", "at a joint news conference"),
    ("H6", "B", D_JUN05, "h6-sanctions", "that sanctions would remain until the soldiers pulled out", "indirect", "at a joint news conference"),
    ("H6", "D", D_JUN20, "-", "that France was not ready to host talks while the fighting continued", "indirect", None),
    # a police spokesperson, undated statement
    ("H7", "A", None, "h7-arrests", "Three people were arrested after the match", "direct", None),
    ("H7", "B", None, "h7-arrests", "that police had detained three men following the game", "indirect", None),
    ("H7", "C", None, "h7-arrests", "three arrests were made after the match", "indirect", None),
    ("H7", "A", None, "h7-injured", "No one was injured in the clashes", "direct", None),
    ("H7", "B", None, "h7-injured", "that nobody had been hurt in the clashes", "indirect", None),
    ("H7", "D", None, "-", "two officers were injured in the clashes", "indirect", None),
    # a weather service forecaster
    ("H8", "A", M_MAR, "h8-heat", "Temperatures will reach 40 degrees on Thursday", "direct", None),
    ("H8", "B", None, "h8-heat", "that the mercury would hit 40 degrees on Thursday", "indirect", None),
    ("H8", "C", None, "-", "temperatures will fall below 30 degrees on Sunday", "indirect", None),
    # a defence chief: direct quote with "we" vs indirect with "the alliance"
    ("H9", "A", D_SEP09, "h9-defend", "We must be ready to defend every inch of allied territory", "direct", "at a news conference"),
    ("H9", "B", D_SEP09, "h9-defend", "that the alliance must be ready to defend every inch of its territory", "indirect", "at a news conference"),
    ("H9", "C", None, "h9-defend", "the alliance had to be ready to defend every inch of allied territory", "indirect", None),
    ("H9", "A", D_SEP09, "h9-troops", "We will not send troops to the region", "direct", "at a news conference"),
    ("H9", "C", None, "h9-troops", "that the alliance would not send any troops to the region", "indirect", None),
    ("H9", "D", D_OCT01, "-", "the alliance will send troops to the region", "indirect", "in an interview"),
    # a mayor: one utterance, a later reversal with the same words, and a same-day other topic
    ("H10", "A", D_OCT01, "h10-bridge", "The bridge will reopen to traffic next week", "direct", "at a council meeting"),
    ("H10", "B", D_OCT01, "h10-bridge", "that the bridge would reopen to cars next week", "indirect", "at a council meeting"),
    ("H10", "C", _day(2024, 10, 8), "-", "the bridge will remain closed to traffic next week", "indirect", None),
    ("H10", "B", D_OCT01, "-", "the city will hire 200 new bus drivers next year", "indirect", "at a council meeting"),
]  # fmt: skip


D25_0319 = _day(2025, 3, 19)
D25_0402 = _day(2025, 4, 2)
D25_0511 = _day(2025, 5, 11)
D25_0520 = _day(2025, 5, 20)
D25_1005 = _day(2025, 10, 5)
D25_1012 = _day(2025, 10, 12)

# HELD-OUT 2: written after the first held-out had been looked at (two bug fixes followed that look),
# before any further change to the statement rules; longer, extraction-like contents, one speaker
# with over ten reports (so the topic-word weighting is exercised), figures that must not merge.
HELDOUT2: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a central-bank governor: a policy press conference, then a parliamentary hearing
    ("K1", "A", D25_0319, "k1-target", "Inflation is expected to return to our 2 percent target by the end of next year", "direct", "at a press conference"),
    ("K1", "B", D25_0319, "k1-target", "that inflation would come back to the bank's 2% goal by late next year, according to its latest projections", "indirect", "at a news conference"),
    ("K1", "C", None, "k1-target", "inflation should be back at 2 percent by the end of 2026", "indirect", None),
    ("K1", "A", D25_0319, "k1-hold", "We decided to leave the benchmark rate at 4.5 percent", "direct", "at a press conference"),
    ("K1", "B", D25_0319, "k1-hold", "that the bank had held its key interest rate at 4.5%", "indirect", "at a news conference"),
    ("K1", "D", None, "k1-hold", "the central bank kept rates on hold at 4.5 percent, as economists had expected", "indirect", None),
    ("K1", "A", D25_0319, "-", "Higher tariffs could push inflation up in the coming months", "direct", "at a press conference"),
    ("K1", "C", None, "-", "the labour market remains tight and wage growth is still too high", "indirect", None),
    ("K1", "B", D25_0402, "k1-ready", "The bank is prepared to cut rates if the economy weakens", "direct", "at a parliamentary hearing"),
    ("K1", "D", D25_0402, "k1-ready", "that the central bank stood ready to lower borrowing costs should growth falter", "indirect", "told lawmakers"),
    ("K1", "A", D25_0402, "-", "The bank will not cut rates as long as wage growth stays above 4 percent", "direct", "at a parliamentary hearing"),
    ("K1", "C", D25_0402, "-", "that inflation would return to the 2 percent target only in 2027", "indirect", "at a parliamentary hearing"),
    # an airline chief executive, one newspaper interview
    ("K2", "A", None, "k2-order", "We will order 40 new long-haul jets this year", "direct", "in an interview with the Morning Ledger"),
    ("K2", "B", None, "k2-order", "that the carrier planned to buy forty wide-body aircraft this year", "indirect", "told the Morning Ledger"),
    ("K2", "C", None, "k2-order", "the airline intends to order 40 long-haul planes this year", "indirect", None),
    ("K2", "A", None, "k2-fares", "Fares will not fall this summer because demand is so strong", "direct", "in an interview with the Morning Ledger"),
    ("K2", "D", None, "k2-fares", "that ticket fares would not come down over the summer given strong demand", "indirect", None),
    ("K2", "B", None, "-", "fares fell 5 percent last summer", "indirect", "told the Morning Ledger"),
    ("K2", "C", None, "-", "the airline will retire 12 old jets by December", "indirect", None),
    # a rebel commander's statement, and a later one
    ("K3", "A", D25_0511, "k3-airport", "Our fighters have captured the airport and the road to the border", "direct", "in a statement"),
    ("K3", "B", D25_0511, "k3-airport", "that rebel forces had seized the airport and the border road", "indirect", "in a statement"),
    ("K3", "C", None, "k3-airport", "the rebels took control of the airport and the road leading to the border", "indirect", None),
    ("K3", "A", D25_0511, "k3-civilians", "We will not attack civilians or aid convoys", "direct", "in a statement"),
    ("K3", "C", None, "k3-civilians", "that his fighters would not target civilians or humanitarian convoys", "indirect", None),
    ("K3", "B", D25_0511, "k3-losses", "The army lost more than 200 soldiers in the fighting", "direct", "in a statement"),
    ("K3", "D", None, "k3-losses", "that more than 200 government troops had been killed in the fighting", "indirect", None),
    ("K3", "D", None, "-", "that his fighters had not yet captured the airport", "indirect", None),
    ("K3", "A", D25_0520, "-", "Our fighters have withdrawn from the airport", "direct", "in a statement"),
    # a scientist, undated study comments
    ("K4", "A", None, "k4-rise", "Sea levels along the coast rose 9 centimetres between 2000 and 2020", "direct", None),
    ("K4", "B", None, "k4-rise", "that coastal sea levels had climbed nine centimetres between 2000 and 2020", "indirect", None),
    ("K4", "A", None, "k4-pace", "The rise is accelerating and could double by 2050", "direct", None),
    ("K4", "C", None, "k4-pace", "that the pace of the rise was increasing and could double by 2050", "indirect", None),
    ("K4", "C", None, "-", "sea levels will rise at least 30 centimetres by 2100", "indirect", None),
    # a prime minister: party conference speech, a TV interview a week later
    ("K5", "A", D25_1005, "k5-homes", "We will build 300,000 homes a year by the end of this parliament", "direct", "in a speech to the party conference"),
    ("K5", "B", D25_1005, "k5-homes", "that the government would deliver 300,000 new homes a year before the next election", "indirect", "at the party conference"),
    ("K5", "C", None, "k5-homes", "the government aims to build 300 thousand houses every year", "indirect", None),
    ("K5", "A", D25_1005, "k5-migration", "Immigration is too high and we will bring it down", "direct", "in a speech to the party conference"),
    ("K5", "B", D25_1005, "k5-migration", "that immigration was too high and would be brought down", "indirect", "at the party conference"),
    ("K5", "A", D25_1005, "-", "We will not raise taxes on working people", "direct", "in a speech to the party conference"),
    ("K5", "D", D25_1012, "-", "that taxes might have to rise to pay for the health service", "indirect", "in a television interview"),
    ("K5", "B", D25_1005, "-", "home ownership among young people has fallen sharply", "indirect", "at the party conference"),
]  # fmt: skip


# HELD-OUT 3: wire copy as it usually arrives, written before the publication-day rule (issue #6) and
# never used to choose a rule or threshold. No said-date and no venue on any report: the only
# occasion evidence is when each document was published (HELDOUT3_PUBLISHED: same day, next day, a
# week later). Each speaker's block mixes paraphrases of one utterance (positives), other things said
# that day (different topic or different claim), opposite-polarity or different-figure reports, and
# the same speaker a week later on a similar subject (negatives; one weekly round-up re-reports an
# earlier utterance and is labelled with it). Documents are "<speaker>-<outlet><n>".
HELDOUT3_PUBLISHED: dict[str, str] = {
    "doc:q1-a": "2024-06-10", "doc:q1-b": "2024-06-10", "doc:q1-c": "2024-06-11", "doc:q1-a2": "2024-06-17",
    "doc:q2-a": "2024-08-21", "doc:q2-b": "2024-08-21", "doc:q2-c": "2024-08-22", "doc:q2-d": "2024-08-28",
    "doc:q3-a": "2024-09-03", "doc:q3-b": "2024-09-03", "doc:q3-c": "2024-09-04", "doc:q3-d": "2024-09-10",
    "doc:q4-a": "2024-04-14", "doc:q4-b": "2024-04-15", "doc:q4-c": "2024-04-15",
    "doc:q5-a": "2024-11-04", "doc:q5-b": "2024-11-04", "doc:q5-c": "2024-11-05", "doc:q5-d": "2024-11-11",
    "doc:q6-a": "2024-02-07", "doc:q6-b": "2024-02-07", "doc:q6-c": "2024-02-08", "doc:q6-d": "2024-02-14",
}  # fmt: skip
HELDOUT3: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a health minister's briefing
    ("Q1", "q1-a", None, "q1-waiting", "Waiting lists for hip operations have fallen by a third since January", "direct", None),
    ("Q1", "q1-b", None, "q1-waiting", "that waiting times for hip surgery had dropped by a third since the start of the year", "indirect", None),
    ("Q1", "q1-c", None, "q1-waiting", "hip replacement waiting lists were down by one third this year", "indirect", None),
    ("Q1", "q1-a", None, "q1-nurses", "We will not cut the number of nursing posts in rural hospitals", "direct", None),
    ("Q1", "q1-c", None, "q1-nurses", "that the government would not reduce nursing jobs at hospitals in the countryside", "indirect", None),
    ("Q1", "q1-b", None, "-", "that a new children's hospital would open in the capital in 2026", "indirect", None),
    ("Q1", "q1-b", None, "-", "We will cut 500 administrative posts in hospital management", "direct", None),
    ("Q1", "q1-a2", None, "-", "that waiting lists for knee operations had risen by 10 percent since January", "indirect", None),
    # an energy company chief after a pipeline leak
    ("Q2", "q2-a", None, "q2-cause", "The leak was caused by corrosion, not sabotage", "direct", None),
    ("Q2", "q2-b", None, "q2-cause", "that corrosion, rather than sabotage, had caused the leak", "indirect", None),
    ("Q2", "q2-c", None, "q2-cause", "the leak allegedly resulted from corrosion of the pipe and was not an act of sabotage", "indirect", None),
    ("Q2", "q2-a", None, "q2-restart", "We expect the pipeline to restart within ten days", "direct", None),
    ("Q2", "q2-c", None, "q2-restart", "that the pipeline would resume operations in ten days", "indirect", None),
    ("Q2", "q2-b", None, "-", "that the company would pay compensation to fishermen along the coast", "indirect", None),
    ("Q2", "q2-b", None, "-", "that the pipeline could restart within three weeks", "indirect", None),
    ("Q2", "q2-d", None, "-", "that the pipeline would restart within two days once repairs were completed", "indirect", None),
    ("Q2", "q2-d", None, "-", "that sabotage could not be ruled out as the cause of a second leak", "indirect", None),
    # a foreign minister after border talks
    ("Q3", "q3-a", None, "q3-progress", "We have made real progress on the border demarcation, but a deal is not yet ready", "direct", None),
    ("Q3", "q3-b", None, "q3-progress", "that real progress had been made on demarcating the border, although an agreement was not ready yet", "indirect", None),
    ("Q3", "q3-c", None, "q3-progress", "the two sides had moved forward on marking the frontier, but no deal was ready", "indirect", None),
    ("Q3", "q3-a", None, "q3-troops", "Our troops will stay on the border until an agreement is signed", "direct", None),
    ("Q3", "q3-c", None, "q3-troops", "that the country's soldiers would remain at the frontier until a deal was signed", "indirect", None),
    ("Q3", "q3-b", None, "-", "that he would travel to Geneva next month for a donor conference", "indirect", None),
    ("Q3", "q3-b", None, "-", "that troops would be withdrawn from the border before the agreement is signed", "indirect", None),
    ("Q3", "q3-d", None, "-", "that a border deal was now ready to be signed", "indirect", None),
    # a police chief after a night of riots
    ("Q4", "q4-a", None, "q4-arrests", "Officers arrested 35 people overnight", "direct", None),
    ("Q4", "q4-b", None, "q4-arrests", "that 35 people had been detained during the night", "indirect", None),
    ("Q4", "q4-c", None, "q4-arrests", "police made thirty-five arrests overnight", "indirect", None),
    ("Q4", "q4-a", None, "q4-injured", "Twelve officers were injured, two of them seriously", "direct", None),
    ("Q4", "q4-c", None, "q4-injured", "that 12 police officers had been hurt in the violence, two seriously", "indirect", None),
    ("Q4", "q4-b", None, "-", "that 53 people had been arrested", "indirect", None),
    ("Q4", "q4-c", None, "-", "that extra patrols would be deployed in the city centre this weekend", "indirect", None),
    ("Q4", "q4-b", None, "-", "that no officers had been injured in the unrest", "indirect", None),
    # a rail union leader announcing a strike
    ("Q5", "q5-a", None, "q5-strike", "Our members will walk out for 48 hours from next Thursday", "direct", None),
    ("Q5", "q5-b", None, "q5-strike", "that rail workers would strike for two days starting on Thursday", "indirect", None),
    ("Q5", "q5-c", None, "q5-strike", "train drivers will stage a 48-hour stoppage beginning Thursday", "indirect", None),
    ("Q5", "q5-a", None, "q5-offer", "The pay offer of 3 percent is an insult to our members", "direct", None),
    ("Q5", "q5-b", None, "q5-offer", "that the 3% pay offer was insulting to union members", "indirect", None),
    ("Q5", "q5-c", None, "-", "the company's offer of 5 percent would be put to a vote of members", "indirect", None),
    ("Q5", "q5-b", None, "-", "that the union had not ruled out further action over Christmas", "indirect", None),
    ("Q5", "q5-d", None, "-", "that members would walk out for a further 72 hours from next Friday", "indirect", None),
    ("Q5", "q5-d", None, "-", "The new pay offer of 4.5 percent is still not good enough", "direct", None),
    # a UN envoy on aid to a besieged region
    ("Q6", "q6-a", None, "q6-convoys", "Aid convoys have not been able to reach Valdoria for three weeks", "direct", None),
    ("Q6", "q6-b", None, "q6-convoys", "that no aid convoys had reached Valdoria in three weeks", "indirect", None),
    ("Q6", "q6-c", None, "q6-convoys", "humanitarian trucks had been blocked from entering Valdoria for the past three weeks", "indirect", None),
    ("Q6", "q6-a", None, "q6-famine", "Half a million people in the region face famine", "direct", None),
    ("Q6", "q6-c", None, "q6-famine", "that 500,000 people in the area were at risk of starvation", "indirect", None),
    ("Q6", "q6-d", None, "q6-famine", "half a million people faced famine in the region", "indirect", None),
    ("Q6", "q6-b", None, "-", "that the envoy would meet both sides in Geneva on Friday", "indirect", None),
    ("Q6", "q6-c", None, "-", "that the first aid convoy in weeks had reached Valdoria on Tuesday", "indirect", None),
    ("Q6", "q6-d", None, "-", "that aid convoys had been able to reach Valdoria again", "indirect", None),
]  # fmt: skip


# HELD-OUT 4 (issue #6, precision of merging): written before the antonym, contrastive-negation, quantity
# and week-later rules, scored once before and once after them, never used to choose a rule. Wire copy
# with no said-date and no venue; occasion evidence is the publication day (HELDOUT4_PUBLISHED: "a" and
# "b" the same day, "c" the next day, "d" a week later). Each block mixes paraphrases of one utterance
# (positives: equal quantities written differently, "per cent" / "percent", contrastive negation in both),
# other things said that day that use an antonym of a key word (stay/leave, raise/cut, approve/reject,
# open/close, win/lose, increase/decrease, accept/refuse, allow/ban, hire/fire, buy/sell, lift/impose),
# and the speaker a week later on a similar subject (another occasion: negatives).
HELDOUT4_PUBLISHED: dict[str, str] = {
    "doc:h1-a": "2025-02-03", "doc:h1-b": "2025-02-03", "doc:h1-c": "2025-02-04", "doc:h1-d": "2025-02-11",
    "doc:h2-a": "2025-03-10", "doc:h2-b": "2025-03-10", "doc:h2-c": "2025-03-11", "doc:h2-d": "2025-03-17",
    "doc:h3-a": "2025-05-05", "doc:h3-b": "2025-05-05", "doc:h3-c": "2025-05-06", "doc:h3-d": "2025-05-12",
    "doc:h4-a": "2025-06-16", "doc:h4-b": "2025-06-16", "doc:h4-c": "2025-06-17", "doc:h4-d": "2025-06-23",
    "doc:h5-a": "2025-09-08", "doc:h5-b": "2025-09-08", "doc:h5-c": "2025-09-09", "doc:h5-d": "2025-09-15",
    "doc:h6-a": "2025-07-21", "doc:h6-b": "2025-07-21", "doc:h6-c": "2025-07-22", "doc:h6-d": "2025-07-28",
    "doc:h7-a": "2025-10-13", "doc:h7-b": "2025-10-13", "doc:h7-c": "2025-10-14", "doc:h7-d": "2025-10-20",
    "doc:h8-a": "2025-11-24", "doc:h8-b": "2025-11-24", "doc:h8-c": "2025-11-25", "doc:h8-d": "2025-12-01",
}  # fmt: skip
HELDOUT4: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a city transport commissioner
    ("H1", "h1-a", None, "h1-fares", "Bus fares will rise by 5 percent from April", "direct", None),
    ("H1", "h1-b", None, "h1-fares", "that bus fares would go up 5 per cent in April", "indirect", None),
    ("H1", "h1-c", None, "h1-fares", "bus ticket prices were set to increase by five per cent from April", "indirect", None),
    ("H1", "h1-b", None, "-", "that tram fares would be cut by 5 percent from April", "indirect", None),
    ("H1", "h1-a", None, "h1-closure", "The Riverside line will close for 72 hours over Easter for track repairs", "direct", None),
    ("H1", "h1-c", None, "h1-closure", "that the Riverside line would shut for three days at Easter for repairs to the track", "indirect", None),
    ("H1", "h1-b", None, "-", "that the Riverside line would reopen with faster trains after Easter", "indirect", None),
    ("H1", "h1-d", None, "-", "that the Riverside line would close for two weeks in August for track repairs", "indirect", None),
    ("H1", "h1-d", None, "-", "that bus fares would rise again next year", "indirect", None),
    # a football federation president
    ("H2", "h2-a", None, "h2-coach", "Our national coach will stay until the World Cup", "direct", None),
    ("H2", "h2-b", None, "h2-coach", "that the national team coach would remain in his post until the World Cup", "indirect", None),
    ("H2", "h2-c", None, "-", "that the under-21 coach would leave after the World Cup", "indirect", None),
    ("H2", "h2-a", None, "h2-bid", "We will bid to host the European championship in 2032", "direct", None),
    ("H2", "h2-c", None, "h2-bid", "that the federation would apply to stage the 2032 European championship", "indirect", None),
    ("H2", "h2-b", None, "-", "that the federation had lost its bid to host the 2028 European championship", "indirect", None),
    ("H2", "h2-a", None, "h2-tickets", "We have sold half a million tickets for the qualifiers", "direct", None),
    ("H2", "h2-b", None, "h2-tickets", "that the federation had sold 500,000 tickets for the qualifying matches", "indirect", None),
    ("H2", "h2-d", None, "-", "that the federation had sold 600,000 tickets for the qualifiers", "indirect", None),
    ("H2", "h2-d", None, "-", "that the national coach would stay until the European championship", "indirect", None),
    # a health minister
    ("H3", "h3-a", None, "h3-nurses", "We will hire a dozen new nurses at every rural clinic", "direct", None),
    ("H3", "h3-b", None, "h3-nurses", "that 12 more nurses would be recruited for each rural clinic", "indirect", None),
    ("H3", "h3-c", None, "h3-nurses", "that each rural clinic would get twelve additional nurses", "indirect", None),
    ("H3", "h3-c", None, "-", "that a dozen administrators at rural clinics would be fired", "indirect", None),
    ("H3", "h3-a", None, "h3-vapes", "We will ban flavoured vapes, not nicotine pouches", "direct", None),
    ("H3", "h3-c", None, "h3-vapes", "that the ban would cover flavoured vapes rather than nicotine pouches", "indirect", None),
    ("H3", "h3-b", None, "-", "that flavoured vapes would still be allowed in licensed shops", "indirect", None),
    ("H3", "h3-d", None, "-", "that the ban on flavoured vapes would start in September", "indirect", None),
    ("H3", "h3-a", None, "h3-waiting", "Waiting times for hip operations have fallen by 20 percent", "direct", None),
    ("H3", "h3-c", None, "h3-waiting", "that waiting lists for hip surgery had dropped 20 per cent", "indirect", None),
    ("H3", "h3-d", None, "-", "that waiting times for knee operations had increased by 20 percent", "indirect", None),
    # an airline chief executive
    ("H4", "h4-a", None, "h4-order", "The airline will spend 1.5 billion euros on 20 new jets", "direct", None),
    ("H4", "h4-b", None, "h4-order", "that the carrier would invest 1,500 million euros in twenty new aircraft", "indirect", None),
    ("H4", "h4-c", None, "h4-order", "that the company planned to buy 20 jets for 1.5 billion euros", "indirect", None),
    ("H4", "h4-b", None, "-", "that the airline would sell 20 of its older jets by 2027", "indirect", None),
    ("H4", "h4-a", None, "h4-route", "We will open a direct route to Lagos in October", "direct", None),
    ("H4", "h4-c", None, "h4-route", "that the airline would launch direct flights to Lagos from October", "indirect", None),
    ("H4", "h4-b", None, "-", "that the airline would close its route to Accra in October", "indirect", None),
    ("H4", "h4-d", None, "-", "that the airline would open a second route to Lagos next year", "indirect", None),
    ("H4", "h4-a", None, "h4-strike", "The pilots' strike grounded our fleet for 48 hours", "direct", None),
    ("H4", "h4-b", None, "h4-strike", "that the pilots' walkout had grounded the fleet for two days", "indirect", None),
    ("H4", "h4-d", None, "-", "that a new pilots' strike could ground the fleet for four days", "indirect", None),
    # a dock workers' union leader
    ("H5", "h5-a", None, "h5-offer", "We reject the pay offer of 3 percent", "direct", None),
    ("H5", "h5-b", None, "h5-offer", "that the union had turned down the 3 per cent pay offer", "indirect", None),
    ("H5", "h5-c", None, "h5-offer", "that the union refused the three percent pay deal", "indirect", None),
    ("H5", "h5-b", None, "-", "that the union would accept a pay offer of 5 percent", "indirect", None),
    ("H5", "h5-a", None, "h5-strike", "Dock workers will strike for a week from Monday, not for a single day", "direct", None),
    ("H5", "h5-c", None, "h5-strike", "that dockers would walk out for seven days starting Monday rather than for one day", "indirect", None),
    ("H5", "h5-d", None, "-", "that dock workers would hold another week-long strike from Monday", "indirect", None),
    ("H5", "h5-b", None, "-", "that the union had lost the court case over the strike ballot", "indirect", None),
    ("H5", "h5-d", None, "-", "that the union had won its appeal over the strike ballot", "indirect", None),
    # a water company chief
    ("H6", "h6-a", None, "h6-hosepipe", "The hosepipe ban will be lifted on Friday", "direct", None),
    ("H6", "h6-b", None, "h6-hosepipe", "that the hosepipe ban would end on Friday", "indirect", None),
    ("H6", "h6-c", None, "-", "that a hosepipe ban would be imposed in the northern region on Friday", "indirect", None),
    ("H6", "h6-a", None, "h6-reservoir", "Reservoir levels have risen to 60 percent of capacity", "direct", None),
    ("H6", "h6-c", None, "h6-reservoir", "that reservoirs were now 60 per cent full", "indirect", None),
    ("H6", "h6-b", None, "-", "that reservoir levels had fallen to 40 percent in the south", "indirect", None),
    ("H6", "h6-d", None, "-", "that reservoir levels had risen to 65 percent of capacity", "indirect", None),
    ("H6", "h6-a", None, "h6-supply", "Half a million households had their water supply cut off", "direct", None),
    ("H6", "h6-b", None, "h6-supply", "that 500,000 households had lost their water supply", "indirect", None),
    ("H6", "h6-d", None, "-", "that the water supply of 500,000 households had been restored", "indirect", None),
    # a university rector
    ("H7", "h7-a", None, "h7-fees", "Tuition fees will increase by 4 percent next year", "direct", None),
    ("H7", "h7-b", None, "h7-fees", "that tuition fees would go up by four per cent next year", "indirect", None),
    ("H7", "h7-c", None, "-", "that tuition fees for foreign students would decrease by 4 percent", "indirect", None),
    ("H7", "h7-a", None, "h7-campus", "The board has approved the plan for a new medical campus", "direct", None),
    ("H7", "h7-c", None, "h7-campus", "that the university board had given its approval to the new medical campus plan", "indirect", None),
    ("H7", "h7-b", None, "-", "that the university had rejected the plan for a new sports campus", "indirect", None),
    ("H7", "h7-d", None, "-", "that construction of the new medical campus would begin in the spring", "indirect", None),
    # an energy minister
    ("H8", "h8-a", None, "h8-coal", "The plant will burn gas instead of coal from 2027", "direct", None),
    ("H8", "h8-b", None, "h8-coal", "that the power plant would run on gas rather than coal from 2027", "indirect", None),
    ("H8", "h8-c", None, "-", "that the plant would keep burning coal until 2030", "indirect", None),
    ("H8", "h8-a", None, "h8-prices", "Electricity prices will not rise this winter", "direct", None),
    ("H8", "h8-c", None, "h8-prices", "that electricity bills would not go up over the winter", "indirect", None),
    ("H8", "h8-b", None, "-", "that gas prices would rise this winter", "indirect", None),
    ("H8", "h8-d", None, "-", "that electricity prices would not rise next winter either", "indirect", None),
    ("H8", "h8-a", None, "h8-grid", "We will connect a dozen wind farms to the grid within 18 months", "direct", None),
    ("H8", "h8-b", None, "h8-grid", "that 12 wind farms would be connected to the grid within a year and a half", "indirect", None),
    ("H8", "h8-d", None, "-", "that a dozen solar farms would be connected to the grid within 18 months", "indirect", None),
]  # fmt: skip


V5_SEP15 = _day(2025, 9, 15)
V5_SEP18 = _day(2025, 9, 18)

# HELD-OUT 5: written blind (without reading the merging rules), never used to choose a rule. Wire copy
# from three to five outlets per story; most reports carry no said-date or venue (one story has a
# news conference and a later interview). Publication days (HELDOUT5_PUBLISHED): "a" and "b" the same
# day or the next day, "c" the next day, later letters two to seven days on. Each block mixes paraphrases
# of one utterance (direct, indirect with backshift and person shift, a summary), other things said on
# the same occasion, the speaker on a later occasion (changed figure or detail, denial, or the same claim
# said again: a new utterance, labelled apart), and different figures for the same quantity. A weekly
# round-up (v1-e) re-reports an earlier utterance and carries its label.
HELDOUT5_PUBLISHED: dict[str, str] = {
    "doc:v1-a": "2025-08-04", "doc:v1-b": "2025-08-04", "doc:v1-c": "2025-08-05", "doc:v1-d": "2025-08-09",
    "doc:v1-e": "2025-08-11",
    "doc:v2-a": "2025-09-15", "doc:v2-b": "2025-09-15", "doc:v2-c": "2025-09-16", "doc:v2-d": "2025-09-19",
    "doc:v3-a": "2025-12-08", "doc:v3-b": "2025-12-09", "doc:v3-c": "2025-12-09", "doc:v3-d": "2025-12-15",
    "doc:v3-e": "2025-12-16",
    "doc:v4-a": "2026-01-20", "doc:v4-b": "2026-01-20", "doc:v4-c": "2026-01-21", "doc:v4-d": "2026-01-23",
    "doc:v5-a": "2025-11-03", "doc:v5-b": "2025-11-03", "doc:v5-c": "2025-11-04", "doc:v5-d": "2025-11-06",
    "doc:v6-a": "2026-02-10", "doc:v6-b": "2026-02-10", "doc:v6-c": "2026-02-11", "doc:v6-d": "2026-02-17",
    "doc:v7-a": "2025-10-21", "doc:v7-b": "2025-10-22", "doc:v7-c": "2025-10-22", "doc:v7-d": "2025-10-22",
    "doc:v7-e": "2025-10-27",
}  # fmt: skip
HELDOUT5: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a regional fire service chief during a forest fire; a briefing five days later; a weekly round-up
    ("V1", "v1-a", None, "v1-contain", "The fire is 40 percent contained, but the wind is expected to pick up again tonight", "direct", None),
    ("V1", "v1-b", None, "v1-contain", "that the blaze was 40% contained but that winds were forecast to strengthen overnight", "indirect", None),
    ("V1", "v1-c", None, "v1-contain", "firefighters had brought about 40 percent of the fire under control", "indirect", None),
    ("V1", "v1-b", None, "v1-evac", "We have evacuated 3,200 residents from six villages in the valley", "direct", None),
    ("V1", "v1-c", None, "v1-evac", "that some 3,200 people had been moved out of six villages", "indirect", None),
    ("V1", "v1-a", None, "v1-injured", "that no one had been killed but two firefighters were being treated in hospital for burns", "indirect", None),
    ("V1", "v1-c", None, "v1-injured", "Nobody has died, but two of our firefighters are in hospital with burns", "direct", None),
    ("V1", "v1-a", None, "-", "that the cause of the fire was still under investigation", "indirect", None),
    ("V1", "v1-b", None, "-", "that the fire had burned through 12,000 hectares of forest", "indirect", None),
    ("V1", "v1-d", None, "-", "The fire is now 90 percent contained and the wind has dropped", "direct", None),
    ("V1", "v1-d", None, "-", "that the fire had burned through 21,000 hectares of forest", "indirect", None),
    ("V1", "v1-d", None, "-", "that residents of four of the six evacuated villages could return home", "indirect", None),
    ("V1", "v1-e", None, "v1-evac", "3,200 residents had been evacuated from six villages", "indirect", None),
    ("V1", "v1-e", None, "-", "that the fire had been started deliberately", "indirect", None),
    # a space agency director: a news conference on a delayed launch, an interview three days later
    ("V2", "v2-a", V5_SEP15, "v2-delay", "The launch of Halcyon will slip to March because of a faulty fuel valve", "direct", "at a news conference"),
    ("V2", "v2-b", None, "v2-delay", "that the launch of the Halcyon Earth-observation satellite had been pushed back to March after engineers found a defective fuel valve", "indirect", None),
    ("V2", "v2-c", None, "v2-delay", "the Halcyon launch was postponed until March over a valve problem", "indirect", None),
    ("V2", "v2-b", None, "v2-cost", "The delay will add around 40 million euros to the cost of the mission", "direct", None),
    ("V2", "v2-c", None, "v2-cost", "that the postponement would raise the mission's bill by about 40 million euros", "indirect", None),
    ("V2", "v2-a", V5_SEP15, "v2-damage", "The satellite itself was not damaged", "direct", "at a news conference"),
    ("V2", "v2-b", None, "v2-damage", "that the fault had caused no damage to the spacecraft", "indirect", None),
    ("V2", "v2-a", V5_SEP15, "-", "that the agency's lunar lander would still launch in 2027 as planned", "indirect", "at a news conference"),
    ("V2", "v2-c", None, "-", "that the agency's budget would rise to 1.9 billion euros next year", "indirect", None),
    ("V2", "v2-b", None, "-", "that the agency had spent 1.6 billion euros this year", "indirect", None),
    ("V2", "v2-d", V5_SEP18, "-", "We will not have to delay the launch beyond March", "direct", "in an interview with Orbit Weekly"),
    ("V2", "v2-d", V5_SEP18, "-", "that the delay would add 60 million euros to the cost of the mission", "indirect", "in an interview with Orbit Weekly"),
    # a fisheries minister announcing next year's quotas; a week later, facing protests
    ("V3", "v3-a", None, "v3-cod", "The cod quota will be cut by 15 percent next year to protect stocks", "direct", None),
    ("V3", "v3-b", None, "v3-cod", "that the country's cod catch limit would be reduced by 15% next year", "indirect", None),
    ("V3", "v3-c", None, "v3-cod", "next year's cod quota would be cut by 15 per cent", "indirect", None),
    ("V3", "v3-a", None, "v3-herring", "that herring stocks had recovered and the herring quota would rise by a tenth", "indirect", None),
    ("V3", "v3-b", None, "v3-herring", "Herring has come back strongly, so we will raise the herring quota by 10 percent", "direct", None),
    ("V3", "v3-c", None, "-", "that the mackerel quota would stay unchanged", "indirect", None),
    ("V3", "v3-b", None, "-", "that fishermen who lost income would be compensated from a 20 million euro fund", "indirect", None),
    ("V3", "v3-c", None, "-", "that the ban on bottom trawling in the bay would remain in force", "indirect", None),
    ("V3", "v3-d", None, "v3-cod2", "We are sticking to a 15 percent cut in the cod quota, whatever the fishermen say", "direct", None),
    ("V3", "v3-e", None, "v3-cod2", "that the government would not back down on the 15% cut to the cod quota despite protests by fishermen", "indirect", None),
    ("V3", "v3-d", None, "-", "We never said the cod quota would be cut by 15 percent for small inshore boats", "direct", None),
    ("V3", "v3-e", None, "-", "that the compensation fund for fishermen would be doubled to 40 million euros", "indirect", None),
    # a food safety agency chief on an infant formula recall; an update three days later
    ("V4", "v4-a", None, "v4-recall", "We are recalling every tin of Nutrimil formula made at the Ostfeld plant since October", "direct", None),
    ("V4", "v4-b", None, "v4-recall", "that all tins of Nutrimil infant formula produced at the Ostfeld factory since October were being withdrawn from sale", "indirect", None),
    ("V4", "v4-c", None, "v4-recall", "the recall covered all Nutrimil baby milk made in Ostfeld since October", "indirect", None),
    ("V4", "v4-b", None, "v4-ill", "Seven babies have fallen ill, and none of them is in a serious condition", "direct", None),
    ("V4", "v4-a", None, "v4-ill", "that seven infants had become sick but none was seriously ill", "indirect", None),
    ("V4", "v4-c", None, "v4-ill", "seven infants had fallen ill, none of them seriously", "indirect", None),
    ("V4", "v4-a", None, "-", "that the bacteria had not been found in any other brand", "indirect", None),
    ("V4", "v4-c", None, "v4-advice", "that parents should stop using the formula at once and could return it to shops for a full refund", "indirect", None),
    ("V4", "v4-b", None, "v4-advice", "Parents should stop using this formula immediately and take it back to the shop for a refund", "direct", None),
    ("V4", "v4-b", None, "-", "that the Ostfeld plant had passed its last inspection in September", "indirect", None),
    ("V4", "v4-d", None, "-", "that the number of babies who had fallen ill had risen to eleven", "indirect", None),
    ("V4", "v4-d", None, "-", "We are extending the recall to all Nutrimil formula made at Ostfeld since August", "direct", None),
    # a national statistics office head on quarterly labour figures; a parliamentary committee three days
    # later, where he repeats the headline figure (a new utterance)
    ("V5", "v5-a", None, "v5-jobless", "Unemployment fell to 5.8 percent in the third quarter", "direct", None),
    ("V5", "v5-b", None, "v5-jobless", "that the jobless rate had dropped to 5.8% in the July-September period", "indirect", None),
    ("V5", "v5-c", None, "v5-jobless", "unemployment edged down to 5.8 percent in the quarter", "indirect", None),
    ("V5", "v5-a", None, "v5-youth", "Youth unemployment is still above 14 percent", "direct", None),
    ("V5", "v5-c", None, "v5-youth", "that the jobless rate among people under 25 remained over 14 percent", "indirect", None),
    ("V5", "v5-b", None, "-", "that unemployment had stood at 6.1 percent in the second quarter", "indirect", None),
    ("V5", "v5-a", None, "v5-employed", "that the number of people in work had risen by 85,000", "indirect", None),
    ("V5", "v5-b", None, "v5-employed", "Employment grew by 85,000 over the quarter", "direct", None),
    ("V5", "v5-b", None, "-", "that wage growth had slowed to 3.2 percent", "indirect", None),
    ("V5", "v5-c", None, "-", "that wage growth had picked up in the services sector", "indirect", None),
    ("V5", "v5-d", None, "-", "Unemployment fell to 5.8 percent in the third quarter, the lowest level in a decade", "direct", None),
    ("V5", "v5-d", None, "-", "that unemployment was expected to stay close to 6 percent next year", "indirect", None),
    # a national museum director on returning looted bronzes and a reopening; a week later
    ("V6", "v6-a", None, "v6-return", "We will return the 24 bronze figures to Kenama by the end of the year", "direct", None),
    ("V6", "v6-b", None, "v6-return", "that the museum would hand the 24 bronzes back to Kenama before the year was out", "indirect", None),
    ("V6", "v6-c", None, "v6-return", "the museum planned to repatriate two dozen bronze statues to Kenama this year", "indirect", None),
    ("V6", "v6-b", None, "v6-wing", "The east wing will reopen in June after three years of restoration", "direct", None),
    ("V6", "v6-c", None, "v6-wing", "that the restored east wing would open to visitors again in June", "indirect", None),
    ("V6", "v6-a", None, "v6-extra", "We expect the new wing to bring in 300,000 more visitors a year", "direct", None),
    ("V6", "v6-b", None, "v6-extra", "that the reopened wing was expected to attract an extra 300,000 visitors annually", "indirect", None),
    ("V6", "v6-a", None, "-", "that the museum would not return the ivory masks, which it had bought legally in 1962", "indirect", None),
    ("V6", "v6-c", None, "-", "that the museum had received 1.4 million visitors last year", "indirect", None),
    ("V6", "v6-b", None, "-", "that admission would remain free for children under 16", "indirect", None),
    ("V6", "v6-d", None, "-", "that only 20 of the bronzes would go back to Kenama this year and the other four in 2027", "indirect", None),
    ("V6", "v6-d", None, "-", "The east wing will not reopen before September", "direct", None),
    # a telecoms regulator chair after a nationwide mobile outage; a hearing five days later
    ("V7", "v7-a", None, "v7-outage", "The outage left four million customers without a mobile signal for eleven hours", "direct", None),
    ("V7", "v7-b", None, "v7-outage", "that about 4 million subscribers had lost mobile service for 11 hours", "indirect", None),
    ("V7", "v7-c", None, "v7-outage", "the eleven-hour outage had hit four million customers", "indirect", None),
    ("V7", "v7-c", None, "v7-fine", "Telnova could face a fine of up to 2 percent of its annual revenue", "direct", None),
    ("V7", "v7-d", None, "v7-fine", "that the operator risked a penalty of as much as 2% of its yearly turnover", "indirect", None),
    ("V7", "v7-b", None, "v7-emergency", "Emergency calls must never be cut off again", "direct", None),
    ("V7", "v7-d", None, "v7-emergency", "that the emergency call service must never again be knocked out", "indirect", None),
    ("V7", "v7-d", None, "v7-cause", "The outage was caused by a faulty software update, not by a cyberattack", "direct", None),
    ("V7", "v7-a", None, "v7-cause", "that a faulty software update rather than a cyberattack had caused the outage", "indirect", None),
    ("V7", "v7-b", None, "-", "that customers should receive compensation for the lost day of service", "indirect", None),
    ("V7", "v7-c", None, "-", "that Telnova had been fined 1 percent of its revenue after a smaller outage in 2022", "indirect", None),
    ("V7", "v7-e", None, "-", "Telnova will be fined 2 percent of its annual revenue", "direct", None),
    ("V7", "v7-e", None, "-", "that the outage had affected five million customers, not four million as first thought", "indirect", None),
]  # fmt: skip


# DEV 2 (issue #6, recall): hand-written for tuning, wire copy of one day's news as three or four outlets
# write it: a direct quote, an indirect version (tense backshift, "we" -> the organisation), a one-line
# summary; no said-date or venue, publication days the same or the next day. Negatives: other things
# the speaker said that day, a changed figure, the speaker a week later.
DEV2_PUBLISHED: dict[str, str] = {
    "doc:x1-a": "2024-09-02", "doc:x1-b": "2024-09-02", "doc:x1-c": "2024-09-03", "doc:x1-d": "2024-09-10",
    "doc:x2-a": "2024-10-14", "doc:x2-b": "2024-10-14", "doc:x2-c": "2024-10-15",
    "doc:x3-a": "2024-11-05", "doc:x3-b": "2024-11-05", "doc:x3-c": "2024-11-06", "doc:x3-d": "2024-11-06",
    "doc:x4-a": "2025-01-22", "doc:x4-b": "2025-01-22", "doc:x4-c": "2025-01-23",
    "doc:x5-a": "2025-02-17", "doc:x5-b": "2025-02-18", "doc:x5-c": "2025-02-18", "doc:x5-d": "2025-02-25",
    "doc:x6-a": "2025-03-03", "doc:x6-b": "2025-03-03", "doc:x6-c": "2025-03-04",
    "doc:x7-a": "2025-04-07", "doc:x7-b": "2025-04-07", "doc:x7-c": "2025-04-08",
    "doc:x9-a": "2025-07-21", "doc:x9-b": "2025-07-21", "doc:x9-c": "2025-07-22",
    "doc:x10-a": "2025-08-25", "doc:x10-b": "2025-08-26", "doc:x10-c": "2025-08-26",
    "doc:x11-a": "2025-06-16", "doc:x11-b": "2025-06-16", "doc:x11-c": "2025-06-17", "doc:x11-d": "2025-06-17",
    "doc:x8-a": "2025-05-12", "doc:x8-b": "2025-05-13", "doc:x8-c": "2025-05-13",
}  # fmt: skip
DEV2: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a city mayor after a water main burst
    ("X1", "x1-a", None, "x1-water", "We expect water to be back in every home by Thursday evening", "direct", None),
    ("X1", "x1-b", None, "x1-water", "that the city expected water supplies to be restored to all homes by Thursday evening", "indirect", None),
    ("X1", "x1-c", None, "x1-water", "water should be back by Thursday", "indirect", None),
    ("X1", "x1-a", None, "x1-bottles", "We are handing out 50,000 bottles of water a day at six distribution points", "direct", None),
    ("X1", "x1-c", None, "x1-bottles", "that the council was distributing 50,000 bottles of water daily", "indirect", None),
    ("X1", "x1-b", None, "x1-bottles", "50,000 bottles a day were being handed out", "indirect", None),
    ("X1", "x1-b", None, "-", "that schools in the east of the city would stay closed on Wednesday", "indirect", None),
    ("X1", "x1-c", None, "-", "that 20,000 bottles of water had been handed out on the first day", "indirect", None),
    ("X1", "x1-d", None, "-", "that all homes had water again and an inquiry into the burst would report in March", "indirect", None),
    # a central bank governor after a rate decision
    ("X2", "x2-a", None, "x2-inflation", "Inflation is coming down faster than we expected, but the job is not done", "direct", None),
    ("X2", "x2-b", None, "x2-inflation", "that inflation was falling more quickly than the bank had expected, though the job was not yet done", "indirect", None),
    ("X2", "x2-c", None, "x2-inflation", "inflation was falling faster than expected", "indirect", None),
    ("X2", "x2-a", None, "x2-cut", "A further cut in December is possible if wage growth keeps slowing", "direct", None),
    ("X2", "x2-b", None, "x2-cut", "that another rate cut in December was possible should wage growth continue to slow", "indirect", None),
    ("X2", "x2-c", None, "x2-cut", "a December rate cut was possible", "indirect", None),
    ("X2", "x2-b", None, "-", "that the housing market showed signs of recovery", "indirect", None),
    ("X2", "x2-c", None, "-", "that the bank would not cut rates before wage growth slowed", "indirect", None),
    # a football club chairman
    ("X3", "x3-a", None, "x3-manager", "The manager has my full backing and he will be here next season", "direct", None),
    ("X3", "x3-b", None, "x3-manager", "that the manager had his full backing and would still be in charge next season", "indirect", None),
    ("X3", "x3-c", None, "x3-manager", "the manager's job was safe", "indirect", None),
    ("X3", "x3-d", None, "x3-manager", "he backed the manager to stay on next season", "indirect", None),
    ("X3", "x3-a", None, "x3-budget", "We will give him 80 million pounds to spend in January", "direct", None),
    ("X3", "x3-b", None, "x3-budget", "that the club would make 80 million pounds available for January signings", "indirect", None),
    ("X3", "x3-d", None, "x3-budget", "an 80 million pound transfer budget for January", "indirect", None),
    ("X3", "x3-c", None, "-", "that the club would make 50 million pounds available for January signings", "indirect", None),
    ("X3", "x3-b", None, "-", "that the stadium expansion would be finished next season", "indirect", None),
    # a health minister on a strike
    ("X4", "x4-a", None, "x4-offer", "Our offer of a 6 percent pay rise is fair and it is final", "direct", None),
    ("X4", "x4-b", None, "x4-offer", "that the government's 6% pay offer was fair and final", "indirect", None),
    ("X4", "x4-c", None, "x4-offer", "the 6 percent offer was final", "indirect", None),
    ("X4", "x4-a", None, "x4-ops", "Around 30,000 operations have been postponed because of the strike", "direct", None),
    ("X4", "x4-c", None, "x4-ops", "that some 30,000 operations had been cancelled as a result of the walkout", "indirect", None),
    ("X4", "x4-b", None, "x4-ops", "30,000 operations were postponed", "indirect", None),
    ("X4", "x4-b", None, "-", "that nurses would get a 4 percent pay rise", "indirect", None),
    ("X4", "x4-c", None, "-", "that talks with the unions would resume next week", "indirect", None),
    # a carmaker's chief executive
    ("X5", "x5-a", None, "x5-plant", "We are going to close the Bremen plant by the end of next year", "direct", None),
    ("X5", "x5-b", None, "x5-plant", "that the company would close its Bremen factory by the end of next year", "indirect", None),
    ("X5", "x5-c", None, "x5-plant", "the Bremen plant would shut next year", "indirect", None),
    ("X5", "x5-a", None, "x5-staff", "All 2,400 workers there will be offered jobs at our other sites", "direct", None),
    ("X5", "x5-b", None, "x5-staff", "that all 2,400 staff at the plant would be offered positions at other sites", "indirect", None),
    ("X5", "x5-c", None, "x5-staff", "the 2,400 workers would be offered other jobs", "indirect", None),
    ("X5", "x5-b", None, "-", "that electric car sales had doubled in Europe this year", "indirect", None),
    ("X5", "x5-c", None, "-", "that 1,200 workers would lose their jobs", "indirect", None),
    ("X5", "x5-d", None, "-", "that the Bremen plant would now stay open until 2027", "indirect", None),
    # a prime minister on a visit: outlets name the occasion differently, summaries reword
    ("X6", "x6-a", None, "x6-troops", "We will send 500 more troops to the eastern border this month", "direct", "at a news conference"),
    ("X6", "x6-b", None, "x6-troops", "that Britain would deploy an extra 500 soldiers to the eastern frontier this month", "indirect", "at a briefing"),
    ("X6", "x6-c", None, "x6-troops", "500 additional troops were heading to the border", "indirect", None),
    ("X6", "x6-a", None, "x6-aid", "Our support for Ukraine will not waver, whatever happens in Washington", "direct", "at a news conference"),
    ("X6", "x6-c", None, "x6-aid", "that British backing for Ukraine would not weaken regardless of events in Washington", "indirect", None),
    ("X6", "x6-b", None, "x6-aid", "support for Kyiv would not waver", "indirect", "at a briefing"),
    ("X6", "x6-b", None, "-", "that 300 troops would return home from the border next month", "indirect", "at a briefing"),
    ("X6", "x6-c", None, "-", "that defence spending would rise to 2.5 percent of GDP", "indirect", None),
    # a police chief after a riot
    ("X7", "x7-a", None, "x7-arrests", "Officers have arrested 42 people so far and more arrests will follow", "direct", None),
    ("X7", "x7-b", None, "x7-arrests", "that police had detained 42 suspects and expected to make further arrests", "indirect", None),
    ("X7", "x7-c", None, "x7-arrests", "42 people had been arrested", "indirect", None),
    ("X7", "x7-a", None, "x7-injured", "Nineteen of my officers were injured, three of them seriously", "direct", None),
    ("X7", "x7-b", None, "x7-injured", "that 19 officers had been hurt, three of them badly", "indirect", None),
    ("X7", "x7-c", None, "x7-injured", "19 police officers were injured in the violence", "indirect", None),
    ("X7", "x7-c", None, "-", "that 12 officers had been injured", "indirect", None),
    ("X7", "x7-b", None, "-", "that the city centre would reopen to traffic on Monday", "indirect", None),
    # an airline boss: summaries in other words
    ("X8", "x8-a", None, "x8-fares", "Ticket prices will go up by around 10 percent next summer because fuel is so expensive", "direct", None),
    ("X8", "x8-b", None, "x8-fares", "that fares would rise by about 10% next summer due to high fuel costs", "indirect", None),
    ("X8", "x8-c", None, "x8-fares", "higher fuel costs would push fares up 10 percent", "indirect", None),
    ("X8", "x8-a", None, "x8-routes", "We are launching 14 new routes to Asia in the spring", "direct", None),
    ("X8", "x8-c", None, "x8-routes", "that the airline would open 14 new Asian routes in the spring", "indirect", None),
    ("X8", "x8-b", None, "x8-routes", "14 new routes to Asia would start in spring", "indirect", None),
    ("X8", "x8-b", None, "-", "that the airline would cut 14 routes to Africa", "indirect", None),
    ("X8", "x8-c", None, "-", "that passenger numbers had risen 10 percent this year", "indirect", None),
    # a fire chief during a wildfire: outlets reword freely
    ("X9", "x9-a", None, "x9-contain", "The blaze is now 60 percent contained and we hope to have it under control by the weekend", "direct", None),
    ("X9", "x9-b", None, "x9-contain", "that firefighters had contained 60 percent of the wildfire and hoped to control it by the weekend", "indirect", None),
    ("X9", "x9-c", None, "x9-contain", "the fire was 60% contained", "indirect", None),
    ("X9", "x9-a", None, "x9-homes", "So far we have lost 35 houses, most of them holiday homes", "direct", None),
    ("X9", "x9-b", None, "x9-homes", "that 35 homes had been destroyed by the flames, mostly holiday houses", "indirect", None),
    ("X9", "x9-c", None, "x9-homes", "35 homes had burned down", "indirect", None),
    ("X9", "x9-b", None, "x9-evac", "that 1,800 residents had been evacuated from three villages", "indirect", None),
    ("X9", "x9-c", None, "x9-evac", "We moved 1,800 people out of three villages overnight", "direct", None),
    ("X9", "x9-c", None, "-", "that 18 firefighters had been treated for smoke inhalation", "indirect", None),
    ("X9", "x9-b", None, "-", "that the cause of the fire was under investigation", "indirect", None),
    # a telecoms regulator after an outage
    ("X10", "x10-a", None, "x10-fine", "The company faces a fine of up to 2 percent of its annual turnover", "direct", None),
    ("X10", "x10-b", None, "x10-fine", "that the operator could be fined as much as 2% of yearly revenue", "indirect", None),
    ("X10", "x10-c", None, "x10-fine", "a fine of up to 2 percent of turnover", "indirect", None),
    ("X10", "x10-a", None, "x10-refund", "Customers must be compensated for every day without service", "direct", None),
    ("X10", "x10-b", None, "x10-refund", "that subscribers should receive compensation for each day they were cut off", "indirect", None),
    ("X10", "x10-c", None, "-", "that the outage had hit four million customers", "indirect", None),
    ("X10", "x10-b", None, "-", "that an investigation into the outage would take three months", "indirect", None),
    # a foreign minister after talks: long multi-sentence quotes, partial quotes, and summaries
    ("X11", "x11-a", None, "x11-talks", "The talks were difficult but constructive. We agreed to meet again in Geneva in two weeks, and I am cautiously optimistic", "direct", None),
    ("X11", "x11-b", None, "x11-talks", "that the two sides had agreed to hold another round of talks in Geneva in a fortnight", "indirect", None),
    ("X11", "x11-c", None, "x11-talks", "the talks were \"difficult but constructive\"", "indirect", None),
    ("X11", "x11-d", None, "x11-talks", "another meeting in Geneva was planned in two weeks", "indirect", None),
    ("X11", "x11-a", None, "x11-prisoners", "Both sides will release 200 prisoners each before the next round", "direct", None),
    ("X11", "x11-c", None, "x11-prisoners", "that each side would free 200 detainees ahead of the Geneva meeting", "indirect", None),
    ("X11", "x11-d", None, "x11-prisoners", "a swap of 200 prisoners", "indirect", None),
    ("X11", "x11-b", None, "-", "that the sanctions would stay in place until a deal was signed", "indirect", None),
    ("X11", "x11-c", None, "-", "that 120 prisoners had been released last month", "indirect", None),
    ("X11", "x11-d", None, "-", "that the next round of talks would be held in Vienna", "indirect", None),
]  # fmt: skip
