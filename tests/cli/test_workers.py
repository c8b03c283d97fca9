"""The batch's worker processes (issue 23): results in order, a dead worker costs one
result (after a second try), a task past its time is stopped, and no worker outlives the
map however it ends. Workers are real forked processes; every wait here is bounded (the
map's own ticks, and pytest-timeout as the suite's watchdog)."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from spukdos_cli.cli.workers import Lost, WorkerFailed, ordered_map
from tests.support.stopping import children

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")


def _lost(item: object, why: Lost) -> object:
    return ("lost", item, why.signal, why.timed_out)


def _square(item: int) -> int:
    if item % 7 == 3:
        time.sleep(0.01)  # some take longer, so results arrive out of order
    return item * item


def test_results_come_in_the_order_of_the_items() -> None:
    items = list(range(300))
    results = list(ordered_map(_square, items, jobs=3, lost=_lost))
    assert results == [i * i for i in items]


def test_a_worker_that_dies_on_every_try_costs_that_item_only() -> None:
    def die_on_five(item: int) -> int:
        if item == 5:
            os.kill(os.getpid(), signal.SIGKILL)
        return item + 100

    results = list(ordered_map(die_on_five, list(range(10)), jobs=2, lost=_lost))
    assert results[5] == ("lost", 5, signal.SIGKILL, False)
    assert results[:5] + results[6:] == [i + 100 for i in range(10) if i != 5]


def test_a_worker_killed_once_is_replaced_and_its_item_tried_again(tmp_path: Path) -> None:
    marker = tmp_path / "died-once"

    def die_once_on_four(item: int) -> int:
        if item == 4 and not marker.exists():
            marker.write_text("x")
            os._exit(3)  # as an abort or the OOM killer would end it
        return item * 2

    results = list(ordered_map(die_once_on_four, list(range(8)), jobs=2, lost=_lost))
    assert marker.exists()
    assert results == [i * 2 for i in range(8)]


def test_a_task_past_its_time_is_stopped_and_the_others_go_on() -> None:
    def slow_on_two(item: int) -> int:
        if item == 2:
            time.sleep(60)
        return item

    results = list(ordered_map(slow_on_two, list(range(6)), jobs=2, lost=_lost, timeout=0.5))
    assert results == [0, 1, ("lost", 2, signal.SIGKILL, True), 3, 4, 5]


def test_an_exception_in_a_worker_stops_the_map_with_its_traceback() -> None:
    def fail_on_one(item: int) -> int:
        if item == 1:
            raise ValueError("kapot")
        return item

    with pytest.raises(WorkerFailed, match="ValueError: kapot"):
        list(ordered_map(fail_on_one, [0, 1, 2], jobs=2, lost=_lost))
    assert children(os.getpid()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_no_worker_outlives_a_map_that_is_closed_early() -> None:
    def slow(item: int) -> int:
        time.sleep(30 if item else 0)
        return item

    results = ordered_map(slow, [0, 1, 2, 3], jobs=3, lost=_lost)
    assert next(results) == 0
    assert len(children(os.getpid())) == 3
    results.close()  # what an exception or a signal in the caller does
    assert children(os.getpid()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_leave_signals_to_the_main_process() -> None:
    seen: list[int] = []

    def send_term_to_self(item: int) -> int:
        os.kill(os.getpid(), signal.SIGTERM)  # ignored in a worker
        os.kill(os.getpid(), signal.SIGINT)
        return item

    for result in ordered_map(send_term_to_self, [1, 2, 3], jobs=2, lost=_lost):
        seen.append(result)  # type: ignore[arg-type]
    assert seen == [1, 2, 3]
