"""People with their titles and countries, and every place the text refers to them.

A person is found where a title stands in front of a name ("Kazakh Prime
Minister Olzhas Bektenov"), where an appositive follows it ("Erkin Tuniyaz,
deputy secretary of …"), as someone's "counterpart", or as the subject of a
speech verb ("Goyal said"). Later references — the surname alone, "the
President", "the minister", "he" — resolve to the person, which is what quote
attribution and event participants need.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field

from desktop.domain import Role
from desktop.extract.entities import ORGANIZATION_HEADS, starting_in
from desktop.extract.gazetteer import (
    ALSO_GIVEN,
    CITY_COUNTRY,
    COUNTRY_BY_WORD,
    FAMILY_FIRST,
    KNOWN_BY_WORD,
    KNOWN_OFFICIALS,
    SUPRANATIONAL,
    WHEN_WORDS,
    PhraseIndex,
    slug,
)
from desktop.extract.patterns import alternation
from desktop.extract.titles import (
    COUNTRY_WORD,
    HEAD_ALT,
    HEADS,
    LOWER_TITLE,
    MODIFIER_ALT,
    MODIFIERS,
    PORTFOLIO_LOWER,
    TITLE,
    head_words,
    title_case,
)

#: Latin-1 and Latin Extended-A letters: Marković, Jovanović-Ilić, Łukasz, Doğan.
#: With Romanian Ș Ț, Vietnamese Ơ Ư and the Latin Extended Additional block (Phạm, Trần),
#: whose capitals and small letters alternate and so stand in both sets.
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚƠƯḀ-ỿ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțơưḀ-ỿ"
#: A capital, then "c"/"ac" and a capital for McAllister and MacDonald. (The capital comes
#: first so a pattern that opens on a name opens on a set of letters, which the engine
#: skips to instead of trying every position.)
_MC = rf"(?:(?<=M)a?c(?=[{_UPPER}])[{_UPPER}])?"
_NAME_TOKEN = rf"[{_UPPER}]{_MC}[{_LOWER}]*(?:[-’'][{_UPPER}{_LOWER}]+)*(?![{_UPPER}])"  # not "OF"
_PARTICLE = r"(?:bin|bint|ibn|al|el|van|von|de|da|der|den|di|du|la|le|lo|del|della|dos|das)"
#: A headline's verbs in title case end a name: "Ambassador Mauricio Hurtado Meets Vice …".
_HEADLINE_VERBS = frozenset(
    {"Meets", "Says", "Holds", "Signs", "Visits", "Calls", "Urges", "Eyes", "Seeks", "Receives"}
)
_HEADLINE_VERB = "|".join(sorted(_HEADLINE_VERBS))
#: More words of a name, within one paragraph: a name never runs over a blank line (the
#: look-behinds after the spaces cost less than spelling the spaces out).
_MORE_NAME = (
    rf"(?:\s+(?<!\n\s\n)(?<!\n\n)(?!(?:{_HEADLINE_VERB})\b)"
    rf"(?:{_PARTICLE}(?:\s+|-)){{0,2}}{_NAME_TOKEN}){{0,3}}"
)
NAME = rf"{_NAME_TOKEN}{_MORE_NAME}"
#: Initials before a surname: "External Affairs Minister S. Venkataraman", "R.K. Bhandari".
_INITIALS = r"(?:[A-Z]\.\s?){1,3}(?=[A-Z][a-z])"
#: A name that starts a word: what ``(?<![\w-])`` before ``NAME`` says, checked after its
#: first letter.
_WORD_NAME = (
    rf"[{_UPPER}](?<![\w-].){_MC}[{_LOWER}]*(?:[-’'][{_UPPER}{_LOWER}]+)*(?![{_UPPER}]){_MORE_NAME}"
)
_SPEECH = (
    r"said|says|told|added|noted|stressed|underscored|underlined|emphasized|emphasised|"
    r"announced|asked|urged|warned|explained|declared|stated|insisted|recalled|remarked|replied|"
    r"pointed\s+out|highlighted|confirmed|wrote|reported|argued|cautioned|welcomed|conceded"
    # "put it bluntly:", "put it this way:", "was blunt:" — only before the words it introduces
    r"|put\s+it(?=(?:\s+(?:this\s+way|like\s+this|\w+ly))?\s*:)"
    r"|was\s+(?:blunt|brief|frank|direct|emphatic|categorical|candid|unequivocal)(?=\s*:)"
)
SPEECH_VERBS = _SPEECH


def family_name_first(name: str) -> bool:
    """Whether ``name`` is written family name first, as Chinese and Korean names are; a
    family name that is also a Western given name ("Lee Smith") only before a hyphenated
    Korean given name ("Lee Jae-myung")."""
    first, _, rest = name.partition(" ")
    return first in FAMILY_FIRST and (first not in ALSO_GIVEN or "-" in rest.split(" ")[0])


#: Styles and honorifics written before a name and not part of it: "H.E. Mr.", "Dr.",
#: "Engr.", "Sheikh", "Sayyid", "Datuk Seri", "Dato'", "Tan Sri", "Alhaj", "Mawlawi".
_STYLE = (
    r"(?:H\.\s?E\.|(?:Mr|Ms|Mrs|Dr|Prof|Engr)\.?|Eng\.|Senator|Sheikh|Sayyid|Datuk(?:\s+Seri)?"
    r"|Dato['’]?(?:\s+S(?:e)?ri)?|Tan\s+Sri|Alhaji?|Al-Haj|Hajj?i|Mawlawi|Maulvi|Maulana"
    r"|Puan|Encik|YB|YAB|YBhg|Tengku|Tunku"  # Malay styles: "YAB Dato' Sri Roslan Hashim"
    r"|Bapak|Ibu|Shri|Smt|Amb\.|Prince|Princess|(?:His|Her)\s+(?:Highness|Majesty|Excellency))"  # "Foreign Minister Prince Turki bin …"  # Indonesian and Indian ones: "Bapak Iendra", "Shri Piyush Goyal"
)
HONORIFIC = rf"(?:{_STYLE}\s+){{0,2}}"
#: Whose title it is, when the sentence says so without naming them: "its executive
#: chairman", "the city's mayor", "the Hungarian central bank's deputy governor".
_WHOSE = r"(?:[Ii]ts|[Tt]heir|[Tt]he(?:(?:[ \t]+\n?|\n)[ \t]*[\w-]+){1,3}['’]s)\s+"  # one paragraph
#: "Kazakh Prime Minister Olzhas Bektenov", and the comma form "Argentina's Minister of
#: Economy, Luis Carrizo Ferrer," (which needs the closing comma, or any title-cased phrase
#: followed by a comma would swallow the next capitalised word).
#: After a country word, a portfolio the vocabulary lacks still belongs to the title:
#: "Egyptian Electricity Minister Hany Fahmy".
#: A state as official English names it: "the Republic of Uzbekistan", "the Kyrgyz Republic".
_STATE = (
    rf"(?:(?:Republic|State|Kingdom|Sultanate)\s+of\s+(?:the\s+)?)?{COUNTRY_WORD}(?:\s+Republic\b)?"
)
#: "Governor of Samarkand region", "the governor of the Antofagasta region".
_REGION = r"[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'-]+)?\s+(?:[Rr]egion|[Pp]rovince|[Oo]blast|[Cc]ounty)\b"
#: "The Chinese ambassador in Belgrade, Gao Ruiying,"
_CITY = alternation(sorted(CITY_COUNTRY))
_PORTFOLIO_TITLE = rf"(?:[A-Z][a-z]+\s+){{1,2}}(?:{HEAD_ALT})\b"
_TITLED = re.compile(
    # (not inside "the Cabinet of Ministers, Minister of Foreign Affairs …")
    rf"(?<![\w-])(?!(?<=of[ \n])Ministers\b)(?=[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ]|the\s|acting\s)"
    # where a sentence, a line or a dateline opens: two offices joined by a dash may follow
    r"(?P<opening>(?<=\n)|(?<=[.;:,]\s)|(?<=[—–-]\s)|(?<![\s\S]))?"
    rf"(?:(?P<the>\b[Tt]he)\s+)?(?:(?P<country>\b{COUNTRY_WORD})\s+)?"
    rf"(?P<title>\b(?:{TITLE}|(?(country){_PORTFOLIO_TITLE}|(?!))))"
    rf"(?:\s+of\s+(?:the\s+)?(?:(?P<of_country>{_STATE})|(?P<of_region>{_REGION})"
    rf"|(?P<of_city>{_CITY})(?=\s)))?"
    # "… in Mary Mawlawi Habibullah Sharifi": a city the gazetteer lacks, before a style
    rf"(?:\s+to\s+(?:the\s+)?{_STATE}|\s+in\s+(?:{_CITY}|[A-Z][\w’'-]+(?=\s+{_STYLE}\s)))?"
    # "Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Timur Sultangaziyev"
    rf"(?:(?:\s+and|(?(the)(?!)|(?(opening)\s+[–—-]|(?!))))\s+(?P<title2>{TITLE})(?:\s+of\s+(?:the\s+)?(?P<of_country2>{_STATE}))?)?(?P<comma>,)?\s+"
    rf"{HONORIFIC}(?P<name>(?:{_INITIALS})?{NAME})"
    r"(?(comma)(?=[,.;:)]|\s+(?:and|who|said|told|in|on|at)\b|\s*$)|)"
)
#: The last words of a body's name ("Commission", "Ministry", "Bank"), as a pattern.
_ORG_HEAD_ALT = alternation(ORGANIZATION_HEADS)
#: What a body named in lower case is: "the customs committee", "Kazakhstan's roads agency".
_BODY_NOUN = (
    r"(?:agency|department|committee|company|ministry|commission|council|authority|bank|fund"
    r"|service|office|board|corporation|group|division|directorate|unit|institute|association"
    r"|coalition|party|alliance|movement|federation|chamber|union)\b"
)
#: The same, with the bodies a regional office belongs to ("vice chairman of the regional
#: government"); not for "a government spokesman", a person described by his employer.
BODY_NOUN_OF = rf"(?:{_BODY_NOUN}|(?:government|administration)\b)"
_APPOSITIVE = re.compile(
    rf"(?P<name>{_WORD_NAME}),\s+(?:who\s+is\s+)?(?:(?P<whose>{_WHOSE})|the\s+|(?P<article>an?\s+)|(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+)?(?:(?P<country>{COUNTRY_WORD})\s+|EU\s+)?(?P<title>(?i:{LOWER_TITLE}))"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
    r"(?:(?:\s+(?:of|for|at)\s+(?:the\s+)?(?P<desc>(?:[A-Za-z][A-Za-z-]*\s+){0,4}?)(?P<org>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+|under\s+the\s+|de\s+|del\s+|des\s+)?[A-Z][\w’'-]*)*)"
    r"(?:\s+(?:region|province|oblast|district|government|administration|party|coalition|movement|alliance))?(?:\s+\([A-Z]{2,8}\)(?:\s+[A-Z][\w’'-]*)*)?"
    # a body named in lower case: "head of the customs committee", "director of the
    # department of transport policy", "chief executive officer of the company"
    rf"|\s+(?:of|at|for|in)\s+(?P<lower_body>(?:the\s+|its\s+|[A-Z][\w-]*['’]s\s+)(?:[A-Za-z][\w-]*\s+){{0,3}}{BODY_NOUN_OF}"
    r"(?:\s+of\s+(?:the\s+)?(?!(?:and|the|its|a|an)\b)[a-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*){0,2})?))"
    # "… of the Japan International Cooperation Agency's Philippine office"
    r"(?:['’]s\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:office|branch|unit|mission|subsidiary|division))?"
    # "… to the Kingdom of Thailand"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)?)?"
    r")?"
    rf"(?:\s+and\s+(?:(?P<org2>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?P<title2>{LOWER_TITLE})"
    rf"|(?P<title3>(?i:{LOWER_TITLE}))\s+of\s+(?:the\s+)?(?P<org3>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)))?"
    # "and" ends it, unless it goes on to a body's last word: "vice chairman of the National
    # Development and Reform Commission"
    rf"(?=[,.;)]|\s+(?:on|in|at|said|told|who)\b|\s+and\b(?!\s+[A-Z][\w’'-]*\s+(?:{_ORG_HEAD_ALT})\b))"
)
#: A press release's "Director General of Rosatom Central Asia JSC Mr. Oleg Krylov": a
#: title, the body it heads, then an honorific that says where the name begins.
#: Words that carry a body's name on past its head word: a name holding one is no person's.
_BODY_GOES_ON = re.compile(
    r"\b(?:Mission|Resident|Office|Representation|Delegation|Branch|Division|Department|Service)\b"
)
#: A name in quotation marks ends the body's name as surely: "Chairman of the State Concern
#: «Türkmengaz» Dovletmyrat Gylyjov".
_TITLE_OF_BODY = re.compile(  # ("the hakim of the velayat …": a Turkmen governor, never a name here)
    rf"(?<![\w-])(?P<title>{TITLE}|[Hh]akim)\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&’'–-]*(?:\.[\w&’'-]+)*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&’'–-]*(?:\.[\w&’'-]+)*){0,6}"
    r"(?P<quoted>\s+[«“\"][^»”\"\n]{1,40}[»”\"])?"
    # a body named up to its last word: "… of China's National Development and Reform
    # Commission Liu Jianhong"; the area one governs: "the hokim of the region Ulugbek Sobirov"
    rf"|(?P<headed>(?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+|of\s+|for\s+)?){{0,5}}"
    rf"(?:{_ORG_HEAD_ALT})|(?:region|province|city|district|velayat|viloyat|oblast|etrap)(?=\s)"
    rf"|(?!(?:{COUNTRY_WORD}|ROK|DPRK|PRC|KSA|RF|EU|UN)\s)[A-Z]{{2,6}}(?=\s+(?!{MODIFIER_ALT}\b))))\s+"  # "Senior Vice President of JICA Keiko Matsuda"
    rf"(?(quoted)HONORIFIC|(?(headed)HONORIFIC|(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr)\.?\s+))"
    rf"(?P<name>{NAME})(?(headed)(?=,|\s+(?:{_SPEECH}|informed|and|who|met|held|spoke|visited|received|on|in|at)\b|\.(?:\s|$)|\s*$)|)".replace(
        "HONORIFIC", HONORIFIC
    )
)
#: What ``_TITLE_OF_BODY`` needs, an honorific or a quoted name; without one it need not
#: try every word.
_TITLE_OF_BODY_CUE = re.compile(
    rf"\s(?:Mr|Ms|Mrs|Dr)\.?\s|(?:{_ORG_HEAD_ALT})\s+[A-Z][a-z]+\s+[A-Z][a-z]+"  # "… Commission Liu …"
)
_QUOTED_NAME_CUE = re.compile(r"(?<=\w\s)[«“\"][^»”\"\n]{1,40}[»”\"]\s+[A-Z]")
#: "… of JICA Keiko Matsuda": an acronym's body before a name (a literal start: a quick scan).
_ACRONYM_BODY_CUE = re.compile(
    r"of\s+(?:the\s+)?(?:[A-Z]{2,6}|region|province|city|district|velayat|viloyat|oblast|etrap)\s+[A-Z][a-z]+\s+[A-Z][a-z]+"
)
#: A lower-case title after the body or place it belongs to, then the name:
#: "SOCAR president Elnur Mammadli", "National Bank of Georgia governor Nino Beridze",
#: "Xinjiang Uygur Autonomous Region chairman Erkin Tuniyaz". Found from the title
#: and the name; ``_OWNER`` then reads the owner backwards from the title.
_LOWER_TITLED = re.compile(
    rf"\s(?<=[\w)’'”\"]\s)\s*(?=[a-z]|CEO\b)(?P<title>{LOWER_TITLE})\s+{HONORIFIC}(?P<name>{NAME})"
)
_OWNER = re.compile(
    r"(?:(?<![\w’'-])(?P<org>[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'.&-]*(?:\s+(?:(?:of|for|and|de|del)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'.&-]*){0,7}"
    r"(?:\s+(?:region|province|oblast|district))?)"
    r"(?:\s+\((?P<abbr>[A-Z][A-Za-z]{1,7})\))?"
    r"(?:\s+(?P<facility>port|airport|refinery|terminal|plant|mine))?"  # "Turkmenbashi port director"
    r"|\b(?:the|its|their|his|her)\s+(?P<generic>[a-z]+)['’]s)\Z"
)
_NOT_OWNERS = frozenset(
    [
        *("The", "A", "An", "In", "On", "At", "And", "But", "As", "By", "For", "Of", "With"),
        *("From", "Deputy", "Vice", "First", "Acting", "Senior", "Chief", "Executive"),
        "Assistant",
    ]
)
#: "Aizada Temirbekova, who heads the ministry's foreign trade department,": the head of
#: whatever follows (named if capitalised: "who heads Kazakh Invest").
_WHO_HEADS = re.compile(
    rf"(?P<name>{_WORD_NAME}),\s+who\s+(?P<verb>heads|leads|chairs)\s+"
    r"(?:(?:the|its|their|his|her)\s+)?(?P<org>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'-]*){0,6})?"
)
_WHO_HEADS_CUE = re.compile(r",\s+who\s+(?:heads|leads|chairs)\s")
_HEAD_OF = {"heads": "Head", "leads": "Head", "chairs": "Chair"}


#: A title, then the name between commas: "The akim of Almaty, Yerbol Kuanyshev, said",
#: "the Vice Chairman of China's National Development and Reform Commission, Zhou
#: Haibin,", "Kazakhstan's ambassador to Seoul, Nurlan Zhakupov, said", "the hokim of the
#: A word of a minister's portfolio however written: capitalised, a joining word, or a
#: lower-case noun ("enterprises", "commerce"); not a verb, pronoun or article ("will",
#: "his", "the"), so "minister of finance, the governor of the central bank, X," is none.
_PORTFOLIO_WORD = (
    rf"(?:[A-Z][\w’'-]*|and|of|in|&|(?:{PORTFOLIO_LOWER})\b"
    r"|(?!(?:his|her|its|their|this|these|those|is|was|has|as|will|would|next|last)\b)"
    r"[a-z]+(?:s|ion|ment|ity|ure|ics|ism|ry|gy|ce|ts)\b)"
)

#: region, Shukhrat Rahimov.".
_TITLE_COMMA_NAME = re.compile(  # (the lookahead first: most positions fail it at once)
    rf"(?<!\w)(?=[TtIiwA-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ])(?:(?P<whose>{_WHOSE})|(?P<relative>whose)\s+|[Tt]he\s+(?:(?P<region>[A-Z][\w-]+)\s+(?=(?:regional|provincial)\s))?"
    rf"|(?P<country>{COUNTRY_WORD})\s+"
    r"|(?P<owner>[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w-]+){0,2})(?:['’]s|(?<=s)['’])\s+)"
    rf"(?P<title>(?i:{LOWER_TITLE}))"
    # "the head of the state energy holding Kyrgyz Energy Holding, …": a description first
    r"(?:\s+(?P<prep>of|to|for|at)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:holding|company|firm|operator|utility|producer|group|carrier)\s+)?"
    r"(?P<org>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'-]*){0,7})"
    r"(?:\s+(?:region|province|oblast|district|association|federation|union|council))?(?:\s+\([A-Z]{2,8}\))?"
    r"|\s+of\s+the\s+(?:region|province|city|district)"
    rf"|\s+of\s+(?P<lower_body>the\s+(?:[a-z][\w-]*\s+){{1,3}}{BODY_NOUN_OF})"  # "The head of the customs committee, …"
    r"|\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"  # "the company's director general in Mexico, …"
    # a minister's portfolio in any words, up to the name: "minister of enterprises and
    # Made in Italy, Federico Santangelo,", "Minister of Ports, Shipping and Waterways, …"
    rf"|(?<=[Mm]inister)\s+(?:of|for)\s+(?P<portfolio>{_PORTFOLIO_WORD}(?:,?\s+{_PORTFOLIO_WORD}){{0,6}}?))?"
    rf",\s+{HONORIFIC}(?P<name>{NAME})(?=\s*[,.;]|\s+(?:said|told)\b)"
)
_COUNTERPART = re.compile(
    rf"\b(?:his|her|their)\s+(?:(?P<country>{COUNTRY_WORD})\s+)?counterparts?,?\s+"
    rf"(?:(?P<title>(?:[A-Z][a-z]+\s+){{0,2}}{TITLE})\s+)?(?P<name>{NAME})"
)
#: "Tokayev said" / "said Tokayev": found from the verb outwards, since a scan for the names
#: themselves tries every word of the article.
#: (Words alone, so the engine skips from one possible first letter to the next; that no
#: word runs into them is checked after: ``_speech_verbs``.)
_SPEECH_VERB = re.compile(rf"(?:{_SPEECH}|according\s+to|According\s+to)\b")
#: "Tokayev said", and "Nurlan Alakbarov, an independent transport analyst in Baku, said".
_NAME_BEFORE = re.compile(
    rf"(?<![\w-])(?=[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ])(?P<name>{NAME})(?:,\s+(?:an?|the)\s+(?P<described>[^,.;“”\"]{{3,120}}),)?\s+\Z"
)
#: "…, said X." names the speaker; "said Wizz Air would operate …" names what was said of.
_NAME_AFTER = re.compile(
    rf"\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ])(?P<name>(?>{NAME}))\b"  # atomic: no shorter name escapes the check
    r"(?!\s+(?:would|will|had|has|have|was|were|is|are|could|can|may|might|plans?|planned)\b)"
)
#: Room for a name of four words before its verb.
_NAME_ROOM = 170
_DEFINITE = re.compile(
    rf"[Tt](?<!\w[Tt])he\s+(?:(?P<country>{COUNTRY_WORD})\s+)?(?P<title>{TITLE})(?!\s+[A-Z])(?:['’]s)?\b"
)
_JOINED = re.compile(r"[\w-]")  # a letter or hyphen right before a word: it is no word start
#: A speech verb as a word, wherever it stands.
SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH})\b")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
#: Where a sentence or paragraph ends, for finding the start of the sentence around a match.
_SENTENCE_END = re.compile(r"[.!?][”\"’'»]?\s|\n[ \t]*\n")
_NOT_NAMES = frozenset(
    [
        *WHEN_WORDS,
        # a headline's verbs ("Trade Minister Meets EU Commissioner") and a contact line's words
        *_HEADLINE_VERBS,
        *("Tel", "Fax", "Email", "Phone", "Contact"),
        "Daily",  # "told Daily Sabah"
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "We",
        "They",
        "I",
        "He",
        "She",
        "In",
        "On",
        "At",
        "By",
        "For",
        "And",
        "But",
        "Bilateral",
        "Trade",
        "Under",
        "During",
        "After",
        "Before",
        "While",
        "Since",
        "As",
        "According",
        "Russia",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Minister",
        "Prime",
        "Ministry",
        "Bank",
        "Agency",
        "Service",
        "Fund",
        "Committee",
        "Council",
        "Commission",
        "Corporation",
        "Company",
        "Group",
        "Union",
        "Chamber",
        "Authority",
        "Office",
        "Party",
        "Parliament",
        "Government",
        "Statistics",
        "Customs",
        "National",
        "State",
        "Central",
        "Asia",
        "Europe",
        "Africa",
        "European",
        "Gulf",
        "Sea",
        "Region",
        "Province",
        "Corridor",
        "Gateway",
        "Initiative",
        "Development",
        "Investment",
        "Your",
        "Excellency",
        "Excellency",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "East",
        "West",
        "North",
        "South",
        "Chinese",
        "Moscow",
        "Polish",
        "Data",
        "Official",
        "Officials",
    ]
)


_TITLE_WORDS = frozenset(w for head in HEADS for w in head.split()) | frozenset(MODIFIERS)
#: Office words no name contains (royal styles and words that are also surnames excluded).
_HEAD_WORDS = frozenset(HEADS) - {
    *("Prince", "Princess", "King", "Queen", "Sheikh", "Sultan", "Emir"),
    *("Chancellor", "Mayor", "Head", "Speaker", "Chair", "Governor"),
}
_HONORIFICS = frozenset(
    {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sheikh", "Madame", "Prof", "Prof."}
    | {"Engr", "Engr.", "Eng.", "Sayyid", "Datuk", "Dato", "Dato'", "Dato’", "Seri", "H.E."}
    | {"Alhaj", "Alhaji", "Al-Haj", "Haji", "Hajji", "Mawlawi", "Maulvi", "Maulana"}
    | {"Puan", "Encik", "YB", "YAB", "YBhg", "Sri", "Tengku", "Tunku", "Bapak", "Ibu", "Shri"}
    | {"Smt", "Amb.", "Prince", "Princess", "His", "Highness", "Majesty", "Excellency"}
)
#: Styles never part of a name, so one inside a run of capitalised words starts the name
#: ("… in Mary Mawlawi Habibullah Sharifi"); "Hassan Sheikh Mohamud" and "Mohamad Haji
#: Hasan" keep theirs.
_OUTSIDE_NAMES = _HONORIFICS - {"Sheikh", "Haji", "Hajji", "Sayyid", "Datuk", "Dato", "Seri"}
_OUTSIDE_NAMES -= {"Dato'", "Dato’"}


@dataclass(slots=True)
class Person:
    id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    #: (start, end, role) of each place the article gives a title, for role facts.
    role_spans: list[tuple[int, int, Role]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    person_id: str


@dataclass(slots=True)
class People:
    persons: dict[str, Person]
    #: In reading order (sorted by start).
    mentions: list[PersonMention]

    def at(self, start: int, end: int) -> list[str]:
        """Ids of people mentioned in ``[start, end)``, first mention order, no repeats."""
        return list(dict.fromkeys(m.person_id for m in starting_in(self.mentions, start, end)))

    def last_before(self, pos: int, skip: Sequence[tuple[int, int]] = ()) -> str | None:
        """The person mentioned last before ``pos``, ignoring mentions inside ``skip`` spans."""
        mention = self.last_mention_before(pos, skip)
        return mention.person_id if mention else None

    def first_of_country(
        self, country: str, pos: int, skip: Sequence[tuple[int, int]] = ()
    ) -> str | None:
        """The titled person of ``country`` named first before ``pos``: "the head of the
        Afghan delegation" is whoever led the Afghan side in, not the last Afghan named."""
        for m in self.mentions:
            person = self.persons[m.person_id]
            if m.start >= pos:
                break
            if (
                person.country == country
                and person.roles
                and not any(s <= m.start < e for s, e in skip)
            ):
                return m.person_id
        return None

    def last_mention_before(
        self, pos: int, skip: Sequence[tuple[int, int]] = ()
    ) -> PersonMention | None:
        for m in reversed(self.mentions):
            if m.start < pos and not any(s <= m.start < e for s, e in skip):
                return m
        return None

    def by_title(self, title: str, pos: int, exclude: Collection[str] = ()) -> str | None:
        """ "the minister" → the last person before ``pos`` whose title has those words,
        other than the people in ``exclude``. A country word first ("the Korean minister")
        asks for a role of that country."""
        whose = _COUNTRY_FIRST.match(title)
        country = _country(whose.group(1)) if whose else None
        wanted = head_words(title[whose.end() :] if whose else title)
        for exact in (True, False):  # "the premier" is the Prime Minister, not a deputy, if both
            candidates = [
                m
                for m in self.mentions
                if m.start < pos
                and m.person_id not in exclude
                and _title_matches(self.persons[m.person_id], wanted, exact, country)
            ]
            if candidates:  # the nearest before ``pos``, whatever order mentions were added in
                return max(candidates, key=lambda m: m.start).person_id
        later = [p for p in self.persons.values() if _title_matches(p, wanted, country=country)]
        return later[0].id if len(later) == 1 else None


#: Rank words a bare reference leaves out only when it means the holder of the full office.
_RANKS = frozenset({"deputy", "vice", "first", "acting", "assistant", "junior"})
_COUNTRY_FIRST = re.compile(rf"({COUNTRY_WORD})\s+")


def _title_matches(
    person: Person, wanted: set[str], exact: bool = False, country: str | None = None
) -> bool:
    for role in person.roles:
        words = head_words(role.title)
        if (
            wanted <= words
            and not (exact and (words - wanted) & _RANKS)
            and (country is None or role.country == country)
        ):
            return True
    return False


def find_people(
    body: str,
    quotes: list[tuple[int, int]],
    default_country: str | None,
    organizations: Sequence[tuple[int, str]] = (),
) -> People:
    """All persons of the article and every mention of them, in reading order.

    ``organizations`` are (position, name) of the organisations the article names, so
    "the company's chief executive" can be told which company.
    """
    book = _Book()
    book.organizations = sorted(organizations)
    for m in _in_paragraphs(_TITLED.finditer(body)):
        _titled(book, body, m)
    for m in _in_paragraphs(_APPOSITIVE.finditer(body)):
        _appositive(book, m)
    for m in _in_paragraphs(_LOWER_TITLED.finditer(body)):
        _owner_titled(book, body, m)
    if "counterpart" in body:
        for m in _in_paragraphs(_COUNTERPART.finditer(body)):
            _counterpart(book, body, m)
    for m in _in_paragraphs(_TITLE_COMMA_NAME.finditer(body)):
        _title_comma_name(book, m)
    if (
        _TITLE_OF_BODY_CUE.search(body)
        or _QUOTED_NAME_CUE.search(body)
        or _ACRONYM_BODY_CUE.search(body)
    ):  # press releases;
        # the pattern tries every word
        for m in _in_paragraphs(_TITLE_OF_BODY.finditer(body)):
            _title_of_body(book, m)
    if _WHO_HEADS_CUE.search(body):  # rare; the pattern tries every capitalised word
        for m in _in_paragraphs(_WHO_HEADS.finditer(body)):
            _who_heads(book, m)
    for start, raw in _speakers(body):
        if _BLANK_LINE.search(raw):
            continue
        name = _clean_name(raw)
        if name and len(name.split()) >= 2 and not within(start, quotes):
            at = start + max(raw.find(name), 0)  # "Russian President Vladimir Putin said"
            book.add(name, at, at + len(name))
    _prefer_offices(book)
    _finish_countries(book, body, default_country)
    mentions = _all_mentions(book, body)
    return People(book.persons, mentions)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _in_paragraphs(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Matches within one paragraph: a title closing one paragraph and a name opening the
    next are two different things."""
    return (m for m in matches if not _BLANK_LINE.search(m.group()))


#: A description of a body, not a person: "a London-based group that …", "a freight
#: forwarder that …".
_A_BODY = re.compile(
    rf"(?:[\w-]+\s+){{0,3}}(?:{_BODY_NOUN}|(?:firm|forwarder|operator|organi[sz]ation|network"
    r"|consortium|charity|watchdog)\b)"
)


def _speakers(body: str) -> Iterator[tuple[int, str]]:
    """(start, words) of each name right before or after a speech verb, or after
    "according to", left to right."""
    resume = 0
    for verb in _SPEECH_VERB.finditer(body):
        if verb.start() < resume or (verb.start() and _JOINED.match(body, verb.start() - 1)):
            continue
        according = verb.group()[:1] in "Aa" and verb.group().endswith("to")
        before = (
            None
            if according
            else _NAME_BEFORE.search(body, max(resume, verb.start() - _NAME_ROOM), verb.start())
        )
        if before and _A_BODY.match(before.group("described") or ""):
            before = None  # "Global Witness, a London-based group that …, said"
        if before:
            yield before.start("name"), before.group("name")
            resume = verb.end()
            continue
        alone = verb.group().isalpha() or according
        after = _NAME_AFTER.match(body, verb.end()) if alone else None
        if after:
            yield after.start("name"), after.group("name")
            resume = after.end()


class _Book:
    """Persons keyed by id with an alias index, merging "Tokayev" into "Kassym-Jomart Tokayev"."""

    def __init__(self) -> None:
        self.organizations: list[tuple[int, str]] = []
        self.persons: dict[str, Person] = {}
        self.alias: dict[str, str] = {}
        #: Short names two people share: they name neither.
        self.contested: set[str] = set()
        self.spans: list[PersonMention] = []

    def add(self, name: str, start: int, end: int) -> Person:
        key = self.alias.get(name) or self._by_tokens(name)
        if key is None:
            person = Person(slug(name), name)
            while person.id in self.persons:
                person.id += "-2"
            self.persons[person.id] = person
        else:
            person = self.persons[key]
            if len(name) > len(person.name) and name.endswith(person.name.split()[-1]):
                person.aliases.add(person.name)
                person.name = name
                self._rekey(person, slug(name))
        for alias in _aliases(name):
            if alias != person.name:
                person.aliases.add(alias)
            holder = self.alias.setdefault(alias, person.id)
            if holder != person.id and " " in alias and alias not in self.persons[holder].name:
                # "Faisal Al-Qahtani" after Faisal bin Farhan and Faisal bin Khalid: either
                self.contested.add(alias)
        for alias in self.contested:
            self.alias.pop(alias, None)
        self.alias[name] = person.id
        self.spans.append(PersonMention(start, end, person.id))
        return person

    def _by_tokens(self, name: str) -> str | None:
        tokens = name.split()
        if len(tokens) == 1 or all(t.endswith(".") for t in tokens[:-1]):
            return self.alias.get(tokens[-1])  # "Nurmatov", "J. Nurmatov" after Jamshid Nurmatov
        for person in self.persons.values():
            if " " not in person.name and person.name == tokens[-1]:
                return person.id
        return None

    def _rekey(self, person: Person, new_id: str) -> None:
        if new_id == person.id or new_id in self.persons:
            return
        old = person.id
        del self.persons[old]
        person.id = new_id
        self.persons[new_id] = person
        self.alias = {k: (new_id if v == old else v) for k, v in self.alias.items()}
        self.spans = [
            PersonMention(s.start, s.end, new_id if s.person_id == old else s.person_id)
            for s in self.spans
        ]


_BODY_GOES_ON_AFTER = re.compile(
    rf"\s+(?:and|of|for)\s+(?:[A-Z][\w’'-]*\s+){{0,4}}(?:{_ORG_HEAD_ALT})\b"
)


def _titled(book: _Book, body: str, m: re.Match[str]) -> None:
    raw = m.group("name")
    organization = None
    if m.group("of_country") and (
        # "… of the Kingdom of Saudi Arabia": the country's own last word is no name
        f"{m.group('of_country').split()[-1]} {raw.split()[0]}" in COUNTRY_BY_WORD
        # "Chairman of the Thai Food Processors' Association", "… of the Azerbaijan Export
        # and Investment Promotion Agency": a body's name
        or body.startswith(("'", "’"), m.end("name"))
        or (" " not in raw.strip() and _BODY_GOES_ON_AFTER.match(body, m.end("name")))
    ):
        return
    if m.group("of_country"):  # "Chairman of Azerbaijan Railways Rovshan Rustamov"
        tokens = raw.split()
        last = max((i for i, t in enumerate(tokens) if t in _ORGANIZATION_WORDS), default=-1)
        if last >= 0:
            organization = " ".join([m.group("of_country"), *tokens[: last + 1]])
            raw = " ".join(tokens[last + 1 :])
    name = _clean_name(raw)
    if not name or name.split()[0] in COUNTRY_BY_WORD or (organization and " " not in name):
        return
    title = title_case(m.group("title"))
    if _DANGLING.search(title):
        return
    country = (
        _country(m.group("country"))
        or _country_in(m.group("of_country"))
        or _country_in(m.group("of_country2"))
    )
    if m.group("of_region") and organization is None:
        organization = " ".join(m.group("of_region").split())
    if m.group("of_city"):  # "Akim of Almaty Yerzhan Babakumarov"
        organization = m.group("of_city")
        country = country or CITY_COUNTRY.get(organization)
    if organization is None and country is None and not m.group("the"):
        # "HSBC Chief Executive Officer …": the company's, not the dateline country's
        organization = _company_before(body, m.start()) or _unnamed_company(book, body, m.start())
        country = (
            _org_country(body, organization) or _known_country(organization)
            if organization and organization not in _UNNAMED
            else None
        )
    start = (
        m.start("the")
        if m.group("the")
        else m.start("country")
        if m.group("country")
        else m.start("title")
    )
    # The name's own words, wherever a wrapped line put them, after any words cut off
    words = name.split()
    name_start = body.index(words[0], m.start("name") + len(m.group("name")) - len(raw))
    name_end = body.index(words[-1], name_start) + len(words[-1])
    person = book.add(name, name_start, name_end)
    role = Role(title, organization, country)
    _add_role(person, role, start, name_end)
    second = m.groupdict().get("title2")
    if second:
        _add_role(person, Role(title_case(second), None, country), start, name_end)


#: After "X, its chairman": a comma that closes the apposition, no name following it.
_AFTER_THE = re.compile(r"\bthe\s+\Z")
_WHOSE_CLOSES = re.compile(r",(?!\s+(?:[A-Z]|H\.E\.))")
#: A title cut at an adjective, its noun taken for a name: "Head of the National" + "Steel
#: Producers association".
_DANGLING = re.compile(
    r"\bof\s+(?:the\s+)?(?:National|Federal|Central|Regional|International|Public)$"
)
_SAID_BEFORE_NAME = re.compile(rf"\b(?:{_SPEECH})\s+\Z")


def _appositive(book: _Book, m: re.Match[str]) -> None:
    if m.group("whose") and not (
        _WHOSE_CLOSES.match(m.string, m.end())
        or (
            _SAID_BEFORE_NAME.search(m.string, 0, m.start())
            and m.string[m.end() : m.end() + 1] in ".;"
        )
    ):
        # "Siemens Energy, the company's chief executive said": whose title it is says the
        # name before the comma is a body; "X, the company's chairman, said" and "…, said X,
        # the company's country manager." say a person
        return
    name = _clean_name(m.group("name"))
    if not name or name.split()[0] in COUNTRY_BY_WORD or _AFTER_THE.search(m.string, 0, m.start()):
        return  # "… at the Subic Bay Freeport, the trade secretary said": a place
    mention = (m.start("name"), m.start("name") + len(name))
    if " " not in name:  # "Novruzov, Azerbaijan's deputy energy minister, said …"
        name = _full_name(m.string, name) or ""
        if not name:
            return
    org = m.group("org") or _lower_body(m.group("lower_body"))
    if m.group("article") and not org:
        return  # "Anna Petrova, a director at a Moscow think tank": an office of no named body
    person = book.add(name, *mention)
    # "chairman of Chinese bus maker Yutong": the description names the company's country
    owner = m.group("owner")  # "Matthias Brandt, Leinetal's managing director,"
    country = (
        _country(m.group("country"))
        or _country(owner)
        or _country_in(org)
        or _country_in(m.group("desc"))
        or _based_country(m.group("desc"))  # "chief executive of Doha-based port operator …"
    )
    if owner and not org and not _country(owner):
        org = owner
        country = country or _org_country(m.string, owner)
    if not country and not org:  # "said X, the company's chairman" after "Armenian miner …"
        country = _whose_company_country(m)
    end_first = max(m.end("org"), m.end("lower_body"), m.end("title"))
    if not country and not org and m.group("title3"):
        # "Deputy Prime Minister and Minister of Investment of Uzbekistan": both offices are
        # the country's that closes them
        country = _country(m.group("org3"))
    _add_role(person, Role(title_case(m.group("title")), org, country), m.start("name"), end_first)
    title2 = m.group("title2") or m.group("title3")
    if title2:
        org2 = m.group("org2") or m.group("org3")
        _add_role(
            person, Role(title_case(title2), org2, _country_in(org2)), m.start("name"), m.end()
        )


def _lower_body(text: str | None) -> str | None:
    """A body named in lower case, as written, as a role's organisation: "the customs
    committee", "Kazakhstan's roads agency" (its country is read from it); "its …" names no
    body of its own."""
    if not text or text.startswith("its "):
        return None
    return " ".join(text.split())


#: Styles written like titles ("Sheikh Tamim"): a role only when no office is known.
_STYLES = frozenset({"Sheikh", "Sheikha", "Sayyid"})


def _offices(person: Person) -> list[Role]:
    return [role for role in person.roles if role.title not in _STYLES]


def _prefer_offices(book: _Book) -> None:
    """ "Oman's ambassador, Sheikh Hilal …" holds an office; the style is no second title."""
    for person in book.persons.values():
        offices = _offices(person)
        if offices and len(offices) < len(person.roles):
            person.roles = offices
            person.role_spans = [span for span in person.role_spans if span[2] in offices]


def _named(m: re.Match[str]) -> tuple[str, int] | None:
    """The cleaned full name of a match's ``name`` group and where it starts, or None for
    one word or a country ("Kazakhstan Temir Zholy")."""
    name = _clean_name(m.group("name"))
    if not name or len(name.split()) < 2 or name.split()[0] in COUNTRY_BY_WORD:
        return None
    return name, m.start("name") + m.group("name").index(name.split()[0])


def _title_of_body(book: _Book, m: re.Match[str]) -> None:
    if (named := _named(m)) is None:
        return
    name, start = named
    if m.group("headed") and _BODY_GOES_ON.search(name):
        return  # "… of the Asian Development Bank Resident Mission Shanny Campbell": the body goes on
    person = book.add(name, start, start + len(name))
    if not person.roles:
        org = m.group("org") if m.group("org")[:1].isupper() else None
        owner = _POSSESSIVE_COUNTRY.match(org or "")
        country = _country(owner.group(1)) if owner else None
        if country:  # "… of China's National Development and Reform Commission Liu Jianhong"
            org = org[owner.end() :]
        country = country or _country_in(org) or _known_country(org)
        role = Role(title_case(m.group("title")), org, country)
        _add_role(person, role, m.start(), start + len(name))


def _who_heads(book: _Book, m: re.Match[str]) -> None:
    if (named := _named(m)) is None:
        return
    name, start = named
    person = book.add(name, start, start + len(name))
    if person.roles:
        return  # titled already ("Minister X, who heads the delegation,")
    org = m.group("org")
    role = Role(_HEAD_OF[m.group("verb")], org, _country_in(org))
    _add_role(person, role, start, m.end())


_COMPANY_NOUNS = r"company|firm|group|miner|maker|producer|developer|operator"
_COMPANY_WHOSE = re.compile(rf"(?:[Ii]ts|[Tt]he\s+(?:{_COMPANY_NOUNS})['’]s)\s")
#: "the company's President Sun Ziyu" when no company is named before: an officer of a
#: company the article does not name here, of no country the title tells.
_UNNAMED_COMPANY = re.compile(rf"\b[Tt]he\s+(?P<noun>{_COMPANY_NOUNS})['’]s\s+\Z")
#: The organisation such an officer's role names.
_UNNAMED = frozenset(f"the {noun}" for noun in _COMPANY_NOUNS.split("|"))


#: Bodies of a state, never "the company" a title speaks of.
_STATE_BODY = re.compile(
    r"\b(?:Ministry|Committee|Agency|Government|Council|Parliament|Senate|Bureau|Service"
    r"|Department|Administration|Embassy|Office|Commission|Chamber|Central\s+Bank|National\s+Bank)\b"
)


def _unnamed_company(book: _Book, body: str, title_start: int) -> str | None:
    """For "the company's President X": the last company the paragraph named before it
    ("Kazatomprom will raise output. The company's chief executive …"), else "the company"."""
    m = _UNNAMED_COMPANY.search(body, max(0, title_start - 30), title_start)
    if m is None:
        return None
    paragraph = max(body.rfind("\n\n", 0, m.start()), 0)
    named = [
        name
        for pos, name in book.organizations
        if paragraph <= pos < m.start() and not _STATE_BODY.search(name)
    ]
    return named[-1] if named else f"the {m.group('noun')}"


_POSSESSIVE_COUNTRY = re.compile(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+")


#: The body a relative "whose" follows: "the Brazilian Animal Protein Association (ABPA), ".
_BODY_BEFORE = re.compile(
    r"(?P<body>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&-]*){0,7})"
    r"(?:\s+\((?P<abbr>[A-Z][A-Za-z]{1,7})\))?,\s+\Z"
)


_ENDS_AS_BODY = re.compile(rf"\b(?:{_ORG_HEAD_ALT})\Z")


def _title_comma_name(book: _Book, m: re.Match[str]) -> None:
    if (named := _named(m)) is None:
        return
    name, start = named
    known = next((s for s in book.spans if s.start <= start < s.end), None)
    if known is not None and _offices(book.persons[known.person_id]):
        return  # read already, with its title ("Egypt's Minister of Investment, Hossam …")
    if m.group("lower_body") and m.group()[:1] == "t":
        return  # "After a meeting with the head of the customs committee, Aliya Dosova said"
    posted = m.group("prep") == "to"  # "ambassador to Seoul": where, not whose
    org = None if posted else m.group("org") or _lower_body(m.group("lower_body"))
    owner = _POSSESSIVE_COUNTRY.match(org or "")
    if owner and _country(owner.group(1)):  # "China's National Development … Commission"
        org = org[owner.end() :] or None
    owner = m.group("owner") or m.group("region")  # "Moquegua's governor, …", "The Dornogovi …"
    country = (
        _country(m.group("country"))
        or _country_in(m.group("org"))
        or CITY_COUNTRY.get(m.group("org") or "")  # "the akim of Almaty"
        or CITY_COUNTRY.get(owner or "")
    )
    if owner and not org and owner not in book.alias and (not country or owner in CITY_COUNTRY):
        org = owner  # "Moquegua's governor", "Poti's mayor"; not "Putin's adviser", a person's
    if m.group("relative"):  # "the … Association (ABPA), whose president, Marcelo …,"
        body_before = _BODY_BEFORE.search(m.string, max(0, m.start() - 120), m.start())
        if body_before is None or not (
            body_before.group("abbr") or _ENDS_AS_BODY.search(body_before.group("body"))
        ):
            return  # "… in Astana on Thursday, whose mayor", "Mirziyoyev, whose adviser"
        org = body_before.group("abbr") or body_before.group("body")
    if not org and not country:  # "Its chief executive, Claire Whitfield,"
        country = _whose_company_country(m)
    title = m.group("title")
    if m.group("portfolio"):
        title = m.string[m.start("title") : m.end("portfolio")]
    person = book.add(name, start, start + len(name))
    _add_role(person, Role(title_case(title), org, country), m.start(), m.end("name"))


def _owner_titled(book: _Book, body: str, m: re.Match[str]) -> None:
    """ "SOCAR president Elnur Mammadli": a person whose title follows its owner's name."""
    if (named := _named(m)) is None:
        return
    name, name_start = named
    owner = _OWNER.search(body, max(0, m.start() - 120), m.start())
    known = next((s for s in book.spans if s.start <= name_start < s.end), None)
    if known is not None:  # already read as "Georgia governor Nino Beridze"; the owner is longer
        _add_owner(book.persons[known.person_id], owner, m.group("title"))
        return
    inside = [s.end for s in book.spans if owner and owner.start() <= s.start < m.start()]
    if inside:  # "between Tajik Energy Minister Daler Juma and TBEA chairman Zhang Xin"
        owner = _OWNER.search(body, max(inside), m.start())
    if owner is None:
        _unowned(book, m, name, name_start)
        return
    written, cut, words = _owner_words(owner)
    org = " ".join(words) or None
    if org and (org in _NOT_NAMES or words[-1] in WHEN_WORDS):
        return  # "Monday chairman …", "March head …" name no owner
    if org is None and not owner.group("generic"):
        _unowned(book, m, name, name_start)
        return
    described = None
    if org is None:  # "the company's chief executive": the company the sentence is about
        floor = _sentence_start(body, owner.start())
        named = [(pos, n) for pos, n in book.organizations if floor <= pos < owner.start()]
        subject = _SUBJECT_COMPANY.match(body, floor)  # "Italian oil major Eni signed …"
        if subject and _describes_company(subject) and not (named and named[0][0] == floor):
            described = _place_country(subject.group("place")) or _country(subject.group("adj"))
        else:
            org = named[0][1] if named else None
        if org is None and not described and _COMPANY_WHOSE.match(body, owner.start()):
            # "Xinjiang-based X will invest … . …, the company's chairman Hu Zhenbo told"
            paragraph = max(body.rfind("\n\n", 0, owner.start()), 0)
            described = _described_country(body, paragraph, owner.start())
        if org is None and not described:
            org = _unnamed_company(book, body, m.start("title"))
    country = _country(org) if org else described
    if country:
        org = None  # "Kyrgyz deputy minister …": the owner is the country itself
    else:
        country = _country_in(org) or _known_country(org) or CITY_COUNTRY.get(org or "")
        if org and owner.group("facility"):  # "Aktau port director": the port, in its city
            org = f"{org} {owner.group('facility')}"
    start = owner.start("org") + written.index(words[0], cut) if words else owner.start()
    person = book.add(name, name_start, name_start + len(name))
    _add_role(
        person, Role(title_case(m.group("title")), org, country), start, name_start + len(name)
    )


def _owner_words(owner: re.Match[str]) -> tuple[str, int, list[str]]:
    """The owner's name as written, where in it the sentence starts, and its words from
    there without a leading article or rank ("… Permit System. Zambales governor …")."""
    written = re.sub(r"['’]s\Z", "", owner.group("org") or "")  # "Eni's country manager"
    stops = [m.end() for m in _SENTENCE_STOP.finditer(written)]  # not "St. Petersburg"
    cut = stops[-1] if stops else 0
    words = written[cut:].split()
    while words and words[0] in _NOT_OWNERS:
        words.pop(0)
    return written, cut, words


def _company_before(body: str, title_start: int) -> str | None:
    """The company named right before a capitalised title: "HSBC Chief Executive Officer
    Georges Elhedery", "Rosatom Director General Alexei Likhachev"; not a country, a day or a
    name the article gives a person."""
    end = len(body[:title_start].rstrip())
    owner = _OWNER.search(body, max(0, end - 120), end)
    if owner is None or owner.group("generic"):
        return None
    _written, _cut, words = _owner_words(owner)
    org = " ".join(words)
    if not words or org in _NOT_NAMES or words[-1] in WHEN_WORDS or _country(org):
        return None
    return org if org.isupper() or org in KNOWN_BY_WORD or _ORG_SHAPE.search(org) else None


#: What makes capitalised words a company's name rather than a person's: capitals inside
#: a word (KazMunayGas) or a company word at the end.
_ORG_SHAPE = re.compile(
    r"[a-z][A-Z]|\b(?:Group|Holding|Bank|Company|Corporation|Airways|Airlines|Energy|Ports?)\Z"
)
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.\s+")


def _full_name(body: str, surname: str) -> str | None:
    """The whole name a surname stands for, from where the article first wrote it out
    ("The forum was addressed by Farid Novruzov …" before "Novruzov, the deputy minister")."""
    pattern = rf"(?<![\w-])((?:{_NAME_TOKEN}\s+){{1,2}}){re.escape(surname)}(?![\w-])"
    for m in re.finditer(pattern, body):
        name = _clean_name(m.group())
        if name and " " in name and name.endswith(surname):
            return name
    return None


def _unowned(book: _Book, m: re.Match[str], name: str, name_start: int) -> None:
    """ "… included finance minister Dragana Jovanović-Ilić": a title of two words or more
    names the office without an owner ("chairman Li" alone could be anyone's)."""
    title = " ".join(m.group("title").split())
    if " " not in title:
        return
    person = book.add(name, name_start, name_start + len(name))
    org = _unnamed_company(book, m.string, m.start("title"))  # "The firm's general director …"
    _add_role(person, Role(title_case(title), org, None), m.start("title"), name_start + len(name))


def _add_owner(person: Person, owner: re.Match[str] | None, title: str) -> None:
    """ "National Bank of Georgia governor …": the body named before the title is its owner."""
    org = " ".join(_owner_words(owner)[2]) if owner else None
    if not org or " " not in org or _country(org):
        return  # "The Indian minister …": a country, said before
    for i, role in enumerate(person.roles):
        if role.organization is None and role.title.lower() == title_case(title).lower():
            person.roles[i] = Role(role.title, org, role.country or _country_in(org))
            person.role_spans = [
                (s, e, person.roles[i] if r == role else r) for s, e, r in person.role_spans
            ]


def _counterpart(book: _Book, body: str, m: re.Match[str]) -> None:
    name = _clean_name(m.group("name"))
    if not name:
        return
    sentence_start = _sentence_start(body, m.start())
    titled = [
        p
        for p in book.persons.values()
        for s, _e, _r in p.role_spans
        if sentence_start <= s < m.start()
    ]
    person = book.add(name, m.start("name"), m.start("name") + len(name))
    country = _country(m.group("country"))
    if m.group("title") and person.roles:  # "his Romanian counterpart, Transport Minister …"
        if country:
            _set_country(person, country)
        return
    if titled and titled[-1].roles:
        title = titled[-1].roles[0].title
        _add_role(person, Role(title, None, country), m.start(), m.end())


def _set_country(person: Person, country: str | None) -> None:
    """The country of ``person`` and of every role of theirs that has none yet; the
    mention spans follow their roles (a span whose role was since replaced is dropped)."""
    person.country = person.country or country
    filled = [r if r.country else Role(r.title, r.organization, country) for r in person.roles]
    person.role_spans = [
        (s, e, filled[person.roles.index(r)]) for s, e, r in person.role_spans if r in person.roles
    ]
    person.roles = filled


#: How a report places a company: "Perth-based Southern Cross Lithium", "French nuclear
#: fuel group Arvor Uranium", "Mongolia's state-owned Erdenes Mongol" (the name follows).
_DESCRIBED = re.compile(
    rf"(?:(?<![\w-])(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'-]*)?)-based(?:\s+[a-z][\w-]*){{0,3}}"
    rf"|(?<![\w-])(?P<adj>{COUNTRY_WORD})(?:\s+[a-z][\w-]*){{0,3}})\s+(?:the\s+)?"
)
#: What a company is called before its name: "Armenian miner Syunik Mining Group".
_COMPANY_NOUN = re.compile(
    r"\b(?:company|firm|group|miner|\w*maker|\w*builder|producer|developer|operator|carrier|airline|lender|"
    r"bank|fund|investor|insurer|conglomerate|giant|major|utility|holding|consortium|contractor|"
    r"manufacturer|exporter|importer|refiner|trader|house|state-owned|state-run)\s+(?:the\s+)?\Z"
)
_DESCRIBED_BEFORE = re.compile(_DESCRIBED.pattern + r"\Z")
#: A described company opening a sentence: what "the company's" title there refers to.
_SUBJECT_COMPANY = re.compile(  # (after the dateline, in an article's first sentence)
    r"(?:[^\n]{0,60}?\s[—–-]{1,2}\s+)?\s*(?:The\s+)?" + _DESCRIBED.pattern
)


def _whose_company_country(m: re.Match[str]) -> str | None:
    """For a title "its" or "the company's": the country of the company the paragraph has
    just described before the match."""
    if not _COMPANY_WHOSE.match(m.group("whose") or ""):
        return None
    start = max(m.string.rfind("\n\n", 0, m.start()), 0)
    return _described_country(m.string, start, m.start())


def _described_country(body: str, start: int, end: int) -> str | None:
    """The country of the last company described between ``start`` and ``end``, for
    "its chief executive" (whose company the paragraph has just named)."""
    found = [m for m in _DESCRIBED.finditer(body, start, end) if _describes_company(m)]
    if not found:
        return None
    # "Its" is the sentence's subject when a described company opens a sentence ("Perth-based
    # X signed a deal with Chinese battery maker Y … Its chief executive" is X's)
    subjects = [m for m in found if _SENTENCE_OPENS.search(body, max(0, m.start() - 4), m.start())]
    chosen = (subjects or found)[-1]
    return _place_country(chosen.group("place")) or _country(chosen.group("adj"))


_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?—–]\s+|\s-{1,2}\s+|\n\s*)\Z")  # a stop or a dateline


def _describes_company(m: re.Match[str]) -> bool:
    """ "Perth-based X", "Seoul-based magnet maker X", "Armenian miner X": not "Kazakh
    officials visited X"."""
    if m.group("place"):
        return bool(_NAME_AFTER_WORDS.match(m.string, m.end()))
    return bool(_COMPANY_NOUN.search(m.group())) and m.string[m.end() : m.end() + 1].isupper()


_NAME_AFTER_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ]")


def _based_country(text: str | None) -> str | None:
    """The country of "Doha-based …", "Abu Dhabi-based …" at the start of ``text``."""
    based = re.match(r"(.+?)-based\b", text or "")
    return _place_country(based.group(1)) if based else None


def _org_country(body: str, org: str) -> str | None:
    """The country of an organisation as the article describes it where it names it."""
    if org.split("-based", 1)[0] != org:
        return _based_country(org)
    if org.isupper():  # "IPGL", written out once as "India Ports Global Limited (IPGL)"
        full = re.search(rf"((?:[A-Z][\w’'&-]*\s+){{1,7}})\({re.escape(org)}\)", body)
        if full:
            return _country_in(full.group(1)) or _org_country(body, full.group(1).strip())
    at = body.find(org)
    while at >= 0:
        m = _DESCRIBED_BEFORE.search(body, max(0, at - 80), at)
        country = (
            m
            and _describes_company(m)
            and (_place_country(m.group("place")) or _country(m.group("adj")))
        )
        if country:
            return country
        at = body.find(org, at + len(org))
    return None


def _place_country(place: str | None) -> str | None:
    if not place:
        return None
    last = place.split()[-1]
    return (
        _country(place)
        or CITY_COUNTRY.get(place)
        or CITY_COUNTRY.get(last)
        or _country(last)
        or _known_country(place)  # "Xinjiang-based …"
    )


def _sentence_start(body: str, pos: int) -> int:
    """Start of the sentence holding ``pos``: after the last stop or blank line before it."""
    start = max(0, pos - 400)
    for end in _SENTENCE_END.finditer(body, start, pos):
        start = end.end()
    return start


#: "Antofagasta's regional governor": a region's governor, whose title is Governor.
_PLACE_KIND = re.compile(
    r"(?:Regional|Provincial|Municipal)\s+(?=(?:Governor|Akim|K?hokim|Mayor)$)"
)


#: States whose party secretaries hold office: "Xinjiang Party Secretary"; a party chief
#: elsewhere leads a party ("Pakistan Peoples Party chief …"), an office of no state.
_PARTY_STATES = frozenset({"China", "Vietnam", "Laos", "North Korea", "Cuba"})


def _party_office(role: Role) -> bool:
    return (_known_place(role.organization or "") or role.country) in _PARTY_STATES


def _add_role(person: Person, role: Role, start: int, end: int) -> None:
    if role.title.lower().startswith("party ") and not _party_office(role):
        return
    if _PLACE_KIND.match(role.title):
        role = Role(_PLACE_KIND.sub("", role.title), role.organization, role.country)
    for i, old in enumerate(person.roles):
        if old.title.lower() == role.title.lower():
            if old.country is None and role.country:
                person.roles[i] = Role(old.title, old.organization, role.country)
            return
    person.roles.append(role)
    person.role_spans.append((start, end, role))
    if role.country and not person.country:
        person.country = role.country


def _finish_countries(book: _Book, body: str, default_country: str | None) -> None:
    """Give every titled person a country: the article's word, a known office, where their
    company is based, the dateline."""
    for person in book.persons.values():
        country = person.country or KNOWN_OFFICIALS.get(person.name)
        for role in person.roles:  # "Governor of Henan Province": a known region's country
            country = country or (
                role.organization
                and (_org_country(body, role.organization) or _known_place(role.organization))
            )
        if country is None and person.roles:
            country = _delegation_country(body, book, person)
        if (
            country is None
            and person.roles
            and not _supranational(person)
            and not all(role.organization in _UNNAMED for role in person.roles)
        ):
            country = default_country
        _set_country(person, country)


#: "an Indian business delegation led by Commerce Secretary …", "a delegation of the Kingdom
#: of Saudi Arabia headed by …", "The Kenyan delegation also included …": whose delegation.
_DELEGATION_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<adj>{COUNTRY_WORD})\s+(?:[a-z]+\s+){{0,2}}delegation"
    rf"|delegation\s+of\s+(?:the\s+)?(?P<state>{_STATE})"
    # "a delegation of China's Xinjiang Uygur Autonomous Region led by …"
    rf"|delegation\s+of\s+(?P<whose>{COUNTRY_WORD})\s+(?:[A-Z][\w’'-]*\s+){{0,5}}?[A-Z][\w’'-]*)"
    r",?\s+(?:(?:which\s+was\s+|was\s+)?(?:led|headed)\s+by|(?:also\s+)?included)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}\Z"  # "… included mining vice minister Pablo Reyes"
)


#: "The governor of Catamarca, Ricardo Sosa Paz, who travelled with the Argentine
#: delegation, …", "…, who joined the delegation, …": a member of a (named) delegation.
_DELEGATION_AFTER = re.compile(
    r",?\s+who\s+(?:travell?ed|came|arrived|(?:is|was)\s+(?:part|a\s+member)\s+of)"
    rf"\s+(?:with\s+)?(?:the\s+)?(?:(?P<adj>{COUNTRY_WORD})\s+)?(?:[a-z]+\s+){{0,2}}delegation\b"
)
_A_DELEGATION = re.compile(rf"(?<![\w-])(?P<adj>{COUNTRY_WORD})\s+(?:[a-z]+\s+){{0,2}}delegation\b")


def _delegation_country(body: str, book: _Book, person: Person) -> str | None:
    """The country of the delegation a person leads, is listed in or travels with, where the
    article says (for "the delegation", the last delegation it named by country)."""
    spans = [(s, e) for s, e, _r in person.role_spans]
    spans += [(m.start, m.end) for m in book.spans if m.person_id == person.id]
    for start, end in sorted(spans):
        m = _DELEGATION_BEFORE.search(body, max(0, start - 120), start)
        if m:
            state = m.group("state")
            return _country(m.group("adj") or m.group("whose")) or (
                _country_in(state) if state else None
            )
        member = _DELEGATION_AFTER.match(body, end)
        if member:
            if member.group("adj"):
                return _country(member.group("adj"))
            named = {_country(d.group("adj")) for d in _A_DELEGATION.finditer(body, 0, start)}
            return named.pop() if len(named) == 1 else None  # two sides' delegations: which?
    return None


def _supranational(person: Person) -> bool:
    """An official of a body no single country owns: the EU, the UN, the EAEU, the SCO…"""
    for role in person.roles:
        known = KNOWN_BY_WORD.get(role.organization or "")
        if known is not None and known.kind == "organization" and known.country is None:
            return True
    text = " ".join(f"{r.title} {r.organization or ''}" for r in person.roles)
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in SUPRANATIONAL)


def _all_mentions(book: _Book, body: str) -> list[PersonMention]:
    """Every name, alias, definite title ("the President") and the spans already found."""
    spans = list(book.spans)
    if book.alias:
        for start, end, name in _alias_mentions(book.alias, body):
            if not any(s.start <= start < s.end for s in spans):
                spans.append(PersonMention(start, end, book.alias[name]))
    spans.sort(key=lambda s: s.start)
    people = People(book.persons, spans)
    named = list(spans)  # sorted names only: the definite mentions added below are not names
    starts = [s.start for s in named]
    for m in _DEFINITE.finditer(body):
        if any(s.start <= m.start("title") < s.end for s in spans):
            continue
        # "the premier told Novikov": whoever the rest of the sentence names is someone else
        stop = _SENTENCE_END.search(body, m.end(), m.end() + 160)
        first = bisect_left(starts, m.end())
        last = bisect_left(starts, stop.start() if stop else m.end() + 160)
        tail = {s.person_id for s in named[first:last]}
        who = (  # "the Korean minister": the one of that country, if the roles tell
            m.group("country")
            and people.by_title(f"{m.group('country')} {m.group('title')}", m.start(), tail)
        ) or people.by_title(m.group("title"), m.start(), tail)
        if who:
            spans.append(PersonMention(m.start(), m.end(), who))
    spans.sort(key=lambda s: s.start)
    return spans


def _alias_mentions(alias: dict[str, str], body: str) -> list[tuple[int, int, str]]:
    """Every spelling of every person: capitalised ones through the phrase index; the few
    that open in lower case ("al-Busaidi told reporters") through a pattern of their own."""
    found = list(PhraseIndex(alias, not_before="-", not_after="-").finditer(body))
    lower = sorted((a for a in alias if a[:1].islower()), key=len, reverse=True)
    if lower:
        pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, lower))})(?![\w-])")
        taken = [(s, e) for s, e, _n in found]
        found.extend(
            (m.start(), m.end(), m.group())
            for m in pattern.finditer(body)
            if not any(s < m.end() and m.start() < e for s, e in taken)
        )
        found.sort()
    return found


def _aliases(name: str) -> set[str]:
    """Short forms a report may use later: each name word, and the name without its first word.

    "Luis Carrizo Ferrer" → Luis, Carrizo, Ferrer, "Carrizo Ferrer", "Luis Carrizo";
    "Faisal Al Thani" →
    Faisal, Thani, "Al Thani"; "Saud al-Mahrouqi" → Saud, al-Mahrouqi, Al-Mahrouqi;
    "Hamdan Saif Al Ketbi" → also "Al Ketbi".
    """
    words = name.split()
    tokens = [t for t in words if not re.fullmatch(_PARTICLE, t, re.IGNORECASE)]
    out = set()
    if len(tokens) >= 2:
        for token in tokens:
            if (
                token not in _NOT_NAMES
                and token not in COUNTRY_BY_WORD
                and len(token) > 1
                and not token.endswith(".")  # an initial ("R.K.") names nobody alone
            ):
                out.add(token)
                joined = re.fullmatch(rf"({_PARTICLE})-(\w.*)", token)
                if joined:  # "al-Rawahi" opens a sentence as "Al-Rawahi"
                    out.add(token[:1].upper() + token[1:])
    if len(words) >= 3:
        out.add(" ".join(words[1:]))
        if re.fullmatch(_PARTICLE, words[-2], re.IGNORECASE):  # "Hamdan Saif Al Ketbi" → "Al Ketbi"
            out.add(" ".join(words[-2:]))
        elif not re.fullmatch(_PARTICLE, words[-3], re.IGNORECASE):
            out.add(" ".join(words[:-1]))  # "Amirul Hakim Zainal" is "Amirul Hakim"
    for i, word in enumerate(words[1:-2], 1):  # "Faris bin Saad Al-Qahtani" is "Faris Al-Qahtani"
        if word in _PATRONYMIC:
            out.add(" ".join(words[:i] + words[i + 2 :]))
    return out


_PATRONYMIC = frozenset({"bin", "ibn", "bint"})


#: Words no person's name holds but a company's or an event's does: "Turkmenistan Airlines",
#: "Azerbaijan Railways", "Astana International Forum", "Independence Day".
_ORGANIZATION_WORDS = frozenset(
    [
        *ORGANIZATION_HEADS,
        *("Railway", "Airways", "Airport", "Port", "International", "Day", "University"),
        *("Post", "Telecom", "Energy", "Unit", "Centre", "Center", "School", "College"),
        "Concern",  # "State Concern «Türkmengaz»"
    ]
)
#: Last words of a body's name that are nobody's surname (unlike Day, Post or Port).
_BODY_ENDS = frozenset(
    [
        *("Institute", "Ministry", "Agency", "Committee", "Council", "Commission", "Bureau"),
        *("Corporation", "Company", "Organization", "Organisation", "Authority", "Secretariat"),
        *("Administration", "Holding", "Railways", "Airlines", "Airways", "University"),
        *("Centre", "Center", "Association", "Foundation", "Chamber", "Exchange", "Unit"),
        *("Department", "Division", "Directorate", "Zone", "Corridor", "Terminal", "Canal"),
        *("Times", "News", "Herald", "Tribune", "Gazette", "Journal", "Telegraph", "Sabah"),
        *("Industry", "Industries", "Union", "Federation", "Forum", "Group", "Fund"),
        *("Road", "Avenue", "Highway", "Boulevard"),  # "Sheikh Zayed Road" (Andy Street is one)
    ]
)
#: Words that end the name of an area, never a person's: "Almaty Region", "Sughd Province".
_AREA_WORDS = frozenset({"Region", "Province", "Oblast", "District", "County", "Prefecture"})
_STATE_WORDS = frozenset(
    {"Republic", "Kingdom", "Federation", "Sultanate", "Emirate", "Principality", "Commonwealth"}
)


#: The last word of a portfolio, never a given name: "Initiatives", "Communications".
_PORTFOLIO_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:tions|ments|ities|ives|isms|ships)")


def _clean_name(raw: str) -> str | None:
    name = re.sub(r"['’]s$", "", raw.strip())
    tokens = name.split()
    if tokens[:2] == ["Tan", "Sri"]:  # a Malaysian style, not a name ("Tan" alone may be one)
        tokens = tokens[2:]
    heads = [
        i
        for i, token in enumerate(tokens)
        if token in _HEAD_WORDS | _AREA_WORDS or (token in _OUTSIDE_NAMES and i < len(tokens) - 1)
    ]
    if heads:  # "Electricity Minister Hany Fahmy", "… of Almaty Region Marat Sultangaziyev",
        # "Consul General … in Mary Mawlawi Habibullah Sharifi noted"
        tokens = tokens[heads[-1] + 1 :]
    while tokens and (tokens[-1] in _NOT_NAMES or tokens[-1] in COUNTRY_BY_WORD):
        tokens.pop()
    while tokens and (
        tokens[0] in _TITLE_WORDS
        or tokens[0] in COUNTRY_BY_WORD
        or tokens[0] in _HONORIFICS
        or tokens[0] in _STATE_WORDS  # "… of the Kyrgyz Republic Almaz Tokoev stated"
        or tokens[0] in _ORGANIZATION_WORDS  # "… of Uzbekistan Airways Shukhrat Nasirov said"
        or tokens[0] in KNOWN_BY_WORD  # "… of Kazatomprom Daulet Kemelbekov said"
        or _PORTFOLIO_NOUN.fullmatch(tokens[0])  # "… and Special Initiatives Ahsan Iqbal said"
        # "Akim of Almaty Yerzhan Babakumarov said", but Milan Stojanović is a name
        or (tokens[0] in CITY_COUNTRY and len(tokens) > 2)
    ):
        tokens.pop(0)
    if not tokens or tokens[0] in _NOT_NAMES or tokens[-1] in _BODY_ENDS:
        return None  # "… of the Bishkek Policy Institute said": a body, not a person
    return " ".join(tokens)


def _country(word: str | None) -> str | None:
    if not word:
        return None
    return COUNTRY_BY_WORD.get(re.sub(r"['’]s?$", "", word))


def _country_in(text: str | None) -> str | None:
    """The first country ``text`` names, in one word or several ("the United Arab Emirates")."""
    if not text:
        return None
    named = _ANY_COUNTRY.search(text)
    if named:
        return _country(named.group())
    if re.search(r"\bSino\w{2,}", text):  # Sinopec, Sinohydro, Sinoway
        return "China"
    return None


_ANY_COUNTRY = re.compile(rf"(?<![\w-])(?:{COUNTRY_WORD})(?![\w-])")


_ADMINISTRATIVE = re.compile(r"\s+(?:Prefecture|Region|Province|District|Oblast|County|City)\Z")


def _known_place(name: str) -> str | None:
    """The country of a region or city the gazetteer knows by this name ("Henan", "XUAR",
    "Kashgar Prefecture")."""
    row = KNOWN_BY_WORD.get(name)
    if row is not None:
        return row.country if row.kind == "place" else None
    return CITY_COUNTRY.get(_ADMINISTRATIVE.sub("", name))


def _known_country(text: str | None) -> str | None:
    """The country of a well-known body or region named in ``text`` ("SOCAR", "XUAR")."""
    if not text:
        return None
    for token in (text, *re.findall(r"[A-Z][\w-]*", text)):
        row = KNOWN_BY_WORD.get(token)
        if row is not None:
            return row.country
    return None


def within(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (quotes, mentions)."""
    return any(s <= pos < e for s, e in spans)


def pronoun_positions(body: str, start: int, end: int) -> list[int]:
    """Where "he"/"she" occur, for statements that begin with a pronoun."""
    return [m.start() for m in _PRONOUN.finditer(body, start, end)]
