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


# --- durability: each reported commit reached the disk ---------------------------------------

# Counts what a power cut would keep: every fsync/fdatasync the process makes, with the file
# it makes it on, written to a log beside the commits the program reports, in order.
FSYNC_SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void note(const char *what, int fd) {
    const char *log = getenv("FSYNC_LOG");
    if (!log) return;
    char link[64], target[4096], line[4200];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    target[n > 0 ? n : 0] = 0;
    int out = open(log, O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (out < 0) return;
    int len = snprintf(line, sizeof line, "%s %s\n", what, target);
    if (write(out, line, len) < 0) {}
    close(out);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "fsync");
    note("fsync", fd);
    return real(fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "fdatasync");
    note("fdatasync", fd);
    return real(fd);
}
"""

COMMITTER = textwrap.dedent(
    """
    import os, sys
    from auditor.db.database import open_database
    from auditor.db.models import Audit, Company

    database = open_database(sys.argv[1])
    with database.transaction() as session:
        audit = Audit(company=Company(bin="940140000385", name_ru="Тест", region_code="75"))
        session.add(audit)
    for n in range(1, 21):
        with database.transaction("writer") as session:
            session.get(Audit, audit.id).staff_total = n
        # reported saved only after the commit returned
        with open(os.environ["FSYNC_LOG"], "a") as log:
            log.write(f"reported {n}\\n")
    """
)


def test_every_reported_commit_was_synced_to_disk_first(tmp_path: Path) -> None:
    """What a power cut keeps is what was fsynced: between two reported changes, the journal
    the change was committed to must have been synced (``synchronous=FULL``); with a weaker
    setting the change could be reported and still be lost."""
    source = tmp_path / "fsync_shim.c"
    source.write_text(FSYNC_SHIM)
    shim = tmp_path / "fsync_shim.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-O1", "-o", str(shim), str(source), "-ldl"],
                   check=True, capture_output=True)
    path = tmp_path / "auditor.sqlite"
    log = tmp_path / "fsync.log"
    subprocess.run(
        [sys.executable, "-c", COMMITTER, str(path)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2]),
             "LD_PRELOAD": str(shim), "FSYNC_LOG": str(log)},
    )
    lines = log.read_text().splitlines()
    reported = [n for n, line in enumerate(lines) if line.startswith("reported")]
    assert len(reported) == 20
    journal = str(path) + "-wal"
    previous = 0
    for index in reported:
        synced = [line for line in lines[previous:index] if line.endswith(journal)]
        assert synced, f"{lines[index]} was not synced to {journal} before it was reported"
        previous = index
