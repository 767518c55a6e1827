"""Checks for the covariance and correlation exercise."""

import numpy as np


def _data(seed: int, n: int = 200) -> np.ndarray:
    rng = np.random.default_rng(seed)
    mixing = np.array([[2.0, 0.0, 0.0], [1.5, 0.5, 0.0], [-0.3, 0.2, 1.0]])
    return rng.normal(size=(n, 3)) @ mixing.T + np.array([5.0, -3.0, 10.0])


def check_covariance_matches_np_cov(ex) -> None:
    X = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 5.0]])
    _assert_close(
        ex.covariance_matrix(X), [[5 / 3, 2.0], [2.0, 10 / 3]], f"covariance_matrix({X.tolist()})"
    )
    X = _data(41)
    _assert_close(
        ex.covariance_matrix(X), np.cov(X, rowvar=False), "covariance_matrix of 200 x 3 data"
    )


def check_covariance_ddof(ex) -> None:
    X = _data(42, n=10)
    _assert_close(
        ex.covariance_matrix(X, ddof=0),
        np.cov(X, rowvar=False, ddof=0),
        "covariance_matrix(X, ddof=0), n = 10",
    )
    _assert_close(
        ex.covariance_matrix(X, ddof=1),
        np.cov(X, rowvar=False, ddof=1),
        "covariance_matrix(X, ddof=1), n = 10",
    )


def check_correlation_matches_corrcoef(ex) -> None:
    X = _data(43)
    corr = _as_array(ex.correlation_matrix(X), "correlation_matrix of 200 x 3 data")
    _assert_close(corr, np.corrcoef(X, rowvar=False), "correlation_matrix of 200 x 3 data")
    _assert_close(np.diag(corr), np.ones(3), "the diagonal of the correlation matrix")


def check_correlation_is_scale_free_and_bounded(ex) -> None:
    X = _data(44)
    flip = np.array([1.0, 1.0, -1.0])
    want = np.corrcoef(X, rowvar=False) * np.outer(flip, flip)
    scaled = ex.correlation_matrix(X * np.array([100.0, 1.0, -0.01]))
    _assert_close(scaled, want, "correlation after rescaling features by 100, 1 and -0.01")
    x = np.linspace(0.0, 1.0, 50)
    line = np.column_stack([x, 3 * x + 2, -2 * x])
    got = _as_array(ex.correlation_matrix(line), "the correlation of exactly linear features")
    if np.any(np.abs(got) > 1 + 1e-9):
        raise AssertionError(f"correlations lie in [-1, 1], got {np.round(got, 3).tolist()}")
    _assert_close(
        got, [[1, 1, -1], [1, 1, -1], [-1, -1, 1]], "the correlation of x, 3x + 2 and -2x"
    )


def check_zero_correlation_is_not_independence(ex) -> None:
    x = np.linspace(-1.0, 1.0, 201)
    got = _as_array(ex.correlation_matrix(np.column_stack([x, x**2])), "correlation of x and x^2")
    _assert_close(
        got, np.eye(2), "the correlation matrix of x and x^2 for x symmetric around 0", tol=1e-9
    )


def check_linear_transform_covariance(ex) -> None:
    cov = np.array([[4.0, 1.0], [1.0, 2.0]])
    A = np.array([[1.0, 1.0]])
    _assert_close(
        ex.transformed_covariance(cov, A), [[8.0]], "Var(x1 + x2) with cov [[4, 1], [1, 2]]"
    )
    X = _data(45, n=400)
    A = np.array([[1.0, -1.0, 0.5], [0.0, 2.0, 1.0]])
    want = np.cov(X @ A.T, rowvar=False)
    _assert_close(
        ex.transformed_covariance(np.cov(X, rowvar=False), A),
        want,
        "the covariance of X @ A.T for a 2 x 3 A",
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
