import numpy as np


def _float(name, value):
    """``value`` as a float, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a number") from None


def _rebuild(ex, A):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    got = np.asarray(ex.reconstruct(U, s, Vt), dtype=float)
    if got.shape != A.shape:
        raise AssertionError(f"reconstruct for a {A.shape} matrix returned shape {got.shape}")
    if not np.allclose(got, A):
        raise AssertionError(
            f"reconstruct(U, s, Vt) of a {A.shape} matrix differs from A by up "
            f"to {np.max(np.abs(got - A)):.3g}"
        )


def check_reconstruct_tall_matrix(ex) -> None:
    _rebuild(ex, np.random.default_rng(90).normal(size=(6, 4)))
    _rebuild(ex, np.random.default_rng(91).normal(size=(5, 5)))


def check_reconstruct_wide_matrix(ex) -> None:
    _rebuild(ex, np.random.default_rng(92).normal(size=(3, 7)))


def check_relative_error(ex) -> None:
    A = np.array([[3.0, 0.0], [0.0, 4.0]])
    for B, want in ((A, 0.0), (np.zeros((2, 2)), 1.0), (np.array([[3.0, 0.0], [0.0, 0.0]]), 0.8)):
        got = _float("relative_error", ex.relative_error(A, B))
        if not np.isclose(got, want):
            raise AssertionError(
                f"relative_error(diag(3, 4), {B.tolist()}) returned {got:.6g}, expected {want}"
            )


def check_singular_values_match_numpy(ex) -> None:
    rng = np.random.default_rng(93)
    for shape in ((8, 5), (4, 9), (6, 6)):
        A = rng.normal(size=shape)
        got = np.asarray(ex.singular_values(A), dtype=float)
        want = np.linalg.svd(A, compute_uv=False)
        if got.shape != want.shape:
            raise AssertionError(
                f"singular_values of a {shape} matrix returned shape {got.shape}, "
                f"expected {want.shape} (min(m, n) values)"
            )
        if not np.allclose(got, want, atol=1e-8):
            raise AssertionError(
                f"singular values of a {shape} matrix: got {np.round(got, 4).tolist()}, "
                f"expected {np.round(want, 4).tolist()}"
            )


def check_singular_values_sorted_and_non_negative(ex) -> None:
    A = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])  # rank 1: one value is 0
    got = np.asarray(ex.singular_values(A), dtype=float)
    if not np.all(np.isfinite(got)) or np.any(got < 0):
        raise AssertionError(
            f"singular values of a rank-1 matrix: {got.tolist()}; they must be "
            "finite and ≥ 0 (clip rounding below zero)"
        )
    if not np.all(np.diff(got) <= 0) or not np.allclose(got, [np.sqrt(70.0), 0.0], atol=1e-6):
        raise AssertionError(f"got {got.tolist()}, expected [{np.sqrt(70):.6g}, 0], largest first")


def check_truncation_error_matches_singular_values(ex) -> None:
    A = np.random.default_rng(94).normal(size=(9, 6))
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    for k in (1, 3, 5):
        approx = np.asarray(ex.reconstruct(U[:, :k], s[:k], Vt[:k]), dtype=float)
        got = _float("relative_error", ex.relative_error(A, approx))
        want = float(np.sqrt(np.sum(s[k:] ** 2) / np.sum(s**2)))
        if not np.isclose(got, want):
            raise AssertionError(
                f"keeping k = {k} of 6 singular values: relative error {got:.6g}, "
                f"expected sqrt(sum of dropped s²) / sqrt(sum of all s²) = {want:.6g}"
            )
