"""The printed sheet's optional second page (issue 19): the saved weekly plan as a log to fill
in by hand; `sheet --plan-log` from the command line, and the window's print when asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from cramp_coach.settings import PLAN_LOG_PAGE, Settings
from tests.test_sheet import Pdf, run_sheet


def saved_plan(config: Path, days: str, at: str) -> None:
    store = QSettings(str(config / "CrampCoach" / "cramp-coach.conf"), QSettings.IniFormat)
    store.setValue("plan/days", days)
    store.setValue("plan/time", at)
    store.sync()


def test_plan_log_adds_a_page_with_the_planned_days(qapp: object, tmp_path: Path) -> None:
    config = tmp_path / "config"
    saved_plan(config, "tue,fri", "06:45")
    plain, logged = tmp_path / "plain.pdf", tmp_path / "log.pdf"
    assert run_sheet("-o", str(plain), config=config).returncode == 0
    result = run_sheet("-o", str(logged), "--plan-log", config=config)
    assert result.returncode == 0, result.stderr
    assert Pdf(plain).pages == 1
    pdf = Pdf(logged)
    assert pdf.pages == 2
    assert pdf.size(1) == pdf.size(0)
    second = " ".join(pdf.document.getAllText(1).text().split())
    assert second.startswith("My prevention log")
    assert "Tue, Fri at 06:45: Strength A and B by turns" in second
    assert "My prevention log" not in " ".join(pdf.document.getAllText(0).text().split())
    rows = second.count("Tue ") + second.count("Fri ")
    assert rows >= 16  # at least eight weeks of two sessions on A4
    assert second.count("Strength A") >= 8 and second.count("Strength B") >= 8


def test_plan_log_in_spanish(qapp: object, tmp_path: Path) -> None:
    config = tmp_path / "config"
    logged = tmp_path / "log.pdf"
    result = run_sheet("-o", str(logged), "--plan-log", "--language", "es", config=config)
    assert result.returncode == 0, result.stderr
    second = " ".join(Pdf(logged).document.getAllText(1).text().split())
    assert "prevention log" not in second and "Strength A" not in second


def test_the_window_prints_the_log_page_only_when_asked(settings: Settings) -> None:
    assert settings.plan_log() is None
    settings.set(PLAN_LOG_PAGE, True)
    assert settings.plan_log() == settings.plan()
