"""The prevention plan from the window: made when first opened, its exercises open the library."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cramp_coach.context import AppContext
    from cramp_coach.ui.host import Host
    from cramp_coach.ui.prevention_screen import PreventionScreen


class PlanController(QObject):
    """Shows the prevention plan; an exercise named in it opens in the library."""

    def __init__(
        self,
        host: Host,
        parent: QWidget,
        context: AppContext,
        open_exercise: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.context = context
        self.open_exercise = open_exercise
        self.screen: PreventionScreen | None = None

    def open(self) -> None:
        if self.screen is None:
            from cramp_coach.content.prevention import load_plan
            from cramp_coach.ui.prevention_screen import PreventionScreen

            self.screen = PreventionScreen(
                load_plan(language=self.context.language), self.host.exercise_names()
            )
            self.screen.exercise_requested.connect(self.open_exercise)
            self.screen.closed.connect(self.host.go_home)
        self.host.show_screen(self.screen)

    def forget_screens(self) -> list[QWidget]:
        """Its screen, made anew when next opened (another language): the old one to delete."""
        gone, self.screen = self.screen, None
        return [gone] if gone is not None else []
