"""Every runner transition, driven by pure events with explicit monotonic times."""

from __future__ import annotations

import pytest

from console.domain.grades import ResistanceGrade
from console.domain.plan import PhaseKind, Phases
from console.domain.runner import (
    Adjust,
    Cue,
    CursorMoved,
    Effect,
    EnterGrade,
    EnterNote,
    EnterPain,
    Entry,
    EntryError,
    Event,
    Finish,
    Next,
    Pause,
    PhaseEnded,
    Previous,
    RecordGrade,
    RecordNote,
    RecordPain,
    Resume,
    RunnerState,
    SessionFinished,
    SkipProtocol,
    Speak,
    Start,
    StartStopTimer,
    Tick,
    Timer,
    TogglePause,
    apply,
    initial_state,
    length,
    remaining,
    resume_state,
)
from tests.unit.runner_builders import hold_relax, phases_for, protocol, step

K = PhaseKind

# Indices of the two-protocol session below.
PAIN_START = 0
POS1, HOLD1, RELAX1, MOVE1, GRADE1, SET_REST = 1, 2, 3, 4, 5, 6
POS2, HOLD2, RELAX2, MOVE2, GRADE2 = 7, 8, 9, 10, 11
POS_BB, HOLD_BB, RELAX_BB, MOVE_BB, GRADE_BB = 12, 13, 14, 15, 16
PAIN_END, DONE = 17, 18


def two_protocols() -> Phases:
    protos = [hold_relax("aa", sets=2, rest_between_sets_s=30), hold_relax("bb")]
    return phases_for(protos, ("aa", "left"), ("bb", "right"))


class Run:
    """Applies events one after another, keeping the state."""

    def __init__(self, phases: Phases | None = None, state: RunnerState | None = None) -> None:
        self.phases = phases if phases is not None else two_protocols()
        self.state = state if state is not None else initial_state()

    def __call__(self, event: Event) -> tuple[Effect, ...]:
        self.state, effects = apply(self.state, event, self.phases)
        return effects

    def at(self, index: int) -> Run:
        self.state = resume_state(self.phases, index)
        return self

    @property
    def kind(self) -> PhaseKind:
        return self.phases[self.state.index].kind


def test_the_expected_layout() -> None:
    phases = two_protocols()
    assert len(phases) == DONE + 1
    assert phases[SET_REST].kind is K.SET_REST
    assert phases[POS2].set_number == 2
    assert phases[POS_BB].protocol_id == "bb"
    assert phases[PAIN_END].kind is K.PAIN_END


# ------------------------------------------------------------------ start and finish


def test_start_opens_the_first_phase_and_saves_the_cursor() -> None:
    run = Run()
    assert run(Start(10.0)) == (CursorMoved(0),)
    assert run.state.started and run.state.index == 0
    assert run.kind is K.PAIN_START
    assert run(Start(11.0)) == ()  # once started, Start is ignored


def test_events_before_start_are_ignored_but_next_starts() -> None:
    run = Run()
    for event in (Previous(1), SkipProtocol(1), Tick(1), Pause(1), Adjust(1, 5)):
        assert run(event) == ()
    assert run(EnterPain(1, 3)) == ()
    assert run.state == initial_state()
    assert run(Next(2.0)) == (CursorMoved(0),)
    assert run.state.started


def test_finish_ends_the_session_at_any_point_and_everything_after_is_ignored() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    assert run(Finish(2.0)) == (SessionFinished(HOLD1),)
    assert run.state.finished and run.state.timer is Timer.IDLE
    finished = run.state
    for event in (Next(3), Tick(100), EnterGrade(3, "4"), EnterNote(3, "x"), Finish(4)):
        assert run(event) == ()
    assert run.state == finished


def test_finish_before_start() -> None:
    run = Run()
    assert run(Finish(0.0)) == (SessionFinished(0),)
    assert run(Start(1.0)) == ()


# --------------------------------------------------------------- next and auto-advance


def test_pain_at_the_opening_prompt_is_recorded_and_moves_on() -> None:
    run = Run()
    run(Start(0.0))
    effects = run(EnterPain(1.0, 4))
    assert effects == (RecordPain(4, "start", PAIN_START), CursorMoved(POS1))
    assert run.state.last_entry == Entry("pain", "4", PAIN_START)


def test_next_into_a_timed_phase_starts_its_timer_and_speaks() -> None:
    run = Run().at(POS1)
    effects = run(Next(100.0))
    phase = run.phases[HOLD1]
    assert phase.step is not None and phase.step.command is not None
    assert effects == (
        CursorMoved(HOLD1),
        Cue("start", HOLD1, K.HOLD),
        Speak(phase.step.command, HOLD1),
    )
    assert run.state.timer is Timer.RUNNING
    assert run.state.target == 106.0
    assert run.state.countdown == 3


def test_a_timed_phase_ends_at_its_target_and_the_next_timed_one_starts_from_it() -> None:
    run = Run().at(POS1)
    run(Next(100.0))
    run(Tick(105.99))
    assert run.state.index == HOLD1
    effects = run(Tick(106.02))
    assert effects[:3] == (
        PhaseEnded(HOLD1, 106.0, 106.02),
        Cue("end", HOLD1, K.HOLD),
        CursorMoved(RELAX1),
    )
    assert Cue("start", RELAX1, K.RELAX) in effects
    assert run.state.index == RELAX1
    assert run.state.target == 109.0  # from the target, not from 106.02


def test_a_timed_phase_stops_at_the_untimed_phase_after_it() -> None:
    run = Run().at(RELAX1)
    run(Next(0.0))  # idle timed phase: Next starts it
    assert run.state.index == RELAX1 and run.state.timer is Timer.RUNNING
    effects = run(Tick(3.0))
    move = run.phases[MOVE1]
    assert move.step is not None and move.step.command is not None
    assert effects == (
        PhaseEnded(RELAX1, 3.0, 3.0),
        Cue("end", RELAX1, K.RELAX),
        CursorMoved(MOVE1),
        Speak(move.step.command, MOVE1),
    )
    assert run.state.timer is Timer.IDLE
    assert run(Tick(50.0)) == ()
    assert run.state.index == MOVE1


def test_next_during_a_running_timer_cuts_the_phase_short() -> None:
    run = Run().at(HOLD1)
    run(Next(0.0))
    effects = run(Next(2.0))
    assert effects[0] == CursorMoved(RELAX1)
    assert run.state.target == 5.0  # the relax starts now, its full length


def test_next_at_the_grade_prompt_without_a_grade_records_nothing() -> None:
    run = Run().at(GRADE1)
    effects = run(Next(0.0))
    assert not any(isinstance(e, RecordGrade) for e in effects)
    assert run.state.index == SET_REST
    assert run.state.timer is Timer.RUNNING and run.state.target == 30.0


def test_set_rest_runs_into_the_next_set_and_waits_at_its_position() -> None:
    run = Run().at(SET_REST)
    run(Next(0.0))
    run(Tick(30.01))
    assert run.state.index == POS2
    assert run.phases[POS2].set_number == 2
    assert run.state.timer is Timer.IDLE


def test_next_at_done_does_nothing() -> None:
    run = Run().at(DONE)
    assert run(Next(0.0)) == ()
    assert run.state.index == DONE


def test_pain_at_the_closing_prompt_moves_to_done() -> None:
    run = Run().at(PAIN_END)
    assert run(EnterPain(0.0, 2)) == (RecordPain(2, "end", PAIN_END), CursorMoved(DONE))
    assert run(EnterPain(1.0, 3)) == (RecordPain(3, "end", DONE),)
    assert run.state.index == DONE


# --------------------------------------------------------------------- back and skip


def test_previous_goes_back_one_phase_with_its_timer_idle_and_silent() -> None:
    run = Run().at(RELAX1)
    run(Next(0.0))
    assert run(Previous(1.0)) == (CursorMoved(HOLD1),)
    assert run.state.timer is Timer.IDLE and run.state.target is None
    assert remaining(run.state, run.phases, 99.0) == 6.0
    effects = run(Next(2.0))  # an idle timed phase: Next starts it, it does not leave
    assert run.state.index == HOLD1 and run.state.target == 8.0
    assert Cue("start", HOLD1, K.HOLD) in effects
    assert any(isinstance(e, Speak) for e in effects)


def test_previous_crosses_a_set_boundary() -> None:
    run = Run().at(POS2)
    assert run(Previous(0.0)) == (CursorMoved(SET_REST),)
    assert run.phases[run.state.index].set_number == 1
    run(Previous(1.0))
    assert run.state.index == GRADE1
    run(EnterGrade(2.0, "4"))  # the grade missed at the prompt, entered after all
    assert run.state.index == SET_REST
    assert run.state.timer is Timer.RUNNING


def test_previous_crosses_a_protocol_boundary() -> None:
    run = Run().at(POS_BB)
    run(Previous(0.0))
    assert run.state.index == GRADE2
    assert run.phases[run.state.index].protocol_id == "aa"


def test_previous_at_the_first_phase_does_nothing() -> None:
    run = Run()
    run(Start(0.0))
    assert run(Previous(1.0)) == ()
    assert run.state.index == 0


def test_skip_protocol_jumps_to_the_next_items_first_phase() -> None:
    run = Run().at(HOLD2)
    run(Next(0.0))
    assert run(SkipProtocol(1.0)) == (CursorMoved(POS_BB),)
    assert run.state.timer is Timer.IDLE and run.state.target is None
    run(SkipProtocol(2.0))
    assert run.state.index == PAIN_END
    assert run(SkipProtocol(3.0)) == ()


def test_skip_protocol_from_the_opening_prompt_goes_to_the_first_protocol() -> None:
    run = Run()
    run(Start(0.0))
    run(SkipProtocol(1.0))
    assert run.state.index == POS1


def test_skip_into_a_timed_first_phase_starts_it() -> None:
    protos = [hold_relax("aa"), protocol("bb", [step("hold", 5)])]
    run = Run(phases_for(protos, ("aa", "left"), ("bb", "left"))).at(1)
    run(SkipProtocol(10.0))
    assert run.kind is K.HOLD and run.state.target == 15.0


# ------------------------------------------------------------------------ the timer


def test_space_starts_stops_and_resumes_the_timer() -> None:
    run = Run().at(HOLD1)
    effects = run(StartStopTimer(0.0))
    assert effects[0] == Cue("start", HOLD1, K.HOLD)
    assert run.state.timer is Timer.RUNNING and run.state.target == 6.0
    assert run(StartStopTimer(2.0)) == ()
    assert run.state.timer is Timer.IDLE
    assert remaining(run.state, run.phases, 3.0) == 6.0  # stop puts it back to the start
    run(StartStopTimer(3.0))
    run(Pause(4.0))
    assert run(StartStopTimer(10.0)) == ()
    assert run.state.timer is Timer.RUNNING and run.state.target == 15.0


def test_space_on_an_untimed_phase_does_nothing() -> None:
    run = Run().at(POS1)
    assert run(StartStopTimer(0.0)) == ()
    assert run.state.timer is Timer.IDLE


def test_pause_during_a_hold_freezes_the_remaining_time_and_resume_extends_the_target() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(100.0))
    assert run(Pause(102.5)) == ()
    assert run.state.timer is Timer.PAUSED
    assert run.state.remaining == 3.5
    for now in (103.0, 110.0, 500.0):
        assert run(Tick(now)) == ()
        assert remaining(run.state, run.phases, now) == 3.5
    assert run.state.index == HOLD1
    run(Resume(500.0))
    assert run.state.timer is Timer.RUNNING and run.state.target == 503.5
    assert run(Tick(503.0)) == (Cue("countdown", HOLD1, K.HOLD, 1),)
    effects = run(Tick(503.5))
    assert effects[0] == PhaseEnded(HOLD1, 503.5, 503.5)
    assert run.state.index == RELAX1 and run.state.target == 506.5


def test_pause_and_resume_only_act_where_they_make_sense() -> None:
    run = Run().at(HOLD1)
    assert run(Pause(0.0)) == ()  # idle
    assert run(Resume(0.0)) == ()
    run(StartStopTimer(0.0))
    assert run(Resume(1.0)) == ()  # running
    run(Pause(1.0))
    assert run(Pause(2.0)) == ()
    assert run.state.remaining == 5.0


def test_pause_after_the_target_freezes_at_zero() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    run(Pause(7.0))
    assert run.state.remaining == 0.0
    run(Resume(20.0))
    run(Tick(20.0))
    assert run.state.index == RELAX1


def test_toggle_pause_pauses_and_resumes() -> None:
    run = Run().at(HOLD1)
    assert run(TogglePause(0.0)) == ()  # idle: nothing to pause
    run(StartStopTimer(0.0))
    run(TogglePause(1.0))
    assert run.state.timer is Timer.PAUSED
    run(TogglePause(4.0))
    assert run.state.timer is Timer.RUNNING and run.state.target == 9.0


def test_lengthen_a_running_timer() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    run(Adjust(1.0, 5.0))
    assert run.state.target == 11.0
    assert run.state.extra_s == 5.0
    assert length(run.state, run.phases[HOLD1]) == 11.0
    assert run(Tick(6.0)) == ()
    assert run.state.index == HOLD1
    run(Tick(11.0))
    assert run.state.index == RELAX1
    assert run.state.extra_s == 0.0  # a change is for that phase only
    assert run.state.target == 14.0


def test_shorten_a_running_timer() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    run(Adjust(0.5, -5.0))
    assert run.state.target == 1.0
    assert run.state.extra_s == -5.0
    assert run.state.countdown == 0  # the cues above 0.5 s are gone
    run(Tick(1.0))
    assert run.state.index == RELAX1 and run.state.target == 4.0


def test_shortening_past_zero_ends_the_phase_now() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    effects = run(Adjust(3.0, -5.0))
    assert effects[:2] == (PhaseEnded(HOLD1, 3.0, 3.0), Cue("end", HOLD1, K.HOLD))
    assert run.state.index == RELAX1
    assert run.state.target == 6.0  # the next phase starts now, never in the past
    assert remaining(run.state, run.phases, 3.0) == 3.0


def test_adjust_while_paused_changes_the_frozen_time() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    run(Pause(2.0))
    run(Adjust(3.0, 5.0))
    assert run.state.remaining == 9.0 and run.state.timer is Timer.PAUSED
    run(Adjust(4.0, -5.0))
    assert run.state.remaining == 4.0
    run(Resume(10.0))
    assert run.state.target == 14.0


def test_shortening_past_zero_while_paused_leaves_the_next_timed_phase_waiting() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    run(Pause(4.0))
    effects = run(Adjust(5.0, -5.0))
    assert effects[0] == PhaseEnded(HOLD1, 5.0, 5.0)
    assert run.state.index == RELAX1
    assert run.state.timer is Timer.IDLE
    assert not any(isinstance(e, Cue) and e.kind == "start" for e in effects)


def test_adjust_an_idle_timer_never_below_zero() -> None:
    run = Run().at(HOLD1)
    run(Adjust(0.0, 5.0))
    assert remaining(run.state, run.phases, 0.0) == 11.0
    for _ in range(4):
        run(Adjust(0.0, -5.0))
    assert remaining(run.state, run.phases, 0.0) == 0.0
    assert run.state.extra_s == -6.0
    run(StartStopTimer(1.0))
    run(Tick(1.0))
    assert run.state.index == RELAX1


def test_adjust_an_untimed_phase_does_nothing() -> None:
    run = Run().at(POS1)
    assert run(Adjust(0.0, 5.0)) == ()
    assert run.state.extra_s == 0.0


@pytest.mark.parametrize("seconds", [float("nan"), float("inf"), float("-inf")])
def test_a_non_finite_adjustment_is_an_entry_error(seconds: float) -> None:
    run = Run().at(HOLD1)
    with pytest.raises(EntryError):
        run(Adjust(0.0, seconds))


def test_countdown_cues_fire_once_each_at_three_two_one() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    cues: list[tuple[float, int | None]] = []
    now = 0.0
    while run.state.index == HOLD1:
        now = round(now + 0.05, 2)
        for effect in run(Tick(now)):
            if isinstance(effect, Cue) and effect.kind == "countdown":
                cues.append((now, effect.n))
    assert cues == [(3.0, 3), (4.0, 2), (5.0, 1)]


def test_a_late_tick_fires_only_the_last_countdown_cue_it_crossed() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    assert run(Tick(4.5)) == (Cue("countdown", HOLD1, K.HOLD, 2),)
    assert run(Tick(4.9)) == ()
    assert run(Tick(5.2)) == (Cue("countdown", HOLD1, K.HOLD, 1),)


def test_lengthening_rearms_the_countdown() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    run(Tick(5.5))
    assert run.state.countdown == 0
    run(Adjust(5.5, 5.0))  # 5.5 s left
    assert run.state.countdown == 3
    assert run(Tick(8.0)) == (Cue("countdown", HOLD1, K.HOLD, 3),)


def test_a_short_phase_counts_down_only_what_it_has() -> None:
    run = Run().at(RELAX1)  # 3 s: at the start 3 s are left, nothing is crossed yet
    run(StartStopTimer(0.0))
    assert run.state.countdown == 2
    fired = [e.n for now in (0.5, 1.0, 2.0, 2.5) for e in run(Tick(now)) if isinstance(e, Cue)]
    assert fired == [2, 1]


def test_one_late_tick_ends_every_phase_it_passed() -> None:
    proto = protocol("quick", [step("hold", 0.5), step("relax", 0.5), step("rest", 5)])
    run = Run(phases_for([proto], ("quick", "left"))).at(1)
    run(StartStopTimer(0.0))
    effects = run(Tick(1.2))
    ended = [e for e in effects if isinstance(e, PhaseEnded)]
    assert ended == [PhaseEnded(1, 0.5, 1.2), PhaseEnded(2, 1.0, 1.2)]
    assert run.state.index == 3 and run.state.target == 6.0


def test_after_a_long_stall_the_next_phase_starts_from_now() -> None:
    run = Run().at(HOLD1)
    run(StartStopTimer(0.0))
    run(Tick(10.0))  # 4 s late: the relax still gets its 3 s
    assert run.state.index == RELAX1
    assert run.state.target == 13.0


def test_tick_on_an_untimed_or_idle_phase_does_nothing() -> None:
    run = Run().at(POS1)
    assert run(Tick(1000.0)) == ()
    run = Run().at(HOLD1)
    assert run(Tick(1000.0)) == ()


# --------------------------------------------------------------- grades, pain, notes


VALID_GRADES = ["0", "0+", "1-", "1", "1+", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+"]
VALID_GRADES += ["5-", "5", " 4+ "]
INVALID_GRADES = ["5+", "0-", "6", "-1", "", "4++", "+4", "four", "4.5", "10", "٣"]


@pytest.mark.parametrize("value", VALID_GRADES)
def test_every_oxford_grade_is_recorded_at_the_prompt(value: str) -> None:
    run = Run().at(GRADE2)
    effects = run(EnterGrade(0.0, value))
    normal = value.strip()
    assert effects[0] == RecordGrade(ResistanceGrade.parse(normal), "aa", "left", 2, GRADE2, 0)
    assert effects[1] == CursorMoved(POS_BB)
    assert run.state.last_entry == Entry("grade", normal, GRADE2)


@pytest.mark.parametrize("value", INVALID_GRADES)
def test_an_invalid_grade_is_an_entry_error_and_changes_nothing(value: str) -> None:
    run = Run().at(GRADE1)
    before = run.state
    with pytest.raises(EntryError):
        run(EnterGrade(0.0, value))
    assert run.state == before


def test_a_grade_during_a_hold_is_recorded_without_moving() -> None:
    run = Run().at(HOLD2)
    run(StartStopTimer(0.0))
    effects = run(EnterGrade(1.0, "3+"))
    assert effects == (RecordGrade(ResistanceGrade.parse("3+"), "aa", "left", 2, HOLD2, 0),)
    assert run.state.index == HOLD2 and run.state.timer is Timer.RUNNING


def test_a_grade_outside_any_protocol_is_ignored() -> None:
    for index in (PAIN_START, PAIN_END, DONE):
        run = Run().at(index)
        assert run(EnterGrade(0.0, "4")) == ()
        assert run.state.index == index


@pytest.mark.parametrize("score", range(11))
def test_every_pain_score_from_0_to_10_is_recorded(score: int) -> None:
    run = Run().at(PAIN_START)
    assert run(EnterPain(0.0, score))[0] == RecordPain(score, "start", PAIN_START)


@pytest.mark.parametrize("score", [-1, 11, 100, True])
def test_a_pain_score_outside_0_to_10_is_an_entry_error(score: int) -> None:
    run = Run().at(PAIN_START)
    before = run.state
    with pytest.raises(EntryError):
        run(EnterPain(0.0, score))
    assert run.state == before


def test_pain_during_a_protocol_is_recorded_without_moving() -> None:
    run = Run().at(MOVE1)
    assert run(EnterPain(0.0, 6)) == (RecordPain(6, None, MOVE1, "aa", "left", 1),)
    assert run.state.index == MOVE1


def test_a_note_is_recorded_with_where_it_was_taken() -> None:
    run = Run().at(RELAX2)
    assert run(EnterNote(0.0, "  guarding at end range ")) == (
        RecordNote("guarding at end range", RELAX2, "aa", "left", 2),
    )
    run = Run().at(PAIN_START)
    assert run(EnterNote(0.0, "arrived late")) == (RecordNote("arrived late", 0, None, None, None),)
    assert run(EnterNote(0.0, "   ")) == ()


# ------------------------------------------------------------------------- resume


def test_resume_state_rebuilds_an_idle_state_at_the_saved_phase() -> None:
    phases = two_protocols()
    state = resume_state(phases, HOLD2)
    assert state == RunnerState(index=HOLD2, started=True)
    run = Run(phases, state)
    run(Next(50.0))
    assert run.state.index == HOLD2 and run.state.target == 56.0


@pytest.mark.parametrize(("cursor", "index"), [(-3, 0), (DONE + 5, DONE)])
def test_resume_state_brings_a_stale_cursor_inside(cursor: int, index: int) -> None:
    assert resume_state(two_protocols(), cursor).index == index


def test_no_phases_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="at least one phase"):
        apply(initial_state(), Start(0.0), ())
    with pytest.raises(ValueError, match="at least one phase"):
        resume_state((), 0)


def test_apply_never_changes_its_arguments() -> None:
    phases = two_protocols()
    state = resume_state(phases, HOLD1)
    new, _ = apply(state, StartStopTimer(0.0), phases)
    assert state == RunnerState(index=HOLD1, started=True)
    assert new is not state
    assert phases == two_protocols()
