"""The inputs generated from the questionnaire, one module each; :mod:`.registry` says which
input a field type gets."""
