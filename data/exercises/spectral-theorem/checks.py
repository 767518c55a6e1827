"""Checks for the symmetric matrices and spectral theorem exercise."""

import numpy as np


def _symmetric(eigenvalues, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.normal(size=(len(eigenvalues), len(eigenvalues))))
    A = Q @ np.diag(eigenvalues) @ Q.T
    return (A + A.T) / 2


def _decompose(ex, A: np.ndarray, what: str) -> tuple[np.ndarray, np.ndarray]:
    values, Q = _parts(ex.spectral_decomposition(A), 2, f"spectral_decomposition of {what}")
    if np.iscomplexobj(values) or np.iscomplexobj(Q):
        raise AssertionError(
            f"the eigenvalues and eigenvectors of {what} should be real, not complex"
        )
    values = _as_array(values, f"the eigenvalues of {what}")
    Q = _as_array(Q, f"the eigenvectors of {what}")
    n = A.shape[0]
    if values.shape != (n,) or Q.shape != (n, n):
        raise AssertionError(
            f"expected eigenvalues of shape ({n},) and Q ({n}, {n}), got {values.shape}, {Q.shape}"
        )
    return values, Q


def check_symmetry_test(ex) -> None:
    rng = np.random.default_rng(90)
    Q, _ = np.linalg.qr(rng.normal(size=(6, 6)))
    rounded = Q @ np.diag(rng.normal(size=6)) @ Q.T  # symmetric up to rounding only
    cases = [
        (np.array([[2.0, 1.0], [1.0, 3.0]]), True, "[[2, 1], [1, 3]]"),
        (np.array([[2.0, 1.0], [0.0, 3.0]]), False, "[[2, 1], [0, 3]]"),
        (rounded, True, "Q diag(lambda) Q^T (symmetric up to rounding)"),
        (np.ones((2, 3)), False, "a 2 x 3 matrix of ones"),
    ]
    for A, want, name in cases:
        if _bool(ex.is_symmetric(A), f"is_symmetric({name})") != want:
            raise AssertionError(f"is_symmetric({name}) should be {want}")


def check_real_eigenvalues_sorted(ex) -> None:
    A = np.array([[2.0, 1.0], [1.0, 2.0]])
    values, _ = _decompose(ex, A, "[[2, 1], [1, 2]]")
    _assert_close(values, [3.0, 1.0], "the eigenvalues of [[2, 1], [1, 2]], largest first")
    spectrum = np.array([4.0, 2.5, 0.5, -1.0, -3.0])
    values, _ = _decompose(ex, _symmetric(spectrum, 91), "a 5 x 5 symmetric matrix")
    _assert_close(
        values, spectrum, "the eigenvalues of a symmetric matrix with spectrum 4, 2.5, 0.5, -1, -3"
    )


def check_orthonormal_eigenvectors(ex) -> None:
    spectrum = np.array([3.0, 3.0, 3.0, 1.0, -2.0])
    A = _symmetric(spectrum, 81)
    values, Q = _decompose(ex, A, "a 5 x 5 matrix with eigenvalue 3 three times")
    _assert_close(Q.T @ Q, np.eye(5), "Q^T Q for a matrix with a repeated eigenvalue")
    _assert_close(A @ Q, Q * values, "A Q compared with Q diag(lambda)")


def check_reconstruction_q_lambda_qt(ex) -> None:
    A = _symmetric(np.array([5.0, 2.0, 1.0, -0.5]), 92)
    _assert_close(ex.matrix_function(A, lambda x: x), A, "matrix_function(A, identity)")
    _assert_close(
        ex.matrix_function(A, np.square), A @ A, "matrix_function(A, square) compared with A @ A"
    )


def check_square_root_and_inverse(ex) -> None:
    X = np.random.default_rng(93).normal(size=(50, 4)) @ np.array(
        [[2.0, 0, 0, 0], [1, 1, 0, 0], [0, 0.5, 1, 0], [0, 0, 0.3, 0.5]]
    )
    C = np.cov(X, rowvar=False)
    S = _as_array(ex.matrix_function(C, np.sqrt), "matrix_function(C, sqrt)")
    if S.shape != (4, 4):
        raise AssertionError(
            f"the square root of a 4 x 4 matrix should be 4 x 4, got shape {S.shape}"
        )
    _assert_close(S @ S, C, "S @ S for S = matrix_function(C, sqrt)")
    _assert_close(S, S.T, "the square root S compared with its transpose")
    inverse = _as_array(ex.matrix_function(C, lambda x: 1 / x), "matrix_function(C, 1 / x)")
    _assert_close(
        inverse, np.linalg.inv(C), "matrix_function(C, 1 / x) compared with np.linalg.inv(C)"
    )


def check_principal_axes(ex) -> None:
    rng = np.random.default_rng(94)
    along = np.array([1.0, 1.0]) / np.sqrt(2)
    X = np.outer(rng.normal(0, 3.0, 500), along) + np.outer(
        rng.normal(0, 0.5, 500), [-along[1], along[0]]
    )
    variances, axes = _parts(ex.principal_axes(X), 2, "principal_axes of 500 points")
    variances = _as_array(variances, "the variances from principal_axes")
    axes = _as_array(axes, "the axes from principal_axes")
    C = np.cov(X, rowvar=False)
    _assert_close(variances, np.linalg.eigvalsh(C)[::-1], "the variances along the principal axes")
    if axes.shape != (2, 2):
        raise AssertionError(f"2-d data have a (2, 2) array of axes, got shape {axes.shape}")
    cosine = abs(float(axes[:, 0] @ along))
    if cosine < 0.99:
        raise AssertionError(
            f"data stretched along (1, 1): the first axis {np.round(axes[:, 0], 3)} is not along it"
        )


def _as_array(value: object, what: str) -> np.ndarray:
    if value is None:
        raise AssertionError(f"{what} is None: does the function return its result?")
    try:
        return np.asarray(value, dtype=float)
    except (TypeError, ValueError) as err:
        raise AssertionError(f"{what} should be an array of numbers, got {value!r:.80}") from err


def _number(value: object, what: str) -> float:
    got = _as_array(value, what)
    if got.shape != ():
        raise AssertionError(f"{what} should be a single number, got an array of shape {got.shape}")
    return float(got)


def _parts(value: object, count: int, what: str) -> tuple:
    if not isinstance(value, tuple | list) or len(value) != count:
        raise AssertionError(f"{what} should return {count} values as a tuple, got {value!r:.80}")
    return tuple(value)


def _assert_close(actual: object, expected: object, what: str, tol: float = 1e-6) -> None:
    got = _as_array(actual, what)
    want = np.asarray(expected, dtype=float)
    if got.shape != want.shape:
        raise AssertionError(f"{what}: expected shape {want.shape}, got shape {got.shape}")
    if np.allclose(got, want, rtol=tol, atol=tol):
        return
    diff = np.nan_to_num(np.abs(got - want), nan=np.inf)
    at = tuple(int(i) for i in np.unravel_index(int(np.argmax(diff)), diff.shape))
    where = f" at index {at}" if at else ""
    off = abs(float(got[at]) - float(want[at]))
    raise AssertionError(
        f"{what}: expected {want[at]:.8g}{where}, got {got[at]:.8g} (off by {off:.2g})"
    )


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool | np.bool_):
        raise AssertionError(f"{what} should be True or False, got {value!r:.80}")
    return bool(value)
