"""The questionnaire and its engine work where Qt cannot even be imported."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import sys
    sys.modules["PySide6"] = None  # any import of it now raises ImportError
    sys.modules["shiboken6"] = None
    import auditor.forms.questionnaire as q
    import auditor.forms.completeness, auditor.forms.potential, auditor.forms.dictionary
    import auditor.demo
    from auditor.db.models import Audit, Company
    audit = Audit(company=Company(bin="940140000385", name_ru="T", region_code="75"))
    print(len(q.validate(audit)) > 0)
    print(any(name.startswith("PySide6") and sys.modules[name] for name in sys.modules))
    """
)


def test_forms_import_and_run_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"]
