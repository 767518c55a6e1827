"""Checks for the gradients exercise."""

import numpy as np


def _wavy(x: np.ndarray) -> float:
    return float(np.sum(np.sin(x) * x) + x[0] * x[1] ** 2)


def _wavy_gradient(x: np.ndarray) -> np.ndarray:
    g = np.sin(x) + x * np.cos(x)
    g[0] += x[1] ** 2
    g[1] += 2 * x[0] * x[1]
    return g


def check_numeric_gradient(ex) -> None:
    x = np.array([0.3, -1.2, 2.0])
    got = ex.numeric_gradient(_wavy, x.copy())
    _assert_close(got, _wavy_gradient(x), "numeric_gradient at [0.3, -1.2, 2.0]", tol=1e-6)


def check_quadratic_form_value(ex) -> None:
    A = np.array([[1.0, 2.0], [-1.0, 3.0]])
    x = np.array([2.0, -1.0])
    _assert_close(ex.quadratic_form(A, x), x @ A @ x, "quadratic_form(A, [2, -1])")


def check_quadratic_form_gradient_nonsymmetric(ex) -> None:
    A = np.random.default_rng(3).normal(size=(4, 4))
    x = np.array([1.0, -2.0, 0.5, 3.0])
    want = (A + A.T) @ x
    _assert_close(ex.quadratic_form_gradient(A, x), want, "gradient of x^T A x, A not symmetric")


def check_quadratic_form_gradient_symmetric(ex) -> None:
    A = np.array([[2.0, 1.0], [1.0, 5.0]])
    x = np.array([1.0, 2.0])
    h = 1e-5
    numeric = np.zeros(2)
    for i in range(2):
        e = np.zeros(2)
        e[i] = h
        numeric[i] = ((x + e) @ A @ (x + e) - (x - e) @ A @ (x - e)) / (2 * h)
    got = ex.quadratic_form_gradient(A, x)
    _assert_close(got, numeric, "gradient of x^T A x vs finite differences, A symmetric", 1e-6)


def check_directional_derivative(ex) -> None:
    grad = np.array([8.0, 3.0])  # x^2 + 3xy at (1, 2)
    for v in (np.array([1.0, 0.0]), np.array([3.0, 4.0]), np.array([-2.0, 2.0])):
        want = grad @ v / np.linalg.norm(v)
        got = ex.directional_derivative(grad, v)
        _assert_close(got, want, f"directional derivative along {v.tolist()}, gradient (8, 3)")


def check_steepest_descent_direction(ex) -> None:
    grad = np.array([8.0, 3.0])
    got = ex.steepest_descent_direction(grad)
    _assert_close(got, -grad / np.sqrt(73.0), "steepest descent direction for gradient (8, 3)")
    x = np.array([1.0, 2.0])
    step = _as_array(got, "the direction") * 1e-3
    before = x[0] ** 2 + 3 * x[0] * x[1]
    after = (x + step)[0] ** 2 + 3 * (x + step)[0] * (x + step)[1]
    if not after < before:
        raise AssertionError(f"a small step along it raised f = x^2 + 3xy from {before} to {after}")


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
