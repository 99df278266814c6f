"""docs/content-review.md lists every piece of guidance not from the source, read from the data
files: it fails here when the data changed and `tools/content_review.py` was not run."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "content_review.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("content_review", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_content_review_lists_what_the_data_says_now() -> None:
    assert _tool().main(["--check"]) == 0, "run .venv/bin/python tools/content_review.py"


def test_every_item_in_the_list_names_its_basis() -> None:
    tool = _tool()
    rows = [line for line in tool.generated().splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) > 20
    for row in rows:
        basis = row.rstrip(" |").rsplit(" | ", 1)[-1]
        assert len(basis) > 10, row


def test_the_check_fails_when_the_list_is_behind_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool()
    stale = tmp_path / "content-review.md"
    stale.write_text(
        TOOL.parent.parent.joinpath("docs", "content-review.md")
        .read_text(encoding="utf-8")
        .replace("Ten minutes at most", "Twenty minutes at most"),
        encoding="utf-8",
    )
    monkeypatch.setattr(tool, "DOC", stale)
    assert tool.main(["--check"]) == 1
