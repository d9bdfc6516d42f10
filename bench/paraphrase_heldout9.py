"""HELD-OUT 9: a blind evaluation set for statement merging (issue #6), in the row format of
``bench/paraphrase_heldout8.py`` (HELD-OUT 8).

Written on 2026-11-22 by a helper session given only the row format, HELD-OUT 8 as a format example and
the module docstrings of HELD-OUT 6 and HELD-OUT 7 (for their lists of domains): blind, i.e. without
reading the merging rules (graphbuild/crossdoc*.py, graphbuild/claims/), the extraction code
(graphbuild/events*.py, graphbuild/entities*.py), the scorer (bench/paraphrase.py), the development rows
(bench/paraphrase_data.py) or the rows of HELD-OUT 6 and HELD-OUT 7, and without running the merger or
the scorer on these rows. Never used to choose a rule or threshold.

Wire copy of nine stories, each a different speaker in a domain not on the lists of domains used by
HELD-OUT 6, HELD-OUT 7 and HELD-OUT 8: a port authority chief executive on a storm backlog, a music
festival director on a cancelled weekend, an air accident investigator on a helicopter crash, a water
utility chief executive on a boil-water notice, a fisheries minister on fishing quotas, an electoral
commission chair on a delayed count, a national roads agency director on a bridge closure, a mountain
rescue chief after an avalanche and a national statistician on census results. 138 reports, 9 speakers,
45 documents, 36 utterance labels with two or more reports, 96 positive pairs (pairs of reports that
share a label other than "-").

Rows are (speaker, document, said, utterance label, content as extracted, mode, venue); a "-" label is
a report of its own. Documents are "<speaker>-<outlet>": "a" and "b" published on the day of the
occasion or the next day, "c" the day after the occasion (or the same day), "d" and "e" three to seven
days on (a later occasion, or a weekly round-up that re-reports an earlier utterance and carries its
label). Each block mixes paraphrases of one utterance across outlets (direct quote, indirect speech
with tense backshift and person shift, a one-line summary, figures written differently or converted:
"1.2 million" / "1,200,000" / "more than a million", 48 hours / two days, 30 centimetres / a foot, 63.4
percent / nearly two thirds; synonyms, reordered clauses, hedged wording), other things said on the same
occasion about the same topic, the same words about another place, species, district or group, opposite
polarity with shared words, a vague quantity beside an exact one, and the speaker on a later occasion
(changed figure, denial or retraction, or the same claim said again: a new utterance, labelled apart,
with its own label where two outlets report it). Six stories (J1, J3, J5, J6, J8, J9) have a news
conference, a briefing, an interim statement, a committee hearing, a speech or an interview, and some of
their reports carry a said-day and a venue (42 of 138); most reports carry neither.

Speaker and document ids were renamed from Y/y to J/j by the lead after writing (HELD-OUT 7 uses
Y/y, and the bench merges every set's publication days into one mapping); nothing else changed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphbuild.model import TimeSpan


def _day(y: int, m: int, d: int) -> TimeSpan:
    return TimeSpan.day(date(y, m, d), rule="bench")


Y1_MAR10 = _day(2026, 3, 10)
Y1_MAR16 = _day(2026, 3, 16)
Y3_MAY19 = _day(2026, 5, 19)
Y3_MAY26 = _day(2026, 5, 26)
Y5_OCT06 = _day(2026, 10, 6)
Y5_OCT12 = _day(2026, 10, 12)
Y6_JUN08 = _day(2026, 6, 8)
Y6_JUN11 = _day(2026, 6, 11)
Y8_FEB14 = _day(2026, 2, 14)
Y8_FEB17 = _day(2026, 2, 17)
Y9_MAY05 = _day(2026, 5, 5)
Y9_MAY12 = _day(2026, 5, 12)

HELDOUT9_PUBLISHED: dict[str, str] = {
    "doc:j1-a": "2026-03-10", "doc:j1-b": "2026-03-10", "doc:j1-c": "2026-03-11", "doc:j1-d": "2026-03-16",
    "doc:j1-e": "2026-03-17",
    "doc:j2-a": "2026-07-03", "doc:j2-b": "2026-07-04", "doc:j2-c": "2026-07-04", "doc:j2-d": "2026-07-06",
    "doc:j2-e": "2026-07-08",
    "doc:j3-a": "2026-05-19", "doc:j3-b": "2026-05-19", "doc:j3-c": "2026-05-20", "doc:j3-d": "2026-05-26",
    "doc:j3-e": "2026-05-26",
    "doc:j4-a": "2026-09-08", "doc:j4-b": "2026-09-09", "doc:j4-c": "2026-09-09", "doc:j4-d": "2026-09-12",
    "doc:j4-e": "2026-09-14",
    "doc:j5-a": "2026-10-06", "doc:j5-b": "2026-10-06", "doc:j5-c": "2026-10-07", "doc:j5-d": "2026-10-12",
    "doc:j5-e": "2026-10-13",
    "doc:j6-a": "2026-06-08", "doc:j6-b": "2026-06-08", "doc:j6-c": "2026-06-09", "doc:j6-d": "2026-06-11",
    "doc:j6-e": "2026-06-12",
    "doc:j7-a": "2026-01-20", "doc:j7-b": "2026-01-20", "doc:j7-c": "2026-01-21", "doc:j7-d": "2026-01-26",
    "doc:j7-e": "2026-01-27",
    "doc:j8-a": "2026-02-14", "doc:j8-b": "2026-02-15", "doc:j8-c": "2026-02-15", "doc:j8-d": "2026-02-17",
    "doc:j8-e": "2026-02-20",
    "doc:j9-a": "2026-05-05", "doc:j9-b": "2026-05-05", "doc:j9-c": "2026-05-06", "doc:j9-d": "2026-05-12",
    "doc:j9-e": "2026-05-13",
}  # fmt: skip

HELDOUT9: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a port authority chief executive on a backlog after a storm: a news conference at the port; a
    # parliamentary committee hearing six days later (a lower queue, a retraction of the three-week
    # estimate, the cranes said again); a round-up re-reporting the first queue figure
    ("J1", "j1-a", Y1_MAR10, "y1-queue", "There are 46 container ships waiting at anchor outside the port, and clearing the backlog will take about three weeks", "direct", "at a news conference at the port"),
    ("J1", "j1-b", None, "y1-queue", "that 46 container vessels were queuing offshore and that it would take roughly three weeks to work through the backlog", "indirect", None),
    ("J1", "j1-c", None, "y1-queue", "the backlog of nearly fifty waiting ships would take around three weeks to clear", "indirect", None),
    ("J1", "j1-e", None, "y1-queue", "that 46 container ships had been waiting at anchor off Kelmarsh", "indirect", None),
    ("J1", "j1-b", None, "y1-shifts", "From Thursday all three container terminals will work around the clock", "direct", None),
    ("J1", "j1-a", Y1_MAR10, "y1-shifts", "that the port's three container terminals would operate 24 hours a day starting on Thursday", "indirect", "at a news conference at the port"),
    ("J1", "j1-c", None, "y1-shifts", "the terminals would switch to round-the-clock working later in the week", "indirect", None),
    ("J1", "j1-c", None, "y1-cranes", "Two of our ship-to-shore cranes were damaged in the storm and will be out of action until April", "direct", None),
    ("J1", "j1-a", Y1_MAR10, "y1-cranes", "that the storm had put two of the port's quayside cranes out of service and they would not be repaired before April", "indirect", "at a news conference at the port"),
    ("J1", "j1-b", None, "-", "that a dozen bulk carriers were also waiting to unload grain", "indirect", None),
    ("J1", "j1-c", None, "-", "that the ferry terminal would not move to round-the-clock working", "indirect", None),
    ("J1", "j1-d", Y1_MAR16, "-", "that the queue had fallen to 19 ships and should be gone by the end of next week", "indirect", "before a parliamentary transport committee"),
    ("J1", "j1-d", Y1_MAR16, "-", "My estimate of three weeks was too gloomy, and I was wrong to give it", "direct", "before a parliamentary transport committee"),
    ("J1", "j1-d", Y1_MAR16, "y1-cranes2", "The two cranes damaged in the storm will not be working again before April", "direct", "before a parliamentary transport committee"),
    ("J1", "j1-e", Y1_MAR16, "y1-cranes2", "that the two storm-damaged cranes would stay out of action until April", "indirect", "before a parliamentary transport committee"),
    # a music festival director on calling off the last two days because of a storm forecast; remarks three
    # days later (a longer refund time, a denial, a promise to return); a round-up re-reporting the refunds
    ("J2", "j2-a", None, "y2-cancel", "We have taken the painful decision to cancel Saturday and Sunday, because the storm forecast makes the site unsafe", "direct", None),
    ("J2", "j2-b", None, "y2-cancel", "that the festival's last two days had been called off because a forecast storm would make the site dangerous", "indirect", None),
    ("J2", "j2-c", None, "y2-cancel", "the weekend programme was scrapped over safety fears ahead of a storm", "indirect", None),
    ("J2", "j2-b", None, "y2-refund", "Every ticket holder will get a full refund within 30 days", "direct", None),
    ("J2", "j2-a", None, "y2-refund", "that all ticket holders would be fully reimbursed within a month", "indirect", None),
    ("J2", "j2-c", None, "y2-refund", "festival-goers would receive their money back in full within thirty days", "indirect", None),
    ("J2", "j2-e", None, "y2-refund", "that everyone with a ticket would be refunded in full within 30 days", "indirect", None),
    ("J2", "j2-c", None, "y2-crowd", "About 85,000 people had tickets for the weekend, and around 60,000 of them are already on site", "direct", None),
    ("J2", "j2-a", None, "y2-crowd", "that roughly 60,000 of the 85,000 weekend ticket holders were already camping at the site", "indirect", None),
    ("J2", "j2-a", None, "-", "that the festival had never been cancelled in its 31-year history", "indirect", None),
    ("J2", "j2-c", None, "-", "that Friday day tickets would not be refunded", "indirect", None),
    ("J2", "j2-b", None, "-", "that thousands of campers had already packed up and left", "indirect", None),
    ("J2", "j2-d", None, "-", "that refunds could now take up to 60 days because of the number of claims", "indirect", None),
    ("J2", "j2-d", None, "-", "It was our decision to call off the weekend, not the police's", "direct", None),
    ("J2", "j2-d", None, "y2-return", "We will be back next summer, bigger and safer", "direct", None),
    ("J2", "j2-e", None, "y2-return", "that the festival would return next year on a larger and safer site", "indirect", None),
    # an air accident investigator on a sightseeing helicopter crash: a news conference presenting the
    # preliminary report; an interim statement a week later (a corrected time, no contamination said again)
    ("J3", "j3-a", Y3_MAY19, "y3-engine", "The engine lost power about 40 seconds after take-off, and the pilot tried to turn back to the helipad", "direct", "at a news conference presenting the preliminary report"),
    ("J3", "j3-b", None, "y3-engine", "that the helicopter's engine had lost power some 40 seconds into the flight and the pilot had attempted to return to the helipad", "indirect", None),
    ("J3", "j3-c", None, "y3-engine", "the aircraft suffered a loss of engine power less than a minute after lifting off", "indirect", None),
    ("J3", "j3-e", None, "y3-engine", "that the engine had failed about 40 seconds after the helicopter took off", "indirect", None),
    ("J3", "j3-b", None, "y3-fuel", "We have found no evidence of fuel contamination", "direct", None),
    ("J3", "j3-a", Y3_MAY19, "y3-fuel", "that investigators had seen no sign that the fuel was contaminated", "indirect", "at a news conference presenting the preliminary report"),
    ("J3", "j3-c", None, "y3-fuel", "contaminated fuel had been ruled out for now", "indirect", None),
    ("J3", "j3-c", None, "y3-recorder", "The flight data recorder was badly damaged and has been sent to the manufacturer in France", "direct", None),
    ("J3", "j3-a", Y3_MAY19, "y3-recorder", "that the badly damaged flight data recorder had been sent to its French manufacturer", "indirect", "at a news conference presenting the preliminary report"),
    ("J3", "j3-b", None, "-", "that traces of contaminated fuel had been found in a second helicopter operated by the same company", "indirect", None),
    ("J3", "j3-c", None, "-", "that the cockpit voice recorder had been recovered undamaged", "indirect", None),
    ("J3", "j3-d", Y3_MAY26, "-", "that the engine had lost power about 25 seconds after take-off, not 40 as first stated", "indirect", "in an interim statement"),
    ("J3", "j3-d", Y3_MAY26, "y3-fuel2", "There is still no evidence of fuel contamination", "direct", "in an interim statement"),
    ("J3", "j3-e", Y3_MAY26, "y3-fuel2", "that investigators had still found nothing to suggest the fuel was contaminated", "indirect", "in an interim statement"),
    # a water utility chief executive on a boil-water notice: a briefing on the day; remarks four days later
    # (the notice partly lifted, a retraction about the cause, compensation); a round-up
    ("J4", "j4-a", None, "y4-notice", "About 120,000 households in Ashby and the surrounding villages must boil their tap water before drinking it until further notice", "direct", None),
    ("J4", "j4-b", None, "y4-notice", "that some 120,000 homes in and around Ashby should boil tap water before drinking it until told otherwise", "indirect", None),
    ("J4", "j4-c", None, "y4-notice", "residents of 120 000 households were told to boil their water", "indirect", None),
    ("J4", "j4-e", None, "y4-notice", "that around 120,000 households in the Ashby area had to boil their drinking water", "indirect", None),
    ("J4", "j4-b", None, "y4-source", "The contamination came from a cracked pipe at the Millbrook treatment works", "direct", None),
    ("J4", "j4-a", None, "y4-source", "that a cracked pipe at the Millbrook treatment plant was the source of the contamination", "indirect", None),
    ("J4", "j4-c", None, "y4-source", "a broken pipe at Millbrook was to blame", "indirect", None),
    ("J4", "j4-c", None, "y4-bottled", "We are handing out 1.2 million litres of bottled water from six collection points", "direct", None),
    ("J4", "j4-a", None, "y4-bottled", "that the company was distributing 1,200,000 litres of bottled water at six sites", "indirect", None),
    ("J4", "j4-b", None, "y4-bottled", "more than a million litres of bottled water were being handed out", "indirect", None),
    ("J4", "j4-a", None, "-", "that 14 people had been treated in hospital for stomach illness", "indirect", None),
    ("J4", "j4-b", None, "-", "that dozens of people had reported stomach upsets to their doctors", "indirect", None),
    ("J4", "j4-a", None, "-", "that customers in Keston, supplied by a different treatment works, did not need to boil their water", "indirect", None),
    ("J4", "j4-d", None, "-", "that the boil-water notice had been lifted for 45,000 households in the villages but remained in force in Ashby", "indirect", None),
    ("J4", "j4-d", None, "-", "I was wrong to say the pipe simply cracked; it was damaged by contractors digging nearby", "direct", None),
    ("J4", "j4-d", None, "y4-comp", "Every household affected will receive 50 pounds in compensation", "direct", None),
    ("J4", "j4-e", None, "y4-comp", "that each affected household would be paid £50 compensation", "indirect", None),
    # a fisheries minister after the annual quota talks: a news conference; a speech to parliament six days
    # later (a larger aid fund, the cod cut said again); a round-up re-reporting the aid
    ("J5", "j5-a", Y5_OCT06, "y5-cod", "Our cod quota for next year will be cut by 18 percent, to 41,000 tonnes", "direct", "at a news conference after the quota talks"),
    ("J5", "j5-b", None, "y5-cod", "that the national cod quota for next year would be reduced by 18% to 41,000 tonnes", "indirect", None),
    ("J5", "j5-c", None, "y5-cod", "cod catches would have to fall by nearly a fifth next year", "indirect", None),
    ("J5", "j5-b", None, "y5-herring", "The herring quota goes up by 9 percent, which is good news for the western fleet", "direct", None),
    ("J5", "j5-a", Y5_OCT06, "y5-herring", "that the western fleet would benefit from a 9 percent rise in the herring quota", "indirect", "at a news conference after the quota talks"),
    ("J5", "j5-c", None, "y5-aid", "We will set aside 30 million crowns to help fishermen who have to tie up their boats", "direct", None),
    ("J5", "j5-a", Y5_OCT06, "y5-aid", "that 30m crowns would be made available to fishermen forced to keep their boats in port", "indirect", "at a news conference after the quota talks"),
    ("J5", "j5-e", None, "y5-aid", "that the government would provide 30 million crowns in aid for idle fishing crews", "indirect", None),
    ("J5", "j5-b", None, "-", "that the haddock quota would be cut by 5 percent", "indirect", None),
    ("J5", "j5-c", None, "-", "that the cod quota in the eastern fishing grounds would not be cut", "indirect", None),
    ("J5", "j5-b", None, "-", "that several hundred fishermen could be left without work for part of the year", "indirect", None),
    ("J5", "j5-d", Y5_OCT12, "-", "that the aid fund for fishermen had been increased to 45 million crowns", "indirect", "in a speech to parliament"),
    ("J5", "j5-d", Y5_OCT12, "y5-cod2", "The cod quota will fall by 18 percent next year, and that is the deal we have", "direct", "in a speech to parliament"),
    ("J5", "j5-e", Y5_OCT12, "y5-cod2", "that next year's cod quota would be 18 percent lower and the deal would stand", "indirect", "in a speech to parliament"),
    # an electoral commission chair on a regional election: a briefing the morning after the vote; a
    # television interview three days later (a new date for the result, a denial, no fraud said again)
    ("J6", "j6-a", Y6_JUN08, "y6-turnout", "Turnout was 63.4 percent, the highest in a regional election since 1994", "direct", "at a briefing at the commission's headquarters"),
    ("J6", "j6-b", None, "y6-turnout", "that 63.4% of voters had cast a ballot, the highest turnout in a regional vote since 1994", "indirect", None),
    ("J6", "j6-c", None, "y6-turnout", "nearly two thirds of voters took part, a record for a regional election since 1994", "indirect", None),
    ("J6", "j6-b", None, "y6-delay", "The Norrvik result will be delayed by at least 48 hours because 14 ballot boxes were sent to the wrong counting centre", "direct", None),
    ("J6", "j6-a", Y6_JUN08, "y6-delay", "that 14 ballot boxes had been delivered to the wrong counting centre, holding up the Norrvik result by two days or more", "indirect", "at a briefing at the commission's headquarters"),
    ("J6", "j6-c", None, "y6-delay", "the Norrvik count would be held up for at least two days after ballot boxes went astray", "indirect", None),
    ("J6", "j6-e", None, "y6-delay", "that the Norrvik result would come at least 48 hours late because ballot boxes had gone to the wrong centre", "indirect", None),
    ("J6", "j6-c", None, "y6-fraud", "We have seen no evidence of fraud in Norrvik or anywhere else", "direct", None),
    ("J6", "j6-a", Y6_JUN08, "y6-fraud", "that the commission had found no sign of fraud in Norrvik or elsewhere", "indirect", "at a briefing at the commission's headquarters"),
    ("J6", "j6-b", None, "-", "that turnout in Norrvik had been 58 percent", "indirect", None),
    ("J6", "j6-a", Y6_JUN08, "-", "that the commission had received 212 complaints, most about queues at polling stations", "indirect", "at a briefing at the commission's headquarters"),
    ("J6", "j6-c", None, "-", "that several dozen polling stations had run out of ballot papers", "indirect", None),
    ("J6", "j6-d", Y6_JUN11, "-", "that the Norrvik result would now be declared on Friday, five days after the vote", "indirect", "in a television interview"),
    ("J6", "j6-d", Y6_JUN11, "-", "I never said the boxes were lost; they were sent to the wrong place and they were sealed", "direct", "in a television interview"),
    ("J6", "j6-d", Y6_JUN11, "y6-fraud2", "There was no fraud in this election, in Norrvik or anywhere", "direct", "in a television interview"),
    ("J6", "j6-e", Y6_JUN11, "y6-fraud2", "that there had been no fraud in the election", "indirect", "in a television interview"),
    # a national roads agency director on closing a motorway bridge: a statement on the day; remarks six days
    # later (a shorter closure, the bridge was never at risk); a round-up re-reporting the detour
    ("J7", "j7-a", None, "y7-close", "The Aldermoor bridge will stay closed to all vehicles for at least six months while we replace the damaged bearings", "direct", None),
    ("J7", "j7-b", None, "y7-close", "that the bridge would remain shut to all vehicles for a minimum of six months while its damaged bearings were replaced", "indirect", None),
    ("J7", "j7-c", None, "y7-close", "the Aldermoor crossing will be closed to traffic for half a year or more", "indirect", None),
    ("J7", "j7-b", None, "y7-cracks", "Inspectors found cracks up to 30 centimetres long in two of the main steel girders", "direct", None),
    ("J7", "j7-a", None, "y7-cracks", "that cracks as long as 30 cm had been discovered in two of the bridge's main steel girders", "indirect", None),
    ("J7", "j7-c", None, "y7-cracks", "inspectors had found foot-long cracks in two main girders", "indirect", None),
    ("J7", "j7-c", None, "y7-detour", "The signed diversion adds about 25 minutes for lorries", "direct", None),
    ("J7", "j7-a", None, "y7-detour", "that the official detour would add roughly 25 minutes to lorry journeys", "indirect", None),
    ("J7", "j7-e", None, "y7-detour", "that lorries faced a diversion of around 25 minutes", "indirect", None),
    ("J7", "j7-b", None, "-", "that pedestrians and cyclists would still be able to cross the bridge", "indirect", None),
    ("J7", "j7-a", None, "-", "that the bridge carried about 70,000 vehicles a day", "indirect", None),
    ("J7", "j7-c", None, "-", "that no cracks had been found in the Hollins viaduct further north", "indirect", None),
    ("J7", "j7-d", None, "-", "that the closure could be cut to four months if the new bearings arrived early", "indirect", None),
    ("J7", "j7-d", None, "y7-safe", "The bridge was never at risk of collapse", "direct", None),
    ("J7", "j7-e", None, "y7-safe", "that the bridge had at no point been in danger of collapsing", "indirect", None),
    # a mountain rescue chief after an avalanche near a ski resort: a news conference in the resort; remarks
    # after the search ended three days later (the slope closure said again; a denial)
    ("J8", "j8-a", Y8_FEB14, "y8-missing", "Four skiers are still missing, and we have rescued seven people alive", "direct", "at a news conference in the resort"),
    ("J8", "j8-b", None, "y8-missing", "that seven people had been pulled out alive and four skiers remained missing", "indirect", None),
    ("J8", "j8-c", None, "y8-missing", "four skiers were unaccounted for and seven had been rescued", "indirect", None),
    ("J8", "j8-b", None, "y8-search", "We are suspending the search overnight because the risk of a second avalanche is too high", "direct", None),
    ("J8", "j8-a", Y8_FEB14, "y8-search", "that the search would be halted for the night as the danger of another avalanche was too great", "indirect", "at a news conference in the resort"),
    ("J8", "j8-c", None, "y8-search", "rescuers would stop searching overnight over the risk of further slides", "indirect", None),
    ("J8", "j8-c", None, "y8-slope", "The avalanche came down on a slope that had been closed since Tuesday", "direct", None),
    ("J8", "j8-a", Y8_FEB14, "y8-slope", "that the avalanche had struck an off-piste slope closed to skiers since Tuesday", "indirect", "at a news conference in the resort"),
    ("J8", "j8-e", None, "y8-slope", "that the slope where the avalanche struck had been closed since Tuesday", "indirect", None),
    ("J8", "j8-a", Y8_FEB14, "-", "that about 60 rescuers and four dogs were taking part in the search", "indirect", "at a news conference in the resort"),
    ("J8", "j8-c", None, "-", "that the slope beside the Rotkamm lift had not been closed", "indirect", None),
    ("J8", "j8-d", Y8_FEB17, "-", "that the bodies of all four missing skiers had been recovered", "indirect", "after the search ended"),
    ("J8", "j8-d", Y8_FEB17, "-", "I never said the skiers ignored the warnings", "direct", "after the search ended"),
    ("J8", "j8-d", Y8_FEB17, "y8-slope2", "That slope had been closed since Tuesday, and the signs were clear", "direct", "after the search ended"),
    ("J8", "j8-e", Y8_FEB17, "y8-slope2", "that the slope had been shut since Tuesday and was clearly signposted", "indirect", "after the search ended"),
    # a national statistician presenting the first census results at a news conference; a parliamentary
    # committee hearing a week later (a revised figure, a denial, the capital share said again)
    ("J9", "j9-a", Y9_MAY05, "y9-pop", "The population stood at 8,412,000 on census day, up 3.1 percent on ten years ago", "direct", "at a news conference presenting the census results"),
    ("J9", "j9-b", None, "y9-pop", "that the population had reached 8.41 million on census day, 3.1% more than a decade earlier", "indirect", None),
    ("J9", "j9-c", None, "y9-pop", "the population grew by just over 3 percent in ten years to about 8.4 million", "indirect", None),
    ("J9", "j9-e", None, "y9-pop", "that the country had about 8.4 million inhabitants on census day, 3.1 percent more than ten years before", "indirect", None),
    ("J9", "j9-b", None, "y9-capital", "For the first time, more than a quarter of the population lives in the capital region", "direct", None),
    ("J9", "j9-a", Y9_MAY05, "y9-capital", "that over 25 percent of residents now lived in the capital region, a first", "indirect", "at a news conference presenting the census results"),
    ("J9", "j9-c", None, "y9-capital", "for the first time over one in four people live in and around the capital", "indirect", None),
    ("J9", "j9-c", None, "y9-online", "Seventy-eight percent of households filled in the census online", "direct", None),
    ("J9", "j9-a", Y9_MAY05, "y9-online", "that 78% of households had completed the census form online", "indirect", "at a news conference presenting the census results"),
    ("J9", "j9-b", None, "-", "that the population of the northern regions had fallen by 6 percent", "indirect", None),
    ("J9", "j9-c", None, "-", "that fewer than a quarter of households had filled in the census on paper", "indirect", None),
    ("J9", "j9-b", None, "-", "that tens of thousands of people may have been missed by the count", "indirect", None),
    ("J9", "j9-d", Y9_MAY12, "-", "that the population figure would be revised up to 8,437,000 after a follow-up survey", "indirect", "before a parliamentary committee"),
    ("J9", "j9-d", Y9_MAY12, "-", "The census did not undercount migrants", "direct", "before a parliamentary committee"),
    ("J9", "j9-d", Y9_MAY12, "y9-capital2", "More than a quarter of our population now lives in the capital region", "direct", "before a parliamentary committee"),
    ("J9", "j9-e", Y9_MAY12, "y9-capital2", "that over a quarter of the population lived in the capital region", "indirect", "before a parliamentary committee"),
]  # fmt: skip
