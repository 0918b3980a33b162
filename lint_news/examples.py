"""Every rule's documented examples, run: its ``bad`` example must fire it, its ``good`` must not.

A rule's examples are its documentation (``lint-news rule CODE``, docs/RULES.md),
so they must stay true as packs change; ``lint-news rules --check-examples``
runs them for the built-in packs and a project's own, and the test suite runs
them for the built-in ones.

Examples are snippets. Linted alone, a one-line snippet is read as the
article's headline (which body-only rules skip), and a list or heading only has
structure in Markdown; so each example is read as given and as the body under
a headline, in plain text and in Markdown. The bad example must fire the rule
in at least one reading; the good one in none.

A corpus rule (the ``shared-passage`` kind) only fires across articles, so its
examples are read as a paragraph of three articles of one run: the bad one must
fire in all three; the good one, in one of the three, in none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lint_news.config import DEFAULT, Config
from lint_news.rules import Rule

_HEADLINE = "Council meets on budget\n\n"


@dataclass(frozen=True)
class ExampleProblem:
    code: str
    problem: str

    def __str__(self) -> str:
        return f"{self.code}: {self.problem}"


def readings(example: str) -> list[tuple[str, str]]:
    """The (file name, text) ways an example is read."""
    return [(path, prefix + example) for path in ("example.txt", "example.md") for prefix in ("", _HEADLINE)]


#: Kinds that report what articles share: their examples are read as articles of one run.
CORPUS_KINDS = frozenset({"shared-passage"})

_ARTICLES = (
    "Library hours change\n\nThe county library will open at 8 a.m. from May 1, its director said.\n\n",
    "Bridge repairs begin\n\nCrews closed the Elm Street bridge on Monday for six weeks of repairs.\n\n",
    "School board votes\n\nThe school board voted 5-2 to keep the later start time for high schools.\n\n",
)


def _corpus_findings(texts: list[str], config: Config) -> list[list]:
    """The findings of ``texts`` linted as the articles of one cross-file run."""
    from lint_news.corpus.marks import marks_by_article
    from lint_news.corpus.passages import join, sign
    from lint_news.readers import read_document
    from lint_news.runner import lint_source

    names = [f"example-{number}.txt" for number in range(len(texts))]
    marks = marks_by_article(join(sign((number, read_document(text, name)) for number, (name, text) in enumerate(zip(names, texts)))))
    return [lint_source(text, name, config, shared=marks.get(number, ())).findings for number, (name, text) in enumerate(zip(names, texts))]


def _check_corpus_examples(rule: Rule, config: Config) -> list[ExampleProblem]:
    bad = _corpus_findings([article + rule.bad.strip() + "\n" for article in _ARTICLES], config)
    if not all(any(finding.code == rule.code for finding in findings) for findings in bad):
        return [ExampleProblem(rule.code, "its bad example, a paragraph of three articles, is not reported in each")]
    good = _corpus_findings([_ARTICLES[0] + rule.good.strip() + "\n", *_ARTICLES[1:]], config)
    if any(finding.code == rule.code for findings in good for finding in findings):
        return [ExampleProblem(rule.code, "its good example, in one article of three, is flagged")]
    return []


def check_examples(rules: Iterable[Rule], config: Config = DEFAULT) -> list[ExampleProblem]:
    """The rules whose examples do not behave as documented, with what is wrong; ``config``
    brings the project's packs and plugins (its selection and options are not used)."""
    from lint_news.runner import lint_source

    problems = []
    for rule in rules:
        only = Config(select=(rule.code,), rule_packs=config.rule_packs, local_plugins=config.local_plugins)
        if rule.kind in CORPUS_KINDS:
            problems.extend(_check_corpus_examples(rule, only))
            continue
        fired = False
        for path, text in readings(rule.bad):
            report = lint_source(text, path, only)
            if report.error:
                problems.append(ExampleProblem(rule.code, f"cannot lint its examples: {report.error}"))
                break
            fired = fired or any(finding.code == rule.code for finding in report.findings)
        else:
            if not fired:
                problems.append(ExampleProblem(rule.code, "its bad example gives no finding in any reading"))
            for path, text in readings(rule.good):
                flagged = [f for f in lint_source(text, path, only).findings if f.code == rule.code]
                if flagged:
                    where = f"line {flagged[0].line}, column {flagged[0].column}"
                    problems.append(ExampleProblem(rule.code, f"its good example is flagged in {path} ({where}: {flagged[0].message})"))
                    break
    return problems
