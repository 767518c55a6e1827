"""Checks for the multi-head attention exercise."""

import numpy as np


def _attend(Q, K, V, causal: bool) -> np.ndarray:
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if causal:
        n = scores.shape[-1]
        scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    return weights / weights.sum(axis=-1, keepdims=True) @ V


def _reference(x, Wq, Wk, Wv, Wo, n_heads: int, causal: bool = True) -> np.ndarray:
    d_head = x.shape[-1] // n_heads
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    heads = []
    for h in range(n_heads):
        cols = slice(h * d_head, (h + 1) * d_head)
        heads.append(_attend(Q[..., cols], K[..., cols], V[..., cols], causal))
    return np.concatenate(heads, axis=-1) @ Wo


def _inputs(batch: int, seq: int, d: int, seed: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(batch, seq, d))
    weights = (rng.normal(size=(d, d)) / np.sqrt(d) for _ in range(4))
    return (x, *weights)


def _mha(ex, x, Wq, Wk, Wv, Wo, n_heads: int, causal: bool = True) -> np.ndarray:
    with np.errstate(all="ignore"):
        got = ex.multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal)
    got = _as_array(got, "multi_head_attention's output")
    if got.shape != x.shape:
        raise AssertionError(
            f"for x of shape {x.shape} and {n_heads} heads the output must have shape "
            f"{x.shape}, got {got.shape}"
        )
    return got


def check_split_heads(ex) -> None:
    x = np.arange(2 * 5 * 12, dtype=float).reshape(2, 5, 12)
    got = _as_array(ex.split_heads(x, 3), "split_heads(x, 3)")
    if got.shape != (2, 3, 5, 4):
        raise AssertionError(
            f"split_heads of (2, 5, 12) into 3 heads must be (2, 3, 5, 4), got {got.shape}"
        )
    _assert_close(got[1, 2, 3], x[1, 3, 8:12], "head 2 of token 3 in batch 1 (columns 8..11)")
    _assert_close(got, x.reshape(2, 5, 3, 4).transpose(0, 2, 1, 3), "split_heads(x, 3)")


def check_merge_undoes_split(ex) -> None:
    rng = np.random.default_rng(60)
    x = rng.normal(size=(3, 4, 8))
    split = _as_array(ex.split_heads(x, 2), "split_heads(x, 2)")
    _assert_close(ex.merge_heads(split), x, "merge_heads(split_heads(x, 2))")
    y = rng.normal(size=(2, 4, 3, 5))
    merged = _as_array(ex.merge_heads(y), "merge_heads of a (2, 4, 3, 5) array")
    if merged.shape != (2, 3, 20):
        raise AssertionError(f"merge_heads of (2, 4, 3, 5) must be (2, 3, 20), got {merged.shape}")
    _assert_close(merged[0, 1, 5:10], y[0, 1, 1], "columns 5..9 of token 1 (head 1's output)")


def check_output_shape(ex) -> None:
    _mha(ex, *_inputs(2, 6, 16, seed=61), n_heads=4)


def check_one_head_is_plain_attention(ex) -> None:
    inputs = _inputs(2, 5, 8, seed=62)
    _assert_close(_mha(ex, *inputs, n_heads=1), _reference(*inputs, 1), "the output with 1 head")


def check_equals_per_head_attention(ex) -> None:
    inputs = _inputs(2, 6, 16, seed=63)
    want = _reference(*inputs, 4)
    _assert_close(_mha(ex, *inputs, n_heads=4), want, "the causal output with 4 heads")
    want = _reference(*inputs, 2, causal=False)
    got = _mha(ex, *inputs, n_heads=2, causal=False)
    _assert_close(got, want, "the output with 2 heads and causal=False")


def check_causal_output_ignores_future(ex) -> None:
    x, Wq, Wk, Wv, Wo = _inputs(1, 6, 8, seed=64)
    out = _mha(ex, x, Wq, Wk, Wv, Wo, 2)
    changed = x.copy()
    changed[0, 4:] += 5.0
    out_changed = _mha(ex, changed, Wq, Wk, Wv, Wo, 2)
    _assert_close(out_changed[0, :4], out[0, :4], "outputs 0..3 after changing tokens 4 and 5")


def check_softmax_is_stable(ex) -> None:
    inputs = _inputs(1, 4, 8, seed=65)
    x = inputs[0] * 60.0
    _assert_close(
        _mha(ex, x, *inputs[1:], n_heads=2),
        _reference(x, *inputs[1:], 2),
        "the output for inputs scaled by 60",
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
