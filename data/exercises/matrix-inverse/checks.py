"""Checks for the matrix inverse exercise."""

import numpy as np


def check_inverse_2x2_by_hand(ex) -> None:
    A = np.array([[4.0, 7.0], [2.0, 6.0]])
    _assert_close(ex.inverse_2x2(A), [[0.6, -0.7], [-0.2, 0.4]], "inverse_2x2([[4, 7], [2, 6]])")
    B = np.array([[0.0, 1.0], [-1.0, 0.0]])
    _assert_close(ex.inverse_2x2(B), [[0.0, -1.0], [1.0, 0.0]], "inverse_2x2 of a quarter turn")


def check_inverse_times_matrix_is_identity(ex) -> None:
    rng = np.random.default_rng(61)
    for _ in range(20):
        A = rng.normal(size=(2, 2))
        inverse = _as_array(ex.inverse_2x2(A), "inverse_2x2 of a random 2x2 matrix")
        if inverse.shape != (2, 2):
            raise AssertionError(
                f"inverse_2x2 should return a 2x2 matrix, got shape {inverse.shape}"
            )
        _assert_close(
            A @ inverse, np.eye(2), f"A @ inverse_2x2(A) for A = {np.round(A, 3).tolist()}"
        )
        _assert_close(
            inverse @ A, np.eye(2), f"inverse_2x2(A) @ A for A = {np.round(A, 3).tolist()}"
        )


def check_singular_matrix_detected(ex) -> None:
    equal = np.array([[1.0, 1.0], [3.0, 3.0]])
    if not _bool(ex.is_singular(equal), "is_singular([[1, 1], [3, 3]])"):
        raise AssertionError("[[1, 1], [3, 3]] has two equal columns: is_singular should be True")
    rng = np.random.default_rng(62)
    M = rng.normal(size=(4, 3))
    dependent = np.column_stack([M, M[:, 0] - 2 * M[:, 2]])
    if not _bool(ex.is_singular(dependent), "is_singular of a 4x4 matrix with a dependent column"):
        raise AssertionError("column 4 = column 1 - 2 column 3: the 4x4 matrix is singular")
    if _bool(ex.is_singular(rng.normal(size=(4, 4))), "is_singular of a random 4x4 matrix"):
        raise AssertionError(
            "a random 4x4 matrix (smallest singular value far from 0) is invertible"
        )


def check_singularity_ignores_scale(ex) -> None:
    if _bool(ex.is_singular(1e-3 * np.eye(10)), "is_singular(0.001 * I)"):
        raise AssertionError(
            "0.001 * I (10x10) has det 1e-30 but is invertible: is_singular should be False"
        )
    M = np.random.default_rng(63).normal(size=(3, 2))
    big = 1e8 * np.column_stack([M, M[:, 0] + 3 * M[:, 1]])
    if not _bool(ex.is_singular(big), "is_singular of a singular 3x3 matrix with entries ~1e8"):
        raise AssertionError(
            "1e8 * [m1, m2, m1 + 3 m2] is singular although its rounded det is not 0"
        )


def check_inverse_of_product_reverses_order(ex) -> None:
    rng = np.random.default_rng(64)
    A, B = rng.normal(size=(3, 3)) + 3 * np.eye(3), rng.normal(size=(3, 3)) + 3 * np.eye(3)
    got = ex.inverse_of_product(np.linalg.inv(A), np.linalg.inv(B))
    _assert_close(
        got, np.linalg.inv(A @ B), "inverse_of_product(inv(A), inv(B)) compared with inv(A @ B)"
    )


def check_least_squares_with_solve(ex) -> None:
    x = np.array([0.0, 1.0, 2.0, 3.0])
    X = np.column_stack([np.ones(4), x])
    _assert_close(
        ex.least_squares(X, 1 + 2 * x), [1.0, 2.0], "least_squares on the points of y = 1 + 2x"
    )
    rng = np.random.default_rng(65)
    X = rng.normal(size=(200, 5))
    y = X @ np.array([1.0, -2.0, 0.5, 0.0, 3.0]) + 0.1 * rng.normal(size=200)
    want = np.linalg.lstsq(X, y, rcond=None)[0]
    _assert_close(
        ex.least_squares(X, y), want, "least_squares on 200 x 5 data compared with np.linalg.lstsq"
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
