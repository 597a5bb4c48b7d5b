"""The Exchange menu: assignments, export, verification and consolidation, and their reports."""
