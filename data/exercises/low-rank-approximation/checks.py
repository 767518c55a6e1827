import numpy as np


def _float(name, value):
    """``value`` as a float, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a number") from None


def _int(name, value):
    """``value`` as an int, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a whole number") from None


def _matrix():
    rng = np.random.default_rng(100)
    return (
        rng.normal(size=(12, 8))
        @ np.diag([8.0, 6.0, 5.0, 3.0, 2.0, 1.0, 0.5, 0.1])
        @ rng.normal(size=(8, 8))
    )


def _approx(ex, A, k):
    got = np.asarray(ex.best_rank_k(A, k), dtype=float)
    if got.shape != A.shape:
        raise AssertionError(f"best_rank_k of a {A.shape} matrix returned shape {got.shape}")
    return got


def check_result_has_rank_k(ex) -> None:
    A = _matrix()
    for k in (1, 3, 5):
        rank = np.linalg.matrix_rank(_approx(ex, A, k), tol=1e-8)
        if rank != k:
            raise AssertionError(f"best_rank_k(A, {k}) has rank {rank}, expected {k}")


def check_error_equals_the_tail_singular_values(ex) -> None:
    A = _matrix()
    s = np.linalg.svd(A, compute_uv=False)
    for k in (1, 2, 4, 6):
        E = A - _approx(ex, A, k)
        fro, spectral = np.linalg.norm(E), np.linalg.norm(E, 2)
        want = np.sqrt(np.sum(s[k:] ** 2))
        if not np.isclose(fro, want, rtol=1e-6):
            raise AssertionError(
                f"k = {k}: ‖A − A_k‖_F = {fro:.6g}, but the dropped singular "
                f"values give sqrt(sum s_i², i > k) = {want:.6g}"
            )
        if not np.isclose(spectral, s[k], rtol=1e-6):
            raise AssertionError(
                f"k = {k}: ‖A − A_k‖₂ = {spectral:.6g}, expected s_(k+1) = {s[k]:.6g}"
            )


def check_beats_other_rank_k_approximations(ex) -> None:
    A = _matrix()
    rng = np.random.default_rng(101)
    k = 3
    best = np.linalg.norm(A - _approx(ex, A, k))
    for _ in range(5):
        cols = rng.choice(A.shape[1], size=k, replace=False)
        C = A[:, cols]
        other = C @ np.linalg.lstsq(C, A, rcond=None)[0]  # best fit within k chosen columns
        if np.linalg.norm(A - other) < best - 1e-9:
            raise AssertionError(
                f"a rank-{k} fit from {k} columns of A has error "
                f"{np.linalg.norm(A - other):.4g}, below best_rank_k's {best:.4g}"
            )


def check_recovers_a_low_rank_matrix(ex) -> None:
    rng = np.random.default_rng(102)
    L = rng.normal(size=(30, 4)) @ rng.normal(size=(4, 20))
    A = L + 1e-6 * rng.normal(size=L.shape)
    got = _approx(ex, A, 4)
    rel = np.linalg.norm(got - L) / np.linalg.norm(L)
    if rel > 1e-5:
        raise AssertionError(
            f"a rank-4 matrix plus noise of size 1e-6: the rank-4 approximation is "
            f"off by a relative {rel:.3g}, expected about 1e-7"
        )
    full = _approx(ex, A, 20)
    if not np.allclose(full, A):
        raise AssertionError("best_rank_k(A, min(m, n)) should give A back exactly")


def check_error_from_singular_values(ex) -> None:
    A = _matrix()
    s = np.linalg.svd(A, compute_uv=False)
    for k in (0, 2, 5, 8):
        got = _float("approximation_error", ex.approximation_error(A, k))
        want = float(np.sqrt(np.sum(s[k:] ** 2)))
        if not np.isclose(got, want, rtol=1e-6):
            raise AssertionError(
                f"approximation_error(A, {k}) returned {got:.6g}, expected "
                f"{want:.6g} (k = 0 gives ‖A‖_F)"
            )


def check_parameter_count(ex) -> None:
    for (m, n, k), want in (((512, 512, 16), 16400), ((100, 20, 1), 121), ((3, 4, 2), 16)):
        got = _int("parameter_count", ex.parameter_count(m, n, k))
        if got != want:
            raise AssertionError(
                f"parameter_count({m}, {n}, {k}) returned {got}, expected {want} = k·(m + n + 1)"
            )
