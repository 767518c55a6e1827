"""Tensors, shapes and broadcasting.

A tensor is an n-dimensional array; its shape says how many entries lie along each axis. A batch
of RGB images is (N, C, H, W): N images, C channels, H×W pixels. Broadcasting lets NumPy combine
arrays of different shapes without copying: axes of size 1 stretch to match, so an array of
shape (1, C, 1, 1) (one number per channel) can be subtracted from an (N, C, H, W) batch.

Write the functions below with broadcasting only: no Python loops over the data.
"""

import numpy as np


def normalize_channels(x: np.ndarray) -> np.ndarray:
    """``x`` of shape (N, C, H, W), with each channel shifted and scaled to mean 0 and standard
    deviation 1 over all images and pixels. Same shape as ``x``."""
    raise NotImplementedError("not implemented yet: normalize_channels")


def batched_matmul(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """For A of shape (b, n, k) and B of shape (b, k, m), the (b, n, m) array whose slice i is
    A[i] times B[i] (no loop over i; no @ or np.matmul either)."""
    raise NotImplementedError("not implemented yet: batched_matmul")


def pairwise_sq_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """For X of shape (n, d) and Y of shape (m, d), the (n, m) array of squared Euclidean
    distances between row i of X and row j of Y."""
    raise NotImplementedError("not implemented yet: pairwise_sq_distances")
