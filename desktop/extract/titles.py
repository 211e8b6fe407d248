"""The vocabulary of official titles: "Kazakh Prime Minister", "Minister of State
for Foreign Trade", "Commerce Vice Minister", "deputy secretary of the …".

Titles are phrases of known words ending in a head noun; knowing the words is
what lets the extractor see where a title stops and a name begins in
"Minister of Trade and Integration Arman Shakkaliyev".
"""

from __future__ import annotations

import re

from desktop.extract.gazetteer import COUNTRIES
from desktop.extract.patterns import alternation

HEADS = [
    "President",
    "Leader",  # "Chinese leader Xi Jinping"
    "Vice-President",
    "Premier",
    "Minister",
    "Secretary",
    "Secretary-General",
    # China's provincial leaders: "Xinjiang Party Secretary Ma Xingrui", "… party chief"
    "Party Secretary",
    "Party Chief",
    "Chancellor",
    "Prince",
    "Princess",
    "King",
    "Queen",
    "Emir",
    "Sultan",
    "Ambassador",
    "Governor",
    "Mayor",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "Speaker",
    "Commissioner",
    "Envoy",
    "Representative",
    "Director",
    "Director-General",
    "Head",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Adviser",
    "Advisor",
    "Akim",
    "Hokim",
    "Khokim",
    "Sheikh",
    "Consul",
    "Undersecretary",
    "Under-Secretary",
    "Under Secretary",
    "Consul-General",
    "Consul General",
    "Secretary General",
    "Director General",
    "President Director",
    "General Manager",
    "Chief Executive Officer",
    "Ambassador Extraordinary and Plenipotentiary",
    "Chief Financial Officer",
    "Chief Operating Officer",
    "Country Manager",
    "Regional Manager",
    "Minister Delegate",
    "Minister-Delegate",
    "Marshal",
    # a profession, when it stands before the name as a title: "Economist Nurlan Sadykov"
    "Economist",
    "Analyst",
    "Professor",
    "Researcher",
    "Mufti",
    "Senator",
    "Counsellor",
    "Councillor",
    "Councilor",
    "CEO",
]
MODIFIERS = [
    "Deputy",
    "Vice",
    "Assistant",
    "Federal",
    "Honorary",
    "Parliamentary",
    "Livestock",
    "Management",
    "Supervisory",
    "Board",
    "Heavy",
    "High-Tech",
    "Mineral",
    "Power",
    "First",
    "Acting",
    "Senior",
    "Prime",
    "Crown",
    "Cabinet",
    "European",
    "Foreign",
    "Trade",
    "Economy",
    "Economic",
    "Finance",
    "Financial",
    "Commerce",
    "Agriculture",
    "Plantation",  # "Plantation and Commodities Minister", as Malaysia names the office
    "Plantations",
    "Commodities",
    "Agricultural",
    "Mining",
    "Energy",
    "Industry",
    "Industrial",
    "Transport",
    "Defence",
    "Defense",
    "Interior",
    "Investment",
    "Development",
    "Sustainable",
    "Digital",
    "Health",
    "Education",
    "Justice",
    "Labour",
    "Labor",
    "Tourism",
    "Culture",
    "Environment",
    "Climate",
    "Infrastructure",
    "Integration",
    "National",
    "State",
    "Home",
    "Chief",
    "General",
    "Executive",
    "Special",
    "Permanent",
    "High",
    "Principal",
    "Presidential",
    "Regional",
    "Provincial",
    "Revenue",
    "Textile",
    "Emergency",
    "Water",
    "Resources",
    "Natural",
    "Ecology",
    "Science",
    "Technology",
    "Innovation",
    "Communications",
    "Information",
    "Railways",
    "Railway",
    "Road",
    "Roads",
    "Bridges",
    "Highways",
    "Ports",
    "Shipping",
    "Construction",
    "Planning",
    "Budget",
    "Treasury",
    "Petroleum",
    "Oil",
    "Gas",
    "Minerals",
    "Mines",
    "Fisheries",
    "Food",
    "Social",
    "Security",
    "Affairs",
    "Commercial",
    "Business",
    "Bilateral",
    "Sports",
    "Youth",
    "Women",
    "Rural",
    "Urban",
    "Territorial",
    "Public",
    "Works",
    "Land",
    "Maritime",
    "Aviation",
    "Logistics",
    "Industries",
    "Statistics",
    "Internal",
    "External",
    "Overseas",
    "International",
    "Relations",
    "Cooperation",
    "Co-operation",
    "Reconstruction",
    "Employment",
    "Cooperatives",
    "Coordinating",
    "Irrigation",
    "Ministers",
    "Planning",
    "Tourism",
    "Trade",
    "Competition",
    "Transportation",
    "Cultural",
    "Heritage",
    "Handicrafts",
    "Downstreaming",
    "Logistic",
    "Migration",
]
#: Portfolio words only after "of"/"for" ("Minister of Enterprises", "… and Logistic
#: Services"), never before a head word: "Google Services President" is the company's.
_PORTFOLIO_ONLY = alternation(["Services", "Enterprise", "Enterprises"])
_DOMAIN_CONNECT = r"(?:,?\s+(?:and|&)\s+|,\s+|\s+of\s+(?:the\s+)?|\s+)"
_MOD_CONNECT = r"(?:,\s+|\s+and\s+|[\s-]+)"

HEAD_ALT = _HEAD_ALT = alternation(HEADS)
MODIFIER_ALT = _MOD_ALT = alternation(MODIFIERS)
#: A portfolio word after "of"/"for": a known modifier, or a capitalised abstract noun
#: ("Partnerships", "Enlargement", "Competition") — suffixes names do not have.
#: Regions an envoy may be for: "Special Representative for Central Asia".
_REGIONS = (
    r"(?:Central|South|East|West|North|Southeast)\s+Asia|the\s+Middle\s+East|Africa|Europe"
    r"|the\s+Caucasus|Latin\s+America|the\s+Gulf"
    # "Special Envoy for Eurasian Affairs"
    r"|(?:Eurasian|Asian|European|African|Arab|Caspian|Central\s+Asian|Middle\s+Eastern)(?=\s+Affairs\b)"
)
_DOMAIN_WORD = rf"(?:(?!State\s+of\b){_MOD_ALT}|{_PORTFOLIO_ONLY}|{_REGIONS}|(?-i:[A-Z][a-z]{{2,}}(?:ships?|tions?|ments?|ities|ity|ances?|ences?|isms?|ures?|ics|ogy|ness|ives|acy|icy)\b))"
#: A capitalised title as written in front of a name (case-insensitive words).
TITLE = (
    rf"(?i:(?:(?:{_MOD_ALT}){_MOD_CONNECT}){{0,4}}(?:{_HEAD_ALT})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:State\s+for\s+)?{_DOMAIN_WORD}(?:{_DOMAIN_CONNECT}{_DOMAIN_WORD})*)?)"
)
#: Portfolio words as a lower-case title writes them: "foreign", "trade", "agriculture".
PORTFOLIO_LOWER = alternation(
    sorted(
        {m.lower() for m in MODIFIERS}
        - {"first", "deputy", "vice", "acting", "senior", "chief", "assistant"}
    )
)
#: A portfolio the vocabulary lacks, by the endings of abstract nouns: "minister of
#: territorial administration and infrastructure", "labour, migration and employment".
#: Lower case only, and no body's name: "Chief Executive of the Trade Development Authority"
#: is a title of a body.
_PORTFOLIO_NOUN = (
    r"(?-i:(?!(?:authority|association|corporation|organi[sz]ation|federation|department"
    r"|government|commission|foundation|institution)\b)[a-z]{3,}(?:tions?|ments?|ities|ity|ures?))(?![\w-])"
)
#: A lowercase title phrase in an appositive: "deputy secretary", "chairman", "deputy
#: foreign minister", "trade commissioner", "deputy minister of agriculture and environment".
LOWER_TITLE = (
    r"(?:(?:first|deputy|vice|executive|acting|general|senior|honorary|non-resident|chief|joint"
    r"|additional|permanent|principal|under)[\s-]+){0,2}"
    rf"(?:(?:{PORTFOLIO_LOWER})\s+){{0,2}}"
    r"(?:secretary|(?:chairman|chairwoman|president)\s+of\s+the\s+(?:management\s+|supervisory\s+)?board(?!\s+of\s+directors)|"
    r"president\s+director|chairman|chairwoman|chairperson|chair|president|"
    r"minister|head|governor|"
    r"director|ambassador|envoy|spokesman|spokeswoman|spokesperson|chief\s+executive(?:\s+officer)?|"
    r"chief\s+(?:financial|operating|technology|investment|commercial)\s+officer|"
    r"mayor|akim|k?hokim|hakim|premier|commissioner|high\s+commissioner|principal\s+secretary|representative|"
    r"party\s+(?:secretary|chief)|"
    r"adviser|advisor|founder|leader|managing\s+director|consul|CEO|charg[eé]\s+d['’]affaires"
    r"|(?:country|general|regional|area|plant|project)\s+manager)(?:[\s-]general)?"
    # (a noun the vocabulary lacks never after "the": "head of the delegation" is no office)
    rf"(?:\s+(?:of|for)\s+(?:(?:the\s+)?(?:{PORTFOLIO_LOWER})s?|{_PORTFOLIO_NOUN})"
    # "… for Energy Affairs of the State of Qatar": "the State" is the body, not a portfolio
    rf"(?:(?:,\s+|,?\s+and\s+|\s+(?:of|for)\s+|\s+)(?:{PORTFOLIO_LOWER}|{_PORTFOLIO_NOUN})"
    rf"|\s+(?:of|for)\s+the\s+(?!state\b)(?:{PORTFOLIO_LOWER}))*"
    r"(?![\w-]))?"
)
_ADJ_WORDS = sorted({a for c in COUNTRIES for a in (c.name, *c.aliases)}, key=len, reverse=True)
#: A country or its adjective in front of a title: "Kazakh", "South Korean", "UAE", "Brazil’s".
COUNTRY_WORD = alternation(_ADJ_WORDS) + r"(?:['’]s|(?<=s)['’](?!\w))?"  # "the Emirates' …"

_SMALL = frozenset({"of", "for", "and", "the", "&", "in"})


def title_case(text: str) -> str:
    """'deputy secretary' → 'Deputy Secretary'; keeps 'of'/'for' small, capitals as written."""
    words = " ".join(text.split()).split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word.lower() in _SMALL:
            out.append(word.lower())
        elif i and word[:2].lower() in ("d'", "d’"):  # "Chargé d'Affaires"
            out.append(word[:2].lower() + word[2:3].upper() + word[3:])
        elif word[:1].islower():
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
        else:
            out.append(word)
    return " ".join(out)


#: Words that name the same office: "the premier" is the Prime Minister.
_SYNONYMS = {
    "premier": ("prime", "minister"),
    "chair": ("chairman",),
    "chairwoman": ("chairman",),
    "chairperson": ("chairman",),
    "spokeswoman": ("spokesman",),
    "spokesperson": ("spokesman",),
    "advisor": ("adviser",),
    "envoy": ("ambassador",),  # "the envoy said" after "Hungary's ambassador, Zoltán Fekete"
    "diplomat": ("ambassador",),
}


def head_words(title: str) -> set[str]:
    """Lowercase words of a title, used to match "the minister" to "Trade Minister"
    and "the premier" to "Prime Minister"."""
    out: set[str] = set()
    for word in re.split(r"[\s-]+", title.lower()):
        if word and word not in _SMALL:
            out.update(_SYNONYMS.get(word, (word,)))
    if {"high", "commissioner"} <= out:  # a Commonwealth country's ambassador: "the envoy"
        out.add("ambassador")
    return out
