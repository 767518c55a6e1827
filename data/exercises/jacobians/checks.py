"""Checks for the Jacobians exercise."""

import numpy as np

_RNG_SEED = 4


def _layer() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(_RNG_SEED)
    return rng.normal(size=(3, 4)), rng.normal(size=3), rng.normal(size=4)


def _numeric(f, x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    columns = []
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = h
        columns.append((f(x + e) - f(x - e)) / (2 * h))
    return np.stack(columns, axis=1)


def check_numeric_jacobian_shape(ex) -> None:
    M = np.arange(12.0).reshape(3, 4)
    got = _as_array(ex.numeric_jacobian(lambda v: M @ v, np.ones(4)), "numeric_jacobian")
    if got.shape != (3, 4):
        raise AssertionError(f"Jacobian of a map from R^4 to R^3 has shape (3, 4), got {got.shape}")


def check_numeric_jacobian_values(ex) -> None:
    M = np.random.default_rng(5).normal(size=(2, 3))
    got = ex.numeric_jacobian(lambda v: M @ v, np.array([1.0, -2.0, 0.5]))
    _assert_close(got, M, "numeric_jacobian of x -> M x", tol=1e-6)

    def polar(v: np.ndarray) -> np.ndarray:
        return np.array([v[0] * np.cos(v[1]), v[0] * np.sin(v[1])])

    r, t = 2.0, 0.7
    want = np.array([[np.cos(t), -r * np.sin(t)], [np.sin(t), r * np.cos(t)]])
    _assert_close(ex.numeric_jacobian(polar, np.array([r, t])), want, "Jacobian of polar", 1e-6)


def check_tanh_layer_values(ex) -> None:
    W, b, x = _layer()
    _assert_close(ex.tanh_layer(W, b, x), np.tanh(W @ x + b), "tanh_layer(W, b, x)")


def check_tanh_layer_jacobian(ex) -> None:
    W, b, x = _layer()
    want = _numeric(lambda v: np.tanh(W @ v + b), x)
    _assert_close(ex.tanh_layer_jacobian(W, b, x), want, "Jacobian of tanh(W x + b)", tol=1e-6)


def check_chain_jacobian(ex) -> None:
    W, b, x = _layer()
    V = np.random.default_rng(6).normal(size=(2, 3))
    J_inner = _numeric(lambda v: np.tanh(W @ v + b), x)
    J_outer = V
    want = _numeric(lambda v: V @ np.tanh(W @ v + b), x)
    got = ex.chain_jacobian(J_outer, J_inner)
    _assert_close(got, want, "Jacobian of V tanh(W x + b) via the chain rule", tol=1e-6)


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
