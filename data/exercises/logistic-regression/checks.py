"""Checks for the logistic regression exercise."""

import numpy as np


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(16)
    points = np.vstack([rng.normal(-2.0, 0.7, size=(40, 2)), rng.normal(2.0, 0.7, size=(40, 2))])
    X = np.column_stack([np.ones(80), points])
    return X, np.repeat([0.0, 1.0], 40)


def _loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    z = X @ w
    return float(np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)))


def check_loss_reference(ex) -> None:
    X, y = _data()
    _assert_close(ex.logistic_loss(np.zeros(3), X, y), np.log(2), "the loss at w = 0")
    w = np.array([0.1, 0.4, -0.3])
    _assert_close(ex.logistic_loss(w, X, y), _loss(w, X, y), "the loss at w = [0.1, 0.4, -0.3]")


def check_loss_stable_for_large_margins(ex) -> None:
    X = np.array([[1.0, 800.0], [1.0, -800.0]])
    y = np.array([0.0, 1.0])
    w = np.array([0.0, 1.0])
    with np.errstate(all="ignore"):
        got = ex.logistic_loss(w, X, y)
    _assert_close(got, 800.0, "the loss of two points misclassified with margin 800")


def check_gradient_formula(ex) -> None:
    X, y = _data()
    w = np.array([0.2, -0.5, 0.3])
    s = 1 / (1 + np.exp(-(X @ w)))
    _assert_close(ex.logistic_gradient(w, X, y), X.T @ (s - y) / len(y), "the gradient at w")


def check_gradient_against_finite_differences(ex) -> None:
    X, y = _data()
    w = np.array([-0.3, 0.7, 0.1])
    h = 1e-6
    numeric = np.zeros(3)
    for j in range(3):
        e = np.zeros(3)
        e[j] = h
        plus = _number(ex.logistic_loss(w + e, X, y), "logistic_loss")
        minus = _number(ex.logistic_loss(w - e, X, y), "logistic_loss")
        numeric[j] = (plus - minus) / (2 * h)
    _assert_close(ex.logistic_gradient(w, X, y), numeric, "your gradient vs your loss", 1e-6)


def check_fit_separable_data(ex) -> None:
    X, y = _data()
    w = _as_array(ex.fit_logistic(X, y, 0.5, 200), "fit_logistic(X, y, 0.5, 200)")
    if w.shape != (3,):
        raise AssertionError(f"fit_logistic on 3 features must return 3 weights, got {w.shape}")
    loss = _loss(w, X, y)
    if not loss < 0.05:
        raise AssertionError(f"after 200 steps with lr 0.5 the loss is {loss:.4f}, not below 0.05")
    accuracy = float(np.mean(((X @ w) >= 0) == (y == 1)))
    _assert_close(accuracy, 1.0, "the training accuracy on separable data")


def check_predict_threshold(ex) -> None:
    X = np.array([[1.0, -2.0], [1.0, 0.5], [1.0, 3.0], [1.0, 1.0]])
    w = np.array([-1.0, 1.0])
    _assert_close(ex.predict(w, X), [0, 0, 1, 1], "predict for X @ w = [-3, -0.5, 2, 0]")


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
