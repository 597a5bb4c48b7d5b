"""Database figures on a national-scale demo database.

    .venv/bin/python bench/db.py [--companies 3000] [--reuse]

Prints: the time to build the demo database; one field change committed with its trail entry
(p50, p95; goal p95 <= 10 ms) beside the same UPDATE committed through bare sqlite3 with the
same durability settings and no trail; loading one full audit with 500 products (goal
<= 50 ms) beside fetching the same rows with bare sqlite3.

Every timed write changes a value, in this run and in a run on a reused database alike: each
adds one to a product's yearly volume, so no write is one the database can skip. The bench
checks that the trail grew by exactly one entry per change of ours.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.db.audits import load_full_audit
from auditor.db.database import Database, open_database
from auditor.db.guards import register_writer
from auditor.db.models import Audit, Product, TrailEntry
from auditor.demo import build_demo

OUT = Path(__file__).with_name("out")


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(name: str, ours: list[float], baseline: list[float] | None, goal: str) -> None:
    p50, p95 = percentiles(ours)
    line = f"{name:<44} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   ({goal})"
    if baseline:
        b50, b95 = percentiles(baseline)
        line += f"\n{'  bare sqlite3, no trail':<44} p50 {b50:7.2f} ms   p95 {b95:7.2f} ms"
        line += f"   ratio p50 {p50 / b50:.1f}x"
    print(line)


def field_change(database: Database, product_ids: list[object], rng: random.Random) -> None:
    with database.transaction("bench") as session:
        product = session.get_one(Product, rng.choice(product_ids))
        product.annual_volume = (product.annual_volume or 0) + 1


def bare_field_change(connection: sqlite3.Connection, ids: list[str], rng: random.Random) -> None:
    with connection:
        changed = connection.execute(
            "UPDATE product SET annual_volume = coalesce(annual_volume, 0) + 1 WHERE id = ?",
            (rng.choice(ids),),
        ).rowcount
    assert changed == 1


def trail_entries(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(TrailEntry)) or 0


def bare_load(connection: sqlite3.Connection, audit_id: str) -> None:
    tables = ("site", "production_line", "gmp_certificate", "inspection", "deficiency",
              "product", "supply_contract", "investment_project", "partnership", "barrier",
              "support_request")
    connection.execute("SELECT * FROM audit WHERE id = ?", (audit_id,)).fetchall()
    for table in tables:
        connection.execute(f"SELECT * FROM {table} WHERE audit_id = ?", (audit_id,)).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--companies", type=int, default=3000)
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench database")
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{args.companies}.sqlite"
    if not (args.reuse and path.exists()):
        for leftover in OUT.glob(f"demo-{args.companies}.sqlite*"):
            leftover.unlink()
        database = open_database(path)
        start = time.perf_counter()
        summary = build_demo(database, companies=args.companies, seed=2024)
        build_seconds = time.perf_counter() - start
        print(
            f"demo database: {summary.companies} companies, {summary.products} products, "
            f"{summary.production_lines} lines built in {build_seconds:.1f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        )
    else:
        database = open_database(path)
        print(f"demo database reused: {path}")

    rng = random.Random(7)
    with database.session() as session:
        product_ids = list(session.scalars(select(Product.id).limit(20_000)))
        counts = (
            select(Product.audit_id, func.count().label("n"))
            .group_by(Product.audit_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        big_audit_id, big_count = session.execute(counts).one()
        assert session.get(Audit, big_audit_id) is not None

    with closing(sqlite3.connect(path)) as bare:
        # The database's guards ask every writer for the function only the application's
        # connections know: the bare baseline is let through (it still runs the triggers).
        register_writer(bare, always=True)
        bare.execute("PRAGMA journal_mode=WAL")
        bare.execute("PRAGMA synchronous=FULL")
        bare_ids = [row[0] for row in bare.execute("SELECT id FROM product LIMIT 20000")]
        timed(lambda: field_change(database, product_ids, rng), 10)  # warm up
        with database.session() as session:
            before = trail_entries(session)
        ours = timed(lambda: field_change(database, product_ids, rng), 300)
        with database.session() as session:
            grew = trail_entries(session) - before
        assert grew == 300, f"300 changes wrote {grew} trail entries"
        baseline = timed(lambda: bare_field_change(bare, bare_ids, rng), 300)
        report("field change committed with trail entry", ours, baseline, "goal p95 <= 10 ms")

        def load() -> None:
            with database.session() as session:
                load_full_audit(session, big_audit_id)

        timed(load, 3)
        ours = timed(load, 40)
        hex_id = big_audit_id.hex
        baseline = timed(lambda: bare_load(bare, hex_id), 40)
        report(f"load one full audit ({big_count} products)", ours, baseline, "goal <= 50 ms")
    database.close()


if __name__ == "__main__":
    main()
