"""Schedules review histories with py-fsrs (the FSRS reference implementation, PyPI `fsrs`
6.x) for PeerTrack's agreement test.

Reads JSON from standard input: a list of histories, each a list of [day, grade] with days
counted from 0 and grades 1 (Again) to 4 (Easy). Writes JSON: for each history, for each
review, [stability, difficulty, due day]. Default parameters, retention 0.9, no fuzzing,
and no learning or relearning steps, so that every review is scheduled in whole days as
PeerTrack schedules them.
"""
import json
import sys
from datetime import datetime, timedelta, timezone

import fsrs
from importlib.metadata import version

scheduler = fsrs.Scheduler(
    desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False
)
base = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
out = []
for history in json.load(sys.stdin):
    card = fsrs.Card()
    states = []
    for day, grade in history:
        card, _ = scheduler.review_card(card, fsrs.Rating(grade), base + timedelta(days=day))
        states.append([card.stability, card.difficulty, (card.due - base).days])
    out.append(states)
json.dump({"version": version("fsrs"), "parameters": list(scheduler.parameters), "schedules": out}, sys.stdout)
