"""Embedding tables: how tokens enter a network.

A vocabulary of V tokens is given an embedding table of shape (V, d): row v is token v's
d-dimensional vector. Looking up token ids is picking rows, table[ids], which gives exactly
the same numbers as the one-hot matrix (a 1 in column ids[i] of row i, zeros elsewhere) times
the table: one_hot(ids, V) @ table. The lookup is just a faster way to do that product.

So its gradient is the gradient of a matrix product: if grad_out (same shape as the lookup's
output) is dL/d(output), then dL/d(table) = one_hot(ids, V)^T @ grad_out. Row v receives the SUM
of grad_out over every position where ids == v (a scatter-add), and rows of tokens that did
not appear receive 0.

Trained embeddings put similar tokens near each other; "near" is usually measured by cosine
similarity, the dot product of two vectors divided by both their lengths.
"""

import numpy as np


def one_hot(ids: np.ndarray, vocab_size: int) -> np.ndarray:
    """A (len(ids), vocab_size) float array: row i is all zeros except a 1 in column ids[i]."""
    raise NotImplementedError("not implemented yet: one_hot")


def embed(table: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The embeddings of integer ids (any shape) from a (V, d) table: shape ids.shape + (d,)."""
    raise NotImplementedError("not implemented yet: embed")


def embedding_grad(
    table_shape: tuple[int, int], ids: np.ndarray, grad_out: np.ndarray
) -> np.ndarray:
    """dL/d(table), shape table_shape, given grad_out = dL/d(embed(table, ids))."""
    raise NotImplementedError("not implemented yet: embedding_grad")


def most_similar(table: np.ndarray, i: int) -> int:
    """The index of the row (other than i) with the highest cosine similarity to row i."""
    raise NotImplementedError("not implemented yet: most_similar")
