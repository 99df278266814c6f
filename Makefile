# Cramp Coach: the whole set-up is behind `make run` and `make test` (see README.md).
#
# Each target first makes sure the Debian packages the app needs are present (installing only the
# missing ones, with sudo when not root), then builds .venv from pyproject.toml once, and re-installs
# only when pyproject.toml changes; then compiles the translations (.ts -> .qm) that changed.

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

# Qt's xcb window plugin: libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0, libxkbcommon-x11-0.
# xvfb + xauth: a virtual display (xvfb-run) for machines with no screen.
# poppler-utils: pdftoppm, to look at the printed sheet.
# espeak-ng (+ its data): speech rendering; libpulse0: playback and the voice commands' microphone
# (libpulse-simple, see speech/pulse.py); pulseaudio-utils: pactl, which loads the sound server's
# echo canceller so voice commands are heard while the app speaks (speech/echo_cancel.py).
SYSTEM_PACKAGES := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 \
                   libegl1 libgl1 libfontconfig1 fonts-dejavu-core \
                   xvfb xauth poppler-utils libpulse0 pulseaudio-utils espeak-ng espeak-ng-data

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Translations of the app's own texts (tr()): one .ts per language, kept in git and filled in by
# hand; the .qm that Qt loads is compiled from it next to it (git-ignored, shipped in the wheel).
# `make translations` re-reads every tr() in the source into the .ts files, keeping what is
# translated already (also a text that moved to another class: tools/keep_moved_translations.py);
# new texts come in unfinished (tests/test_i18n.py fails until translated).
LANGUAGES    := es de
TRANSLATIONS := assets/translations
TS           := $(foreach language,$(LANGUAGES),$(TRANSLATIONS)/cramp_coach_$(language).ts)
QM           := $(TS:.ts=.qm)

.PHONY: run test lint bench screenshots system venv translations clean

# The menu entry and icon for this user (~/.local/share), and the `cramp-coach` command as a link
# in ~/.local/bin (on PATH in Debian from the next login, if not already): one line says where.
# A read-only home never stops the app. `make clean` takes them out again.
run: venv
	-@$(BIN)/python -m cramp_coach.desktop install
	$(BIN)/cramp-coach $(ARGS)

# The one real playback test plays into a private PulseAudio daemon with a null sink; the CSV
# export is opened by a real spreadsheet engine, Gnumeric's ssconvert (no formula may be read).
# Issue 19's reminders and tray: a real notification daemon (dunst) on a private session bus
# (dbus-daemon, from dbus), a real tray host (trayer) on Xvfb, x11-utils' xwininfo to find the
# icon in it, xdotool to click the notification; desktop-file-validate for the autostart entry.
# chromium: the phone page (cramp-coach pocket) is walked in a real headless browser, also by
# make bench and make screenshots; zbar-tools: zbarimg reads the Send to phone QR code back.
TEST_PACKAGES := pulseaudio pulseaudio-utils gnumeric \
                 dbus dunst trayer x11-utils xdotool desktop-file-utils \
                 chromium \
                 zbar-tools

test: venv lint
	@$(MAKE) --no-print-directory system SYSTEM_PACKAGES="$(TEST_PACKAGES)"
	$(BIN)/python -m pytest $(PYTEST_ARGS)

LINTED := cramp_coach tests $(wildcard bench) docs tools

lint: venv
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/lint-imports --no-logo --no-cache
	$(BIN)/vulture
	$(BIN)/mypy

# The README's first picture is the real app on Xvfb, speaking into a sound server (bench/audio.sh),
# with fresh settings (PulseAudio is found through pactl, as the settings folder moves).
screenshots: venv
	@$(MAKE) --no-print-directory system SYSTEM_PACKAGES="$(TEST_PACKAGES)"
	bench/audio.sh
	fresh=$$(mktemp -d) && PULSE_SERVER="$$(pactl info | sed -n 's/^Server String: //p')" \
	  XDG_CONFIG_HOME=$$fresh/config XDG_DATA_HOME=$$fresh/data XDG_CACHE_HOME=$$fresh/cache \
	  xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python docs/first_screen.py \
	  docs/screenshots/xvfb-first-screen.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/plan_screenshots.py
	$(BIN)/python docs/pocket_screenshots.py
	for paper in a4 letter; do \
	  $(BIN)/cramp-coach sheet -o /tmp/cramp-coach-sheet-$$paper.pdf --paper $$paper --hold-seconds 30 \
	    --language en && \
	  pdftoppm -png -r 110 -singlefile /tmp/cramp-coach-sheet-$$paper.pdf docs/sheet-$$paper; \
	done
	for language in es de; do \
	  $(BIN)/cramp-coach sheet -o /tmp/cramp-coach-sheet-$$language.pdf --hold-seconds 30 \
	    --language $$language && \
	  pdftoppm -png -r 80 -singlefile /tmp/cramp-coach-sheet-$$language.pdf docs/sheet-$$language; \
	done

# `make bench` on a machine with no sound card: a PulseAudio null sink to play into.
# The voice-command bench (bench/voice.py, docs/voice-bench.md) speaks the commands with three
# engines into a private PulseAudio "room": espeak-ng (above), flite, festival with two American
# voices; sox makes the noise and breaths. `make bench BENCH_ARGS="--voice quick"` (or off) for a
# shorter run.
VOICE_BENCH_PACKAGES := flite festival festvox-kallpc16k festvox-kdlpc16k sox
BENCH_PACKAGES := $(TEST_PACKAGES) $(VOICE_BENCH_PACKAGES)

bench: venv
	@$(MAKE) --no-print-directory system SYSTEM_PACKAGES="$(BENCH_PACKAGES)"
	bench/audio.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# Byte-code compiled ahead, as an installed package would be: with PYTHONDONTWRITEBYTECODE set
# (as on these machines) Python would otherwise compile every module again at each start.
venv: system $(STAMP) $(QM)
	@$(BIN)/python -m compileall -q cramp_coach $(wildcard bench)

system:
	@missing=""; \
	for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get -o DPkg::Lock::Timeout=600 update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends $$missing; \
	fi

# Quiet: one line says what is happening; pip's own errors still show.
$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) from pyproject.toml (the first time takes a few minutes)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	@# setuptools' note on every editable install of a package-dir layout ("be careful with
	@# folders ... with the same name as your package") is for packagers, not users: not shown.
	@# (tests/test_packaging.py builds the wheel with every warning on, and wants none.)
	@PYTHONWARNINGS=ignore::UserWarning $(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $@

$(QM): %.qm: %.ts $(STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: system $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -source-language en \
	  $$(find cramp_coach -name '*.py' | LC_ALL=C sort) -ts $(TS)
	$(BIN)/python tools/keep_moved_translations.py $(TS)
	@$(MAKE) --no-print-directory $(QM)

clean:  # the menu entry, the icon and the command's link (only if it is this copy's), then .venv
	-@[ -x $(BIN)/python ] && $(BIN)/python -m cramp_coach.desktop uninstall
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache $(QM)
