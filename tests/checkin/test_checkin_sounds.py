"""Each check-in state has its own short tone, generated as a WAV file."""

import hashlib
import wave

from ui.checkin.checkin_sounds import STATUS_SOUND, TONES, ensure_sounds, write_tone


def test_every_state_has_a_distinct_valid_wav(tmp_path):
    paths = ensure_sounds(tmp_path)
    assert set(paths) == set(TONES)
    digests = set()
    for name, path in paths.items():
        with wave.open(str(path)) as wav:
            assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
            seconds = wav.getnframes() / wav.getframerate()
            assert 0.1 < seconds < 1.0, name          # short: the next guest is already there
            digests.add(hashlib.sha256(wav.readframes(wav.getnframes())).hexdigest())
    assert len(digests) == len(TONES)
    assert set(STATUS_SOUND) == {"ok", "already", "invalid", "other_event", "revoked", "unknown", "refused",
                                 "remeasure"}


def test_shipped_sounds_match_the_generator(tmp_path):
    shipped = ensure_sounds()
    fresh = tmp_path / "x.wav"
    write_tone(fresh, TONES["ok"])
    assert shipped["ok"].read_bytes() == fresh.read_bytes()


def test_player_is_silent_but_safe_without_audio(qtbot):
    from ui.checkin.checkin_sounds import CheckinSounds
    sounds = CheckinSounds()
    for status in STATUS_SOUND:
        sounds.play(status)
    sounds.play("ok", vip=True)
    assert sounds.last_played == "vip"
    sounds.enabled = False
    sounds.play("refused")
    assert sounds.last_played == "refused"
