"""Checks for the momentum and Adam exercise."""

import numpy as np


def _adam_path(ex, grads: list[np.ndarray], lr: float = 0.01) -> list[np.ndarray]:
    w = np.zeros_like(grads[0])
    m, v = np.zeros_like(w), np.zeros_like(w)
    path = []
    for t, g in enumerate(grads, start=1):
        w, m, v = _parts(ex.adam_step(w, g, m, v, t, lr=lr), 3, "adam_step")
        path.append(np.array(w, dtype=float))
    return path


def check_momentum_first_step(ex) -> None:
    w, g = np.array([1.0, -2.0]), np.array([0.5, 3.0])
    new_w, velocity = _parts(
        ex.momentum_step(w.copy(), g, np.zeros(2), lr=0.1, beta=0.9), 2, "momentum_step"
    )
    _assert_close(velocity, g, "the velocity after the first step (from 0)")
    _assert_close(new_w, w - 0.1 * g, "w after the first momentum step")


def check_momentum_accumulates(ex) -> None:
    w, g, velocity = np.zeros(2), np.array([1.0, -0.5]), np.zeros(2)
    for _ in range(4):
        w, velocity = _parts(ex.momentum_step(w, g, velocity, lr=0.1, beta=0.9), 2, "momentum_step")
    factor = 1 + 0.9 + 0.81 + 0.729
    _assert_close(velocity, factor * g, "the velocity after 4 steps with a constant gradient")
    total = 0.1 * (1 + (1 + 0.9) + (1 + 0.9 + 0.81) + factor)
    _assert_close(w, -total * g, "w after 4 momentum steps with a constant gradient")


def check_adam_moments(ex) -> None:
    w, m, v = np.zeros(2), np.zeros(2), np.zeros(2)
    g1, g2 = np.array([0.5, -2.0]), np.array([1.0, 1.0])
    w, m, v = _parts(ex.adam_step(w, g1, m, v, 1), 3, "adam_step")
    w, m, v = _parts(ex.adam_step(w, g2, m, v, 2), 3, "adam_step")
    want_m = 0.9 * 0.1 * g1 + 0.1 * g2
    want_v = 0.999 * 0.001 * g1**2 + 0.001 * g2**2
    _assert_close(m, want_m, "m after two Adam steps", tol=1e-9)
    _assert_close(v, want_v, "v after two Adam steps", tol=1e-9)


def check_adam_first_step_is_lr_times_sign(ex) -> None:
    g = np.array([1e-3, -5.0, 200.0])
    w, _, _ = _parts(
        ex.adam_step(np.zeros(3), g, np.zeros(3), np.zeros(3), 1, lr=0.01), 3, "adam_step"
    )
    _assert_close(w, -0.01 * np.sign(g), "w after Adam's first step from 0 (lr 0.01)", tol=1e-6)


def check_adam_ignores_gradient_scale(ex) -> None:
    rng = np.random.default_rng(8)
    grads = [rng.normal(size=3) for _ in range(5)]
    small = _adam_path(ex, grads)
    large = _adam_path(ex, [1000 * g for g in grads])
    _assert_close(large[-1], small[-1], "Adam after 5 steps, gradients x1000 vs x1", tol=1e-6)


def check_both_minimise_a_quadratic(ex) -> None:
    scale = np.array([2.0, 20.0])
    w, velocity = np.array([2.0, 1.0]), np.zeros(2)
    for _ in range(300):
        w, velocity = _parts(
            ex.momentum_step(w, scale * w, velocity, lr=0.01, beta=0.9), 2, "momentum_step"
        )
    _assert_close(w, [0.0, 0.0], "momentum (lr 0.01, beta 0.9) after 300 steps", tol=1e-3)
    w, m, v = np.array([2.0, 1.0]), np.zeros(2), np.zeros(2)
    for t in range(1, 1001):
        w, m, v = _parts(ex.adam_step(w, scale * w, m, v, t, lr=0.05), 3, "adam_step")
    _assert_close(w, [0.0, 0.0], "Adam (lr 0.05) after 1000 steps", tol=1e-2)


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
