"""What a numeric claim counts: the counting nouns of each class, the people whose class depends on
what happened to them, the base units figures are compared in. General English word lists, read by
:mod:`graphbuild.crossdoc_conflicts`; none is taken from a story.
"""

from __future__ import annotations

#: Nouns that name what is counted, by class (generic, not story-specific).
COUNTED = {
    "deaths": {"death", "dead", "fatality", "casualty", "victim", "loss", "life", "lives"},
    "injuries": {"injury", "injured", "wounded"},
    "displaced": {"refugee", "evacuee", "displaced"},
    "missing": {"missing", "unaccounted"},
    "rescued": {"survivor"},
    "infected": {"case", "infection"},
    "jobs cut": {"layoff", "redundancy"},
    "area": {"hectare", "acre"},
    "distance": {"kilometer", "kilometre", "km", "mile", "metre", "meter", "foot", "feet", "yard"},
}
#: Words that make "cases" cases of an illness (not a court's, not crates): general medical English.
ILLNESS_WORDS = {
    "virus", "disease", "outbreak", "infection", "infections", "infected", "epidemic", "pandemic", "illness",
    "confirmed", "suspected", "cholera", "measles", "ebola", "flu", "influenza", "covid",
    "coronavirus", "malaria", "dengue", "tuberculosis", "polio", "typhoid", "diarrhoea", "diarrhea", "mpox",
}  # fmt: skip
#: Nouns for people, whose class depends on what happened to them ("soldiers were killed").
PEOPLE = {
    "soldier", "troop", "people", "person", "civilian", "resident", "child", "children", "fighter", "man", "men",
    "woman", "women", "miner", "worker", "passenger", "student", "pupil", "pilgrim", "protester", "demonstrator",
    "migrant", "patient", "villager", "police", "policeman", "officer", "militant", "rebel", "insurgent",
    "guard", "crew", "sailor", "tourist", "teenager", "adult", "inmate", "prisoner", "hostage", "employee",
    "firefighter", "rescuer", "journalist", "doctor", "nurse", "farmer", "fisherman", "fishermen", "member",
    "supporter", "combatant", "servicemen", "serviceman", "personnel", "occupant", "citizen", "national",
    "infant", "baby", "girl", "boy", "climber", "driver", "pedestrian", "spectator", "fan", "other",
}  # fmt: skip
PEOPLE_CUES = {
    "deaths": {"killed", "killing", "died", "dead", "deaths", "lost", "lives", "perished", "fatalities"},
    "injuries": {"wounded", "injured", "injuring", "hurt"},
    "displaced": {"displaced", "fled", "evacuated", "displacing", "homeless"},
    "missing": {"missing", "unaccounted"},
    "rescued": {"rescued", "saved"},
    "trapped": {"trapped"},
    "infected": {"infected", "sickened"},
}
#: Nouns for homes and buildings, counted, as people are, by what happened to them ("40 homes were
#: destroyed", "118 houses damaged"); with no such word near, a figure of homes is no claim.
BUILDINGS = {"home", "house", "dwelling", "building"}
BUILDING_CUES = {
    "buildings destroyed": {"destroyed", "collapsed", "flattened", "razed", "levelled", "leveled", "gutted"},
    "buildings damaged": {"damaged"},
}
#: Nouns for jobs, counted by what happened to them ("1,200 jobs will be cut", "to create 300 jobs"), and
#: those cues: a cut and a creation are two quantities.
JOBS = {"job"}
JOB_CUES = {
    "jobs cut": {
        "cut", "cuts", "cutting", "eliminate", "eliminated", "eliminates", "eliminating", "shed", "sheds",
        "shedding", "slash", "slashed", "slashing", "axe", "axed", "axing", "lose", "lost", "losing", "scrap",
        "scrapped", "scrapping", "reduce", "reduced", "reducing",
    },
    "jobs created": {"create", "created", "creates", "creating", "add", "added", "adding", "hire", "hired"},
}  # fmt: skip
#: Phrases that say what happened to people, as :data:`PEOPLE_CUES` words do ("4,000 people had left
#: their homes": displaced), as regular expressions (case-insensitive, matched on word boundaries).
PEOPLE_CUE_PHRASES = {
    "displaced": (
        r"(?:left|fled|lost|abandoned|evacuated\s+from)\s+(?:their|his|her)\s+(?:own\s+)?(?:homes?|houses?)",
        r"(?:forced|driven|moved|chased)\s+(?:out\s+of|from)\s+(?:their|his|her)\s+(?:homes?|houses?)",
        r"without\s+(?:shelter|a\s+home|homes|a\s+roof)",
        r"(?:left|made|rendered)\s+homeless",
    ),
}
#: Words the context of a figure (what tells two figures count one thing) reads as one: general
#: English words for one deed or thing ("died" / "killed", "hurt" / "injured", "houses" / "homes").
#: Each group is read as its first word.
CONTEXT_SAME_WORDS = (
    ("killed", "died", "perished"),
    ("injured", "hurt"),
    ("homes", "houses", "dwellings"),
    ("home", "house", "dwelling"),
    ("burned", "burnt", "scorched", "charred"),
    ("fire", "wildfire", "blaze", "bushfire"),
    ("rescued", "saved"),
)
#: Base units: distances in kilometres, areas in hectares (a figure in miles is compared as km).
TO_BASE = {
    ("distance", "mile"): 1.609344,
    ("distance", "nautical mile"): 1.852,
    ("area", "acre"): 0.40468564,
    ("distance", "metre"): 0.001,
    ("distance", "meter"): 0.001,
    ("distance", "foot"): 0.0003048,
    ("distance", "feet"): 0.0003048,
    ("distance", "yard"): 0.0009144,
    ("area", "square mile"): 258.998811,
    ("area", "square metre"): 0.0001,
    ("area", "square meter"): 0.0001,
    ("area", "square foot"): 0.000009290304,
    ("area", "square feet"): 0.000009290304,
    ("area", "square yard"): 0.000083612736,
    ("area", "square kilometer"): 100.0,
    ("area", "square kilometre"): 100.0,
    ("area", "square km"): 100.0,
}
#: A figure followed by one of these counts a change ("3,000 more acres", "15 new deaths"), not a level.
CHANGE_WORDS = {"more", "additional", "extra", "fewer", "new", "further"}

#: Counting nouns that say nothing of whose toll it is: "casualties" may be "soldiers"; "rebels" and
#: "soldiers" (both specific) are two sides' tolls, never one quantity.
GENERIC_COUNTED = {
    "people", "person", "death", "dead", "fatality", "casualty", "victim", "loss", "life", "lives", "injury",
    "injured", "wounded", "refugee", "evacuee", "displaced", "missing", "unaccounted", "survivor", "resident",
    "citizen", "national", "member", "case", "infection", "other",
}  # fmt: skip
#: Specific counting nouns that name the same people.
SAME_PEOPLE = {
    "troop": "soldier", "serviceman": "soldier", "servicemen": "soldier", "personnel": "soldier",
    "policeman": "police", "officer": "police", "children": "child", "men": "man", "women": "woman",
    "fishermen": "fisherman", "baby": "infant", "house": "home", "dwelling": "home", "layoff": "job",
    "redundancy": "job", "miner": "worker", "employee": "worker", "pupil": "student", "villager": "resident",
    "inmate": "prisoner", "sailor": "crew",
}  # fmt: skip

#: Currencies by sign and by word (singular); wire copy's abbreviations ("mln dlrs") are not read as
#: money (see ``_WIRE_SUMS`` in :mod:`graphbuild.crossdoc_conflicts`).
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB", "ruble": "RUB"}
