"""HELD-OUT: a blind evaluation set for merging the same happening reported by several outlets (issue #6).

Written on 2026-11-22 by a helper session given only the task and the row format: blind, i.e. without
reading the event extraction or merging code (graphbuild/events*.py, graphbuild/crossdoc*.py) or the
event benches (bench/events*.py, bench/crossdoc_events.py), and without running graphbuild on these
texts. Stories s1-s6 were opened for tuning after the first (blind) score on 2026-11-22; s7-s11 stay
held out (see ``bench/events_stories.py``).

Eleven invented stories (invented people, companies, places and countries; no real recent events), each
covered by 4-5 outlets as wire copy ("Headline\\nBody", 80-124 body words), published on the day, the
next day, or 2-10 days later (a follow-up that re-mentions the earlier happenings in passing): S1 a
chemicals takeover, S2 an earthquake, S3 a minister's resignation, S4 a cup final, S5 a fraud
conviction, S6 a rocket launch, S7 a water treaty, S8 a runway overrun, S9 a dock strike, S10 a bank
seizure and rescue sale, S11 an opposition leader's arrest. Names are spelled differently across
outlets (Lindqvist/Lindquist, Haldia/Khaldia, Kerevan/Kerewan, Marta/Martha, Borell/Borrell,
Dancu/Danku); dates are given relatively ("on Tuesday", "yesterday", "last Friday", "three days after")
or absolutely ("April 14", "July 20").

Counts: 11 stories, 46 documents, 335 gold mentions, 124 happening labels, 55 labels with mentions in
two or more documents (69 labels occur in one document only, 56 of them with a single mention),
681 cross-document positive pairs (pairs of mentions in different documents sharing a label), 183
same-document positive pairs, 3248 cross-document same-story negative pairs.

GOLD annotates every mention of a real happening that carries a time (an explicit or relative date, or
an anchor such as "yesterday", "last week's", "after the announcement") and every re-mention of an
already dated happening, headlines included; one mention per clause (the verb or event noun that names
the happening: "skidded", "takeover", "quake", "walkout"). Event nouns are annotated (deal, takeover,
acquisition, quake, strike, arrest, verdict, final); nouns for documents or proposals are not (treaty,
accord, pact, offer, bid). Planned, hypothetical, negated or denied happenings ("will next meet in
January", "denied that a dam had burst", "was not arrested", "branches will reopen on Monday"),
reporting verbs (said, told, confirmed) and states are not annotated; consequences folded into the main
clause ("killing at least 40", "injuring 12") are not separate mentions. Hard negatives carry their own
labels: the same verb and participants at another time (ministers met in Vienna in March / met again
in Mirova on July 17; Castleford and Rovers met in the league in February), the same kind of happening
elsewhere or to another participant (a second quake in Sarvan the next day; an aftershock the same
morning; Vantor shares fell while Lindqvist shares jumped; Pike acquitted the day Oyelaran was
convicted; Moller convicted in May and sentenced on June 16; a sympathy strike at Carrow; Vass
detained and freed; an earlier resignation, overrun, bank failure, explosion or acquisition).
"""

from __future__ import annotations

#: (doc_id, outlet, published ISO date, text) - text is "Headline\nBody..." exactly as an article file holds it
DOCS: list[tuple[str, str, str, str]] = [
    # ---- S1: Vantor Chemicals agrees to buy Lindqvist Coatings (Monday 2026-03-02) ----
    ("s1-a", "Atlas Wire", "2026-03-02",
     "Vantor Chemicals to buy Lindqvist Coatings for $2.4 billion\n"
     "FRANKFURT (Atlas Wire) - Vantor Chemicals agreed on Monday to buy Swedish paint maker Lindqvist "
     "Coatings for $2.4 billion in cash, the biggest deal in the coatings sector in five years. Vantor "
     "will pay 212 crowns a share, a 34 percent premium to Friday's closing price. Lindqvist shares jumped "
     "31 percent in Stockholm after the announcement. The Lindqvist board backs the offer, and the founding "
     "family, which holds 41 percent of the votes, supports it. Vantor bought the Dutch pigment firm Ostara "
     "in 2024 and has long been looking for a foothold in marine paints. Chief executive Dieter Hallmann "
     "said the combination would create a group with annual sales of about $9 billion. Completion is "
     "expected in the third quarter, subject to regulatory approval."),
    ("s1-b", "Ledger Business", "2026-03-02",
     "Lindqvist accepts $2.4bn Vantor bid; Kessler left out\n"
     "STOCKHOLM (Ledger Business) - Lindqvist Coatings has accepted a takeover offer from German rival "
     "Vantor worth 2.4 billion dollars, the Swedish company said on Monday, ending a two-month contest in "
     "which U.S. group Kessler Industrial had also circled. Kessler made an unsolicited approach in January "
     "at 180 crowns a share, which the Lindqvist board rejected on January 19 as too low. On Monday Kessler "
     "said it would not raise its offer. Lindqvist, founded in 1923 in Gothenburg, employs 6,100 people. "
     "Union leaders said they wanted guarantees on jobs; Vantor denied that it planned to close the "
     "Gothenburg plant. Analysts at Nordbank called the price full. Shares in Lindqvist soared to a record "
     "206 crowns."),
    ("s1-c", "Continental Post", "2026-03-03",
     "Paint deal: Vantor swallows Lindquist\n"
     "BERLIN (Continental Post) - Germany's Vantor Chemicals will become Europe's second-largest paint "
     "producer after yesterday's 2.2 billion euro agreement to take over Lindquist Coatings of Sweden. The "
     "acquisition, announced before markets opened in Stockholm, values the Swedish group at nearly 19 times "
     "earnings. It is Vantor's third deal in four years: it bought Ostara Pigments in 2024 and acquired a "
     "Spanish resins business in 2022. Vantor shares fell 4 percent on Monday as investors questioned the "
     "price, while Lindquist stock climbed almost a third. Hallmann, Vantor's chief, told analysts "
     "yesterday that he expected savings of 150 million euros a year. Brussels is likely to examine the "
     "tie-up closely."),
    ("s1-d", "Ledger Business", "2026-03-10",
     "EU opens in-depth probe into Vantor paint deal\n"
     "BRUSSELS (Ledger Business) - The European Commission on Monday opened an in-depth investigation into "
     "the Vantor Chemicals takeover of Lindqvist Coatings, citing concerns over marine and protective paints. "
     "The Commission has until July 24 to decide. Vantor agreed to buy the Swedish firm last Monday for "
     "$2.4 billion. The Commission cleared Vantor's takeover of Ostara Pigments in 2024 without conditions, "
     "but competitors have since complained of rising prices. Kessler Industrial, whose approach was "
     "rebuffed in January, on Friday bought a 4.9 percent stake in Lindqvist, fuelling speculation of a "
     "counterbid. Vantor said it would cooperate fully with the Commission."),
    # ---- S2: earthquake in Haldia province (Tuesday 2026-04-14) ----
    ("s2-a", "Atlas Wire", "2026-04-14",
     "Strong quake kills at least 40 in Haldia province\n"
     "VERESK (Atlas Wire) - A magnitude 6.4 earthquake struck the mountainous province of Haldia before "
     "dawn on Tuesday, killing at least 40 people and flattening hundreds of mud-brick homes, officials "
     "said. The quake hit at 4:52 a.m. at a depth of 10 km, about 30 km north of the provincial capital "
     "Veresk, according to the national seismological centre. A landslide set off by the tremor blocked "
     "the main highway to the capital. It was the deadliest quake in the region since 2011, when a "
     "magnitude 6.9 tremor killed more than 200 people in the Ostrog valley. Rescue teams from three "
     "neighbouring provinces are on their way."),
    ("s2-b", "Harbour Herald", "2026-04-14",
     "Earthquake in Haldia: dozens dead, villages cut off\n"
     "A powerful earthquake shook Khaldia early on April 14, leaving at least 38 people dead and several "
     "mountain villages without road access, the Interior Ministry said. The US Geological Survey put the "
     "magnitude at 6.2. In Veresk, frightened residents are sleeping in the streets. A strong aftershock of "
     "magnitude 5.3 rattled the area again shortly before noon, causing further damage to weakened "
     "buildings in Dorna. Governor Ilya Petrash declared a state of emergency in the province on Tuesday "
     "afternoon. The interior minister denied reports that a dam near Dorna had burst."),
    ("s2-c", "Continental Post", "2026-04-15",
     "Death toll from Haldia quake rises to 71\n"
     "VERESK (Continental Post) - The number of people killed in Tuesday's earthquake in Haldia province "
     "rose to 71 on Wednesday, officials in Veresk said. The "
     "6.4-magnitude quake, which struck before dawn, also injured more than 400. Early on Wednesday a "
     "separate magnitude 5.8 earthquake shook neighbouring Sarvan province, about 200 km to the east, "
     "damaging a school and a bridge, though no deaths were reported there. Seismologists said the Sarvan "
     "tremor was not an aftershock of yesterday's quake. The highway to Veresk, blocked by Tuesday's "
     "landslide, reopened in the afternoon."),
    ("s2-d", "Daily Courier", "2026-04-20",
     "Haldia survivors still in tents a week after quake\n"
     "DORNA - Six days after last Tuesday's earthquake levelled much of this hillside town, some 9,000 "
     "people are still sleeping in tents. The final death toll from the April 14 quake stands at 88, the "
     "government said on Sunday. Many here say the damage was made worse by the aftershock that hit hours "
     "after the main shock. On Saturday President Alen Voskan visited Dorna and promised to rebuild every "
     "home within a year. Aid workers said the separate quake in Sarvan province last Wednesday had "
     "diverted some supplies. The president will return next month to open a temporary school."),
    ("s2-e", "Metro Bulletin", "2026-04-22",
     "Haldia to get $300m reconstruction loan\n"
     "The Regional Development Bank on Tuesday approved a $300 million emergency loan to help Haldia "
     "province rebuild after the April 14 earthquake, which killed 88 people and destroyed about 4,000 "
     "homes. The money will pay for schools and clinics damaged by the quake and by the strong aftershock "
     "that followed the same day. Sarvan province, hit by a weaker tremor on April 15, will receive a "
     "separate grant from the national budget. In 2011 the bank lent $120 million after the Ostrog valley "
     "earthquake."),
    # ---- S3: Estravian finance minister resigns (Friday 2026-05-08) ----
    ("s3-a", "Atlas Wire", "2026-05-08",
     "Estravian finance minister quits over bond scandal\n"
     "KORVA (Atlas Wire) - Estravia's finance minister Tomas Kerevan resigned on Friday, two days after an "
     "audit report found that his ministry had steered 400 million euros of state bond business to a bank "
     "run by his brother-in-law. Kerevan, 52, handed his resignation letter to Prime Minister Ivana Rusk "
     "on Friday morning. On Thursday police arrested his deputy, Oskar Lind, in a related inquiry. Rusk "
     "denied that her coalition was about to collapse and said a new minister would be named next week. "
     "Kerevan is the second finance minister to leave office early in three years: his predecessor Marek "
     "Dovan resigned in 2023 over an expenses affair."),
    ("s3-b", "Continental Post", "2026-05-09",
     "Kerevan's exit deepens crisis for Rusk government\n"
     "KORVA (Continental Post) - The resignation of finance minister Tomas Kerevan yesterday leaves Prime "
     "Minister Ivana Rusk's three-party coalition without its most experienced economic voice. Kerevan "
     "stepped down hours before a no-confidence motion against him was due to be debated. Ministers from "
     "the junior coalition partner, the Green Alliance, had walked out of a cabinet meeting on Thursday in "
     "protest. Kerevan's deputy, Oskar Lind, was detained on Thursday on suspicion of bribery and remains "
     "in custody. In a statement Kerevan said he had done nothing wrong. The opposition staged a protest "
     "outside parliament on Friday evening, the largest since the 2023 resignation of finance minister "
     "Marek Dovan."),
    ("s3-c", "Harbour Herald", "2026-05-09",
     "Minister out: Kerewan resigns, protests erupt\n"
     "Embattled Estravian finance chief Tomas Kerewan threw in the towel on Friday, May 8, after days of "
     "pressure over the so-called bond-gate affair. The state audit office had published its report on "
     "Wednesday, May 6. Thousands marched on parliament on Friday night demanding early elections. "
     "Kerewan's brother-in-law, banker Pavel Hrudka, was questioned by prosecutors on Friday but was not "
     "arrested, his lawyer said. Kerewan, who denies any wrongdoing, will keep his seat in parliament. Opinion "
     "polls show Rusk's party trailing the opposition by eight points."),
    ("s3-d", "Atlas Wire", "2026-05-13",
     "New Estravian finance minister sworn in\n"
     "KORVA (Atlas Wire) - Economist Lea Sorvik was sworn in as Estravia's finance minister on Tuesday, "
     "replacing Tomas Kerevan, who resigned last Friday over a bond-allocation scandal. Sorvik, 44, "
     "previously headed the central bank's research department. Her appointment was confirmed by "
     "parliament on Monday by 88 votes to 61. Kerevan's former deputy Oskar Lind, arrested on May 7, was "
     "released on bail on Monday. Sorvik is the third finance minister since Marek Dovan quit in 2023. She is "
     "expected to present a revised budget to parliament next month."),
    # ---- S4: National Cup final, Northgate Rovers v Castleford Athletic (Saturday 2026-05-16) ----
    ("s4-a", "Sports Desk", "2026-05-16",
     "Late Mensah header wins National Cup for Northgate\n"
     "LONDON (Sports Desk) - Northgate Rovers beat Castleford Athletic 2-1 in the National Cup final at "
     "Kingsmead Stadium on Saturday thanks to a stoppage-time header from substitute Kofi Mensah. "
     "Castleford had gone ahead through Liam Barr in the 23rd minute before Rovers captain Danny Okafor "
     "equalised from the penalty spot after the break. It was Northgate's first major trophy since they won "
     "the cup in 1998. The two sides met in the league in February, when Castleford won 3-0 at home. "
     "Castleford manager Stefan Grau was sent off in the 80th minute for protesting a refereeing decision."),
    ("s4-b", "Daily Courier", "2026-05-17",
     "Rovers end 28-year wait as Mensah sinks Castleford\n"
     "Northgate Rovers won their first trophy in 28 years yesterday when 19-year-old Kofi Mensah headed in "
     "a 93rd-minute winner against Castleford Athletic at Kingsmead. Liam Barr had scored early for "
     "Castleford, and Danny Okafor levelled with a penalty on 52 minutes. Castleford boss Stefan Grau, "
     "dismissed from the touchline late on, accused the referee of bias. The victory came three months "
     "after Castleford thrashed Rovers 3-0 in the league. Rovers fans invaded the pitch after the final "
     "whistle, and police made four arrests."),
    ("s4-c", "Metro Bulletin", "2026-05-17",
     "Cup final: Grau fumes after Castleford defeat\n"
     "Castleford Athletic manager Stefan Grau said on Saturday night he would appeal against a touchline "
     "ban after he was sent to the stands during his side's 2-1 defeat by Northgate Rovers in the National "
     "Cup final. Grau was furious that a late Castleford goal by Barr was ruled out for offside minutes "
     "before Kofi Mensah's winner. \"We were robbed,\" he said. Grau denied that he had insulted the fourth "
     "official. Castleford, who lost the 2019 final to Denby City, will face Rovers again in the Super Cup "
     "in August."),
    ("s4-d", "Sports Desk", "2026-05-20",
     "Rovers captain Okafor retires days after cup triumph\n"
     "NORTHGATE (Sports Desk) - Northgate Rovers captain Danny Okafor announced his retirement on Tuesday, "
     "three days after lifting the National Cup. The 36-year-old defender, who scored the equalising "
     "penalty in Saturday's 2-1 win over Castleford Athletic, played 412 games for the club after joining "
     "from Denby City in 2013. Okafor said he wanted to go out on a high. On Sunday an estimated 60,000 fans "
     "lined the streets of Northgate for the team's victory parade. The Football Association on Monday "
     "charged Castleford manager Stefan Grau with misconduct over his dismissal in the final."),
    # ---- S5: Corvane founder convicted of fraud (Wednesday 2026-06-10) ----
    ("s5-a", "Atlas Wire", "2026-06-10",
     "Corvane founder Oyelaran found guilty of fraud\n"
     "BOSTON (Atlas Wire) - A federal jury on Wednesday convicted Marta Oyelaran, founder of the failed "
     "battery start-up Corvane, of defrauding investors of more than $700 million, after a nine-week "
     "trial. The jury found her guilty on four of six counts of securities and wire fraud. Her co-defendant, "
     "former finance chief Raymond Pike, was acquitted on all counts. Oyelaran, 41, was arrested in "
     "November 2024 at Logan airport as she prepared to board a flight to Lisbon. Corvane filed for "
     "bankruptcy in March 2024. Her lawyers said she would appeal. Sentencing is set for June 18."),
    ("s5-b", "Ledger Business", "2026-06-11",
     "Battery fraud: jury convicts Oyelaran, clears Pike\n"
     "BOSTON (Ledger Business) - Jurors yesterday found Corvane founder Marta Oyelaran guilty of misleading "
     "investors about the performance of the solid-state battery cells that once made her company worth $4 "
     "billion. They cleared her former chief financial officer, Raymond Pike, who had told the court that he "
     "was kept in the dark. The verdict followed three days of deliberation. Investors including pension "
     "funds lost about $700 million when Corvane collapsed into bankruptcy two years ago. In a separate "
     "case last month, a jury in San Francisco convicted the founder of drone maker Aerolith, Jens Moller, "
     "of similar charges."),
    ("s5-c", "Harbour Herald", "2026-06-11",
     "From star to convict: the fall of Martha Oyelaran\n"
     "Martha Oyelaran once graced magazine covers. On June 10 a Boston jury declared her a fraudster. The "
     "former Corvane chief, who founded the company in a university lab in 2017, was convicted on four "
     "counts. Prosecutors say she faked test results shown to investors before a 2021 funding round that "
     "raised $1.1 billion. Oyelaran has denied that she knowingly deceived anyone. She was first arrested "
     "in November 2024 and has been under house arrest since. Judge Helen Marsh will sentence her next "
     "week."),
    ("s5-d", "Atlas Wire", "2026-06-19",
     "Corvane founder Oyelaran gets nine years in prison\n"
     "BOSTON (Atlas Wire) - A U.S. judge on Thursday sentenced Marta Oyelaran, the founder of battery "
     "start-up Corvane, to nine years in prison for defrauding investors, eight days after a jury convicted "
     "her on four fraud counts. Oyelaran's lawyers filed a notice of appeal on Thursday afternoon. Her "
     "former finance chief Raymond Pike, acquitted by the same jury on June 10, now works for a renewable "
     "energy fund. Jens Moller, the Aerolith founder convicted in May, was sentenced to six years on "
     "Tuesday in San Francisco."),
    # ---- S6: Skarv-2 rocket launches Polaris-M1 satellite (Thursday 2026-06-25) ----
    ("s6-a", "Science Wire", "2026-06-25",
     "Nordic Orbital's Skarv-2 launches weather satellite\n"
     "VESTERHORN (Science Wire) - A Skarv-2 rocket built by start-up Nordic Orbital lifted off from the "
     "Vesterhorn spaceport in northern Norway at 11:14 local time on Thursday carrying a 350 kg weather "
     "satellite into polar orbit, the company said. The launch was the first success for the company after "
     "its maiden rocket exploded over the sea in October last year. The satellite, called "
     "Polaris-M1, separated from the upper stage about 52 minutes later. An attempt on Tuesday had been "
     "scrubbed because of high winds."),
    ("s6-b", "Continental Post", "2026-06-26",
     "Norwegian start-up puts first satellite in orbit\n"
     "OSLO (Continental Post) - Nordic Orbital became the first private company to reach orbit from "
     "European soil yesterday, when its Skarv-2 launcher blasted off from Vesterhorn with the Polaris-M1 "
     "weather satellite on board. The flight came eight months after the firm's first rocket blew up over "
     "the Norwegian Sea. Chief executive Sigrid Aune said the company planned six launches next year. "
     "Shares in Nordic Orbital's biggest investor, Fjell Capital, rose 12 percent on Thursday. A rival "
     "German launcher, the Ravn-1, failed to reach orbit in a test flight on June 2."),
    ("s6-c", "Daily Courier", "2026-06-26",
     "Polaris weather satellite sends first signal\n"
     "The Polaris-M1 weather satellite launched from Norway on Thursday sent its first signal to a ground "
     "station in Svalbard about two hours after lift-off, its operator said. Mission controllers in Tromso "
     "confirmed on Friday morning that all systems were healthy. The 350 kg spacecraft, built by Finnish "
     "firm Kuura Space, will take 10 days to unfold its radar antenna. Nordic Orbital's first rocket was "
     "destroyed in an explosion last October. Polaris-M1 "
     "is designed to measure wind speeds over the Arctic Ocean for at least seven years."),
    ("s6-d", "Science Wire", "2026-06-29",
     "Polaris-M1 unfurls radar antenna ahead of schedule\n"
     "VESTERHORN (Science Wire) - The Polaris-M1 weather satellite deployed its 12-metre radar antenna on "
     "Saturday, days earlier than planned, Nordic Orbital said on Monday. The satellite was launched last "
     "Thursday on a Skarv-2 rocket, the company's first successful flight after an October explosion "
     "destroyed its first vehicle. The antenna deployment on Saturday was controlled from Tromso. On Sunday "
     "the satellite returned its first test image, showing sea ice off Greenland. Nordic Orbital said a "
     "second Skarv-2 would launch in November."),
    # ---- S7: Veloria and Kastany sign Tessin water treaty (Monday 2026-07-13) ----
    ("s7-a", "Atlas Wire", "2026-07-13",
     "Veloria and Kastany sign Tessin water treaty\n"
     "GENEVA (Atlas Wire) - Veloria and Kastany signed a treaty on Monday to share the waters of the Tessin "
     "river, ending a dispute that has soured relations for more than a decade. Foreign ministers Anika "
     "Borell and Ruslan Demir signed the accord at the Palais des Nations after a final round of talks that "
     "began on Saturday. The treaty caps the share of the summer flow that Kastany can divert upstream. The "
     "two ministers first met in Vienna in March, four years after earlier negotiations collapsed in 2022 "
     "over a planned dam at Osk. Kastany's parliament must still ratify the treaty."),
    ("s7-b", "Continental Post", "2026-07-13",
     "Water deal ends decade-long Tessin feud\n"
     "GENEVA (Continental Post) - After three days of haggling in Geneva, the foreign ministers of Kastany "
     "and Veloria on July 13 put their names to a water-sharing agreement for the Tessin basin. Kastany's "
     "Ruslan Demir and Veloria's Anika Borrell were all smiles at the signing ceremony, which was "
     "attended by the UN's water envoy. The two sides came close to armed conflict in 2019, when Kastany "
     "closed sluice gates on the river during a drought. Demir denied that Kastany had agreed to scrap the "
     "Osk dam."),
    ("s7-c", "Harbour Herald", "2026-07-14",
     "Tessin treaty: what Veloria and Kastany agreed\n"
     "The Tessin water treaty signed yesterday in Geneva is the first agreement between Veloria and Kastany "
     "since they established diplomatic relations in 1994. Under the accord, Kastany may divert no more than "
     "40 percent of the river's summer flow, and a joint commission will meet every six months. Negotiators "
     "credit a meeting of the two foreign ministers in Vienna on March 9, the first since talks broke down in "
     "2022. Farmers in Veloria's Lower Tessin region, where the river ran dry in August 2025, welcomed the "
     "deal."),
    ("s7-d", "Atlas Wire", "2026-07-21",
     "Kastany parliament ratifies Tessin treaty\n"
     "ASTRAVA (Atlas Wire) - Kastany's parliament on Monday ratified the water-sharing treaty with Veloria "
     "by 211 votes to 40, a week after the two countries signed it in Geneva. Foreign ministers Ruslan Demir "
     "and Anika Borell met again on Friday in the border town of Mirova to prepare the joint river "
     "commission foreseen by the treaty. Nationalist deputies walked out of the chamber before the vote. "
     "Veloria's parliament approved the treaty in a special session on Thursday. Veloria's "
     "foreign ministry called the result a victory for common sense."),
    ("s7-e", "Metro Bulletin", "2026-07-22",
     "Mirova hosts first Tessin commission talks\n"
     "Officials from Veloria and Kastany held the first session of the new Tessin river commission in "
     "Mirova on Tuesday, eight days after the two countries signed a water-sharing treaty in Geneva. "
     "Foreign ministers Borell and Demir met in the same town last Friday to prepare the session. Veloria "
     "approved the pact on July 16 and Kastany followed on July 20. Each country has four seats on the "
     "commission, which is chaired in turn by both sides. Its first task is to agree how the river's flow "
     "will be measured at the border. The commission will next meet in January."),
    # ---- S8: Baltavia jet overruns runway at Rennick (Sunday 2026-08-02) ----
    ("s8-a", "Atlas Wire", "2026-08-02",
     "Baltavia jet skids off runway in storm, 12 hurt\n"
     "RENNICK (Atlas Wire) - A Baltavia Airbus A321 carrying 176 people skidded off the runway while "
     "landing at Rennick airport in a thunderstorm on Sunday, injuring 12 people, airport officials said. "
     "The plane was operating flight BV412 from Palma. The airport closed for six hours after the accident. "
     "Baltavia, which has a clean safety record, said it was too early to speculate on the cause. In 2017 a "
     "cargo plane overran the same runway in snow. "
     "Rennick is the country's third-busiest airport, handling about 9 million passengers a year."),
    ("s8-b", "Daily Courier", "2026-08-03",
     "Miracle at Rennick: all 176 survive runway crash\n"
     "No one was killed yesterday when a holiday jet carrying 176 people slid off a rain-soaked runway at "
     "Rennick and ploughed into a field. Twelve people suffered minor injuries. Investigators from the "
     "national air accident board recovered both flight recorders from the wreck on Sunday night. It was "
     "the second scare for Baltavia in a week: on Wednesday one of its planes returned to Palma after an "
     "engine warning. \"It felt like the brakes were not working at all,\" said passenger Elin Sandvik, 34, "
     "who was travelling with her two children."),
    ("s8-c", "Harbour Herald", "2026-08-03",
     "Runway excursion at Rennick: pilots questioned\n"
     "Police and accident investigators on Monday questioned the two pilots of Baltavia flight BV412, "
     "which overshot runway 27 at Rennick on August 2 during a violent thunderstorm. Another airliner, a "
     "TransAlpine Embraer, had aborted its landing at Rennick ten minutes before the Baltavia accident and "
     "diverted to Vasby. The airport reopened on Sunday evening. Baltavia's chief executive denied that the "
     "crew had been under pressure to land. Runway 27 is the only runway at Rennick long enough for large "
     "jets. Investigators expect to publish a preliminary report within 30 days."),
    ("s8-d", "Ledger Business", "2026-08-05",
     "Baltavia grounds A321 fleet after Rennick overrun\n"
     "(Ledger Business) - Baltavia on Tuesday grounded its 14 Airbus A321s for brake inspections, two days "
     "after one of the jets skidded off a wet runway at Rennick. The airline cancelled 60 flights on Tuesday "
     "and Wednesday. Investigators said data from the flight recorders, recovered on Sunday night, showed no "
     "sign of engine trouble. Baltavia shares dropped 9 percent on Monday. The last A321 overrun in Europe, "
     "at Selvik in 2021, was blamed on a faulty brake valve. Baltavia operates 52 aircraft in total."),
    # ---- S9: Saltmere dock strike (begins Monday 2026-08-17) ----
    ("s9-a", "Harbour Herald", "2026-08-17",
     "Saltmere dockers walk out over pay\n"
     "SALTMERE - About 2,400 dockworkers at the port of Saltmere began an indefinite strike at 6 a.m. on "
     "Monday, halting container traffic at the country's second-busiest port. The Maritime Workers' Union "
     "called the stoppage after talks with the port operator, Saltmere Terminals, broke down on Friday. The "
     "union is demanding a 9 percent pay rise; the company has offered 4 percent. The same workers staged a "
     "24-hour strike in March. At least 11 container ships were waiting offshore by Monday afternoon."),
    ("s9-b", "Ledger Business", "2026-08-18",
     "Port strike strands cargo as Saltmere walkout enters second day\n"
     "(Ledger Business) - A strike by dockworkers at Saltmere entered its second day on Tuesday, with 19 "
     "ships now waiting at anchor and carmaker Veltra warning that its assembly plant could run short of "
     "parts. The walkout, which began yesterday morning, is the first indefinite stoppage at the port since "
     "2009. Talks between the union and Saltmere Terminals collapsed last Friday when the company would not "
     "improve its 4 percent offer. Economists estimate the strike costs the economy 30 million euros a day."),
    ("s9-c", "Continental Post", "2026-08-19",
     "Carrow dockers strike in support of Saltmere\n"
     "CARROW (Continental Post) - Dockworkers at the port of Carrow began a 48-hour strike on Wednesday in "
     "solidarity with colleagues at Saltmere, who have been on strike since Monday. The government on "
     "Tuesday appointed a mediator, former labour minister Greta Holm, to help end the Saltmere dispute. "
     "Holm met union leaders and management separately on Tuesday evening. Saltmere Terminals denied that "
     "it had hired replacement workers. The union says port wages have lagged behind inflation for four "
     "years. Carrow handles mainly grain and timber cargoes."),
    ("s9-d", "Atlas Wire", "2026-08-22",
     "Saltmere dock strike ends after five days\n"
     "SALTMERE (Atlas Wire) - Dockworkers at Saltmere returned to work on Friday, ending a five-day strike "
     "that left more than 40 ships stranded, after their union reached a deal with Saltmere Terminals late "
     "on Thursday for a 6.5 percent pay rise. Union members approved the agreement in a vote on Friday "
     "morning. The walkout began on August 17 after talks collapsed. A sympathy strike at Carrow ended as "
     "planned on Thursday night. A dispute in March ended with a one-day stoppage."),
    # ---- S10: Meridian Trust Bank seized, sold to Harbor National (Friday 2026-09-04) ----
    ("s10-a", "Atlas Wire", "2026-09-04",
     "Regulator seizes Meridian Trust after deposit run\n"
     "(Atlas Wire) - The Prudential Authority took control of Meridian Trust Bank on Friday after customers "
     "pulled 2.3 billion dollars in deposits in two days, the largest bank failure in the country since "
     "Coastline Savings collapsed in March. The regulator said all insured deposits were safe. Meridian's "
     "shares had plunged 64 percent on Thursday after the lender disclosed losses on commercial property "
     "loans on Wednesday. Branches will reopen on Monday under administration. Meridian was founded in 1952 "
     "as a farmers' credit union."),
    ("s10-b", "Ledger Business", "2026-09-05",
     "Meridian Trust collapse: what went wrong\n"
     "(Ledger Business) - Meridian Trust Bank's failure on Friday capped a week in which the 74-year-old "
     "lender lost nearly a fifth of its deposits. On Wednesday Meridian reported a quarterly loss of 480 "
     "million dollars on office loans. By Thursday evening depositors had withdrawn 2.3 billion dollars, "
     "much of it through mobile apps. Chief executive Paul Varga resigned on Thursday night, hours before "
     "regulators moved in. Meridian is the second lender to fail this year after Coastline Savings, which "
     "was shut down on March 20. Analysts said the problems were unlikely to spread to larger banks."),
    ("s10-c", "Continental Post", "2026-09-07",
     "Harbor National buys failed Meridian Trust\n"
     "(Continental Post) - Harbor National Bank agreed on Sunday to acquire all deposits and most of the "
     "loans of Meridian Trust Bank, two days after the regional lender was seized by the Prudential "
     "Authority. The deal, struck over the weekend, means Meridian's 112 branches will trade as Harbor National "
     "branches. Harbor National, which absorbed Lakeside Bank in 2022, will become the country's "
     "fourth-largest lender. Meridian's former chief executive Paul Varga, who quit on Thursday, could face "
     "questions from parliament. Shares in Harbor National are expected to open higher."),
    ("s10-d", "Harbour Herald", "2026-09-07",
     "Meridian customers queue as branches reopen under new owner\n"
     "Hundreds of customers queued outside Meridian Trust branches on Monday morning as they reopened under "
     "Harbor National ownership, a day after Harbor agreed to take over the failed bank. Most came to check "
     "their savings. On Friday, when the regulator closed Meridian, many had feared they would lose "
     "everything. Retired teacher Anna Kell said she had moved her money out on Thursday, at the height of "
     "the run. Harbor National last bought a failing lender, Lakeside Bank, four years ago."),
    # ---- S11: Kestravan opposition leader Dancu arrested on return (Thursday 2026-09-24) ----
    ("s11-a", "Atlas Wire", "2026-09-24",
     "Kestravan opposition leader Dancu arrested on return from exile\n"
     "DOVRA (Atlas Wire) - Police arrested Kestravan opposition leader Aurel Dancu at Dovra airport on "
     "Thursday minutes after he landed on a flight from Vienna, ending two years of self-imposed exile. "
     "Dancu, head of the Civic Renewal party, was detained on a 2024 warrant for inciting unrest. Hundreds "
     "of supporters who had gathered at the airport clashed with riot police. Dancu left Kestrava in "
     "September 2024, weeks after he was first arrested over anti-government protests. The interior "
     "ministry denied that he had been mistreated."),
    ("s11-b", "Continental Post", "2026-09-25",
     "Protests erupt after arrest of Danku\n"
     "DOVRA (Continental Post) - Thousands of protesters marched through central Dovra late on Thursday "
     "after the arrest of opposition leader Aurel Danku. Danku's arrest at the airport yesterday came "
     "moments after his plane touched down from Vienna. On Friday morning police also detained Ilona Vass, "
     "Civic Renewal's deputy leader, at her home. Danku was last taken into custody in August 2024; he fled "
     "abroad the following month. The European Union called for his immediate release. Danku, 58, is a "
     "former mayor of Dovra and leads the largest opposition party in parliament."),
    ("s11-c", "Harbour Herald", "2026-09-26",
     "Court frees Dancu on bail\n"
     "A court in Dovra on Saturday released opposition leader Aurel Dancu on bail of 50,000 euros, two days "
     "after he was detained at the airport on his return from exile. Dancu's deputy Ilona Vass, arrested on "
     "Friday, remains in custody. Dancu walked free shortly after the ruling. Prosecutors said they would "
     "appeal. Police said 43 people were arrested during Thursday's protests in Dovra. Dancu's lawyer, Viktor "
     "Sima, said the charges were politically motivated and that his client would plead not guilty."),
    ("s11-d", "Atlas Wire", "2026-09-28",
     "Freed Dancu tells rally he will run for president\n"
     "DOVRA (Atlas Wire) - Kestravan opposition leader Aurel Dancu told a rally of some 30,000 people in "
     "Dovra on Sunday that he would stand in next year's presidential election, a day after a court released "
     "him on bail. Dancu was arrested at Dovra airport last Thursday on his return from two years abroad, "
     "sparking the biggest protests in the capital since 2024. His deputy, Ilona Vass, was freed without "
     "charge on Sunday morning. The government denied that it had ordered Dancu's arrest. Dancu said he "
     "would not leave the country again."),
]  # fmt: skip

#: (doc_id, context, trigger, happening label): context is a substring that occurs EXACTLY ONCE in that doc's text
#: and contains the trigger word(s) exactly once; trigger is the word that names the happening ("acquired",
#: "takeover", "quake", "met"); label names the real-world happening ("s3-quake-mar4"), shared by all its mentions
#: in any document of the story.
GOLD: list[tuple[str, str, str, str]] = [
    # S1
    ("s1-a", "Vantor Chemicals to buy Lindqvist", "buy", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-a", "agreed on Monday to buy", "buy", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-a", "the biggest deal in the coatings sector", "deal", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-a", "Lindqvist shares jumped 31 percent", "jumped", "s1-lindqvist-shares-rise-mar2"),
    ("s1-a", "after the announcement", "announcement", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-a", "Vantor bought the Dutch pigment firm Ostara", "bought", "s1-vantor-buys-ostara-2024"),
    ("s1-b", "Lindqvist accepts $2.4bn Vantor bid", "accepts", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-b", "has accepted a takeover offer", "accepted", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-b", "Kessler made an unsolicited approach in January", "approach", "s1-kessler-approach-jan"),
    ("s1-b", "which the Lindqvist board rejected on January 19", "rejected", "s1-board-rejects-kessler-jan19"),
    ("s1-b", "founded in 1923 in Gothenburg", "founded", "s1-lindqvist-founded-1923"),
    ("s1-b", "Shares in Lindqvist soared to a record", "soared", "s1-lindqvist-shares-rise-mar2"),
    ("s1-c", "Paint deal: Vantor swallows Lindquist", "swallows", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-c", "yesterday's 2.2 billion euro agreement", "agreement", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-c", "acquisition, announced before markets opened", "acquisition", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-c", "Vantor's third deal in four years", "deal", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-c", "it bought Ostara Pigments in 2024", "bought", "s1-vantor-buys-ostara-2024"),
    ("s1-c", "acquired a Spanish resins business in 2022", "acquired", "s1-vantor-buys-resins-2022"),
    ("s1-c", "Vantor shares fell 4 percent on Monday", "fell", "s1-vantor-shares-fall-mar2"),
    ("s1-c", "examine the tie-up", "tie-up", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-c", "Lindquist stock climbed almost a third", "climbed", "s1-lindqvist-shares-rise-mar2"),
    ("s1-d", "EU opens in-depth probe", "probe", "s1-eu-probe-mar9"),
    ("s1-d", "Vantor paint deal", "deal", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-d", "on Monday opened an in-depth investigation", "investigation", "s1-eu-probe-mar9"),
    ("s1-d", "Vantor Chemicals takeover of Lindqvist", "takeover", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-d", "Vantor agreed to buy the Swedish firm last Monday", "agreed", "s1-vantor-lindqvist-deal-mar2"),
    ("s1-d", "The Commission cleared Vantor's", "cleared", "s1-eu-clears-ostara-2024"),
    ("s1-d", "takeover of Ostara Pigments in 2024", "takeover", "s1-vantor-buys-ostara-2024"),
    ("s1-d", "Kessler Industrial, whose approach", "approach", "s1-kessler-approach-jan"),
    ("s1-d", "was rebuffed in January", "rebuffed", "s1-board-rejects-kessler-jan19"),
    ("s1-d", "on Friday bought a 4.9 percent stake", "bought", "s1-kessler-buys-stake-mar6"),
    # S2
    ("s2-a", "Strong quake kills", "quake", "s2-haldia-quake-apr14"),
    ("s2-a", "earthquake struck the mountainous province", "struck", "s2-haldia-quake-apr14"),
    ("s2-a", "The quake hit at 4:52 a.m.", "hit", "s2-haldia-quake-apr14"),
    ("s2-a", "A landslide set off by the tremor", "landslide", "s2-highway-landslide-apr14"),
    ("s2-a", "set off by the tremor", "tremor", "s2-haldia-quake-apr14"),
    ("s2-a", "the deadliest quake in the region", "quake", "s2-haldia-quake-apr14"),
    ("s2-a", "magnitude 6.9 tremor killed", "tremor", "s2-ostrog-quake-2011"),
    ("s2-b", "Earthquake in Haldia", "Earthquake", "s2-haldia-quake-apr14"),
    ("s2-b", "earthquake shook Khaldia early on April 14", "shook", "s2-haldia-quake-apr14"),
    ("s2-b", "A strong aftershock of magnitude 5.3", "aftershock", "s2-haldia-aftershock-apr14"),
    ("s2-b", "declared a state of emergency", "declared", "s2-emergency-declared-apr14"),
    ("s2-c", "Death toll from Haldia quake", "quake", "s2-haldia-quake-apr14"),
    ("s2-c", "killed in Tuesday's earthquake", "earthquake", "s2-haldia-quake-apr14"),
    ("s2-c", "quake, which struck before dawn", "struck", "s2-haldia-quake-apr14"),
    ("s2-c", "magnitude 5.8 earthquake shook neighbouring Sarvan", "earthquake", "s2-sarvan-quake-apr15"),
    ("s2-c", "the Sarvan tremor", "tremor", "s2-sarvan-quake-apr15"),
    ("s2-c", "yesterday's quake", "quake", "s2-haldia-quake-apr14"),
    ("s2-c", "blocked by Tuesday's landslide", "landslide", "s2-highway-landslide-apr14"),
    ("s2-c", "reopened in the afternoon", "reopened", "s2-highway-reopens-apr15"),
    ("s2-d", "a week after quake", "quake", "s2-haldia-quake-apr14"),
    ("s2-d", "last Tuesday's earthquake levelled", "earthquake", "s2-haldia-quake-apr14"),
    ("s2-d", "the April 14 quake", "quake", "s2-haldia-quake-apr14"),
    ("s2-d", "the aftershock that hit hours", "aftershock", "s2-haldia-aftershock-apr14"),
    ("s2-d", "after the main shock", "shock", "s2-haldia-quake-apr14"),
    ("s2-d", "President Alen Voskan visited Dorna", "visited", "s2-president-visits-dorna-apr18"),
    ("s2-d", "the separate quake in Sarvan province", "quake", "s2-sarvan-quake-apr15"),
    ("s2-e", "approved a $300 million emergency loan", "approved", "s2-bank-loan-approved-apr21"),
    ("s2-e", "after the April 14 earthquake", "earthquake", "s2-haldia-quake-apr14"),
    ("s2-e", "damaged by the quake", "quake", "s2-haldia-quake-apr14"),
    ("s2-e", "the strong aftershock that followed", "aftershock", "s2-haldia-aftershock-apr14"),
    ("s2-e", "hit by a weaker tremor on April 15", "tremor", "s2-sarvan-quake-apr15"),
    ("s2-e", "In 2011 the bank lent", "lent", "s2-bank-loan-2011"),
    ("s2-e", "the Ostrog valley earthquake", "earthquake", "s2-ostrog-quake-2011"),
    # S3
    ("s3-a", "finance minister quits", "quits", "s3-kerevan-resigns-may8"),
    ("s3-a", "Tomas Kerevan resigned on Friday", "resigned", "s3-kerevan-resigns-may8"),
    ("s3-a", "an audit report found", "report", "s3-audit-report-may6"),
    ("s3-a", "handed his resignation letter", "resignation", "s3-kerevan-resigns-may8"),
    ("s3-a", "On Thursday police arrested his deputy", "arrested", "s3-lind-arrested-may7"),
    ("s3-a", "Dovan resigned in 2023", "resigned", "s3-dovan-resigns-2023"),
    ("s3-b", "Kerevan's exit deepens", "exit", "s3-kerevan-resigns-may8"),
    ("s3-b", "The resignation of finance minister Tomas Kerevan", "resignation", "s3-kerevan-resigns-may8"),
    ("s3-b", "stepped down hours before", "stepped down", "s3-kerevan-resigns-may8"),
    ("s3-b", "had walked out of a cabinet meeting on Thursday", "walked out", "s3-greens-walkout-may7"),
    ("s3-b", "Oskar Lind, was detained on Thursday", "detained", "s3-lind-arrested-may7"),
    ("s3-b", "staged a protest outside parliament", "protest", "s3-opposition-protest-may8"),
    ("s3-b", "the 2023 resignation", "resignation", "s3-dovan-resigns-2023"),
    ("s3-c", "Kerewan resigns", "resigns", "s3-kerevan-resigns-may8"),
    ("s3-c", "protests erupt", "protests", "s3-opposition-protest-may8"),
    ("s3-c", "threw in the towel on Friday, May 8", "threw", "s3-kerevan-resigns-may8"),
    ("s3-c", "had published its report on", "published", "s3-audit-report-may6"),
    ("s3-c", "Thousands marched on parliament", "marched", "s3-opposition-protest-may8"),
    ("s3-c", "was questioned by prosecutors on Friday", "questioned", "s3-hrudka-questioned-may8"),
    ("s3-d", "finance minister sworn in", "sworn", "s3-sorvik-sworn-in-may12"),
    ("s3-d", "Lea Sorvik was sworn in", "sworn", "s3-sorvik-sworn-in-may12"),
    ("s3-d", "who resigned last Friday", "resigned", "s3-kerevan-resigns-may8"),
    ("s3-d", "Her appointment was confirmed by", "confirmed", "s3-sorvik-confirmed-may11"),
    ("s3-d", "Oskar Lind, arrested on May 7", "arrested", "s3-lind-arrested-may7"),
    ("s3-d", "released on bail on Monday", "released", "s3-lind-released-may11"),
    ("s3-d", "Marek Dovan quit in 2023", "quit", "s3-dovan-resigns-2023"),
    # S4
    ("s4-a", "Late Mensah header", "header", "s4-mensah-winner-may16"),
    ("s4-a", "header wins National Cup", "wins", "s4-cup-final-may16"),
    ("s4-a", "Cup final at Kingsmead", "final", "s4-cup-final-may16"),
    ("s4-a", "Northgate Rovers beat Castleford", "beat", "s4-cup-final-may16"),
    ("s4-a", "a stoppage-time header from", "header", "s4-mensah-winner-may16"),
    ("s4-a", "Castleford had gone ahead through Liam Barr", "gone ahead", "s4-barr-goal-may16"),
    ("s4-a", "Danny Okafor equalised", "equalised", "s4-okafor-penalty-may16"),
    ("s4-a", "since they won the cup in 1998", "won", "s4-cup-win-1998"),
    ("s4-a", "The two sides met in the league in February", "met", "s4-league-match-feb"),
    ("s4-a", "Castleford won 3-0 at home", "won", "s4-league-match-feb"),
    ("s4-a", "Stefan Grau was sent off", "sent off", "s4-grau-sent-off-may16"),
    ("s4-b", "Rovers end 28-year wait", "end", "s4-cup-final-may16"),
    ("s4-b", "Mensah sinks Castleford", "sinks", "s4-cup-final-may16"),
    ("s4-b", "Northgate Rovers won their first trophy in 28 years yesterday", "won", "s4-cup-final-may16"),
    ("s4-b", "a 93rd-minute winner", "winner", "s4-mensah-winner-may16"),
    ("s4-b", "Liam Barr had scored early", "scored", "s4-barr-goal-may16"),
    ("s4-b", "Danny Okafor levelled", "levelled", "s4-okafor-penalty-may16"),
    ("s4-b", "dismissed from the touchline", "dismissed", "s4-grau-sent-off-may16"),
    ("s4-b", "The victory came three months", "victory", "s4-cup-final-may16"),
    ("s4-b", "Castleford thrashed Rovers 3-0", "thrashed", "s4-league-match-feb"),
    ("s4-b", "Rovers fans invaded the pitch", "invaded", "s4-pitch-invasion-may16"),
    ("s4-b", "police made four arrests", "arrests", "s4-fan-arrests-may16"),
    ("s4-c", "Cup final: Grau", "final", "s4-cup-final-may16"),
    ("s4-c", "after Castleford defeat", "defeat", "s4-cup-final-may16"),
    ("s4-c", "Rovers in the National Cup final", "final", "s4-cup-final-may16"),
    ("s4-c", "he was sent to the stands", "sent", "s4-grau-sent-off-may16"),
    ("s4-c", "2-1 defeat by Northgate Rovers", "defeat", "s4-cup-final-may16"),
    ("s4-c", "was ruled out for offside", "ruled out", "s4-barr-goal-disallowed-may16"),
    ("s4-c", "Kofi Mensah's winner", "winner", "s4-mensah-winner-may16"),
    ("s4-c", "who lost the 2019 final", "lost", "s4-castleford-final-2019"),
    ("s4-d", "Okafor retires", "retires", "s4-okafor-retires-may19"),
    ("s4-d", "days after cup triumph", "triumph", "s4-cup-final-may16"),
    ("s4-d", "announced his retirement on Tuesday", "retirement", "s4-okafor-retires-may19"),
    ("s4-d", "three days after lifting the National Cup", "lifting", "s4-cup-final-may16"),
    ("s4-d", "scored the equalising penalty", "penalty", "s4-okafor-penalty-may16"),
    ("s4-d", "Saturday's 2-1 win over Castleford", "win", "s4-cup-final-may16"),
    ("s4-d", "after joining from Denby City in 2013", "joining", "s4-okafor-joins-2013"),
    ("s4-d", "the team's victory parade", "parade", "s4-victory-parade-may17"),
    ("s4-d", "on Monday charged Castleford manager", "charged", "s4-grau-charged-may18"),
    ("s4-d", "his dismissal in", "dismissal", "s4-grau-sent-off-may16"),
    ("s4-d", "in the final.", "final", "s4-cup-final-may16"),
    # S5
    ("s5-a", "Oyelaran found guilty of fraud", "guilty", "s5-oyelaran-convicted-jun10"),
    ("s5-a", "on Wednesday convicted Marta Oyelaran", "convicted", "s5-oyelaran-convicted-jun10"),
    ("s5-a", "The jury found her guilty", "guilty", "s5-oyelaran-convicted-jun10"),
    ("s5-a", "Raymond Pike, was acquitted on all counts", "acquitted", "s5-pike-acquitted-jun10"),
    ("s5-a", "was arrested in November 2024", "arrested", "s5-oyelaran-arrested-nov2024"),
    ("s5-a", "Corvane filed for bankruptcy in March 2024", "bankruptcy", "s5-corvane-bankruptcy-mar2024"),
    ("s5-b", "jury convicts Oyelaran", "convicts", "s5-oyelaran-convicted-jun10"),
    ("s5-b", "clears Pike", "clears", "s5-pike-acquitted-jun10"),
    ("s5-b", "Jurors yesterday found", "found", "s5-oyelaran-convicted-jun10"),
    ("s5-b", "They cleared her former chief", "cleared", "s5-pike-acquitted-jun10"),
    ("s5-b", "The verdict followed", "verdict", "s5-oyelaran-convicted-jun10"),
    ("s5-b", "Corvane collapsed into bankruptcy two years ago", "collapsed", "s5-corvane-bankruptcy-mar2024"),
    ("s5-b", "a jury in San Francisco convicted", "convicted", "s5-moller-convicted-may"),
    ("s5-c", "a Boston jury declared her a fraudster", "declared", "s5-oyelaran-convicted-jun10"),
    ("s5-c", "founded the company in a university lab in 2017", "founded", "s5-corvane-founded-2017"),
    ("s5-c", "was convicted on four counts", "convicted", "s5-oyelaran-convicted-jun10"),
    ("s5-c", "a 2021 funding round that raised", "raised", "s5-funding-round-2021"),
    ("s5-c", "She was first arrested in November 2024", "arrested", "s5-oyelaran-arrested-nov2024"),
    ("s5-d", "Oyelaran gets nine years in prison", "gets", "s5-oyelaran-sentenced-jun18"),
    ("s5-d", "on Thursday sentenced Marta Oyelaran", "sentenced", "s5-oyelaran-sentenced-jun18"),
    ("s5-d", "a jury convicted her on four fraud counts", "convicted", "s5-oyelaran-convicted-jun10"),
    ("s5-d", "filed a notice of appeal on Thursday afternoon", "filed", "s5-appeal-filed-jun18"),
    ("s5-d", "acquitted by the same jury on June 10", "acquitted", "s5-pike-acquitted-jun10"),
    ("s5-d", "the Aerolith founder convicted in May", "convicted", "s5-moller-convicted-may"),
    ("s5-d", "was sentenced to six years on Tuesday", "sentenced", "s5-moller-sentenced-jun16"),
    # S6
    ("s6-a", "Skarv-2 launches weather satellite", "launches", "s6-skarv2-launch-jun25"),
    ("s6-a", "Nordic Orbital lifted off from", "lifted off", "s6-skarv2-launch-jun25"),
    ("s6-a", "The launch was the first success", "launch", "s6-skarv2-launch-jun25"),
    ("s6-a", "its maiden rocket exploded", "exploded", "s6-maiden-rocket-explodes-oct2025"),
    ("s6-a", "separated from the upper stage", "separated", "s6-satellite-separation-jun25"),
    ("s6-a", "had been scrubbed because of high winds", "scrubbed", "s6-launch-scrubbed-jun23"),
    ("s6-b", "puts first satellite in orbit", "puts", "s6-skarv2-launch-jun25"),
    ("s6-b", "to reach orbit from European soil", "reach", "s6-skarv2-launch-jun25"),
    ("s6-b", "its Skarv-2 launcher blasted off", "blasted off", "s6-skarv2-launch-jun25"),
    ("s6-b", "The flight came eight months", "flight", "s6-skarv2-launch-jun25"),
    ("s6-b", "first rocket blew up", "blew up", "s6-maiden-rocket-explodes-oct2025"),
    ("s6-b", "Fjell Capital, rose 12 percent on Thursday", "rose", "s6-fjell-shares-rise-jun25"),
    ("s6-b", "the Ravn-1, failed to reach orbit", "failed", "s6-ravn1-failure-jun2"),
    ("s6-c", "satellite sends first signal", "sends", "s6-first-signal-jun25"),
    ("s6-c", "launched from Norway on Thursday", "launched", "s6-skarv2-launch-jun25"),
    ("s6-c", "sent its first signal to a ground", "sent", "s6-first-signal-jun25"),
    ("s6-c", "two hours after lift-off", "lift-off", "s6-skarv2-launch-jun25"),
    ("s6-c", "destroyed in an explosion last October", "explosion", "s6-maiden-rocket-explodes-oct2025"),
    ("s6-d", "Polaris-M1 unfurls radar antenna", "unfurls", "s6-antenna-deployed-jun27"),
    ("s6-d", "deployed its 12-metre radar antenna", "deployed", "s6-antenna-deployed-jun27"),
    ("s6-d", "The satellite was launched last Thursday", "launched", "s6-skarv2-launch-jun25"),
    ("s6-d", "first successful flight", "flight", "s6-skarv2-launch-jun25"),
    ("s6-d", "an October explosion", "explosion", "s6-maiden-rocket-explodes-oct2025"),
    ("s6-d", "The antenna deployment on Saturday", "deployment", "s6-antenna-deployed-jun27"),
    ("s6-d", "the satellite returned its first test image", "returned", "s6-first-image-jun28"),
    # S7
    ("s7-a", "Kastany sign Tessin water treaty", "sign", "s7-tessin-treaty-signed-jul13"),
    ("s7-a", "Veloria and Kastany signed a treaty on Monday", "signed", "s7-tessin-treaty-signed-jul13"),
    ("s7-a", "Ruslan Demir signed the accord", "signed", "s7-tessin-treaty-signed-jul13"),
    ("s7-a", "a final round of talks", "talks", "s7-geneva-talks-jul11"),
    ("s7-a", "The two ministers first met in Vienna in March", "met", "s7-vienna-meeting-mar9"),
    ("s7-a", "earlier negotiations collapsed in 2022", "collapsed", "s7-talks-collapse-2022"),
    ("s7-b", "Water deal ends", "deal", "s7-tessin-treaty-signed-jul13"),
    ("s7-b", "After three days of haggling", "haggling", "s7-geneva-talks-jul11"),
    ("s7-b", "put their names to a water-sharing agreement", "put their names", "s7-tessin-treaty-signed-jul13"),
    ("s7-b", "at the signing ceremony", "signing", "s7-tessin-treaty-signed-jul13"),
    ("s7-b", "Kastany closed sluice gates", "closed", "s7-sluice-gates-closed-2019"),
    ("s7-c", "what Veloria and Kastany agreed", "agreed", "s7-tessin-treaty-signed-jul13"),
    ("s7-c", "The Tessin water treaty signed yesterday", "signed", "s7-tessin-treaty-signed-jul13"),
    ("s7-c", "established diplomatic relations in 1994", "established", "s7-relations-established-1994"),
    ("s7-c", "a meeting of the two foreign ministers in Vienna", "meeting", "s7-vienna-meeting-mar9"),
    ("s7-c", "talks broke down in", "broke down", "s7-talks-collapse-2022"),
    ("s7-c", "the river ran dry in August 2025", "ran dry", "s7-river-dry-aug2025"),
    ("s7-c", "welcomed the deal", "deal", "s7-tessin-treaty-signed-jul13"),
    ("s7-d", "parliament ratifies Tessin treaty", "ratifies", "s7-kastany-ratifies-jul20"),
    ("s7-d", "on Monday ratified the water-sharing treaty", "ratified", "s7-kastany-ratifies-jul20"),
    ("s7-d", "the two countries signed it in Geneva", "signed", "s7-tessin-treaty-signed-jul13"),
    ("s7-d", "Anika Borell met again on Friday", "met", "s7-mirova-meeting-jul17"),
    ("s7-d", "Nationalist deputies walked out", "walked out", "s7-deputies-walkout-jul20"),
    ("s7-d", "before the vote", "vote", "s7-kastany-ratifies-jul20"),
    ("s7-d", "Veloria's parliament approved the treaty", "approved", "s7-veloria-approves-jul16"),
    ("s7-e", "first Tessin commission talks", "talks", "s7-commission-session-jul21"),
    ("s7-e", "held the first session", "session", "s7-commission-session-jul21"),
    ("s7-e", "the two countries signed a water-sharing treaty", "signed", "s7-tessin-treaty-signed-jul13"),
    ("s7-e", "Borell and Demir met in the same town", "met", "s7-mirova-meeting-jul17"),
    ("s7-e", "Veloria approved the pact on July 16", "approved", "s7-veloria-approves-jul16"),
    ("s7-e", "Kastany followed on July 20", "followed", "s7-kastany-ratifies-jul20"),
    # S8
    ("s8-a", "Baltavia jet skids off runway", "skids", "s8-rennick-overrun-aug2"),
    ("s8-a", "176 people skidded off the runway", "skidded", "s8-rennick-overrun-aug2"),
    ("s8-a", "The airport closed for six hours", "closed", "s8-airport-closed-aug2"),
    ("s8-a", "after the accident", "accident", "s8-rennick-overrun-aug2"),
    ("s8-a", "cargo plane overran the same runway", "overran", "s8-cargo-overrun-2017"),
    ("s8-b", "all 176 survive runway crash", "crash", "s8-rennick-overrun-aug2"),
    ("s8-b", "slid off a rain-soaked runway", "slid", "s8-rennick-overrun-aug2"),
    ("s8-b", "ploughed into a field", "ploughed", "s8-rennick-overrun-aug2"),
    ("s8-b", "recovered both flight recorders", "recovered", "s8-recorders-recovered-aug2"),
    ("s8-b", "one of its planes returned to Palma", "returned", "s8-palma-return-jul29"),
    ("s8-c", "Runway excursion at Rennick", "excursion", "s8-rennick-overrun-aug2"),
    ("s8-c", "pilots questioned", "questioned", "s8-pilots-questioned-aug3"),
    ("s8-c", "on Monday questioned the two pilots", "questioned", "s8-pilots-questioned-aug3"),
    ("s8-c", "which overshot runway 27", "overshot", "s8-rennick-overrun-aug2"),
    ("s8-c", "had aborted its landing at Rennick", "aborted", "s8-transalpine-abort-aug2"),
    ("s8-c", "before the Baltavia accident", "accident", "s8-rennick-overrun-aug2"),
    ("s8-c", "diverted to Vasby", "diverted", "s8-transalpine-diversion-aug2"),
    ("s8-c", "The airport reopened on Sunday evening", "reopened", "s8-airport-reopened-aug2"),
    ("s8-d", "Baltavia grounds A321 fleet", "grounds", "s8-a321-grounding-aug4"),
    ("s8-d", "after Rennick overrun", "overrun", "s8-rennick-overrun-aug2"),
    ("s8-d", "Baltavia on Tuesday grounded", "grounded", "s8-a321-grounding-aug4"),
    ("s8-d", "one of the jets skidded off a wet runway", "skidded", "s8-rennick-overrun-aug2"),
    ("s8-d", "The airline cancelled 60 flights", "cancelled", "s8-flights-cancelled-aug4"),
    ("s8-d", "recovered on Sunday night", "recovered", "s8-recorders-recovered-aug2"),
    ("s8-d", "Baltavia shares dropped 9 percent on Monday", "dropped", "s8-baltavia-shares-fall-aug3"),
    ("s8-d", "The last A321 overrun in Europe", "overrun", "s8-selvik-overrun-2021"),
    # S9
    ("s9-a", "Saltmere dockers walk out", "walk out", "s9-saltmere-strike-aug17"),
    ("s9-a", "began an indefinite strike", "strike", "s9-saltmere-strike-aug17"),
    ("s9-a", "called the stoppage", "stoppage", "s9-saltmere-strike-aug17"),
    ("s9-a", "Saltmere Terminals, broke down on Friday", "broke down", "s9-talks-collapse-aug14"),
    ("s9-a", "a 24-hour strike in March", "strike", "s9-march-strike"),
    ("s9-b", "Port strike strands cargo", "strike", "s9-saltmere-strike-aug17"),
    ("s9-b", "Saltmere walkout enters", "walkout", "s9-saltmere-strike-aug17"),
    ("s9-b", "A strike by dockworkers", "strike", "s9-saltmere-strike-aug17"),
    ("s9-b", "The walkout, which began yesterday", "walkout", "s9-saltmere-strike-aug17"),
    ("s9-b", "first indefinite stoppage", "stoppage", "s9-saltmere-strike-aug17"),
    ("s9-b", "Saltmere Terminals collapsed last Friday", "collapsed", "s9-talks-collapse-aug14"),
    ("s9-b", "estimate the strike costs", "strike", "s9-saltmere-strike-aug17"),
    ("s9-c", "Carrow dockers strike", "strike", "s9-carrow-strike-aug19"),
    ("s9-c", "began a 48-hour strike on Wednesday", "strike", "s9-carrow-strike-aug19"),
    ("s9-c", "who have been on strike since Monday", "strike", "s9-saltmere-strike-aug17"),
    ("s9-c", "on Tuesday appointed a mediator", "appointed", "s9-mediator-appointed-aug18"),
    ("s9-c", "Holm met union leaders", "met", "s9-mediator-meets-sides-aug18"),
    ("s9-d", "Saltmere dock strike", "strike", "s9-saltmere-strike-aug17"),
    ("s9-d", "strike ends after five days", "ends", "s9-saltmere-strike-ends-aug21"),
    ("s9-d", "returned to work on Friday", "returned", "s9-saltmere-strike-ends-aug21"),
    ("s9-d", "ending a five-day", "ending", "s9-saltmere-strike-ends-aug21"),
    ("s9-d", "five-day strike that left", "strike", "s9-saltmere-strike-aug17"),
    ("s9-d", "their union reached a deal", "reached", "s9-pay-deal-aug20"),
    ("s9-d", "approved the agreement in a vote", "vote", "s9-members-vote-aug21"),
    ("s9-d", "The walkout began on August 17", "walkout", "s9-saltmere-strike-aug17"),
    ("s9-d", "after talks collapsed", "collapsed", "s9-talks-collapse-aug14"),
    ("s9-d", "A sympathy strike at Carrow", "strike", "s9-carrow-strike-aug19"),
    ("s9-d", "Carrow ended as planned", "ended", "s9-carrow-strike-ends-aug20"),
    ("s9-d", "a one-day stoppage", "stoppage", "s9-march-strike"),
    # S10
    ("s10-a", "Regulator seizes Meridian Trust", "seizes", "s10-meridian-seized-sep4"),
    ("s10-a", "after deposit run", "run", "s10-deposit-run-sep2"),
    ("s10-a", "took control of Meridian Trust Bank on Friday", "took control", "s10-meridian-seized-sep4"),
    ("s10-a", "customers pulled 2.3 billion dollars", "pulled", "s10-deposit-run-sep2"),
    ("s10-a", "the largest bank failure", "failure", "s10-meridian-seized-sep4"),
    ("s10-a", "Coastline Savings collapsed in March", "collapsed", "s10-coastline-failure-mar20"),
    ("s10-a", "shares had plunged 64 percent on Thursday", "plunged", "s10-meridian-shares-plunge-sep3"),
    ("s10-a", "the lender disclosed losses", "disclosed", "s10-loss-disclosed-sep2"),
    ("s10-a", "Meridian was founded in 1952", "founded", "s10-meridian-founded-1952"),
    ("s10-b", "Meridian Trust collapse", "collapse", "s10-meridian-seized-sep4"),
    ("s10-b", "Meridian Trust Bank's failure on Friday", "failure", "s10-meridian-seized-sep4"),
    ("s10-b", "lender lost nearly a fifth", "lost", "s10-deposit-run-sep2"),
    ("s10-b", "Meridian reported a quarterly loss", "reported", "s10-loss-disclosed-sep2"),
    ("s10-b", "depositors had withdrawn 2.3 billion dollars", "withdrawn", "s10-deposit-run-sep2"),
    ("s10-b", "Paul Varga resigned on Thursday night", "resigned", "s10-varga-resigns-sep3"),
    ("s10-b", "hours before regulators moved in", "moved in", "s10-meridian-seized-sep4"),
    ("s10-b", "which was shut down on March 20", "shut down", "s10-coastline-failure-mar20"),
    ("s10-c", "Harbor National buys failed Meridian", "buys", "s10-harbor-deal-sep6"),
    ("s10-c", "agreed on Sunday to acquire", "acquire", "s10-harbor-deal-sep6"),
    ("s10-c", "was seized by the Prudential Authority", "seized", "s10-meridian-seized-sep4"),
    ("s10-c", "The deal, struck over the weekend", "deal", "s10-harbor-deal-sep6"),
    ("s10-c", "which absorbed Lakeside Bank in 2022", "absorbed", "s10-harbor-buys-lakeside-2022"),
    ("s10-c", "who quit on Thursday", "quit", "s10-varga-resigns-sep3"),
    ("s10-d", "Meridian customers queue as", "queue", "s10-customers-queue-sep7"),
    ("s10-d", "branches reopen under new owner", "reopen", "s10-branches-reopen-sep7"),
    ("s10-d", "customers queued outside", "queued", "s10-customers-queue-sep7"),
    ("s10-d", "as they reopened under", "reopened", "s10-branches-reopen-sep7"),
    ("s10-d", "a day after Harbor agreed", "agreed", "s10-harbor-deal-sep6"),
    ("s10-d", "when the regulator closed Meridian", "closed", "s10-meridian-seized-sep4"),
    ("s10-d", "she had moved her money out on Thursday", "moved", "s10-kell-withdrawal-sep3"),
    ("s10-d", "at the height of the run", "run", "s10-deposit-run-sep2"),
    ("s10-d", "Harbor National last bought a failing lender", "bought", "s10-harbor-buys-lakeside-2022"),
    # S11
    ("s11-a", "Dancu arrested", "arrested", "s11-dancu-arrested-sep24"),
    ("s11-a", "on return from exile", "return", "s11-dancu-returns-sep24"),
    ("s11-a", "Police arrested Kestravan", "arrested", "s11-dancu-arrested-sep24"),
    ("s11-a", "minutes after he landed", "landed", "s11-dancu-returns-sep24"),
    ("s11-a", "was detained on a 2024 warrant", "detained", "s11-dancu-arrested-sep24"),
    ("s11-a", "clashed with riot police", "clashed", "s11-airport-clashes-sep24"),
    ("s11-a", "Dancu left Kestrava in", "left", "s11-dancu-leaves-sep2024"),
    ("s11-a", "he was first arrested", "arrested", "s11-dancu-first-arrest-aug2024"),
    ("s11-a", "anti-government protests", "protests", "s11-antigov-protests-2024"),
    ("s11-b", "Protests erupt", "Protests", "s11-dovra-protests-sep24"),
    ("s11-b", "after arrest of Danku", "arrest", "s11-dancu-arrested-sep24"),
    ("s11-b", "protesters marched through central Dovra", "marched", "s11-dovra-protests-sep24"),
    ("s11-b", "after the arrest of opposition leader", "arrest", "s11-dancu-arrested-sep24"),
    ("s11-b", "Danku's arrest at the airport", "arrest", "s11-dancu-arrested-sep24"),
    ("s11-b", "his plane touched down from Vienna", "touched down", "s11-dancu-returns-sep24"),
    ("s11-b", "police also detained Ilona Vass", "detained", "s11-vass-detained-sep25"),
    ("s11-b", "was last taken into custody in August 2024", "taken into custody", "s11-dancu-first-arrest-aug2024"),
    ("s11-b", "he fled abroad", "fled", "s11-dancu-leaves-sep2024"),
    ("s11-c", "Court frees Dancu", "frees", "s11-dancu-bailed-sep26"),
    ("s11-c", "on Saturday released opposition leader", "released", "s11-dancu-bailed-sep26"),
    ("s11-c", "he was detained at the airport", "detained", "s11-dancu-arrested-sep24"),
    ("s11-c", "on his return from exile", "return", "s11-dancu-returns-sep24"),
    ("s11-c", "Ilona Vass, arrested on", "arrested", "s11-vass-detained-sep25"),
    ("s11-c", "Dancu walked free", "walked free", "s11-dancu-bailed-sep26"),
    ("s11-c", "shortly after the ruling", "ruling", "s11-dancu-bailed-sep26"),
    ("s11-c", "43 people were arrested", "arrested", "s11-protest-arrests-sep24"),
    ("s11-c", "Thursday's protests", "protests", "s11-dovra-protests-sep24"),
    ("s11-d", "Freed Dancu", "Freed", "s11-dancu-bailed-sep26"),
    ("s11-d", "tells rally", "rally", "s11-dancu-rally-sep27"),
    ("s11-d", "told a rally of some 30,000", "rally", "s11-dancu-rally-sep27"),
    ("s11-d", "a court released him on bail", "released", "s11-dancu-bailed-sep26"),
    ("s11-d", "Dancu was arrested at Dovra airport", "arrested", "s11-dancu-arrested-sep24"),
    ("s11-d", "on his return from two years abroad", "return", "s11-dancu-returns-sep24"),
    ("s11-d", "sparking the biggest protests", "protests", "s11-dovra-protests-sep24"),
    ("s11-d", "was freed without charge on Sunday", "freed", "s11-vass-freed-sep27"),
    ("s11-d", "ordered Dancu's arrest", "arrest", "s11-dancu-arrested-sep24"),
]  # fmt: skip
