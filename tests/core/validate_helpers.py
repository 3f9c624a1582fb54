"""Helpers shared by the validator tests: rule lists and a check that every problem is worded."""

from __future__ import annotations

import string

from hypothesis import settings

from aidtracker.catalogue import PROBLEMS, problem_text
from aidtracker.domain import Problem

FAST = settings(max_examples=150, deadline=None, database=None)
VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def rules(problems: list[Problem]) -> list[str]:
    return [p.rule for p in problems]


def assert_worded(problems: list[Problem]) -> None:
    """Every rule has an English template and every name the template uses is supplied."""
    for problem in problems:
        template = PROBLEMS[problem.rule].en
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert names - {"field", "row"} <= problem.params.keys(), (problem, names)
        assert problem_text(problem, "en")
