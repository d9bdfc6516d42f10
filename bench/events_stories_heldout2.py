"""HELD-OUT 2: a second blind evaluation set for merging the same happening reported by several outlets
(issue #6), in the row format of ``bench/events_stories_heldout.py``.

Written on 2026-11-22 by a helper session given only the task, the row format and the annotation
guidelines of ``bench/events_stories_heldout.py``: blind, i.e. without reading the event extraction or
merging code (graphbuild/events*.py, graphbuild/crossdoc*.py, graphbuild/entities*.py) or the event
benches (bench/events*.py, bench/crossdoc_events.py), and without running graphbuild on these texts.
Never used to choose a rule or threshold.

Five invented stories (invented people, companies, places and countries; no real recent events), each
covered by 4-5 outlets as wire copy ("Headline\\nBody", 80-124 body words), published on the day, the
next day, or 2-10 days later (a follow-up that re-mentions the earlier happenings in passing): S12 a
factory fire, S13 a ferry collision, S14 a central-bank governor's dismissal, S15 a museum theft, S16 a
hostage release. None of these kinds of happening is in s1-s11. Names are spelled differently across
outlets (Olszyn/Olshin, Sadowski/Sadovsky, Kerynia/Keryneia, Vlachos/Vlahos, Beridze/Beridse,
Halvorsen/Halvorson, Axel/Aksel, Qandar/Kandar, Ardon/Ardan, Jansen/Janssen); dates are given
relatively ("on Tuesday", "yesterday", "last Saturday", "a week earlier", "four days after", "this
morning") or absolutely ("October 7", "May 6", "February 5").

Counts: 5 stories, 22 documents, 181 gold mentions, 69 happening labels, 25 labels with mentions in
two or more documents (44 labels occur in one document only, 38 of them with a single mention),
393 cross-document positive pairs (pairs of mentions in different documents sharing a label), 106
same-document positive pairs, 2214 cross-document same-story negative pairs.

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

In this set the hard negatives are: a second fire at a timber yard the same day, an earlier fire at the
same plant in 2019 and a worker's later death in hospital (S12); a fishing boat running aground in the
same fog, the ferry's own grounding in 2022 and an earlier ferry collision in 2019 (S13); the currency
falling on three different days, the rate rise two weeks before and the rate cut four days after the
dismissal, and the predecessor's dismissal in 2021 (S14); a break-in at another gallery the next night,
the same painting's theft in 1987 and recovery in 1991 (S15); a soldier released the same day, earlier
kidnappings and an earlier release of two journalists, and a colleague's separate return home (S16).
"""

from __future__ import annotations

#: (doc_id, outlet, published ISO date, text) - text is "Headline\nBody..." exactly as an article file holds it
DOCS: list[tuple[str, str, str, str]] = [
    # ---- S12: fire at the Dravik Textiles plant in Olszyn (Wednesday 2026-10-07) ----
    ("s12-a", "Atlas Wire", "2026-10-07",
     "Fire at Dravik textile plant kills nine workers\n"
     "OLSZYN (Atlas Wire) - A fire tore through a textile factory in the western town of Olszyn early on "
     "Wednesday, killing nine workers and injuring 23, emergency services said. The blaze broke out at "
     "about 2:30 a.m. in a storage hall at the Dravik Textiles plant, where some 140 people were working "
     "the night shift. The roof of the main hall collapsed shortly after 5 a.m., and firefighters brought "
     "the flames under control by mid-morning. It was the second fire at the plant in seven years: in 2019 "
     "a blaze in the dye shop injured four people. Dravik said it would cooperate fully with investigators. "
     "The company denied that emergency exits had been locked."),
    ("s12-b", "Harbour Herald", "2026-10-07",
     "Nine dead as blaze guts Dravik factory in Olshin\n"
     "Fire swept through the Dravik Textiles factory in Olshin before dawn on October 7, killing nine "
     "people and injuring 23, regional officials said. Witnesses described thick smoke in the stairwells, "
     "and most of the dead were on the second floor. Firefighters put out the blaze by "
     "mid-morning. Later on Wednesday a smaller fire broke out at a timber yard on the other side of "
     "Olshin; no one was hurt there, and fire officials said it was not connected. Regional governor Anna "
     "Kowal declared three days of mourning on Wednesday afternoon. Police opened a criminal investigation "
     "into the Dravik fire on Wednesday evening."),
    ("s12-c", "Continental Post", "2026-10-08",
     "Dravik plant manager arrested after deadly Olszyn fire\n"
     "OLSZYN (Continental Post) - Police on Thursday arrested the manager of the Dravik Textiles factory "
     "in Olszyn, a day after a fire at the plant killed nine workers. Jerzy Sadowski, 47, was detained at "
     "his home on suspicion of breaching fire safety rules, prosecutors said. Survivors told reporters that "
     "a side exit had been chained shut. Yesterday's blaze started in a storage hall and reached the main "
     "hall within minutes, where the roof caved in before dawn. Fire inspectors had last visited the plant "
     "in March. On Thursday morning about 300 people marched through Olszyn to the factory gates, carrying "
     "candles and photographs of the dead."),
    ("s12-d", "Daily Courier", "2026-10-09",
     "Dravik owner apologises as Olshin buries first victims\n"
     "OLSHIN - The owner of Dravik Textiles, Marek Dravik, apologised on Friday to the families of the nine "
     "workers killed in Wednesday's fire at his factory in Olshin. The first funerals took place on Friday "
     "morning in the town's main church. Plant manager Jerzy Sadovsky, arrested on Thursday, was charged on "
     "Friday with negligence causing death. Fire investigators said the fire had been started by a faulty "
     "electric heater in the storage hall. A separate blaze at an Olshin timber yard the same day caused no "
     "injuries. Dravik said the factory would not reopen this year and that all 140 night-shift workers "
     "would keep their pay."),
    ("s12-e", "Metro Bulletin", "2026-10-14",
     "Dravik fire: inquiry finds exits blocked\n"
     "A government inquiry into last week's deadly fire at the Dravik Textiles factory in Olszyn found on "
     "Tuesday that two of the plant's four emergency exits had been blocked with rolls of cloth. The fire "
     "killed nine workers on October 7; a tenth, a 19-year-old machinist, died in hospital on Sunday. "
     "Manager Jerzy Sadowski, who was charged with negligence last Friday, remains in custody. The inquiry "
     "said the roof collapse had trapped most of the victims. The labour ministry on Monday ordered safety "
     "checks at all 1,200 textile plants in the region. The Olszyn plant had also caught fire in 2019."),
    # ---- S13: ferry Aurora Bay and cargo ship Kestrel Star collide off Kerynia (Saturday 2026-11-07) ----
    ("s13-a", "Atlas Wire", "2026-11-07",
     "Ferry and cargo ship collide in fog off Kerynia\n"
     "KERYNIA (Atlas Wire) - A passenger ferry carrying 312 people collided with a cargo ship in thick fog "
     "off the port of Kerynia on Saturday morning, killing two passengers and injuring 31, the coastguard "
     "said. One passenger is missing. The ferry Aurora Bay, operated by Kerynia Lines, was struck on its "
     "port side by the Liberian-flagged Kestrel Star at about 7:40 a.m., tearing a hole above the "
     "waterline. Coastguard vessels took off 180 passengers; the rest stayed on board. The Aurora Bay ran "
     "aground in the same strait in 2022 without casualties. The coastguard denied that the ferry had "
     "ignored radio warnings."),
    ("s13-b", "Harbour Herald", "2026-11-08",
     "Two dead, one missing after Aurora Bay crash\n"
     "A passenger was still missing on Sunday after a ferry and a freighter collided off Keryneia yesterday "
     "morning. Two people died in the collision, in which the Kestrel Star rammed the Aurora Bay in dense "
     "fog. The damaged ferry was towed into Keryneia harbour overnight. Also on Saturday, a fishing boat ran "
     "aground on rocks near Cape Meli in the same fog; its crew of four was rescued. Police on Sunday "
     "detained the Kestrel Star's captain, Dimitris Vlahos, a Greek national. In 2019, two ferries collided "
     "in the same strait, injuring 12 people. Kerynia Lines has not said when the Aurora Bay will sail "
     "again."),
    ("s13-c", "Continental Post", "2026-11-08",
     "Cargo ship captain held over Kerynia ferry collision\n"
     "KERYNIA (Continental Post) - Police on Sunday arrested the captain of the cargo ship that hit the "
     "ferry Aurora Bay off Kerynia on Saturday. Dimitrios Vlachos, 58, master of the Kestrel Star, was "
     "taken into custody in Kerynia and faces charges of negligent manslaughter, prosecutors said. "
     "Saturday's collision killed two people and injured 31; one passenger is still missing. The Aurora Bay "
     "was towed into port late on Saturday with a gash in its hull. Kerynia Lines said on Sunday it had "
     "suspended its Kerynia-Salos service until further notice. The company denied that the ferry had been "
     "sailing too fast."),
    ("s13-d", "Daily Courier", "2026-11-11",
     "Body of missing Aurora Bay passenger found\n"
     "KERYNIA - Divers on Tuesday recovered the body of a 66-year-old woman who had been missing since the "
     "Aurora Bay ferry was hit by a cargo ship off Kerynia last Saturday, raising the death toll to three. "
     "The body was found inside a flooded cabin. Captain Dimitrios Vlachos of the Kestrel Star, who was "
     "detained on Sunday, appeared before a magistrate on Monday. He was released on bail the same evening. "
     "Investigators said on Tuesday that the Kestrel Star had switched off its radar shortly before the "
     "crash. Kerynia Lines said it would resume sailings to Salos on Friday with a chartered ship."),
    # ---- S14: Karsenian president dismisses central bank governor Beridze (Thursday 2026-02-19) ----
    ("s14-a", "Atlas Wire", "2026-02-19",
     "Karsenian president fires central bank governor\n"
     "VELSK (Atlas Wire) - Karsenian President Elena Vorn dismissed central bank governor Tamaz Beridze by "
     "decree on Thursday, two weeks after the bank defied her and raised its main interest rate to 14 "
     "percent. The decree named deputy governor Nino Kalandia acting governor with immediate effect. The "
     "marka fell 7 percent against the euro within an hour of the announcement, hitting a record low. "
     "Beridze, who took office in 2022, is the second governor to lose his job in five years: his "
     "predecessor Giorgi Lomidze was sacked in 2021. Vorn's office denied that the dismissal was political "
     "and said the bank's independence was not in question."),
    ("s14-b", "Continental Post", "2026-02-20",
     "Marka slumps as Vorn ousts Beridse\n"
     "VELSK (Continental Post) - Karsenia's currency slumped to an all-time low yesterday after President "
     "Elena Vorn removed Tamas Beridse as head of the central bank, raising fears for the "
     "bank's independence. The marka lost 7 percent on Thursday and fell a further 2 percent on Friday "
     "morning. Beridse was ousted two weeks after the bank's board voted on February 5 to raise rates, "
     "against the president's public wishes. He said he would challenge his removal in the constitutional "
     "court. Government bond yields jumped 1.5 percentage points yesterday. The International Monetary Fund "
     "said it was following events closely."),
    ("s14-c", "Harbour Herald", "2026-02-20",
     "Who is Nino Kalandia, Karsenia's new central bank chief?\n"
     "Nino Kalandia, named acting governor of Karsenia's central bank on Thursday after the sacking of "
     "Tamaz Beridze, is a 49-year-old economist who joined the bank in 2004 as a junior analyst. She was "
     "the only board member to vote against the rate rise on February 5. Colleagues describe her as close "
     "to President Elena Vorn, who dismissed Beridze by decree on Thursday afternoon. Kalandia spent six "
     "years at the International Monetary Fund in Washington before returning to Velsk in 2015. Her first "
     "test comes on Monday, when the board holds an emergency meeting. She has not said whether she will "
     "seek the job permanently."),
    ("s14-d", "Atlas Wire", "2026-02-23",
     "Karsenia central bank cuts rates days after governor's dismissal\n"
     "VELSK (Atlas Wire) - Karsenia's central bank cut its main interest rate by 2 percentage points to 12 "
     "percent at an emergency meeting on Monday, four days after President Elena Vorn fired governor Tamaz "
     "Beridze. The decision, the first under acting governor Nino Kalandia, reversed most of the February 5 "
     "increase. The marka, which hit a record low last Thursday, fell another 3 percent within minutes. "
     "Beridze filed a challenge to his dismissal with the constitutional court on Friday; the court said "
     "on Saturday it would hear the case in March. Economists said the cut confirmed fears that the bank "
     "had lost its independence."),
    ("s14-e", "Ledger Business", "2026-02-25",
     "Parliament confirms Kalandia as Karsenia central bank governor\n"
     "VELSK (Ledger Business) - Karsenia's parliament on Tuesday confirmed Nino Kalandia as central bank "
     "governor by 88 votes to 61, five days after President Elena Vorn dismissed her predecessor Tamas "
     "Beridse. Kalandia, acting governor since last Thursday, oversaw Monday's surprise 2-point rate cut. "
     "Opposition deputies walked out of the chamber before the vote. The marka steadied on Tuesday after "
     "losing 11 percent since Beridse's removal. Giorgi Lomidze, Beridse's own predecessor, was also "
     "dismissed by presidential decree, in 2021. Kalandia told deputies she would not raise rates again "
     "this year."),
    # ---- S15: Brenna painting stolen from the Halvorsen Museum in Tromvik (Monday 2026-04-27) ----
    ("s15-a", "Atlas Wire", "2026-04-27",
     "Thieves steal Brenna masterpiece from Tromvik museum\n"
     "TROMVIK (Atlas Wire) - Thieves stole 'Harbour at Dusk', the best-known painting by the 19th-century "
     "artist Axel Brenna, from the Halvorsen Museum in Tromvik early on Monday, police said. The raiders "
     "got in through a skylight at about 3 a.m. Once inside, they tied up a night guard. The guard raised "
     "the alarm shortly before 4 a.m., by which time the thieves had fled in a white van. The painting, "
     "insured for 9 million euros, was stolen once before, in 1987, and turned up four years later in a "
     "Hamburg flat. The museum will stay closed until Thursday. Police have not said whether other works "
     "are missing."),
    ("s15-b", "Harbour Herald", "2026-04-27",
     "Brenna painting snatched in night raid on Halvorson Museum\n"
     "A painting by Aksel Brenna worth an estimated 9 million euros was taken from the Halvorson Museum in "
     "Tromvik in the early hours of April 27, police said. 'Harbour at Dusk' was the centrepiece of the "
     "museum's collection. The raid lasted less than ten minutes. A white van seen leaving the museum was "
     "found burned out near the Tromvik ring road on Monday afternoon. The heist was the second at the "
     "museum: the same canvas was stolen in March 1987 and recovered in 1991. Police denied that the alarm "
     "system had failed. Museum director Ingrid Solem said the whole town was in shock."),
    ("s15-c", "Continental Post", "2026-04-29",
     "Police link Tromvik museum heist to gallery break-in\n"
     "TROMVIK (Continental Post) - Police are investigating whether Monday's theft of Axel Brenna's "
     "'Harbour at Dusk' from the Halvorsen Museum is linked to a break-in at a private gallery in Osby, 60 "
     "km to the south, on Tuesday night. Thieves at the Osby gallery took six etchings by Brenna but left "
     "more valuable paintings behind. Investigators on Wednesday released CCTV images of two men in dark "
     "clothing near the Tromvik museum shortly before the theft. A guard who was tied up during "
     "Monday's raid was unhurt. The Halvorsen's insurers are offering a reward of 250,000 euros for "
     "information leading to the painting's return."),
    ("s15-d", "Atlas Wire", "2026-05-05",
     "Stolen Brenna painting found in garage, two men held\n"
     "TROMVIK (Atlas Wire) - Police on Monday recovered 'Harbour at Dusk', the Axel Brenna painting stolen "
     "from the Halvorsen Museum in Tromvik a week earlier, in a garage on the outskirts of the town. The "
     "canvas was rolled up but undamaged, the museum said. Two men arrested last Thursday in connection "
     "with the theft were charged on Tuesday with aggravated robbery. The recovery came 35 years after the "
     "painting was last found following its 1987 theft. Police said they had found no link to the "
     "break-in at a gallery in Osby last week. The museum reopened on Saturday without its most famous "
     "work."),
    # ---- S16: seven HelpBridge aid workers released in Qandar (Tuesday 2026-06-16) ----
    ("s16-a", "Atlas Wire", "2026-06-16",
     "Seven aid workers freed after 41 days in captivity in Qandar\n"
     "ARDON (Atlas Wire) - Seven aid workers kidnapped in Marovia's Qandar province in May were released on "
     "Tuesday with the help of the Sultanate of Dahran, the Marovian foreign ministry said. The four Dutch, "
     "two Marovian and one Kenyan staff of the charity HelpBridge were seized at a checkpoint on May 6 "
     "while delivering medical supplies. They were handed over to Dahrani officials near the town of Sefar "
     "on Tuesday afternoon. The Valley Brigade, which carried out the abduction, freed two Italian "
     "journalists in March. A French engineer kidnapped in January is still "
     "being held."),
    ("s16-b", "Harbour Herald", "2026-06-18",
     "HelpBridge hostages flown to Ardan after release\n"
     "The seven HelpBridge aid workers freed in Kandar province on Tuesday were flown to the capital Ardan "
     "yesterday on a Dahrani government jet, officials said. All seven were in good health, doctors said. "
     "The group, led by Dutch nurse Marieke Janssen, had been held by the Valley Brigade since their "
     "abduction on May 6. The Dutch government denied that any ransom had been paid. A Marovian soldier "
     "kidnapped near Sefar in April was released the same day as the aid workers, officials said. The "
     "Valley Brigade is still holding at least three other foreigners, including a French engineer."),
    ("s16-c", "Continental Post", "2026-06-17",
     "Dutch nurse describes 41 days as hostage in Qandar\n"
     "ARDON (Continental Post) - Marieke Jansen, the Dutch nurse who led the HelpBridge team kidnapped in "
     "Qandar on May 6, said on Wednesday that the kidnappers had treated the group well. Speaking in Ardon a "
     "day after the seven were set free, Jansen, 44, said they had been kept in caves and moved often. 'We "
     "were never beaten,' she said. The hostages were released on Tuesday near Sefar and flown to the "
     "capital this morning. The Valley Brigade was also behind the kidnapping of two Italian journalists in "
     "2025; they were freed in March. Jansen said she hoped to return to Marovia one day."),
    ("s16-d", "Daily Courier", "2026-06-21",
     "Freed aid workers back home in the Netherlands\n"
     "ROTTERDAM - Four Dutch aid workers held hostage for 41 days in Marovia landed at Rotterdam airport on "
     "Saturday to an emotional welcome from their families. The four, part of a team of seven from the "
     "charity HelpBridge, were freed last Tuesday in Qandar province and spent three days in the Marovian "
     "capital Ardon. Their Kenyan colleague returned to Nairobi on Friday. HelpBridge said on Saturday that "
     "it had suspended all work in Qandar. The group was seized on May 6 at a checkpoint near Sefar. The "
     "Marovian government again denied that a ransom had been paid for the release."),
]  # fmt: skip

#: (doc_id, context, trigger, happening label): context is a substring that occurs EXACTLY ONCE in that doc's
#: text and contains the trigger word(s) exactly once; trigger is the word that names the happening
#: ("collided", "blaze", "dismissal", "freed"); label names the real-world happening ("s12-dravik-fire-oct7"),
#: shared by all its mentions in any document of the story.
GOLD: list[tuple[str, str, str, str]] = [
    # S12
    ("s12-a", "Fire at Dravik textile plant", "Fire", "s12-dravik-fire-oct7"),
    ("s12-a", "A fire tore through a textile factory", "tore through", "s12-dravik-fire-oct7"),
    ("s12-a", "The blaze broke out at about 2:30", "broke out", "s12-dravik-fire-oct7"),
    ("s12-a", "main hall collapsed shortly after 5 a.m.", "collapsed", "s12-roof-collapse-oct7"),
    ("s12-a", "firefighters brought the flames under control", "brought", "s12-fire-controlled-oct7"),
    ("s12-a", "the second fire at the plant", "fire", "s12-dravik-fire-oct7"),
    ("s12-a", "a blaze in the dye shop", "blaze", "s12-dye-shop-fire-2019"),
    ("s12-b", "blaze guts Dravik factory", "guts", "s12-dravik-fire-oct7"),
    ("s12-b", "Fire swept through the Dravik", "swept", "s12-dravik-fire-oct7"),
    ("s12-b", "Firefighters put out the blaze", "put out", "s12-fire-controlled-oct7"),
    ("s12-b", "a smaller fire broke out at a timber yard", "broke out", "s12-timber-yard-fire-oct7"),
    ("s12-b", "declared three days of mourning", "declared", "s12-mourning-declared-oct7"),
    ("s12-b", "Police opened a criminal investigation", "opened", "s12-police-investigation-oct7"),
    ("s12-b", "into the Dravik fire", "fire", "s12-dravik-fire-oct7"),
    ("s12-c", "manager arrested after", "arrested", "s12-sadowski-arrested-oct8"),
    ("s12-c", "after deadly Olszyn fire", "fire", "s12-dravik-fire-oct7"),
    ("s12-c", "Police on Thursday arrested the manager", "arrested", "s12-sadowski-arrested-oct8"),
    ("s12-c", "a day after a fire at the plant", "fire", "s12-dravik-fire-oct7"),
    ("s12-c", "was detained at his home", "detained", "s12-sadowski-arrested-oct8"),
    ("s12-c", "Yesterday's blaze started", "blaze", "s12-dravik-fire-oct7"),
    ("s12-c", "where the roof caved in before dawn", "caved in", "s12-roof-collapse-oct7"),
    ("s12-c", "had last visited the plant in March", "visited", "s12-inspection-march"),
    ("s12-c", "about 300 people marched through Olszyn", "marched", "s12-olszyn-march-oct8"),
    ("s12-d", "Dravik owner apologises", "apologises", "s12-owner-apology-oct9"),
    ("s12-d", "apologised on Friday to the families", "apologised", "s12-owner-apology-oct9"),
    ("s12-d", "killed in Wednesday's fire", "fire", "s12-dravik-fire-oct7"),
    ("s12-d", "The first funerals took place", "funerals", "s12-funerals-oct9"),
    ("s12-d", "arrested on Thursday", "arrested", "s12-sadowski-arrested-oct8"),
    ("s12-d", "was charged on Friday", "charged", "s12-sadowski-charged-oct9"),
    ("s12-d", "said the fire had been started", "fire", "s12-dravik-fire-oct7"),
    ("s12-d", "A separate blaze at an Olshin timber yard", "blaze", "s12-timber-yard-fire-oct7"),
    ("s12-e", "Dravik fire: inquiry", "fire", "s12-dravik-fire-oct7"),
    ("s12-e", "inquiry finds exits blocked", "finds", "s12-inquiry-findings-oct13"),
    ("s12-e", "last week's deadly fire", "fire", "s12-dravik-fire-oct7"),
    ("s12-e", "found on Tuesday that", "found", "s12-inquiry-findings-oct13"),
    ("s12-e", "The fire killed nine workers on October 7", "fire", "s12-dravik-fire-oct7"),
    ("s12-e", "died in hospital on Sunday", "died", "s12-machinist-death-oct11"),
    ("s12-e", "who was charged with negligence last Friday", "charged", "s12-sadowski-charged-oct9"),
    ("s12-e", "the roof collapse had trapped", "collapse", "s12-roof-collapse-oct7"),
    ("s12-e", "on Monday ordered safety checks", "ordered", "s12-safety-checks-ordered-oct12"),
    ("s12-e", "had also caught fire in 2019", "caught fire", "s12-dye-shop-fire-2019"),
    # S13
    ("s13-a", "Ferry and cargo ship collide", "collide", "s13-collision-nov7"),
    ("s13-a", "collided with a cargo ship in thick fog", "collided", "s13-collision-nov7"),
    ("s13-a", "was struck on its port side", "struck", "s13-collision-nov7"),
    ("s13-a", "Coastguard vessels took off 180 passengers", "took off", "s13-evacuation-nov7"),
    ("s13-a", "ran aground in the same strait in 2022", "ran aground", "s13-aurora-aground-2022"),
    ("s13-b", "after Aurora Bay crash", "crash", "s13-collision-nov7"),
    ("s13-b", "a freighter collided off Keryneia", "collided", "s13-collision-nov7"),
    ("s13-b", "Two people died in the collision", "collision", "s13-collision-nov7"),
    ("s13-b", "the Kestrel Star rammed the Aurora Bay", "rammed", "s13-collision-nov7"),
    ("s13-b", "was towed into Keryneia harbour overnight", "towed", "s13-ferry-towed-nov7"),
    ("s13-b", "a fishing boat ran aground on rocks", "ran aground", "s13-fishing-boat-aground-nov7"),
    ("s13-b", "its crew of four was rescued", "rescued", "s13-fishing-crew-rescued-nov7"),
    ("s13-b", "Police on Sunday detained", "detained", "s13-vlachos-detained-nov8"),
    ("s13-b", "In 2019, two ferries collided", "collided", "s13-ferry-collision-2019"),
    ("s13-c", "captain held over", "held", "s13-vlachos-detained-nov8"),
    ("s13-c", "Kerynia ferry collision", "collision", "s13-collision-nov7"),
    ("s13-c", "Police on Sunday arrested the captain", "arrested", "s13-vlachos-detained-nov8"),
    ("s13-c", "the cargo ship that hit the ferry", "hit", "s13-collision-nov7"),
    ("s13-c", "taken into custody in Kerynia", "taken into custody", "s13-vlachos-detained-nov8"),
    ("s13-c", "Saturday's collision killed two people", "collision", "s13-collision-nov7"),
    ("s13-c", "was towed into port late on Saturday", "towed", "s13-ferry-towed-nov7"),
    ("s13-c", "it had suspended its Kerynia-Salos service", "suspended", "s13-route-suspended-nov8"),
    ("s13-d", "Aurora Bay passenger found", "found", "s13-body-found-nov10"),
    ("s13-d", "Divers on Tuesday recovered the body", "recovered", "s13-body-found-nov10"),
    ("s13-d", "ferry was hit by a cargo ship", "hit", "s13-collision-nov7"),
    ("s13-d", "The body was found inside a flooded cabin", "found", "s13-body-found-nov10"),
    ("s13-d", "who was detained on Sunday", "detained", "s13-vlachos-detained-nov8"),
    ("s13-d", "appeared before a magistrate on Monday", "appeared", "s13-vlachos-court-nov9"),
    ("s13-d", "He was released on bail the same evening", "released", "s13-vlachos-bailed-nov9"),
    ("s13-d", "had switched off its radar", "switched off", "s13-radar-switched-off-nov7"),
    ("s13-d", "shortly before the crash", "crash", "s13-collision-nov7"),
    # S14
    ("s14-a", "president fires central bank governor", "fires", "s14-beridze-dismissed-feb19"),
    ("s14-a", "Elena Vorn dismissed central bank governor", "dismissed", "s14-beridze-dismissed-feb19"),
    ("s14-a", "raised its main interest rate to 14", "raised", "s14-rate-rise-feb5"),
    ("s14-a", "The decree named deputy governor", "named", "s14-kalandia-named-feb19"),
    ("s14-a", "The marka fell 7 percent", "fell", "s14-marka-falls-feb19"),
    ("s14-a", "within an hour of the announcement", "announcement", "s14-beridze-dismissed-feb19"),
    ("s14-a", "who took office in 2022", "took office", "s14-beridze-takes-office-2022"),
    ("s14-a", "Giorgi Lomidze was sacked in 2021", "sacked", "s14-lomidze-dismissed-2021"),
    ("s14-a", "that the dismissal was political", "dismissal", "s14-beridze-dismissed-feb19"),
    ("s14-b", "Marka slumps", "slumps", "s14-marka-falls-feb19"),
    ("s14-b", "as Vorn ousts Beridse", "ousts", "s14-beridze-dismissed-feb19"),
    ("s14-b", "currency slumped to an all-time low yesterday", "slumped", "s14-marka-falls-feb19"),
    ("s14-b", "Elena Vorn removed Tamas Beridse", "removed", "s14-beridze-dismissed-feb19"),
    ("s14-b", "The marka lost 7 percent on Thursday", "lost", "s14-marka-falls-feb19"),
    ("s14-b", "fell a further 2 percent on Friday morning", "fell", "s14-marka-falls-feb20"),
    ("s14-b", "Beridse was ousted two weeks after", "ousted", "s14-beridze-dismissed-feb19"),
    ("s14-b", "voted on February 5 to raise rates", "voted", "s14-rate-rise-feb5"),
    ("s14-b", "challenge his removal", "removal", "s14-beridze-dismissed-feb19"),
    ("s14-b", "bond yields jumped 1.5 percentage points", "jumped", "s14-yields-jump-feb19"),
    ("s14-c", "named acting governor of Karsenia's", "named", "s14-kalandia-named-feb19"),
    ("s14-c", "after the sacking of", "sacking", "s14-beridze-dismissed-feb19"),
    ("s14-c", "who joined the bank in 2004", "joined", "s14-kalandia-joins-2004"),
    ("s14-c", "against the rate rise on February 5", "rise", "s14-rate-rise-feb5"),
    ("s14-c", "who dismissed Beridze by decree", "dismissed", "s14-beridze-dismissed-feb19"),
    ("s14-c", "before returning to Velsk in 2015", "returning", "s14-kalandia-returns-2015"),
    ("s14-d", "central bank cuts rates", "cuts", "s14-rate-cut-feb23"),
    ("s14-d", "days after governor's dismissal", "dismissal", "s14-beridze-dismissed-feb19"),
    ("s14-d", "central bank cut its main interest rate", "cut", "s14-rate-cut-feb23"),
    ("s14-d", "Vorn fired governor Tamaz Beridze", "fired", "s14-beridze-dismissed-feb19"),
    ("s14-d", "The decision, the first under", "decision", "s14-rate-cut-feb23"),
    ("s14-d", "the February 5 increase", "increase", "s14-rate-rise-feb5"),
    ("s14-d", "which hit a record low last Thursday", "hit", "s14-marka-falls-feb19"),
    ("s14-d", "fell another 3 percent within minutes", "fell", "s14-marka-falls-feb23"),
    ("s14-d", "Beridze filed a challenge", "filed", "s14-beridze-challenge-feb20"),
    ("s14-d", "challenge to his dismissal with", "dismissal", "s14-beridze-dismissed-feb19"),
    ("s14-d", "Economists said the cut confirmed", "cut", "s14-rate-cut-feb23"),
    ("s14-e", "Parliament confirms Kalandia", "confirms", "s14-kalandia-confirmed-feb24"),
    ("s14-e", "on Tuesday confirmed Nino Kalandia", "confirmed", "s14-kalandia-confirmed-feb24"),
    ("s14-e", "Vorn dismissed her predecessor", "dismissed", "s14-beridze-dismissed-feb19"),
    ("s14-e", "surprise 2-point rate cut", "cut", "s14-rate-cut-feb23"),
    ("s14-e", "Opposition deputies walked out", "walked out", "s14-opposition-walkout-feb24"),
    ("s14-e", "before the vote", "vote", "s14-kalandia-confirmed-feb24"),
    ("s14-e", "The marka steadied on Tuesday", "steadied", "s14-marka-steadies-feb24"),
    ("s14-e", "since Beridse's removal", "removal", "s14-beridze-dismissed-feb19"),
    ("s14-e", "was also dismissed by presidential decree", "dismissed", "s14-lomidze-dismissed-2021"),
    # S15
    ("s15-a", "Thieves steal Brenna masterpiece", "steal", "s15-museum-theft-apr27"),
    ("s15-a", "Thieves stole 'Harbour at Dusk'", "stole", "s15-museum-theft-apr27"),
    ("s15-a", "got in through a skylight", "got in", "s15-museum-theft-apr27"),
    ("s15-a", "they tied up a night guard", "tied up", "s15-guard-tied-up-apr27"),
    ("s15-a", "The guard raised the alarm", "raised", "s15-alarm-raised-apr27"),
    ("s15-a", "the thieves had fled in a white van", "fled", "s15-thieves-flee-apr27"),
    ("s15-a", "was stolen once before, in 1987", "stolen", "s15-brenna-theft-1987"),
    ("s15-a", "turned up four years later", "turned up", "s15-brenna-recovered-1991"),
    ("s15-b", "Brenna painting snatched", "snatched", "s15-museum-theft-apr27"),
    ("s15-b", "in night raid on Halvorson", "raid", "s15-museum-theft-apr27"),
    ("s15-b", "was taken from the Halvorson Museum", "taken", "s15-museum-theft-apr27"),
    ("s15-b", "The raid lasted less than ten minutes", "raid", "s15-museum-theft-apr27"),
    ("s15-b", "found burned out near the Tromvik ring road", "found", "s15-van-found-apr27"),
    ("s15-b", "The heist was the second", "heist", "s15-museum-theft-apr27"),
    ("s15-b", "the same canvas was stolen in March 1987", "stolen", "s15-brenna-theft-1987"),
    ("s15-b", "and recovered in 1991", "recovered", "s15-brenna-recovered-1991"),
    ("s15-c", "Tromvik museum heist", "heist", "s15-museum-theft-apr27"),
    ("s15-c", "to gallery break-in", "break-in", "s15-osby-break-in-apr28"),
    ("s15-c", "Monday's theft of Axel Brenna's", "theft", "s15-museum-theft-apr27"),
    ("s15-c", "a break-in at a private gallery in Osby", "break-in", "s15-osby-break-in-apr28"),
    ("s15-c", "Thieves at the Osby gallery took six etchings", "took", "s15-osby-break-in-apr28"),
    ("s15-c", "Investigators on Wednesday released CCTV images", "released", "s15-cctv-released-apr29"),
    ("s15-c", "shortly before the theft", "theft", "s15-museum-theft-apr27"),
    ("s15-c", "A guard who was tied up", "tied up", "s15-guard-tied-up-apr27"),
    ("s15-c", "during Monday's raid", "raid", "s15-museum-theft-apr27"),
    ("s15-d", "Stolen Brenna painting found in garage", "found", "s15-painting-recovered-may4"),
    ("s15-d", "two men held", "held", "s15-arrests-apr30"),
    ("s15-d", "Police on Monday recovered", "recovered", "s15-painting-recovered-may4"),
    ("s15-d", "painting stolen from the Halvorsen Museum", "stolen", "s15-museum-theft-apr27"),
    ("s15-d", "Two men arrested last Thursday", "arrested", "s15-arrests-apr30"),
    ("s15-d", "in connection with the theft", "theft", "s15-museum-theft-apr27"),
    ("s15-d", "were charged on Tuesday", "charged", "s15-charges-may5"),
    ("s15-d", "The recovery came 35 years after", "recovery", "s15-painting-recovered-may4"),
    ("s15-d", "the painting was last found", "found", "s15-brenna-recovered-1991"),
    ("s15-d", "its 1987 theft", "theft", "s15-brenna-theft-1987"),
    ("s15-d", "break-in at a gallery in Osby last week", "break-in", "s15-osby-break-in-apr28"),
    ("s15-d", "The museum reopened on Saturday", "reopened", "s15-museum-reopens-may2"),
    # S16
    ("s16-a", "Seven aid workers freed after 41 days", "freed", "s16-aid-workers-released-jun16"),
    ("s16-a", "kidnapped in Marovia's Qandar province", "kidnapped", "s16-aid-workers-kidnapped-may6"),
    ("s16-a", "were released on Tuesday", "released", "s16-aid-workers-released-jun16"),
    ("s16-a", "were seized at a checkpoint on May 6", "seized", "s16-aid-workers-kidnapped-may6"),
    ("s16-a", "They were handed over to Dahrani officials", "handed over", "s16-aid-workers-released-jun16"),
    ("s16-a", "which carried out the abduction", "abduction", "s16-aid-workers-kidnapped-may6"),
    ("s16-a", "freed two Italian journalists in March", "freed", "s16-journalists-freed-march"),
    ("s16-a", "A French engineer kidnapped in January", "kidnapped", "s16-engineer-kidnapped-jan"),
    ("s16-b", "hostages flown to Ardan", "flown", "s16-flight-to-ardon-jun17"),
    ("s16-b", "to Ardan after release", "release", "s16-aid-workers-released-jun16"),
    ("s16-b", "freed in Kandar province on Tuesday", "freed", "s16-aid-workers-released-jun16"),
    ("s16-b", "were flown to the capital Ardan", "flown", "s16-flight-to-ardon-jun17"),
    ("s16-b", "abduction on May 6", "abduction", "s16-aid-workers-kidnapped-may6"),
    ("s16-b", "soldier kidnapped near Sefar in April", "kidnapped", "s16-soldier-kidnapped-april"),
    ("s16-b", "was released the same day as the aid workers", "released", "s16-soldier-released-jun16"),
    ("s16-c", "team kidnapped in Qandar on May 6", "kidnapped", "s16-aid-workers-kidnapped-may6"),
    ("s16-c", "a day after the seven were set free", "set free", "s16-aid-workers-released-jun16"),
    ("s16-c", "The hostages were released on Tuesday", "released", "s16-aid-workers-released-jun16"),
    ("s16-c", "flown to the capital this morning", "flown", "s16-flight-to-ardon-jun17"),
    ("s16-c", "the kidnapping of two Italian journalists", "kidnapping", "s16-journalists-kidnapped-2025"),
    ("s16-c", "they were freed in March", "freed", "s16-journalists-freed-march"),
    ("s16-d", "landed at Rotterdam airport on Saturday", "landed", "s16-dutch-return-jun20"),
    ("s16-d", "were freed last Tuesday in Qandar", "freed", "s16-aid-workers-released-jun16"),
    ("s16-d", "returned to Nairobi on Friday", "returned", "s16-kenyan-return-jun19"),
    ("s16-d", "it had suspended all work in Qandar", "suspended", "s16-helpbridge-suspends-work-jun20"),
    ("s16-d", "The group was seized on May 6", "seized", "s16-aid-workers-kidnapped-may6"),
    ("s16-d", "paid for the release", "release", "s16-aid-workers-released-jun16"),
]  # fmt: skip
