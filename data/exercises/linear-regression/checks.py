"""Checks for the linear-regression exercise (synthetic data with a column of ones)."""

import numpy as np

_TRUE_W = np.array([1.5, -2.0, 0.5, 3.0])


def _data(n: int, noise: float, seed: int, mixed: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Features with different scales and correlated columns (mixed), or independent ones."""
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(n, 3))
    if mixed:
        features = features @ np.array([[2.0, 1.0, 0.0], [0.0, 0.5, 0.3], [0.0, 0.0, 3.0]]) + 1.0
    X = np.column_stack([features, np.ones(n)])
    return X, X @ _TRUE_W + noise * rng.normal(size=n)


def _lstsq(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.linalg.lstsq(X, y, rcond=None)[0]


def _mse(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    return float(np.mean((X @ w - y) ** 2))


def _weights(ex, name: str, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    got = _as_array(getattr(ex, name)(X.copy(), y.copy()), f"{name}(X, y)")
    if got.shape != (X.shape[1],):
        raise AssertionError(
            f"{name}(X, y) should return {X.shape[1]} weights, got shape {got.shape}"
        )
    return got


def check_exact_fit_without_noise(ex) -> None:
    X, y = _data(20, 0.0, 100)
    _assert_close(
        _weights(ex, "normal_equations", X, y), _TRUE_W, "normal_equations on noiseless data"
    )


def check_normal_equations_match_lstsq(ex) -> None:
    X, y = _data(30, 0.5, 101)
    want = _lstsq(X, y)
    _assert_close(_weights(ex, "lstsq_fit", X, y), want, "lstsq_fit on noisy data")
    _assert_close(
        _weights(ex, "normal_equations", X, y), want, "normal_equations vs np.linalg.lstsq"
    )


def check_residual_is_orthogonal_to_columns(ex) -> None:
    X, y = _data(25, 1.0, 102)
    w = _weights(ex, "normal_equations", X, y)
    _assert_close(X.T @ (y - X @ w), np.zeros(4), "X^T (y - X w) for the fitted w", tol=1e-8)


def check_mse_and_gradient(ex) -> None:
    X, y = _data(15, 0.3, 103)
    w = np.random.default_rng(104).normal(size=4)
    _assert_close(ex.mse(X.copy(), y.copy(), w.copy()), _mse(X, y, w), "mse at a random w")
    h = 1e-6
    numeric = np.array(
        [(_mse(X, y, w + h * e) - _mse(X, y, w - h * e)) / (2 * h) for e in np.eye(4)]
    )
    got = ex.mse_gradient(X.copy(), y.copy(), w.copy())
    _assert_close(got, numeric, "mse_gradient vs finite differences", tol=1e-5)


def check_gradient_descent_converges(ex) -> None:
    X, y = _data(50, 0.5, 105, mixed=False)
    got = ex.gradient_descent(X.copy(), y.copy(), 0.1, 500)
    _assert_close(got, _lstsq(X, y), "gradient_descent (lr 0.1, 500 steps) vs least squares", 1e-6)


def check_fit_recovers_true_weights_with_noise(ex) -> None:
    X, y = _data(2000, 0.5, 106)
    for name in ("normal_equations", "lstsq_fit"):
        got = _weights(ex, name, X, y)
        _assert_close(got, _TRUE_W, f"{name} on 2000 examples with noise std 0.5", tol=0.05)


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
