"""Hostile package workbooks, made by code from a good package at test time.

Each maker takes the path of a good package and the path to write, and writes one file that a
careless reader would choke on, be misled by, or be made to allocate without bound. Helpers
edit the workbook at the level of its zip parts and sheet XML (to write what no spreadsheet
program would), or through openpyxl with the manifest recomputed (a forgery that verifies).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from auditor.exchange.package import (
    DATA_SHA256,
    HEADER_ROWS,
    MANIFEST_SHEET,
    META_SHEET,
    SHEET_BY_NAME,
    manifest_digest,
    meta_lines,
)
from auditor.exchange.reader import read_package, verify
from auditor.exchange.xlsxguard import column_letters

Maker = Callable[[Path, Path], None]
ORPHAN_AUDIT = "0b7c1c8e-5a52-4c59-9c53-3a8d0a4f2b11"  # in no package


# --- zip parts ---------------------------------------------------------------------------------


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_parts(target: Path, contents: dict[str, bytes],
                method: Callable[[str], int] = lambda name: zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in contents.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data,
                             compress_type=method(name))


def sheet_part(path: Path, sheet: str) -> str:
    """The part holding ``sheet``, found the way a reader finds it."""
    contents = parts(path)
    workbook = contents["xl/workbook.xml"].decode()
    rel = re.search(rf'<sheet name="{re.escape(sheet)}"[^>]*r:id="([^"]+)"', workbook)
    assert rel is not None, sheet
    rels = contents["xl/_rels/workbook.xml.rels"].decode()
    target = re.search(rf'Target="([^"]+)" Id="{rel.group(1)}"', rels)
    assert target is not None
    return target.group(1).lstrip("/")


def edit_sheet(source: Path, target: Path, sheet: str, edit: Callable[[bytes], bytes]) -> None:
    contents = parts(source)
    name = sheet_part(source, sheet)
    contents[name] = edit(contents[name])
    write_parts(target, contents)


def add_row(xml: bytes, row: str) -> bytes:
    """``row`` (a ``<row>`` element) added at the end of the sheet data."""
    return xml.replace(b"</sheetData>", row.encode() + b"</sheetData>")


def cell_ref(sheet: str, key: str, row: int) -> str:
    return f"{column_letters(SHEET_BY_NAME[sheet].columns.index(key) + 1)}{row}"


def set_cell(sheet: str, key: str, cell: str, row: int = HEADER_ROWS + 1
             ) -> Callable[[bytes], bytes]:
    """An edit putting ``cell`` (the XML after ``<c r="…"``) at column ``key`` of ``row``."""
    ref = cell_ref(sheet, key, row)

    def edit(xml: bytes) -> bytes:
        new = f'<c r="{ref}"{cell}</c>'.encode()
        existing = re.compile(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)'.encode(), re.DOTALL)
        if existing.search(xml):
            return existing.sub(lambda _: new, xml, count=1)
        row_end = re.compile(rf'(<row r="{row}"[^>]*>.*?)(</row>)'.encode(), re.DOTALL)
        assert row_end.search(xml), (sheet, row)
        return row_end.sub(lambda m: m.group(1) + new + m.group(2), xml, count=1)

    return edit


def text_cell(value: str) -> str:
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f' t="inlineStr"><is><t>{escaped}</t></is>'


def number_cell(value: str) -> str:
    return f' t="n"><v>{value}</v>'


def cell_maker(sheet: str, key: str, cell: str, row: int = HEADER_ROWS + 1) -> Maker:
    def make(source: Path, target: Path) -> None:
        edit_sheet(source, target, sheet, set_cell(sheet, key, cell, row))

    return make


# --- forgeries that verify ----------------------------------------------------------------------


def forge(source: Path, target: Path, edit: Callable[[dict[str, list[dict[str, Any]]]], None],
          meta: dict[str, Any] | None = None, *, cover_meta: bool = True) -> None:
    """Edit rows (``{sheet: [row by key]}``) and Meta values, then write a manifest that
    matches, as anyone who read docs/package-format.md can."""
    workbook = openpyxl.load_workbook(source)
    rows: dict[str, list[dict[str, Any]]] = {}
    for name, spec in SHEET_BY_NAME.items():
        sheet = workbook[name]
        rows[name] = [dict(zip(spec.columns, values, strict=False))
                      for values in sheet.iter_rows(min_row=HEADER_ROWS + 1, values_only=True)]
    edit(rows)
    for name, spec in SHEET_BY_NAME.items():
        sheet = workbook[name]
        sheet.delete_rows(HEADER_ROWS + 1, sheet.max_row)
        for row in rows[name]:
            sheet.append([row.get(key) for key in spec.columns])
    meta_sheet = workbook[META_SHEET]
    for cells in meta_sheet.iter_rows(min_row=1):
        key = cells[0].value
        if meta and key in meta:
            cells[1].value = meta[key]
    workbook.save(target)
    # The manifest of what now reads back.
    package = read_package(target)
    lines = [(sheet, record, digest) for (sheet, record), digest in
             verify(package).digests.items()]
    lines += [(sheet, record, digest) for (sheet, record), digest in package.manifest.items()
              if sheet == "AttachmentData"]
    if cover_meta:
        lines += meta_lines(package.meta.items())
    workbook = openpyxl.load_workbook(target)
    manifest = workbook[MANIFEST_SHEET]
    manifest.delete_rows(HEADER_ROWS + 1, manifest.max_row)
    for line in lines:
        manifest.append(list(line))
    for cells in workbook[META_SHEET].iter_rows(min_row=1):
        if cells[0].value == DATA_SHA256:
            cells[1].value = manifest_digest(lines)
    workbook.save(target)


# --- the container ------------------------------------------------------------------------------


def far_corner_cell(source: Path, target: Path) -> None:
    """One value at XFD1048576, and a <dimension> that claims a small sheet."""
    def edit(xml: bytes) -> bytes:
        xml = xml.replace(b"<sheetViews>", b'<dimension ref="A1:B2"/><sheetViews>', 1)
        return add_row(xml, '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>')
    edit_sheet(source, target, "Products", edit)


def far_row_no_dimension(source: Path, target: Path) -> None:
    edit_sheet(source, target, "Sites", lambda xml: add_row(
        xml, '<row r="1048576"><c r="A1048576" t="n"><v>7</v></c></row>'))


def huge_declared_dimension(source: Path, target: Path) -> None:
    edit_sheet(source, target, "Barriers", lambda xml: xml.replace(
        b"<sheetViews>", b'<dimension ref="A1:XFD1048576"/><sheetViews>', 1))


def too_many_rows(source: Path, target: Path) -> None:
    edit_sheet(source, target, "Contracts", lambda xml: add_row(
        xml, '<row r="200001"><c r="A200001" t="n"><v>1</v></c></row>'))


def too_many_columns(source: Path, target: Path) -> None:
    edit_sheet(source, target, "Contracts", lambda xml: add_row(
        xml, '<row r="9"><c r="BM9" t="n"><v>1</v></c></row>'))


def hidden_cell_syntax(source: Path, target: Path) -> None:
    """A far cell written without its reference first, so that a search for r="..." misses
    it (the parser places it by counting)."""
    edit_sheet(source, target, "Barriers", lambda xml: add_row(
        xml, '<row r="9"><c t="n" r="XFD9"><v>1</v></c></row>'))


def prefixed_cell(source: Path, target: Path) -> None:
    edit_sheet(source, target, "Barriers", lambda xml: add_row(
        xml, '<row r="9"><x:c r="XFD9" t="n"><v>1</v></x:c></row>'))


def _with_shared_strings(source: Path, target: Path, strings: str, sheet_rows: str,
                         count: str | None = None) -> None:
    contents = parts(source)
    declared = f' uniqueCount="{count}"' if count is not None else ""
    contents["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"{declared}>{strings}</sst>'
    ).encode()
    name = sheet_part(source, "Barriers")
    contents[name] = add_row(contents[name], sheet_rows)
    rels = contents["xl/_rels/workbook.xml.rels"]
    contents["xl/_rels/workbook.xml.rels"] = rels.replace(b"</Relationships>", (
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="/xl/sharedStrings.xml" Id="rId999"/>'
        b"</Relationships>"))
    write_parts(target, contents)


def huge_shared_string_count(source: Path, target: Path) -> None:
    """A shared-string table that asks the reader to reserve room for 10^12 strings."""
    _with_shared_strings(source, target, "<si><t>x</t></si>", "", count="1000000000000")


def shared_string_amplification(source: Path, target: Path) -> None:
    """One string of 30,000 characters, taken by 40,000 cells: 1.2 GB of text from a file
    of a few hundred kilobytes."""
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>0</v></c>'
                                                  for c in "ABCDEFGH") + "</row>"
                   for r in range(10, 5010))
    _with_shared_strings(source, target, f"<si><t>{'x' * 30_000}</t></si>", rows)


def zip_bomb(source: Path, target: Path) -> None:
    contents = parts(source)
    contents["xl/worksheets/sheet99.xml"] = b"0" * 50_000_000
    write_parts(target, contents)


def _rewrite_directory(path: Path, edit: Callable[[bytes, int], bytes]) -> None:
    """Apply ``edit`` to every central-directory entry (bytes, offset) of the zip at path."""
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    entries, _size, offset = struct.unpack("<HII", data[end + 10:end + 20])
    at = offset
    for _ in range(entries):
        name_length, extra_length, comment_length = struct.unpack("<HHH", data[at + 28:at + 34])
        length = 46 + name_length + extra_length + comment_length
        data[at:at + length] = edit(bytes(data[at:at + length]), at)
        at += length
    path.write_bytes(bytes(data))


def understated_bomb(source: Path, target: Path) -> None:
    """A part whose directory entry claims 1 KB while its stream unpacks to 40 MB."""
    contents = parts(source)
    contents["xl/worksheets/sheet99.xml"] = b"<x/>" + b" " * 40_000_000
    write_parts(target, contents)
    small = 1000
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo("xl/worksheets/sheet99.xml")
        crc = zlib.crc32((b"<x/>" + b" " * 40_000_000)[:small])

    def edit(entry: bytes, _at: int) -> bytes:
        name_length = struct.unpack("<H", entry[28:30])[0]
        if entry[46:46 + name_length] != info.filename.encode():
            return entry
        return entry[:16] + struct.pack("<I", crc) + entry[20:24] + struct.pack(
            "<I", small) + entry[28:]

    _rewrite_directory(target, edit)


def damaged_deflate(source: Path, target: Path) -> None:
    """Bytes in the middle of the Products sheet's deflate stream overwritten."""
    target.write_bytes(source.read_bytes())
    name = sheet_part(source, "Products")
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo(name)
    data = bytearray(target.read_bytes())
    header = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[header + 26:header + 30])
    start = header + 30 + name_length + extra_length
    middle = start + info.compress_size // 2
    data[middle:middle + 64] = bytes(range(64))
    target.write_bytes(bytes(data))


def unsupported_compression(source: Path, target: Path) -> None:
    contents = parts(source)
    products = sheet_part(source, "Products")
    write_parts(target, contents, lambda name: zipfile.ZIP_LZMA if name == products
                else zipfile.ZIP_DEFLATED)


def encrypted_flag(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes())

    def edit(entry: bytes, _at: int) -> bytes:
        flags = struct.unpack("<H", entry[8:10])[0] | 0x1
        return entry[:8] + struct.pack("<H", flags) + entry[10:]

    _rewrite_directory(target, edit)


def duplicate_part(source: Path, target: Path) -> None:
    contents = parts(source)
    name = sheet_part(source, "Products")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in contents.items():
            archive.writestr(part, data)
        archive.writestr(name.upper(), contents[name])  # the reader finds parts by any case


def too_large_a_file(source: Path, target: Path) -> None:
    """Beyond the size limit (sparse: it takes no room on the disk of the test)."""
    with target.open("wb") as handle:
        handle.write(source.read_bytes()[:4])
        handle.truncate(513 * 1024 * 1024)


def opendocument(source: Path, target: Path) -> None:
    """An OpenDocument spreadsheet whose one row and cell repeat to 2^34 cells; calamine reads
    it with its OpenDocument reader when the name ends in .ods, or when it is not an xlsx."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
        'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:'
        'xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:'
        'body><office:spreadsheet><table:table table:name="Meta"><table:table-row table:number-'
        'rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:'
        'value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-'
        "row></table:table></office:spreadsheet></office:body></office:document-content>")
    write_parts(target, {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                         "content.xml": content.encode()},
                lambda name: zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)


def binary_excel(source: Path, target: Path) -> None:
    """The parts a binary workbook (.xlsb) needs, beside a package's."""
    contents = parts(source)
    contents["xl/workbook.bin"] = bytes(64)
    contents["xl/_rels/workbook.bin.rels"] = contents["xl/_rels/workbook.xml.rels"]
    write_parts(target, contents)


def truncated(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])


def not_a_zip(source: Path, target: Path) -> None:
    target.write_text("bin;name;region\n940140000385;ТОО Фарм;75\n", encoding="utf-8")


def xml_entities(source: Path, target: Path) -> None:
    """A DOCTYPE declaring nested entities (the billion laughs), used in a cell."""
    doctype = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
               '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]>')

    def edit(xml: bytes) -> bytes:
        xml = doctype.encode() + xml
        return set_cell("Barriers", "description", ' t="inlineStr"><is><t>&c;</t></is>')(xml)

    edit_sheet(source, target, "Barriers", edit)


# --- cells --------------------------------------------------------------------------------------


CELLS: dict[str, tuple[Maker, str]] = {
    "text-in-date": (cell_maker("Audits", "visit_start", text_cell("вчера")),
                     "column visit_start: «вчера» is not a date"),
    "text-in-number": (cell_maker("ProductionLines", "design_capacity", text_cell("много")),
                       "column design_capacity: «много» is not a number"),
    "text-in-id": (cell_maker("Products", "id", text_cell("product-1")),
                   "column id: «product-1» is not an id (UUID)"),
    "text-in-revision": (cell_maker("Audits", "revision", text_cell("2")),
                         "column revision: «2» is not a number"),
    "revision-zero": (cell_maker("Audits", "revision", number_cell("0")),
                      "column revision: revision 0 is less than 1"),
    "revision-fraction": (cell_maker("Audits", "revision", number_cell("1.5")),
                          "column revision: 1.5 is not a whole number"),
    "number-1e308": (cell_maker("ProductionLines", "design_capacity", number_cell("1e308")),
                     "column design_capacity: 1e+308 is out of range"),
    "inf-via-text": (cell_maker("ProductionLines", "actual_output", text_cell("inf")),
                     "column actual_output: «inf» is not a number"),
    "inf-number": (cell_maker("ProductionLines", "actual_output", number_cell("inf")),
                   "column actual_output: inf is not a finite number"),
    "nan-number": (cell_maker("Audits", "revenue_kzt", number_cell("NaN")),
                   "column revenue_kzt: nan is not a finite number"),
    "bad-uuid": (cell_maker("Audits", "id", text_cell("1234")),
                 "column id: «1234» is not an id (UUID)"),
    "yes-no-typo": (cell_maker("Products", "is_oncology", text_cell("FALSEE")),
                    "column is_oncology: «FALSEE» is not a yes/no value"),
    "yes-no-as-text-in-number": (cell_maker("Audits", "staff_total", ' t="b"><v>1</v>'),
                                 "column staff_total: «True» is not a number"),
    "naive-timestamp": (cell_maker("Audits", "created_at", text_cell("2024-05-01T10:00:00")),
                        "column created_at: «2024-05-01T10:00:00» is not a timestamp with its "
                        "time zone"),
    "text-longer-than-a-cell": (cell_maker("Barriers", "description", text_cell("я" * 40_000)),
                                "column description: the text is too long (40,000 characters"),
    "orphan-row": (cell_maker("Products", "audit_id", text_cell(ORPHAN_AUDIT)),
                   f"column audit_id: audit {ORPHAN_AUDIT} is not in this package"),
    "link-outside-the-audit": (cell_maker("ProductionLines", "site_id", text_cell(ORPHAN_AUDIT)),
                               f"column site_id: record {ORPHAN_AUDIT} is not in sheet Sites of "
                               "the same audit"),
    "bin-of-another-company": (cell_maker("Products", "bin", text_cell("940140000385")),
                               "column bin: BIN 940140000385 is not its audit's company BIN"),
}


# --- rows ---------------------------------------------------------------------------------------


def _row_xml(xml: bytes, number: int) -> bytes:
    match = re.search(rf'<row r="{number}"[^>]*>.*?</row>'.encode(), xml, re.DOTALL)
    assert match is not None, number
    return match.group()


def duplicate_record_id(source: Path, target: Path) -> None:
    """The first product again, under the same id, as a new row."""
    def edit(xml: bytes) -> bytes:
        first = _row_xml(xml, HEADER_ROWS + 1).decode()
        copy = re.sub(r'r="([A-Z]+)3"', r'r="\g<1>900"', first).replace('<row r="3"',
                                                                         '<row r="900"')
        return add_row(xml, copy)
    edit_sheet(source, target, "Products", edit)



def bad_base64(source: Path, target: Path) -> None:
    """The first piece of the first attachment with characters base64 does not have."""
    def edit(xml: bytes) -> bytes:
        return re.sub(rb'(<c r="C3"[^>]*><is><t>)[^<]{8}', rb"\1!!not*b=", xml, count=1)
    edit_sheet(source, target, "AttachmentData", edit)


# --- Meta ---------------------------------------------------------------------------------------


def meta_value(key: str, cell: str) -> Maker:
    """A maker setting the value of Meta's ``key`` to ``cell`` (the XML after ``<c r="B…"``)."""
    def make(source: Path, target: Path) -> None:
        def edit(xml: bytes) -> bytes:
            found = re.search(rf'<row r="(\d+)"><c r="A\d+" t="inlineStr"><is><t>'
                              rf'{re.escape(key)}</t></is></c>'.encode(), xml)
            assert found is not None, key
            number = int(found.group(1))
            return set_meta_cell(xml, number, cell)
        edit_sheet(source, target, META_SHEET, edit)
    return make


def set_meta_cell(xml: bytes, number: int, cell: str) -> bytes:
    existing = re.compile(rf'<c r="B{number}"[^>]*?(?:/>|>.*?</c>)'.encode(), re.DOTALL)
    new = f'<c r="B{number}"{cell}</c>'.encode("utf-8", "surrogateescape")
    if existing.search(xml):
        return existing.sub(lambda _: new, xml, count=1)
    row = re.compile(rf'(<row r="{number}">.*?)(</row>)'.encode(), re.DOTALL)
    return row.sub(lambda m: m.group(1) + new + m.group(2), xml, count=1)


CONTROL_CHARACTERS = "Ерлан\x01\x08\x1b[2J\u202eFDP.exe"
