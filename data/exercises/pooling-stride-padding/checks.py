"""Checks for the pooling, stride, padding and receptive-field exercise."""

import numpy as np


def _pool(x: np.ndarray, k: int, s: int, mode: str) -> np.ndarray:
    rows, cols = (x.shape[0] - k) // s + 1, (x.shape[1] - k) // s + 1
    reduce = np.max if mode == "max" else np.mean
    out = np.zeros((rows, cols))
    for i in range(rows):
        for j in range(cols):
            out[i, j] = reduce(x[i * s : i * s + k, j * s : j * s + k])
    return out


def _receptive_field(layers: list[tuple[int, int]]) -> int:
    field, jump = 1, 1
    for k, s in layers:
        field += (k - 1) * jump
        jump *= s
    return field


def _map(shape: tuple[int, int], seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=shape)


def check_output_size_formula(ex) -> None:
    cases = [
        ((32, 3, 1, 1, 1), 32),
        ((32, 2, 2, 0, 1), 16),
        ((7, 3, 2, 1, 1), 4),
        ((224, 7, 2, 3, 1), 112),
        ((6, 3, 2, 0, 1), 2),
        ((10, 3, 1, 0, 2), 6),
        ((28, 5, 1, 4, 2), 28),
    ]
    for (n, k, s, p, d), want in cases:
        got = _number(ex.out_size(n, k, s, p, d), f"out_size(n={n}, k={k}, s={s}, p={p}, d={d})")
        if got != want:
            raise AssertionError(
                f"out_size(n={n}, k={k}, s={s}, p={p}, d={d}) is {want}, got {got:g}"
            )


def check_max_pool_2x2(ex) -> None:
    x = np.array(
        [[1.0, 3.0, 2.0, 0.0], [4.0, 2.0, 1.0, 5.0], [0.0, 1.0, 7.0, 2.0], [6.0, 2.0, 3.0, 1.0]]
    )
    _assert_close(
        ex.pool2d(x.copy(), 2, 2, "max"), [[4.0, 5.0], [6.0, 7.0]], "2x2 max pool of a 4x4 map"
    )
    x = _map((6, 8), 90)
    _assert_close(
        ex.pool2d(x.copy(), 2, 2, "max"), _pool(x, 2, 2, "max"), "2x2 max pool of a 6x8 map"
    )


def check_max_pool_negative_inputs(ex) -> None:
    x = -np.abs(_map((4, 6), 91)) - 1.0
    want = _pool(x, 2, 2, "max")
    _assert_close(ex.pool2d(x.copy(), 2, 2, "max"), want, "2x2 max pool of an all-negative map")


def check_avg_pool(ex) -> None:
    x = _map((6, 6), 92)
    _assert_close(
        ex.pool2d(x.copy(), 2, 2, "avg"), _pool(x, 2, 2, "avg"), "2x2 average pool of a 6x6 map"
    )
    _assert_close(
        ex.pool2d(x.copy(), 3, 3, "avg"), _pool(x, 3, 3, "avg"), "3x3 average pool of a 6x6 map"
    )


def check_overlapping_windows_with_stride(ex) -> None:
    x = _map((7, 7), 93)
    _assert_close(
        ex.pool2d(x.copy(), 3, 2, "max"),
        _pool(x, 3, 2, "max"),
        "3x3 max pool, stride 2, of a 7x7 map",
    )
    x = _map((9, 6), 94)
    _assert_close(
        ex.pool2d(x.copy(), 2, 1, "avg"),
        _pool(x, 2, 1, "avg"),
        "2x2 average pool, stride 1, of a 9x6 map",
    )


def check_receptive_field(ex) -> None:
    stacks = [
        [(3, 1), (3, 1), (3, 1)],
        [(5, 1)],
        [(3, 1), (2, 2), (3, 1)],
        [(7, 2), (3, 2), (3, 1), (3, 1)],
        [(2, 2), (2, 2), (2, 2)],
    ]
    for layers in stacks:
        want = _receptive_field(layers)
        got = _number(ex.receptive_field(list(layers)), f"receptive_field({layers})")
        if got != want:
            raise AssertionError(
                f"receptive_field of (kernel, stride) layers {layers} is {want}, got {got:g}"
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
