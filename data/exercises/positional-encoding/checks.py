"""Checks for the positional-encoding exercise."""

import numpy as np


def _sinusoidal(n: int, d: int) -> np.ndarray:
    angles = np.arange(n)[:, None] * 10000.0 ** (-np.arange(0, d, 2) / d)
    table = np.zeros((n, d))
    table[:, 0::2], table[:, 1::2] = np.sin(angles), np.cos(angles)
    return table


def _rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=float)[:, None] * base ** (-np.arange(0, d, 2) / d)
    a, b = x[:, 0::2], x[:, 1::2]
    out = np.empty_like(x)
    out[:, 0::2] = a * np.cos(angles) - b * np.sin(angles)
    out[:, 1::2] = a * np.sin(angles) + b * np.cos(angles)
    return out


def _table(ex, n: int, d: int) -> np.ndarray:
    got = _as_array(ex.sinusoidal(n, d), f"sinusoidal({n}, {d})")
    if got.shape != (n, d):
        raise AssertionError(f"sinusoidal({n}, {d}) must have shape ({n}, {d}), got {got.shape}")
    return got


def _rotated(ex, x: np.ndarray, positions: list[int]) -> np.ndarray:
    got = _as_array(ex.rope(x, np.array(positions)), f"rope of a {x.shape} array")
    if got.shape != x.shape:
        raise AssertionError(f"rope of a {x.shape} array must keep its shape, got {got.shape}")
    return got


def check_sinusoidal_known_values(ex) -> None:
    table = _table(ex, 4, 8)
    _assert_close(table[0], [0, 1, 0, 1, 0, 1, 0, 1], "PE[0] (sin 0 = 0, cos 0 = 1)")
    _assert_close(table[1, :2], [np.sin(1.0), np.cos(1.0)], "PE[1, 0:2] (sin 1, cos 1)")
    w = 10000.0 ** (-2 / 8)
    _assert_close(table[3, 2:4], [np.sin(3 * w), np.cos(3 * w)], "PE[3, 2:4] for d_model = 8")


def check_sinusoidal_frequencies(ex) -> None:
    _assert_close(_table(ex, 50, 16), _sinusoidal(50, 16), "the (50, 16) sinusoidal table")


def check_sinusoidal_offset_is_a_rotation(ex) -> None:
    table = _table(ex, 40, 12)
    k = 7
    sin_p, cos_p = table[:-k, 0::2], table[:-k, 1::2]
    w = 10000.0 ** (-np.arange(0, 12, 2) / 12)
    c, s = np.cos(k * w), np.sin(k * w)
    # sin(a + b) = sin a cos b + cos a sin b, cos(a + b) = cos a cos b - sin a sin b
    _assert_close(table[k:, 0::2], sin_p * c + cos_p * s, "the sine columns of PE[p + 7]")
    _assert_close(table[k:, 1::2], cos_p * c - sin_p * s, "the cosine columns of PE[p + 7]")


def check_rope_position_zero_is_identity(ex) -> None:
    x = np.random.default_rng(50).normal(size=(3, 8))
    _assert_close(_rotated(ex, x, [0, 0, 0]), x, "rope(x) at position 0")


def check_rope_preserves_norms(ex) -> None:
    x = np.random.default_rng(51).normal(size=(5, 16))
    got = _rotated(ex, x, [0, 1, 5, 17, 300])
    _assert_close(
        np.linalg.norm(got, axis=-1), np.linalg.norm(x, axis=-1), "the norms of the rotated rows"
    )
    pairs = got[:, 0::2] ** 2 + got[:, 1::2] ** 2
    _assert_close(pairs, x[:, 0::2] ** 2 + x[:, 1::2] ** 2, "the length of each rotated pair")


def check_rope_scores_depend_on_offset(ex) -> None:
    rng = np.random.default_rng(52)
    q, k = rng.normal(size=(1, 16)), rng.normal(size=(1, 16))
    scores = []
    for m, n in [(5, 2), (13, 10), (103, 100)]:
        scores.append(np.sum(_rotated(ex, q, [m]) * _rotated(ex, k, [n])))
    _assert_close(
        scores[1:], scores[:1] * 2, "q_m . k_n for (m, n) = (13, 10), (103, 100) vs (5, 2)"
    )
    far = np.sum(_rotated(ex, q, [9]) * _rotated(ex, k, [2]))
    if abs(far - scores[0]) < 1e-6:
        raise AssertionError("q_m . k_n is the same for offsets 3 and 7: is anything rotated?")


def check_rope_matches_reference(ex) -> None:
    rng = np.random.default_rng(53)
    x = rng.normal(size=(6, 8))
    positions = [0, 1, 2, 3, 10, 64]
    _assert_close(
        _rotated(ex, x, positions), _rope(x, np.array(positions)), "rope of a (6, 8) array"
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
