"""A process killed mid-work loses nothing it had reported as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from auditor.db.database import open_database
from auditor.db.models import Audit, Company, Product

WRITER = textwrap.dedent(
    """
    import sys
    from auditor.db.database import open_database
    from auditor.db.models import Audit, Company, Product

    database = open_database(sys.argv[1])
    with database.transaction() as session:
        audit = Audit(company=Company(bin="940140000385", name_ru="Тест", region_code="75"))
        session.add(audit)
    n = 0
    while True:
        n += 1
        with database.transaction("writer") as session:
            stored = session.get(Audit, audit.id)
            stored.staff_total = n
            stored.products.append(Product(trade_name=f"product {n}"))
        print(n, flush=True)  # reported only after the commit returned
    """
)


def test_sigkill_during_commits_loses_no_reported_change(tmp_path: Path) -> None:
    path = tmp_path / "auditor.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert child.stdout is not None
    reported: list[int] = []
    for line in child.stdout:
        reported.append(int(line))
        if len(reported) >= 150:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert len(reported) >= 150

    database = open_database(path)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with database.session() as session:
        names = set(session.scalars(select(Product.trade_name)))
        audit = session.scalars(select(Audit)).one()
        assert session.scalars(select(Company.bin)).one() == "940140000385"
    assert {f"product {n}" for n in reported} <= names
    assert audit.staff_total is not None and audit.staff_total >= reported[-1]
    database.close()
