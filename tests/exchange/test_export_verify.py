"""Package export and verification: what a ministry analyst and an auditor would notice."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from auditor.cli import main
from auditor.db.audits import finalize_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, Product
from auditor.demo import build_demo
from auditor.exchange.export import ExportError, export_package
from auditor.exchange.package import FORMAT_VERSION, SHEETS
from auditor.exchange.reader import PackageError, read_package, verify
from auditor.forms.questionnaire import FORM


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    folder = tmp_path_factory.mktemp("export")
    database = open_database(folder / "auditor.sqlite")
    build_demo(database, companies=4, seed=3)
    with database.transaction() as session:
        audits = list(session.scalars(select(Audit).order_by(Audit.created_at)))
        # Text that a spreadsheet would take for a formula must stay text.
        audits[0].products[0].trade_name = "=HYPERLINK(\"http://x\",\"Нажми\")"
        audits[0].products[1].strength = "-5 мг"
        for audit in audits[:3]:
            finalize_audit(session, audit, representative_name="Ерлан Сәрсенов",
                           representative_position="Бас директор")
    path = folder / "package.xlsx"
    export_package(database, path, lang="kk")
    yield database, path
    database.close()


def test_only_finalized_audits_are_exported_by_default(exported: tuple[Database, Path]) -> None:
    _, path = exported
    package = read_package(path)
    assert len(package.sheets["Audits"]) == 3
    assert {row["status"] for row in package.sheets["Audits"]} == {"finalized"}
    assert package.meta["audits"] == 3


def test_the_workbook_is_laid_out_for_people_and_machines(exported: tuple[Database, Path]) -> None:
    _, path = exported
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[0] == "Meta"
    assert {spec.name for spec in SHEETS} <= set(workbook.sheetnames)
    products = workbook["Products"]
    keys = [c.value for c in products[1]]
    assert keys[:3] == ["id", "audit_id", "bin"]
    labels = dict(zip(keys, [c.value for c in products[2]], strict=True))
    assert labels["trade_name"] == FORM.field("product.trade_name").label("kk")
    assert products.freeze_panes == "B3"
    audits = workbook["Audits"]
    keys = [c.value for c in audits[1]]
    row = dict(zip(keys, [c.value for c in audits[3]], strict=True))
    assert isinstance(row["visit_start"].date() if hasattr(row["visit_start"], "date")
                      else row["visit_start"], date)
    assert isinstance(row["staff_total"], int)
    assert isinstance(row["revenue_kzt"], int)
    # Every row of every audit sheet carries the company BIN.
    for spec in SHEETS:
        if "bin" in spec.columns and spec.name != "Auditors":
            sheet = workbook[spec.name]
            column = [c.value for c in sheet[1]].index("bin")
            assert all(len(str(r[column].value)) == 12 for r in sheet.iter_rows(min_row=3))


def test_text_that_looks_like_a_formula_stays_text(exported: tuple[Database, Path]) -> None:
    _, path = exported
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)
    names = {row["trade_name"] for row in read_package(path).sheets["Products"]}
    assert "=HYPERLINK(\"http://x\",\"Нажми\")" in names


def test_meta_and_dictionary_describe_the_package(exported: tuple[Database, Path]) -> None:
    database, path = exported
    package = read_package(path)
    meta = package.meta
    assert meta["format_version"] == FORMAT_VERSION
    assert meta["installation_id"] == str(database.installation_id)
    assert meta["count:Products"] == len(package.sheets["Products"]) > 0
    assert meta["schema_version"] and meta["form_version"] and meta["app_version"]
    dictionary = openpyxl.load_workbook(path, read_only=True)["Dictionary"]
    rows = list(dictionary.iter_rows(min_row=3, values_only=True))
    assert len(rows) == len(list(FORM.all_fields()))
    assert any(r[0] == "product.atc_code" for r in rows)


def test_attachments_travel_byte_for_byte(exported: tuple[Database, Path]) -> None:
    database, path = exported
    package = read_package(path)
    with database.session() as session:
        from auditor.db.models import Attachment

        stored = {str(a.id): a.content for a in session.scalars(select(Attachment))}
    for key, content in package.attachments.items():
        assert stored[key] == content


def test_an_untouched_package_verifies(exported: tuple[Database, Path]) -> None:
    _, path = exported
    assert main(["verify", str(path)]) == 0


def _edited(path: Path, tmp_path: Path, edit: str) -> Path:
    workbook = openpyxl.load_workbook(path)
    if edit == "cell":
        workbook["Products"]["E4"] = "Подменено"
    elif edit == "row removed":
        workbook["Barriers"].delete_rows(3)
    elif edit == "manifest":
        workbook["Manifest"]["C3"] = "0" * 64
    target = tmp_path / f"edited-{edit.replace(' ', '-')}.xlsx"
    workbook.save(target)
    return target


def test_an_edited_cell_is_found_by_sheet_and_row(
    exported: tuple[Database, Path], tmp_path: Path
) -> None:
    _, path = exported
    result = verify(read_package(_edited(path, tmp_path, "cell")))
    assert not result.ok
    (change,) = result.changes
    assert (change.sheet, change.changed) == ("Products", [4])
    assert "Products: rows 4 changed" in result.describe()


def test_a_removed_row_and_an_edited_manifest_are_found(
    exported: tuple[Database, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, path = exported
    removed = verify(read_package(_edited(path, tmp_path, "row removed")))
    assert [(c.sheet, c.removed) for c in removed.changes] == [("Barriers", 1)]
    manifest = _edited(path, tmp_path, "manifest")
    assert not verify(read_package(manifest)).manifest_intact
    assert main(["verify", str(path), str(manifest)]) == 1
    out = capsys.readouterr().out
    assert "package.xlsx: OK" in out and "the manifest itself was changed" in out


@pytest.mark.parametrize("case", ["text", "truncated", "zip bomb", "plain workbook",
                                  "newer format"])
def test_files_that_are_not_packages_are_refused_in_one_line(
    exported: tuple[Database, Path], tmp_path: Path, case: str
) -> None:
    _, path = exported
    target = tmp_path / f"{case.replace(' ', '-')}.xlsx"
    if case == "text":
        target.write_text("bin;name\n940140000385;Тест\n", encoding="utf-8")
        expected = "not an Excel workbook"
    elif case == "truncated":
        target.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        expected = "corrupt or truncated"
    elif case == "zip bomb":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("xl/worksheets/sheet1.xml", b"0" * 50_000_000)
        expected = "zip bomb"
    elif case == "plain workbook":
        workbook = openpyxl.Workbook()
        workbook.active.append(["bin", "name"])  # type: ignore[union-attr]
        workbook.save(target)
        expected = "not an audit package"
    else:
        workbook = openpyxl.load_workbook(path)
        meta = workbook["Meta"]
        for row in meta.iter_rows():
            if row[0].value == "format_version":
                row[1].value = FORMAT_VERSION + 1
        workbook.save(target)
        expected = f"format version {FORMAT_VERSION + 1} is newer"
    with pytest.raises(PackageError) as refused:
        read_package(target)
    message = refused.value.reason("en")
    assert message.startswith(target.name) and expected in message and "\n" not in message
    assert refused.value.reason("kk").startswith(target.name)


def test_export_with_nothing_finalized_says_so(tmp_path: Path) -> None:
    database = open_database(tmp_path / "empty.sqlite")
    build_demo(database, companies=1, seed=1)
    with pytest.raises(ExportError, match="no finalized audits"):
        export_package(database, tmp_path / "p.xlsx")
    assert not (tmp_path / "p.xlsx").exists()
    with database.session() as session:
        draft = session.scalars(select(Audit.id)).one()
        product_count = len(session.scalars(select(Product.id)).all())
    database.close()
    assert main(["export", "--db", str(tmp_path / "empty.sqlite"), "--out",
                 str(tmp_path / "draft.xlsx"), "--audit", str(draft)]) == 0
    assert len(read_package(tmp_path / "draft.xlsx").sheets["Products"]) == product_count


def test_the_published_format_matches_the_code() -> None:
    text = (Path(__file__).parents[2] / "docs" / "package-format.md").read_text(encoding="utf-8")
    for spec in SHEETS:
        assert f"| `{spec.name}` | {', '.join(spec.columns)} |" in text, spec.name
    assert f"version {FORMAT_VERSION}" in text
