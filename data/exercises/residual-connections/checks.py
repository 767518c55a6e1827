"""Checks for the residual-connections exercise (tanh blocks on a (n, d) batch)."""

import numpy as np


def _stack(depth: int, d: int, scale: float, seed: int) -> tuple[list, list]:
    rng = np.random.default_rng(seed)
    weights = [rng.normal(scale=scale, size=(d, d)) for _ in range(depth)]
    biases = [rng.normal(scale=0.1, size=d) for _ in range(depth)]
    return weights, biases


def _copies(arrays: list[np.ndarray]) -> list[np.ndarray]:
    return [a.copy() for a in arrays]


def _forward(x: np.ndarray, weights: list, biases: list, residual: bool) -> np.ndarray:
    for W, b in zip(weights, biases, strict=True):
        t = np.tanh(x @ W + b)
        x = x + t if residual else t
    return x


def _numeric(x: np.ndarray, weights: list, biases: list, g: np.ndarray, residual: bool):
    grad = np.zeros_like(x)
    h = 1e-6
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += h
        minus[index] -= h
        up = np.sum(g * _forward(plus, weights, biases, residual))
        down = np.sum(g * _forward(minus, weights, biases, residual))
        grad[index] = (up - down) / (2 * h)
    return grad


def _learner_gradient(ex, x, weights, biases, g, residual: bool) -> np.ndarray:
    got = ex.input_gradient(x.copy(), _copies(weights), _copies(biases), g.copy(), residual)
    return _as_array(got, "input_gradient")


def check_one_block_is_x_plus_f(ex) -> None:
    weights, biases = _stack(1, 4, 0.8, 60)
    x = np.random.default_rng(61).normal(size=(5, 4))
    got = ex.forward(x.copy(), _copies(weights), _copies(biases), True)
    want = x + np.tanh(x @ weights[0] + biases[0])
    _assert_close(got, want, "one residual block x + tanh(x @ W + b)")
    weights, biases = _stack(3, 4, 0.8, 62)
    got = ex.forward(x.copy(), _copies(weights), _copies(biases), True)
    _assert_close(got, _forward(x, weights, biases, True), "a stack of 3 residual blocks")


def check_plain_stack(ex) -> None:
    weights, biases = _stack(3, 4, 0.8, 63)
    x = np.random.default_rng(64).normal(size=(5, 4))
    got = ex.forward(x.copy(), _copies(weights), _copies(biases), False)
    _assert_close(got, _forward(x, weights, biases, False), "a plain stack of 3 tanh layers")


def check_zero_blocks_are_the_identity(ex) -> None:
    rng = np.random.default_rng(65)
    x, g = rng.normal(size=(3, 6)), rng.normal(size=(3, 6))
    weights, biases = [np.zeros((6, 6))] * 4, [np.zeros(6)] * 4
    got = ex.forward(x.copy(), _copies(weights), _copies(biases), True)
    _assert_close(got, x, "4 residual blocks with zero weights applied to x")
    got = _learner_gradient(ex, x, weights, biases, g, True)
    _assert_close(got, g, "the input gradient through 4 zero residual blocks")


def check_gradient_matches_finite_differences(ex) -> None:
    weights, biases = _stack(3, 4, 0.9, 66)
    rng = np.random.default_rng(67)
    x, g = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    want = _numeric(x, weights, biases, g, True)
    got = _learner_gradient(ex, x, weights, biases, g, True)
    _assert_close(got, want, "input_gradient of 3 residual blocks vs finite differences", 1e-5)


def check_plain_gradient_matches_finite_differences(ex) -> None:
    weights, biases = _stack(3, 4, 0.9, 68)
    rng = np.random.default_rng(69)
    x, g = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    want = _numeric(x, weights, biases, g, False)
    got = _learner_gradient(ex, x, weights, biases, g, False)
    _assert_close(got, want, "input_gradient of 3 plain layers vs finite differences", 1e-5)


def check_gradient_survives_depth(ex) -> None:
    weights, biases = _stack(30, 16, 0.05, 70)
    rng = np.random.default_rng(71)
    x, g = rng.normal(size=(8, 16)), rng.normal(size=(8, 16))
    out_norm = float(np.linalg.norm(g))
    residual = float(np.linalg.norm(_learner_gradient(ex, x, weights, biases, g, True)))
    plain = float(np.linalg.norm(_learner_gradient(ex, x, weights, biases, g, False)))
    if not residual > 0.5 * out_norm:
        raise AssertionError(
            f"through 30 residual blocks the input gradient's norm fell from {out_norm:.3g} "
            f"to {residual:.3g}: the identity path should keep it above {0.5 * out_norm:.3g}"
        )
    if not plain < 1e-6 * out_norm:
        raise AssertionError(
            f"through 30 plain layers with weights of std 0.05 the input gradient's norm "
            f"should vanish (below {1e-6 * out_norm:.3g}), got {plain:.3g}"
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
