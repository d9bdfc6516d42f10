"""HELD-OUT 8: a blind evaluation set for statement merging (issue #6), in the row format of
``bench/paraphrase_data.py`` (HELDOUT5) and ``bench/paraphrase_heldout6.py``.

Written on 2026-11-22 by a helper session given only the row format and HELD-OUT 6 as a format
example: blind, i.e. without reading the merging rules (graphbuild/crossdoc*.py, graphbuild/claims/),
the scorer (bench/paraphrase.py), the development rows (bench/paraphrase_data.py) or HELD-OUT 7, and
without running the merger or the scorer on these rows. Never used to choose a rule or threshold.

Wire copy of nine stories, each a different speaker in a domain not on the list of domains used by
HELDOUT5, HELD-OUT 6 and HELD-OUT 7: a farm minister on a drought, a carmaker chief executive on job
cuts, a hospital chief executive on waiting lists, a housing minister on rents, a mining company chief
executive after a collapse, a teachers' union leader on an exam-marking boycott, a climate negotiator
at a summit, a telecom regulator on a network outage and a zoo director on an escaped lynx. 130
reports, 9 speakers, 44 documents, 34 utterance labels with two or more reports, 75 positive pairs
(pairs of reports that share a label other than "-").

Rows are (speaker, document, said, utterance label, content as extracted, mode, venue); a "-" label is
a report of its own. Documents are "<speaker>-<outlet>": "a" and "b" published on the day of the
occasion or the next day, "c" the day after the occasion (or the same day), "d" and "e" three to seven
days on (a later occasion, or a weekly round-up that re-reports an earlier utterance and carries its
label). Each block mixes paraphrases of one utterance across outlets (direct quote, indirect speech
with tense backshift and person shift, a one-line summary, figures written differently, synonyms,
reordered clauses, hedged wording), other things said on the same occasion about the same topic, the
same words about another place, product or crop, opposite polarity with shared words, a vague quantity
beside an exact one, and the speaker on a later occasion (changed figure, denial or retraction, or the
same claim said again: a new utterance, labelled apart, with its own label where two outlets report
it). Six stories (X1, X2, X4, X5, X7, X8) have a news conference, a speech, an interview or a committee
hearing, and some of their reports carry a said-day and a venue (39 of 130); most reports carry
neither.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphbuild.model import TimeSpan


def _day(y: int, m: int, d: int) -> TimeSpan:
    return TimeSpan.day(date(y, m, d), rule="bench")


X1_AUG04 = _day(2026, 8, 4)
X1_AUG10 = _day(2026, 8, 10)
X2_JAN27 = _day(2026, 1, 27)
X2_FEB02 = _day(2026, 2, 2)
X4_APR14 = _day(2026, 4, 14)
X4_APR20 = _day(2026, 4, 20)
X5_MAR03 = _day(2026, 3, 3)
X5_MAR06 = _day(2026, 3, 6)
X7_NOV09 = _day(2026, 11, 9)
X7_NOV14 = _day(2026, 11, 14)
X8_OCT19 = _day(2026, 10, 19)

HELDOUT8_PUBLISHED: dict[str, str] = {
    "doc:x1-a": "2026-08-04", "doc:x1-b": "2026-08-04", "doc:x1-c": "2026-08-05", "doc:x1-d": "2026-08-10",
    "doc:x1-e": "2026-08-11",
    "doc:x2-a": "2026-01-27", "doc:x2-b": "2026-01-27", "doc:x2-c": "2026-01-28", "doc:x2-d": "2026-02-02",
    "doc:x2-e": "2026-02-03",
    "doc:x3-a": "2026-02-12", "doc:x3-b": "2026-02-13", "doc:x3-c": "2026-02-13", "doc:x3-d": "2026-02-17",
    "doc:x3-e": "2026-02-19",
    "doc:x4-a": "2026-04-14", "doc:x4-b": "2026-04-14", "doc:x4-c": "2026-04-15", "doc:x4-d": "2026-04-20",
    "doc:x4-e": "2026-04-21",
    "doc:x5-a": "2026-03-03", "doc:x5-b": "2026-03-03", "doc:x5-c": "2026-03-04", "doc:x5-d": "2026-03-06",
    "doc:x5-e": "2026-03-09",
    "doc:x6-a": "2026-06-01", "doc:x6-b": "2026-06-02", "doc:x6-c": "2026-06-02", "doc:x6-d": "2026-06-05",
    "doc:x6-e": "2026-06-06",
    "doc:x7-a": "2026-11-09", "doc:x7-b": "2026-11-10", "doc:x7-c": "2026-11-10", "doc:x7-d": "2026-11-14",
    "doc:x7-e": "2026-11-16",
    "doc:x8-a": "2026-10-13", "doc:x8-b": "2026-10-13", "doc:x8-c": "2026-10-14", "doc:x8-d": "2026-10-19",
    "doc:x8-e": "2026-10-20",
    "doc:x9-a": "2026-07-20", "doc:x9-b": "2026-07-20", "doc:x9-c": "2026-07-21", "doc:x9-d": "2026-07-23",
}  # fmt: skip

HELDOUT8: list[tuple[str, str, TimeSpan | None, str, str, str, str | None]] = [
    # a farm minister on a drought: a news conference after a cabinet meeting; a statement to parliament
    # six days later (the aid is raised; the wheat forecast is said again: a new utterance); a weekly
    # round-up that re-reports the first aid figure
    ("X1", "x1-a", X1_AUG04, "x1-aid", "We are releasing 450 million euros in emergency aid for livestock and arable farmers hit by the drought", "direct", "at a news conference after the cabinet meeting"),
    ("X1", "x1-c", None, "x1-aid", "drought-hit farmers will get €450m in emergency help", "indirect", None),
    ("X1", "x1-e", None, "x1-aid", "that the government would pay out 450 million euros in emergency support to farmers affected by the drought", "indirect", None),
    ("X1", "x1-b", None, "x1-harvest", "The wheat harvest will be at least a quarter smaller than last year's", "direct", None),
    ("X1", "x1-a", X1_AUG04, "x1-harvest", "that the wheat harvest was expected to be at least 25 percent down on last year", "indirect", "at a news conference after the cabinet meeting"),
    ("X1", "x1-c", None, "x1-harvest", "wheat output would probably fall by a quarter or more", "indirect", None),
    ("X1", "x1-c", None, "x1-irrigate", "From Monday, drawing water from rivers to irrigate fields will be banned in the southern regions, with the exception of fruit orchards", "direct", None),
    ("X1", "x1-b", None, "x1-irrigate", "that orchards aside, farmers in the south would no longer be allowed to irrigate from rivers after the weekend", "indirect", None),
    ("X1", "x1-b", None, "-", "that the barley harvest was likely to be about 10 percent smaller than last year", "indirect", None),
    ("X1", "x1-a", X1_AUG04, "-", "that this was the worst drought the country had seen since 1976", "indirect", "at a news conference after the cabinet meeting"),
    ("X1", "x1-c", None, "-", "that a ban on irrigation from rivers in the north was not being considered", "indirect", None),
    ("X1", "x1-d", X1_AUG10, "-", "that the emergency aid for farmers had been raised to 600 million euros", "indirect", "in a statement to parliament"),
    ("X1", "x1-d", X1_AUG10, "x1-harvest2", "The wheat harvest will be at least a quarter below last year's", "direct", "in a statement to parliament"),
    ("X1", "x1-e", X1_AUG10, "x1-harvest2", "that wheat output would fall by at least 25 percent on last year", "indirect", "in a statement to parliament"),
    ("X1", "x1-d", X1_AUG10, "-", "There is no question of rationing drinking water", "direct", "in a statement to parliament"),
    # a carmaker chief executive on job cuts: the annual results presentation; a television interview six
    # days later (a higher possible figure; the plant promise said again); a round-up re-reporting the cuts
    ("X2", "x2-a", X2_JAN27, "x2-cuts", "We will cut 3,500 jobs in Germany by the end of 2028, mostly through early retirement and voluntary departures", "direct", "at the company's annual results presentation"),
    ("X2", "x2-b", None, "x2-cuts", "that Veltmark would shed 3,500 German jobs by the end of 2028, largely through early retirement and voluntary redundancy", "indirect", None),
    ("X2", "x2-e", None, "x2-cuts", "that the carmaker planned to eliminate some three and a half thousand jobs in Germany by 2028", "indirect", None),
    ("X2", "x2-b", None, "x2-plant", "The Halberg plant will stay open, I can promise you that", "direct", None),
    ("X2", "x2-a", X2_JAN27, "x2-plant", "that the company's Halberg factory would not be closed", "indirect", "at the company's annual results presentation"),
    ("X2", "x2-c", None, "x2-plant", "the Halberg plant would remain open", "indirect", None),
    ("X2", "x2-a", X2_JAN27, "x2-ev", "By 2030, half of the cars we sell will be electric", "direct", "at the company's annual results presentation"),
    ("X2", "x2-c", None, "x2-ev", "that electric vehicles would make up 50 percent of its sales by the end of the decade", "indirect", None),
    ("X2", "x2-b", None, "-", "that 800 jobs would also go at the company's Spanish operations", "indirect", None),
    ("X2", "x2-c", None, "-", "that the Tessera plant in Spain would close at the end of 2027", "indirect", None),
    ("X2", "x2-a", X2_JAN27, "-", "that there would be no compulsory redundancies in Germany before 2030", "indirect", "at the company's annual results presentation"),
    ("X2", "x2-d", X2_FEB02, "-", "that the number of job cuts in Germany could rise to 5,000 if demand for electric cars stayed weak", "indirect", "in a television interview"),
    ("X2", "x2-d", X2_FEB02, "x2-plant2", "Halberg will not close, full stop", "direct", "in a television interview"),
    ("X2", "x2-e", X2_FEB02, "x2-plant2", "that the Halberg factory would not be shut", "indirect", "in a television interview"),
    # a hospital chief executive on waiting lists: a briefing after a board meeting; a radio interview five
    # days later (a new figure, a denial, the staff shortage said again); a weekly round-up
    ("X3", "x3-a", None, "x3-wait", "Nearly 42,000 patients are now waiting for planned treatment, and about 6,000 of them have waited more than a year", "direct", None),
    ("X3", "x3-b", None, "x3-wait", "that close to 42,000 people were on the hospital's waiting list for planned care, some 6,000 of them for longer than 12 months", "indirect", None),
    ("X3", "x3-c", None, "x3-wait", "the waiting list had grown to almost forty-two thousand, with roughly one patient in seven waiting over a year", "indirect", None),
    ("X3", "x3-b", None, "x3-theatres", "We will open two new operating theatres in April, which should let us treat another 4,000 patients a year", "direct", None),
    ("X3", "x3-a", None, "x3-theatres", "that two additional operating theatres would open in April, allowing an extra 4,000 patients a year to be treated", "indirect", None),
    ("X3", "x3-e", None, "x3-theatres", "that the hospital would open two more operating theatres in the spring to treat 4,000 more patients annually", "indirect", None),
    ("X3", "x3-c", None, "x3-staff", "We simply do not have enough anaesthetists", "direct", None),
    ("X3", "x3-a", None, "x3-staff", "that the hospital was short of anaesthetists", "indirect", None),
    ("X3", "x3-a", None, "-", "that about 600 patients had been waiting for more than two years", "indirect", None),
    ("X3", "x3-b", None, "-", "that waiting times in the emergency department had improved since December", "indirect", None),
    ("X3", "x3-c", None, "-", "that two new operating theatres had opened at the Riverside hospital last year", "indirect", None),
    ("X3", "x3-d", None, "-", "that the waiting list had risen to 43,500 since the start of the month", "indirect", None),
    ("X3", "x3-d", None, "-", "I never promised that nobody would wait more than a year by the summer", "direct", None),
    ("X3", "x3-d", None, "-", "We still do not have enough anaesthetists, and that will not change this year", "direct", None),
    # a housing minister on rents: presenting a rent bill in parliament; a radio interview six days later (a
    # changed cap, a retraction of the start date, the housebuilding pledge said again)
    ("X4", "x4-a", X4_APR14, "x4-cap", "From January, rents on existing tenancies may rise by no more than 3 percent a year", "direct", "presenting the bill in parliament"),
    ("X4", "x4-b", None, "x4-cap", "that annual rent increases for sitting tenants would be capped at 3% from January", "indirect", None),
    ("X4", "x4-c", None, "x4-cap", "rent rises for existing tenants will be limited to three per cent a year from the new year", "indirect", None),
    ("X4", "x4-b", None, "x4-homes", "We will build 250,000 social homes by 2030", "direct", None),
    ("X4", "x4-a", X4_APR14, "x4-homes", "that the government would build a quarter of a million social housing units by 2030", "indirect", "presenting the bill in parliament"),
    ("X4", "x4-c", None, "x4-homes", "that 250 000 new social homes would be built before the end of the decade", "indirect", None),
    ("X4", "x4-c", None, "x4-fines", "Landlords who ignore the cap will face fines of up to 50,000 euros", "direct", None),
    ("X4", "x4-a", X4_APR14, "x4-fines", "that landlords who broke the rules could be fined as much as €50,000", "indirect", "presenting the bill in parliament"),
    ("X4", "x4-b", None, "-", "that rents on new tenancies would not be capped", "indirect", None),
    ("X4", "x4-a", X4_APR14, "-", "that rents in the capital had risen by 9 percent last year", "indirect", "presenting the bill in parliament"),
    ("X4", "x4-c", None, "-", "that rents for shops and offices would be capped at 5 percent a year", "indirect", None),
    ("X4", "x4-d", X4_APR20, "-", "that the cap on rent increases would be 3.5 percent rather than 3 percent after talks with coalition partners", "indirect", "in a radio interview"),
    ("X4", "x4-d", X4_APR20, "-", "I was wrong to say the cap would start in January; it will take effect in April", "direct", "in a radio interview"),
    ("X4", "x4-d", X4_APR20, "x4-homes2", "We will build 250,000 social homes by 2030, and we are on track to do it", "direct", "in a radio interview"),
    ("X4", "x4-e", X4_APR20, "x4-homes2", "that the government was on course to build 250,000 social homes by 2030", "indirect", "in a radio interview"),
    # a mining company chief executive after a tunnel collapse: a news conference at the mine; a second
    # news conference three days later (a longer drilling time, a denial); a round-up six days on
    ("X5", "x5-a", X5_MAR03, "x5-trapped", "Nineteen miners are trapped about 700 metres underground, and we are in contact with all of them", "direct", "at a news conference at the mine"),
    ("X5", "x5-b", None, "x5-trapped", "that 19 workers were trapped some 700 m below the surface and rescuers had contact with every one of them", "indirect", None),
    ("X5", "x5-e", None, "x5-trapped", "that 19 miners had been trapped roughly 700 metres down after the collapse", "indirect", None),
    ("X5", "x5-b", None, "x5-shaft", "Drilling a rescue shaft to reach them will take at least four days", "direct", None),
    ("X5", "x5-a", X5_MAR03, "x5-shaft", "that it would take a minimum of four days to drill a shaft down to the trapped men", "indirect", "at a news conference at the mine"),
    ("X5", "x5-c", None, "x5-shaft", "the rescue could take four days or more", "indirect", None),
    ("X5", "x5-c", None, "x5-inspect", "The Orvik mine passed a full safety inspection in January", "direct", None),
    ("X5", "x5-a", X5_MAR03, "x5-inspect", "that the mine had passed a comprehensive safety inspection at the start of the year", "indirect", "at a news conference at the mine"),
    ("X5", "x5-b", None, "-", "that 23 miners had managed to get out after the roof collapsed", "indirect", None),
    ("X5", "x5-a", X5_MAR03, "-", "that the cause of the collapse was not yet known", "indirect", "at a news conference at the mine"),
    ("X5", "x5-c", None, "-", "that the company's Sarn mine had failed a safety inspection in January", "indirect", None),
    ("X5", "x5-d", X5_MAR06, "-", "that drilling the rescue shaft could take up to ten days because of unexpectedly hard rock", "indirect", "at a second news conference"),
    ("X5", "x5-d", X5_MAR06, "x5-warnings", "We did not ignore any warnings from our engineers about that tunnel", "direct", "at a second news conference"),
    ("X5", "x5-e", X5_MAR06, "x5-warnings", "that the company had not disregarded warnings from its engineers about the tunnel", "indirect", "at a second news conference"),
    # a teachers' union leader on a boycott of exam marking after a ballot; the boycott suspended three
    # days later; a round-up re-reporting the ballot result
    ("X6", "x6-a", None, "x6-boycott", "Our members will not mark this summer's exams unless the ministry reopens pay talks", "direct", None),
    ("X6", "x6-b", None, "x6-boycott", "that union members would refuse to grade the summer exam papers if the ministry did not return to pay negotiations", "indirect", None),
    ("X6", "x6-c", None, "x6-boycott", "teachers would boycott marking this summer's exams unless pay talks were reopened", "indirect", None),
    ("X6", "x6-b", None, "x6-vote", "82 percent of those who voted backed the boycott", "direct", None),
    ("X6", "x6-a", None, "x6-vote", "that more than four in five of the members who voted had supported the marking boycott", "indirect", None),
    ("X6", "x6-e", None, "x6-vote", "that 82% of voting members had backed the boycott of exam marking", "indirect", None),
    ("X6", "x6-c", None, "x6-pupils", "No student will lose a grade because of this", "direct", None),
    ("X6", "x6-a", None, "x6-pupils", "that no pupil's results would suffer because of the action", "indirect", None),
    ("X6", "x6-b", None, "-", "that 64 percent of members had taken part in the ballot", "indirect", None),
    ("X6", "x6-a", None, "-", "that the union would not boycott the marking of primary school tests", "indirect", None),
    ("X6", "x6-c", None, "-", "that the marking boycott would begin on June 15", "indirect", None),
    ("X6", "x6-d", None, "x6-suspend", "We have suspended the boycott, but we can reinstate it within a week", "direct", None),
    ("X6", "x6-e", None, "x6-suspend", "that the union had suspended the marking boycott but could bring it back at a week's notice", "indirect", None),
    ("X6", "x6-d", None, "-", "that the ministry's offer to reopen pay talks was a first step but not yet enough", "indirect", None),
    # a climate negotiator for a bloc of island states: a news conference at a summit; a speech to the
    # plenary five days later (a lower figure, the walkout threat said again); a round-up two days after
    ("X7", "x7-a", X7_NOV09, "x7-fund", "Rich countries must put at least 100 billion dollars a year into the loss and damage fund by 2030", "direct", "at a news conference at the summit"),
    ("X7", "x7-b", None, "x7-fund", "that wealthy nations should pay no less than $100bn annually into the loss and damage fund by 2030", "indirect", None),
    ("X7", "x7-c", None, "x7-fund", "rich nations should contribute $100 billion a year to the fund by the end of the decade", "indirect", None),
    ("X7", "x7-b", None, "x7-walkout", "If the final text drops the 1.5 degree goal, we will walk out", "direct", None),
    ("X7", "x7-a", X7_NOV09, "x7-walkout", "that the island states would leave the talks if the 1.5C target was removed from the final agreement", "indirect", "at a news conference at the summit"),
    ("X7", "x7-c", None, "x7-walkout", "the bloc threatened to quit the summit if the 1.5-degree limit was dropped", "indirect", None),
    ("X7", "x7-c", None, "x7-draft", "This draft is a death sentence for our islands", "direct", None),
    ("X7", "x7-a", X7_NOV09, "x7-draft", "that the current draft amounted to a death sentence for island nations", "indirect", "at a news conference at the summit"),
    ("X7", "x7-e", None, "x7-draft", "that the draft text was a death sentence for the islands", "indirect", None),
    ("X7", "x7-b", None, "-", "that rich countries should provide 300 billion dollars a year in climate finance overall by 2035", "indirect", None),
    ("X7", "x7-c", None, "-", "that the bloc would not walk out over the wording on phasing out coal", "indirect", None),
    ("X7", "x7-a", X7_NOV09, "-", "that the draft's section on adaptation was a step forward", "indirect", "at a news conference at the summit"),
    ("X7", "x7-d", X7_NOV14, "-", "that the bloc could accept 80 billion dollars a year for the loss and damage fund if payments began in 2027", "indirect", "in a speech to the summit plenary"),
    ("X7", "x7-d", X7_NOV14, "x7-walkout2", "We will walk out if 1.5 degrees is not in the final text", "direct", "in a speech to the summit plenary"),
    ("X7", "x7-e", X7_NOV14, "x7-walkout2", "that the island states would walk out unless the 1.5C goal was in the final text", "indirect", "in a speech to the summit plenary"),
    # a telecom regulator on a nationwide network outage: a statement on the day; a parliamentary committee
    # hearing six days later (a revised figure, a denial); a round-up re-reporting the investigation
    ("X8", "x8-a", None, "x8-probe", "We have opened a formal investigation into the Norvia outage and expect to report within three months", "direct", None),
    ("X8", "x8-b", None, "x8-probe", "that the regulator had launched a formal inquiry into the Norvia outage and expected to publish its findings within 3 months", "indirect", None),
    ("X8", "x8-c", None, "x8-probe", "Norvia faces a formal investigation, with findings due in about three months", "indirect", None),
    ("X8", "x8-e", None, "x8-probe", "that the regulator had opened a formal investigation into the outage at Norvia", "indirect", None),
    ("X8", "x8-b", None, "x8-calls", "About 2.5 million customers lost service, and for nine hours nobody could get through to the emergency number", "direct", None),
    ("X8", "x8-a", None, "x8-calls", "that some 2,500,000 customers had been left without service and emergency calls had failed for nine hours", "indirect", None),
    ("X8", "x8-c", None, "x8-calls", "two and a half million customers were cut off and could not reach emergency services for nine hours", "indirect", None),
    ("X8", "x8-c", None, "x8-fine", "Norvia could be fined up to 10 percent of its annual turnover", "direct", None),
    ("X8", "x8-a", None, "x8-fine", "that the operator faced a possible penalty of as much as a tenth of its yearly revenue", "indirect", None),
    ("X8", "x8-c", None, "-", "that emergency calls from mobile phones had not been affected", "indirect", None),
    ("X8", "x8-b", None, "-", "that an outage at rival operator Telkan in 2024 had cut off emergency calls for three hours", "indirect", None),
    ("X8", "x8-a", None, "-", "that hundreds of thousands of business customers had also lost service", "indirect", None),
    ("X8", "x8-d", X8_OCT19, "-", "that the number of customers affected had been revised up to 3.1 million", "indirect", "before a parliamentary committee"),
    ("X8", "x8-d", X8_OCT19, "x8-warned", "We were not warned in advance about the faulty software update", "direct", "before a parliamentary committee"),
    ("X8", "x8-e", X8_OCT19, "x8-warned", "that the authority had received no advance warning of the faulty software update", "indirect", "before a parliamentary committee"),
    # a zoo director on an escaped lynx: a statement the morning after the escape; remarks after the
    # recapture two days later (she was never a danger, said again: a new utterance; the zoo reopens)
    ("X9", "x9-a", None, "x9-danger", "The lynx is shy and poses no danger to people, but nobody should try to approach her", "direct", None),
    ("X9", "x9-b", None, "x9-danger", "that the escaped lynx was timid and no threat to humans, though members of the public should not go near it", "indirect", None),
    ("X9", "x9-c", None, "x9-danger", "the animal was not dangerous but should not be approached", "indirect", None),
    ("X9", "x9-b", None, "x9-fence", "A storm brought a tree down on the enclosure fence on Sunday night, and that is how she got out", "direct", None),
    ("X9", "x9-a", None, "x9-fence", "that the lynx had escaped after a tree blown over in a storm on Sunday night damaged the fence of its enclosure", "indirect", None),
    ("X9", "x9-c", None, "x9-fence", "a tree felled by the weekend storm had let the cat out of its enclosure", "indirect", None),
    ("X9", "x9-c", None, "x9-sightings", "We have had more than 40 reported sightings, most of them in the woods north of the zoo", "direct", None),
    ("X9", "x9-a", None, "x9-sightings", "that there had been over forty reported sightings, mainly in woodland to the north", "indirect", None),
    ("X9", "x9-b", None, "-", "that the lynx's sister had stayed behind in the enclosure", "indirect", None),
    ("X9", "x9-a", None, "-", "that the zoo would stay closed until the lynx was found", "indirect", None),
    ("X9", "x9-c", None, "-", "that a handful of sightings had come from the town centre but were probably of a large domestic cat", "indirect", None),
    ("X9", "x9-d", None, "-", "that the lynx had been recaptured unharmed in woodland two kilometres north of the zoo", "indirect", None),
    ("X9", "x9-d", None, "-", "She was never a danger to anyone", "direct", None),
    ("X9", "x9-d", None, "-", "that the zoo would reopen on Saturday", "indirect", None),
]  # fmt: skip
