"""Checks for the derivatives exercise."""

import numpy as np

_GRID = np.array([-2.0, -0.7, 0.3, 1.0, 2.5])


def _cube(x: np.ndarray) -> np.ndarray:
    return x**3


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def check_central_difference_accuracy(ex) -> None:
    for x in _GRID:
        got = ex.numeric_derivative(_cube, float(x), h=1e-3)
        # the central difference of x^3 is 3x^2 + h^2 exactly; a forward difference is off by ~3xh
        _assert_close(got, 3 * x**2, f"numeric_derivative(x**3, {x}, h=1e-3)", tol=1e-5)


def check_numeric_derivative_on_arrays(ex) -> None:
    got = ex.numeric_derivative(np.exp, _GRID, h=1e-5)
    _assert_close(got, np.exp(_GRID), f"numeric_derivative(np.exp, {_GRID.tolist()})", tol=1e-7)
    got = ex.numeric_derivative(np.log, _GRID[2:], h=1e-5)
    _assert_close(got, 1 / _GRID[2:], f"numeric_derivative(np.log, {_GRID[2:].tolist()})", 1e-7)


def check_sigmoid_values(ex) -> None:
    x = np.array([-30.0, -1.0, 0.0, 1.0, 30.0])
    _assert_close(ex.sigmoid(x), _sigmoid(x), f"sigmoid({x.tolist()})", tol=1e-9)


def check_sigmoid_derivative(ex) -> None:
    s = _sigmoid(_GRID)
    _assert_close(
        ex.sigmoid_derivative(_GRID), s * (1 - s), f"sigmoid_derivative({_GRID.tolist()})"
    )
    _assert_close(ex.sigmoid_derivative(0.0), 0.25, "sigmoid_derivative(0)")


def check_relu_derivative(ex) -> None:
    x = np.array([-3.0, -0.5, 0.0, 0.5, 3.0])
    _assert_close(ex.relu_derivative(x), [0, 0, 0, 1, 1], f"relu_derivative({x.tolist()})")


def check_analytic_matches_numeric(ex) -> None:
    numeric = ex.numeric_derivative(ex.sigmoid, _GRID, h=1e-5)
    _assert_close(
        numeric, ex.sigmoid_derivative(_GRID), "numeric vs analytic sigmoid derivative", 1e-8
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
