"""Checks for the scaled dot-product attention exercise."""

import numpy as np


def _reference(Q, K, V, mask=None) -> tuple[np.ndarray, np.ndarray]:
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ V, weights


def _qkv(shape_q, shape_k, d_v, seed) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    Q, K = rng.normal(size=shape_q), rng.normal(size=shape_k)
    return Q, K, rng.normal(size=(*shape_k[:-1], d_v))


def _run(ex, Q, K, V, mask=None) -> tuple[np.ndarray, np.ndarray]:
    with np.errstate(all="ignore"):
        result = ex.attention(Q, K, V, mask)
    if not isinstance(result, tuple) or len(result) != 2:
        raise AssertionError("attention must return the pair (output, weights)")
    return _as_array(result[0], "the output"), _as_array(result[1], "the weights")


def check_shapes_and_weights_sum_to_one(ex) -> None:
    Q, K, V = _qkv((2, 3, 5, 8), (2, 3, 6, 8), 4, seed=26)
    out, weights = _run(ex, Q, K, V)
    if weights.shape != (2, 3, 5, 6) or out.shape != (2, 3, 5, 4):
        raise AssertionError(
            f"Q (2,3,5,8), K (2,3,6,8), V (2,3,6,4): weights must be (2, 3, 5, 6) and output "
            f"(2, 3, 5, 4), got {weights.shape} and {out.shape}"
        )
    _assert_close(weights.sum(axis=-1), np.ones((2, 3, 5)), "the sum of each query's weights")


def check_scaled_by_sqrt_dk(ex) -> None:
    Q, K, V = _qkv((4, 16), (5, 16), 3, seed=27)
    _, want = _reference(Q, K, V)
    _, weights = _run(ex, Q, K, V)
    _assert_close(weights, want, "the weights for d_k = 16")


def check_causal_mask(ex) -> None:
    got = _as_array(ex.causal_mask(4), "causal_mask(4)")
    want = np.tril(np.ones((4, 4)))
    if got.shape != (4, 4) or not np.array_equal(got != 0, want != 0):
        raise AssertionError(
            f"causal_mask(4) must be {want.astype(int).tolist()}, got {got.astype(int).tolist()}"
        )


def check_future_is_blocked(ex) -> None:
    Q, K, V = _qkv((1, 5, 4), (1, 5, 4), 3, seed=28)
    mask = np.tril(np.ones((5, 5), dtype=bool))
    out, weights = _run(ex, Q, K, V, mask)
    above = weights[0][~mask]
    if not np.all(above == 0):
        raise AssertionError(
            f"weights on future keys must be 0, got up to {np.max(np.abs(above)):.3g}"
        )
    _assert_close(weights[0, 0], [1, 0, 0, 0, 0], "the first query's weights (it sees only itself)")
    changed = V.copy()
    changed[0, 4] += 100.0
    out_changed, _ = _run(ex, Q, K, changed, mask)
    _assert_close(out_changed[0, :4], out[0, :4], "outputs 0..3 after changing the last value")


def check_matches_reference(ex) -> None:
    Q, K, V = _qkv((2, 2, 6, 8), (2, 2, 6, 8), 5, seed=29)
    mask = np.tril(np.ones((6, 6), dtype=bool))
    want_out, want_weights = _reference(Q, K, V, mask)
    out, weights = _run(ex, Q, K, V, mask)
    _assert_close(weights, want_weights, "the causal weights for (2, 2, 6, 8) inputs")
    _assert_close(out, want_out, "the causal output for (2, 2, 6, 8) inputs")


def check_large_scores_stay_finite(ex) -> None:
    Q, K, V = _qkv((3, 4), (3, 4), 2, seed=30)
    Q, K = Q * 40, K * 40
    want_out, _ = _reference(Q, K, V)
    out, _ = _run(ex, Q, K, V)
    _assert_close(out, want_out, "the output when the scores are in the thousands")


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
