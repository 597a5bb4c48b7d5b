"""The main window: the list of audits, its filters and menus, and the dialogs it opens."""
