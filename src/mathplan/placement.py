"""Placement: find out what the learner already knows, one concrete self-check at a time.

Core topics are asked from the bottom of the graph up (the plan's study order). A "no" makes
asking about anything built on that topic pointless, so those are skipped and stay in the plan.
Pure: the CLI asks the questions and stores the answers.
"""

from __future__ import annotations

from typing import Any

from mathplan.plan import Plan, PlannedTopic, hours_of
from mathplan.progress import Progress, known_topics


class Placement:
    def __init__(self, plan: Plan, progress: Progress) -> None:
        self._plan = plan
        settled = set(progress.done) | known_topics(plan, progress)
        self._settled_quarters = sum(t.quarters for t in plan.topics if t.id in settled)
        self._candidates = [t for t in plan.topics if t.priority == "core" and t.id not in settled]
        self._position = 0
        self._unknown: set[str] = set()  # answered no, or built on something answered no
        self.known: list[str] = []
        self.skipped: list[str] = []
        self.asked = 0

    def next_question(self) -> PlannedTopic | None:
        """The next topic worth asking about, or None when the walk is over."""
        while self._position < len(self._candidates):
            topic = self._candidates[self._position]
            if any(p in self._unknown for p in topic.prerequisites):
                self._unknown.add(topic.id)
                self.skipped.append(topic.id)
                self._position += 1
                continue
            return topic
        return None

    def answer(self, topic_id: str, knows_it: bool) -> None:
        current = self._candidates[self._position]
        if current.id != topic_id:
            raise ValueError(f"expected an answer about {current.id}, got {topic_id}")
        self._position += 1
        self.asked += 1
        if knows_it:
            self.known.append(topic_id)
        else:
            self._unknown.add(topic_id)

    def summary(self) -> dict[str, Any]:
        saved = sum(t.quarters for t in self._plan.topics if t.id in self.known)
        remaining = self._plan.planned_quarters - self._settled_quarters - saved
        return {
            "asked": self.asked,
            "known": list(self.known),
            "skipped": list(self.skipped),
            "hours_saved": hours_of(saved),
            "remaining_hours": hours_of(remaining),
        }
