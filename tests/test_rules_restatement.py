"""Restated points (LN105) and overused name-plus-noun phrases (LN102), on text written here."""

from __future__ import annotations

import subprocess
import sys

import pytest

import lint_news
from lint_news.config import Config
from lint_news.kinds.restatement import RestatedOptions
from lint_news.readers import read_document


def _found(text: str, *codes: str, path: str = "a.txt") -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, path=path, config=Config(select=codes))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


def _messages(text: str, code: str, path: str = "a.txt") -> list[str]:
    return [f.message for f in lint_news.lint_text(text, path=path, config=Config(select=(code,))).findings]


STORM = (
    "Storm Cuts Power Across Harlow\n\n"
    "Gusts of up to 60 mph cut power to about 12,000 Harlow homes on Monday night, the utility said.\n\n"
    "Crews expect to restore most service by Thursday, a spokeswoman said.\n\n"
    "Winds reaching 60 miles per hour left roughly 12,000 Harlow households without power Monday night.\n"
)


def test_paraphrase_with_synonyms_is_reported_on_the_later_sentence():
    assert _found(STORM, "LN105") == [("LN105", 7, 1, "warning")]
    assert _messages(STORM, "LN105") == ["This sentence restates the point of line 3: cut it, or say what is new"]


def test_follow_up_with_the_same_name_and_figure_but_new_facts_stays_quiet():
    text = (
        "Storm Cuts Power Across Harlow\n\n"
        "Gusts of up to 60 mph cut power to about 12,000 Harlow homes on Monday night, the utility said.\n\n"
        "Crews expect to restore most service by Thursday, a spokeswoman said.\n\n"
        "Of the 12,000 Harlow homes that lost power, 4,300 were still dark on Tuesday, and 35 crews from Ohio joined the repairs.\n"
    )
    assert _found(text, "repetition") == []


def test_the_same_figure_recurring_with_new_context_stays_quiet():
    text = (
        "Council Passes Budget\n\n"
        "The Harlow council approved a $48 million budget on Tuesday, 5 votes to 2.\n\n"
        "The $48 million plan adds eleven police officers and keeps property taxes flat for a third year.\n\n"
        "Councillor Dana Pryce, who voted against it, said the budget leaned on a one-time transfer from reserves.\n"
    )
    assert _found(text, "repetition") == []


def test_copy_with_a_clause_added_is_a_restatement_not_a_near_copy():
    lede = "The Harlow school board voted 5-2 on Monday to close Eastfield Elementary at the end of the school year."
    text = (
        f"Board Closes School\n\n{lede}\n\n"
        "Enrollment at the school has fallen by half since 2015, district figures show.\n\n"
        f"{lede[:-1]}, a decision that parents had fought for months at packed meetings in the gym.\n"
    )
    assert _found(text, "LN101") == []
    assert _found(text, "repetition") == [("LN105", 7, 1, "warning")]


def test_closing_paragraph_that_restates_the_lede():
    text = (
        "Hospital Opens Birthing Center\n\n"
        "Marlow General Hospital opened a 14-bed birthing center on Friday, the first in Ketter County since 2009.\n\n"
        "The $9 million wing has two operating rooms and a neonatal unit with six cots, chief nurse Imani Ross said.\n\n"
        '"Mothers used to drive ninety minutes to deliver," Ross said. "Now they drive ten."\n\n'
        "In short, Marlow General's new birthing center, with 14 beds, is the first Ketter County has had since 2009.\n"
    )
    assert _found(text, "LN105") == [("LN105", 9, 1, "warning")]


BRIDGE = (
    "Ferry Line Cuts Winter Crossings\n\n"
    "The Harlow ferry line will run 12 crossings a day instead of 18 from November, the operator said on Monday.\n\n"
    "Two of its four boats need new engines, and fuel costs rose 23 percent last year, chief executive Dara Quinn said.\n\n"
    "Season tickets will stay at $310.\n\n"
    "The council will discuss the timetable on Thursday.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "severity"),
    [
        # the recap adds one detail ("in 2027", never given): still the body summed up, as a hint
        ("In short, Harlow's ferries will cross 12 times a day rather than 18, two boats need engines and fuel is up 23 percent, all before 2027.\n", "info"),
    ],
)
def test_an_announced_recap_that_adds_one_detail_still_sums_up(closing, severity):
    text = BRIDGE + closing
    assert _found(text, "LN105") == [("LN105", 11, 1, severity)]


def test_an_announced_closing_with_two_new_facts_is_news():
    text = BRIDGE + "In short, Harlow's ferries will cross 12 times a day rather than 18 until 2027, when a $4 million grant from the Marlow Trust arrives.\n"
    assert _found(text, "LN105") == []


def test_a_rewrite_that_swaps_last_for_past_and_faster_for_outpacing():
    text = (
        "Harlow Rents Climb\n\n"
        "Rents in Harlow rose 9 percent last year, faster than wages.\n\n"
        "Council member Ann Reyes said the county should have capped increases.\n\n"
        "Harlow tenants saw their rents climb 9 percent over the past year, outpacing pay increases.\n"
    )
    assert _found(text, "LN105") == [("LN105", 7, 1, "warning")]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("The festival drew 18,000 visitors over three days, organizers said.", "Across its three days, the festival attracted some 18,000 attendees."),
        ("Firefighters rescued a family of four from the burning house on Oak Lane.", "Four members of one family were pulled from the blaze on Oak Lane by firefighters."),
    ],
)
def test_a_rewrite_that_swaps_the_words_of_a_crowd_or_a_fire(earlier, later):
    text = "Harlow Weekend\n\n" + earlier + "\n\nCouncil member Ann Reyes said the county should have planned for it.\n\n" + later + "\n"
    assert [code_line[:2] for code_line in _found(text, "LN105")] == [("LN105", 7)]


STATIONS = (
    "# Harlow to Close Two Fire Stations\n\n"
    "Harlow will close two of its seven fire stations on July 1 to save $2.4 million a year, the council decided 4-3 on Tuesday.\n\n"
    "The stations answered about 3,100 calls last year, fire chief Dana Okafor said.\n\n"
    "Okafor said response times in the north end could rise by up to two minutes.\n\n"
    "The firefighters' union said it would appeal to the state labor board.\n\n"
)


def test_a_paragraph_under_a_recap_heading_sums_up():
    text = STATIONS + "## The Bottom Line\n\nHarlow is giving up two stations to save money, and the north end may wait longer when it calls for help.\n"
    assert _found(text, "LN105", path="a.md") == [("LN105", 13, 1, "info")]
    # the same words under an ordinary subhead develop the story; and a recap heading over news is news
    plain = text.replace("## The Bottom Line", "## Response times")
    assert _found(plain, "LN105", path="a.md") == []
    news = STATIONS + "## The Bottom Line\n\nThe labor board will hear the appeal on Sept. 14, chair Ruth Ames said.\n"
    assert _found(news, "LN105", path="a.md") == []


def test_faq_answer_that_repeats_the_body(tmp_path):
    text = (
        "# Harlow Water Bills Rise in July\n\n"
        "Harlow Water will raise its base charge to $31 a month on July 1, up from $27, to pay for a new treatment plant.\n\n"
        "The utility serves about 41,000 customers. Its board approved the increase 4-1 on Wednesday.\n\n"
        "## Frequently Asked Questions\n\n"
        "### How much will my water bill go up?\n\n"
        "From July 1, Harlow Water's base charge rises to $31 a month from $27, to pay for the new treatment plant.\n"
    )
    assert _found(text, "LN105", path="faq.md") == [("LN105", 11, 1, "warning")]


def test_two_earlier_sentences_that_together_hold_the_point():
    text = (
        "Bridge Closes for Repairs\n\n"
        "The Ostrow River bridge will close to traffic next month for repairs to its deck.\n\n"
        "The county's $6.2 million contract with Belfort Paving runs for 14 weeks.\n\n"
        "Drivers will detour through Pell Street, the county engineer said.\n\n"
        "From next month, the Ostrow River bridge closes for 14 weeks of deck repairs under a $6.2 million contract.\n"
    )
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 3 and 5: cut it, or say what is new"]


def test_an_answer_that_restates_a_how_to_list_names_its_lines():
    text = (
        "# How to Claim the Harlow Solar Credit\n\n"
        "Harlow homeowners can claim a credit for rooftop solar panels installed this year.\n\n"
        "1. Choose an installer from the city's approved list of 28 firms.\n"
        "2. Keep the signed contract and the inspection certificate.\n"
        "3. File the claim online within 60 days of the inspection.\n\n"
        "## FAQ\n\n"
        "### How do I claim it?\n\n"
        "Choose an approved installer from the city's list, keep the signed contract and the inspection certificate, "
        "and file the claim online within 60 days of the inspection.\n"
    )
    assert _messages(text, "LN105", path="solar.md") == ["This sentence restates the point of lines 5-7: cut it, or say what is new"]


def test_in_other_words_with_the_same_point():
    text = (
        "Study Finds Later Bells Help\n\n"
        "Pupils at the three Ketter schools slept 38 more minutes a night after classes moved to 9 a.m.\n\n"
        "The study tracked 600 pupils for two school years.\n\n"
        "In other words, moving classes to 9 a.m. gave the pupils 38 more minutes of sleep.\n"
    )
    assert _found(text, "LN105") == [("LN105", 7, 1, "warning")]


def test_a_quote_that_echoes_the_paraphrase_is_reporting():
    text = (
        "Mayor Backs Fare Cap\n\n"
        "Mayor Lena Ortiz said a $5 daily cap on bus fares would start in May.\n\n"
        '"A $5 daily cap on bus fares will start in May," Ortiz said at the depot.\n'
    )
    assert _found(text, "LN105") == []


def test_near_copy_is_one_finding_of_the_duplicate_rule():
    text = (
        "Council Sets Fees\n\n"
        "The Harlow council approved parking fees of $2 an hour for the downtown district on Monday evening.\n\n"
        "Drivers can pay by phone, the transport office said.\n\n"
        "On Monday evening the Harlow council approved parking fees of $2 an hour for the downtown district.\n"
    )
    assert [code for code, *_ in _found(text, "repetition")] == ["LN101"]


PROFILE = (
    "Harbor Pilot Retires After 31 Years\n\n"
    "Captain Ines Vardy guided her last tanker into Ostrow harbor on Friday. Vardy, 64, started as a deckhand in 1986.\n\n"
    "Vardy still remembers the storm of 1998. Vardy said the radio went dead for an hour that night.\n\n"
    "Colleagues say Vardy never raised her voice. Vardy's daughter, a pilot too, met her at the pier.\n\n"
    "Vardy plans to sail to Norway next spring. Vardy said she would leave the tankers to younger pilots.\n"
)


def test_a_surname_repeated_in_a_profile_is_not_repetition():
    assert _found(PROFILE, "repetition") == []


def test_a_brand_with_a_noun_stuffed_into_a_page_is_reported_at_its_first_use():
    sentences = [
        "Looking for Corvane mortgages?",
        "Corvane mortgages are popular with first-time buyers.",
        "Many families compare Corvane mortgages with other lenders.",
        "Rates on Corvane mortgages change every month.",
        "You can apply for Corvane mortgages online.",
        "Our guide explains Corvane mortgages in plain words.",
        "Read on to see whether Corvane mortgages suit you.",
    ]
    text = "Corvane Mortgage Guide\n\n" + " ".join(sentences) + "\n"
    found = _found(text, "LN102")
    assert found == [("LN102", 3, 13, "info")]
    assert _messages(text, "LN102") == ["'corvane mortgages' appears 7 times (132.1 per 1,000 words): vary it or cut the restatements"]


def test_a_name_doing_something_is_not_a_keyword_phrase():
    text = "Mayor Speaks\n\n" + " ".join(["Mayor Ana Ruiz spoke at the Harlow Chamber of Commerce."] * 9) + "\n"
    assert _found(text, "LN102") == []


def test_options_are_checked():
    with pytest.raises(ValueError, match="coverage"):
        RestatedOptions(coverage=1.5)


def test_the_stemmer_does_not_import_all_of_nltk():
    code = "import sys, lint_news.words as w; w.terms('rebuilt'); print('nltk' in sys.modules, w.terms('rebuilding'))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "('rebuild',)"]


def test_a_lede_that_expands_the_dek_is_the_job_of_a_lede():
    text = (
        "# Transit Board Raises Fares\n\n"
        "*The Harlow transit board approved a 25-cent fare increase on Tuesday, the first since 2016.*\n\n"
        "Harlow riders will pay 25 cents more per trip from July after the transit board approved the increase on Tuesday, "
        "the first fare rise the board has approved since 2016.\n\n"
        "The agency expects the change to raise about $3 million a year.\n"
    )
    assert _found(text, "repetition", path="fares.md") == []


def test_full_nltk_import_still_works_after_the_light_stemmer_import():
    code = (
        "import lint_news.words as w; w.terms('restored'); import nltk; from nltk.corpus import stopwords; "
        "from nltk.stem.snowball import SnowballStemmer; print(SnowballStemmer('english').stem('restored'), stopwords.__class__.__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.split() == ["restor", "LazyCorpusLoader"], result.stderr


FLU_FAQ = (
    "# Where to Get a Flu Shot in Harlow This Fall\n\n"
    "Flu shots are available at pharmacies, walk-in clinics and the county health department, and most insurance plans cover them in full.\n\n"
    "The health department recommends a shot for everyone who is able to get one, especially older adults and people with asthma.\n\n"
    "## FAQ\n\n"
    "### Where can I get a flu shot?\n\n"
    "You can get a flu shot at a pharmacy, a walk-in clinic or the county health department, and most insurance plans cover the full cost.\n\n"
    "### Is there anything new this year?\n\n"
    "The department will run a drive-through site at the fairgrounds on Saturdays in October.\n"
)


def test_an_faq_answer_without_figures_that_repeats_the_body():
    assert _found(FLU_FAQ, "repetition", path="flu.md") == [("LN105", 11, 1, "warning")]


def test_answers_under_question_subheads_that_add_facts_stay_quiet():
    text = (
        "Landfill Permit Renewed\n\n"
        "The state renewed the Ketter landfill's permit on Monday for ten more years.\n\n"
        "What happens next?\n\n"
        "The county must cap the landfill's oldest cell by 2027 and test the wells around it every quarter.\n\n"
        "Who objected?\n\n"
        "Neighbors on Pell Road asked the state to require a larger buffer, which it declined to do.\n"
    )
    assert _found(text, "repetition") == []


def test_work_per_sentence_is_bounded_on_long_documents(monkeypatch):
    """Each sentence is scored against a capped handful of earlier ones, never against all of them."""
    from lint_news.kinds import restatement

    calls = []
    real = restatement._severity

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(restatement, "_severity", counting)
    topics = ("parking fees", "bus lanes", "tree planting", "library hours", "snow removal")
    paragraphs = [f"On day {n % 9}, the Harlow council heard {n % 7} residents speak about {topics[n % 5]} downtown." for n in range(1500)]
    document = read_document("Council Notes\n\n" + "\n\n".join(paragraphs) + "\n", "long.txt")
    list(restatement.restatements(document, RestatedOptions()))
    single, pairs = restatement._CANDIDATES, restatement._CANDIDATES * (restatement._CANDIDATES - 1) // 2
    assert 0 < len(calls) <= len(paragraphs) * (single + pairs)


def test_a_day_dates_the_fact_and_synonyms_meet():
    # "repaired" and "fixed", "Saturday" in both: the line is back by Saturday, said twice.
    text = (
        "Rail line to reopen\n\n"
        "Crews worked through the night on the damaged rail line east of Calder.\n\n"
        "The line, which carries about 20 trains a week, is expected to reopen to traffic by Saturday.\n\n"
        "A spokeswoman said the cause of the damage was still unknown.\n\n"
        "Once the track is fixed, roughly 20 trains a week should be running over the line by Saturday.\n"
    )
    assert _messages(text, "LN105") == ["This sentence restates the point of line 5: cut it, or say what is new"]


def test_the_sentence_splitter_loads_without_network_or_xml_modules():
    code = (
        "import sys; from lint_news.segment import tokenizer; t = tokenizer();"
        "print(len(t.tokenize('Dr. Ruiz spoke. The council voted.')),"
        " sorted(m for m in ('http.client', 'ssl', 'urllib.request', 'xml.sax', 'nltk') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split(maxsplit=1) == ["2", "[]\n"]


def test_an_abbreviated_month_is_the_same_anchor_as_the_month():
    text = (
        "Compost carts arrive\n\n"
        "Each household will receive a green cart in August, and weekly pickup begins the week of Sept. 9 on trash day.\n\n"
        "The city council approved the $1.1 million program in June.\n\n"
        "Green carts arrive in August, and weekly pickup begins the week of September 9, on the same day as trash collection.\n"
    )
    assert _messages(text, "LN105") == ["This sentence restates the point of line 3: cut it, or say what is new"]



RECAP = (
    "Harbor Board Backs Dredging Plan\n\n"
    "The Wexley harbor board voted 5-2 on Tuesday to dredge the north channel this winter.\n\n"
    "The work will cost about $3.4 million, paid from the port's reserve fund.\n\n"
    "Fishing crews have waited six years for the channel to be deepened.\n\n"
    "{opener}the board will spend $3.4 million in reserve money to deepen the channel for fishing crews.\n"
)


@pytest.mark.parametrize("opener", ["All told, ", "In short, ", "In conclusion, "])
def test_a_recap_that_sums_up_several_earlier_sentences_names_them(opener):
    text = RECAP.format(opener=opener)
    assert _found(text, "LN105") == [("LN105", 9, 1, "warning")]
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 3-7: cut it, or say what is new"]


def test_a_recap_that_adds_its_own_gloss_is_an_info():
    text = RECAP.format(opener="The bottom line: ").replace(
        "for fishing crews.", "for fishing crews, whose patience with the port has worn thin over a long wait."
    )
    assert _found(text, "LN105") == [("LN105", 9, 1, "info")]


#: Each figure of the last sentence is in the first one; the words around them are new.
TELLING = (
    "Thefts Climb in Pellow\n\n"
    "Pellow police logged 418 bicycle thefts in 2025, up from 162 two years earlier, according to department figures.\n\n"
    "Most were taken from racks near the Ferris Street station between 6 p.m. and midnight.\n\n"
    "Officers recovered about one bike in ten.\n\n"
    "Police counted 418 of them last year, more than twice the 162 reported before.\n"
)


def test_a_sentence_that_tells_the_same_figures_again_is_a_restatement():
    assert _found(TELLING, "LN105") == [("LN105", 9, 1, "warning")]
    assert _messages(TELLING, "LN105") == ["This sentence restates the point of line 3: cut it, or say what is new"]


def test_the_same_figures_with_a_new_one_are_a_new_fact():
    text = TELLING.replace("more than twice the 162 reported before.", "and 131 of the 418 were e-bikes.")
    assert _found(text, "LN105") == []


def test_days_years_and_small_counts_do_not_tell_a_fact_on_their_own():
    text = (
        "Harbor Board Meets\n\n"
        "The board met on Monday, March 3, 2025, and heard from two residents about the dredging schedule.\n\n"
        "Dredging could begin in April.\n\n"
        "On Monday, March 3, the board also named two new members to its finance committee.\n"
    )
    assert _found(text, "LN105") == []


def test_a_sentence_that_gathers_the_articles_figures_is_a_recap():
    text = (
        "County Fair Opens\n\n"
        "The Dorran County Fair opens Friday with a new 4,200-seat grandstand built for $3.1 million.\n\n"
        "Gate admission rises to $14 this year, the fair board said.\n\n"
        "A record 615 animals are entered in the livestock barns.\n\n"
        "With its 4,200-seat grandstand, a $14 gate and 615 animals in the barns, the fair is back and bigger than ever.\n"
    )
    assert _found(text, "LN105") == [("LN105", 9, 1, "warning")]
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 3-7: cut it, or say what is new"]


def test_an_faq_answer_that_gathers_several_earlier_sentences_restates_them():
    text = (
        "Flu Shots Offered at Library\n\n"
        "The Dorran health office will give flu shots at the main library on Tuesdays this fall.\n\n"
        "Pharmacies on Mill Street and at the Westgate mall also give the shots.\n\n"
        "Where can I get a shot?\n\n"
        "You can get a shot from the health office at the main library, or at the pharmacies on Mill Street and at Westgate.\n"
    )
    # a hint: an explainer with question subheads may sum up its body on purpose
    assert _found(text, "LN105") == [("LN105", 9, 1, "info")]
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 3 and 5: cut it, or say what is new"]


def test_the_same_words_without_a_recap_opener_are_a_hint_naming_the_sentences_they_gather():
    text = RECAP.format(opener="").replace("the board will", "The board will")
    assert _found(text, "LN105") == [("LN105", 9, 1, "info")]
    assert _messages(text, "LN105") == ["This sentence restates the point of lines 5 and 7: cut it, or say what is new"]


def _bakery_release(speaker: str) -> str:
    paragraphs = [
        "Copperleaf Bakery opens second shop",
        "Copperleaf Bakery opened a second shop on Mercer Avenue on Monday, bringing the Copperleaf Bakery experience to the east side.",
        f'"The Copperleaf Bakery experience is about slow bread," {speaker}. "Every neighborhood deserves the Copperleaf Bakery experience."',
        "Regulars say the Copperleaf Bakery experience means long lines on Saturdays, when the rye sells out by noon.",
        f'"We built the Copperleaf Bakery experience one loaf at a time," {speaker}.',
        "The bakery will also open a kiosk at the airport next year, near gate 4.",
    ]
    return "\n\n".join(paragraphs) + "\n"


def test_a_keyword_stuffed_into_quotes_nobody_named_speaks_counts():
    # a press release's quotes, "the company said", are its own copy: five uses of the phrase
    assert _found(_bakery_release("the company said"), "LN102") == [("LN102", 3, 81, "info")]
    # a named person's words are reported speech and are not counted: two uses remain
    assert _found(_bakery_release("said Mara Quill, the owner"), "LN102") == []


@pytest.mark.parametrize(
    "opener",
    [
        "In other words, x", "Put simply, x", "Simply put, x", "Put another way, x", "In short, x", "In sum, x",
        "In summary, x", "To sum up, x", "To recap, x", "To reiterate, x", "To summarize, x", "In a nutshell, x",
        "Once again, x", "As mentioned earlier, x", "As noted above, x", "As reported, x", "All told, x", "All in all, x",
        "In the final analysis, x", "In conclusion, x", "In closing, x", "Overall, x", "Ultimately— x", "Taken together, x",
        "The bottom line is x", "Bottom line: x", "The upshot is x", "The takeaway: x", "The big picture is x",
        "The short version is x", "What this means is x", "What it all boils down to is x", "In the end, x",
        "At the end of the day, x", "When all is said and done, x", "In essence, x", "Essentially, x", "At its core, x",
        "In brief, x", "Briefly put, x", "Long story short, x", "Summing up, x", "To wrap up, x", "Wrapping up, x",
        "All things considered, x", "Stated simply, x", "Simply stated, x", "Put plainly, x", "Plainly put, x",
        "In plain terms, x", "To put it simply, x", "It bears repeating that x", "It is worth stressing again that x",
        "Again, it is worth noting that x", "Once more it is worth noting x", "As a reminder, x", "To be clear, x",
        "  IN SHORT, x",
    ],
)
def test_every_restatement_opener_passes_the_first_word_gate(opener: str) -> None:
    # the gate only spares the long expression sentences it could not match
    from lint_news.kinds.restatement import _MARKER, _may_open

    assert _MARKER.match(opener)
    assert _may_open(opener)


def test_the_acronym_expression_matches_what_a_case_folded_one_does() -> None:
    import re

    from lint_news.kinds.restatement import _CASE_EXTRAS, _SPELLING, _spelling

    letters = re.compile("[a-z]", re.IGNORECASE)
    folded = {c for c in map(chr, range(0x110000)) if letters.fullmatch(c)}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        same = {c for c in folded if re.fullmatch(letter, c, re.IGNORECASE)}
        assert same == set(letter + letter.upper() + _CASE_EXTRAS.get(letter, ""))
    text = (
        "The Tri-Valley Transit Authority (TVTA) and the Department of Energy met. Kelvin scale; "
        "\u212aids Safety Office; ſchool İnspectors; physical  education, Physical-Education; "
        "under some rules; a_physical education; épée union"
    )
    for acronym in ("tvta", "doe", "kso", "si", "pe", "us", "is", "éu", "ks"):
        case_folded = re.compile(r"\b" + _SPELLING.join(map(re.escape, acronym)) + r"[\w'’]*", re.IGNORECASE)
        assert [m.span() for m in _spelling(acronym).finditer(text)] == [m.span() for m in case_folded.finditer(text)], acronym


def test_a_rule_applied_to_the_ledes_case_by_its_names_and_date_alone_stays_quiet():
    # the second sentence of the closing paragraph shares only names and a date with the lede
    # (no content word): it works the rule out for the case, it does not tell the lede again
    text = (
        "Pool Closed After Chlorine Leak\n\n"
        "Swimmers at the Dunmore Park pool were sent home after a chlorine leak, and lessons there are cancelled through June 14, the recreation office said Monday.\n\n"
        "A technician found a cracked valve in the pump room, the office said.\n\n"
        "Under city policy, a pool that has had a chemical leak must stay shut for ten days while inspectors test the water. For Dunmore Park, that ends on June 14.\n"
    )
    assert _found(text, "LN105") == []


def test_the_ledes_names_and_figures_with_its_words_told_again_are_still_a_hint():
    text = (
        "Pool Closed After Chlorine Leak\n\n"
        "Swimmers at the Dunmore Park pool were sent home after a chlorine leak, and lessons there are cancelled through June 14, the recreation office said Monday.\n\n"
        "A technician found a cracked valve in the pump room, the office said.\n\n"
        "At Dunmore Park, pool lessons are off through June 14.\n"
    )
    assert [severity for _, _, _, severity in _found(text, "LN105")] in (["info"], ["warning"])


LIBRARY = [
    "Library Keeps Sunday Hours",
    "The Marlow County library board voted Tuesday to keep the Eastgate branch open on Sundays through the winter, reversing a plan to shut it for the season to save on heating.",
    "Board member Tessa Quill said the branch drew more visitors on Sundays last winter than on any weekday.",
    "The county will pay for the extra hours from a reserve set aside for building repairs.",
    "Staff at the branch will rotate so that no librarian works more than two Sundays a month.",
    "The board will review attendance figures in April.",
]


def test_a_closing_line_that_tells_the_lede_again_padded_with_common_words_is_a_hint():
    text = "\n\n".join(
        LIBRARY
        + ["By keeping the Eastgate branch open on Sundays through the winter, the library board is making sure that families across the county can still get the help they need every week."]
    )
    assert _found(text + "\n", "LN105") == [("LN105", 13, 1, "info")]
    assert _messages(text + "\n", "LN105") == ["This sentence restates the point of line 3: cut it, or say what is new"]


def test_a_closing_line_that_builds_on_the_lede_with_a_detail_of_its_own_stays_quiet():
    text = "\n\n".join(
        LIBRARY + ["Keeping the Eastgate branch open on Sundays through the winter means firing its boiler for an extra nine hours a week, the facilities office estimated."]
    )
    assert _found(text + "\n", "LN105") == []


def test_the_common_word_factors_ship_with_the_package_and_scale_down_only():
    from lint_news.kinds.restatement import _common_terms

    factors = _common_terms()
    assert len(factors) > 500
    assert all(0 < factor <= 1 for factor in factors.values())
    assert factors["make"] < 0.5 and "turbopump" not in factors


def test_an_announced_restatement_with_its_figure_and_words_swapped_is_a_hint():
    text = (
        "Audit Faults Tarn Valley Water Billing\n\n"
        "The Tarn Valley water board accepted all seven of the state auditors' recommendations on billing, its chair said on Monday.\n\n"
        "The audit found 2,300 accounts billed twice in 2024.\n\n"
        "Refunds will go out by mail in the spring.\n\n"
        "Put another way, the board signed on to every one of the seven changes the auditors asked for.\n"
    )
    assert _found(text, "LN105") == [("LN105", 9, 1, "info")]


def test_an_unannounced_follow_up_sharing_a_count_and_two_words_stays_quiet():
    text = (
        "Audit Faults Tarn Valley Water Billing\n\n"
        "The Tarn Valley water board accepted all seven of the state auditors' recommendations on billing, its chair said on Monday.\n\n"
        "The audit found 2,300 accounts billed twice in 2024.\n\n"
        "Refunds will go out by mail in the spring.\n\n"
        "The water board has hired a firm to make the seven changes the auditors asked for.\n"
    )
    assert _found(text, "LN105") == []


def test_a_score_told_again_with_its_names_is_a_hint():
    # one telling figure only, a score: the same moment, few of the same words around it
    text = (
        "Pellham Wins Its First Water Polo Title\n\n"
        "Pellham trailed 9-4 in the third quarter before goalkeeper Ines Varga stopped five straight shots, and the Otters won the state final 11-10 on Saturday.\n\n"
        "It is the school's first title in the sport.\n\n"
        "Coach Dario Lusk said the team had trained twice a day since August.\n\n"
        "That third-quarter run of stops by Varga, erasing a 9-4 hole for Pellham, is what ultimately tilted the final and the whole season toward the Otters.\n"
    )
    assert _found(text, "LN105") == [("LN105", 9, 1, "info")]
