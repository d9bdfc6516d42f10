"""Synonym groups for comparing reports, and the relations between them: pairs of groups that say
opposite things, words whose denial asserts a group (litotes), and the opposite pairs with nothing
between their poles (complementary pairs).

Data only, as written, like :mod:`graphbuild.crossdoc_lexicon`: :mod:`graphbuild.crossdoc_words` turns
the groups and pairs into keys, and :mod:`graphbuild.crossdoc_tokens` reads denials with them."""

from __future__ import annotations

#: Words reports of one utterance use interchangeably (generic news vocabulary), in groups headed
#: by the word the group is known by.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("rise", "rises", "rose", "risen", "rising", "raise", "raised", "increase", "increased", "grow", "grew",
     "grown", "growing", "growth", "climb", "climbed", "jump", "jumped", "surge", "surged", "soar", "soared",
     "hike", "hiked", "gain", "gained", "boost", "boosted", "higher", "up"),
    ("fall", "falls", "fell", "fallen", "falling", "drop", "dropped", "decline", "declined", "shrink",
     "shrank", "shrunk", "decrease", "decreased", "slide", "slid", "plunge", "plunged", "sink", "sank",
     "dip", "dipped", "slump", "slumped", "slow", "slowed", "lower", "lowered", "cut", "cuts", "reduce",
     "reduced", "reduction", "slash", "slashed", "trim", "trimmed", "axe", "axed", "down"),
    ("stay", "stayed", "remain", "remained", "keep", "kept", "unchanged", "steady", "maintain",
     "maintained", "hold", "held", "holding", "respect", "respected", "observe", "observed", "honour",
     "honoured", "honor", "honored", "uphold", "upheld"),
    ("open", "opened", "reopen", "reopened", "opening"),
    ("close", "closed", "closing", "closure", "shut", "shutting", "shutdown"),
    ("win", "won", "winning", "victory"),
    ("lose", "lost", "losing", "defeat", "defeated"),
    ("accept", "accepted", "approve", "approved", "endorse", "endorsed", "agree", "agreed"),
    ("reject", "rejected", "oppose", "opposed", "veto", "vetoed", "refuse", "refused", "disagree",
     "disagreed", "dismiss", "dismissed"),
    ("join", "joined", "participate", "attend", "attended"),
    ("leave", "leaves", "leaving", "quit", "quits", "depart", "departs", "departed", "exit", "exits",
     "exited", "resign", "resigned", "resigns"),
    ("boycott", "boycotted", "shun", "shunned"),
    ("start", "started", "begin", "began", "begun", "launch", "launched", "resume", "resumed"),
    ("stop", "stopped", "halt", "halted", "end", "ended", "suspend", "suspended", "cease"),
    ("arrest", "arrested", "detain", "detained", "arrests", "detention"),
    ("injure", "injured", "injury", "injuries", "hurt", "wound", "wounded"),
    ("kill", "killed", "die", "died", "dead", "death", "deaths"),
    ("ready", "prepared", "prepare", "willing"),
    ("company", "firm", "group", "business", "management"),
    ("worker", "workers", "employee", "employees", "staff", "member", "members"),
    ("revenue", "sales", "turnover"),
    ("talks", "negotiations", "negotiation", "talk"),
    ("ceasefire", "truce", "armistice"),
    ("gunfire", "gunshot", "gunshots", "shooting", "shootings", "shots"),
    ("troop", "troops", "soldier", "soldiers", "force", "forces"),
    ("withdraw", "withdrew", "withdrawn", "retreat", "retreated"),
    ("cancel", "cancelled", "canceled", "scrap", "scrapped"),
    ("support", "supported", "help", "helped", "aid", "assist", "assistance", "back", "backing"),
    ("weapon", "weapons", "arms", "ammunition", "munitions"),
    ("quickly", "fast", "soon", "rapidly", "swiftly"),
    ("strike", "strikes", "walkout", "stoppage"),
    ("say", "said", "tell", "told", "state", "stated"),
    ("match", "game", "fixture"),
    ("meet", "met", "meeting"),
    ("plant", "factory", "facility", "site"),
    ("negative", "bad"),
    ("farmer", "farmers", "grower", "growers"),
    ("crop", "crops", "harvest", "harvests"),
    ("mild", "minor", "slight"),
    ("overnight", "night"),
    ("survivor", "survivors", "alive"),
    ("provide", "provided", "supply", "supplied", "deliver", "delivered", "send", "give", "deploy", "deployed",
     "dispatch", "dispatched"),
    ("difficult", "tough"),
    ("significant", "substantial", "considerable"),
    # opposite poles of common news verbs and adjectives (see ANTONYMS)
    ("allow", "allowed", "permit", "permitted", "authorise", "authorised", "authorize", "authorized",
     "legalise", "legalised", "legalize", "legalized"),
    ("ban", "banned", "prohibit", "prohibited", "outlaw", "outlawed", "forbid", "forbade", "forbidden"),
    ("hire", "hired", "recruit", "recruited"),
    ("sack", "sacked", "lay-off", "layoff", "layoffs", "redundancy", "redundancies"),
    ("buy", "bought", "purchase", "purchased", "acquire", "acquired", "acquisition"),
    ("sell", "sold", "divest", "divested"),
    ("lift", "lifted", "ease", "eased", "relax", "relaxed", "loosen", "loosened"),
    ("impose", "imposed", "reimpose", "reimposed", "tighten", "tightened"),
    # evidential verbs: "this reflects / shows / confirms the fact that"
    ("confirm", "confirmed", "reflect", "reflects", "reflected", "show", "shows", "showed", "shown",
     "demonstrate", "demonstrates", "demonstrated", "prove", "proves", "proved", "proven"),
    ("deny", "denied", "denies"),
    ("extend", "extended", "prolong", "prolonged", "expand", "expanded", "expansion", "renew", "renewed"),
    ("restore", "restored", "reconnect", "reconnected"),
    ("release", "released", "free", "freed"),
    ("profit", "profits", "profitable"),
    ("include", "included"),
    ("exclude", "excluded"),
    ("legal", "lawful"),
    ("illegal", "unlawful"),
    ("safe", "safely"),
    ("unsafe", "dangerous"),
    ("guilty",),
    ("innocent", "acquit", "acquitted"),
    ("likely", "probable"),
    ("unlikely", "improbable"),
    ("possible",),
    ("impossible",),
    ("strong", "stronger", "strengthen", "strengthened"),
    ("weak", "weaker", "weaken", "weakened", "waver", "wavered", "wavering", "falter", "faltered", "faltering"),
    ("improve", "improved", "improvement", "better"),
    ("worsen", "worsened", "deteriorate", "deteriorated", "worse"),
    ("positive",),
    ("surplus",),
    ("deficit",),
    # things and happenings news copy names in more than one way
    ("agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts"),
    ("investigation", "investigations", "investigate", "investigated", "inquiry", "inquiries", "probe",
     "probes", "probed"),
    ("postpone", "postponed", "delay", "delayed", "defer", "deferred"),
    ("border", "borders", "frontier", "frontiers"),
    ("prisoner", "prisoners", "captive", "captives"),  # "detainee" keys as "detain" (arrest)
    ("car", "cars", "vehicle", "vehicles"),
    ("plane", "planes", "aircraft", "airliner", "airliners", "jet", "jets"),
    ("ship", "ships", "vessel", "vessels"),
    ("child", "children", "kid", "kids"),
    ("protest", "protests", "demonstration", "demonstrations"),
    ("protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators"),
    ("explosion", "explosions", "blast", "blasts"),
    ("missile", "missiles", "rocket", "rockets"),
    ("blaze", "blazes", "wildfire", "wildfires", "inferno"),
    ("compensate", "compensated", "compensation", "refund", "refunds", "refunded", "reimburse",
     "reimbursed"),
    ("money", "funds", "funding", "cash", "financing"),
    ("law", "laws", "legislation"),
    ("doctor", "doctors", "physician", "physicians"),
    ("rebel", "rebels", "insurgent", "insurgents", "militant", "militants"),
    ("destroy", "destroyed", "demolish", "demolished", "wreck", "wrecked", "flatten", "flattened"),
    ("resident", "residents", "inhabitant", "inhabitants"),
    ("plan", "plans", "planned", "intend", "intends", "intended", "intention", "premeditate", "premeditated"),
    ("risk", "risks", "threat", "threats", "danger", "dangers"),
    ("abandon", "abandoned", "abandons", "desert", "deserted", "forsake", "forsaken"),
    ("unemployment", "jobless", "joblessness"),
    ("wage", "wages", "salary", "salaries", "pay"),
    ("lawmaker", "lawmakers", "legislator", "legislators", "parliamentarian", "parliamentarians"),
    ("visit", "visits", "visited", "trip", "trips"),
    ("collapse", "collapsed", "collapses"),
    ("attack", "attacks", "attacked", "assault", "assaults", "assaulted"),
    ("rebuild", "rebuilt", "reconstruct", "reconstructed", "reconstruction"),
    ("huge", "massive", "enormous", "vast", "immense"),
    ("true", "correct", "accurate"),
    ("false", "wrong", "untrue", "inaccurate"),
    ("hurry", "hurried", "rush", "rushed", "haste", "hasty"),
    ("home", "homes", "house", "houses", "dwelling", "dwellings"),
    ("flood", "floods", "flooded", "flooding", "inundate", "inundated", "submerge", "submerged", "swamp",
     "swamped"),
    ("levee", "levees", "embankment", "embankments", "dyke", "dykes", "dike", "dikes"),
    ("seek", "seeks", "sought", "seeking", "pursue", "pursued", "pursuing"),
    ("price", "prices", "priced", "cost", "costs"),
    # issue #6, dev 7 (each a general-English equivalence, not a pair lifted from one row): arranging
    # something in concert, and a plan made beforehand ("premeditated" is "planned in advance")
    ("organise", "organised", "organize", "organized", "coordinate", "coordinated", "orchestrate",
     "orchestrated"),
    # public disorder: the nouns wire copy alternates for one night's events
    ("riot", "riots", "rioting", "disorder", "disorders", "unrest", "disturbance", "disturbances"),
    # sending traffic another way
    ("divert", "diverted", "diverts", "reroute", "rerouted", "reroutes", "redirect", "redirected"),
    # opposing a claim, an appeal or a ruling (not "oppose": that is a vote, see "reject")
    ("contest", "contested", "fight", "fights", "resist", "resisted", "resisting"),
    # something not working as it should
    ("fault", "faults", "faulty", "defect", "defects", "defective", "malfunction", "malfunctions",
     "malfunctioning"),
    # beyond a limit ("in excess of" is read as "above": :data:`PHRASAL_VERBS`)
    ("above", "exceed", "exceeded", "exceeds", "exceeding"),
    # coming upon something by looking (tests, inspections, searches)
    ("detect", "detected", "discover", "discovered", "find", "finds", "found"),
    # what patients take: the everyday and the technical word
    ("medicine", "medicines", "medication", "medications", "drug", "drugs"),
    # looking at something closely (an inquiry's own words, "probe" and "investigation", stay apart)
    ("review", "reviewed", "reviewing", "examine", "examined", "examining", "scrutinise", "scrutinised",
     "scrutinize", "scrutinized"),
)  # fmt: skip
#: Pairs of synonym groups (by head) that say opposite things ("raise" / "cut", "open" / "stay closed").
ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("rise", "fall"), ("rise", "stay"), ("fall", "stay"), ("open", "close"), ("win", "lose"),
    ("accept", "reject"), ("join", "boycott"), ("start", "stop"), ("stay", "leave"), ("join", "leave"),
    ("stay", "withdraw"), ("join", "withdraw"), ("support", "reject"), ("start", "cancel"), ("allow", "ban"), ("hire", "sack"),
    ("hire", "fall"), ("buy", "sell"), ("lift", "impose"), ("confirm", "deny"), ("extend", "stop"),
    ("extend", "fall"), ("start", "fall"), ("open", "fall"), ("restore", "fall"), ("restore", "lose"), ("restore", "stop"), ("release", "arrest"),
    ("profit", "lose"), ("include", "exclude"), ("legal", "illegal"), ("safe", "unsafe"),
    ("guilty", "innocent"), ("likely", "unlikely"), ("possible", "impossible"), ("strong", "weak"),
    ("improve", "worsen"), ("positive", "negative"), ("surplus", "deficit"), ("true", "false"),
    ("support", "abandon"), ("safe", "risk"), ("stay", "lift"),
)  # fmt: skip

#: Words whose denial asserts a pole of :data:`SYNONYM_GROUPS` (litotes: "will not abandon them" = "will
#: stand by them", "poses no danger" = "is safe"), by that group's head. Only the word right after the
#: negator is read so, and the negation ends there: what follows is not denied ("the farmers").
LITOTES: dict[str, str] = {
    **dict.fromkeys(("abandon", "abandoned", "desert", "deserted", "forsake", "forsaken"), "support"),
    **dict.fromkeys(("danger", "dangers", "threat", "threats", "harm", "hazard"), "safe"),
}  # fmt: skip

#: Pairs of :data:`ANTONYM_PAIRS` that are complementary: nothing lies between the two poles, so denying
#: one asserts the other ("would not be closed" = "will stay open", "not dangerous" = "safe", "no longer
#: allowed" = "banned"). Gradable or many-sided pairs ("rise" / "fall", "win" / "lose", "confirm" / "deny")
#: are not: "prices will not rise" does not say they will fall.
COMPLEMENTARY_PAIRS: tuple[tuple[str, str], ...] = (
    ("open", "close"), ("allow", "ban"), ("legal", "illegal"), ("safe", "unsafe"), ("guilty", "innocent"),
    ("possible", "impossible"), ("true", "false"), ("likely", "unlikely"), ("include", "exclude"),
    ("accept", "reject"),
)  # fmt: skip
