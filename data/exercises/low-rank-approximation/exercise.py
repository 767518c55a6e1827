"""Low-rank approximation (Eckart–Young).

Truncating the SVD A = U diag(s) Vᵀ after k terms gives A_k = U_k diag(s_k) V_kᵀ, and the
Eckart–Young theorem says no matrix of rank k is closer to A: the error is exactly what the
dropped singular values carry, ‖A − A_k‖_F = sqrt(s_{k+1}² + ... + s_r²) (and ‖A − A_k‖₂ = s_{k+1}).
This is why a weight matrix or an image with fast-decaying singular values can be stored in
k·(m + n + 1) numbers instead of m·n, the idea behind LoRA and low-rank compression.

Write the functions with NumPy (np.linalg.svd is fine).
"""

import numpy as np


def best_rank_k(A: np.ndarray, k: int) -> np.ndarray:
    """The best rank-k approximation of the (m, n) matrix A, shape (m, n)."""
    raise NotImplementedError("not implemented yet: best_rank_k")


def approximation_error(A: np.ndarray, k: int) -> float:
    """‖A − A_k‖_F for the best rank-k approximation A_k, computed from the singular values."""
    raise NotImplementedError("not implemented yet: approximation_error")


def parameter_count(m: int, n: int, k: int) -> int:
    """How many numbers store a rank-k approximation of an m×n matrix as U_k, s_k and V_kᵀ."""
    raise NotImplementedError("not implemented yet: parameter_count")
