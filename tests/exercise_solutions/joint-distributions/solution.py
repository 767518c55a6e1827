"""Reference solution: joint, marginal and conditional distributions."""

from itertools import pairwise

import numpy as np


def joint_from_counts(counts: np.ndarray) -> np.ndarray:
    counts = np.asarray(counts, dtype=float)
    return counts / counts.sum()


def marginals(joint: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    joint = np.asarray(joint, dtype=float)
    return joint.sum(axis=1), joint.sum(axis=0)


def conditional_y_given_x(joint: np.ndarray) -> np.ndarray:
    joint = np.asarray(joint, dtype=float)
    return joint / joint.sum(axis=1, keepdims=True)


def joint_from_chain_rule(p_x: np.ndarray, conditional: np.ndarray) -> np.ndarray:
    return np.asarray(p_x, dtype=float)[:, None] * np.asarray(conditional, dtype=float)


def independent_joint(p_x: np.ndarray, p_y: np.ndarray) -> np.ndarray:
    return np.outer(p_x, p_y)


def sequence_probability(first: np.ndarray, transition: np.ndarray, tokens: list[int]) -> float:
    probability = float(first[tokens[0]])
    for current, following in pairwise(tokens):
        probability *= float(transition[current, following])
    return probability
