"""The prevention plan from the window: made when first opened, its exercises open the library."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cramp_coach.settings import KEEP_IN_TRAY, PLAN_LOG_PAGE, REMINDERS, START_AT_LOGIN

if TYPE_CHECKING:
    from cramp_coach.context import AppContext
    from cramp_coach.ui.host import Host
    from cramp_coach.ui.plan_form import PlanChoice, PlanForm
    from cramp_coach.ui.prevention_screen import PreventionScreen


class PlanController(QObject):
    """Shows the prevention plan; an exercise named in it opens in the library."""

    def __init__(
        self,
        host: Host,
        parent: QWidget,
        context: AppContext,
        open_exercise: Callable[[str], None],
        plan_changed: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.context = context
        self.open_exercise = open_exercise
        self.plan_changed = plan_changed  # the reminders and the tray follow the new plan
        self.screen: PreventionScreen | None = None
        self.form: PlanForm | None = None

    def open(self) -> None:
        if self.screen is None:
            from cramp_coach.content.prevention import load_plan
            from cramp_coach.ui.prevention_screen import PreventionScreen

            self.form = self._make_form()
            self.screen = PreventionScreen(
                load_plan(language=self.context.language),
                self.host.exercise_names(),
                form=self.form,
            )
            self.screen.exercise_requested.connect(self.open_exercise)
            self.screen.closed.connect(self.host.go_home)
        self.host.show_screen(self.screen)

    def _make_form(self) -> PlanForm:
        from cramp_coach.ui.plan_form import PlanChoice, PlanForm

        settings = self.context.settings
        form = PlanForm(
            PlanChoice(
                settings.plan(),
                settings.get(REMINDERS),
                settings.get(KEEP_IN_TRAY),
                settings.get(START_AT_LOGIN),
                settings.get(PLAN_LOG_PAGE),
            )
        )
        form.changed.connect(self.keep)
        self._show_next(form)
        return form

    def keep(self, choice: PlanChoice) -> None:
        """The user's edit, kept at once: the settings, the autostart entry, the reminders."""
        from cramp_coach.desktop import InstallError, set_autostart

        settings = self.context.settings
        settings.set_plan(choice.plan)
        settings.set(REMINDERS, choice.reminders)
        settings.set(KEEP_IN_TRAY, choice.keep_in_tray)
        settings.set(PLAN_LOG_PAGE, choice.log_page)
        if choice.start_at_login != settings.get(START_AT_LOGIN):
            try:
                set_autostart(choice.start_at_login)
            except InstallError as error:
                self.host.notify(str(error))
            else:
                settings.set(START_AT_LOGIN, choice.start_at_login)
        self.plan_changed()
        if self.form is not None:
            self._show_next(self.form)

    def _show_next(self, form: PlanForm) -> None:
        from cramp_coach.plan import names

        settings = self.context.settings
        if not settings.get(REMINDERS):
            form.show_next(self.tr("Reminders are off."))
            return
        form.show_next(names.next_line(settings.plan(), datetime.now()))

    def forget_screens(self) -> list[QWidget]:
        """Its screen, made anew when next opened (another language): the old one to delete."""
        gone, self.screen, self.form = self.screen, None, None
        return [gone] if gone is not None else []
