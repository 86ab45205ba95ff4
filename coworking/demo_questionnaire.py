"""The demo's questionnaire page and its questions: coworking/demo_data/questionnaire.yaml.

Choices are listed in the same order in every language: the admin summary relies on it.
"""

from borgo.demo.data import load

_QUESTIONNAIRE = load("coworking", "questionnaire")
PAGE = _QUESTIONNAIRE["page"]
QUESTIONS = _QUESTIONNAIRE["questions"]
