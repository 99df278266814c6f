"""An installed copy finds its data: the wheel carries assets/ and every sub-package."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_sub_package_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cramp_coach").rglob("__init__.py")
    }
    # assets/ ships as cramp_coach.assets, each folder of data files as a package of its own
    data = {
        ".".join(("cramp_coach", "assets", *folder.relative_to(ROOT / "assets").parts))
        for folder in (ROOT / "assets").rglob("*")
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.iterdir())
    }
    assert on_disk | {"cramp_coach.assets"} | data == listed


def test_wheel_carries_the_assets(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=240,
    )
    # The set-up says only what a user needs: no setuptools warning about the data folders
    # (it printed "Package 'cramp_coach.assets...' is absent from the `packages`
    # configuration" 11 times, about 450 lines).
    assert "absent from the `packages` configuration" not in built.stderr
    assert "Warning" not in built.stderr, built.stderr
    wheel = next(tmp_path.glob("cramp_coach-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "cramp_coach/assets/" + str(p.relative_to(ROOT / "assets"))
        for p in (ROOT / "assets").rglob("*")
        if p.is_file() and p.suffix in {".toml", ".svg", ".png", ".qm"}
    }
    assert "cramp_coach/assets/routines/hamstring-cramp.toml" in shipped
    assert "cramp_coach/assets/translations/es/routines/hamstring-cramp.toml" in shipped
    # the compiled translations, built by the set-up from the .ts (which stay out of the wheel)
    for language in ("es", "de"):
        assert f"cramp_coach/assets/translations/cramp_coach_{language}.qm" in shipped
        assert f"cramp_coach/assets/translations/cramp_coach_{language}.ts" not in names
    assert shipped <= names
