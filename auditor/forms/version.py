"""The questionnaire's version: packages and summaries say which questions and rules they were
made with. Kept apart so that it can be read without loading the questionnaire."""

# Changed whenever a field, a rule or a choice list changes meaning; exported packages carry
# it so the ministry knows which questionnaire an audit answered.
FORM_VERSION = "2026.2"
