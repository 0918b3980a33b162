"""Structural rules: repetition, restated headlines and the template scaffold, on text written here."""

from __future__ import annotations

import pytest

import lint_news
from lint_news.config import Config


def _found(text: str, *codes: str, path: str = "a.txt") -> list[tuple[str, int, int, str]]:
    report = lint_news.lint_text(text, path=path, config=Config(select=codes))
    return [(f.code, f.line, f.column, f.severity.value) for f in report.findings]


REPEATED = (
    "Harlow Council Sets Parking Fees\n\n"
    "The council approved new parking fees for the downtown district on Monday evening.\n\n"
    "Drivers will pay $2 an hour on Main Street, the transport office said.\n\n"
    "On Monday evening the council approved the new parking fees for the downtown district.\n"
)


def test_near_duplicate_sentence_is_reported_on_the_repeat():
    assert _found(REPEATED, "LN101") == [("LN101", 7, 1, "warning")]
    message = lint_news.lint_text(REPEATED, config=Config(select=("LN101",))).findings[0].message
    assert message == "This sentence nearly repeats the one on line 3: cut one"


def test_different_sentences_on_one_topic_are_not_repeats():
    text = (
        "Harlow Council Sets Parking Fees\n\n"
        "The council approved new parking fees for the downtown district on Monday evening.\n\n"
        "The council rejected new parking limits for the harbour district on Tuesday morning.\n"
    )
    assert _found(text, "LN101") == []


def test_repeated_pull_quote_is_not_a_repeat():
    quote = '"We cannot keep paying for a roof that leaks every winter and every spring," said Dana Whitcombe.'
    text = f"Library Vote Delayed\n\n{quote}\n\nThe board meets again in June.\n\n{quote}\n"
    assert _found(text, "LN101") == []


def test_overused_phrase_counts_content_words_not_names_or_quotes():
    body = " ".join(["Supply chain resilience is vital for firms."] * 9)
    text = f"Firms Rethink Sourcing\n\n{body}\n"
    assert _found(text, "LN102") == [("LN102", 3, 1, "warning")]
    names = " ".join(["Mayor Ana Ruiz spoke at the Harlow Chamber of Commerce."] * 9)
    assert _found(f"Mayor Speaks\n\n{names}\n", "LN102") == []


def test_a_url_breaks_overused_phrases():
    # "harlow gov budget" repeated nine times inside links is not a phrase the writer overused
    body = " ".join(["See www.harlow.gov/budget-plan for details."] * 9) + " " + " ".join(["Budget plan cuts loom."] * 2)
    assert _found(f"Budget Plan\n\n{body}\n", "LN102") == []
    plain = " ".join(["See the harlow budget plan for details."] * 9)
    assert _found(f"Budget Plan\n\n{plain}\n", "LN102") == [("LN102", 3, 9, "warning")]


def test_repeated_stock_opener_is_reported_at_the_third_use():
    text = (
        "Rents Rise Again\n\n"
        "Rents rose 6% last year. Additionally, wages fell.\n\n"
        "Additionally, vacancies climbed. Additionally, the city paused new permits.\n"
    )
    assert _found(text, "LN103") == [("LN103", 5, 34, "warning")]
    ordinary = "Rents Rise\n\nHowever, rents rose. However, wages fell. However, it rained.\n"
    assert _found(ordinary, "LN103") == []  # "However," three times is style, not a tell


def test_takeaways_that_restate_the_body():
    text = (
        "Plant Closure Announced\n\n"
        "The Marlow plant will close in June, putting 300 people out of work, the company said.\n\n"
        "Key Takeaways\n\n"
        "- The Marlow plant will close in June, putting 300 jobs at risk.\n"
        "- Union leaders plan a meeting with the governor's office on May 2.\n"
    )
    assert _found(text, "LN104") == [("LN104", 7, 3, "warning")]
    assert lint_news.lint_text(text, config=Config(select=("LN104",))).findings[0].message == (
        "This takeaway only restates line 3: cut it, or the summary list"
    )


def test_a_takeaway_that_condenses_one_paragraph_restates_it():
    # the figures from one sentence, the reason from the next: no single sentence holds 70% of it
    body = (
        "Ferry Fares Rise\n\n"
        "Work on the Orwell pier ends in May.\n\n"
        "{paragraph}\n\n"
        "Key Takeaways\n\n"
        "- Crossings rise to $4.50 from $3.75 as fuel and crew wages climb.\n"
    )
    one = "The ferry will charge $4.50 a crossing from March, up from $3.75, the operator said. It blamed fuel, which doubled in price, and a crew wages deal that will climb each year."
    condensed = body.format(paragraph=one)
    assert _found(condensed, "LN104") == [("LN104", 9, 3, "warning")]
    assert lint_news.lint_text(condensed, config=Config(select=("LN104",))).findings[0].message == "This takeaway only restates line 5: cut it, or the summary list"
    # the same sentences as two paragraphs are two points: neither holds the takeaway
    apart = body.format(paragraph=one.replace(" It blamed", "\n\nIt blamed"))
    assert _found(apart, "LN104") == []


def test_a_takeaway_that_defines_again_in_other_words_restates_the_definition():
    # no figure and no name: five content words of one body sentence, told in a new order
    text = (
        "Library Fines End\n\n"
        "Overdue fines pile up when a borrower keeps a book past its due date and the library charges the account each day.\n\n"
        "The board voted on Tuesday to end them from January.\n\n"
        "Key Takeaways\n\n"
        "- Fines are what a borrower's account is charged daily for a book held beyond its due date, often by accident.\n"
        "- Staff will spend the hours saved on the homework help desk.\n"
    )
    assert _found(text, "LN104") == [("LN104", 9, 3, "warning")]


def test_headline_restated_as_lede_and_at_the_end():
    text = (
        "Metro Board Approves Fare Increase for Buses and Trains\n\n"
        "The Metro board approved a fare increase for buses and trains.\n\n"
        "Riders will pay $2.25 from July 1, up from $2, the agency said.\n\n"
        "The change adds $14 million a year to the budget, finance director Lee Park said.\n\n"
        "In the end the Metro board approves a fare increase for buses and trains, and riders must adjust.\n"
    )
    assert _found(text, "LN202") == [("LN202", 3, 1, "warning"), ("LN202", 9, 1, "warning")]


def test_a_lede_that_reports_the_news_is_not_a_restatement():
    text = (
        "Metro Board Approves Fare Increase\n\n"
        "Bus and train riders in Harlow will pay 25 cents more from July 1 after the Metro board voted 7-2 on Thursday to close a budget gap.\n\n"
        "The agency said the increase would raise $14 million a year.\n"
    )
    assert _found(text, "LN202") == []


def test_template_scaffold_needs_two_headings():
    one = "Bridge Closes\n\nThe bridge closes on May 1.\n\nWhy It Matters\n\nIt carries 30,000 cars a day, the state said.\n"
    assert _found(one, "LN501") == []
    two = one + "\nKey Takeaways\n\n- The bridge closes on May 1.\n"
    assert _found(two, "LN501") == [("LN501", 5, 1, "warning"), ("LN501", 9, 1, "warning")]


@pytest.mark.parametrize("heading", ["Expert Insights", "Challenges and Opportunities", "TL;DR"])
def test_more_of_the_scaffolds_own_headings(heading):
    one = f"Bridge Closes\n\nThe bridge closes on May 1.\n\n{heading}\n\nIt carries 30,000 cars a day, the state said.\n"
    assert _found(one, "LN501") == [("LN501", 5, 1, "info")]
    impact = one + "\nImpact on the Community\n\nShops on Mill Road expect fewer customers, the chamber said.\n"
    assert _found(impact, "LN501") == [("LN501", 5, 1, "warning"), ("LN501", 9, 1, "warning")]
    alone = "Bridge Closes\n\nThe bridge closes on May 1.\n\nImpact on the Community\n\nShops expect fewer customers, the chamber said.\n"
    assert _found(alone, "LN501") == []


def test_headings_made_of_template_words_are_the_scaffold():
    # "Remember" makes a heading a template's, like "Takeaways"; trade-offs and reflections are generic words
    text = (
        "Toll Plan\n\nThe authority proposed a $2.75 toll on Monday.\n\nWeighing the Trade-offs\n\nDrivers would pay more.\n\n"
        "Main Points to Remember\n\nThe toll rises in May.\n\nClosing Reflections\n\nIt is a big change.\n"
    )
    assert _found(text, "LN501") == [("LN501", 5, 1, "warning"), ("LN501", 9, 1, "warning"), ("LN501", 13, 1, "warning")]
    reporting = "Toll Plan\n\nThe authority proposed a $2.75 toll on Monday.\n\nTrade-offs for the county\n\nThe county loses $1 million.\n"
    assert _found(reporting, "LN501") == []


def test_generic_pros_and_cons_bullets_but_not_specific_ones():
    text = (
        "# Merger Approved\n\n"
        "The merger closed on Friday.\n\n"
        "## Pros and Cons\n\n"
        "- **Pro:** Innovation, integration and customer value.\n"
        "- **Con:** Reduced competition and uncertainty.\n"
        "- **Con:** Prices rose 4% in the first month, the regulator said.\n"
    )
    assert _found(text, "LN502", path="a.md") == [("LN502", 7, 5, "warning"), ("LN502", 8, 5, "warning")]


def test_audience_call_to_action_needs_two_audiences():
    text = (
        "Storm Recovery Continues\n\n"
        "For governments: Continue to invest in resilient infrastructure.\n\n"
        "For citizens: Stay informed and prepare an emergency kit.\n"
    )
    assert _found(text, "LN504") == [("LN504", 3, 1, "warning"), ("LN504", 5, 1, "warning")]
    single = "Storm Recovery\n\nFor residents: the shelter at Lincoln School is open until Friday, the county said.\n"
    assert _found(single, "LN504") == []


def test_in_conclusion_opener():
    text = "Council Votes\n\nThe council voted 5-2.\n\nIn conclusion, the vote marks a pivotal moment.\n"
    assert _found(text, "LN503") == [("LN503", 5, 1, "warning")]


def test_seed_article_lights_up_structural_families(seed_article):
    findings = lint_news.lint_path(seed_article).findings
    lines = {(f.code, f.line) for f in findings}
    assert {("LN201", 3), ("LN501", 15), ("LN501", 37), ("LN501", 65), ("LN501", 88), ("LN501", 98), ("LN501", 116)} <= lines
    assert {("LN504", 120), ("LN504", 122), ("LN504", 124), ("LN502", 71), ("LN502", 84)} <= lines
    assert ("LN102", 7) in lines


def test_one_finding_per_place_within_a_family():
    """A takeaway that copies a body sentence is one repetition finding (LN104), not two."""
    sentence = "The Marlow plant will close in June, putting 300 people out of work at the factory, the company said."
    text = f"Plant Closure Announced\n\n{sentence}\n\nKey Takeaways\n\n- {sentence}\n"
    report = lint_news.lint_text(text, config=Config(select=("repetition",)))
    assert [(f.code, f.line, f.column) for f in report.findings] == [("LN104", 7, 3)]
    alone = lint_news.lint_text(text, config=Config(select=("LN101",)))
    assert [(f.code, f.line, f.column) for f in alone.findings] == [("LN101", 7, 3)]


def test_common_subheads_are_not_a_scaffold_on_their_own():
    """Background and Analysis boxes are ordinary reporting; beside Key Takeaways they are the template."""
    text = (
        "Bridge Closes\n\nThe bridge closes on May 1, the state said.\n\n"
        "Background\n\nIt opened in 1961, county records show.\n\n"
        "Analysis\n\nTraffic will shift to Route 9, officials said.\n"
    )
    assert _found(text, "LN501") == []
    with_scaffold = text + "\nKey Takeaways\n\n- Traffic shifts to Route 9.\n"
    assert [code_line[:2] for code_line in _found(with_scaffold, "LN501")] == [("LN501", 5), ("LN501", 9), ("LN501", 13)]
