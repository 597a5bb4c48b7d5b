"""Demo data: plausible audits of producers in Kazakhstan, for tests, screenshots and benchmarks.

The public producers of the domain notes come first, with their public facts (places, dosage
forms, capacities, special economic zones); invented producers follow. Everything else about a
public producer (inspections, staff, money) is invented as well, but never to its discredit: public
producers hold valid GMP certificates and have no critical deficiencies.

Everything is drawn from one ``random.Random(seed)``, record ids included, so one seed always
gives the same content; only timestamps differ between runs. Company ``i`` depends only on the
companies before it, so a larger demo begins with the same companies as a smaller one.

Codes stored are codes of the reference lists in :mod:`auditor.domain.lists`.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.db.audits import add_attachment, finalize_audit
from auditor.db.database import Database
from auditor.db.models import (
    Audit,
    AuditorProfile,
    Barrier,
    Company,
    Deficiency,
    GmpCertificate,
    Inspection,
    InvestmentProject,
    Partnership,
    Product,
    ProductionLine,
    Site,
    SupplyContract,
    SupportRequest,
)
from auditor.domain.bin import make_bin

__all__ = ["DemoSummary", "build_demo"]

DEMO_ACTOR = "demo"
# One transaction per batch: few enough commits (each one is an fsync) to be fast, small enough
# that a failure loses little and progress moves visibly.
BATCH_SIZE = 25
VISIT_YEAR = 2026
SINGLE_DISTRIBUTOR = "ТОО «СК-Фармация»"
CHIMPHARM_PRODUCTS = 500

T = TypeVar("T")


@dataclass
class DemoSummary:
    companies: int
    audits: int
    products: int
    production_lines: int
    seconds: float
    skipped: int = 0  # companies left out because their BIN was already in the database


# --- dosage forms as the demo knows them -------------------------------------------------------


@dataclass(frozen=True)
class _Form:
    """How one kind of production looks: its list codes, line name, capacity and unit price."""

    dosage_form: str  # code in dosage_forms
    unit: str  # code in units; chosen so that form and unit fit (tablets in tablets, ...)
    line_name: str
    capacity: tuple[float, float]  # design capacity of one line per year, in ``unit``
    price: tuple[float, float]  # ex-works price per unit, KZT
    activity: str  # code in site_activities for making it
    device: bool = False


_FORMS: dict[str, _Form] = {
    "tab": _Form("tablets", "tablets", "Линия таблетирования", (40e6, 900e6), (6, 25),
                 "manufacture_non_sterile"),
    "caps": _Form("hard_capsules", "capsules", "Линия капсулирования", (20e6, 350e6), (12, 40),
                  "manufacture_non_sterile"),
    "oral_liq": _Form("liquids_internal", "bottles", "Линия розлива сиропов и суспензий",
                      (1e6, 15e6), (400, 1200), "manufacture_non_sterile"),
    "ext_liq": _Form("liquids_external", "bottles", "Линия растворов для наружного применения",
                     (1e6, 12e6), (150, 500), "manufacture_non_sterile"),
    "semisolid": _Form("semi_solids", "packs", "Линия мазей и кремов", (1e6, 12e6), (300, 900),
                       "manufacture_non_sterile"),
    "supp": _Form("suppositories", "pieces", "Линия суппозиториев", (5e6, 60e6), (40, 120),
                  "manufacture_non_sterile"),
    "aerosol": _Form("pressurised_preparations", "packs", "Линия дозированных аэрозолей",
                     (0.5e6, 5e6), (900, 2500), "manufacture_non_sterile"),
    "amp": _Form("terminal_small_volume_liquids", "ampoules", "Линия ампульных растворов",
                 (20e6, 250e6), (35, 150), "manufacture_sterile"),
    "conc": _Form("aseptic_small_volume_liquids", "vials", "Асептическая линия розлива во флаконы",
                  (1e6, 12e6), (1500, 12000), "manufacture_sterile"),
    "lvp": _Form("terminal_large_volume_liquids", "bottles", "Линия инфузионных растворов",
                 (3e6, 30e6), (250, 700), "manufacture_sterile"),
    "powder": _Form("aseptic_solids_implants", "vials", "Линия порошков для инъекций",
                    (5e6, 60e6), (250, 1200), "manufacture_sterile"),
    "lyo": _Form("aseptic_lyophilisates", "vials", "Линия лиофилизации", (0.3e6, 5e6),
                 (3000, 30000), "manufacture_sterile"),
    "bio": _Form("biotech_products", "vials", "Линия биотехнологических препаратов",
                 (20e3, 500e3), (30000, 150000), "manufacture_biological"),
    "insulin": _Form("biotech_products", "syringes", "Линия розлива инсулинов в шприц-ручки",
                     (1e6, 15e6), (2500, 6000), "manufacture_biological"),
    "vaccine": _Form("immunologicals", "doses", "Линия вакцин", (1e6, 20e6), (800, 4000),
                     "manufacture_biological"),
    "blood": _Form("blood_products", "vials", "Участок фракционирования плазмы", (10e3, 300e3),
                   (15000, 80000), "manufacture_biological"),
    "api": _Form("api", "kg", "Участок синтеза субстанций", (5e3, 300e3), (3000, 20000),
                 "api_manufacture"),
    "dev1": _Form("device_class_1", "pieces", "Участок перевязочных и защитных изделий",
                  (5e6, 200e6), (5, 60), "manufacture_non_sterile", device=True),
    "dev2a": _Form("device_class_2a", "pieces", "Линия шприцев и инфузионных систем",
                   (10e6, 300e6), (20, 150), "manufacture_sterile", device=True),
    "dev2b": _Form("device_class_2b", "pieces", "Участок шовного материала и контейнеров для крови",
                   (0.1e6, 5e6), (1500, 8000), "manufacture_sterile", device=True),
    "dev3": _Form("device_class_3", "pieces", "Чистое помещение сборки имплантируемых изделий",
                  (5e3, 100e3), (150000, 900000), "manufacture_sterile", device=True),
}


# --- medicines and devices ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Medicine:
    inn: str  # as in the national register, in Russian
    atc: str  # WHO ATC level 5
    forms: tuple[tuple[str, tuple[str, ...]], ...]  # form key, strengths it is made in

    @property
    def is_oncology(self) -> bool:
        return self.atc.startswith(("L01", "L02"))

    @property
    def is_cardiovascular(self) -> bool:
        return self.atc.startswith("C")


def _m(inn: str, atc: str, *forms: tuple[str, ...]) -> _Medicine:
    return _Medicine(inn, atc, tuple((form[0], form[1:]) for form in forms))


# Real INN / ATC pairs (WHO ATC index). The 2022 revision moved kinase inhibitors to L01E and
# monoclonal antibodies to L01F: imatinib is L01EA01 now, no longer L01XE01. Where one substance
# has different codes by route (metronidazole, aciclovir, diclofenac gel) only the forms that
# belong to the code given are listed.
_MEDICINES: tuple[_Medicine, ...] = (
    # L01/L02: oncology, the first priority of the audit
    _m("Фторурацил", "L01BC02", ("conc", "50 мг/мл 5 мл", "50 мг/мл 10 мл")),
    _m("Иматиниб", "L01EA01", ("tab", "100 мг", "400 мг"), ("caps", "100 мг")),
    _m("Метотрексат", "L01BA01", ("tab", "2,5 мг", "10 мг"), ("conc", "10 мг/мл 5 мл")),
    _m("Циклофосфамид", "L01AA01", ("powder", "200 мг", "500 мг", "1 г")),
    _m("Цисплатин", "L01XA01", ("conc", "0,5 мг/мл 20 мл", "1 мг/мл 50 мл")),
    _m("Карбоплатин", "L01XA02", ("conc", "10 мг/мл 15 мл", "10 мг/мл 45 мл")),
    _m("Оксалиплатин", "L01XA03", ("conc", "5 мг/мл 10 мл", "5 мг/мл 20 мл"),
       ("lyo", "50 мг", "100 мг")),
    _m("Паклитаксел", "L01CD01", ("conc", "6 мг/мл 5 мл", "6 мг/мл 16,7 мл")),
    _m("Доцетаксел", "L01CD02", ("conc", "20 мг/мл 1 мл", "20 мг/мл 4 мл")),
    _m("Доксорубицин", "L01DB01", ("lyo", "10 мг", "50 мг")),
    _m("Гемцитабин", "L01BC05", ("lyo", "200 мг", "1 г")),
    _m("Капецитабин", "L01BC06", ("tab", "150 мг", "500 мг")),
    _m("Винорелбин", "L01CA04", ("conc", "10 мг/мл 1 мл", "10 мг/мл 5 мл")),
    _m("Пеметрексед", "L01BA04", ("lyo", "100 мг", "500 мг")),
    _m("Иринотекан", "L01CE02", ("conc", "20 мг/мл 2 мл", "20 мг/мл 5 мл")),
    _m("Темозоломид", "L01AX03", ("caps", "20 мг", "100 мг", "250 мг")),
    _m("Гидроксикарбамид", "L01XX05", ("caps", "500 мг")),
    _m("Бортезомиб", "L01XG01", ("lyo", "1 мг", "3,5 мг")),
    _m("Ритуксимаб", "L01FA01", ("bio", "100 мг/10 мл", "500 мг/50 мл")),
    _m("Трастузумаб", "L01FD01", ("bio", "150 мг", "440 мг")),
    _m("Тамоксифен", "L02BA01", ("tab", "10 мг", "20 мг")),
    _m("Анастрозол", "L02BG03", ("tab", "1 мг")),
    _m("Летрозол", "L02BG04", ("tab", "2,5 мг")),
    _m("Бикалутамид", "L02BB03", ("tab", "50 мг", "150 мг")),
    # L03/L04: group L, yet not oncology medicines
    _m("Филграстим", "L03AA02", ("bio", "300 мкг/0,5 мл", "480 мкг/0,5 мл")),
    _m("Микофеноловая кислота", "L04AA06", ("tab", "250 мг", "500 мг")),
    # C: cardiovascular, the second priority
    _m("Эналаприл", "C09AA02", ("tab", "5 мг", "10 мг", "20 мг")),
    _m("Бисопролол", "C07AB07", ("tab", "2,5 мг", "5 мг", "10 мг")),
    _m("Рамиприл", "C09AA05", ("tab", "2,5 мг", "5 мг", "10 мг")),
    _m("Периндоприл", "C09AA04", ("tab", "4 мг", "8 мг")),
    _m("Лизиноприл", "C09AA03", ("tab", "5 мг", "10 мг", "20 мг")),
    _m("Лозартан", "C09CA01", ("tab", "50 мг", "100 мг")),
    _m("Валсартан", "C09CA03", ("tab", "80 мг", "160 мг")),
    _m("Амлодипин", "C08CA01", ("tab", "5 мг", "10 мг")),
    _m("Верапамил", "C08DA01", ("tab", "40 мг", "80 мг"), ("amp", "2,5 мг/мл 2 мл")),
    _m("Метопролол", "C07AB02", ("tab", "25 мг", "50 мг", "100 мг")),
    _m("Фуросемид", "C03CA01", ("tab", "40 мг"), ("amp", "10 мг/мл 2 мл")),
    _m("Индапамид", "C03BA11", ("tab", "1,5 мг", "2,5 мг")),
    _m("Спиронолактон", "C03DA01", ("tab", "25 мг"), ("caps", "50 мг", "100 мг")),
    _m("Аторвастатин", "C10AA05", ("tab", "10 мг", "20 мг", "40 мг")),
    _m("Розувастатин", "C10AA07", ("tab", "10 мг", "20 мг")),
    _m("Симвастатин", "C10AA01", ("tab", "20 мг", "40 мг")),
    _m("Триметазидин", "C01EB15", ("tab", "35 мг")),
    _m("Амиодарон", "C01BD01", ("tab", "200 мг"), ("amp", "50 мг/мл 3 мл")),
    _m("Дигоксин", "C01AA05", ("tab", "0,25 мг"), ("amp", "0,25 мг/мл 1 мл")),
    _m("Нитроглицерин", "C01DA02", ("tab", "0,5 мг"), ("conc", "1 мг/мл 10 мл")),
    _m("Эпинефрин", "C01CA24", ("amp", "1 мг/мл 1 мл")),
    _m("Норэпинефрин", "C01CA03", ("amp", "2 мг/мл 4 мл")),
    _m("Допамин", "C01CA04", ("amp", "40 мг/мл 5 мл")),
    _m("Клонидин", "C02AC01", ("tab", "0,15 мг"), ("amp", "0,1 мг/мл 1 мл")),
    # A: alimentary tract and metabolism, insulins included
    _m("Инсулин гларгин", "A10AE04", ("insulin", "100 ЕД/мл 3 мл", "100 ЕД/мл 10 мл")),
    _m("Инсулин человеческий", "A10AB01", ("insulin", "100 ЕД/мл 3 мл", "100 ЕД/мл 10 мл")),
    _m("Инсулин-изофан человеческий", "A10AC01", ("insulin", "100 ЕД/мл 3 мл")),
    _m("Инсулин аспарт", "A10AB05", ("insulin", "100 ЕД/мл 3 мл")),
    _m("Инсулин лизпро", "A10AB04", ("insulin", "100 ЕД/мл 3 мл")),
    _m("Метформин", "A10BA02", ("tab", "500 мг", "850 мг", "1000 мг")),
    _m("Гликлазид", "A10BB09", ("tab", "30 мг", "60 мг", "80 мг")),
    _m("Омепразол", "A02BC01", ("caps", "20 мг", "40 мг"), ("powder", "40 мг")),
    _m("Пантопразол", "A02BC02", ("tab", "20 мг", "40 мг"), ("powder", "40 мг")),
    _m("Фамотидин", "A02BA03", ("tab", "20 мг", "40 мг")),
    _m("Дротаверин", "A03AD02", ("tab", "40 мг", "80 мг"), ("amp", "20 мг/мл 2 мл")),
    _m("Метоклопрамид", "A03FA01", ("tab", "10 мг"), ("amp", "5 мг/мл 2 мл")),
    _m("Лоперамид", "A07DA03", ("caps", "2 мг")),
    # B: blood, infusion solutions
    _m("Ацетилсалициловая кислота", "B01AC06", ("tab", "75 мг", "100 мг")),
    _m("Гепарин натрия", "B01AB01", ("amp", "5000 МЕ/мл 5 мл")),
    _m("Эноксапарин натрия", "B01AB05", ("amp", "40 мг/0,4 мл", "80 мг/0,8 мл")),
    _m("Транексамовая кислота", "B02AA02", ("tab", "250 мг", "500 мг"), ("amp", "50 мг/мл 5 мл")),
    _m("Цианокобаламин", "B03BA01", ("amp", "500 мкг/мл 1 мл")),
    _m("Фолиевая кислота", "B03BB01", ("tab", "1 мг", "5 мг")),
    _m("Натрия хлорид", "B05XA03", ("lvp", "0,9% 100 мл", "0,9% 250 мл", "0,9% 500 мл"),
       ("amp", "0,9% 5 мл", "0,9% 10 мл")),
    _m("Декстроза", "B05BA03", ("lvp", "5% 250 мл", "5% 500 мл", "10% 500 мл"),
       ("amp", "40% 10 мл")),
    _m("Маннитол", "B05BC01", ("lvp", "15% 200 мл", "15% 400 мл")),
    _m("Калия хлорид", "B05XA01", ("amp", "40 мг/мл 10 мл"), ("lvp", "4% 100 мл")),
    _m("Альбумин человека", "B05AA01", ("blood", "10% 100 мл", "20% 100 мл")),
    # J: anti-infectives, a large share of domestic injectables
    _m("Иммуноглобулин человека нормальный", "J06BA02", ("blood", "50 мг/мл 50 мл")),
    _m("Амоксициллин", "J01CA04", ("caps", "250 мг", "500 мг"), ("oral_liq", "250 мг/5 мл")),
    _m("Амоксициллин и клавулановая кислота", "J01CR02", ("tab", "500 мг/125 мг", "875 мг/125 мг")),
    _m("Цефтриаксон", "J01DD04", ("powder", "0,5 г", "1 г", "2 г")),
    _m("Цефазолин", "J01DB04", ("powder", "0,5 г", "1 г")),
    _m("Цефотаксим", "J01DD01", ("powder", "0,5 г", "1 г")),
    _m("Цефепим", "J01DE01", ("powder", "1 г", "2 г")),
    _m("Цефуроксим", "J01DC02", ("powder", "750 мг", "1,5 г"), ("tab", "250 мг", "500 мг")),
    _m("Меропенем", "J01DH02", ("powder", "0,5 г", "1 г")),
    _m("Ампициллин", "J01CA01", ("powder", "0,5 г", "1 г"), ("tab", "250 мг")),
    _m("Бензилпенициллин", "J01CE01", ("powder", "500 000 ЕД", "1 000 000 ЕД")),
    _m("Ванкомицин", "J01XA01", ("powder", "500 мг", "1 г")),
    _m("Ципрофлоксацин", "J01MA02", ("tab", "250 мг", "500 мг"), ("lvp", "2 мг/мл 100 мл")),
    _m("Левофлоксацин", "J01MA12", ("tab", "250 мг", "500 мг"), ("lvp", "5 мг/мл 100 мл")),
    _m("Азитромицин", "J01FA10", ("caps", "250 мг"), ("tab", "500 мг")),
    _m("Кларитромицин", "J01FA09", ("tab", "250 мг", "500 мг")),
    _m("Гентамицин", "J01GB03", ("amp", "40 мг/мл 2 мл")),
    _m("Амикацин", "J01GB06", ("amp", "250 мг/мл 2 мл", "250 мг/мл 4 мл")),
    _m("Доксициклин", "J01AA02", ("caps", "100 мг")),
    _m("Метронидазол", "J01XD01", ("lvp", "5 мг/мл 100 мл")),
    _m("Флуконазол", "J02AC01", ("caps", "50 мг", "150 мг"), ("lvp", "2 мг/мл 100 мл")),
    _m("Ацикловир", "J05AB01", ("tab", "200 мг", "400 мг")),
    _m("Изониазид", "J04AC01", ("tab", "100 мг", "300 мг"), ("amp", "100 мг/мл 5 мл")),
    _m("Рифампицин", "J04AB02", ("caps", "150 мг", "300 мг")),
    _m("Этамбутол", "J04AK02", ("tab", "400 мг")),
    _m("Пиразинамид", "J04AK01", ("tab", "500 мг")),
    _m("Вакцина гриппозная инактивированная", "J07BB02", ("vaccine", "0,5 мл/доза")),
    _m("Анатоксин столбнячный", "J07AM01", ("vaccine", "0,5 мл/доза")),
    # M, N: musculoskeletal and nervous system
    _m("Ибупрофен", "M01AE01", ("tab", "200 мг", "400 мг"), ("oral_liq", "100 мг/5 мл")),
    _m("Диклофенак", "M01AB05", ("tab", "25 мг", "50 мг"), ("amp", "25 мг/мл 3 мл"),
       ("supp", "50 мг", "100 мг")),
    _m("Кеторолак", "M01AB15", ("tab", "10 мг"), ("amp", "30 мг/мл 1 мл")),
    _m("Мелоксикам", "M01AC06", ("tab", "7,5 мг", "15 мг"), ("amp", "10 мг/мл 1,5 мл")),
    _m("Толперизон", "M03BX04", ("tab", "50 мг", "150 мг")),
    _m("Парацетамол", "N02BE01", ("tab", "200 мг", "500 мг"), ("lvp", "10 мг/мл 100 мл"),
       ("oral_liq", "120 мг/5 мл"), ("supp", "125 мг", "250 мг")),
    _m("Метамизол натрия", "N02BB02", ("tab", "500 мг"), ("amp", "500 мг/мл 2 мл")),
    _m("Лидокаин", "N01BB02", ("amp", "20 мг/мл 2 мл", "100 мг/мл 2 мл")),
    _m("Карбамазепин", "N03AF01", ("tab", "200 мг")),
    _m("Вальпроевая кислота", "N03AG01", ("tab", "300 мг", "500 мг")),
    _m("Сертралин", "N06AB06", ("tab", "50 мг", "100 мг")),
    _m("Пирацетам", "N06BX03", ("tab", "400 мг", "800 мг"), ("amp", "200 мг/мл 5 мл")),
    _m("Бетагистин", "N07CA01", ("tab", "8 мг", "16 мг", "24 мг")),
    # R, H, G, D, P
    _m("Ацетилцистеин", "R05CB01", ("tab", "200 мг", "600 мг")),
    _m("Амброксол", "R05CB06", ("tab", "30 мг"), ("oral_liq", "15 мг/5 мл")),
    _m("Цетиризин", "R06AE07", ("tab", "10 мг")),
    _m("Лоратадин", "R06AX13", ("tab", "10 мг"), ("oral_liq", "5 мг/5 мл")),
    _m("Сальбутамол", "R03AC02", ("aerosol", "100 мкг/доза")),
    _m("Дексаметазон", "H02AB02", ("tab", "0,5 мг"), ("amp", "4 мг/мл 1 мл")),
    _m("Преднизолон", "H02AB06", ("tab", "5 мг"), ("amp", "30 мг/мл 1 мл")),
    _m("Левотироксин натрия", "H03AA01", ("tab", "50 мкг", "100 мкг")),
    _m("Тамсулозин", "G04CA02", ("caps", "0,4 мг")),
    _m("Хлоргексидин", "D08AC02", ("ext_liq", "0,05% 100 мл", "0,05% 1 л")),
    _m("Бетаметазон", "D07AC01", ("semisolid", "0,05% 15 г", "0,1% 30 г")),
    _m("Мебендазол", "P02CA01", ("tab", "100 мг")),
)

# Substances a domestic API plant could plausibly make; their products are "full cycle".
_API_SUBSTANCES = frozenset({"Натрия хлорид", "Калия хлорид", "Декстроза", "Парацетамол",
                             "Ацетилсалициловая кислота", "Метамизол натрия", "Хлоргексидин"})


@dataclass(frozen=True)
class _Device:
    name: str
    form: str
    variants: tuple[str, ...]  # stored in Product.strength: size, volume, gauge


_DEVICES: tuple[_Device, ...] = (
    _Device("Перчатки медицинские смотровые нитриловые", "dev1", ("S", "M", "L", "XL")),
    _Device("Маска медицинская трёхслойная", "dev1", ("взрослая", "детская")),
    _Device("Бинт марлевый медицинский стерильный", "dev1", ("5 м × 10 см", "7 м × 14 см")),
    _Device("Вата медицинская гигроскопическая", "dev1", ("50 г", "100 г")),
    _Device("Лейкопластырь медицинский", "dev1", ("1 × 500 см", "2 × 500 см")),
    _Device("Халат хирургический одноразовый", "dev1", ("стерильный", "нестерильный")),
    _Device("Контейнер для биоматериала", "dev1", ("60 мл", "120 мл")),
    _Device("Шприц инъекционный однократного применения", "dev2a",
            ("2 мл", "5 мл", "10 мл", "20 мл")),
    _Device("Система для вливания инфузионных растворов", "dev2a", ("ПК 21-01", "ПК 21-02")),
    _Device("Система для переливания крови", "dev2a", ("ПК 22-02",)),
    _Device("Катетер внутривенный периферический", "dev2a", ("G18", "G20", "G22", "G24")),
    _Device("Игла инъекционная однократного применения", "dev2a", ("0,6 × 25 мм", "0,8 × 40 мм")),
    _Device("Катетер Фолея", "dev2a", ("Ch 14", "Ch 16", "Ch 18")),
    _Device("Шовный материал хирургический рассасывающийся", "dev2b", ("USP 2-0", "USP 3-0")),
    _Device("Контейнер для крови полимерный", "dev2b", ("450 мл", "450/300/300 мл")),
    _Device("Сетка хирургическая полипропиленовая", "dev2b", ("15 × 15 см", "30 × 30 см")),
    _Device("Стент коронарный с лекарственным покрытием", "dev3", ("3,0 × 18 мм", "3,5 × 24 мм")),
)


@dataclass(frozen=True)
class _Candidate:
    """One product a producer could have: a medicine (or device) in one form and strength."""

    form: str
    strength: str
    medicine: _Medicine | None = None
    device: _Device | None = None

    @property
    def base_name(self) -> str:
        if self.medicine is not None:
            return self.medicine.inn
        assert self.device is not None
        return self.device.name


def _candidates_by_form() -> dict[str, list[_Candidate]]:
    by_form: dict[str, list[_Candidate]] = {key: [] for key in _FORMS}
    for medicine in _MEDICINES:
        for form, strengths in medicine.forms:
            by_form[form].extend(_Candidate(form, s, medicine=medicine) for s in strengths)
        if medicine.inn in _API_SUBSTANCES:
            by_form["api"].append(_Candidate("api", "субстанция", medicine=medicine))
    for device in _DEVICES:
        by_form[device.form].extend(_Candidate(device.form, v, device=device)
                                    for v in device.variants)
    return by_form


_CANDIDATES = _candidates_by_form()
_PRICE_OF_DOSAGE_FORM = {f.dosage_form: (f.price[0] + f.price[1]) / 2 for f in _FORMS.values()}

# Later registrations of one INN in one form and strength carry other trade names, as real
# portfolios do (a generic name, branded generics); it lets one audit hold hundreds of products.
_BRAND_ENDINGS = ("ол", "екс", "ин", "ант", "ера", "ум", "ид", "акс")


def _trade_name(candidate: _Candidate, round_: int, brand: str) -> str:
    name = candidate.base_name
    if round_ == 0:
        return name
    if candidate.device is not None:
        return f"{name} {brand}-{round_:02d}"  # a model designation
    if round_ == 1:
        return f"{name}-{brand}"
    root = name.split()[0][:5].rstrip("аеиоуыэюяй")
    ending = _BRAND_ENDINGS[(round_ - 2) % len(_BRAND_ENDINGS)]
    cycle = (round_ - 2) // len(_BRAND_ENDINGS)
    return f"{root}{ending}" + (f" {cycle + 1}" if cycle else "")


# --- places ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    city_ru: str
    city_kk: str
    latitude: float
    longitude: float
    weight: int  # share of invented producers; industry sits in the big cities


_PLACES: dict[str, _Place] = {
    "10": _Place("Семей", "Семей", 50.4111, 80.2275, 2),
    "11": _Place("Кокшетау", "Көкшетау", 53.2833, 69.3833, 2),
    "15": _Place("Актобе", "Ақтөбе", 50.2839, 57.1670, 4),
    "19": _Place("Конаев", "Қонаев", 43.8667, 77.0667, 9),
    "23": _Place("Атырау", "Атырау", 47.1167, 51.8833, 1),
    "27": _Place("Уральск", "Орал", 51.2333, 51.3667, 2),
    "31": _Place("Тараз", "Тараз", 42.9000, 71.3667, 3),
    "33": _Place("Талдыкорган", "Талдықорған", 45.0167, 78.3833, 2),
    "35": _Place("Караганда", "Қарағанды", 49.8060, 73.0850, 8),
    "39": _Place("Костанай", "Қостанай", 53.2167, 63.6333, 2),
    "43": _Place("Кызылорда", "Қызылорда", 44.8528, 65.5092, 1),
    "47": _Place("Актау", "Ақтау", 43.6500, 51.1667, 1),
    "55": _Place("Павлодар", "Павлодар", 52.2833, 76.9667, 5),
    "59": _Place("Петропавловск", "Петропавл", 54.8667, 69.1500, 2),
    "61": _Place("Туркестан", "Түркістан", 43.2973, 68.2517, 6),
    "62": _Place("Жезказган", "Жезқазған", 47.7833, 67.7667, 1),
    "63": _Place("Усть-Каменогорск", "Өскемен", 49.9481, 82.6279, 3),
    "71": _Place("Астана", "Астана", 51.1694, 71.4491, 12),
    "75": _Place("Алматы", "Алматы", 43.2380, 76.9458, 22),
    "79": _Place("Шымкент", "Шымкент", 42.3167, 69.5958, 14),
}
_REGION_CODES = tuple(_PLACES)
_REGION_WEIGHTS = tuple(p.weight for p in _PLACES.values())
_CITIES = frozenset({"71", "75", "79"})
# The oblast name goes before the city in an address outside the three republican cities.
_OBLASTS = {
    "10": "область Абай", "11": "Акмолинская обл.", "15": "Актюбинская обл.",
    "19": "Алматинская обл.", "23": "Атырауская обл.", "27": "Западно-Казахстанская обл.",
    "31": "Жамбылская обл.", "33": "область Жетісу", "35": "Карагандинская обл.",
    "39": "Костанайская обл.", "43": "Кызылординская обл.", "47": "Мангистауская обл.",
    "55": "Павлодарская обл.", "59": "Северо-Казахстанская обл.", "61": "Туркестанская обл.",
    "62": "область Ұлытау", "63": "Восточно-Казахстанская обл.",
}
_STREETS = ("ул. Абая", "ул. Толе би", "ул. Сейфуллина", "ул. Промышленная", "ул. Байтурсынова",
            "ул. Жибек жолы", "ул. Кабанбай батыра", "ул. Индустриальная", "ул. Момышулы",
            "ул. Желтоксан", "пр. Республики", "ул. Бокейханова", "ул. Заводская",
            "ул. Майлина", "ул. Рыскулова", "ул. Сатпаева")
_CLUSTER_OF_REGION = {"71": "astana", "75": "almaty", "19": "almaty", "79": "shymkent",
                      "61": "shymkent", "15": "aktobe"}
_SEZ_OF_REGION = {
    "75": "СЭЗ «Парк инновационных технологий»",
    "71": "СЭЗ «Астана – новый город»",
    "79": "СЭЗ «Онтүстік»",
    "61": "СЭЗ «ТУРАН»",
    "55": "СЭЗ «Павлодар»",
    "35": "СЭЗ «Сарыарқа»",
    "31": "СЭЗ «Химический парк Тараз»",
    "33": "СЭЗ «Хоргос – Восточные ворота»",
}
# A few kilometres around the regional centre: close enough to stay inside the country even
# for centres near a border (Petropavl, Oral, Shymkent, Almaty).
_JITTER_DEGREES = 0.08


# --- public producers --------------------------------------------------------------------------


@dataclass(frozen=True)
class _PublicLine:
    form: str
    design: float
    commissioned: int
    name: str | None = None


@dataclass(frozen=True)
class _PublicSite:
    region: str
    name: str
    lines: tuple[_PublicLine, ...]


@dataclass(frozen=True)
class _PublicInvestment:
    name: str
    project_type: str
    status: str
    start_year: int
    finish_year: int
    form: str | None  # form of the capacity added, if any
    added_capacity: float | None


@dataclass(frozen=True)
class _PublicProducer:
    name: str  # bare name; the legal form is put around it in Russian and Kazakh
    legal_form: str
    brand: str
    founded: tuple[int, int]  # year and month of the BIN
    sites: tuple[_PublicSite, ...]
    products: int
    ownership: str
    foreign_country: str | None
    cluster: str
    sez: str | None
    parent: str | None  # a group the producer belongs to, shown as a partnership
    contract: tuple[int, int] | None  # term in years and items of a known long-term contract
    investments: tuple[_PublicInvestment, ...]
    facts: str  # public facts, kept in development_notes
    name_kk: str | None = None  # the name in Kazakh where it is not the same word


_PUBLIC: tuple[_PublicProducer, ...] = (
    _PublicProducer(
        "Химфарм", "jsc", "SANTO", (1996, 6),
        (_PublicSite("79", "Производственный комплекс SANTO, г. Шымкент", (
            _PublicLine("amp", 240e6, 2012, "Линия ампульных инъекционных растворов"),
            _PublicLine("lvp", 18e6, 2014),
            _PublicLine("powder", 60e6, 2010, "Линия порошковых антибиотиков во флаконах"),
            _PublicLine("tab", 700e6, 2016, "Линия твёрдых лекарственных форм (таблетки)"),
            _PublicLine("caps", 250e6, 2016, "Линия твёрдых лекарственных форм (капсулы)"),
        )),),
        CHIMPHARM_PRODUCTS, "foreign", "PL", "shymkent", None, "Polpharma Group", None,
        (_PublicInvestment("Расширение производства до 2 млрд единиц продукции в год",
                           "expansion", "in_progress", 2024, 2027, "tab", 500e6),),
        "Бренд SANTO, группа Polpharma. Ампульные инъекционные растворы, инфузии, порошковые "
        "антибиотики, твёрдые формы; расширение мощностей до 2 млрд единиц в год.",
    ),
    _PublicProducer(
        "Нобел Алматинская Фармацевтическая Фабрика", "jsc", "Нобел", (1997, 3),
        (_PublicSite("75", "Фабрика твёрдых лекарственных форм, г. Алматы", (
            _PublicLine("tab", 600e6, 2004),
            _PublicLine("caps", 150e6, 2004),
        )),),
        220, "foreign", "TR", "almaty", None, "Nobel İlaç", None,
        (_PublicInvestment("Строительство биотехнологического завода", "new_plant",
                           "in_progress", 2023, 2027, "bio", 300e3),),
        "Твёрдые лекарственные формы с 2004 года; контрактное производство онкологических "
        "препаратов; строительство биотехнологического завода.",
        name_kk="Нобел Алматы фармацевтикалық фабрикасы",
    ),
    _PublicProducer(
        "Карагандинский фармацевтический комплекс", "llp", "КФК", (2008, 9),
        (_PublicSite("35", "Фармацевтический комплекс, г. Караганда", (
            _PublicLine("insulin", 12e6, 2019, "Линия розлива инсулинов (fill-finish)"),
            _PublicLine("bio", 200e3, 2017),
            _PublicLine("amp", 60e6, 2012),
        )),),
        80, "private_domestic", None, "none", None, None, (10, 66),
        (_PublicInvestment("Локализация полного цикла производства инсулинов",
                           "expansion", "planned", 2026, 2029, "insulin", 8e6),),
        "Биотехнологическое производство; инспекция GMP в 2017 году; 10-летние договоры "
        "с Единым дистрибьютором на 66 наименований; инсулины (розлив инсулина гларгин "
        "из импортной субстанции).",
        name_kk="Қарағанды фармацевтикалық кешені",
    ),
    _PublicProducer(
        "Келун-Казфарм", "llp", "Келун", (2012, 4),
        (_PublicSite("19", "Завод инфузионных растворов, Алматинская область", (
            _PublicLine("lvp", 30e6, 2014, "Линия инфузионных растворов в бутылках"),
            _PublicLine("conc", 3e6, 2020, "Линия онкологических инфузионных препаратов"),
        )),),
        60, "foreign", "CN", "almaty", None, "Sichuan Kelun Pharmaceutical", None, (),
        "Инфузионные растворы с 2014 года, 30 млн бутылок в год; линия онкологических "
        "инфузионных препаратов.",
    ),
    _PublicProducer(
        "Абди Ибрахим Глобал Фарм", "llp", "Абди", (2011, 2),
        (_PublicSite("19", "Завод твёрдых лекарственных форм, Алматинская область", (
            _PublicLine("tab", 1.1e9, 2015),
            _PublicLine("caps", 0.4e9, 2015),
        )),),
        200, "foreign", "TR", "almaty", None, "Abdi İbrahim", None, (),
        "Проектная мощность 1,5 млрд таблеток и капсул в год.",
    ),
    _PublicProducer(
        "Фармацевтическая компания «Ромат»", "llp", "Ромат", (1999, 11),
        (_PublicSite("55", "Основная площадка, г. Павлодар", (
            _PublicLine("tab", 300e6, 2009),
            _PublicLine("amp", 80e6, 2011),
            _PublicLine("oral_liq", 5e6, 2013),
        )),
         _PublicSite("10", "Площадка в г. Семей", (
            _PublicLine("semisolid", 4e6, 2015),
            _PublicLine("ext_liq", 3e6, 2015),
        ))),
        140, "private_domestic", None, "none", None, None, None, (),
        "Работает с 1970 года; более 100 наименований продукции; площадки в Павлодаре "
        "и Семее.",
        name_kk="Ромат фармацевтикалық компаниясы",
    ),
    _PublicProducer(
        "МСП-Ромфарм", "llp", "Ромфарм", (2019, 5),
        (_PublicSite("61", "Завод в СЭЗ «ТУРАН», г. Туркестан", (
            _PublicLine("amp", 50e6, 2023),
            _PublicLine("lyo", 1.5e6, 2024),
        )),),
        40, "private_domestic", None, "shymkent", "СЭЗ «ТУРАН»", None, None,
        (_PublicInvestment("Строительство высокотехнологичного фармацевтического завода",
                           "new_plant", "in_progress", 2022, 2027, "amp", 100e6),),
        "Проект высокотехнологичного завода в СЭЗ «ТУРАН» (Туркестанская область).",
    ),
    _PublicProducer(
        "АлтИнФарм", "llp", "АлтИн", (2017, 8),
        (_PublicSite("75", "Биотехнологическая площадка в СЭЗ, г. Алматы", (
            _PublicLine("vaccine", 6e6, 2021),
            _PublicLine("conc", 2e6, 2022, "Линия онкологических препаратов"),
            _PublicLine("insulin", 4e6, 2023),
        )),),
        30, "private_domestic", None, "almaty", "СЭЗ «Парк инновационных технологий»", None, None,
        (),
        "Иммунобиологические препараты, онкология, диабет; резидент специальной "
        "экономической зоны.",
    ),
)


# --- invented producers ------------------------------------------------------------------------

# (forms always made, forms sometimes added, weight)
_MEDICINE_PROFILES: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (("tab", "caps"), ("oral_liq", "semisolid", "supp"), 30),
    (("amp", "powder"), ("lvp", "conc"), 16),
    (("lvp",), ("amp",), 9),
    (("conc", "lyo", "tab"), ("caps", "powder"), 6),
    (("bio", "conc", "lyo"), ("insulin", "vaccine", "blood"), 5),
    (("oral_liq", "ext_liq", "semisolid"), ("supp", "aerosol", "tab"), 16),
    (("tab", "caps", "amp"), ("oral_liq", "powder"), 12),
    (("api",), ("tab",), 2),
)
_DEVICE_PROFILES: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (("dev1",), ("dev2a",), 45),
    (("dev2a",), ("dev1", "dev2b"), 40),
    (("dev2b",), ("dev1",), 12),
    (("dev3",), ("dev2b",), 3),
)
_NAME_ROOTS = ("Фарм-Сервис", "БиоМед", "Казмедпром", "Арай", "Нур", "Алтын", "Сапа", "Тау",
               "Дала", "Ақжол", "Жібек", "Евразия", "Орда", "Самал", "Береке", "Алатау",
               "Сарыарқа", "Ертіс", "Каспий", "Тұран", "Отырар", "Байтерек", "Шипагер",
               "Емдік", "Дәрі", "Медиком", "Витамед", "Экофарм", "Интерфарм", "Гелиос",
               "Зерде", "Құлагер", "Ақ Ниет", "Сункар", "Мерей", "Болашақ", "Нұрлы", "Атамекен",
               "Вектор", "Кристалл", "Аврора", "Альфа", "Прима", "Гранд", "Юнифарм", "Биосинтез")
_MEDICINE_SUFFIXES = ("-Фарм", " Фарм", "Фарм Групп", " Биотех", "-Мед", " Лаб", " Плюс",
                      " Дәрі", "фарм", " Фармацевтика")
_DEVICE_SUFFIXES = ("Медтех", "-Пласт", " Медикал", "МедИзделия", " Мед Продакшн", "-Мед")
_NAME_QUALIFIERS = ("", "", "", " KZ", " Азия", " Qazaqstan", " Central Asia", " Астана")

_SURNAMES = ("Ахметов", "Серикбаев", "Жумабеков", "Касымов", "Нургалиев", "Омаров", "Иванов",
             "Ким", "Петров", "Сулейменов", "Абдрахманов", "Исмаилов", "Бекмуханбетов",
             "Тулегенов", "Искаков", "Смагулов", "Ли", "Кузнецов", "Есенов", "Байжанов")
_GIVEN_NAMES = (("Ерлан", "m"), ("Айдос", "m"), ("Нурлан", "m"), ("Марат", "m"),
                ("Бауыржан", "m"), ("Дмитрий", "m"), ("Сергей", "m"), ("Асхат", "m"),
                ("Асель", "f"), ("Айгуль", "f"), ("Динара", "f"), ("Ольга", "f"),
                ("Гульнара", "f"), ("Жанар", "f"), ("Елена", "f"), ("Сауле", "f"))
_FATHERS = ("Серик", "Нурлан", "Болат", "Ержан", "Марат", "Айдар", "Виктор", "Александр",
            "Кайрат", "Талгат")
_POSITIONS = ("Генеральный директор", "Директор по качеству", "Технический директор",
              "Уполномоченное лицо", "Директор по производству")

_AUDITOR_ORGANISATIONS = (
    "Комитет медицинского и фармацевтического контроля МЗ РК",
    "РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»",
)
_INSPECTORATE = "Комитет медицинского и фармацевтического контроля МЗ РК"
_EXPERTISE_CENTRE = ("РГП на ПХВ «Национальный центр экспертизы лекарственных средств "
                     "и медицинских изделий»")
_FOREIGN_INSPECTORATES: dict[str, tuple[str, str]] = {
    # standard, inspectorate of the country of a foreign owner
    "PL": ("eu", "Главный фармацевтический инспекторат Польши (GIF)"),
    "SI": ("eu", "Агентство по лекарственным средствам и медицинским изделиям Словении (JAZMP)"),
    "HU": ("eu", "Национальный центр фармации и питания Венгрии (OGYÉI)"),
    "DE": ("eu", "Земельная инспекция GMP, Германия"),
    "TR": ("pics", "Агентство по лекарственным средствам и медицинским изделиям Турции (TİTCK)"),
    "KR": ("pics", "Министерство безопасности пищевых продуктов и лекарств Кореи (MFDS)"),
}
_ISO_BODIES = ("ТОО «Казахстанский центр сертификации и метрологии»", "TÜV SÜD Product Service",
               "TÜV Rheinland", "BSI Group")
_API_COUNTRIES = ("CN", "IN", "DE", "IT", "ES", "KR", "TR", "HU", "SI", "CH")
_API_COUNTRY_WEIGHTS = (50, 30, 4, 4, 3, 2, 2, 2, 2, 1)
_EXPORT_COUNTRIES = ("UZ", "KG", "TJ", "TM", "AF", "MN", "RU", "BY", "AZ", "GE", "AM")
_FOREIGN_OWNERS = ("TR", "RU", "CN", "IN", "PL", "SI", "HU", "DE", "KR", "IR", "BY")

# Global producers that localize production in Kazakhstan (from the seed news) and others.
_GLOBAL_PARTNERS: tuple[tuple[str, str, str], ...] = (
    # name, country, what is localized
    ("F. Hoffmann-La Roche", "CH", "онкологических препаратов"),
    ("Pfizer", "US", "вакцин и антибиотиков"),
    ("Novo Nordisk", "DK", "инсулинов"),
    ("Takeda", "JP", "препаратов для лечения редких заболеваний"),
    ("SK Plasma", "KR", "препаратов плазмы крови"),
    ("Sandoz", "CH", "дженериков и биосимиляров"),
)
_UNIVERSITIES: tuple[tuple[str, str], ...] = (
    ("НАО «Казахский национальный медицинский университет имени С.Д. Асфендиярова»",
     "university"),
    ("НАО «Медицинский университет Астана»", "university"),
    ("НАО «Медицинский университет Караганды»", "university"),
    ("АО «Южно-Казахстанская медицинская академия»", "university"),
    ("Казахский национальный университет имени аль-Фараби", "university"),
    ("Назарбаев Университет", "university"),
    ("РГП «Национальный центр биотехнологии»", "research_institute"),
    ("АО «Научный центр противоинфекционных препаратов»", "research_institute"),
    ("Институт химических наук имени А.Б. Бектурова", "research_institute"),
)
_BARRIER_TEXTS: dict[str, str] = {
    "credit_access": "Высокие ставки по кредитам на пополнение оборотных средств и "
                     "закупку оборудования.",
    "registration": "Длительные сроки регистрации и внесения изменений в регистрационное досье.",
    "pricing": "Предельные цены не покрывают рост стоимости субстанций и упаковки.",
    "taxation": "Возврат НДС при импорте оборудования занимает более полугода.",
    "labeling": "Затраты на маркировку и прослеживаемость продукции.",
    "long_term_contracts": "Недостаточный объём долгосрочных договоров на новые позиции.",
    "export_support": "Нет поддержки регистрации продукции на рынках ЕАЭС и Центральной Азии.",
    "sez_clusters": "Нет свободных участков с подведённой инфраструктурой в СЭЗ.",
    "qualified_staff": "Нехватка специалистов по валидации, QA и QC.",
    "rd_clinical_base": "Нет клинической базы для исследований биоэквивалентности.",
    "infrastructure": "Перебои в электроснабжении и водоподготовке.",
    "raw_materials": "Зависимость от поставок субстанций из Китая и Индии.",
    "other": "Сложности с логистикой при ввозе оборудования.",
}
_SUPPORT_TEXTS: dict[str, str] = {
    "concessional_loans": "Льготный кредит на модернизацию производства.",
    "interest_subsidy": "Субсидирование ставки по кредиту на расширение производства.",
    "long_term_contracts": "Заключение долгосрочного договора с Единым дистрибьютором.",
    "tax_incentives": "Освобождение от налога на имущество на период реализации проекта.",
    "registration_support": "Ускоренная экспертиза регистрационных досье.",
    "export_support": "Возмещение затрат на регистрацию продукции за рубежом.",
    "infrastructure": "Подведение инженерных сетей к производственной площадке.",
    "staff_training": "Обучение специалистов по GMP и валидации.",
    "sez_participation": "Получение статуса участника специальной экономической зоны.",
    "other": "Содействие во ввозе технологического оборудования.",
}
_FINANCIAL_MEASURES = frozenset({"concessional_loans", "interest_subsidy", "tax_incentives",
                                 "export_support", "infrastructure"})
_DEFICIENCY_TEXTS: dict[str, tuple[str, ...]] = {
    "quality_system": ("Не проводится обзор качества продукции за год.",
                       "Управление изменениями не охватывает изменения поставщиков."),
    "personnel": ("Не документировано обучение персонала чистых помещений.",
                  "Нет программы повышения квалификации уполномоченного лица."),
    "premises_equipment": ("Перепад давления между помещениями классов C и D не контролируется.",
                           "Истёк срок квалификации системы подготовки воды очищенной."),
    "documentation": ("Записи о серии заполнены неразборчиво, исправления не подписаны.",
                      "Стандартные операционные процедуры не пересмотрены в срок."),
    "production": ("Не валидирована очистка оборудования при смене продукта.",
                   "Нет контроля расхода этикеток при упаковке."),
    "quality_control": ("Не расследованы результаты, выходящие за пределы спецификации.",
                        "Стандартные образцы хранятся без контроля температуры."),
    "outsourced_activities": ("Нет договора о качестве с контрактной лабораторией.",),
    "complaints_recall": ("Процедура отзыва продукции не проверялась имитацией отзыва.",),
    "self_inspection": ("Самоинспекции проводятся не по утверждённому графику.",),
}
_CRITICAL_TEXTS = (
    "Данные испытаний стабильности изменены без аудиторского следа.",
    "Стерильность асептического процесса не подтверждена имитацией наполнения.",
)


# --- the generator ------------------------------------------------------------------------------


@dataclass
class _SitePlan:
    region: str
    name: str
    # form key, design capacity, year commissioned, line name; None: drawn when built
    lines: list[tuple[str, float | None, int | None, str | None]]


@dataclass
class _Plan:
    """What one producer is, decided before its records are built."""

    name: str
    name_kk: str
    legal_form: str
    brand: str
    bin: str
    region: str
    devices: bool
    sites: list[_SitePlan]
    products: int
    size: str  # small, medium, large
    ownership: str
    foreign_country: str | None
    cluster: str
    sez: str | None
    gmp: str  # code in gmp_statuses
    public: _PublicProducer | None


@dataclass
class _Counts:
    companies: int = 0
    products: int = 0
    production_lines: int = 0


class _DemoGenerator:
    """Draws one company after another from a single random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.registration_serial = rng.randint(10_000, 20_000)
        self.document_serial = rng.randint(100, 900)

    # small helpers -------------------------------------------------------------------------

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def pick(self, items: Sequence[T], weights: Sequence[float] | None = None) -> T:
        if weights is None:
            return items[self.rng.randrange(len(items))]
        return self.rng.choices(items, weights)[0]

    def day(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def log_between(self, low: float, high: float, position: float) -> float:
        """A value between ``low`` and ``high`` on a log scale; ``position`` in [0, 1]."""
        return float(low * (high / low) ** position)

    def next_document(self) -> int:
        self.document_serial += self.rng.randint(1, 7)
        return self.document_serial

    def person(self) -> str:
        surname = self.pick(_SURNAMES)
        given, sex = self.pick(_GIVEN_NAMES)
        father = self.pick(_FATHERS)
        if sex == "f":
            if surname.endswith(("ов", "ев", "ин")):
                surname += "а"
            patronymic = father + "овна"
        else:
            patronymic = father + "ович"
        return f"{surname} {given} {patronymic}"

    # auditors ------------------------------------------------------------------------------

    def auditors(self) -> list[AuditorProfile]:
        regions = ("75", "71", "79", "35", "19", "55")
        profiles = []
        for number, region in enumerate(regions, start=1):
            profiles.append(
                AuditorProfile(
                    id=self.uid(),
                    full_name=self.person(),
                    auditor_code=f"AUD-{number:03d}",
                    organisation=_AUDITOR_ORGANISATIONS[number % 2],
                    region_code=region,
                    language="kk" if number % 3 == 0 else "ru",
                    # A laptop of the demo's own: the demo stands for audits from the field.
                    installation_id=self.uid(),
                )
            )
        return profiles

    # companies -----------------------------------------------------------------------------

    def company_bin(self, index: int, year: int, month: int, *, fixed: bool = False) -> str:
        # Each company owns a block of eleven serials, so BINs are unique without looking back;
        # the check digit is unusable for about one serial in 121, then the next one is taken.
        # A public producer keeps one BIN whatever the seed: it is the same company.
        first = 1000 + index * 11 + (0 if fixed else self.rng.randint(0, 4))
        for offset in range(11):
            try:
                return make_bin(year, month, (first + offset) % 100_000)
            except ValueError:
                continue
        raise RuntimeError(f"no usable BIN serial for company {index}")  # pragma: no cover

    def company(self, index: int, auditors: Sequence[AuditorProfile]) -> Company:
        if index < len(_PUBLIC):
            plan = self.public_plan(_PUBLIC[index], index)
        else:
            plan = self.invented_plan(index)
        return self.build(plan, auditors)

    def public_plan(self, producer: _PublicProducer, index: int) -> _Plan:
        year, month = producer.founded
        sites = [
            _SitePlan(site.region, site.name,
                      [(line.form, line.design, line.commissioned, line.name)
                       for line in site.lines])
            for site in producer.sites
        ]
        return _Plan(
            name=producer.name,
            name_kk=producer.name_kk or producer.name,
            legal_form=producer.legal_form,
            brand=producer.brand,
            bin=self.company_bin(index, year, month, fixed=True),
            region=producer.sites[0].region,
            devices=False,
            sites=sites,
            products=producer.products,
            size="large" if producer.products >= 100 else "medium",
            ownership=producer.ownership,
            foreign_country=producer.foreign_country,
            cluster=producer.cluster,
            sez=producer.sez,
            gmp="valid",
            public=producer,
        )

    def invented_plan(self, index: int) -> _Plan:
        rng = self.rng
        devices = rng.random() < 0.27
        if devices:
            forms_always, forms_maybe, _ = self.pick(
                _DEVICE_PROFILES, [p[2] for p in _DEVICE_PROFILES])
        else:
            forms_always, forms_maybe, _ = self.pick(
                _MEDICINE_PROFILES, [p[2] for p in _MEDICINE_PROFILES])
        forms = list(forms_always) + [f for f in forms_maybe if rng.random() < 0.35]
        # Some medicine plants also make the devices they need (infusion sets, syringes).
        if not devices and "lvp" in forms and rng.random() < 0.3:
            forms.append("dev2a")

        # Most producers are small; a few large ones hold hundreds of products. The mix gives
        # about 33 products per company overall (3,000 companies: about 100,000 products).
        size_draw = rng.random()
        if size_draw < 0.04:
            size, products = "large", rng.randint(150, 450)
        elif size_draw < 0.24:
            size, products = "medium", rng.randint(35, 110)
        else:
            size, products = "small", rng.randint(5, 30)
        available = sum(len(_CANDIDATES[f]) for f in forms)
        products = min(products, max(5, available * 3))

        region = self.pick(_REGION_CODES, _REGION_WEIGHTS)
        site_count = {"small": 1, "medium": self.pick((1, 1, 2)), "large": self.pick((1, 2, 3))}[
            size]
        site_count = min(site_count, len(forms))
        self.rng.shuffle(forms)
        site_forms: list[list[str]] = [[] for _ in range(site_count)]
        for position, form in enumerate(forms):
            site_forms[position % site_count].append(form)
        sites = []
        for number, own_forms in enumerate(site_forms):
            # A second site is often in another region: a plant near raw materials or a SEZ.
            site_region = region if number == 0 or rng.random() < 0.6 else self.pick(
                _REGION_CODES, _REGION_WEIGHTS)
            lines: list[tuple[str, float | None, int | None, str | None]] = []
            for form in own_forms:
                for _ in range(2 if size == "large" and rng.random() < 0.4 else 1):
                    lines.append((form, None, None, None))
            sites.append(_SitePlan(site_region, self.site_name(site_region, number, devices),
                                   lines))

        ownership = self.pick(("private_domestic", "foreign", "mixed", "state"), (70, 13, 14, 3))
        foreign = self.pick(_FOREIGN_OWNERS) if ownership in ("foreign", "mixed") else None
        cluster = _CLUSTER_OF_REGION.get(region)
        sez = _SEZ_OF_REGION.get(region) if rng.random() < 0.15 else None
        if devices:
            gmp = self.pick(("valid", "not_certified", "in_transition", "expired"),
                            (45, 38, 10, 7))
        else:
            gmp = self.pick(("valid", "in_transition", "not_certified", "expired",
                             "non_compliant"), (62, 14, 9, 9, 6))
        # The third invented producer is always GMP-expired, so that even a small demo shows
        # the case (and tests can rely on it).
        if index == len(_PUBLIC) + 2:
            gmp = "expired"
        root = self.pick(_NAME_ROOTS)
        suffix = self.pick(_DEVICE_SUFFIXES if devices else _MEDICINE_SUFFIXES)
        name = root + suffix + self.pick(_NAME_QUALIFIERS)
        legal_form = "state_economic_management" if ownership == "state" else self.pick(
            ("llp", "jsc"), (86, 14))
        return _Plan(
            name=name,
            name_kk=name,
            legal_form=legal_form,
            brand=root.split()[0].replace("-", ""),
            bin=self.company_bin(index, rng.randint(1996, 2023), rng.randint(1, 12)),
            region=region,
            devices=devices,
            sites=sites,
            products=products,
            size=size,
            ownership=ownership,
            foreign_country=foreign,
            cluster=cluster if cluster and rng.random() < 0.5 else "none",
            sez=sez,
            gmp=gmp,
            public=None,
        )

    def site_name(self, region: str, number: int, devices: bool) -> str:
        city = _PLACES[region].city_ru
        if devices:
            return f"Цех медицинских изделий №{number + 1}, г. {city}"
        return f"Производственная площадка №{number + 1}, г. {city}"

    def address(self, region: str) -> str:
        place = _PLACES[region]
        street = f"{self.pick(_STREETS)}, {self.rng.randint(1, 250)}"
        if region in _CITIES:
            return f"г. {place.city_ru}, {street}"
        return f"{_OBLASTS[region]}, г. {place.city_ru}, {street}"

    # building the records ------------------------------------------------------------------

    def build(self, plan: _Plan, auditors: Sequence[AuditorProfile]) -> Company:
        rng = self.rng
        if plan.legal_form == "jsc":
            name_ru, name_kk = f"АО «{plan.name}»", f"«{plan.name_kk}» АҚ"
        elif plan.legal_form == "llp":
            name_ru, name_kk = f"ТОО «{plan.name}»", f"«{plan.name_kk}» ЖШС"
        else:
            name_ru, name_kk = f"ГП на ПХВ «{plan.name}»", f"«{plan.name_kk}» ШЖҚ МК"
        company = Company(
            id=self.uid(),
            bin=plan.bin,
            name_kk=name_kk,
            name_ru=name_ru,
            legal_form=plan.legal_form,
            region_code=plan.region,
            address=self.address(plan.region),
        )
        visit_start = self.day(date(VISIT_YEAR, 1, 19), date(VISIT_YEAR, 11, 27))
        # Visits happen on working days.
        while visit_start.weekday() >= 5:
            visit_start += timedelta(days=1)
        visit_end = visit_start + timedelta(days=rng.randint(1, 3 if plan.size != "small" else 2))
        auditor = self.pick(auditors)
        audit = Audit(
            id=self.uid(),
            company=company,
            auditor_id=auditor.id,
            visit_start=visit_start,
            visit_end=visit_end,
            producer_type=self.producer_type(plan),
            ownership_type=plan.ownership,
            cluster=plan.cluster,
            special_economic_zone=plan.sez,
            gmp_status=plan.gmp,
            auditor_confirmed=False,
        )
        if plan.foreign_country is not None:
            share = rng.uniform(51, 100) if plan.ownership == "foreign" else rng.uniform(10, 49)
            audit.foreign_share_pct = round(share, 1)
            audit.foreign_partner_country = plan.foreign_country
        else:
            audit.foreign_share_pct = 0.0

        sites, lines = self.sites_and_lines(plan, audit)
        certificates = self.gmp_records(plan, audit, sites, visit_start)
        products = self.products(plan, audit, lines)
        self.market(plan, audit, lines, products, visit_start)
        self.workforce(plan, audit)
        self.development(plan, audit, lines)
        self.barriers_and_support(plan, audit)
        self.findings(plan, audit, lines, products, certificates, visit_start)
        audit.representative_name = self.person()
        audit.representative_position = (
            "Председатель правления" if plan.legal_form == "jsc" and rng.random() < 0.4
            else self.pick(_POSITIONS))
        return company

    def producer_type(self, plan: _Plan) -> str:
        forms = {form for site in plan.sites for form, *_ in site.lines}
        if plan.devices:
            return "medical_devices"
        if "api" in forms:
            return "api"
        if any(_FORMS[f].device for f in forms):
            return "medicines_and_devices"
        return "medicines"

    def size_position(self, size: str) -> float:
        u = self.rng.random()
        return {"small": u * 0.55, "medium": 0.3 + u * 0.5, "large": 0.6 + u * 0.4}[size]

    def utilization(self) -> float:
        draw = self.rng.random()
        if draw < 0.86:
            return self.rng.uniform(0.40, 0.95)
        if draw < 0.95:
            return self.rng.uniform(0.12, 0.40)  # new lines still ramping up, lost contracts
        if draw < 0.98:
            return self.rng.uniform(0.95, 1.0)
        return self.rng.uniform(1.0, 1.08)  # overtime beyond the design shift pattern

    def sites_and_lines(
        self, plan: _Plan, audit: Audit
    ) -> tuple[list[Site], list[ProductionLine]]:
        rng = self.rng
        sites: list[Site] = []
        lines: list[ProductionLine] = []
        line_numbers: dict[str, int] = {}
        for site_plan in plan.sites:
            place = _PLACES[site_plan.region]
            site_forms = [form for form, *_ in site_plan.lines]
            activities = sorted({_FORMS[f].activity for f in site_forms})
            activities += ["primary_packaging", "secondary_packaging", "qc_testing"]
            if not plan.devices:
                activities.append("batch_certification")
            if any(_FORMS[f].device and f != "dev1" for f in site_forms):
                activities.append("sterilisation")
            if rng.random() < 0.6:
                activities.append("storage_distribution")
            if plan.ownership in ("foreign", "mixed") and rng.random() < 0.4:
                activities.append("importing")
            site = Site(
                id=self.uid(),
                audit=audit,
                name=site_plan.name,
                region_code=site_plan.region,
                address=self.address(site_plan.region),
                kato=f"{site_plan.region}0000000",
                latitude=round(place.latitude + rng.uniform(-_JITTER_DEGREES, _JITTER_DEGREES),
                               5),
                longitude=round(place.longitude + rng.uniform(-_JITTER_DEGREES, _JITTER_DEGREES),
                                5),
                activities=activities,
            )
            sites.append(site)
            for form, design, commissioned, name in site_plan.lines:
                spec = _FORMS[form]
                number = line_numbers[form] = line_numbers.get(form, 0) + 1
                if design is None:
                    raw = self.log_between(*spec.capacity, self.size_position(plan.size))
                    design = float(f"{raw:.2g}")  # capacities are quoted in round figures
                utilization = self.utilization()
                if commissioned is None:
                    commissioned = rng.randint(1998, 2025)
                if commissioned >= 2025:
                    utilization = min(utilization, rng.uniform(0.15, 0.5))
                actual = round(design * utilization)
                shifts = self.shifts(utilization)
                line = ProductionLine(
                    id=self.uid(),
                    site=site,
                    audit=audit,
                    name=name or f"{spec.line_name} №{number}",
                    dosage_form=spec.dosage_form,
                    unit=spec.unit,
                    design_capacity=design,
                    actual_output=float(actual),
                    output_value_kzt=round(actual * rng.uniform(*spec.price)),
                    shifts_per_day=shifts,
                    hours_per_shift=12.0 if shifts == 2 and rng.random() < 0.3 else 8.0,
                    working_days=rng.randint(300, 345) if shifts == 3 else rng.randint(220, 252),
                    commissioned_year=commissioned,
                )
                lines.append(line)
        return sites, lines

    def shifts(self, utilization: float) -> int:
        # The shift pattern explains the utilization: a line that runs one shift is rarely full.
        if utilization < 0.45:
            return self.pick((1, 1, 1, 2))
        if utilization < 0.8:
            return self.pick((1, 2, 2, 2, 3))
        return self.pick((2, 3, 3))

    # GMP -----------------------------------------------------------------------------------

    def gmp_records(
        self, plan: _Plan, audit: Audit, sites: list[Site], visit: date
    ) -> list[GmpCertificate]:
        certificates: list[GmpCertificate] = []
        if plan.public is not None and plan.public.brand == "КФК":
            # Public fact: the complex was inspected for GMP in 2017, before the EAEU rules
            # were applied in full, hence against national rules.
            self.inspection(plan, audit, sites[0], date(2017, 10, 9), "routine", "national",
                            "compliant", past=True, visit=visit)
        for site in sites:
            # A medicines certificate does not cover the devices made beside the medicines.
            site_forms = sorted({line.dosage_form for line in site.production_lines
                                 if line.dosage_form
                                 and line.dosage_form.startswith("device_") == plan.devices})
            certificates.extend(self.site_gmp(plan, audit, site, site_forms, visit))
        return certificates

    def site_gmp(
        self, plan: _Plan, audit: Audit, site: Site, scope: list[str], visit: date
    ) -> list[GmpCertificate]:
        rng = self.rng
        standard = "iso13485" if plan.devices else "eaeu"
        status = plan.gmp
        certificates: list[GmpCertificate] = []
        if status == "valid":
            inspected = self.day(visit - timedelta(days=900), visit - timedelta(days=90))
            if rng.random() < 0.4:
                # An earlier inspection, long closed: history the auditor also records.
                self.inspection(plan, audit, site, inspected - timedelta(days=rng.randint(
                    1000, 1200)), "routine", standard, "compliant", past=True, visit=visit)
            conclusion = "compliant" if plan.public or rng.random() < 0.7 else (
                "compliant_pending_capa")
            kind = "pre_licence" if rng.random() < 0.25 else "routine"
            if plan.devices and rng.random() < 0.5:
                end = inspected  # certification audits of device makers: no GMP inspection
            else:
                end = self.inspection(plan, audit, site, inspected, kind, standard, conclusion,
                                      past=False, visit=visit)
            certificates.append(self.certificate(plan, audit, site, scope, standard, end,
                                                 visit, expired=False))
            foreign = _FOREIGN_INSPECTORATES.get(plan.foreign_country or "")
            if foreign and not plan.devices and plan.public is None and rng.random() < 0.5:
                std, inspectorate = foreign
                end = self.inspection(plan, audit, site, self.day(
                    visit - timedelta(days=700), visit - timedelta(days=60)), "routine", std,
                    "compliant", past=False, visit=visit, inspectorate=inspectorate)
                certificates.append(self.certificate(plan, audit, site, scope, std, end, visit,
                                                     expired=False, authority=inspectorate))
        elif status == "expired":
            # The last certificate ran out before the visit year and nobody re-inspected.
            inspected = self.day(date(2020, 9, 1), date(2022, 6, 30))
            end = self.inspection(plan, audit, site, inspected, "routine", standard, "compliant",
                                  past=True, visit=visit)
            certificates.append(self.certificate(plan, audit, site, scope, standard, end, visit,
                                                 expired=True))
        elif status == "in_transition":
            if rng.random() < 0.6:
                inspected = self.day(visit - timedelta(days=200), visit - timedelta(days=20))
                self.inspection(plan, audit, site, inspected, "pre_licence", standard,
                                "compliant_pending_capa", past=False, visit=visit)
        elif status == "non_compliant":
            inspected = self.day(visit - timedelta(days=400), visit - timedelta(days=30))
            end = self.inspection(plan, audit, site, inspected, self.pick(("routine", "for_cause")),
                                  standard, "non_compliant", past=False, visit=visit)
            statement = self.certificate(plan, audit, site, scope, standard, end, visit,
                                         expired=False)
            statement.doc_type = "non_compliance_statement"
            statement.number = statement.number.replace("GMP/", "NC/")
            statement.valid_until = None
            statement.remarks = "Производство приостановлено до устранения критических замечаний."
            certificates.append(statement)
        return certificates

    def certificate(
        self,
        plan: _Plan,
        audit: Audit,
        site: Site,
        scope: list[str],
        standard: str,
        inspected: date,
        visit: date,
        *,
        expired: bool,
        authority: str | None = None,
    ) -> GmpCertificate:
        # Issued some weeks after the inspection, but never after the auditor saw it.
        issued = min(inspected + timedelta(days=self.rng.randint(14, 75)),
                     visit - timedelta(days=1))
        valid_until: date | None = None  # EU GMP certificates carry no expiry date
        if standard != "eu":
            # Three years, as WHO model certificates allow at most (EAEU term unverified).
            valid_until = issued + timedelta(days=3 * 365 - 1)
        if plan.devices:
            number = f"ISO13485-{issued.year}-{self.next_document():05d}"
            authority = authority or self.pick(_ISO_BODIES)
        elif standard == "eaeu":
            number = f"GMP/EAEU/KZ/{self.next_document():05d}-{issued.year}"
            authority = authority or _EXPERTISE_CENTRE
        else:
            number = f"GMP/{standard.upper()}/{self.next_document():05d}/{issued.year}"
        return GmpCertificate(
            id=self.uid(),
            audit=audit,
            site=site,
            number=number,
            doc_type="certificate",
            standard=standard,
            issuing_authority=authority,
            inspection_date=inspected,
            issued_on=issued,
            valid_until=valid_until,
            scope_dosage_forms=scope,
            remarks="Срок действия истёк, повторная инспекция не проводилась." if expired else None,
        )

    def inspection(
        self,
        plan: _Plan,
        audit: Audit,
        site: Site,
        start: date,
        kind: str,
        standard: str,
        conclusion: str,
        *,
        past: bool,
        visit: date,
        inspectorate: str | None = None,
    ) -> date:
        """Record an inspection with its deficiencies; returns the day it ended."""
        rng = self.rng
        end = start + timedelta(days=rng.randint(2, 5))
        areas = sorted(self.rng.sample(list(_DEFICIENCY_TEXTS), rng.randint(4, 9)))
        inspection = Inspection(
            id=self.uid(),
            audit=audit,
            site=site,
            inspection_type=kind,
            standard=standard,
            inspectorate=inspectorate or (
                self.pick(_ISO_BODIES) if standard == "iso13485" else _INSPECTORATE),
            date_start=start,
            date_end=end,
            conclusion=conclusion,
            areas=areas,
            remarks=None,
        )
        if conclusion == "non_compliant":
            classes = ["critical"] * rng.randint(1, 2) + ["major"] * rng.randint(2, 4)
            classes += ["other"] * rng.randint(2, 6)
        elif conclusion == "compliant_pending_capa":
            classes = ["major"] * rng.randint(1, 3) + ["other"] * rng.randint(2, 7)
        else:
            major = rng.randint(0, 1) if plan.public is None else 0
            classes = ["major"] * major + ["other"] * rng.randint(0, 5)
        age = (visit - end).days
        for deficiency_class in classes:
            area = self.pick(areas)
            if deficiency_class == "critical":
                text = self.pick(_CRITICAL_TEXTS)
            else:
                text = self.pick(_DEFICIENCY_TEXTS[area])
            due = end + timedelta(days=rng.randint(30, 150))
            capa = self.capa_status(age, past)
            closed_on = None
            if capa == "closed":
                closed_on = min(end + timedelta(days=rng.randint(10, 160)),
                                visit - timedelta(days=1))
            Deficiency(
                id=self.uid(),
                audit=audit,
                inspection=inspection,
                deficiency_class=deficiency_class,
                area=area,
                description=text,
                capa_status=capa,
                capa_due=due,
                capa_closed_on=closed_on,
            )
        return end

    def capa_status(self, age_days: int, past: bool) -> str:
        if past or age_days > 540:
            return self.pick(("closed", "in_progress"), (95, 5))
        if age_days > 180:
            return self.pick(("closed", "in_progress", "open"), (70, 22, 8))
        return self.pick(("closed", "in_progress", "open"), (30, 40, 30))

    # products ------------------------------------------------------------------------------

    def products(
        self, plan: _Plan, audit: Audit, lines: list[ProductionLine]
    ) -> list[Product]:
        rng = self.rng
        form_keys = {form for site in plan.sites for form, *_ in site.lines}
        candidates = [c for form in sorted(form_keys) for c in _CANDIDATES[form]]
        rng.shuffle(candidates)
        if plan.public is not None and plan.public.brand == "Нобел":
            # Contract manufacturing for oncology: every oncology tablet is in the portfolio.
            candidates.sort(key=lambda c: not (c.medicine and c.medicine.is_oncology))
        if not candidates:
            return []
        chosen = [(candidates[i % len(candidates)], i // len(candidates))
                  for i in range(plan.products)]

        # The products of one form share the output of that form's lines.
        output_by_form: dict[str, float] = {}
        for line in lines:
            key = line.dosage_form or ""
            output_by_form[key] = output_by_form.get(key, 0.0) + (line.actual_output or 0.0)
        weights = [rng.lognormvariate(0, 1) for _ in chosen]
        weight_by_form: dict[str, float] = {}
        for (candidate, _), weight in zip(chosen, weights, strict=True):
            key = _FORMS[candidate.form].dosage_form
            weight_by_form[key] = weight_by_form.get(key, 0.0) + weight

        products: list[Product] = []
        for (candidate, round_), weight in zip(chosen, weights, strict=True):
            spec = _FORMS[candidate.form]
            medicine = candidate.medicine
            share = weight / weight_by_form[spec.dosage_form]
            # Part of the output is contract work for others, so products share ~90% of it.
            volume = output_by_form.get(spec.dosage_form, 0.0) * share * 0.9
            self.registration_serial += rng.randint(1, 4)
            product = Product(
                id=self.uid(),
                audit=audit,
                inn=medicine.inn if medicine else None,
                trade_name=_trade_name(candidate, round_, plan.brand),
                atc_code=medicine.atc if medicine else None,
                dosage_form=spec.dosage_form,
                strength=candidate.strength,
                registration_number=(
                    f"РК-{'ИМН' if spec.device else 'ЛС'}-5№"
                    f"{self.registration_serial % 1_000_000:06d}"),
                registration_expiry=None if rng.random() < 0.3 else self.day(
                    date(VISIT_YEAR, 3, 1), date(VISIT_YEAR + 5, 12, 31)),
                on_national_formulary=bool(medicine) and rng.random() < (
                    0.85 if medicine and (medicine.is_oncology or medicine.is_cardiovascular)
                    else 0.6),
                is_oncology=bool(medicine and medicine.is_oncology),
                is_cardiovascular=bool(medicine and medicine.is_cardiovascular),
                annual_volume=float(round(volume)),
                volume_unit=spec.unit,
            )
            self.localization(plan, product, candidate)
            products.append(product)
        return products

    def localization(self, plan: _Plan, product: Product, candidate: _Candidate) -> None:
        rng = self.rng
        if candidate.device is not None:
            stage = None
            product.api_origin = None
            product.api_country = None
        else:
            if candidate.form == "api" or (
                candidate.medicine is not None and candidate.medicine.inn in _API_SUBSTANCES
                and rng.random() < 0.05
            ):
                stage = "full_cycle"
            elif candidate.form == "insulin":
                stage = "primary_packaging_fill_finish"
            elif candidate.form in ("bio", "blood", "vaccine"):
                stage = self.pick(("primary_packaging_fill_finish", "fdf_from_imported_api"))
            else:
                stage = self.pick(("fdf_from_imported_api", "primary_packaging_fill_finish",
                                   "secondary_packaging"), (87, 7, 6))
            if stage == "full_cycle":
                product.api_origin, product.api_country = "domestic", "KZ"
            else:
                product.api_origin = "mixed" if rng.random() < 0.05 else "imported"
                product.api_country = self.pick(_API_COUNTRIES, _API_COUNTRY_WEIGHTS)
        product.localization_stage = stage
        # Domestic origin is proven by a document, never asserted: imported goods have been
        # passed off as domestic, so the evidence travels with the product.
        if stage == "secondary_packaging" and rng.random() < 0.5:
            product.origin_evidence, product.origin_document = "none", None
        elif rng.random() < 0.55:
            product.origin_evidence = "ct_kz_certificate"
            product.origin_document = (
                f"KZ{plan.region}{rng.randint(21, 25)}{self.next_document():07d}")
        else:
            product.origin_evidence = "producer_register"
            product.origin_document = f"РКП-{rng.randint(2025, 2026)}-{self.next_document():06d}"

    # market, workforce, development ---------------------------------------------------------

    def market(
        self,
        plan: _Plan,
        audit: Audit,
        lines: list[ProductionLine],
        products: list[Product],
        visit: date,
    ) -> None:
        rng = self.rng
        output_value = sum(line.output_value_kzt or 0 for line in lines)
        revenue = round(output_value * rng.uniform(0.9, 1.2), -6)
        established = plan.public is not None or plan.size != "small"
        exports = rng.random() < (0.5 if established else 0.12)
        export_share = rng.uniform(0.03, 0.3) if exports else 0.0
        audit.revenue_kzt = int(revenue)
        audit.export_revenue_kzt = int(round(revenue * export_share, -5))
        audit.domestic_sales_kzt = audit.revenue_kzt - audit.export_revenue_kzt
        audit.export_countries = sorted(rng.sample(_EXPORT_COUNTRIES, rng.randint(1, 4))) \
            if exports else []

        formulary = [p for p in products if p.on_national_formulary]
        if plan.public is not None and plan.public.contract is not None:
            term, items = plan.public.contract
            self.contract(audit, term, min(items, len(products)), products, visit)
        elif formulary and rng.random() < (0.9 if plan.public else 0.6):
            for _ in range(1 if plan.size == "small" else rng.randint(1, 2)):
                term = self.pick((10, 7, 5, 3), (50, 15, 25, 10))
                items = rng.randint(1, max(1, min(len(formulary), 120)))
                self.contract(audit, term, items, formulary, visit)
        elif plan.devices and products and rng.random() < 0.45:
            self.contract(audit, self.pick((3, 5, 10)), rng.randint(1, len(products)), products,
                          visit)

    def contract(
        self, audit: Audit, term: int, items: int, products: list[Product], visit: date
    ) -> None:
        rng = self.rng
        signed = self.day(date(2019, 3, 1), min(visit, date(2025, 12, 20)))
        # The distributor takes part of each product's yearly volume, at about ex-works price.
        share = rng.uniform(0.3, 0.7)
        yearly_units = 0.0
        yearly_value = 0.0
        for product in products[:items]:
            units = (product.annual_volume or 0.0) * share
            yearly_units += units
            yearly_value += units * _PRICE_OF_DOSAGE_FORM.get(product.dosage_form or "", 100.0)
        SupplyContract(
            id=self.uid(),
            audit=audit,
            counterparty=SINGLE_DISTRIBUTOR,
            contract_number=f"{self.next_document()}-ДДП/{signed.year}",
            signed_on=signed,
            term_years=term,
            items_count=items,
            volume_units=float(round(yearly_units * term)),
            value_kzt=int(round(yearly_value * term, -5)),
        )

    def workforce(self, plan: _Plan, audit: Audit) -> None:
        rng = self.rng
        low, high = {"small": (25, 160), "medium": (150, 600), "large": (500, 2200)}[plan.size]
        staff = rng.randint(low, high)
        audit.staff_total = staff
        audit.staff_qa_qc = max(2, round(staff * rng.uniform(0.07, 0.2)))
        # A medicine plant cannot release batches without a qualified person.
        audit.qualified_persons = rng.randint(1, 2 if plan.size == "small" else 5)
        if plan.devices:
            audit.qualified_persons = rng.randint(0, 1)
        audit.vacancies = round(staff * rng.uniform(0.0, 0.08))
        audit.rd_staff = round(staff * rng.uniform(0.0, 0.06))
        audit.rd_budget_kzt = int(round((audit.revenue_kzt or 0) * rng.uniform(0.0, 0.04), -5))
        audit.clinical_trials = self.pick((0, 0, 0, 1, 2)) if plan.size != "small" else 0

    def development(self, plan: _Plan, audit: Audit, lines: list[ProductionLine]) -> None:
        rng = self.rng
        made = {line.dosage_form for line in lines}
        if plan.devices:
            pool = [f.dosage_form for f in _FORMS.values() if f.device]
        else:
            pool = [f.dosage_form for k, f in _FORMS.items() if not f.device and k != "api"]
        planned = sorted({f for f in rng.sample(pool, min(3, len(pool))) if f not in made})
        audit.planned_dosage_forms = planned[: rng.randint(0, 2)]

        notes = []
        if plan.public is not None:
            notes.append(plan.public.facts)
            for project in plan.public.investments:
                self.investment(plan, audit, project.project_type, project.status,
                                project.start_year, project.finish_year, project.name,
                                project.form, project.added_capacity)
            if plan.public.parent:
                self.partnership(audit, plan.public.parent, plan.foreign_country or "XX",
                                 "technology_transfer", "active", plan.public.founded[0] + 2,
                                 "Трансфер технологий и систем качества группы.")
        else:
            count = {"small": self.pick((0, 0, 1, 1, 2)), "medium": rng.randint(1, 2),
                     "large": rng.randint(1, 3)}[plan.size]
            for _ in range(count):
                self.invented_investment(plan, audit, lines)
        if audit.planned_dosage_forms:
            notes.append("Планируется освоение новых лекарственных форм.")

        partner_chance = {"small": 0.08, "medium": 0.35, "large": 0.7}[plan.size]
        if plan.public is None and not plan.devices and rng.random() < partner_chance:
            name, country, what = self.pick(_GLOBAL_PARTNERS)
            kind = self.pick(("localization", "technology_transfer", "contract_manufacturing",
                              "licensing"), (45, 25, 20, 10))
            status = self.pick(("negotiation", "agreement_signed", "active"), (30, 35, 35))
            self.partnership(audit, name, country, kind, status, rng.randint(2021, 2026),
                             f"Локализация производства {what} компании {name}.")
        if rng.random() < (0.3 if plan.size == "small" else 0.7):
            name, kind = self.pick(_UNIVERSITIES)
            self.partnership(audit, name, "KZ", kind, self.pick(("active", "agreement_signed")),
                             rng.randint(2015, 2025),
                             "Практика студентов, совместные исследования, подготовка кадров.")
        audit.development_notes = " ".join(notes) or None

    def invented_investment(
        self, plan: _Plan, audit: Audit, lines: list[ProductionLine]
    ) -> None:
        rng = self.rng
        kinds = ["expansion", "modernization", "new_dosage_form", "gmp_upgrade", "new_plant",
                 "rd_centre", "api_production"]
        kind = self.pick(kinds, (26, 24, 16, 16, 9, 6, 3))
        if plan.gmp == "valid" and kind == "gmp_upgrade":
            kind = "modernization"
        status = self.pick(("planned", "in_progress", "completed", "suspended"), (35, 35, 22, 8))
        if status == "completed":
            start = rng.randint(2017, 2023)
            finish = min(start + rng.randint(1, 3), 2025)
        elif status == "in_progress":
            start = rng.randint(2022, 2025)
            finish = rng.randint(max(start + 1, 2026), 2029)
        elif status == "planned":
            start = rng.randint(2026, 2027)
            finish = start + rng.randint(1, 3)
        else:
            start = rng.randint(2019, 2024)
            finish = start + rng.randint(2, 4)
        form_key = self.pick([k for k, f in _FORMS.items() if f.device == plan.devices
                              and k != "api"])
        spec = _FORMS[form_key]
        names = {
            "expansion": f"Расширение производства: {spec.line_name.lower()}",
            "modernization": "Модернизация оборудования производственных линий",
            "new_dosage_form": f"Освоение новой формы: {spec.line_name.lower()}",
            "gmp_upgrade": "Приведение производства в соответствие с правилами GMP ЕАЭС",
            "new_plant": f"Строительство нового завода, г. {_PLACES[plan.region].city_ru}",
            "rd_centre": "Лаборатория разработки и исследований биоэквивалентности",
            "api_production": "Организация производства фармацевтических субстанций",
        }
        capacity: float | None = None
        if kind in ("expansion", "new_dosage_form", "new_plant"):
            capacity = float(f"{self.log_between(*spec.capacity, rng.random()):.2g}")
        self.investment(plan, audit, kind, status, start, finish, names[kind],
                        form_key if capacity else None, capacity)

    def investment(
        self,
        plan: _Plan,
        audit: Audit,
        kind: str,
        status: str,
        start: int,
        finish: int,
        name: str,
        form: str | None,
        capacity: float | None,
    ) -> None:
        rng = self.rng
        low, high = {"small": (2e8, 3e9), "medium": (1e9, 1e10), "large": (3e9, 4e10)}[plan.size]
        capex = self.log_between(low, high, rng.random())
        new_products = rng.randint(0, 40) if kind != "gmp_upgrade" else 0
        partner = None
        if plan.public is not None:
            # No invented partners for real producers: only the group they belong to.
            partner = plan.public.parent
        elif plan.foreign_country and rng.random() < 0.5:
            partner = "Материнская компания"
        elif rng.random() < 0.2:
            partner = self.pick(_GLOBAL_PARTNERS)[0]
        funding = self.pick(("own_funds", "bank_loan", "state_development_institution",
                             "state_programme", "foreign_investor", "mixed"),
                            (30, 20, 18, 7, 10 if plan.foreign_country else 1, 15))
        InvestmentProject(
            id=self.uid(),
            audit=audit,
            name=name,
            project_type=kind,
            status=status,
            capex_kzt=int(round(capex, -6)),
            funding_source=funding,
            start_year=start,
            finish_year=finish,
            added_capacity=capacity,
            capacity_unit=_FORMS[form].unit if form and capacity else None,
            new_products=new_products,
            socially_significant_products=rng.randint(0, new_products),
            jobs_created=rng.randint(10, 400),
            partner=partner,
            technology_transfer=partner is not None and rng.random() < 0.6,
            special_economic_zone=plan.sez,
        )

    def partnership(
        self,
        audit: Audit,
        name: str,
        country: str,
        kind: str,
        status: str,
        start: int,
        description: str,
    ) -> None:
        Partnership(
            id=self.uid(),
            audit=audit,
            partner_name=name,
            partner_country=country,
            partnership_type=kind,
            status=status,
            start_year=start,
            description=description,
        )

    def barriers_and_support(self, plan: _Plan, audit: Audit) -> None:
        rng = self.rng
        for code in self.rng.sample(list(_BARRIER_TEXTS), rng.randint(1, 4)):
            Barrier(
                id=self.uid(),
                audit=audit,
                barrier_code=code,
                severity=self.pick(("low", "medium", "high"), (20, 45, 35)),
                description=_BARRIER_TEXTS[code],
            )
        for code in self.rng.sample(list(_SUPPORT_TEXTS), self.pick((0, 1, 1, 2, 3))):
            SupportRequest(
                id=self.uid(),
                audit=audit,
                measure_code=code,
                status=self.pick(("requested", "received", "refused", "planned"),
                                 (40, 25, 10, 25)),
                amount_kzt=int(round(self.log_between(5e7, 5e9, rng.random()), -6))
                if code in _FINANCIAL_MEASURES else None,
                description=_SUPPORT_TEXTS[code],
            )

    # findings --------------------------------------------------------------------------------

    def findings(
        self,
        plan: _Plan,
        audit: Audit,
        lines: list[ProductionLine],
        products: list[Product],
        certificates: list[GmpCertificate],
        visit: date,
    ) -> None:
        rng = self.rng
        # Average over lines of each line's own utilization: their units differ.
        shares = [share for line in lines if (share := line.utilization) is not None]
        load = round(100 * sum(shares) / len(shares)) if shares else 0
        open_capa = sum(1 for d in audit.deficiencies if d.capa_status != "closed")
        oncology = sum(1 for p in products if p.is_oncology)
        cardio = sum(1 for p in products if p.is_cardiovascular)
        formulary = sum(1 for p in products if p.on_national_formulary)
        valid = [c.valid_until for c in certificates
                 if c.doc_type == "certificate" and c.valid_until and c.valid_until >= visit]
        lapsed = [c.valid_until for c in certificates
                  if c.doc_type == "certificate" and c.valid_until and c.valid_until < visit]
        slack = min(lines, key=lambda line: line.utilization or 1.0).name if lines else ""

        if rng.random() < 0.2:
            # About one audit in five is written up in Kazakh.
            parts = [f"Өндірістік қуаттардың орташа жүктемесі — {load}%."]
            if valid:
                parts.append(f"GMP сертификаты {max(valid):%d.%m.%Y} дейін жарамды.")
            elif lapsed:
                parts.append(f"GMP сертификатының қолданылу мерзімі {max(lapsed):%d.%m.%Y} "
                             "аяқталған.")
            else:
                parts.append("Кәсіпорында жарамды GMP сертификаты жоқ.")
            if open_capa:
                parts.append(f"Инспекция ескертулері бойынша {open_capa} түзету әрекеті (CAPA) "
                             "аяқталмаған.")
            parts.append(f"Портфельде {len(products)} тіркелген өнім, оның ішінде "
                         f"онкологиялық — {oncology}, жүрек-қантамыр — {cardio}.")
            advice = ["«СК-Фармация» ЖШС-мен ұзақ мерзімді шарт жасасу мүмкіндігін қарастыру.",
                      f"«{slack}» желісінде екінші ауысым енгізу арқылы жүктемені арттыру.",
                      "Белсенді фармацевтикалық субстанцияларды жергілікті өндіруді дамыту.",
                      "Сапа қызметінің бос орындарын толтыру."]
            if plan.gmp != "valid":
                advice.insert(0, "GMP инспекциясына өтінім беру.")
        else:
            parts = [f"Средняя загрузка производственных мощностей — {load}%."]
            if load < 60:
                parts.append("Резерв мощностей позволяет нарастить выпуск без капитальных "
                             "вложений.")
            if valid:
                parts.append(f"Сертификат GMP действует до {max(valid):%d.%m.%Y}.")
            elif lapsed:
                parts.append(f"Срок действия сертификата GMP истёк {max(lapsed):%d.%m.%Y}; "
                             "повторная инспекция не проводилась.")
            elif plan.gmp == "non_compliant":
                parts.append("По итогам инспекции производство признано не соответствующим "
                             "требованиям GMP.")
            else:
                parts.append("Действующего сертификата GMP нет.")
            if open_capa:
                parts.append(f"По замечаниям инспекций не закрыто {open_capa} CAPA.")
            parts.append(f"В портфеле {len(products)} зарегистрированных наименований, "
                         f"из них онкологических — {oncology}, сердечно-сосудистых — {cardio}; "
                         f"в КНФ включено {formulary}.")
            advice = ["Рассмотреть заключение долгосрочного договора с ТОО «СК-Фармация» "
                      "на позиции из КНФ.",
                      f"Ввести вторую смену на линии «{slack}» для увеличения загрузки.",
                      "Проработать локализацию производства субстанций совместно с партнёром.",
                      "Расширить портфель онкологических и сердечно-сосудистых препаратов.",
                      "Заполнить вакансии службы качества (QA/QC).",
                      "Проработать выход на рынки Центральной Азии при поддержке QazTrade."]
            if plan.gmp != "valid":
                advice.insert(0, "Подать заявку на инспекцию на соответствие правилам GMP ЕАЭС.")
        audit.findings = " ".join(parts)
        keep = advice[:1] + rng.sample(advice[1:], rng.randint(1, 2))
        audit.recommendations = "\n".join(f"{n}. {text}" for n, text in enumerate(keep, 1))



# --- entry point ---------------------------------------------------------------------------------


def _count_products_and_lines(company: Company) -> tuple[int, int]:
    audit = company.audits[0]
    return len(audit.products), len(audit.production_lines)


def _first_audit_attachment(generator: _DemoGenerator, company: Company) -> None:
    audit = company.audits[0]
    text = (
        f"Протокол аудита\n{company.name_in('ru')}, БИН {company.bin}\n"
        f"Визит: {audit.visit_start:%d.%m.%Y} – {audit.visit_end:%d.%m.%Y}\n\n"
        f"{audit.findings}\n\nРекомендации:\n{audit.recommendations}\n"
    )
    attachment = add_attachment(audit, "protocol.txt", text.encode("utf-8"),
                                description="Протокол аудита (демонстрационные данные)")
    attachment.id = generator.uid()


def _missing_auditors(session: Session, auditors: Iterable[AuditorProfile]) -> list[AuditorProfile]:
    wanted = {a.id: a for a in auditors}
    present = set(session.scalars(select(AuditorProfile.id).where(
        AuditorProfile.id.in_(list(wanted)))))
    return [a for a_id, a in wanted.items() if a_id not in present]


def build_demo(
    database: Database,
    *,
    companies: int = 12,
    seed: int = 2024,
    finalize: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add ``companies`` demo producers, each with one audit, to ``database``.

    Companies whose BIN is already in the database are skipped (and counted), so running the
    demo twice is harmless. With ``finalize`` every new audit is signed off and locked.
    """
    if companies < 0:
        raise ValueError(f"companies must not be negative: {companies}")
    started = time.perf_counter()
    generator = _DemoGenerator(random.Random(seed))
    auditors = generator.auditors()
    with database.session() as session:
        existing_bins = set(session.scalars(select(Company.bin)))
        new_auditors = _missing_auditors(session, auditors)

    counts = _Counts()
    skipped = 0
    done = 0
    for batch_start in range(0, companies, BATCH_SIZE):
        batch: list[Company] = []
        for index in range(batch_start, min(batch_start + BATCH_SIZE, companies)):
            # Built even when skipped, so that the companies after it come out the same.
            company = generator.company(index, auditors)
            if index == 0:
                _first_audit_attachment(generator, company)
            if company.bin in existing_bins:
                skipped += 1
                continue
            existing_bins.add(company.bin)
            batch.append(company)
        if batch or new_auditors:
            with database.transaction(DEMO_ACTOR) as session:
                session.add_all(new_auditors)
                new_auditors = []
                session.add_all(batch)
                if finalize:
                    # Finalizing needs the records written first: the lock refuses any insert
                    # into an audit that is already finalized.
                    session.flush()
                    for company in batch:
                        audit = company.audits[0]
                        finalize_audit(
                            session,
                            audit,
                            representative_name=audit.representative_name or "",
                            representative_position=audit.representative_position or "",
                        )
        for company in batch:
            products, lines = _count_products_and_lines(company)
            counts.companies += 1
            counts.products += products
            counts.production_lines += lines
        done = min(batch_start + BATCH_SIZE, companies)
        if progress is not None:
            progress(done, companies)
    return DemoSummary(
        companies=counts.companies,
        audits=counts.companies,
        products=counts.products,
        production_lines=counts.production_lines,
        seconds=time.perf_counter() - started,
        skipped=skipped,
    )
