"""One coaching session of the app, without a window: the cramp routine, the guided sets and
the prevention sessions (a cramp stops a set or a session at once: first aid comes first).

It owns the routine's state machine, the cue caller and the journal recorder of each run, the
guided exercise in progress, sound and hands-free, and what a spoken command does. The window
shows what it runs (the `started` and `guidedStarted` signals) and forwards keys to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cramp_coach.i18n import fill

# The routine's rules, the state machine, the cue caller, the recorder and the voice commands
# are imported when first used, not before the first screen is painted.
if TYPE_CHECKING:
    from cramp_coach.content.exercises import Exercise
    from cramp_coach.content.sessions import Session
    from cramp_coach.context import AppContext
    from cramp_coach.journal.recorder import EpisodeRecorder
    from cramp_coach.routine.cues import CueCaller
    from cramp_coach.routine.guided import GuidedExercise
    from cramp_coach.routine.machine import RoutineMachine
    from cramp_coach.routine.session_player import SessionPlayer
    from cramp_coach.speech.listener import CommandListener
    from cramp_coach.speech.recognition import Command


class RoutineSession(QObject):
    """Starts and stops runs of the routine and guided sets, and routes spoken commands."""

    started = Signal(object)  # RoutineMachine: a run was made; it starts right after this
    guidedStarted = Signal(object)  # GuidedExercise: it starts right after  # noqa: N815
    sessionStarted = Signal(object)  # SessionPlayer: it starts right after  # noqa: N815
    caption = Signal(str)  # the words just said (a cue, or the stop question)
    heard = Signal(str)  # a spoken command was understood: one status line
    saved = Signal(int)  # the run's episode was written to the journal (its id)
    discarded = Signal()  # the run was stopped before anything happened: not kept (keep_run)
    startAsked = Signal()  # "ready" heard while nothing runs  # noqa: N815 (Qt naming)
    soundChanged = Signal(bool)  # noqa: N815 (Qt naming)
    handsFreeChanged = Signal(bool)  # noqa: N815 (Qt naming)
    microphoneOff = Signal(str)  # why the microphone cannot listen  # noqa: N815 (Qt naming)
    tooNoisy = Signal(str)  # one line: too noisy to hear commands  # noqa: N815 (Qt naming)

    #: The time to say "skip" again to release a hold early.
    SKIP_AGAIN_SECONDS = 10.0

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.machine: RoutineMachine | None = None
        self.cues: CueCaller | None = None
        self.recorder: EpisodeRecorder | None = None
        self.guided: GuidedExercise | None = None
        self.player: SessionPlayer | None = None  # the prevention session, if one was started
        self.sound_on = context.settings.speech_on()
        self.hands_free = context.hands_free_at_start()
        self.listening = False  # the microphone is opened only after the first paint
        # (step, rep, when) of a first "skip" in a hold
        self._release_asked: tuple[str, int, float] | None = None
        self._said_too_noisy = False  # said once per run
        context.when_made("speaker", lambda speaker: speaker.set_muted(not self.sound_on))
        context.when_made("listener", self._adopt_listener)

    # -- state ----------------------------------------------------------------------------------

    @property
    def routine_running(self) -> bool:
        return self.machine is not None and self.machine.running

    @property
    def busy(self) -> bool:
        """A cramp routine or a guided set is running: nothing is pulled away from under it."""
        return (
            self.routine_running
            or (self.guided is not None and self.guided.running)
            or self.session_running
        )

    @property
    def session_running(self) -> bool:
        return self.player is not None and self.player.running

    def voice_commands_work(self) -> bool:
        listener = self.context.listener if self.context.made("listener") else None
        return listener is not None and listener.active

    # -- sound and hands-free -------------------------------------------------------------------

    def set_sound(self, on: bool, save: bool = True) -> None:
        """Spoken cues on or off (captions stay)."""
        self.sound_on = on
        if self.context.made("speaker"):
            self.context.speaker.set_muted(not on)
        if save:
            self.context.settings.set_speech_on(on)
        self.soundChanged.emit(on)

    def set_hands_free(self, on: bool, save: bool = True) -> None:
        """Questions time out to their safe default, so the routine runs with no input; the
        microphone listens for spoken commands only while this is on."""
        self.hands_free = on
        # The microphone first: a question the machine asks again now says "say ready".
        if self.listening or not on:
            self._listen(on)
        if self.cues is not None:
            self.cues.voice = self.voice_commands_work()
        if self.machine is not None:
            self.machine.set_hands_free(on)
        if save:
            self.context.settings.set_hands_free(on)
        self.handsFreeChanged.emit(on)

    def start_listening(self) -> None:
        """From now on hands-free opens the microphone (app.py: after the first paint)."""
        self.listening = True
        if self.hands_free:
            self._listen(True)

    def _listen(self, on: bool) -> None:
        if not on and not self.context.made("listener"):
            return  # never made only to be closed
        listener = self.context.listener
        if listener is None:
            return
        if on:
            listener.start()  # off, with a line saying why, without a microphone
        else:
            listener.stop()

    def _adopt_listener(self, listener: CommandListener | None) -> None:
        if listener is not None:
            listener.heard.connect(self.on_command)
            listener.unclear.connect(self.on_unclear)
            listener.unavailable.connect(self.microphoneOff)
            listener.tooNoisy.connect(self.on_too_noisy)

    def prepare_cues(self, replace: bool = False) -> None:
        """Every cue of the routine rendered long before the first cramp, so the first one is
        heard at once. `replace`: these are the cues to keep ready from now on (a new
        language); the old ones are not rendered again."""
        from cramp_coach.routine.cues import spoken_texts

        spoken = self.context.routine.with_hold_seconds(self.context.hold_seconds())
        wanted: list[str] = []
        for hands_free in (False, True):
            for voice in {False, self.voice_commands_work()}:
                wanted += spoken_texts(
                    spoken,
                    hands_free=hands_free,
                    voice=voice,
                    signs=self.context.guidance_in(spoken.language).spoken,
                )
        self.context.speaker.prepare(wanted, replace=replace)

    def language_changed(self) -> None:
        """The context is in another language: the cues are said in its voice from now on, and
        are made ready again (the old language's are not rendered again)."""
        if self.context.made("speaker"):
            speaker = self.context.speaker
            speaker.prepare((), replace=True)
            speaker.set_voice(self.context.cue_voice())
            self.prepare_cues(replace=True)

    # -- the routine ----------------------------------------------------------------------------

    def start_routine(self) -> bool:
        """A new run of the routine; the cramp comes first: a guided set in progress is
        stopped, a prevention session too (logged as interrupted). False when a run is going
        already."""
        if self.routine_running:
            return False
        from cramp_coach.routine.cues import CueCaller
        from cramp_coach.routine.machine import RoutineMachine

        context = self.context
        if self.guided is not None and self.guided.running:
            self.guided.stop()
        if self.player is not None and self.player.running:
            self.player.cramp()  # logged as interrupted
        routine = context.routine.with_hold_seconds(context.hold_seconds())
        if self.machine is not None:
            self.machine.deleteLater()  # the previous run, and its cue caller with it
        self._release_asked = None
        self._said_too_noisy = False
        speaker = context.speaker
        self.machine = machine = RoutineMachine(
            routine, context.clock, self, hands_free=self.hands_free
        )
        self.cues = CueCaller(
            machine,
            speaker,
            time_marks=context.settings.time_marks(),
            voice=self.voice_commands_work(),
            signs=context.guidance_in(context.routine.language).spoken,
        )
        self.cues.caption.connect(self.caption)
        self.recorder = None
        journal = context.journal
        if journal is not None:
            from cramp_coach.journal.recorder import EpisodeRecorder

            self.recorder = EpisodeRecorder(machine, journal, context.wall)
            self.recorder.finished.connect(self.saved)
            self.recorder.discarded.connect(self.discarded)
        self.started.emit(machine)
        machine.start()
        return True

    def stop(self) -> None:
        """Ends whatever runs (the app is closing): no question asked."""
        if self.routine_running:
            assert self.machine is not None
            self.machine.stop()
        if self.guided is not None and self.guided.running:
            self.guided.stop()
        if self.player is not None and self.player.running:
            self.player.stop()

    @property
    def run_discarded(self) -> bool:
        """The last run was stopped before anything happened, so the journal does not keep it
        (it is no cramp to count) unless asked to (keep_run)."""
        machine = self.machine
        return (
            self.recorder is not None
            and machine is not None
            and not machine.running
            and machine.nothing_happened
        )

    def keep_run(self) -> bool:
        """The last run, discarded as an accidental start, was a cramp after all: back into
        the journal. False when there is none to keep."""
        recorder = self.recorder
        if recorder is None or not recorder.can_keep or self.routine_running:
            return False
        recorder.keep()
        return True

    def stopped_line(self) -> str:
        """How the last run ended, when it was stopped before Done; empty otherwise."""
        from cramp_coach.routine.flow import Outcome

        machine = self.machine
        if machine is None or machine.progress.outcome is not Outcome.STOPPED:
            return ""
        summary = machine.summary()
        return fill(
            self.tr("Routine stopped after %1 of %2 stretches."), summary.reps, summary.max_reps
        )

    def set_time_marks(self, on: bool) -> None:
        if self.cues is not None:
            self.cues.time_marks = on

    # -- guided sets ----------------------------------------------------------------------------

    def start_guided(self, exercise: Exercise) -> None:
        from cramp_coach.routine.guided import GuidedExercise

        if self.guided is not None:
            self.guided.stop()
            self.guided.deleteLater()
        self.guided = GuidedExercise(exercise, self.context.clock, self.context.speaker, self)
        self.guidedStarted.emit(self.guided)
        self.guided.start()

    def start_session(self, session: Session, exercises: list[Exercise]) -> None:
        """A prevention session, its exercises dosed as it says; logged in the journal set by
        set (interrupted if a cramp stops it)."""
        from cramp_coach.routine.session_player import SessionPlayer

        if self.guided is not None and self.guided.running:
            self.guided.stop()
        if self.player is not None:
            self.player.stop()
            self.player.deleteLater()
        context = self.context
        player = SessionPlayer(session, exercises, context.clock, context.speaker, self)
        self.player = player
        journal = context.journal
        if journal is not None:
            from cramp_coach.journal.recorder import SessionRecorder

            SessionRecorder(player, journal, context.wall)
        self.sessionStarted.emit(player)
        player.start()

    # -- spoken commands ------------------------------------------------------------------------

    def on_command(self, command: Command) -> None:
        """A spoken command: does what the same key would, where it means something."""
        from cramp_coach.routine.flow import Intent
        from cramp_coach.session.commands import Control, meaning
        from cramp_coach.speech.recognition import Command

        if self.guided is not None and self.guided.running:
            self._set_command(self.guided, command)
            return
        if self.player is not None and self.player.running:
            self._set_command(self.player, command)
            return
        machine = self.machine
        if machine is None or not machine.running:
            if command is Command.READY:
                self.startAsked.emit()
            return
        leg = {Command.LEFT: "left", Command.RIGHT: "right"}.get(command)
        if leg is not None:  # "which leg?" is answered whenever it is said
            machine.set_leg(leg)
            self._heard(command)
            return
        action = meaning(command, machine.step.kind)
        if action is None or (isinstance(action, Intent) and not machine.allows(action)):
            # Nothing to do here (e.g. "again" before the triage is answered). At the triage a
            # word that is no answer may be "it hurts" misheard: as anything else heard there,
            # it turns the hands-free default to the injury steps.
            self.on_unclear()
            return
        if action is Intent.STOP:
            self._stop_by_voice(machine, command)
            return
        if self._releases_hold(machine, action) and not self._release_confirmed(machine):
            return
        self._release_asked = None
        self._heard(command)
        if action is Control.PAUSE:
            if not machine.paused:
                machine.toggle_pause()
        elif action is Control.RESUME:
            if machine.paused:
                machine.toggle_pause()
        elif action is Control.REPEAT:
            if self.cues is not None:
                self.cues.repeat()
        elif command is Command.SKIP and machine.waiting_to_start:
            machine.skip_timer()  # "skip" at "I have the ice?": past the ice, not its timer
        else:
            machine.send(action)

    def on_unclear(self) -> None:
        """Something was heard that was not a command. Only at the triage does it matter: an
        answer that could be about pain turns the hands-free default to the injury steps."""
        machine = self.machine
        if machine is None or not machine.hands_free or not machine.heard_unclear():
            return
        self.heard.emit(
            self.tr(
                "Heard something that was not an answer: with no answer, the injury steps follow."
            )
        )
        if self.cues is not None:
            self.cues.say_unclear()

    def on_too_noisy(self) -> None:
        """The microphone hears only noise: one line on screen, said once per run."""
        line = self.tr("It's too noisy to hear you: press Enter or say it louder")
        self.tooNoisy.emit(line)
        if self.routine_running and not self._said_too_noisy:
            self._said_too_noisy = True
            self.caption.emit(line)
            self.context.speaker.say(line)

    def _heard(self, command: Command) -> None:
        self.heard.emit(fill(self.tr("Heard: %1"), command.value))

    def _stop_by_voice(self, machine: RoutineMachine, command: Command) -> None:
        """A spoken "stop" pauses, and says how to end: only Esc ends first aid. Everyday words
        are heard as "stop" several times a minute (docs/voice-commands.md), said twice too, so
        no word heard may end the routine; paused, it waits (hands-free too) for "resume"."""
        self._heard(command)
        if not machine.paused:
            machine.toggle_pause()
        line = self.tr("Paused. Say resume to go on, or press Escape to end the routine.")
        self.caption.emit(line)
        self.context.speaker.say(line)

    @staticmethod
    def _releases_hold(machine: RoutineMachine, action: object) -> bool:
        from cramp_coach.content.routine import StepKind
        from cramp_coach.routine.flow import Intent

        return action is Intent.NEXT and machine.step.kind is StepKind.HOLD

    def _release_confirmed(self, machine: RoutineMachine) -> bool:
        """A spoken "skip" (or "ready") ends a stretch early only when said twice in the same
        hold within SKIP_AGAIN_SECONDS: a misheard word must not cut a stretch short. The
        first one asks, and the hold goes on meanwhile; the keys still release at once."""
        now = machine.clock.now()
        here = (machine.step.id, machine.rep)
        asked = self._release_asked
        if asked is not None and asked[:2] == here and now - asked[2] <= self.SKIP_AGAIN_SECONDS:
            self._release_asked = None
            return True
        self._release_asked = (*here, now)
        ask = self.tr("Say skip again to end this stretch early.")
        self.caption.emit(ask)
        self.context.speaker.say(ask)
        return False

    def _set_command(self, run: GuidedExercise | SessionPlayer, command: Command) -> None:
        """During a guided set or a prevention session: pause, resume, skip (end the set or
        rest), stop; in a session, "again" (a cramp, again) stops it and starts first aid."""
        from cramp_coach.routine.session_player import SessionPlayer
        from cramp_coach.speech.recognition import Command

        wants_pause = {Command.PAUSE: True, Command.RESUME: False}.get(command)
        if command is Command.AGAIN and isinstance(run, SessionPlayer):
            self._heard(command)
            self.start_routine()
            return
        if wants_pause is not None:
            if wants_pause != run.paused:
                run.toggle_pause()
        elif command in (Command.SKIP, Command.READY):
            run.next()
        elif command is Command.STOP:
            run.stop()
        else:
            return
        self._heard(command)
