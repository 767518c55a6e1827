"""Checks for the chain-rule exercise."""

import numpy as np

_GRID = np.array([-1.3, -0.4, 0.2, 0.9, 1.7])


def _f(x: np.ndarray) -> np.ndarray:
    return np.log1p(np.exp(np.sin(x**2)))


def check_f_values(ex) -> None:
    _assert_close(ex.f(_GRID), _f(_GRID), f"f({_GRID.tolist()})", tol=1e-9)


def check_f_prime_against_finite_differences(ex) -> None:
    h = 1e-5
    numeric = (_f(_GRID + h) - _f(_GRID - h)) / (2 * h)
    _assert_close(ex.f_prime(_GRID), numeric, f"f_prime({_GRID.tolist()})", tol=1e-7)


def check_f_prime_keeps_the_inner_factor(ex) -> None:
    x = 2.0
    u = np.sin(x**2)
    want = 1 / (1 + np.exp(-u)) * np.cos(x**2) * 2 * x
    _assert_close(ex.f_prime(x), want, "f_prime(2.0)", tol=1e-9)


def _pairs() -> list:
    return [(np.sin, np.cos), (np.exp, np.exp)]


def check_compose_value(ex) -> None:
    value, _ = _parts(ex.compose(_pairs(), _GRID), 2, "compose")
    _assert_close(value, np.exp(np.sin(_GRID)), "compose([sin, exp], x) value = exp(sin(x))")


def check_compose_derivative(ex) -> None:
    _, derivative = _parts(ex.compose(_pairs(), _GRID), 2, "compose")
    want = np.exp(np.sin(_GRID)) * np.cos(_GRID)
    _assert_close(derivative, want, "compose([sin, exp], x) derivative = exp(sin(x)) cos(x)")


def check_compose_three_functions(ex) -> None:
    triple = [(lambda x: 3 * x, lambda x: 3 + 0 * x), (np.sin, np.cos), (np.exp, np.exp)]
    value, derivative = _parts(ex.compose(triple, _GRID), 2, "compose")
    _assert_close(value, np.exp(np.sin(3 * _GRID)), "value of exp(sin(3x))")
    want = np.exp(np.sin(3 * _GRID)) * np.cos(3 * _GRID) * 3
    _assert_close(derivative, want, "derivative of exp(sin(3x))")


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
