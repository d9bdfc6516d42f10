"""HELD-OUT 6: a blind evaluation set for statement merging (issue #6), in the row format of
``bench/paraphrase_data.py`` (HELDOUT5).

Written on 2026-11-21 by a helper session given only the row format: blind, i.e. without reading the
merging rules (graphbuild/crossdoc*.py, graphbuild/claims/) or the scorer (bench/paraphrase.py), and
without running either on these rows. Never used to choose a rule or threshold.

Wire copy of eight stories, each a different speaker in a domain not used in HELDOUT5: a central bank
governor, a football club manager, a health ministry official, a prosecutor, a tech company chief
executive at a product launch, a UN envoy, a mayor after a flood and an airline chief executive after an
engine failure. 108 reports, 8 speakers, 38 documents, 29 utterance labels with two or more reports,
60 positive pairs (pairs of reports that share a label other than "-").

Rows are (speaker, document, said, utterance label, content as extracted, mode, venue); a "-" label is
a report of its own. Documents are "<speaker>-<outlet>": "a" and "b" published on the day of the
occasion or the next day, "c" the next day, later letters two to seven days on (a later occasion, or a
weekly round-up that re-reports an earlier utterance and carries its label). Each block mixes
paraphrases of one utterance across outlets (direct quote, indirect speech with tense backshift and
person shift, a one-line summary, figures written differently, hedged wording), other things said on the
same occasion about the same topic, the same words about another place, product or person, and the
speaker on a later occasion (changed figure, denial or retraction, or the same claim said again: a new
utterance, labelled apart). Four stories (Z1, Z4, Z5, Z6) have a news conference, opening statement or
launch event and a later interview or remarks, and some of their reports carry a said-day and a venue
(22 of 108); most reports carry neither.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphbuild.model import TimeSpan


def _day(y: int, m: int, d: int) -> TimeSpan:
    return TimeSpan.day(date(y, m, d), rule="bench")


Z1_MAR19 = _day(2026, 3, 19)
Z1_MAR23 = _day(2026, 3, 23)
Z4_JUN08 = _day(2026, 6, 8)
Z4_JUN11 = _day(2026, 6, 11)
Z5_SEP15 = _day(2026, 9, 15)
Z5_SEP19 = _day(2026, 9, 19)
Z6_JUL02 = _day(2026, 7, 2)
Z6_JUL07 = _day(2026, 7, 7)

HELDOUT6_PUBLISHED: dict[str, str] = {
    "doc:z1-a": "2026-03-19", "doc:z1-b": "2026-03-19", "doc:z1-c": "2026-03-20", "doc:z1-d": "2026-03-23",
    "doc:z1-e": "2026-03-26",
    "doc:z2-a": "2026-04-10", "doc:z2-b": "2026-04-10", "doc:z2-c": "2026-04-11", "doc:z2-d": "2026-04-13",
    "doc:z2-e": "2026-04-13",
    "doc:z3-a": "2026-05-06", "doc:z3-b": "2026-05-06", "doc:z3-c": "2026-05-07", "doc:z3-d": "2026-05-11",
    "doc:z3-e": "2026-05-12",
    "doc:z4-a": "2026-06-08", "doc:z4-b": "2026-06-08", "doc:z4-c": "2026-06-09", "doc:z4-d": "2026-06-11",
    "doc:z4-e": "2026-06-12",
    "doc:z5-a": "2026-09-15", "doc:z5-b": "2026-09-15", "doc:z5-c": "2026-09-16", "doc:z5-d": "2026-09-19",
    "doc:z5-e": "2026-09-21",
    "doc:z6-a": "2026-07-02", "doc:z6-b": "2026-07-03", "doc:z6-c": "2026-07-03", "doc:z6-d": "2026-07-08",
    "doc:z7-a": "2026-10-05", "doc:z7-b": "2026-10-05", "doc:z7-c": "2026-10-06", "doc:z7-d": "2026-10-09",
    "doc:z7-e": "2026-10-12",
    "doc:z8-a": "2026-02-16", "doc:z8-b": "2026-02-16", "doc:z8-c": "2026-02-17", "doc:z8-d": "2026-02-20",
}  # fmt: skip

HELDOUT6: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a central bank governor: a news conference after a rate decision, a newspaper interview four days
    # later (he repeats that there is no hurry to cut: a new utterance; a new inflation forecast), and a
    # weekly round-up that re-reports the interview
    ("Z1", "z1-a", Z1_MAR19, "z1-hold", "We are keeping the policy rate at 3.25 percent because services inflation is still too sticky", "direct", "at a news conference"),
    ("Z1", "z1-b", None, "z1-hold", "that the bank had left its key rate unchanged at 3.25% as price growth in services remained stubborn", "indirect", None),
    ("Z1", "z1-c", None, "z1-hold", "rates were held at 3.25 per cent because services inflation had proved persistent", "indirect", None),
    ("Z1", "z1-a", Z1_MAR19, "z1-target", "We now expect inflation to be back at our 2 percent target in the second half of next year", "direct", "at a news conference"),
    ("Z1", "z1-c", None, "z1-target", "that inflation was now forecast to return to the bank's 2% goal in the latter half of next year", "indirect", None),
    ("Z1", "z1-b", None, "z1-target", "inflation should probably be back at target by late next year", "indirect", None),
    ("Z1", "z1-b", None, "z1-hurry", "We are in no hurry to cut rates", "direct", None),
    ("Z1", "z1-c", None, "z1-hurry", "that policymakers were in no rush to lower borrowing costs", "indirect", None),
    ("Z1", "z1-a", Z1_MAR19, "-", "that two of the seven board members had voted for a quarter-point cut", "indirect", "at a news conference"),
    ("Z1", "z1-b", None, "-", "that a cut at the May meeting could not be ruled out if wage growth slowed", "indirect", None),
    ("Z1", "z1-c", None, "-", "that the weaker thaler was pushing up import prices but was no cause for alarm", "indirect", None),
    ("Z1", "z1-d", Z1_MAR23, "z1-2028", "Inflation will probably not be back at 2 percent before 2028", "direct", "in an interview with the Morning Ledger"),
    ("Z1", "z1-d", Z1_MAR23, "-", "that the bank was still in no hurry to cut interest rates", "indirect", "in an interview with the Morning Ledger"),
    ("Z1", "z1-e", None, "z1-2028", "that inflation was likely to stay above the 2 percent target until 2028", "indirect", None),
    # a football club manager: the pre-match news conference before a derby; his comments after the
    # match (a later occasion) reported two days on
    ("Z2", "z2-a", None, "z2-injury", "Dario will be out for six to eight weeks with a torn hamstring", "direct", None),
    ("Z2", "z2-b", None, "z2-injury", "that striker Dario Menezes would miss between six and eight weeks with a hamstring tear", "indirect", None),
    ("Z2", "z2-c", None, "z2-injury", "Menezes faces up to two months on the sidelines with a hamstring injury", "indirect", None),
    ("Z2", "z2-b", None, "-", "that defender Kofi Asante would also miss six to eight weeks, with a knee injury", "indirect", None),
    ("Z2", "z2-a", None, "z2-future", "I'm not going anywhere. I have two years left on my contract and I intend to see them out", "direct", None),
    ("Z2", "z2-c", None, "z2-future", "that he had no intention of leaving and planned to honour the remaining two years of his deal", "indirect", None),
    ("Z2", "z2-b", None, "z2-future", "he would stay until his contract runs out in two years", "indirect", None),
    ("Z2", "z2-a", None, "z2-january", "If the right striker is available in January, we will look at it", "direct", None),
    ("Z2", "z2-c", None, "z2-january", "that the club would consider signing a forward in the January window if the right player became available", "indirect", None),
    ("Z2", "z2-b", None, "-", "that Sunday's derby was the biggest game of the season for the club", "indirect", None),
    ("Z2", "z2-d", None, "-", "We will not sign a striker in January, we have enough goals in this squad", "direct", None),
    ("Z2", "z2-d", None, "z2-referee", "The referee cost us the game today, and everyone in the stadium saw it", "direct", None),
    ("Z2", "z2-e", None, "z2-referee", "that the referee had cost his side the match", "indirect", None),
    ("Z2", "z2-e", None, "-", "that Menezes could be back in five weeks rather than eight", "indirect", None),
    # a health ministry official on a measles outbreak: a briefing; a parliamentary committee five days
    # later, where she denies a vaccine shortage and repeats the coverage figure (a new utterance)
    ("Z3", "z3-a", None, "z3-cases", "We have confirmed 212 measles cases in the northern province since March, most of them in children under five", "direct", None),
    ("Z3", "z3-b", None, "z3-cases", "that 212 cases of measles had been confirmed in the north since March, mainly among young children", "indirect", None),
    ("Z3", "z3-c", None, "z3-cases", "more than 200 measles cases had been recorded in the province, mostly in under-fives", "indirect", None),
    ("Z3", "z3-a", None, "z3-coverage", "Vaccination coverage there has fallen to 78 percent, far below the 95 percent we need to stop the spread", "direct", None),
    ("Z3", "z3-c", None, "z3-coverage", "that only 78% of children in the province were vaccinated, well short of the 95% needed to halt transmission", "indirect", None),
    ("Z3", "z3-b", None, "z3-clinics", "that from Monday mobile vaccination teams would visit every primary school in the province", "indirect", None),
    ("Z3", "z3-c", None, "z3-clinics", "Mobile clinics will go into every primary school in the province from Monday", "direct", None),
    ("Z3", "z3-a", None, "-", "that no one had died of measles in the outbreak so far", "indirect", None),
    ("Z3", "z3-b", None, "-", "that 64 measles cases had been confirmed in the capital since March", "indirect", None),
    ("Z3", "z3-c", None, "-", "that a few district clinics in the north had briefly run out of vaccine last month", "indirect", None),
    ("Z3", "z3-d", None, "-", "that confirmed cases in the northern province had risen to 260", "indirect", None),
    ("Z3", "z3-d", None, "z3-stock", "No district has run out of measles vaccine, and we have enough for the whole campaign", "direct", None),
    ("Z3", "z3-e", None, "z3-stock", "that there was no vaccine shortage in any district and stocks were sufficient for the entire campaign", "indirect", None),
    ("Z3", "z3-e", None, "-", "Vaccination coverage in the north is 78 percent, and that is simply not good enough", "direct", None),
    # a prosecutor in a pension fraud trial: her opening statement; remarks outside court three days later
    ("Z4", "z4-a", Z4_JUN08, "z4-sum", "The defendant diverted 1.5 billion dollars from the company's pension fund into accounts he alone controlled", "direct", "in her opening statement"),
    ("Z4", "z4-b", None, "z4-sum", "that Halvorsen had siphoned $1.5bn out of the pension fund into accounts under his control", "indirect", None),
    ("Z4", "z4-c", None, "z4-sum", "one and a half billion dollars had been diverted from the pension fund", "indirect", None),
    ("Z4", "z4-a", Z4_JUN08, "z4-years", "This scheme ran for seven years, and nobody at the company asked a single question", "direct", "in her opening statement"),
    ("Z4", "z4-c", None, "z4-years", "that the scheme had continued for seven years without anyone at the firm raising questions", "indirect", None),
    ("Z4", "z4-b", None, "z4-years", "the fraud went unchallenged inside the company for seven years", "indirect", None),
    ("Z4", "z4-b", None, "z4-witness", "We will call 40 witnesses, among them two former finance directors", "direct", None),
    ("Z4", "z4-a", Z4_JUN08, "z4-witness", "that the prosecution would call forty witnesses, including two of the company's former finance directors", "indirect", "in her opening statement"),
    ("Z4", "z4-c", None, "-", "that 300 million dollars had been moved to an account in the Cayman Islands in 2019", "indirect", None),
    ("Z4", "z4-a", Z4_JUN08, "-", "that the trial was expected to last about three months", "indirect", "in her opening statement"),
    ("Z4", "z4-d", Z4_JUN11, "-", "that the sum diverted could exceed 1.8 billion dollars once further accounts had been examined", "indirect", "outside the courthouse"),
    ("Z4", "z4-d", Z4_JUN11, "z4-plea", "We are not seeking a plea deal and we never have been", "direct", "outside the courthouse"),
    ("Z4", "z4-e", None, "z4-plea", "that prosecutors were not looking for a plea agreement and had never done so", "indirect", None),
    ("Z4", "z4-e", None, "-", "that the prosecution had never accused the defendant's wife of any wrongdoing", "indirect", None),
    # a tech company chief executive at a phone launch; an interview four days later (a shipping delay);
    # a weekly round-up re-reporting the launch price
    ("Z5", "z5-a", Z5_SEP15, "z5-price", "The Lumen 7 will cost 799 dollars and ships on October 3", "direct", "at the company's launch event"),
    ("Z5", "z5-b", None, "z5-price", "that the Lumen 7 would sell for $799 and go on sale on October 3", "indirect", None),
    ("Z5", "z5-c", None, "z5-price", "the new phone would be priced at $799, with shipping from 3 October", "indirect", None),
    ("Z5", "z5-b", None, "-", "that the Lumen 7 Pro would cost $1,099", "indirect", None),
    ("Z5", "z5-a", Z5_SEP15, "z5-battery", "Battery life is up 30 percent on last year's model", "direct", "at the company's launch event"),
    ("Z5", "z5-c", None, "z5-battery", "that the battery lasted 30% longer than its predecessor's", "indirect", None),
    ("Z5", "z5-b", None, "z5-battery", "the phone's battery would run almost a third longer than last year's", "indirect", None),
    ("Z5", "z5-c", None, "-", "that battery life on the new Lumen tablet was also up 30 percent", "indirect", None),
    ("Z5", "z5-b", None, "z5-chip", "We designed this chip ourselves, and it is twice as fast as anything we have shipped before", "direct", None),
    ("Z5", "z5-a", Z5_SEP15, "z5-chip", "that Corvane had designed the processor in-house and that it was twice as fast as any chip the company had shipped before", "indirect", "at the company's launch event"),
    ("Z5", "z5-c", None, "-", "that the Lumen 7 would not be sold in China at launch", "indirect", None),
    ("Z5", "z5-d", Z5_SEP19, "-", "that the Lumen 7 would now ship on October 10 because of a shortage of camera modules", "indirect", "in an interview with TechDaily"),
    ("Z5", "z5-d", Z5_SEP19, "z5-preorders", "Preorders are the strongest we have ever seen for any product", "direct", "in an interview with TechDaily"),
    ("Z5", "z5-e", None, "z5-preorders", "that advance orders for the Lumen 7 were the highest in the company's history", "indirect", None),
    ("Z5", "z5-e", None, "z5-price", "that the Lumen 7 would cost 799 dollars", "indirect", None),
    # a UN envoy after ceasefire talks: a news conference in Geneva; a radio interview five days later
    ("Z6", "z6-a", Z6_JUL02, "z6-truce", "Both parties have agreed in principle to a 30-day ceasefire starting on Friday", "direct", "at a news conference in Geneva"),
    ("Z6", "z6-b", None, "z6-truce", "that the warring sides had agreed in principle to a month-long truce from Friday", "indirect", None),
    ("Z6", "z6-c", None, "z6-truce", "a 30-day ceasefire had been agreed in principle, to begin on Friday", "indirect", None),
    ("Z6", "z6-a", Z6_JUL02, "z6-corridors", "Aid corridors will open from Port Salim and Ajdar so that we can reach some 400,000 people", "direct", "at a news conference in Geneva"),
    ("Z6", "z6-c", None, "z6-corridors", "that humanitarian corridors from Port Salim and Ajdar would allow aid agencies to reach around 400,000 people", "indirect", None),
    ("Z6", "z6-b", None, "z6-monitors", "Sixty unarmed observers will monitor the ceasefire", "direct", None),
    ("Z6", "z6-c", None, "z6-monitors", "that a team of 60 unarmed monitors would oversee the truce", "indirect", None),
    ("Z6", "z6-b", None, "-", "that an exchange of prisoners had not been discussed", "indirect", None),
    ("Z6", "z6-a", Z6_JUL02, "-", "that the ceasefire would not cover the mountains in the east, where fighting was continuing", "indirect", "at a news conference in Geneva"),
    ("Z6", "z6-d", Z6_JUL07, "-", "that the truce had been extended to 60 days", "indirect", "in an interview with Radio Meridian"),
    ("Z6", "z6-d", Z6_JUL07, "-", "No aid has got through the Ajdar corridor yet", "direct", "in an interview with Radio Meridian"),
    ("Z6", "z6-d", Z6_JUL07, "-", "that the ceasefire was broadly holding despite scattered violations", "indirect", "in an interview with Radio Meridian"),
    # a mayor after a river flood: a briefing; a council meeting four days later (a higher damage figure,
    # a retraction about the levee); a weekly round-up re-reporting the flooded homes
    ("Z7", "z7-a", None, "z7-homes", "More than 1,400 homes were flooded, and some families will not be able to go back for months", "direct", None),
    ("Z7", "z7-b", None, "z7-homes", "that over 1,400 houses had been inundated and some residents would be unable to return for months", "indirect", None),
    ("Z7", "z7-a", None, "z7-damage", "Early estimates put the damage at 120 million euros", "direct", None),
    ("Z7", "z7-b", None, "z7-damage", "that the damage was initially put at €120m", "indirect", None),
    ("Z7", "z7-c", None, "z7-damage", "the cost of the damage could reach 120 million euros", "indirect", None),
    ("Z7", "z7-b", None, "z7-levee", "The levee on the Marn did not fail, the water simply came over the top", "direct", None),
    ("Z7", "z7-c", None, "z7-levee", "that the Marn embankment had not given way but had been overtopped", "indirect", None),
    ("Z7", "z7-a", None, "z7-levee", "the river had spilled over the levee rather than breaking through it", "indirect", None),
    ("Z7", "z7-a", None, "-", "that the levee on the Sauer had failed in two places", "indirect", None),
    ("Z7", "z7-b", None, "-", "that 300 people were still sleeping in emergency shelters", "indirect", None),
    ("Z7", "z7-d", None, "-", "that the damage could be as high as 200 million euros", "indirect", None),
    ("Z7", "z7-d", None, "-", "I was wrong: the Marn levee did give way at one point", "direct", None),
    ("Z7", "z7-e", None, "z7-homes", "that more than 1,400 homes had been flooded", "indirect", None),
    # an airline chief executive after an engine failure and an emergency landing; an update four days on
    ("Z8", "z8-a", None, "z8-safe", "Our A321 fleet is safe to fly and no aircraft will be grounded", "direct", None),
    ("Z8", "z8-b", None, "z8-safe", "that the airline's A321s were safe and none of them would be taken out of service", "indirect", None),
    ("Z8", "z8-a", None, "z8-inspect", "As a precaution we are inspecting the engines on all 38 of our A321s, and the checks will be finished by Sunday", "direct", None),
    ("Z8", "z8-b", None, "z8-inspect", "that engines on the carrier's 38 A321 jets were being checked as a precaution, with the work due to be completed by Sunday", "indirect", None),
    ("Z8", "z8-c", None, "z8-inspect", "precautionary checks on all 38 A321s would be done by the weekend", "indirect", None),
    ("Z8", "z8-c", None, "z8-onboard", "that all 186 passengers and crew had left the aircraft safely and four had been treated for minor injuries", "indirect", None),
    ("Z8", "z8-b", None, "z8-onboard", "Everyone on board got off safely. Four people were treated for minor injuries", "direct", None),
    ("Z8", "z8-a", None, "-", "that the cause of the engine failure was not yet known", "indirect", None),
    ("Z8", "z8-b", None, "-", "that the airline's A330 fleet was not affected", "indirect", None),
    ("Z8", "z8-c", None, "-", "that passengers would get a full refund and 600 euros in compensation", "indirect", None),
    ("Z8", "z8-d", None, "-", "that six A321s had been grounded after inspectors found cracks in two engines", "indirect", None),
    ("Z8", "z8-d", None, "-", "The inspections of our 38 A321s will take until the end of next week", "direct", None),
]  # fmt: skip
