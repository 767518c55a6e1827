import numpy as np


def _float(name, value):
    """``value`` as a float, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a number") from None


def _symmetric(eigenvalues, seed):
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.normal(size=(len(eigenvalues), len(eigenvalues))))
    return Q @ np.diag(eigenvalues) @ Q.T, Q


def _power(ex, A):
    result = ex.power_iteration(A)
    if not isinstance(result, tuple) or len(result) != 2:
        raise AssertionError("power_iteration should return a pair (eigenvalue, eigenvector)")
    value = _float("power_iteration", result[0])
    vector = np.asarray(result[1], dtype=float)
    if vector.shape != (A.shape[0],):
        raise AssertionError(f"the eigenvector has shape {vector.shape}, expected ({A.shape[0]},)")
    return value, vector


def check_rayleigh_quotient(ex) -> None:
    A = np.diag([2.0, 5.0])
    for v, want in (([1.0, 0.0], 2.0), ([0.0, 3.0], 5.0), ([1.0, 1.0], 3.5)):
        got = _float("rayleigh_quotient", ex.rayleigh_quotient(A, np.array(v)))
        if not np.isclose(got, want):
            raise AssertionError(
                f"rayleigh_quotient(diag(2, 5), {v}) returned {got:.6g}, expected {want}"
            )


def check_power_iteration_finds_top_eigenvalue(ex) -> None:
    spectrum = np.array([10.0, 5.0, 3.0, 2.0, 1.0, 0.5, 0.2, 0.1])
    A, _ = _symmetric(spectrum, 80)
    value, _ = _power(ex, A)
    if not np.isclose(value, 10.0, rtol=1e-6):
        raise AssertionError(f"the largest eigenvalue is 10; power_iteration returned {value:.6g}")


def check_power_iteration_returns_an_eigenvector(ex) -> None:
    A, Q = _symmetric(np.array([6.0, 2.0, 1.0, -1.0, 0.5]), 81)
    value, v = _power(ex, A)
    if not np.isclose(np.linalg.norm(v), 1.0):
        raise AssertionError(f"the eigenvector should have length 1, has {np.linalg.norm(v):.6g}")
    residual = np.linalg.norm(A @ v - value * v)
    if residual > 1e-6:
        raise AssertionError(
            f"‖A v - λ v‖ = {residual:.3g}: v is not an eigenvector for λ = {value:.6g}"
        )
    if not np.isclose(abs(v @ Q[:, 0]), 1.0, atol=1e-6):
        raise AssertionError("v is not the eigenvector of the largest eigenvalue (6)")


def check_negative_dominant_eigenvalue(ex) -> None:
    A, _ = _symmetric(np.array([-7.0, 3.0, 1.0, 0.5]), 82)
    value, _ = _power(ex, A)
    if not np.isclose(value, -7.0, rtol=1e-6):
        raise AssertionError(f"the dominant eigenvalue is -7; power_iteration returned {value:.6g}")


def check_reconstruct_from_eigendecomposition(ex) -> None:
    rng = np.random.default_rng(83)
    M = rng.normal(size=(5, 5))
    A = M + M.T
    values, vectors = np.linalg.eigh(A)
    got = np.asarray(ex.reconstruct(values, vectors), dtype=float)
    if got.shape != A.shape or not np.allclose(got, A):
        raise AssertionError(
            "reconstruct(*np.linalg.eigh(A)) differs from A; the eigenvectors are "
            "the columns of Q in Q diag(λ) Qᵀ"
        )
