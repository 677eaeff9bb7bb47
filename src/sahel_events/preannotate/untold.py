"""Event words that tell no happening: statistics, trends and the agenda of a meeting.

Analysis paragraphs and bulletins count and compare events: "plus de 150 attaques y
ont été recensées depuis janvier", "les enlèvements s'y sont multipliés", "l'armée a
multiplié les frappes aériennes", "les manifestations sont devenues rares". The plural
noun names a kind of event over a period, not one happening an annotator would code
(codebook: a specific occurrence; a set of acts told together, "trois frappes dans la
zone", is one event and stays suggested). Two signs, read from the words around a plural
trigger because they hold whatever the parse makes of the clause:

* **a trend** said of the plural noun: a verb of change or frequency right after it
  ("se sont multipliés", "ont nettement diminué", "sont devenues rares", "have
  doubled"), or "multiplier" right before it ("a multiplié ces derniers mois les
  frappes");
* **a statistic**: in a sentence that sets a period of months or years ("depuis
  janvier", "cette année", "since 2012"), a count of ten or more right before the plural
  noun ("plus de 150 attaques"), or, when the period opens the sentence, a large count
  anywhere ("Depuis 2023, des dizaines de milliers de volontaires ont été recrutés"),
  and since 0.25.0 any plural act ("Depuis le début de l'année, plusieurs chefs
  traditionnels ont été assassinés"): a tally, where "une dizaine de frappes ont visé
  mardi" is one set of strikes;
* **a roundup's sum** (since 0.60.0): a sentence summing up a week's or a month's acts
  ("Au moins 40 personnes ont été tuées en une semaine dans plusieurs attaques", "in a
  series of attacks this week", "Plus de 60 civils ont été tués au mois de janvier"), or
  a count of many since a start told after its verb ("at least 37 civilians had been
  abducted in the province since September"): no one act's toll;
* **an agenda**: the topic of a purpose clause of discussion ("se sont réunis *pour faire
  le point sur le déploiement* de la force", "met *to review the deployment*"): what the
  meeting was about, not a deployment that took place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .casescan import lowered, may_hold
from .triggers import Trigger
from .wordgate import gated

#: Up to seven words of the noun's own phrase and verb group (five before 0.20.0), then a
#: word of change or frequency: "contre rançon s'y sont multipliés", "y ont toutefois
#: nettement diminué", "on the infrastructure civilians depend on have become".
_TREND_AFTER = re.compile(
    r"(?:\s+[^\s.,;:!?«»()]+){0,7}?\s+"
    # Verb forms only: "la baisse des prix", "contre l'augmentation des tarifs" are what a
    # protest asks for, not a trend of protests.
    r"(?:(?:multipli|augment|diminu|baiss|doubl|tripl|raréfi)(?:é|ée|és|ées|ent|aient|ait|er)\b|"
    r"accrus?\b|accrues?\b|(?:increased|risen|decreased|declined|dwindled|doubled|tripled|"
    # Since 0.20.0 with "so", "si", "très", "increasingly": "have become so frequent".
    r"multiplied|fallen)\b|(?:devenu|deviennent|become|became)\w*\s+"
    r"(?:plus\s+|more\s+|so\s+|si\s+|très\s+|increasingly\s+)?"
    r"(?:rare|fréquent|nombreu|courant|quotidien|common|frequent))",
    re.IGNORECASE,
)
#: "a multiplié ces derniers mois les frappes", "has stepped up its attacks".
_TREND_BEFORE = re.compile(
    r"\b(?:multipli\w*|stepped\s+up|ramped\s+up)\s+(?:[^\s.,;:!?]+\s+){0,4}?"
    r"(?:les|des|ses|leurs|its|their|the)\s+$",
    re.IGNORECASE,
)
#: A count of ten or more, or a large vague one, right before the noun.
_TALLY = re.compile(
    r"(?:\b(?:plus|moins|près)\s+de\s+\d[\d\s\u00a0\u202f]*|(?<![\d/])\b\d{2,}[\d\u00a0\u202f,]*\s+|"
    r"\b(?:des|plusieurs|de)\s+(?:dizaines|centaines|milliers)\s+|"
    r"\bune\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\s+|"
    r"\b(?:more|fewer)\s+than\s+\d[\d,]*\s+|\b(?:hundreds|dozens|thousands|scores)\s+)"
    r"(?:de\s+|d['’]|of\s+)?$",
    re.IGNORECASE,
)
#: "since" and a start, a month or a year (unclosed: the patterns that take it, here
#: and in arguments.py, end it).
SINCE_A_START = (
    r"\b(?:depuis|since)\s+(?:(?:le\s+)?début\s+d|the\s+(?:start|beginning)\b|"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|(?:19|20)\d\d\b"
)
#: The number a running total gives, right before the act it counts (since 0.61.0):
#: "le nombre de civils tués", "le nombre total de personnes enlevées", "the number of
#: people killed".
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:nombre|number)\s+(?:total\s+)?(?:de|des|d['’]|of)\s+(?:[^\s.,;:!?]+\s+){1,3}$",
    re.IGNORECASE,
)
#: Since 0.64.0 a whole year, a half or a quarter as the span of a count ("during 2024",
#: "au cours de l'année 2024", "l'an dernier", "au premier semestre", "in the first half
#: of the year"). A year alone ("en 2012", "in 2012") is no span: it dates one act told
#: in the past as well.
YEAR_SPAN = (
    r"\b(?:(?:during|throughout|over)\s+(?:the\s+year\s+)?(?:19|20)\d\d|"
    r"(?:durant|pendant|tout\s+au\s+long\s+de|au\s+cours\s+de)\s+l['’]année\s+(?:(?:19|20)\d\d|"
    r"dernière|passée|écoulée)|(?:durant|pendant)\s+(?:19|20)\d\d|(?:last|past)\s+year|"
    r"l['’]an(?:née)?\s+(?:dernière?|passée?|écoulée?)|"
    r"(?:premier|second|deuxième|dernier)\s+(?:semestre|trimestre)|semestre\s+écoulé|"
    r"(?:first|second)\s+half\s+of|(?:first|second|third|fourth|last)\s+quarter\s+of)\b"
)
#: A period of months or years, the span a tally covers ("depuis janvier", "depuis
#: 2023", "cette année", "since 2012"); "depuis lundi" is the span of one happening.
_PERIOD = re.compile(
    SINCE_A_START + r"|(?:plusieurs|des|de\s+nombreu\w+|several|many|"
    r"\w+)\s+(?:mois|années|ans|months|years)\b)"
    r"|\b(?:cette\s+année|this\s+year|en\s+un\s+an|in\s+a\s+year)\b"
    r"|\b(?:au\s+cours\s+des|ces|in\s+the\s+(?:past|last))\s+(?:\w+\s+)?"
    r"(?:derniers\s+mois|dernières\s+années|months|years)\b"
    r"|" + YEAR_SPAN,
    re.IGNORECASE,
)
#: A month named as the span of a sum: "au mois de janvier", "au cours du mois de",
#: "ce mois-ci", "le mois dernier".
_MONTH_SPAN = (
    r"(?:au\s+(?:cours\s+du\s+)?mois\s+d['’e]\s*\w+|ce\s+mois(?:-ci)?|le\s+mois\s+"
    r"(?:dernier|écoulé|passé))"
)
#: A large count anywhere in the sentence: the people or acts a tally adds up ("Depuis
#: 2023, des dizaines de milliers de volontaires ont été recrutés").
_LARGE = re.compile(
    r"\b(?:(?:plus|moins|près)\s+de\s+\d|(?:des|plusieurs)\s+(?:dizaines|centaines|milliers)\s+"
    r"d|(?:more|fewer)\s+than\s+\d|(?:hundreds|thousands|dozens|scores)\s+of\b)",
    re.IGNORECASE,
)
#: Since 0.67.0 a count of many under a period that opens its sentence: a large count,
#: or a round figure of twenty or more, or a bound or an estimate of two digits ("Ces
#: dernières semaines, une quarantaine de civils", "Since January, at least 150
#: people"). Not under a period told after the act: "la mort d'une vingtaine de civils
#: dans un village voisin le mois dernier" is one act.
_MANY_OPENED = re.compile(
    _LARGE.pattern[:-1]
    + r"|\bune\s+(?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+d|"
    r"\b(?:some|about|around|nearly|at\s+least|au\s+moins|environ|près\s+de)\s+\d{2,})",
    re.IGNORECASE,
)


#: "pour faire le point sur le", "afin d'examiner la", "to review the": a topic follows.
_AGENDA = re.compile(
    r"\b(?:pour|afin\s+d[e'’]|to|in\s+order\s+to)\s*(?:faire\s+le\s+point\s+sur|examiner|"
    r"discuter\s+d[eu'’]?|débattre\s+d[eu'’]?|évoquer|évaluer|étudier|review|discuss|examine|"
    r"assess|debate)\s+(?:[^\s.,;:!?]+\s+){0,2}?(?:l['’]|la\s+|le\s+|les\s+|des\s+|du\s+|"
    r"the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)

#: The words one of which every match of :data:`_AGENDA` holds, in lower case.
_AGENDA_WORDS = (
    "point", "examin", "discu", "débat", "évoqu", "évalu", "étudi", "review", "assess",
    "debate",
)  # fmt: skip


def _agenda(before: str) -> bool:
    """Whether ``before`` ends with what a meeting is to discuss ("pour faire le point
    sur la"). The pattern is tried only when one of its words is there (for speed, since
    0.57.0; a text whose lower case could hide one is always tried)."""
    return may_hold(lowered(before), _AGENDA_WORDS) and _AGENDA.search(before) is not None


#: A sum over a bulletin's period (since 0.20.0), told by the sentence's opening words:
#: "Au total, le bulletin fait état de 31 terroristes neutralisés au cours de la semaine",
#: "In total, 40 militants were killed this week". What it counts is no one event's toll.
#: (A period alone does not make a sum: "12 soldats ont été tués cette semaine dans une
#: embuscade" is one event.)
_SUM_OPENING = re.compile(
    # Since 0.61.0 also "In all, 17 people died in the three attacks", "Altogether".
    r"\s*(?:au\s+total|en\s+tout|in\s+total|all\s+told|in\s+all|altogether|"
    # Since 0.62.0 a roundup's "Soit 25 morts en une semaine": the sum of the items.
    r"soit(?=\s[^.;\n]{0,40}?\b(?:morts?|tués?|victimes|décès|blessés?|personnes)\b))\b",
    re.IGNORECASE,
)
#: Since 0.61.0 acts counted and named again together, the sources of a sum: "dans ces
#: trois attaques", "Ces deux embuscades ont fait", "in the three attacks", "these two
#: raids". Attacks, not strikes: "ces trois frappes" may be one set of strikes, one event
#: (codebook).
_THESE_ACTS = re.compile(
    r"\b(?:ces|les|these|the|those)\s+(?:deux|trois|quatre|cinq|six|two|three|four|five|six|"
    r"[2-9])\s+(?:dernières\s+|last\s+|recent\s+)?(?:attaques|embuscades|incursions|raids|"
    r"incidents|attacks|ambushes)\b",
    re.IGNORECASE,
)
#: The words one of which every match of :data:`_THESE_ACTS` holds.
_THESE_ACTS_WORDS = ("attaq", "attack", "embusc", "ambush", "raid", "incursion", "incident")


#: A span of a week or a month a roundup's summary covers (since 0.60.0): "en une
#: semaine", "au cours de la semaine écoulée", "this week", "au mois de janvier",
#: "over the past month". A day, a night or a weekend is one happening's span.
#: Since 0.67.0 the weeks or months of late: "ces dernières semaines", "au cours des
#: trois dernières semaines", "ces derniers mois", "in recent weeks", "in recent months",
#: "depuis plusieurs semaines", "over recent weeks".
_LATE_WEEKS = (
    r"(?:ces|les|au\s+cours\s+des|durant\s+les|pendant\s+les)\s+(?:\w+\s+)?"
    r"(?:dernières\s+semaines|derniers\s+mois)|"
    r"depuis\s+(?:plusieurs|quelques|des)\s+semaines|"
    r"(?:in|over|during)\s+recent\s+(?:weeks|months)"
)
_WEEK_OR_MONTH = re.compile(
    r"\b(?:(?:en|within|in)\s+(?:l['’]espace\s+d['’])?(?:une?|a|one|deux|two|trois|three)\s+"
    r"(?:semaines?|mois|weeks?|months?)|au\s+cours\s+de\s+la\s+semaine|"
    r"(?:cette|la)\s+semaine(?:\s+(?:dernière|écoulée|passée))?|"
    r"(?:this|last|past)\s+(?:week|month)|(?:over|during|in)\s+the\s+(?:past|last)\s+"
    r"(?:\w+\s+)?(?:weeks?|months?|days)|" + _MONTH_SPAN + r"|" + _LATE_WEEKS + r")\b",
    re.IGNORECASE,
)
#: Since 0.67.0 a span of several weeks or months, the span of a tally whatever else the
#: sentence says when it opens it (:func:`_roundup_summary`).
_WEEKS_OPENING = re.compile(
    r"\s*(?:" + _LATE_WEEKS + r"|(?:en|in|within)\s+(?:l['’]espace\s+d['’])?(?:un|a|one)\s+mois"
    r"|(?:en|in|within)\s+(?:one|a)\s+month|(?:over|during|in)\s+the\s+(?:past|last)\s+"
    r"(?:\w+\s+)?(?:weeks|months))\b",
    re.IGNORECASE,
)
#: Several acts named together, the sum's sources: "dans plusieurs attaques", "in a
#: series of attacks", "dans deux attaques distinctes", "separate raids".
_MANY_ACTS = gated(
    re.compile(
        r"\b(?:(?:plusieurs|diverses|différentes|de\s+nombreuses|(?:une\s+)?(?:série|vague|"
        r"succession)\s+d['’]|several|multiple|numerous|a\s+(?:series|spate|string|wave)\s+of)"
        r"\s*(?:\w+\s+)?(?:attaques|embuscades|incidents|assauts|raids|attacks|ambushes|"
        r"strikes)|(?:attaques|incidents|embuscades|attacks|raids|ambushes)\s+"
        r"(?:distinct|séparé|separate|différent|similaires|répétées|repeated)|"
        # Since 0.67.0 acts of the same kind, as a kind: "dans des attaques similaires",
        # "in similar attacks", "in repeated raids", "lors d'attaques".
        r"(?:dans\s+des|lors\s+d['’]|in)\s+(?:similar\s+|repeated\s+|recurrent\s+)?"
        r"(?:attaques|embuscades|incursions|attacks|raids|ambushes)\b)",
        re.IGNORECASE,
    )
)
#: The cause words before a series: "following a series of", "après plusieurs".
_CAUSE_BEFORE = re.compile(
    r"\b(?:après|after|following|suite\s+(?:à|aux?)|in\s+the\s+wake\s+of)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Acts counted and told apart: "deux attaques distinctes", "two separate attacks",
#: "trois attaques simultanées" is one set of acts and stays (since 0.60.0).
_SEPARATE_ACTS = re.compile(
    r"\b(?:deux|trois|quatre|cinq|two|three|four|five|\d+)\s+(?:(?:attaques|embuscades|"
    r"incidents|raids)\s+(?:distinctes|séparées|différentes)|(?:separate|distinct|different)\s+"
    r"(?:attacks|ambushes|incidents|raids))\b",
    re.IGNORECASE,
)
#: The words one of which every match of :data:`_SEPARATE_ACTS` holds.
_SEPARATE_WORDS = ("distinct", "séparé", "différent", "separate", "different")
#: One act the toll is told of: "dans une embuscade", "in an attack on".
_ONE_ACT = re.compile(
    r"\b(?:(?:dans|lors\s+d['’]|au\s+cours\s+d['’])\s*(?:une?|l['’])\s*(?:attaque|embuscade|"
    r"explosion|frappe|assaut|raid|incursion)|(?:in|during)\s+(?:an?|the)\s+(?:attack|ambush|"
    r"raid|strike|blast|explosion))\b",
    re.IGNORECASE,
)
#: A count of many, qualified, as the subject right before a verb: "at least 37 civilians
#: had been", "plus de 50 civils ont été", "des dizaines de personnes ont été".
_MANY_BEFORE = gated(
    re.compile(
        r"\b(?:(?:at\s+least|more\s+than|au\s+moins|plus\s+de|près\s+de)\s+\d{2,}|"
        r"(?:des|plusieurs)\s+(?:dizaines|centaines)\s+d|(?:dozens|scores|hundreds)\s+of)"
        r"(?:\s+[^\s.,;:!?]+){1,6}\s+$",
        re.IGNORECASE,
    )
)
_YEAR_SPAN = re.compile(YEAR_SPAN, re.IGNORECASE)
#: The "since" of a period from its start (untold's periods): "since September",
#: "depuis le début de l'année", "depuis 2023".
_SINCE = re.compile(SINCE_A_START + ")", re.IGNORECASE)
#: "since" right before a period: "depuis le mois dernier", "since last month".
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+$", re.IGNORECASE)
#: The words one of which every match of :data:`_WEEK_OR_MONTH` holds.
_PERIOD_WORDS = ("semaine", "mois", "week", "month", "days")


def _roundup_summary(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` sums up the acts of a week or a month
    (since 0.60.0): "Au moins 40 personnes ont été tuées en une semaine dans plusieurs
    attaques", "At least 35 people were killed in a series of attacks this week", "Plus
    de 60 civils ont été tués au mois de janvier". Its toll is no one act's (corpus
    README: weekly totals are no events); the acts a roundup then tells one by one keep
    their own tolls. Not "12 soldats ont été tués cette semaine dans une embuscade"."""
    lower = lowered(text[start:end])
    if may_hold(lower, _SEPARATE_WORDS) and (several := _SEPARATE_ACTS.search(text, start, end)):
        # Acts counted apart, whatever their span: "Deux attaques distinctes ont fait au
        # total 12 morts dimanche", "Two separate attacks killed 12 people on Sunday".
        return _CAUSE_BEFORE.search(text, max(start, several.start() - 30), several.start()) is None
    if not may_hold(lower, _PERIOD_WORDS):
        return False
    period = _WEEK_OR_MONTH.search(text, start, end)
    if period is None or _ONE_ACT.search(text, start, end):
        return False
    if _WEEKS_OPENING.match(text, start, end) and _MANY_OPENED.search(text, start, end):
        # Since 0.67.0 weeks or months that open the sentence, and a count of many:
        # "Ces dernières semaines, une trentaine de personnes ont été tuées dans le
        # département", "In recent weeks, some 30 people have been killed" (not "Cette
        # semaine, 12 soldats ont été tués dans une embuscade": one act).
        return True
    many = _MANY_ACTS.search(text, start, end)
    if many:
        # Not a series told as the cause of another act ("imposed a curfew, following a
        # series of attacks that killed dozens of civilians this month"): the codebook
        # keeps that cause, as the series' own rules in events do.
        return _CAUSE_BEFORE.search(text, max(start, many.start() - 30), many.start()) is None
    # A month's count of many people, without the acts named: "Plus de 60 civils ont
    # été tués au mois de janvier" (a week's "dozens of militants ... last week" is the
    # sum of one campaign of strikes, kept).
    span = period.group().lower()
    return (
        ("mois" in span or "month" in span)
        # "arrivées à Djibo depuis le mois dernier, fuyant": a flow since a start goes
        # on, it sums no acts up.
        and _SINCE_BEFORE.search(text, max(start, period.start() - 12), period.start()) is None
        and _LARGE.search(text, start, end) is not None
    )


def sum_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` sums up a period's tolls (above): it
    opens with "Au total" or sums up a week's or a month's acts (since 0.60.0)."""
    return (
        _SUM_OPENING.match(text, start, end) is not None
        or _roundup_summary(text, start, end)
        or _these_acts(text, start, end)
    )


def sum_of_its_opening(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a sum only by its opening words ("Au
    total, quatorze militaires ont trouvé la mort", since 0.64.0): it names no period
    (a week, a month, months or years) nor several acts. Such a sum is one act's toll
    when the article has told only one act before it (the caller counts them)."""
    return (
        _SUM_OPENING.match(text, start, end) is not None
        and _WEEK_OR_MONTH.search(text, start, end) is None
        and _PERIOD.search(text, start, end) is None
        and not _roundup_summary(text, start, end)
        and not _these_acts(text, start, end)
    )


def _these_acts(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` names several acts again together ("Au
    moins 23 personnes ont péri dans ces trois attaques", "The two attacks killed 17"):
    a sum of the acts the article told one by one, no one act's toll (since 0.61.0)."""
    lower = lowered(text[start:end])
    return may_hold(lower, _THESE_ACTS_WORDS) and _THESE_ACTS.search(text, start, end) is not None


def _plural(t: Trigger) -> bool:
    return t.text.lower().endswith(("s", "x"))


def untold_triggers(
    text: str, triggers: Sequence[Trigger], sentences: Sequence[tuple[int, int]]
) -> set[int]:
    """Indices of the triggers that count or compare events, or name what a meeting was
    to discuss (module docstring)."""
    out = set()
    # What a sentence sums up and the period it names, read once per sentence rather
    # than once per trigger: a long article's sentences hold several (0.68.0).
    summing: dict[tuple[int, int], bool] = {}
    periods: dict[tuple[int, int], re.Match[str] | None] = {}
    for i, t in enumerate(triggers):
        before = text[max(0, t.start - 60) : t.start]
        if _agenda(before):
            out.add(i)  # "pour faire le point sur le déploiement": a topic
            continue
        start, end = next(((s, e) for s, e in sentences if s <= t.start < e), (t.start, t.end))
        if (start, end) not in summing:
            summing[start, end] = sum_sentence(text, start, end)
        if summing[start, end]:
            out.add(i)  # "Au total, ... 31 terroristes neutralisés au cours de la semaine"
            continue
        if (start, end) not in periods:
            periods[start, end] = _PERIOD.search(text, start, end)
        period = periods[start, end]
        # A large count elsewhere in the sentence adds up only under a period that opens
        # it: "Depuis 2023, des dizaines de milliers de volontaires ont été recrutés"; in
        # "des vivres à plus de 12 000 personnes à Djibo, soumise à un blocus depuis deux
        # ans" the period is another clause's.
        opening = period is not None and not text[start : period.start()].strip(" \n-–—")
        if period and (
            (_plural(t) and _TALLY.search(before[-30:]))
            # Since 0.61.0 the acts a running total counts: "porte à 47 le nombre de
            # civils tués dans la commune depuis janvier", "the number of soldiers
            # killed this year".
            or _NUMBER_OF_BEFORE.search(before)
            or (opening and _MANY_OPENED.search(text, start, end))
            # Since 0.25.0 any plural act under a period that opens the sentence: "Depuis
            # le début de l'année, plusieurs chefs traditionnels ont été assassinés".
            or (opening and _plural(t))
        ):
            out.add(i)  # "plus de 150 attaques ... depuis janvier": a tally
            continue
        if (
            t.label in ("ASSAULT", "COERCE")
            # The patterns are tried only after a "since" in the rest of the sentence.
            and _MANY_BEFORE.search(before)
            and (
                (
                    may_hold(lowered(text[t.end : end]), ("depuis", "since"))
                    and _SINCE.search(text, t.end, end)
                )
                # Since 0.64.0 a year's count: "more than 400 civilians were killed in
                # the region during 2024".
                or _YEAR_SPAN.search(text, t.end, end)
            )
            and not _ONE_ACT.search(text, start, end)
        ):
            # Since 0.60.0 a sum since a start told after its verb: "at least 37 civilians
            # had been abducted in the Lac province since September", "plus de 50 civils
            # ont été tués dans la région depuis janvier" (no one abduction's count).
            out.add(i)
            continue
        if _plural(t) and (
            _TREND_AFTER.match(text, t.end, t.end + 70) or _TREND_BEFORE.search(before)
        ):
            out.add(i)  # "les enlèvements se sont multipliés": a trend
    return out


#: The most characters between a count and the untold verb it is the subject of: "at
#: least 37 civilians | had been abducted", "plus de 60 personnes | ont été enlevées".
_SUBJECT_REACH = 40


def counts_of_untold(
    triggers: Sequence[Trigger],
    untold: set[int],
    counts: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
) -> set[int]:
    """Indices in ``counts`` (the (start, end) of casualty counts) of the counts told as
    the subject of an untold trigger (since 0.60.0): "at least 37 civilians had been
    abducted in the province since September, [...] the kidnappings were deepening food
    insecurity" sums up acts since a start; the count is no event's toll, not even that
    of a plural noun of its sentence which refers back to an abduction told before."""
    out: set[int] = set()
    for i in untold:
        t = triggers[i]
        sent = next(((s, e) for s, e in sentences if s <= t.start < e), (t.start, t.end))
        for k, (start, end) in enumerate(counts):
            if (
                sent[0] <= start
                and end <= t.start
                and t.start - end <= _SUBJECT_REACH
                # No other trigger between the count and the verb: "37 civilians, who
                # fled after an attack, had been ..." counts for the nearer act.
                and not any(end <= u.start < t.start for u in triggers)
            ):
                out.add(k)
    return out
