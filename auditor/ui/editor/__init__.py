"""The audit editor: pages generated from the questionnaire, repeats as tables, every change
saved at once and undoable, validation as the auditor types, finalize and reopen.

``auditor.ui.editor.editor.AuditEditor`` is the window; the modules beside it are its parts.
"""
