"""One short, distinct tone per check-in result, played with QSoundEffect.

The WAV files are generated here from sine tones (no recorded sounds, no
licences to worry about) and live in resources/sounds/. A laptop without an
audio device simply stays silent.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from ceremony.paths import RESOURCES

SOUNDS = RESOURCES / "sounds"
RATE = 22050
# name -> list of (frequency Hz, milliseconds); 0 Hz is a pause.
TONES = {
    "ok": [(880, 90), (1320, 140)],                       # rising two-note "ding-ding"
    "vip": [(784, 90), (988, 90), (1319, 200)],           # a bright three-note chime: escort the guest
    "already": [(660, 120), (0, 60), (660, 120)],         # two equal beeps: "seen you already"
    "invalid": [(220, 400)],                              # one long low buzz: not our code at all
    "other_event": [(294, 150), (0, 60), (294, 150)],     # two low beeps: another event's badge
    "revoked": [(392, 120), (262, 260)],                  # falling pair: this badge was replaced
    "unknown": [(330, 120), (0, 50), (330, 120), (0, 50), (330, 120)],  # three low: not on the roster
    "refused": [(440, 150), (0, 50), (330, 150), (0, 50), (262, 300)],  # falling three: health check failed
    "remeasure": [(523, 100), (0, 80), (523, 100), (0, 80), (523, 100)],  # three short, higher: measure again
}
STATUS_SOUND = {name: name for name in TONES if name != "vip"}


def write_tone(path: Path, notes: list[tuple[int, int]], volume: float = 0.5) -> None:
    """A mono 16-bit WAV of the given notes, each with a short fade to avoid clicks."""
    frames = bytearray()
    for freq, ms in notes:
        count = RATE * ms // 1000
        fade = max(1, min(count // 5, RATE // 200))
        for i in range(count):
            env = min(1.0, i / fade, (count - i) / fade)
            value = volume * env * math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


def ensure_sounds(folder: Path = SOUNDS) -> dict[str, Path]:
    """The tone files, written on first use if missing."""
    paths = {}
    for name, notes in TONES.items():
        path = folder / f"checkin_{name}.wav"
        if not path.exists():
            write_tone(path, notes)
        paths[name] = path
    return paths


class CheckinSounds(QObject):
    """Plays the tone for a result; silent when disabled or when there is no audio output."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.enabled = True
        self._effects = {}
        self.last_played = ""
        try:
            from PySide6.QtMultimedia import QSoundEffect
            for name, path in ensure_sounds().items():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[name] = effect
        except (ImportError, OSError):
            self._effects = {}

    def sound_for(self, status: str, vip: bool = False) -> str:
        return "vip" if status == "ok" and vip else STATUS_SOUND.get(status, "invalid")

    def play(self, status: str, vip: bool = False) -> None:
        name = self.sound_for(status, vip)
        self.last_played = name
        effect = self._effects.get(name)
        if self.enabled and effect is not None:
            effect.play()
