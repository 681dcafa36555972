"""Background jobs whose answers come back on the GUI thread (mapapp.ui.tasks)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, QThread

from mapapp.ui.tasks import BackgroundRunner


def test_answers_come_back_on_the_gui_thread_and_stale_ones_are_dropped(qapp, qtbot):
    runner = BackgroundRunner()
    answers: list = []
    threads: list = []

    def answer(value) -> None:
        answers.append(value)
        threads.append(QThread.currentThread())

    gate = threading.Event()
    runner.run(lambda: (gate.wait(5), "old")[1], answer, answer)
    runner.run(lambda: "new", answer, answer)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert answers == ["new"]  # the older job's answer was superseded
    assert threads == [QCoreApplication.instance().thread()]
    failed: list = []
    runner.run(lambda: 1 / 0, answers.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0], ZeroDivisionError)
    runner.deleteLater()


STRESS = """
import random, threading, time
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mapapp.ui.tasks import BackgroundRunner
answers = []

def spin(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass

for _ in range(5000):
    runner = BackgroundRunner(latest_only=False)
    started = threading.Event()

    def job(started=started, seconds=random.random() * 0.0003):
        started.set()
        spin(seconds)
        return 1

    runner.run(job, answers.append, answers.append)
    started.wait(5)
    spin(random.random() * 0.0003)
    runner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
QThreadPool.globalInstance().waitForDone(5000)
QCoreApplication.processEvents()
print(len(answers))
"""


def test_a_runner_deleted_while_its_jobs_run_drops_their_answers():
    """Its window closed or its map view gone while a job runs: the job answers
    into nothing, and nothing crashes. (A relay owned by the runner was deleted
    while the job emitted on it from its thread: this script crashed in two
    runs of three before the fix, and the test suite once.) In a process of its
    own, so that a crash fails this test only."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", STRESS], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["0"]
