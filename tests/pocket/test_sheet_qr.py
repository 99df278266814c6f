"""`cramp-coach sheet --qr ADDRESS`: the printed sheet carries the phone page's QR code, which a
real decoder (zbarimg) reads back from the page rendered by poppler."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ADDRESS = "http://192.168.1.23:45831/zYrD6EPfPU8RmhWtxyHOHcRQz1FD7NAF/"


def sheet(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_coach", "sheet", "-o", str(tmp_path / "s.pdf"), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )


def read_codes(pdf: Path) -> str:
    if shutil.which("zbarimg") is None:
        pytest.fail("no zbarimg: `make test` installs Debian's zbar-tools (see the Makefile)")
    png = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(png)], check=True)
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", f"{png}.png"], capture_output=True, text=True, check=False
    )
    return done.stdout.strip()


def test_the_sheet_prints_the_address_as_a_qr_code(tmp_path: Path) -> None:
    assert sheet(tmp_path, "--qr", ADDRESS, "--language", "en").returncode == 0
    assert read_codes(tmp_path / "s.pdf") == ADDRESS


def test_without_qr_there_is_no_code(tmp_path: Path) -> None:
    assert sheet(tmp_path, "--language", "en").returncode == 0
    assert read_codes(tmp_path / "s.pdf") == ""


def test_a_qr_that_is_not_a_web_address_is_one_line(tmp_path: Path) -> None:
    done = sheet(tmp_path, "--qr", "javascript:alert(1)")
    assert done.returncode == 2
    assert done.stderr == "cramp-coach: --qr: not a web address: 'javascript:alert(1)'\n"
    assert not (tmp_path / "s.pdf").exists()
