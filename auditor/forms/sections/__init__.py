"""The sections of the questionnaire, one module each, in the order an audit walks them."""
