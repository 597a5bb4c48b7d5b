"""Pharma Capacity Auditor: field audit of pharmaceutical and medical-device producers."""

__version__ = "0.1.0"
APP_NAME = "Pharma Capacity Auditor"
