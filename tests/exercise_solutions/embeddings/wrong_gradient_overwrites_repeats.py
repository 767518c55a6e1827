"""Typical mistake: assigning the gradient rows, a repeated id keeps only its last one."""

import numpy as np


def one_hot(ids: np.ndarray, vocab_size: int) -> np.ndarray:
    return np.eye(vocab_size)[np.asarray(ids)]


def embed(table: np.ndarray, ids: np.ndarray) -> np.ndarray:
    return table[np.asarray(ids)]


def embedding_grad(
    table_shape: tuple[int, int], ids: np.ndarray, grad_out: np.ndarray
) -> np.ndarray:
    grad = np.zeros(table_shape)
    grad[np.asarray(ids)] = grad_out
    return grad


def most_similar(table: np.ndarray, i: int) -> int:
    unit = table / np.linalg.norm(table, axis=1, keepdims=True)
    scores = unit @ unit[i]
    scores[i] = -np.inf
    return int(np.argmax(scores))
