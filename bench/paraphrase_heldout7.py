"""HELD-OUT 7: a blind evaluation set for statement merging (issue #6), in the row format of
``bench/paraphrase_heldout6.py`` (HELDOUT6).

Written on 2026-11-22 by a helper session given only the row format and HELDOUT6: blind, i.e. without
reading the merging rules (graphbuild/crossdoc*.py, graphbuild/claims/) or the scorer
(bench/paraphrase.py, bench/paraphrase_data.py), and without running either on these rows. Never used to
choose a rule or threshold.

Wire copy of nine stories, each a different speaker in a domain not used in HELDOUT6 or earlier sets: a
university president on a tuition rise, a rail union leader calling a strike, a police chief after a
riot, a wildfire incident commander, a shipping-line chief executive on a canal blockage, a museum
director on returning a looted artefact, a pharmaceutical company recalling a drug, a sports federation
president announcing a doping ban and a space agency launch director on a launch delay. 126 reports,
9 speakers, 45 documents, 35 utterance labels with two or more reports, 74 positive pairs (pairs of
reports that share a label other than "-").

Rows are (speaker, document, said, utterance label, content as extracted, mode, venue); a "-" label is a
report of its own. Documents are "<speaker>-<outlet>": "a" and "b" published on the day of the occasion
or the next day, "c" the next day, "d" and "e" two to seven days on (a later occasion, or a weekly
round-up that re-reports an earlier utterance and carries its label). Each block mixes paraphrases of
one utterance across outlets (direct quote, indirect speech with tense backshift and person shift, a
one-line summary, figures written differently or converted: "1.2 million" / "1,200,000" / "more than a
million", 12,400 hectares / 124 square kilometres, 14 + 9 ships / 23 ships, November 3 to 17 / "two
weeks"; a negated instruction restated positively; hedged wording), other things said on the same
occasion about the same topic, the same words about another place, product, group or person, and the
speaker on a later occasion (changed figure, denial or retraction, a vague figure where the first
occasion had an exact one, opposite polarity with shared words, or the same claim said again: a new
utterance, labelled apart). Five stories (Y1, Y3, Y5, Y8, Y9) have a news conference, interview, council
session, statement or earnings call, and some of their reports carry a said-day and a venue (34 of 126);
most reports carry neither.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphbuild.model import TimeSpan


def _day(y: int, m: int, d: int) -> TimeSpan:
    return TimeSpan.day(date(y, m, d), rule="bench")


Y1_JAN28 = _day(2026, 1, 28)
Y1_FEB03 = _day(2026, 2, 3)
Y3_JUL20 = _day(2026, 7, 20)
Y3_JUL24 = _day(2026, 7, 24)
Y5_MAR04 = _day(2026, 3, 4)
Y5_MAR10 = _day(2026, 3, 10)
Y8_JUN02 = _day(2026, 6, 2)
Y8_JUN08 = _day(2026, 6, 8)
Y9_NOV03 = _day(2026, 11, 3)
Y9_NOV09 = _day(2026, 11, 9)

HELDOUT7_PUBLISHED: dict[str, str] = {
    "doc:y1-a": "2026-01-28", "doc:y1-b": "2026-01-28", "doc:y1-c": "2026-01-29", "doc:y1-d": "2026-02-03",
    "doc:y1-e": "2026-02-04",
    "doc:y2-a": "2026-04-14", "doc:y2-b": "2026-04-14", "doc:y2-c": "2026-04-15", "doc:y2-d": "2026-04-18",
    "doc:y2-e": "2026-04-21",
    "doc:y3-a": "2026-07-20", "doc:y3-b": "2026-07-20", "doc:y3-c": "2026-07-21", "doc:y3-d": "2026-07-24",
    "doc:y3-e": "2026-07-27",
    "doc:y4-a": "2026-08-09", "doc:y4-b": "2026-08-09", "doc:y4-c": "2026-08-10", "doc:y4-d": "2026-08-13",
    "doc:y4-e": "2026-08-16",
    "doc:y5-a": "2026-03-04", "doc:y5-b": "2026-03-05", "doc:y5-c": "2026-03-05", "doc:y5-d": "2026-03-10",
    "doc:y5-e": "2026-03-11",
    "doc:y6-a": "2026-05-20", "doc:y6-b": "2026-05-20", "doc:y6-c": "2026-05-21", "doc:y6-d": "2026-05-25",
    "doc:y6-e": "2026-05-27",
    "doc:y7-a": "2026-10-14", "doc:y7-b": "2026-10-14", "doc:y7-c": "2026-10-15", "doc:y7-d": "2026-10-19",
    "doc:y7-e": "2026-10-21",
    "doc:y8-a": "2026-06-02", "doc:y8-b": "2026-06-02", "doc:y8-c": "2026-06-03", "doc:y8-d": "2026-06-08",
    "doc:y8-e": "2026-06-09",
    "doc:y9-a": "2026-11-03", "doc:y9-b": "2026-11-03", "doc:y9-c": "2026-11-04", "doc:y9-d": "2026-11-09",
    "doc:y9-e": "2026-11-10",
}  # fmt: skip

HELDOUT7: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a university president after the trustees vote for a tuition rise: a news conference; a student
    # town hall six days later (a smaller rise after the state restores some funding, a promise about next
    # year, the funding-cut reason said again: a new utterance); a weekly round-up re-reporting the rise
    ("Y1", "y1-a", Y1_JAN28, "y1-rise", "Tuition for in-state undergraduates will go up by 4.5 percent next fall, to 14,210 dollars a year", "direct", "at a news conference"),
    ("Y1", "y1-b", None, "y1-rise", "that in-state undergraduate tuition would rise 4.5% from the autumn, to $14,210 a year", "indirect", None),
    ("Y1", "y1-c", None, "y1-rise", "in-state students would pay about $600 more a year from next fall", "indirect", None),
    ("Y1", "y1-b", None, "-", "that tuition for out-of-state undergraduates would go up by 6 percent next fall", "indirect", None),
    ("Y1", "y1-a", Y1_JAN28, "y1-aid", "No student from a family earning under 80,000 dollars will pay a cent of the increase, because we will cover it with grant aid", "direct", "at a news conference"),
    ("Y1", "y1-c", None, "y1-aid", "that the university would use grants to shield students from households with incomes below $80,000 from the whole increase", "indirect", None),
    ("Y1", "y1-b", None, "y1-why", "The state cut our funding by 22 million dollars, and we cannot absorb that without asking students to contribute", "direct", None),
    ("Y1", "y1-a", Y1_JAN28, "y1-why", "that a $22 million cut in state funding had left the university unable to absorb the loss without asking students to pay more", "indirect", "at a news conference"),
    ("Y1", "y1-c", None, "y1-why", "the increase was blamed on a 22-million-dollar reduction in state support", "indirect", None),
    ("Y1", "y1-a", Y1_JAN28, "-", "that the trustees had voted nine to three in favour of the increase", "indirect", "at a news conference"),
    ("Y1", "y1-d", Y1_FEB03, "-", "that the in-state increase had been trimmed to 3.9 percent after the governor restored part of the funding", "indirect", "at a student town hall"),
    ("Y1", "y1-d", Y1_FEB03, "-", "that the 22 million dollar cut in state funding was what had forced the university to raise tuition", "indirect", "at a student town hall"),
    ("Y1", "y1-d", Y1_FEB03, "y1-nextyear", "I promise you that tuition will not go up again next year", "direct", "at a student town hall"),
    ("Y1", "y1-e", None, "y1-nextyear", "that tuition would not be increased again the following year", "indirect", None),
    ("Y1", "y1-e", None, "y1-rise", "that tuition for in-state undergraduates would rise by 4.5 percent in the fall", "indirect", None),
    # a rail union leader announcing a strike; talks three days later produce an improved offer and the
    # strike is suspended; a weekly round-up re-reporting his reaction to the first offer
    ("Y2", "y2-a", None, "y2-strike", "We will walk out for 48 hours from Thursday, and not a single train will run on the eastern network", "direct", None),
    ("Y2", "y2-b", None, "y2-strike", "that the union's members would stage a two-day walkout from Thursday that would halt every train on the eastern network", "indirect", None),
    ("Y2", "y2-c", None, "y2-strike", "a 48-hour strike starting Thursday would shut down the eastern lines entirely", "indirect", None),
    ("Y2", "y2-b", None, "-", "that trains on the western network would run as normal during the strike", "indirect", None),
    ("Y2", "y2-a", None, "y2-offer", "A 3 percent offer when prices have gone up 11 percent over two years is an insult to our members", "direct", None),
    ("Y2", "y2-c", None, "y2-offer", "that the company's 3% pay offer was insulting given that prices had risen by 11% in two years", "indirect", None),
    ("Y2", "y2-c", None, "-", "that signal staff would be balloted on strike action next month", "indirect", None),
    ("Y2", "y2-a", None, "-", "that the union would not call off the strike unless the company improved its offer", "indirect", None),
    ("Y2", "y2-d", None, "-", "A 5 percent offer is a step forward, but it is not yet enough for our members", "direct", None),
    ("Y2", "y2-d", None, "y2-suspend", "We have suspended the strike while members consider the improved offer", "direct", None),
    ("Y2", "y2-e", None, "y2-suspend", "that the union had put its walkout on hold to let members vote on a better offer", "indirect", None),
    ("Y2", "y2-e", None, "y2-offer", "that a 3 percent pay offer had been an insult to members when prices had climbed 11 percent", "indirect", None),
    ("Y2", "y2-e", None, "-", "that trains on the eastern network would run normally on Thursday", "indirect", None),
    # a police chief after a night of rioting: a news conference; a statement to the city council four
    # days later (more arrests, a vague injury figure, a curfew now possible after ruling one out, an
    # outside review); a weekly round-up re-reporting the first arrest figure
    ("Y3", "y3-a", Y3_JUL20, "y3-arrests", "We made 63 arrests overnight, and I expect many more as we go through the footage", "direct", "at a news conference"),
    ("Y3", "y3-b", None, "y3-arrests", "that sixty-three people had been arrested overnight and that more arrests were expected once video footage had been reviewed", "indirect", None),
    ("Y3", "y3-a", Y3_JUL20, "y3-officers", "Twenty-seven of my officers were injured, three of them seriously", "direct", "at a news conference"),
    ("Y3", "y3-c", None, "y3-officers", "that 27 officers had been hurt, three of them badly", "indirect", None),
    ("Y3", "y3-b", None, "-", "that two firefighters had been injured when their engine was attacked", "indirect", None),
    ("Y3", "y3-b", None, "y3-cause", "This was not a protest. It was organised violence, planned on social media days in advance", "direct", None),
    ("Y3", "y3-a", Y3_JUL20, "y3-cause", "that the disorder had been organised violence rather than a protest, planned online several days beforehand", "indirect", "at a news conference"),
    ("Y3", "y3-c", None, "y3-cause", "the riot was premeditated and coordinated on social media", "indirect", None),
    ("Y3", "y3-a", Y3_JUL20, "y3-patrols", "that 400 extra officers would patrol the Eastfield district through the weekend", "indirect", "at a news conference"),
    ("Y3", "y3-b", None, "y3-patrols", "We are putting four hundred more officers on the streets of Eastfield until Monday", "direct", None),
    ("Y3", "y3-a", Y3_JUL20, "-", "that there were no plans to impose a curfew in Eastfield", "indirect", "at a news conference"),
    ("Y3", "y3-d", Y3_JUL24, "-", "A curfew in Eastfield is now on the table", "direct", "in a statement to the city council"),
    ("Y3", "y3-d", Y3_JUL24, "-", "that the number of people arrested over the rioting had risen to 118", "indirect", "in a statement to the city council"),
    ("Y3", "y3-d", Y3_JUL24, "-", "that dozens of officers had been injured in the rioting", "indirect", "in a statement to the city council"),
    ("Y3", "y3-d", Y3_JUL24, "y3-review", "I have asked an outside force to review how we handled the first night", "direct", "in a statement to the city council"),
    ("Y3", "y3-e", None, "y3-review", "that the chief constable had asked another police force to examine the response to the first night of rioting", "indirect", None),
    ("Y3", "y3-e", None, "y3-arrests", "that 63 people had been arrested after the first night of rioting", "indirect", None),
    # a wildfire incident commander: a morning briefing; four days later homes have been lost, containment
    # is up and one town can go home; the other town's residents cannot
    ("Y4", "y4-a", None, "y4-size", "The Cedar Ridge fire has burned 12,400 hectares and is 15 percent contained", "direct", None),
    ("Y4", "y4-b", None, "y4-size", "that the blaze had scorched some 12,400 hectares and was 15% contained", "indirect", None),
    ("Y4", "y4-c", None, "y4-size", "the Cedar Ridge fire had consumed about 124 square kilometres", "indirect", None),
    ("Y4", "y4-b", None, "-", "that the nearby Pine Hollow fire had burned 3,100 hectares and was 40 percent contained", "indirect", None),
    ("Y4", "y4-a", None, "y4-evac", "that 8,500 residents of Alder Springs and Millbrook had been ordered to leave their homes", "indirect", None),
    ("Y4", "y4-c", None, "y4-evac", "We have ordered 8,500 people out of Alder Springs and Millbrook", "direct", None),
    ("Y4", "y4-b", None, "y4-evac", "some eight and a half thousand people in two towns were under evacuation orders", "indirect", None),
    ("Y4", "y4-b", None, "y4-wind", "The next 48 hours are critical, with winds gusting up to 70 kilometres an hour", "direct", None),
    ("Y4", "y4-c", None, "y4-wind", "that the coming two days would be critical as gusts could reach 70 km/h", "indirect", None),
    ("Y4", "y4-a", None, "-", "that no homes had been lost so far", "indirect", None),
    ("Y4", "y4-d", None, "-", "that 37 homes had been destroyed in Millbrook", "indirect", None),
    ("Y4", "y4-d", None, "-", "The Cedar Ridge fire is now 45 percent contained", "direct", None),
    ("Y4", "y4-d", None, "y4-return", "Residents of Alder Springs can go home from Saturday morning", "direct", None),
    ("Y4", "y4-e", None, "y4-return", "that Alder Springs residents would be allowed to return from Saturday", "indirect", None),
    ("Y4", "y4-e", None, "-", "that Millbrook residents would not be allowed home for at least another week", "indirect", None),
    # a shipping-line chief executive on a canal blocked by a grounded tanker: an interview; an earnings
    # call six days later (a total cost, a rate rise after ruling one out for existing customers); a
    # weekly round-up re-reporting the daily cost
    ("Y5", "y5-a", Y5_MAR04, "y5-ships", "We have 14 vessels stuck at the southern entrance and another nine waiting at the northern end", "direct", "in an interview with Maritime Wire"),
    ("Y5", "y5-b", None, "y5-ships", "that 23 of the line's ships were held up at either end of the canal", "indirect", None),
    ("Y5", "y5-c", None, "y5-ships", "that fourteen of its ships were stuck at the canal's southern entrance and 9 more at the northern end", "indirect", None),
    ("Y5", "y5-c", None, "-", "that four of its ships were stuck at Port Kessa because of the congestion", "indirect", None),
    ("Y5", "y5-a", Y5_MAR04, "y5-reroute", "that the line would send its Asia-Europe services around the Cape if the canal had not reopened by Friday", "indirect", "in an interview with Maritime Wire"),
    ("Y5", "y5-b", None, "y5-reroute", "If the canal is not open by Friday, we will reroute our Asia-Europe ships around the Cape", "direct", None),
    ("Y5", "y5-c", None, "y5-reroute", "ships could be diverted around the Cape should the blockage last beyond Friday", "indirect", None),
    ("Y5", "y5-b", None, "y5-cost", "Every day of delay is costing us about 4 million dollars", "direct", None),
    ("Y5", "y5-a", Y5_MAR04, "y5-cost", "that each day of the blockage was costing the company roughly $4m", "indirect", "in an interview with Maritime Wire"),
    ("Y5", "y5-a", Y5_MAR04, "-", "that freight rates would not rise for existing customers because of the blockage", "indirect", "in an interview with Maritime Wire"),
    ("Y5", "y5-d", Y5_MAR10, "-", "that the blockage had cost the company 31 million dollars in total", "indirect", "on an earnings call"),
    ("Y5", "y5-d", Y5_MAR10, "y5-rates", "Freight rates on our Asia-Europe routes will rise by 15 percent from April", "direct", "on an earnings call"),
    ("Y5", "y5-e", None, "y5-rates", "that the line would raise its Asia-Europe rates 15% from April", "indirect", None),
    ("Y5", "y5-e", None, "y5-cost", "that the blockage had been costing the line about 4 million dollars a day", "indirect", None),
    # a museum director announcing that a looted mask will be returned; five days later the handover is
    # brought forward and she says the museum was wrong to resist the claim
    ("Y6", "y6-a", None, "y6-return", "The Kaleth mask belongs in Tarsa, and it will be back there before the end of the year", "direct", None),
    ("Y6", "y6-b", None, "y6-return", "that the Kaleth mask would be returned to Tarsa by the end of the year", "indirect", None),
    ("Y6", "y6-c", None, "y6-return", "the mask would go home to Tarsa within months", "indirect", None),
    ("Y6", "y6-b", None, "y6-loot", "There is no doubt it was taken by soldiers in 1897", "direct", None),
    ("Y6", "y6-a", None, "y6-loot", "that there was no question the mask had been seized by soldiers in 1897", "indirect", None),
    ("Y6", "y6-c", None, "y6-loot", "the museum now accepted the artefact had been looted by troops in 1897", "indirect", None),
    ("Y6", "y6-a", None, "-", "that there was no evidence the museum's two bronze shields from Tarsa had been looted", "indirect", None),
    ("Y6", "y6-b", None, "-", "that the museum was reviewing the history of 240 other objects in its collection", "indirect", None),
    ("Y6", "y6-d", None, "-", "that the handover of the Kaleth mask had been brought forward to September", "indirect", None),
    ("Y6", "y6-d", None, "y6-wrong", "We were wrong to resist the claim for so long", "direct", None),
    ("Y6", "y6-e", None, "y6-wrong", "that the museum had been wrong to fight the return for years", "indirect", None),
    ("Y6", "y6-e", None, "-", "that the museum had no plans to return any other objects in its collection", "indirect", None),
    # a pharmaceutical company recalling a blood pressure drug; five days later the recall is widened and
    # the impurity traced to a supplier
    ("Y7", "y7-a", None, "y7-recall", "We are recalling 41 batches of Norvastel 20 mg tablets, about 1.2 million packs, as a precaution", "direct", None),
    ("Y7", "y7-b", None, "y7-recall", "that the company was withdrawing 41 lots of its Norvastel 20mg tablets, some 1,200,000 packs, as a precautionary measure", "indirect", None),
    ("Y7", "y7-c", None, "y7-recall", "more than a million packs of the blood pressure drug were being pulled from pharmacies", "indirect", None),
    ("Y7", "y7-b", None, "-", "that Norvastel 40 mg tablets were not affected by the recall", "indirect", None),
    ("Y7", "y7-b", None, "y7-impurity", "Tests found traces of a nitrosamine impurity above the permitted limit", "direct", None),
    ("Y7", "y7-a", None, "y7-impurity", "that testing had detected a nitrosamine impurity at levels above the allowed limit", "indirect", None),
    ("Y7", "y7-c", None, "y7-impurity", "the tablets contained an impurity in excess of regulatory limits", "indirect", None),
    ("Y7", "y7-a", None, "y7-stop", "Patients should not stop taking their medicine without talking to their doctor", "direct", None),
    ("Y7", "y7-c", None, "y7-stop", "that patients should keep taking the tablets until they had spoken to a doctor", "indirect", None),
    ("Y7", "y7-b", None, "-", "that there had been no reports of patients being harmed", "indirect", None),
    ("Y7", "y7-d", None, "-", "that the recall had been extended to 58 batches", "indirect", None),
    ("Y7", "y7-d", None, "y7-source", "We have traced the impurity to one outside supplier, and we have stopped buying from it", "direct", None),
    ("Y7", "y7-e", None, "y7-source", "that the impurity had been traced to a single supplier, which the company had stopped using", "indirect", None),
    # a sports federation president announcing a sprinter's doping ban at a news conference; a statement
    # six days later after she appeals (a denial)
    ("Y8", "y8-a", Y8_JUN02, "y8-ban", "Mara Lindqvist is banned for four years, backdated to the date of her positive test in February", "direct", "at a news conference"),
    ("Y8", "y8-b", None, "y8-ban", "that Lindqvist had been suspended for four years, with the ban running from her positive test in February", "indirect", None),
    ("Y8", "y8-c", None, "y8-ban", "the sprinter would be out of competition until February 2030", "indirect", None),
    ("Y8", "y8-b", None, "-", "that her coach, Jens Halvard, had been banned for eight years", "indirect", None),
    ("Y8", "y8-b", None, "y8-titles", "She will be stripped of her European title and of her results from the indoor season", "direct", None),
    ("Y8", "y8-a", Y8_JUN02, "y8-titles", "that Lindqvist would lose her European championship gold and her indoor-season results", "indirect", "at a news conference"),
    ("Y8", "y8-a", Y8_JUN02, "y8-substance", "that her sample had contained the anabolic agent trenbolone", "indirect", "at a news conference"),
    ("Y8", "y8-c", None, "y8-substance", "Her sample contained trenbolone, an anabolic steroid", "direct", None),
    ("Y8", "y8-a", Y8_JUN02, "-", "that all other samples taken from the national team this year had tested negative", "indirect", "at a news conference"),
    ("Y8", "y8-c", None, "-", "that there was no evidence the trenbolone had come from a contaminated supplement", "indirect", None),
    ("Y8", "y8-d", Y8_JUN08, "y8-appeal", "We will fight her appeal all the way to the Court of Arbitration for Sport", "direct", "in a statement"),
    ("Y8", "y8-e", None, "y8-appeal", "that the federation would contest Lindqvist's appeal at the Court of Arbitration for Sport", "indirect", None),
    ("Y8", "y8-d", Y8_JUN08, "-", "that the federation had never offered Lindqvist a shorter ban in exchange for information", "indirect", "in a statement"),
    # a space agency launch director scrubbing an asteroid mission launch at a news conference at the
    # launch site; a media teleconference six days later (valve fixed, a new date, the window said again)
    ("Y9", "y9-a", Y9_NOV03, "y9-delay", "We are standing down today's launch, and the earliest new date is November 17", "direct", "at a news conference at the launch site"),
    ("Y9", "y9-b", None, "y9-delay", "that the launch had been scrubbed and would not take place before 17 November", "indirect", None),
    ("Y9", "y9-c", None, "y9-delay", "the launch of the asteroid probe had slipped by at least two weeks", "indirect", None),
    ("Y9", "y9-b", None, "y9-valve", "A valve on the second stage is not behaving the way it should", "direct", None),
    ("Y9", "y9-a", Y9_NOV03, "y9-valve", "that engineers had found a faulty valve in the rocket's second stage", "indirect", "at a news conference at the launch site"),
    ("Y9", "y9-c", None, "y9-valve", "a suspected valve fault on the upper stage appeared to be behind the delay", "indirect", None),
    ("Y9", "y9-a", Y9_NOV03, "-", "that the first stage and the spacecraft itself were in good shape", "indirect", "at a news conference at the launch site"),
    ("Y9", "y9-b", None, "-", "that the valve problem was not related to the fuel leak that had delayed the previous mission", "indirect", None),
    ("Y9", "y9-c", None, "y9-window", "The window to reach the asteroid stays open until mid-December", "direct", None),
    ("Y9", "y9-b", None, "y9-window", "that the launch window for the asteroid mission would remain open until the middle of December", "indirect", None),
    ("Y9", "y9-d", Y9_NOV09, "-", "that the launch had been moved again, to November 24", "indirect", "at a media teleconference"),
    ("Y9", "y9-d", Y9_NOV09, "-", "that the launch window would still stay open until mid-December", "indirect", "at a media teleconference"),
    ("Y9", "y9-d", Y9_NOV09, "y9-fixed", "The valve has been replaced and it has passed all of its tests", "direct", "at a media teleconference"),
    ("Y9", "y9-e", None, "y9-fixed", "that the faulty valve had been replaced and had passed testing", "indirect", None),
]  # fmt: skip
