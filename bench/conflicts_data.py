"""A blind evaluation set for flagging conflicting numeric claims between news sources. Scored once on
all twelve stories before any tuning (2026-11-22); then stories c1-c6 were opened for tuning and c7-c12
stay held out (``bench/conflicts.py``: DEV_STORIES).

Written blind on 2026-11-22 by a writer who did not read the code: no graphbuild code, tests or other
bench files were read (only the first lines of ``bench/events_stories_heldout.py`` for the row format
and ``/work/shared/DESIGN.md`` for the product), and graphbuild was not run on these texts.

What the set is: twelve invented stories (invented people, companies, towns, mines, ships and two
invented countries; real countries otherwise; no real events), each told by 3-4 outlets in their own
words as wire copy ("Headline", a blank line, then the body; 120-300 body words), published in 2025
within 0-6 days of each other; c1 and c7 also have a follow-up 4 weeks later with final figures.
Stories: c1 wildfire in Portugal's Serra da Almara (area burned, evacuations, homes; follow-up 4 weeks later); c2 floods in Malawi's Chiloma district (deaths, displaced, missing, farmland); c3 earthquake in Peru's Ancoyo province (deaths, injured, homes, homeless, epicentre); c4 rebel assault on Sarrak, Dorvania (losses by side, civilians, territory, people fleeing); c5 express train derailment near Valea Sorii, Romania (deaths, injured, carriages); c6 ferry KM Sinar Teras capsizes off eastern Indonesia (on board, rescued, missing, position); c7 methane blast at the Penas Negras coal mine, Colombia (dead, trapped, depth; follow-up 4 weeks later); c8 Halvorsen Energy buys Brightmoor Renewables (price, revenue, job cuts, land); c9 Belgian cartel fine on supermarket group Korvenhof (fines, overcharge, suppliers); c10 Nerevian refugees in Alsandor (arrivals, camp population, camp distance); c11 Hurricane Odalys hits Mexico's Gulf coast (position, evacuations, zone, deaths, damage); c12 cholera outbreak in Zambia's Nsonga district (cases, deaths, vaccine doses, appeal, distance).

DOCS: (doc_id, outlet, published "YYYY-MM-DD", text).
FIGURES: (figure_id, doc_id, figure text exactly as it occurs once in that article, what it counts).
SAME_QUANTITY: (figure_id_a, figure_id_b, "conflict" | "consistent").
NOT_CLAIMS: (doc_id, exact text) of numbers that are not claims but were put in as traps (ages, speeds,
storm categories, quake magnitudes).
TRAPS: (figure_id, kind, figure_id it could be confused with): figures of the same kind as a labelled
quantity that do NOT count the same thing (kinds: other side, other event, other place, subset, other
category, other count, other group, daily vs cumulative, increase, other distance, other area, other
money, grew weeks later). A trap pair is never in SAME_QUANTITY.

Labelling guideline. FIGURES lists every numeric claim about a count, an amount of money, an area or
a distance in every article (no headline carries a number); years, dates, times of day, durations,
percentages, ages and speeds are not claims. SAME_QUANTITY lists every pair of figures in different
articles of one story that count the same quantity (the same thing counted, the same side, the same
event and place, about the same time). "conflict": a careful analyst comparing the sources would flag
it - the figures cannot both be right, or one is far from the other even if both are bounds ("at
least 17" vs "nearly 40"; "12 km" vs "roughly 20 km"). "consistent": they agree given rounding,
qualifiers and units ("more than 900" vs "some 950"; "three miles" vs "about 5 km"; "about 1.9
billion euros" vs "$2.1 billion" at 2025 exchange rates; "nine" vs "9"). Pairs of figures that count
different things (the traps above: a subset, the other side, a daily figure against a cumulative one,
an increase, another event, a final figure weeks later) are not listed at all. Conflicts come both
from two speakers (a ministry against a governor, a hospital, an aid coalition, rebels or a union)
and from one speaker quoted differently by two outlets.

Counts: 12 stories, 40 articles, 259 figures, 66 conflict pairs, 65 consistent pairs, 66 trap figures, 22 non-claims.
"""

from __future__ import annotations

#: (doc_id, outlet, published ISO date, text) - text is "Headline\n\nBody"
DOCS: tuple[tuple[str, str, str, str], ...] = (
    # ---- c1: wildfire in Portugal's Serra da Almara (area burned, evacuations, homes; follow-up 4 weeks later) ----
    (
        "c1-a",
        "Iberia Wire",
        "2025-08-04",
        "Wildfire forces evacuation of villages in central Portugal\n\n"
        "CASTELO ALMARA, Portugal (Iberia Wire) - A wildfire that broke out on Saturday in the Serra "
        "da Almara hills of central Portugal had burned 12,000 hectares by Monday evening, the "
        "national civil protection agency said, as shifting winds drove the flames towards the small "
        "town of Vila Serrana.\n"
        "More than 900 firefighters were fighting the blaze, supported by 14 water-bombing aircraft, "
        "agency spokesman Rui Calvente told reporters in Castelo Almara. Gusts of up to 70 km/h were "
        "fanning the fire across dry pine and eucalyptus plantations.\n"
        "About 2,300 residents of eleven villages had been evacuated, Calvente said, and at least 40 "
        "homes had been destroyed. Three firefighters had been injured in all, among them a "
        "58-year-old volunteer from Castelo Almara who was treated for burns.\n"
        'The fire front was about 5 km from Vila Serrana late on Monday, according to the agency. "We '
        'are doing everything we can to keep the fire out of the town," Calvente said.\n'
        "The blaze is the largest in Portugal this summer. The government has asked for help under "
        "the European Union's civil protection mechanism, and police are investigating the cause.",
    ),
    (
        "c1-b",
        "Continental Report",
        "2025-08-05",
        "Satellite data suggest smaller area burned by Portugal fire\n\n"
        "LISBON (Continental Report) - The wildfire raging in Portugal's Serra da Almara had scorched "
        "about 8,000 hectares as of Monday night, according to an analysis of satellite images by the "
        "European Forest Fire Monitoring Service, a figure well below the estimate given by national "
        "authorities.\n"
        "The monitoring service said its mapping covered the whole perimeter visible on Monday and "
        "could be revised. Portugal's civil protection agency did not comment on the difference.\n"
        "Some 950 firefighters and a fleet of aircraft, including four water bombers sent by Spain, "
        "were fighting the flames on Tuesday. Agency spokesman Rui Calvente said more than 4,000 "
        "people had left their homes in a dozen villages around Vila Serrana, many of them spending "
        "the night in a sports hall in Castelo Almara.\n"
        "Officials said the fire front was three miles from the edge of Vila Serrana late on Monday. "
        "Seven firefighters had been hurt by Monday evening, the firefighters' union said.\n"
        "The fire started on Saturday afternoon near a forestry track. Local mayor Ana Teixo-Brandão "
        'said her municipality had lost "its forests, its summer pasture and many of its houses".',
    ),
    (
        "c1-c",
        "The Harbour Post",
        "2025-08-06",
        "Crews halt Almara fire's advance on Vila Serrana\n\n"
        "VILA SERRANA, Portugal (The Harbour Post) - Firefighters said on Wednesday they had stopped "
        "the Serra da Almara wildfire from reaching Vila Serrana after light rain overnight, although "
        "the flames consumed another 1,500 hectares on the fire's western flank.\n"
        "Before the overnight flare-up, the fire had burned nearly 30,000 acres of forest and scrub "
        "since Saturday, according to figures from the civil protection agency. Around 1,000 "
        "firefighters remain on the ground.\n"
        "The agency said 2,300 people had been moved out of their homes. Insurers' early assessments "
        "counted 31 houses destroyed, fewer than first feared, while farmers' groups said at least "
        "600 sheep and goats had died in the flames.\n"
        "The main north-south highway, 20 km south of the fire zone, reopened on Wednesday morning "
        "after being closed since Sunday.\n"
        '"The rain gave us a window, but the wind is forecast to pick up again on Friday," said '
        "regional commander Duarte Moniz-Lobo.",
    ),
    (
        "c1-d",
        "Iberia Wire",
        "2025-09-03",
        "Portugal approves aid for victims of Almara wildfire\n\n"
        "LISBON (Iberia Wire) - Portugal's government on Wednesday approved 45 million euros in aid "
        "for the towns and villages hit by last month's Serra da Almara wildfire, which burned 16,400 "
        "hectares before it was brought under control on August 9.\n"
        "The package includes grants of up to 60,000 euros for each family whose main home was "
        "destroyed, the cabinet said. According to the civil protection agency's final count, 52 "
        "homes were lost and 118 were damaged.\n"
        "Farmers will receive 9 million euros of the total to replace livestock, fencing and "
        "irrigation equipment, and the state forestry service will replant burned public land over "
        "the next decade.\n"
        "The cause of the fire is still under investigation. A 34-year-old man detained on suspicion "
        "of arson on August 12 was later released without charge.\n"
        "Environmental group Terra Viva said the area burned across Portugal this year had reached "
        "61,000 hectares, the most since 2017, and called for stricter rules on eucalyptus planting.",
    ),
    # ---- c2: floods in Malawi's Chiloma district (deaths, displaced, missing, farmland) ----
    (
        "c2-a",
        "Africa Newsline",
        "2025-03-10",
        "Floods kill villagers and swamp crops in southern Malawi\n\n"
        "BLANTYRE (Africa Newsline) - Floods caused by days of torrential rain have killed at least "
        "17 people in Malawi's southern Chiloma district, the national disaster management office "
        "said on Monday, after the Lunzi River burst its banks and swept through riverside villages "
        "on Sunday night.\n"
        "More than 45,000 people had been forced from their homes and were sheltering in 32 camps set "
        "up in schools and churches, the office's director, Grace Mvula-Banda, told a news "
        "conference. Some 20 people were missing.\n"
        "About 20,000 hectares of maize and rice fields were under water weeks before the harvest, "
        "she said, raising fears of food shortages later in the year. Among the dead was a 9-year-old "
        "boy who was swept away while crossing a footbridge.\n"
        "The road linking Chiloma to Blantyre, some 90 km to the north, was cut by landslides, and "
        "relief supplies were being brought in by boat and by army helicopter.\n"
        "Aid workers said the camps lacked clean water and latrines and warned of a risk of cholera.",
    ),
    (
        "c2-b",
        "Global Dispatch",
        "2025-03-11",
        "Malawi flood survivors crowd into camps as river keeps rising\n\n"
        "CHILOMA, Malawi (Global Dispatch) - Survivors of the floods that swept through Malawi's "
        "Chiloma district crowded into schools and churches on Tuesday as the Lunzi River kept "
        "rising, and relief officials warned that the camps were already full.\n"
        "The national disaster management office said on Monday that 18 people had died and about "
        "47,000 had been displaced. Police said at least 60 people were still missing after Sunday "
        "night's flood, many of them fishermen.\n"
        "The district has opened more than 30 camps, according to the office, but some families were "
        "sleeping in the open. In the village of Nkhoma Gate, residents said the water had arrived "
        'within minutes. "We lost everything," said farmer Yohane Chisiza, 47.\n'
        "In neighbouring Mpanje district, a landslide set off by the same rains buried six people on "
        "Sunday, local police said.\n"
        "The farmers' union estimated that 50,000 acres of cropland had been flooded. The government "
        "has declared a state of disaster in Chiloma and neighbouring districts.",
    ),
    (
        "c2-c",
        "The Morning Ledger",
        "2025-03-13",
        "UN says Malawi flood toll far higher than official count\n\n"
        "LILONGWE (The Morning Ledger) - The United Nations humanitarian office said on Thursday that "
        "nearly 40 people had been killed by the floods in southern Malawi, more than double the "
        "government's count, and that some 90,000 people had been displaced as of Monday.\n"
        "The office said its figures came from village-level assessments by aid groups in Chiloma "
        "district, where the Lunzi River burst its banks on Sunday night. Government officials said "
        "they stood by their own numbers.\n"
        "A further 1,200 people arrived at camps on Wednesday alone, the office said, as the water "
        "rose again in low-lying areas. Some 200 square kilometres of farmland were under water.\n"
        "The government has launched an appeal for $18 million to pay for food, shelter and clean "
        "water. A regional emergency fund released $5 million on Wednesday.\n"
        "The largest camp, at Nsaru, lies 15 km from the river and holds more than 6,000 people, many "
        "of them sleeping on classroom floors.",
    ),
    # ---- c3: earthquake in Peru's Ancoyo province (deaths, injured, homes, homeless, epicentre) ----
    (
        "c3-a",
        "Andes Wire",
        "2025-06-17",
        "Strong earthquake strikes Peru's southern highlands\n\n"
        "LIMA (Andes Wire) - A magnitude 6.4 earthquake struck Peru's southern highlands early on "
        "Monday, killing at least 34 people and injuring more than 200, the National Civil Defence "
        "Institute said.\n"
        "The quake hit before dawn, when most people were asleep. Its epicentre was 35 km southwest "
        "of the town of Quilca in Ancoyo province, at a depth of 10 km, the Geophysical Institute "
        "said.\n"
        "At least 480 homes collapsed, most of them built of adobe, and 2,100 more were damaged, "
        "civil defence officials said. The regional hospital in Quilca treated 160 injured people "
        "overnight, its director said.\n"
        "Rescue teams from Lima and Arequipa were flown in aboard four air force planes. Landslides "
        "blocked the main road into the area at several points, slowing the delivery of tents and "
        "blankets.\n"
        "The government declared a state of emergency in the affected provinces and said it would "
        "send engineers to check schools and health posts before classes resume.",
    ),
    (
        "c3-b",
        "Pacific Herald",
        "2025-06-17",
        "Rescuers dig through adobe rubble after Peru quake\n\n"
        "QUILCA, Peru (Pacific Herald) - Rescuers dug by hand through the rubble of adobe houses in "
        "the Peruvian town of Quilca on Tuesday after a powerful earthquake killed 36 people, "
        "according to the National Civil Defence Institute.\n"
        "The quake, which the U.S. Geological Survey measured at magnitude 6.2, was centred about 22 "
        "miles from Quilca, the institute said. Civil defence officials said 240 people had been "
        "injured and nearly 500 houses had collapsed.\n"
        "The regional governor, Hilda Quispe-Roca, gave a far higher toll of 61 dead, saying many "
        "bodies had been recovered in remote hamlets that national teams had not yet reached. Her "
        "office said about 9,000 people had been left homeless.\n"
        "An aftershock of magnitude 5.1 on Tuesday afternoon brought down a church tower in the "
        "neighbouring town of Chupa, killing two people.\n"
        "Mining company Andora Minerals said it had suspended operations at its copper mine 40 km "
        "east of the epicentre as a precaution while engineers inspected a tailings dam.",
    ),
    (
        "c3-c",
        "Latin Monitor",
        "2025-06-19",
        "Homeless survivors of Peru quake face freezing nights\n\n"
        "QUILCA, Peru (Latin Monitor) - Survivors of Monday's earthquake in Peru's southern highlands "
        "spent another night in the open on Wednesday as temperatures dropped below freezing, aid "
        "agencies said.\n"
        "The Peruvian Red Cross said some 4,000 people were without shelter in Ancoyo province, less "
        "than half the number given by the regional government. Civil defence officials said the "
        "quake had injured about 250 people, 31 of them children.\n"
        "The health ministry said 11 people had now died in hospitals after being pulled from the "
        "rubble, two more than on Tuesday.\n"
        "Rescuers pulled a 70-year-old woman alive from the ruins of her house in the hamlet of "
        "Sallca on Tuesday evening, to applause from neighbours who had dug alongside them for hours.\n"
        "The government said it would send 3,000 tents to the area by Friday. Andora Minerals pledged "
        "2 million soles, about $550,000, for reconstruction.",
    ),
    # ---- c4: rebel assault on Sarrak, Dorvania (losses by side, civilians, territory, people fleeing) ----
    (
        "c4-a",
        "Frontline Wire",
        "2025-02-09",
        "Dorvanian army says it repelled rebel assault on Sarrak\n\n"
        "VESKA, Dorvania (Frontline Wire) - Dorvania's army said on Sunday it had repelled a two-day "
        "rebel assault on the eastern town of Sarrak, killing 120 fighters of the Eastern Highlands "
        "Front, while 15 soldiers were killed.\n"
        "Army spokesman Colonel Ilya Brannok told reporters in the capital, Veska, that the rebels "
        "had attacked from several directions before dawn on Saturday, using drones and artillery. "
        '"The enemy suffered heavy losses and was pushed back," he said.\n'
        "At least 22 civilians were killed by rebel shelling of Sarrak's market and residential "
        "districts, Brannok said. The town's hospital said it had treated 140 wounded since Saturday.\n"
        "The Front, which has been fighting for autonomy for the eastern highlands since 2019, said "
        "in a statement that it had captured 300 square kilometres of territory around the town, "
        "including villages on the main supply road.\n"
        "Sarrak lies about 40 km west of Dunmor, the rebels' main stronghold. Neither side's claims "
        "could be independently verified.",
    ),
    (
        "c4-b",
        "Meridian News",
        "2025-02-10",
        "Rebels claim gains around Sarrak as residents flee\n\n"
        "DUNMOR, Dorvania (Meridian News) - Rebels of the Eastern Highlands Front said on Monday they "
        "had seized about 120 square miles of territory around the government-held town of Sarrak in "
        "a weekend offensive, and that 70 government soldiers had been killed.\n"
        "Front spokesman Arsen Velko said in a video statement that 9 of its fighters had died in the "
        "fighting, and dismissed army claims of heavy rebel losses as propaganda.\n"
        "Sarrak, 25 miles west of Dunmor, was shelled again on Monday, residents said. The town's "
        "main hospital said 26 civilians had been killed since Saturday and that it had treated "
        "around 150 wounded people.\n"
        'The Defence Ministry said the army held all its positions and that the rebels had gained "no '
        'more than 50 square kilometres of empty hillside".\n'
        "About 8,000 residents had fled Sarrak since Saturday, according to a local aid group, most "
        "of them heading for the capital, Veska, 180 km to the west.",
    ),
    (
        "c4-c",
        "Northern Chronicle",
        "2025-02-11",
        "Aid agencies say civilians are fleeing fighting in eastern Dorvania\n\n"
        "GENEVA (Northern Chronicle) - More than 20,000 people have fled the fighting around the "
        "eastern Dorvanian town of Sarrak since Saturday, a coalition of aid agencies said on "
        "Tuesday, warning that shelters in the capital, Veska, were overwhelmed.\n"
        "On Tuesday alone, some 3,500 people crossed the river bridge out of the town, the coalition "
        "said. Citing hospital staff, it said at least 58 civilians had been killed in Sarrak between "
        "Saturday and Monday, 8 of them children.\n"
        "Dorvania's army said on Tuesday that a further 40 rebels had been killed in air strikes near "
        "the village of Tosk, 60 km north of Sarrak. The Front said the strikes had killed 12 "
        "civilians in Tosk.\n"
        "The army has said it lost 15 soldiers in the weekend battle; the Front puts the figure at "
        "more than 60. The fighting is the heaviest since a ceasefire collapsed in 2023, and "
        "diplomats in Veska said mediators were trying to arrange talks.",
    ),
    # ---- c5: express train derailment near Valea Sorii, Romania (deaths, injured, carriages) ----
    (
        "c5-a",
        "Danube Wire",
        "2025-10-05",
        "Overnight express derails in central Romania\n\n"
        "BRASOV, Romania (Danube Wire) - An overnight express train derailed in a mountain valley in "
        "central Romania late on Saturday, killing 11 people and injuring 47 others, the interior "
        "ministry said on Sunday.\n"
        "Six carriages left the tracks on a curve near the village of Valea Sorii, about 30 km south "
        "of Brasov, the ministry said. The train was carrying 412 passengers from Bucharest to "
        "Oradea.\n"
        "Investigators were examining whether the train had been travelling too fast. The speed limit "
        "on the curve is 60 km/h; a railway union official said the train had been doing 95 km/h when "
        "it entered the bend.\n"
        "Among the dead was the train's 52-year-old assistant driver. Twelve of the injured were in a "
        "serious condition, hospital officials said.\n"
        "The state rail operator said the line would remain closed while investigators examined the "
        "track and the wreckage, and that passengers would be carried by bus between Brasov and "
        "Sibiu.",
    ),
    (
        "c5-b",
        "Capital Times",
        "2025-10-05",
        "Romanian derailment toll disputed as rescuers search wreckage\n\n"
        "VALEA SORII, Romania (Capital Times) - Rescuers cut through the wreckage of an express train "
        "in central Romania on Sunday after a derailment that killed 19 people, according to the "
        "county emergency inspectorate, which said more bodies might be found.\n"
        "Four carriages came off the rails on a tight curve about 19 miles from Brasov, the "
        "inspectorate said. Nearly 50 people were taken to hospitals in Brasov and Sibiu. The train "
        "had some 400 passengers on board, the rail operator said.\n"
        'Survivors described being thrown around the carriages in the dark. "Everything went sideways '
        'and then the lights went out," said Mihai Doran, a student travelling home to Oradea.\n'
        "The transport ministry said the line, a key route between the capital and the north-west, "
        "had been modernised in 2019 at a cost of 140 million euros. Investigators recovered the "
        "train's data recorder on Sunday morning.",
    ),
    (
        "c5-c",
        "Balkan Observer",
        "2025-10-07",
        "Romanian rail chief resigns after deadly derailment\n\n"
        "BUCHAREST (Balkan Observer) - The head of Romania's state rail operator resigned on Tuesday "
        "after an express train derailed near the village of Valea Sorii at the weekend, killing at "
        "least 11 people.\n"
        "The government said it would pay 20,000 lei to the family of each person killed and 5,000 "
        "lei to each injured passenger. Prosecutors have opened a manslaughter investigation, and 31 "
        "people remain in hospital.\n"
        "A preliminary report by the railway safety agency found that the train entered the curve at "
        "more than 90 km/h and that a speed-restriction sign was missing. The agency said six "
        "carriages had derailed.\n"
        "Rail unions said there had been 27 derailments on the Romanian network last year and that "
        "maintenance budgets had been cut by 300 million lei since 2020. The line reopened to freight "
        "traffic on Tuesday.",
    ),
    # ---- c6: ferry KM Sinar Teras capsizes off eastern Indonesia (on board, rescued, missing, position) ----
    (
        "c6-a",
        "Asia Pacific Wire",
        "2025-01-20",
        "Ferry capsizes in rough seas off eastern Indonesia\n\n"
        "AMBON, Indonesia (Asia Pacific Wire) - A passenger ferry capsized in rough seas off eastern "
        "Indonesia on Sunday, and about 50 people were missing, the national search and rescue agency "
        "said on Monday.\n"
        "The KM Sinar Teras was carrying 201 people, 187 passengers and 14 crew, when it overturned "
        "about 12 nautical miles off the island of Teras, agency official Budi Harsono-Lim said. "
        "Rescuers had pulled 139 people from the water alive and recovered 9 bodies.\n"
        "The ferry's manifest listed only 150 passengers, Harsono-Lim said, but survivors said many "
        "more had boarded without tickets at the last minute.\n"
        "High waves were hampering the search, which involved navy ships, fishing boats and a "
        "helicopter. The ferry was sailing from Teras to the provincial capital, Ambon, when its "
        "engine failed and it was turned broadside to the swell.",
    ),
    (
        "c6-b",
        "Southeast Asia Today",
        "2025-01-20",
        "Survivors describe panic as Indonesian ferry overturned\n\n"
        "JAKARTA (Southeast Asia Today) - Survivors of a ferry that capsized off eastern Indonesia on "
        "Sunday described passengers fighting over too few life jackets as the vessel listed in heavy "
        "swells.\n"
        "The KM Sinar Teras had more than 200 people on board, the transport ministry said, far above "
        "its licensed capacity of 120 passengers.\n"
        "The search and rescue agency said 139 survivors had been found and nine bodies recovered. "
        "Local police gave a bleaker picture, saying only 96 people had been rescued and more than 90 "
        "were unaccounted for.\n"
        "The ferry sank some 14 miles off Teras island, on a route of about 60 km between Teras and "
        "Ambon.\n"
        "The transport ministry said the ferry's owner, PT Samudra Teras, had been fined 250 million "
        "rupiah in 2023 for overloading. Relatives waited at Ambon port on Monday for news of the "
        "missing.",
    ),
    (
        "c6-c",
        "Island Times",
        "2025-01-23",
        "Hopes fade for missing as Indonesia ferry search widens\n\n"
        "TERAS, Indonesia (Island Times) - Rescuers searching for survivors of the ferry KM Sinar "
        "Teras said on Wednesday that hopes of finding anyone alive were fading, three days after the "
        "vessel capsized off eastern Indonesia.\n"
        "Divers recovered six more bodies on Wednesday, the search and rescue agency said, but many "
        "people remain unaccounted for. The agency said the ferry had about 200 people aboard and "
        "went down about 40 km off Teras, farther out than first reported.\n"
        "The captain, a 47-year-old man who survived, was arrested on suspicion of negligence, police "
        "said.\n"
        "The provincial government promised 15 million rupiah to the family of each victim. The "
        "search zone has been widened to 1,500 square kilometres, the agency said, and more navy "
        "ships have joined the search.\n"
        "Families of the missing have criticised the pace of the operation, saying fishermen found "
        "some of the survivors hours before the first navy ships arrived.",
    ),
    # ---- c7: methane blast at the Penas Negras coal mine, Colombia (dead, trapped, depth; follow-up 4 weeks later) ----
    (
        "c7-a",
        "Southern Cross Wire",
        "2025-05-12",
        "Methane blast traps miners in Colombian coal mine\n\n"
        "TUNJA, Colombia (Southern Cross Wire) - A methane explosion tore through a coal mine in "
        "central Colombia on Monday, killing 9 miners and trapping 14 others underground, the "
        "national mining agency said.\n"
        "The blast happened about 600 metres below the surface at the Peñas Negras mine near the town "
        "of San Rufino, the agency said. Rescuers had brought 21 miners to the surface alive, "
        "including five with serious burns. There were 44 workers on the shift when the gas ignited.\n"
        "The mine was ordered to suspend work last year over ventilation problems and was fined 180 "
        "million pesos in 2024, agency records show.\n"
        "Relatives gathered at the mine gate as rescue teams from neighbouring departments arrived "
        "with breathing equipment. The owner, Carbones del Altiplano, said it was cooperating with "
        "the authorities.",
    ),
    (
        "c7-b",
        "The Andes Observer",
        "2025-05-13",
        "Rescuers race to reach miners trapped in Colombia\n\n"
        "SAN RUFINO, Colombia (The Andes Observer) - Rescue teams worked through the night to reach "
        "miners trapped by a gas explosion at the Peñas Negras coal mine in central Colombia, where "
        "12 workers were killed on Monday, the department's governor said on Monday night.\n"
        "Governor Lucía Farfán-Ospina said 17 miners were still trapped about 800 metres underground "
        "and that rescuers were pumping fresh air into the galleries. Twenty-one men had been "
        "rescued, she said.\n"
        "The mine, which employs some 300 people, is one of the largest in the region. Miners' union "
        "leader Ernesto Bayona said workers had complained for months about faulty gas detectors.\n"
        '"They sent us down knowing the sensors did not work," said one miner who was on the surface '
        "when the blast happened. Carbones del Altiplano did not respond to requests for comment.",
    ),
    (
        "c7-c",
        "Mining Journal Daily",
        "2025-05-13",
        "Colombia orders coal mine inspections after deadly blast\n\n"
        "BOGOTA (Mining Journal Daily) - Colombia's mines ministry on Tuesday ordered safety "
        "inspections at more than 120 underground coal mines after Monday's explosion at the Peñas "
        "Negras mine, which killed nine miners according to the national mining agency.\n"
        "A further 14 miners were still unaccounted for at a depth of roughly 2,000 feet, the agency "
        "said, and rescuers were clearing a collapsed gallery to reach them.\n"
        "Inspectors will check gas detectors and ventilation systems, the ministry said. Last year it "
        "collected 4.2 billion pesos in fines from coal mines, most of them small operations in the "
        "central highlands.\n"
        "Colombia produces most of its coal in open-pit mines in the north, but many people work in "
        "small underground mines in Boyacá and Cundinamarca, where explosions of methane and coal "
        "dust are a recurring hazard.",
    ),
    (
        "c7-d",
        "Southern Cross Wire",
        "2025-06-10",
        "Colombian prosecutors charge managers over Peñas Negras blast\n\n"
        "TUNJA, Colombia (Southern Cross Wire) - Colombian prosecutors on Tuesday charged three "
        "managers of the Peñas Negras coal mine with negligent homicide over the methane explosion in "
        "May that killed 23 miners.\n"
        "Investigators found that gas sensors in the gallery where the blast occurred had been "
        "switched off for weeks before the explosion, the attorney general's office said. The bodies "
        "of the last trapped miners were recovered four days after the blast.\n"
        "The national mining agency fined the owner, Carbones del Altiplano, 2.5 billion pesos, the "
        "largest penalty it has imposed on a coal miner, and suspended its licence for the mine.\n"
        "Families of the victims, the youngest of whom was 17, said the charges were a first step. "
        '"Our sons went down to work, not to die," said Marleny Suárez, whose son was killed in the '
        "blast. The company said it would contest the fine.",
    ),
    # ---- c8: Halvorsen Energy buys Brightmoor Renewables (price, revenue, job cuts, land) ----
    (
        "c8-a",
        "Markets Wire",
        "2025-04-07",
        "Halvorsen Energy agrees to buy Brightmoor Renewables\n\n"
        "OSLO (Markets Wire) - Norwegian utility Halvorsen Energy agreed on Monday to buy U.S. wind "
        "and solar developer Brightmoor Renewables for $2.1 billion in cash, the companies said, in a "
        "deal that would double Halvorsen's presence in North America.\n"
        "Halvorsen will pay $41.50 a share, a 28 percent premium to Brightmoor's closing price on "
        "Friday. Denver-based Brightmoor had revenue of $640 million last year and owns or leases "
        "about 45,000 acres of land for wind and solar projects across the Midwest.\n"
        "Halvorsen chief executive Kari Lindholm-Aas said the combined group would cut about 800 "
        "jobs, mostly in overlapping administrative functions, and expected annual cost savings of "
        "$150 million by 2027.\n"
        "Brightmoor would pay Halvorsen a break-up fee of $60 million if it walked away from the "
        "agreement. The transaction, which needs approval from U.S. regulators and Brightmoor "
        "shareholders, is expected to close by the end of the year.",
    ),
    (
        "c8-b",
        "Financial Courier",
        "2025-04-08",
        "Investors question price of Halvorsen's Brightmoor deal\n\n"
        "NEW YORK (Financial Courier) - Shares in Halvorsen Energy fell 6 percent in Oslo on Tuesday "
        "after the Norwegian utility agreed to buy Brightmoor Renewables in a deal that people "
        "familiar with the terms said was worth $1.4 billion.\n"
        "Halvorsen offered $41.5 a share in cash for the Denver-based developer, whose revenue fell "
        "to $590 million last year as higher interest rates delayed several projects. Brightmoor "
        "holds rights to roughly 18,000 hectares of land in the U.S. Midwest.\n"
        "A union representing Brightmoor employees said up to 1,500 jobs could be lost, nearly double "
        "the number given by Halvorsen's management. Analysts said the utility, with a market value "
        "of about $9 billion, was taking on considerable risk.\n"
        '"The price looks full for a business whose order book has been shrinking," said one fund '
        "manager who holds Halvorsen shares and asked not to be named.",
    ),
    (
        "c8-c",
        "Nordic Business Review",
        "2025-04-08",
        "Halvorsen makes biggest foreign bet with Brightmoor purchase\n\n"
        "STAVANGER, Norway (Nordic Business Review) - Halvorsen Energy's purchase of Brightmoor "
        "Renewables, valued at about 1.9 billion euros, is the largest foreign acquisition in the "
        "Norwegian utility's history, analysts said on Tuesday.\n"
        "The deal gives Halvorsen a pipeline of wind and solar projects in the U.S. Midwest at a time "
        "when several European rivals are retreating from the American market. Halvorsen said it "
        "would cut 800 positions after the takeover.\n"
        "Halvorsen, which had revenue of 8.3 billion euros last year, will finance the purchase with "
        "cash and a new bond of 1 billion euros. Brightmoor will owe a termination fee of about 55 "
        "million euros if it accepts a rival offer.\n"
        "Analysts at Fjord Securities said the price was fair given Brightmoor's pipeline but warned "
        "that U.S. policy on renewable subsidies remained uncertain.",
    ),
    # ---- c9: Belgian cartel fine on supermarket group Korvenhof (fines, overcharge, suppliers) ----
    (
        "c9-a",
        "Benelux Wire",
        "2025-09-16",
        "Belgian regulator fines supermarket group Korvenhof over price collusion\n\n"
        "BRUSSELS (Benelux Wire) - Belgium's competition authority on Tuesday fined supermarket group "
        "Korvenhof 420 million euros for coordinating shelf prices with three suppliers, the largest "
        "penalty it has ever imposed.\n"
        "The authority said Korvenhof and the suppliers had exchanged price information for years, "
        "overcharging shoppers by an estimated 1.1 billion euros. Supplier Marrow Foods was fined 35 "
        "million euros, and the other suppliers received reduced fines after cooperating with the "
        "investigation.\n"
        "Korvenhof, which runs more than 600 stores in Belgium and Luxembourg and had sales of 14 "
        "billion euros last year, said it disagreed with the decision and would appeal.\n"
        "The authority's president, Hélène Dubosq, said the case had begun with raids on 14 sites in "
        '2022. "Families paid more for coffee, pasta and nappies than they should have," she told '
        "reporters.",
    ),
    (
        "c9-b",
        "EuroMarkets Daily",
        "2025-09-16",
        "Korvenhof to appeal record Belgian cartel penalty\n\n"
        "ANTWERP (EuroMarkets Daily) - Belgian supermarket operator Korvenhof said on Tuesday it "
        "would appeal a record 240 million euro fine imposed by the country's competition authority, "
        "which found that it had colluded with four food suppliers to keep prices high.\n"
        "According to the authority, the scheme cost consumers roughly €1.1 billion. Marrow Foods, "
        "one of the suppliers, was fined €53 million. The authority said Korvenhof's own penalty had "
        "been cut by €60 million because it had handed over internal emails.\n"
        "Korvenhof, which operates 640 stores, said the authority had misunderstood normal "
        'negotiations between a retailer and its suppliers. "We have always competed hard on price," '
        "a spokeswoman said.\n"
        "Consumer groups welcomed the decision and said they were studying whether shoppers could "
        "claim compensation. The case is the first cartel decision against a Belgian grocer since "
        "2015.",
    ),
    (
        "c9-c",
        "Shelf & Market",
        "2025-09-18",
        "Korvenhof shares slide as cartel fine raises compensation fears\n\n"
        "BRUSSELS (Shelf & Market) - Shares in Korvenhof fell 4 percent on Thursday as investors "
        "weighed the cost of claims from shoppers after Belgium's competition authority imposed a "
        "penalty of 420 million euros on the supermarket group this week.\n"
        "Analysts at Brandt & Colle estimated that compensating shoppers could cost the group 300 "
        "million euros more if consumer groups won class actions. The group's bonds were little "
        "changed.\n"
        "Consumer association Koopwijzer said its own study showed that shoppers had been overcharged "
        "by at least 2 billion euros, almost twice the authority's estimate, and urged customers to "
        "keep their receipts.\n"
        "Korvenhof, which employs 38,000 people in Belgium and Luxembourg, has said it will appeal. A "
        "ruling from the Brussels market court is not expected before 2027.",
    ),
    # ---- c10: Nerevian refugees in Alsandor (arrivals, camp population, camp distance) ----
    (
        "c10-a",
        "Global Dispatch",
        "2025-07-22",
        "Refugees pour into Alsandor as fighting spreads in northern Nerevia\n\n"
        "KOVAL, Alsandor (Global Dispatch) - More than 60,000 refugees have crossed from northern "
        "Nerevia into neighbouring Alsandor since fighting between government forces and militias "
        "escalated in early July, the UN refugee agency said on Tuesday.\n"
        "About 4,500 people arrived at the Koval crossing on Monday alone, the agency said. Most were "
        "women and children who had walked for days through the hills. Alsandor's government said it "
        "had registered 62,000 new arrivals.\n"
        "The main transit camp at Tessa, 12 km from the border, was built for 10,000 people but now "
        "holds about 27,000, the agency said. Water is trucked in daily and queues for food last for "
        "hours.\n"
        "The agency appealed for $45 million to provide shelter, water and health care until the end "
        "of the year.",
    ),
    (
        "c10-b",
        "Meridian News",
        "2025-07-23",
        "Alsandor disputes refugee estimates, asks donors for help\n\n"
        "ALSANDOR CITY (Meridian News) - Alsandor's interior ministry said on Wednesday that around "
        "35,000 Nerevian refugees had entered the country since fighting escalated in early July, "
        "disputing higher estimates from aid agencies.\n"
        "The ministry said the Tessa transit camp, about 7 miles from the border, was sheltering "
        "26,500 people, and that a second camp would open next week near the town of Orsk, 90 km "
        "further south.\n"
        "Border officials counted 3,900 arrivals on Tuesday, the ministry said. Alsandor has asked "
        "donors for $120 million over the next six months to cope with the influx, saying its own "
        "budget was stretched.\n"
        'Interior minister Pavel Oreske said the country would keep its border open. "These are our '
        'neighbours, and many of them have family here," he said at the Koval crossing.',
    ),
    (
        "c10-c",
        "Northern Chronicle",
        "2025-07-24",
        "Aid groups warn of disease risk in crowded Alsandor camp\n\n"
        "TESSA, Alsandor (Northern Chronicle) - Aid groups warned on Thursday of a risk of cholera "
        "and measles outbreaks at the Tessa transit camp in Alsandor, where some 40,000 refugees from "
        "Nerevia are now living in tents and makeshift shelters.\n"
        "The camp, roughly 20 km from the Nerevian border, has 150 latrines, about a third of the "
        "number needed, a medical charity said. Its staff treated a 4-year-old girl for severe "
        "dehydration on Wednesday.\n"
        "The UN refugee agency said nearly 65,000 people had fled into Alsandor since the start of "
        "July. Its $45 million appeal was only 18 percent funded, the agency said.\n"
        "Alsandor's government has rejected calls to move refugees to camps further from the border, "
        "saying it lacks the land and the money. The first flights of tents and water tanks from "
        "donor countries landed in Alsandor City on Thursday.",
    ),
    # ---- c11: Hurricane Odalys hits Mexico's Gulf coast (position, evacuations, zone, deaths, damage) ----
    (
        "c11-a",
        "Gulf Coast Wire",
        "2025-09-24",
        "Hurricane Odalys strengthens as it nears Mexico's Gulf coast\n\n"
        "VERACRUZ, Mexico (Gulf Coast Wire) - Hurricane Odalys strengthened into a Category 3 storm "
        "on Wednesday as it churned towards Mexico's Gulf coast, with maximum sustained winds of 120 "
        "mph, the U.S. National Hurricane Center said.\n"
        "At 6 a.m. local time the centre of the storm was about 300 km east of the port of Puerto "
        "Celaya and moving west at 15 km/h, forecasters said. Hurricane-force winds extended up to 65 "
        "km from the centre.\n"
        "Mexican authorities ordered the evacuation of coastal communities within 20 km of the shore "
        "in Tamaulipas and Veracruz states and said about 85,000 people had moved to 540 shelters. "
        "The civil protection agency said it had stockpiled food and water for 200,000 people.\n"
        "Odalys is expected to make landfall late on Thursday. Forecasters warned of a storm surge "
        "and of heavy rain that could cause flash floods and landslides in the Sierra Madre "
        "foothills.",
    ),
    (
        "c11-b",
        "Capital Times",
        "2025-09-24",
        "Mexico evacuates Gulf coast as Odalys bears down\n\n"
        "MEXICO CITY (Capital Times) - Mexico moved people away from its Gulf coast on Wednesday "
        "ahead of Hurricane Odalys, which forecasters said could make landfall near the port of "
        "Puerto Celaya late on Thursday.\n"
        "The storm was about 190 miles east of Puerto Celaya early on Wednesday, the U.S. National "
        "Hurricane Center said, with winds of 195 km/h.\n"
        "Civil protection chief Rodrigo Almazán-Peña said more than 120,000 people had been evacuated "
        "from low-lying areas up to 12 miles inland. Oil company Petrolera del Golfo said it had "
        "taken 1,400 workers off 18 offshore platforms.\n"
        "Schools were closed in 60 municipalities, and the federal government sent soldiers to help "
        "with evacuations and to guard empty homes against looting.\n"
        'Fishermen in Puerto Celaya hauled their boats inland and boarded up their homes. "We have '
        'seen storms before, but not one this strong," said one.',
    ),
    (
        "c11-c",
        "Coastal Herald",
        "2025-09-26",
        "Odalys batters Mexican coast, floods towns\n\n"
        "PUERTO CELAYA, Mexico (Coastal Herald) - Hurricane Odalys slammed into Mexico's Gulf coast "
        "late on Thursday, killing at least seven people, flooding towns and leaving some 400,000 "
        "homes without power, federal civil protection officials said on Friday.\n"
        "The storm made landfall about 30 km north of Puerto Celaya. On Wednesday, authorities had "
        "evacuated nearly 90,000 residents from a coastal band 50 km deep, a measure officials "
        "credited with keeping the toll low.\n"
        "Among the dead was a 71-year-old fisherman who had refused to leave his boat. The Veracruz "
        "state government estimated damage at 8 billion pesos, or about $440 million.\n"
        "Odalys weakened rapidly over land and was downgraded to a tropical storm on Friday morning, "
        "but forecasters warned that rain would keep rivers rising through the weekend.",
    ),
    (
        "c11-d",
        "Gulf Coast Wire",
        "2025-09-27",
        "Odalys death toll disputed as Mexico counts damage\n\n"
        "VERACRUZ, Mexico (Gulf Coast Wire) - A coalition of local emergency services in Tamaulipas "
        "and Veracruz said on Friday that Hurricane Odalys had killed at least 15 people, more than "
        "double the toll given by federal civil protection officials hours earlier.\n"
        "The coalition said many of the dead had been swept away by flash floods in inland villages "
        "that federal teams had not yet reached. Federal officials said they would review the "
        "figures.\n"
        "Insurers estimated insured losses at $180 million, while the Veracruz state government put "
        "total damage at about 8 billion pesos. Federal officials said 2,300 homes had been flooded "
        "in Puerto Celaya alone.\n"
        "Some 6,000 people remained in shelters on Friday night, and the army was distributing water "
        "in towns where supplies had been cut. Electricity was being restored street by street.",
    ),
    # ---- c12: cholera outbreak in Zambia's Nsonga district (cases, deaths, vaccine doses, appeal, distance) ----
    (
        "c12-a",
        "Africa Newsline",
        "2025-02-03",
        "Cholera outbreak spreads in western Zambia\n\n"
        "LUSAKA (Africa Newsline) - A cholera outbreak in western Zambia has infected 1,240 people "
        "and caused 37 deaths since early January, the health ministry said on Monday, as the disease "
        "spread from fishing camps on the Nsonga River to the district's main town.\n"
        "The ministry recorded 86 new cases on Sunday, the highest daily count so far. Laboratory "
        "tests have confirmed 212 of the cases; the rest were identified from symptoms.\n"
        "The ministry said 150,000 doses of oral cholera vaccine were due to arrive this week from a "
        "global stockpile and that it had opened 9 treatment centres in Nsonga district. Health "
        "workers were going door to door to hand out soap and water purification tablets.\n"
        "The World Health Organization said the outbreak posed a high risk of spreading to "
        "neighbouring Angola along trade routes. Nsonga town lies about 120 km from the border.",
    ),
    (
        "c12-b",
        "Global Health Bulletin",
        "2025-02-04",
        "Zambia cholera deaths higher than reported, doctors say\n\n"
        "NSONGA, Zambia (Global Health Bulletin) - Doctors in western Zambia say the cholera outbreak "
        "in Nsonga district has killed at least 70 people, nearly twice the official toll, because "
        "many deaths in remote fishing camps have not been recorded.\n"
        "The health ministry's latest figures show about 1,250 cases since the start of January. \"We "
        'are seeing 80 to 90 new patients a day," said a doctor at the district hospital, which has '
        "60 beds and has put up tents in its car park.\n"
        "The ministry has asked donors for $4.5 million to fight the outbreak. A UN children's agency "
        "said it had delivered 2 million water purification tablets to the district.\n"
        "Fishermen who move between camps along the river are thought to have spread the disease, and "
        "the district has banned fish markets until further notice.",
    ),
    (
        "c12-c",
        "Continental Report",
        "2025-02-05",
        "Zambia begins cholera vaccination as outbreak spreads\n\n"
        "NSONGA, Zambia (Continental Report) - Health workers began vaccinating residents of Zambia's "
        "Nsonga district against cholera on Wednesday after a shipment of oral vaccine arrived from a "
        "global stockpile.\n"
        "The shipment contained 100,000 doses, a district health official said, enough to protect the "
        "fishing camps and the district's main town but not the surrounding villages.\n"
        "Officials said the health ministry's appeal for $2.5 million had so far raised $900,000, "
        "most of it from foreign governments.\n"
        "Nsonga, some 75 miles from the Angolan border, is a busy trading hub for dried fish and "
        "maize. Cases have also been reported in the neighbouring district of Mutanda, where 14 "
        "people have fallen ill.\n"
        "Doctors said the vaccine would not stop the outbreak on its own without clean water and "
        "latrines, and urged families to boil drinking water.",
    ),
    (
        "c12-d",
        "The Harbour Post",
        "2025-02-04",
        "WHO warns Zambia cholera could spread to Angola\n\n"
        "GENEVA (The Harbour Post) - The World Health Organization warned on Tuesday that a cholera "
        "outbreak in western Zambia could cross into Angola, saying the affected district of Nsonga "
        "lay about 190 km from the border on a busy trade route.\n"
        "Zambia's health ministry has recorded more than 1,200 cases and 37 people have died, the "
        "organisation said, citing national figures. It said 150,000 doses of vaccine had been "
        "approved for shipment and that Zambia had appealed for $4.5 million.\n"
        "A previous outbreak in the same district in 2023 killed 11 people before it was brought "
        "under control. The organisation said poor sanitation in fishing camps, where families share "
        "wells, made the disease hard to contain.\n"
        "A 6-year-old boy was among the latest to die, local media reported.",
    ),
)

#: (figure_id, doc_id, exact figure text occurring once in the article, what it counts)
FIGURES: tuple[tuple[str, str, str, str], ...] = (
    (
        "c1-a:area",
        "c1-a",
        "12,000 hectares",
        "area burned by the Almara fire from 2 Aug to Monday 4 Aug evening (civil protection agency)",
    ),
    ("c1-a:ff", "c1-a", "More than 900 firefighters", "firefighters deployed on the Almara fire, 4 Aug"),
    (
        "c1-a:aircraft",
        "c1-a",
        "14 water-bombing aircraft",
        "water-bombing aircraft deployed on the fire, all origins, 4 Aug",
    ),
    (
        "c1-a:evac",
        "c1-a",
        "About 2,300 residents",
        "people evacuated from villages around the fire, as of 4 Aug (agency, Calvente)",
    ),
    ("c1-a:villages", "c1-a", "eleven villages", "villages evacuated, as of 4 Aug"),
    ("c1-a:homes", "c1-a", "at least 40 homes", "homes destroyed by the fire, as of 4 Aug (agency)"),
    ("c1-a:injured", "c1-a", "Three firefighters", "firefighters injured by Monday 4 Aug (agency)"),
    ("c1-a:front", "c1-a", "about 5 km", "distance from the fire front to Vila Serrana, Monday 4 Aug night"),
    (
        "c1-b:area",
        "c1-b",
        "about 8,000 hectares",
        "area burned by the Almara fire as of Monday 4 Aug night (satellite monitoring service)",
    ),
    ("c1-b:ff", "c1-b", "Some 950 firefighters", "firefighters deployed on the Almara fire, 5 Aug"),
    (
        "c1-b:spain",
        "c1-b",
        "four water bombers",
        "water bombers sent by Spain (a subset of the aircraft on the fire)",
    ),
    (
        "c1-b:evac",
        "c1-b",
        "more than 4,000 people",
        "people evacuated from villages around the fire, as of 4-5 Aug (agency, Calvente)",
    ),
    ("c1-b:villages", "c1-b", "a dozen villages", "villages evacuated, as of 4-5 Aug"),
    ("c1-b:front", "c1-b", "three miles", "distance from the fire front to Vila Serrana, Monday 4 Aug night"),
    ("c1-b:injured", "c1-b", "Seven firefighters", "firefighters injured by Monday 4 Aug evening (union)"),
    (
        "c1-c:incr",
        "c1-c",
        "another 1,500 hectares",
        "additional area burned on the night of 5-6 Aug (an increase, not a total)",
    ),
    (
        "c1-c:area",
        "c1-c",
        "nearly 30,000 acres",
        "area burned by the Almara fire from 2 Aug up to 4-5 Aug, before the overnight flare-up (agency)",
    ),
    ("c1-c:ff", "c1-c", "Around 1,000 firefighters", "firefighters deployed on the Almara fire, 6 Aug"),
    ("c1-c:evac", "c1-c", "2,300 people", "people evacuated from villages around the fire (agency)"),
    ("c1-c:homes", "c1-c", "31 houses", "homes destroyed by the fire, early count (insurers)"),
    (
        "c1-c:sheep",
        "c1-c",
        "at least 600 sheep and goats",
        "sheep and goats killed by the fire (farmers' groups)",
    ),
    ("c1-c:road", "c1-c", "20 km south", "distance from the fire zone to the north-south highway"),
    ("c1-d:aid", "c1-d", "45 million euros", "total government aid package for the fire's victims"),
    (
        "c1-d:final_area",
        "c1-d",
        "16,400 hectares",
        "final area burned by the Almara fire, 2-9 Aug (reported 3 Sep)",
    ),
    ("c1-d:grant", "c1-d", "up to 60,000 euros", "maximum grant per family whose main home was destroyed"),
    (
        "c1-d:final_homes",
        "c1-d",
        "52 homes",
        "homes destroyed by the fire, final agency count (reported 3 Sep)",
    ),
    ("c1-d:damaged", "c1-d", "118 were damaged", "homes damaged but not destroyed, final count"),
    ("c1-d:farmers", "c1-d", "9 million euros", "farmers' share of the aid package"),
    (
        "c1-d:national",
        "c1-d",
        "61,000 hectares",
        "area burned across all of Portugal in 2025 so far (Terra Viva)",
    ),
    (
        "c2-a:dead",
        "c2-a",
        "at least 17 people",
        "deaths in the Chiloma floods, as of Mon 10 Mar (disaster management office)",
    ),
    (
        "c2-a:displaced",
        "c2-a",
        "More than 45,000 people",
        "people displaced by the Chiloma floods, as of 10 Mar (disaster management office)",
    ),
    ("c2-a:camps", "c2-a", "32 camps", "relief camps opened in Chiloma district"),
    (
        "c2-a:missing",
        "c2-a",
        "Some 20 people",
        "people missing after the Chiloma floods, as of 10 Mar (disaster management office)",
    ),
    ("c2-a:farmland", "c2-a", "About 20,000 hectares", "farmland flooded in Chiloma district"),
    ("c2-a:road", "c2-a", "some 90 km", "distance from Chiloma to Blantyre"),
    (
        "c2-b:dead",
        "c2-b",
        "18 people",
        "deaths in the Chiloma floods, as of Mon 10 Mar (disaster management office)",
    ),
    (
        "c2-b:displaced",
        "c2-b",
        "about 47,000",
        "people displaced by the Chiloma floods, as of 10 Mar (disaster management office)",
    ),
    (
        "c2-b:missing",
        "c2-b",
        "at least 60 people",
        "people missing after the Chiloma floods, as of 10-11 Mar (police)",
    ),
    ("c2-b:camps", "c2-b", "more than 30 camps", "relief camps opened in Chiloma district"),
    ("c2-b:landslide", "c2-b", "six people", "people buried by a separate landslide in Mpanje district"),
    ("c2-b:farmland", "c2-b", "50,000 acres", "farmland flooded in Chiloma district (farmers' union)"),
    (
        "c2-c:dead",
        "c2-c",
        "nearly 40 people",
        "deaths in the Chiloma floods (UN humanitarian office, set against the government's count)",
    ),
    (
        "c2-c:displaced",
        "c2-c",
        "some 90,000 people",
        "people displaced by the Chiloma floods, as of 10 Mar (UN humanitarian office)",
    ),
    (
        "c2-c:further",
        "c2-c",
        "A further 1,200 people",
        "people arriving at camps on Wed 12 Mar alone (daily increase)",
    ),
    ("c2-c:farmland", "c2-c", "Some 200 square kilometres", "farmland flooded in Chiloma district"),
    ("c2-c:appeal", "c2-c", "$18 million", "government flood appeal"),
    ("c2-c:fund", "c2-c", "$5 million", "money released by a regional emergency fund"),
    ("c2-c:campdist", "c2-c", "15 km", "distance from the Nsaru camp to the river"),
    ("c2-c:nsaru", "c2-c", "more than 6,000 people", "people in the Nsaru camp (a subset of the displaced)"),
    (
        "c3-a:dead",
        "c3-a",
        "at least 34 people",
        "deaths in the Ancoyo main quake, as of 16-17 Jun (civil defence)",
    ),
    (
        "c3-a:injured",
        "c3-a",
        "more than 200",
        "people injured by the main quake, as of 16-17 Jun (civil defence)",
    ),
    ("c3-a:epi", "c3-a", "35 km southwest", "distance from the epicentre to Quilca"),
    ("c3-a:depth", "c3-a", "10 km", "depth of the quake's focus"),
    ("c3-a:collapsed", "c3-a", "At least 480 homes", "homes collapsed in the quake (civil defence)"),
    ("c3-a:damaged", "c3-a", "2,100 more", "homes damaged but not collapsed"),
    (
        "c3-a:hosp",
        "c3-a",
        "160 injured people",
        "injured treated overnight at the Quilca regional hospital (a subset of the injured)",
    ),
    ("c3-a:planes", "c3-a", "four air force planes", "air force planes flying in rescue teams"),
    ("c3-b:dead", "c3-b", "36 people", "deaths in the Ancoyo main quake, as of 17 Jun (civil defence)"),
    ("c3-b:epi", "c3-b", "about 22 miles", "distance from the epicentre to Quilca"),
    ("c3-b:injured", "c3-b", "240 people", "people injured by the main quake, as of 17 Jun (civil defence)"),
    ("c3-b:collapsed", "c3-b", "nearly 500 houses", "homes collapsed in the quake (civil defence)"),
    ("c3-b:gov", "c3-b", "61 dead", "deaths in the Ancoyo main quake, as of 17 Jun (regional governor)"),
    (
        "c3-b:homeless",
        "c3-b",
        "about 9,000 people",
        "people left homeless by the quake (regional governor's office)",
    ),
    ("c3-b:aftershock", "c3-b", "two people", "deaths in the separate aftershock in Chupa on 17 Jun"),
    ("c3-b:mine", "c3-b", "40 km east", "distance from the epicentre to the Andora copper mine"),
    ("c3-c:homeless", "c3-c", "some 4,000 people", "people left homeless by the quake (Red Cross)"),
    ("c3-c:injured", "c3-c", "about 250 people", "people injured by the main quake (civil defence)"),
    ("c3-c:kids", "c3-c", "31 of them children", "children among the injured (a subset)"),
    (
        "c3-c:hospdead",
        "c3-c",
        "11 people",
        "people who died in hospitals after rescue (a subset of the dead)",
    ),
    ("c3-c:more", "c3-c", "two more", "hospital deaths since Tuesday (an increase)"),
    ("c3-c:tents", "c3-c", "3,000 tents", "tents the government will send"),
    ("c3-c:soles", "c3-c", "2 million soles", "Andora Minerals' reconstruction pledge"),
    ("c3-c:usd", "c3-c", "about $550,000", "Andora Minerals' reconstruction pledge in dollars"),
    (
        "c4-a:rebels",
        "c4-a",
        "120 fighters",
        "rebel fighters killed in the weekend battle for Sarrak, 8-9 Feb (army claim)",
    ),
    (
        "c4-a:soldiers",
        "c4-a",
        "15 soldiers",
        "government soldiers killed in the weekend battle for Sarrak (army)",
    ),
    (
        "c4-a:civ",
        "c4-a",
        "At least 22 civilians",
        "civilians killed in Sarrak since Sat 8 Feb, as of 9 Feb (army)",
    ),
    (
        "c4-a:wounded",
        "c4-a",
        "140 wounded",
        "wounded treated at Sarrak hospital since 8 Feb, as of 9 Feb (hospital)",
    ),
    (
        "c4-a:territory",
        "c4-a",
        "300 square kilometres",
        "territory captured by the rebels around Sarrak (rebel claim)",
    ),
    ("c4-a:dist", "c4-a", "about 40 km", "distance from Sarrak to Dunmor"),
    (
        "c4-b:territory",
        "c4-b",
        "about 120 square miles",
        "territory captured by the rebels around Sarrak (rebel claim)",
    ),
    (
        "c4-b:soldiers",
        "c4-b",
        "70 government soldiers",
        "government soldiers killed in the weekend battle for Sarrak (rebel claim)",
    ),
    (
        "c4-b:rebels",
        "c4-b",
        "9 of its fighters",
        "rebel fighters killed in the weekend battle for Sarrak (rebel claim)",
    ),
    ("c4-b:dist", "c4-b", "25 miles west", "distance from Sarrak to Dunmor"),
    (
        "c4-b:civ",
        "c4-b",
        "26 civilians",
        "civilians killed in Sarrak since Sat 8 Feb, as of 10 Feb (hospital)",
    ),
    (
        "c4-b:wounded",
        "c4-b",
        "around 150 wounded people",
        "wounded treated at Sarrak hospital since 8 Feb, as of 10 Feb (hospital)",
    ),
    (
        "c4-b:ministry",
        "c4-b",
        "no more than 50 square kilometres",
        "territory captured by the rebels around Sarrak (Defence Ministry)",
    ),
    (
        "c4-b:fled",
        "c4-b",
        "About 8,000 residents",
        "people who fled Sarrak since 8 Feb, as of 10 Feb (local aid group)",
    ),
    ("c4-b:veska", "c4-b", "180 km", "distance from Sarrak to Veska"),
    (
        "c4-c:fled",
        "c4-c",
        "More than 20,000 people",
        "people who fled Sarrak since 8 Feb, as of 10-11 Feb (aid coalition)",
    ),
    ("c4-c:daily", "c4-c", "some 3,500 people", "people leaving Sarrak on Tue 11 Feb alone (a daily figure)"),
    (
        "c4-c:civ",
        "c4-c",
        "at least 58 civilians",
        "civilians killed in Sarrak between Sat 8 and Mon 10 Feb (aid coalition citing hospital staff)",
    ),
    ("c4-c:kids", "c4-c", "8 of them children", "children among the civilians killed in Sarrak (a subset)"),
    (
        "c4-c:further",
        "c4-c",
        "a further 40 rebels",
        "rebels killed in later air strikes near Tosk (an additional, separate figure)",
    ),
    ("c4-c:tosk_dist", "c4-c", "60 km north", "distance from Sarrak to Tosk"),
    ("c4-c:tosk_civ", "c4-c", "12 civilians", "civilians killed in the air strikes on Tosk (another event)"),
    (
        "c4-c:soldiers_army",
        "c4-c",
        "15 soldiers",
        "government soldiers killed in the weekend battle for Sarrak (army)",
    ),
    (
        "c4-c:soldiers_front",
        "c4-c",
        "more than 60",
        "government soldiers killed in the weekend battle for Sarrak (rebel claim)",
    ),
    (
        "c5-a:dead",
        "c5-a",
        "11 people",
        "deaths in the Valea Sorii derailment, as of Sun 5 Oct (interior ministry)",
    ),
    (
        "c5-a:injured",
        "c5-a",
        "47 others",
        "people injured in the derailment, as of 5 Oct (interior ministry)",
    ),
    ("c5-a:carriages", "c5-a", "Six carriages", "carriages that left the tracks"),
    ("c5-a:dist", "c5-a", "about 30 km", "distance from the crash site to Brasov"),
    ("c5-a:pax", "c5-a", "412 passengers", "passengers on board the train"),
    ("c5-a:serious", "c5-a", "Twelve of the injured", "seriously injured (a subset of the injured)"),
    (
        "c5-b:dead",
        "c5-b",
        "19 people",
        "deaths in the Valea Sorii derailment, as of Sun 5 Oct (county emergency inspectorate)",
    ),
    ("c5-b:carriages", "c5-b", "Four carriages", "carriages that left the tracks"),
    ("c5-b:dist", "c5-b", "about 19 miles", "distance from the crash site to Brasov"),
    ("c5-b:injured", "c5-b", "Nearly 50 people", "people injured and taken to hospital, as of 5 Oct"),
    ("c5-b:pax", "c5-b", "some 400 passengers", "passengers on board the train"),
    ("c5-b:cost", "c5-b", "140 million euros", "cost of modernising the line in 2019"),
    ("c5-c:dead", "c5-c", "at least 11 people", "deaths in the Valea Sorii derailment"),
    ("c5-c:comp_dead", "c5-c", "20,000 lei", "compensation per person killed"),
    ("c5-c:comp_inj", "c5-c", "5,000 lei", "compensation per injured passenger"),
    ("c5-c:hosp", "c5-c", "31 people", "injured still in hospital on 7 Oct (a subset of the injured)"),
    ("c5-c:carriages", "c5-c", "six carriages", "carriages that left the tracks (railway safety agency)"),
    ("c5-c:derail", "c5-c", "27 derailments", "derailments on the Romanian network in 2024 (other events)"),
    ("c5-c:budget", "c5-c", "300 million lei", "cut in rail maintenance budgets since 2020"),
    (
        "c6-a:missing",
        "c6-a",
        "about 50 people",
        "people missing from the ferry, as of Mon 20 Jan (search and rescue agency)",
    ),
    ("c6-a:aboard", "c6-a", "201 people", "people on board the ferry, passengers and crew"),
    ("c6-a:pax", "c6-a", "187 passengers", "passengers on board the ferry"),
    ("c6-a:crew", "c6-a", "14 crew", "crew on board the ferry"),
    (
        "c6-a:dist",
        "c6-a",
        "about 12 nautical miles",
        "distance offshore from Teras where the ferry capsized (agency)",
    ),
    ("c6-a:rescued", "c6-a", "139 people", "people rescued alive, as of 20 Jan (agency)"),
    ("c6-a:bodies", "c6-a", "9 bodies", "bodies recovered, as of 20 Jan (agency)"),
    (
        "c6-a:manifest",
        "c6-a",
        "only 150 passengers",
        "passengers listed on the ferry's manifest (not the number on board)",
    ),
    ("c6-b:aboard", "c6-b", "more than 200 people", "people on board the ferry (transport ministry)"),
    (
        "c6-b:capacity",
        "c6-b",
        "120 passengers",
        "the ferry's licensed passenger capacity (not the number on board)",
    ),
    ("c6-b:rescued", "c6-b", "139 survivors", "people rescued alive, as of 20 Jan (agency)"),
    ("c6-b:bodies", "c6-b", "nine bodies", "bodies recovered, as of 20 Jan (agency)"),
    ("c6-b:police_rescued", "c6-b", "only 96 people", "people rescued alive, as of 20 Jan (police)"),
    ("c6-b:police_missing", "c6-b", "more than 90", "people missing from the ferry, as of 20 Jan (police)"),
    ("c6-b:dist", "c6-b", "some 14 miles", "distance offshore from Teras where the ferry sank"),
    ("c6-b:route", "c6-b", "about 60 km", "length of the Teras-Ambon route"),
    ("c6-b:fine", "c6-b", "250 million rupiah", "fine on the ferry owner for overloading in 2023"),
    ("c6-c:more", "c6-c", "six more bodies", "bodies recovered on Wed 22 Jan alone (an increase)"),
    ("c6-c:aboard", "c6-c", "about 200 people", "people on board the ferry (agency)"),
    ("c6-c:dist", "c6-c", "about 40 km", "distance offshore from Teras where the ferry went down (agency)"),
    ("c6-c:comp", "c6-c", "15 million rupiah", "provincial compensation per victim's family"),
    ("c6-c:zone", "c6-c", "1,500 square kilometres", "area of the search zone"),
    (
        "c7-a:dead",
        "c7-a",
        "9 miners",
        "miners killed by the blast, as of Mon 12 May (national mining agency)",
    ),
    (
        "c7-a:trapped",
        "c7-a",
        "14 others",
        "miners trapped underground, as of 12 May (national mining agency)",
    ),
    ("c7-a:depth", "c7-a", "about 600 metres", "depth below the surface where the blast happened (agency)"),
    ("c7-a:rescued", "c7-a", "21 miners", "miners brought out alive, as of 12 May"),
    ("c7-a:burns", "c7-a", "five with serious burns", "rescued miners with serious burns (a subset)"),
    ("c7-a:shift", "c7-a", "44 workers", "workers on the shift at the time of the blast"),
    ("c7-a:fine", "c7-a", "180 million pesos", "fine on the mine in 2024"),
    ("c7-b:dead", "c7-b", "12 workers", "miners killed by the blast, as of Mon 12 May night (governor)"),
    ("c7-b:trapped", "c7-b", "17 miners", "miners trapped underground, as of 12 May night (governor)"),
    ("c7-b:depth", "c7-b", "about 800 metres", "depth underground where the miners were trapped (governor)"),
    ("c7-b:rescued", "c7-b", "Twenty-one men", "miners brought out alive, as of 12 May"),
    ("c7-b:staff", "c7-b", "some 300 people", "people employed by the mine (not the shift)"),
    (
        "c7-c:inspections",
        "c7-c",
        "more than 120 underground coal mines",
        "mines ordered to undergo inspections",
    ),
    ("c7-c:dead", "c7-c", "nine miners", "miners killed by the blast (national mining agency)"),
    (
        "c7-c:trapped",
        "c7-c",
        "A further 14 miners",
        "miners trapped underground, as of 12-13 May (agency); not an increase",
    ),
    ("c7-c:depth", "c7-c", "roughly 2,000 feet", "depth underground where the miners were trapped (agency)"),
    ("c7-c:fines", "c7-c", "4.2 billion pesos", "fines the ministry collected from all coal mines in 2024"),
    ("c7-d:managers", "c7-d", "three managers", "mine managers charged"),
    (
        "c7-d:final",
        "c7-d",
        "23 miners",
        "final death toll of the blast, after the trapped miners were found dead (reported 10 Jun)",
    ),
    ("c7-d:fine", "c7-d", "2.5 billion pesos", "fine on the owner over the blast"),
    ("c8-a:price", "c8-a", "$2.1 billion", "price Halvorsen pays for Brightmoor"),
    ("c8-a:share", "c8-a", "$41.50 a share", "price per Brightmoor share"),
    ("c8-a:revenue", "c8-a", "$640 million", "Brightmoor's 2024 revenue"),
    ("c8-a:land", "c8-a", "about 45,000 acres", "land Brightmoor owns or leases for projects"),
    ("c8-a:jobs", "c8-a", "about 800 jobs", "jobs to be cut after the deal"),
    ("c8-a:savings", "c8-a", "$150 million", "expected annual cost savings by 2027"),
    ("c8-a:fee", "c8-a", "$60 million", "break-up fee Brightmoor would pay"),
    (
        "c8-b:price",
        "c8-b",
        "$1.4 billion",
        "price Halvorsen pays for Brightmoor (people familiar with the terms)",
    ),
    ("c8-b:share", "c8-b", "$41.5 a share", "price per Brightmoor share"),
    ("c8-b:revenue", "c8-b", "$590 million", "Brightmoor's 2024 revenue"),
    ("c8-b:land", "c8-b", "roughly 18,000 hectares", "land Brightmoor holds rights to"),
    ("c8-b:jobs", "c8-b", "up to 1,500 jobs", "jobs to be cut after the deal (union)"),
    ("c8-b:mcap", "c8-b", "about $9 billion", "Halvorsen's own market value (not the deal)"),
    ("c8-c:price", "c8-c", "about 1.9 billion euros", "price Halvorsen pays for Brightmoor"),
    ("c8-c:jobs", "c8-c", "800 positions", "jobs to be cut after the deal (Halvorsen)"),
    ("c8-c:hrev", "c8-c", "8.3 billion euros", "Halvorsen's own 2024 revenue (not Brightmoor's)"),
    ("c8-c:bond", "c8-c", "1 billion euros", "new bond to finance part of the purchase"),
    ("c8-c:fee", "c8-c", "about 55 million euros", "break-up fee Brightmoor would pay"),
    ("c9-a:fine", "c9-a", "420 million euros", "fine on Korvenhof (competition authority)"),
    ("c9-a:suppliers", "c9-a", "three suppliers", "suppliers Korvenhof colluded with"),
    (
        "c9-a:overcharge",
        "c9-a",
        "1.1 billion euros",
        "amount shoppers were overcharged (competition authority)",
    ),
    ("c9-a:marrow", "c9-a", "35 million euros", "fine on supplier Marrow Foods"),
    ("c9-a:stores", "c9-a", "more than 600 stores", "Korvenhof stores in Belgium and Luxembourg"),
    ("c9-a:sales", "c9-a", "14 billion euros", "Korvenhof's 2024 sales (not the fine)"),
    ("c9-a:raids", "c9-a", "14 sites", "sites raided in 2022"),
    ("c9-b:fine", "c9-b", "240 million euro", "fine on Korvenhof (competition authority)"),
    ("c9-b:suppliers", "c9-b", "four food suppliers", "suppliers Korvenhof colluded with"),
    (
        "c9-b:overcharge",
        "c9-b",
        "roughly €1.1 billion",
        "amount shoppers were overcharged (competition authority)",
    ),
    ("c9-b:marrow", "c9-b", "€53 million", "fine on supplier Marrow Foods"),
    ("c9-b:cut", "c9-b", "€60 million", "reduction in Korvenhof's fine for cooperation (not the fine)"),
    ("c9-b:stores", "c9-b", "640 stores", "Korvenhof stores"),
    ("c9-c:fine", "c9-c", "420 million euros", "fine on Korvenhof (competition authority)"),
    (
        "c9-c:comp",
        "c9-c",
        "300 million euros more",
        "possible extra cost of compensating shoppers (analysts; an addition, not the fine)",
    ),
    ("c9-c:overcharge", "c9-c", "at least 2 billion euros", "amount shoppers were overcharged (Koopwijzer)"),
    ("c9-c:staff", "c9-c", "38,000 people", "Korvenhof employees"),
    (
        "c10-a:total",
        "c10-a",
        "More than 60,000 refugees",
        "refugees who entered Alsandor since early July, as of 22 Jul (UN refugee agency)",
    ),
    ("c10-a:daily", "c10-a", "About 4,500 people", "arrivals on Mon 21 Jul alone (a daily figure)"),
    (
        "c10-a:registered",
        "c10-a",
        "62,000 new arrivals",
        "refugees who entered Alsandor since early July, as of 22 Jul (Alsandor government)",
    ),
    ("c10-a:dist", "c10-a", "12 km", "distance from Tessa camp to the border"),
    ("c10-a:capacity", "c10-a", "10,000 people", "Tessa camp's design capacity (not its population)"),
    ("c10-a:camp", "c10-a", "about 27,000", "people living in Tessa camp, 22 Jul"),
    ("c10-a:appeal", "c10-a", "$45 million", "UN refugee agency appeal"),
    (
        "c10-b:total",
        "c10-b",
        "around 35,000 Nerevian refugees",
        "refugees who entered Alsandor since early July, as of 23 Jul (interior ministry)",
    ),
    ("c10-b:dist", "c10-b", "about 7 miles", "distance from Tessa camp to the border"),
    ("c10-b:camp", "c10-b", "26,500 people", "people living in Tessa camp, 23 Jul"),
    ("c10-b:orsk", "c10-b", "90 km", "distance from Tessa to the planned second camp at Orsk"),
    ("c10-b:daily", "c10-b", "3,900 arrivals", "arrivals on Tue 22 Jul alone (a daily figure)"),
    (
        "c10-b:govappeal",
        "c10-b",
        "$120 million",
        "Alsandor government's appeal to donors (not the UN appeal)",
    ),
    ("c10-c:camp", "c10-c", "some 40,000 refugees", "people living in Tessa camp, 24 Jul (aid groups)"),
    ("c10-c:dist", "c10-c", "roughly 20 km", "distance from Tessa camp to the border"),
    ("c10-c:latrines", "c10-c", "150 latrines", "latrines in Tessa camp"),
    (
        "c10-c:total",
        "c10-c",
        "nearly 65,000 people",
        "refugees who entered Alsandor since early July, as of 24 Jul (UN refugee agency)",
    ),
    ("c10-c:appeal", "c10-c", "$45 million appeal", "UN refugee agency appeal"),
    (
        "c11-a:pos",
        "c11-a",
        "about 300 km east",
        "distance of the storm's centre from Puerto Celaya, early Wed 24 Sep",
    ),
    ("c11-a:radius", "c11-a", "up to 65 km", "reach of hurricane-force winds from the storm's centre"),
    ("c11-a:zone", "c11-a", "within 20 km", "depth of the coastal evacuation zone inland from the shore"),
    (
        "c11-a:evac",
        "c11-a",
        "about 85,000 people",
        "people evacuated before landfall, as of Wed 24 Sep (authorities)",
    ),
    ("c11-a:shelters", "c11-a", "540 shelters", "shelters opened"),
    (
        "c11-a:stock",
        "c11-a",
        "200,000 people",
        "people the stockpiled food and water could supply (not evacuees)",
    ),
    (
        "c11-b:pos",
        "c11-b",
        "about 190 miles east",
        "distance of the storm's centre from Puerto Celaya, early Wed 24 Sep",
    ),
    (
        "c11-b:evac",
        "c11-b",
        "more than 120,000 people",
        "people evacuated before landfall, as of Wed 24 Sep (civil protection chief)",
    ),
    (
        "c11-b:zone",
        "c11-b",
        "up to 12 miles inland",
        "depth of the coastal evacuation zone inland from the shore",
    ),
    (
        "c11-b:workers",
        "c11-b",
        "1,400 workers",
        "oil workers taken off offshore platforms (not coastal evacuees)",
    ),
    ("c11-b:platforms", "c11-b", "18 offshore platforms", "offshore platforms evacuated"),
    ("c11-b:schools", "c11-b", "60 municipalities", "municipalities where schools closed"),
    (
        "c11-c:dead",
        "c11-c",
        "at least seven people",
        "deaths caused by Odalys, as of Fri 26 Sep (federal civil protection)",
    ),
    ("c11-c:power", "c11-c", "some 400,000 homes", "homes left without power"),
    (
        "c11-c:landfall",
        "c11-c",
        "about 30 km north",
        "distance from the landfall point to Puerto Celaya (not the storm's earlier position)",
    ),
    ("c11-c:evac", "c11-c", "nearly 90,000 residents", "people evacuated before landfall, as of Wed 24 Sep"),
    ("c11-c:zone", "c11-c", "50 km deep", "depth of the coastal evacuation zone inland from the shore"),
    ("c11-c:dmg_mxn", "c11-c", "8 billion pesos", "total storm damage (Veracruz state government)"),
    (
        "c11-c:dmg_usd",
        "c11-c",
        "about $440 million",
        "total storm damage in dollars (Veracruz state government)",
    ),
    (
        "c11-d:dead",
        "c11-d",
        "at least 15 people",
        "deaths caused by Odalys, as of Fri 26 Sep (local emergency services)",
    ),
    ("c11-d:insured", "c11-d", "$180 million", "insured losses (a part of total damage)"),
    ("c11-d:dmg", "c11-d", "about 8 billion pesos", "total storm damage (Veracruz state government)"),
    ("c11-d:flooded", "c11-d", "2,300 homes", "homes flooded in Puerto Celaya"),
    (
        "c11-d:shelter",
        "c11-d",
        "Some 6,000 people",
        "people still in shelters on Fri 26 Sep night (not the number evacuated)",
    ),
    (
        "c12-a:cases",
        "c12-a",
        "1,240 people",
        "cumulative cholera cases since early January, as of 3 Feb (health ministry)",
    ),
    ("c12-a:deaths", "c12-a", "37 deaths", "cumulative cholera deaths, as of 3 Feb (health ministry)"),
    ("c12-a:daily", "c12-a", "86 new cases", "new cases on Sun 2 Feb alone (a daily figure)"),
    ("c12-a:confirmed", "c12-a", "212 of the cases", "laboratory-confirmed cases (a subset)"),
    ("c12-a:doses", "c12-a", "150,000 doses", "vaccine doses in the stockpile shipment"),
    ("c12-a:centres", "c12-a", "9 treatment centres", "cholera treatment centres opened"),
    ("c12-a:dist", "c12-a", "about 120 km", "distance from Nsonga town to the Angolan border"),
    ("c12-b:deaths", "c12-b", "at least 70 people", "cumulative cholera deaths (doctors)"),
    (
        "c12-b:cases",
        "c12-b",
        "about 1,250 cases",
        "cumulative cholera cases since early January (health ministry)",
    ),
    (
        "c12-b:patients",
        "c12-b",
        "80 to 90 new patients",
        "new patients a day at the district hospital (a daily figure)",
    ),
    ("c12-b:beds", "c12-b", "60 beds", "beds in the district hospital"),
    ("c12-b:appeal", "c12-b", "$4.5 million", "health ministry's appeal to donors"),
    ("c12-b:tablets", "c12-b", "2 million water purification tablets", "purification tablets delivered"),
    (
        "c12-c:doses",
        "c12-c",
        "100,000 doses",
        "vaccine doses in the stockpile shipment (district health official)",
    ),
    ("c12-c:appeal", "c12-c", "$2.5 million", "health ministry's appeal to donors"),
    ("c12-c:raised", "c12-c", "$900,000", "money raised so far by the appeal (not the appeal)"),
    ("c12-c:dist", "c12-c", "some 75 miles", "distance from Nsonga to the Angolan border"),
    ("c12-c:mutanda", "c12-c", "14 people", "cases in neighbouring Mutanda district (another place)"),
    ("c12-d:dist", "c12-d", "about 190 km", "distance from Nsonga to the Angolan border (WHO)"),
    (
        "c12-d:cases",
        "c12-d",
        "more than 1,200 cases",
        "cumulative cholera cases since early January (health ministry via WHO)",
    ),
    ("c12-d:deaths", "c12-d", "37 people", "cumulative cholera deaths (health ministry via WHO)"),
    ("c12-d:doses", "c12-d", "150,000 doses", "vaccine doses in the stockpile shipment"),
    ("c12-d:appeal", "c12-d", "$4.5 million", "health ministry's appeal to donors"),
    ("c12-d:prev", "c12-d", "11 people", "deaths in the 2023 outbreak (another event)"),
)

#: (figure_id_a, figure_id_b, "conflict" | "consistent"): same quantity, different articles
SAME_QUANTITY: tuple[tuple[str, str, str], ...] = (
    ("c1-a:area", "c1-b:area", "conflict"),
    ("c1-a:area", "c1-c:area", "consistent"),
    ("c1-b:area", "c1-c:area", "conflict"),
    ("c1-a:ff", "c1-b:ff", "consistent"),
    ("c1-a:ff", "c1-c:ff", "consistent"),
    ("c1-b:ff", "c1-c:ff", "consistent"),
    ("c1-a:evac", "c1-b:evac", "conflict"),
    ("c1-a:evac", "c1-c:evac", "consistent"),
    ("c1-b:evac", "c1-c:evac", "conflict"),
    ("c1-a:villages", "c1-b:villages", "consistent"),
    ("c1-a:homes", "c1-c:homes", "conflict"),
    ("c1-a:injured", "c1-b:injured", "conflict"),
    ("c1-a:front", "c1-b:front", "consistent"),
    ("c2-a:dead", "c2-b:dead", "consistent"),
    ("c2-a:dead", "c2-c:dead", "conflict"),
    ("c2-b:dead", "c2-c:dead", "conflict"),
    ("c2-a:displaced", "c2-b:displaced", "consistent"),
    ("c2-a:displaced", "c2-c:displaced", "conflict"),
    ("c2-b:displaced", "c2-c:displaced", "conflict"),
    ("c2-a:camps", "c2-b:camps", "consistent"),
    ("c2-a:missing", "c2-b:missing", "conflict"),
    ("c2-a:farmland", "c2-b:farmland", "consistent"),
    ("c2-a:farmland", "c2-c:farmland", "consistent"),
    ("c2-b:farmland", "c2-c:farmland", "consistent"),
    ("c3-a:dead", "c3-b:dead", "consistent"),
    ("c3-a:dead", "c3-b:gov", "conflict"),
    ("c3-a:injured", "c3-b:injured", "consistent"),
    ("c3-a:injured", "c3-c:injured", "consistent"),
    ("c3-b:injured", "c3-c:injured", "consistent"),
    ("c3-a:epi", "c3-b:epi", "consistent"),
    ("c3-a:collapsed", "c3-b:collapsed", "consistent"),
    ("c3-b:homeless", "c3-c:homeless", "conflict"),
    ("c4-a:rebels", "c4-b:rebels", "conflict"),
    ("c4-a:soldiers", "c4-b:soldiers", "conflict"),
    ("c4-a:soldiers", "c4-c:soldiers_army", "consistent"),
    ("c4-a:soldiers", "c4-c:soldiers_front", "conflict"),
    ("c4-b:soldiers", "c4-c:soldiers_army", "conflict"),
    ("c4-b:soldiers", "c4-c:soldiers_front", "consistent"),
    ("c4-a:civ", "c4-b:civ", "consistent"),
    ("c4-a:civ", "c4-c:civ", "conflict"),
    ("c4-b:civ", "c4-c:civ", "conflict"),
    ("c4-a:wounded", "c4-b:wounded", "consistent"),
    ("c4-a:territory", "c4-b:territory", "consistent"),
    ("c4-a:territory", "c4-b:ministry", "conflict"),
    ("c4-a:dist", "c4-b:dist", "consistent"),
    ("c4-b:fled", "c4-c:fled", "conflict"),
    ("c5-a:dead", "c5-b:dead", "conflict"),
    ("c5-a:dead", "c5-c:dead", "consistent"),
    ("c5-b:dead", "c5-c:dead", "conflict"),
    ("c5-a:injured", "c5-b:injured", "consistent"),
    ("c5-a:carriages", "c5-b:carriages", "conflict"),
    ("c5-a:carriages", "c5-c:carriages", "consistent"),
    ("c5-b:carriages", "c5-c:carriages", "conflict"),
    ("c5-a:dist", "c5-b:dist", "consistent"),
    ("c5-a:pax", "c5-b:pax", "consistent"),
    ("c6-a:aboard", "c6-b:aboard", "consistent"),
    ("c6-a:aboard", "c6-c:aboard", "consistent"),
    ("c6-b:aboard", "c6-c:aboard", "consistent"),
    ("c6-a:rescued", "c6-b:rescued", "consistent"),
    ("c6-a:rescued", "c6-b:police_rescued", "conflict"),
    ("c6-a:bodies", "c6-b:bodies", "consistent"),
    ("c6-a:missing", "c6-b:police_missing", "conflict"),
    ("c6-a:dist", "c6-b:dist", "consistent"),
    ("c6-a:dist", "c6-c:dist", "conflict"),
    ("c6-b:dist", "c6-c:dist", "conflict"),
    ("c7-a:dead", "c7-b:dead", "conflict"),
    ("c7-a:dead", "c7-c:dead", "consistent"),
    ("c7-b:dead", "c7-c:dead", "conflict"),
    ("c7-a:trapped", "c7-b:trapped", "conflict"),
    ("c7-a:trapped", "c7-c:trapped", "consistent"),
    ("c7-b:trapped", "c7-c:trapped", "conflict"),
    ("c7-a:depth", "c7-b:depth", "conflict"),
    ("c7-a:depth", "c7-c:depth", "consistent"),
    ("c7-b:depth", "c7-c:depth", "conflict"),
    ("c7-a:rescued", "c7-b:rescued", "consistent"),
    ("c8-a:price", "c8-b:price", "conflict"),
    ("c8-a:price", "c8-c:price", "consistent"),
    ("c8-b:price", "c8-c:price", "conflict"),
    ("c8-a:share", "c8-b:share", "consistent"),
    ("c8-a:revenue", "c8-b:revenue", "conflict"),
    ("c8-a:land", "c8-b:land", "consistent"),
    ("c8-a:jobs", "c8-b:jobs", "conflict"),
    ("c8-a:jobs", "c8-c:jobs", "consistent"),
    ("c8-b:jobs", "c8-c:jobs", "conflict"),
    ("c8-a:fee", "c8-c:fee", "consistent"),
    ("c9-a:fine", "c9-b:fine", "conflict"),
    ("c9-a:fine", "c9-c:fine", "consistent"),
    ("c9-b:fine", "c9-c:fine", "conflict"),
    ("c9-a:suppliers", "c9-b:suppliers", "conflict"),
    ("c9-a:overcharge", "c9-b:overcharge", "consistent"),
    ("c9-a:overcharge", "c9-c:overcharge", "conflict"),
    ("c9-b:overcharge", "c9-c:overcharge", "conflict"),
    ("c9-a:marrow", "c9-b:marrow", "conflict"),
    ("c9-a:stores", "c9-b:stores", "consistent"),
    ("c10-a:total", "c10-b:total", "conflict"),
    ("c10-a:registered", "c10-b:total", "conflict"),
    ("c10-a:total", "c10-c:total", "consistent"),
    ("c10-a:registered", "c10-c:total", "consistent"),
    ("c10-b:total", "c10-c:total", "conflict"),
    ("c10-a:dist", "c10-b:dist", "consistent"),
    ("c10-a:dist", "c10-c:dist", "conflict"),
    ("c10-b:dist", "c10-c:dist", "conflict"),
    ("c10-a:camp", "c10-b:camp", "consistent"),
    ("c10-a:camp", "c10-c:camp", "conflict"),
    ("c10-b:camp", "c10-c:camp", "conflict"),
    ("c10-a:appeal", "c10-c:appeal", "consistent"),
    ("c11-a:pos", "c11-b:pos", "consistent"),
    ("c11-a:evac", "c11-b:evac", "conflict"),
    ("c11-a:evac", "c11-c:evac", "consistent"),
    ("c11-b:evac", "c11-c:evac", "conflict"),
    ("c11-a:zone", "c11-b:zone", "consistent"),
    ("c11-a:zone", "c11-c:zone", "conflict"),
    ("c11-b:zone", "c11-c:zone", "conflict"),
    ("c11-c:dead", "c11-d:dead", "conflict"),
    ("c11-c:dmg_mxn", "c11-d:dmg", "consistent"),
    ("c11-c:dmg_usd", "c11-d:dmg", "consistent"),
    ("c12-a:deaths", "c12-b:deaths", "conflict"),
    ("c12-a:deaths", "c12-d:deaths", "consistent"),
    ("c12-b:deaths", "c12-d:deaths", "conflict"),
    ("c12-a:cases", "c12-b:cases", "consistent"),
    ("c12-a:cases", "c12-d:cases", "consistent"),
    ("c12-b:cases", "c12-d:cases", "consistent"),
    ("c12-a:doses", "c12-c:doses", "conflict"),
    ("c12-a:doses", "c12-d:doses", "consistent"),
    ("c12-c:doses", "c12-d:doses", "conflict"),
    ("c12-b:appeal", "c12-c:appeal", "conflict"),
    ("c12-b:appeal", "c12-d:appeal", "consistent"),
    ("c12-c:appeal", "c12-d:appeal", "conflict"),
    ("c12-a:dist", "c12-c:dist", "consistent"),
    ("c12-a:dist", "c12-d:dist", "conflict"),
    ("c12-c:dist", "c12-d:dist", "conflict"),
)

#: (doc_id, exact text) of ages, speeds, magnitudes and storm categories: numbers that are not claims
NOT_CLAIMS: tuple[tuple[str, str], ...] = (
    ("c1-a", "up to 70 km/h"),
    ("c1-a", "58-year-old"),
    ("c1-d", "34-year-old"),
    ("c2-a", "9-year-old"),
    ("c2-b", "Chisiza, 47"),
    ("c3-a", "magnitude 6.4"),
    ("c3-b", "magnitude 6.2"),
    ("c3-b", "magnitude 5.1"),
    ("c3-c", "70-year-old"),
    ("c5-a", "60 km/h"),
    ("c5-a", "95 km/h"),
    ("c5-a", "52-year-old"),
    ("c5-c", "more than 90 km/h"),
    ("c6-c", "47-year-old"),
    ("c7-d", "was 17"),
    ("c10-c", "4-year-old"),
    ("c11-a", "Category 3"),
    ("c11-a", "120 mph"),
    ("c11-a", "15 km/h"),
    ("c11-b", "195 km/h"),
    ("c11-c", "71-year-old"),
    ("c12-d", "6-year-old"),
)

#: (figure_id, kind, figure_id it could be confused with): same kind of figure, not the same quantity
TRAPS: tuple[tuple[str, str, str], ...] = (
    ("c1-b:spain", "subset", "c1-a:aircraft"),
    ("c1-c:incr", "increase", "c1-a:area"),
    ("c1-c:road", "other distance", "c1-b:front"),
    ("c1-d:final_area", "grew weeks later", "c1-a:area"),
    ("c1-d:final_homes", "grew weeks later", "c1-a:homes"),
    ("c1-d:national", "other area", "c1-b:area"),
    ("c1-d:farmers", "other money", "c1-d:aid"),
    ("c2-b:landslide", "other event", "c2-a:dead"),
    ("c2-c:further", "daily vs cumulative", "c2-b:displaced"),
    ("c2-c:nsaru", "subset", "c2-a:displaced"),
    ("c2-c:fund", "other money", "c2-c:appeal"),
    ("c2-c:campdist", "other distance", "c2-a:road"),
    ("c3-a:depth", "other distance", "c3-b:epi"),
    ("c3-a:damaged", "other category", "c3-b:collapsed"),
    ("c3-a:hosp", "subset", "c3-b:injured"),
    ("c3-b:aftershock", "other event", "c3-a:dead"),
    ("c3-b:mine", "other distance", "c3-a:epi"),
    ("c3-c:kids", "subset", "c3-b:injured"),
    ("c3-c:hospdead", "subset", "c3-b:dead"),
    ("c3-c:more", "increase", "c3-b:aftershock"),
    ("c4-b:rebels", "other side", "c4-a:soldiers"),
    ("c4-c:soldiers_front", "other side", "c4-a:rebels"),
    ("c4-c:daily", "daily vs cumulative", "c4-b:fled"),
    ("c4-c:kids", "subset", "c4-b:civ"),
    ("c4-c:further", "increase", "c4-a:rebels"),
    ("c4-c:tosk_civ", "other event", "c4-b:civ"),
    ("c4-c:tosk_dist", "other distance", "c4-b:dist"),
    ("c4-b:veska", "other distance", "c4-a:dist"),
    ("c5-a:serious", "subset", "c5-b:injured"),
    ("c5-c:hosp", "subset", "c5-a:injured"),
    ("c5-c:derail", "other event", "c5-b:carriages"),
    ("c5-c:budget", "other money", "c5-b:cost"),
    ("c6-a:manifest", "other count", "c6-b:aboard"),
    ("c6-b:capacity", "other count", "c6-a:pax"),
    ("c6-b:route", "other distance", "c6-a:dist"),
    ("c6-c:more", "increase", "c6-a:bodies"),
    ("c6-c:comp", "other money", "c6-b:fine"),
    ("c7-a:burns", "subset", "c7-b:rescued"),
    ("c7-b:staff", "other count", "c7-a:shift"),
    ("c7-c:fines", "other money", "c7-a:fine"),
    ("c7-d:final", "grew weeks later", "c7-b:dead"),
    ("c7-d:fine", "other money", "c7-a:fine"),
    ("c8-b:mcap", "other money", "c8-a:price"),
    ("c8-c:hrev", "other money", "c8-b:revenue"),
    ("c8-c:bond", "other money", "c8-b:price"),
    ("c9-a:sales", "other money", "c9-b:fine"),
    ("c9-b:cut", "other money", "c9-a:fine"),
    ("c9-c:comp", "increase", "c9-b:fine"),
    ("c9-b:marrow", "other money", "c9-c:fine"),
    ("c10-a:daily", "daily vs cumulative", "c10-b:total"),
    ("c10-b:daily", "daily vs cumulative", "c10-a:daily"),
    ("c10-a:capacity", "other count", "c10-b:camp"),
    ("c10-b:orsk", "other distance", "c10-a:dist"),
    ("c10-b:govappeal", "other money", "c10-c:appeal"),
    ("c11-a:radius", "other distance", "c11-b:pos"),
    ("c11-c:landfall", "other distance", "c11-b:pos"),
    ("c11-a:stock", "other count", "c11-b:evac"),
    ("c11-b:workers", "other group", "c11-c:evac"),
    ("c11-d:shelter", "other count", "c11-a:evac"),
    ("c11-d:insured", "other money", "c11-c:dmg_usd"),
    ("c12-a:daily", "daily vs cumulative", "c12-b:cases"),
    ("c12-a:confirmed", "subset", "c12-b:cases"),
    ("c12-b:patients", "other count", "c12-a:daily"),
    ("c12-c:raised", "other money", "c12-b:appeal"),
    ("c12-c:mutanda", "other place", "c12-d:cases"),
    ("c12-d:prev", "other event", "c12-a:deaths"),
)
