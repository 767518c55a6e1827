"""Checks for the pre-norm transformer block exercise."""

import numpy as np


def _layer_norm(x, gamma, beta, eps: float = 1e-5) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(x.var(axis=-1, keepdims=True) + eps) + beta


def _gelu(x) -> np.ndarray:
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))


def _attention(z, p, n_heads: int) -> np.ndarray:
    batch, seq, d = z.shape
    d_head = d // n_heads

    def heads(m: np.ndarray) -> np.ndarray:
        return m.reshape(batch, seq, n_heads, d_head).transpose(0, 2, 1, 3)

    Q, K, V = heads(z @ p["Wq"]), heads(z @ p["Wk"]), heads(z @ p["Wv"])
    scores = Q @ K.swapaxes(-1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return (weights @ V).transpose(0, 2, 1, 3).reshape(batch, seq, d) @ p["Wo"]


def _reference(x, p, n_heads: int) -> np.ndarray:
    h = x + _attention(_layer_norm(x, p["ln1_gamma"], p["ln1_beta"]), p, n_heads)
    z = _layer_norm(h, p["ln2_gamma"], p["ln2_beta"])
    return h + _gelu(z @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]


def _params(d: int, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    p = {name: rng.normal(size=(d, d)) / np.sqrt(d) for name in ("Wq", "Wk", "Wv", "Wo")}
    p["W1"] = rng.normal(size=(d, 4 * d)) / np.sqrt(d)
    p["b1"] = rng.normal(scale=0.1, size=4 * d)
    p["W2"] = rng.normal(size=(4 * d, d)) / np.sqrt(4 * d)
    p["b2"] = rng.normal(scale=0.1, size=d)
    for ln in ("ln1", "ln2"):
        p[f"{ln}_gamma"] = 1 + rng.normal(scale=0.2, size=d)
        p[f"{ln}_beta"] = rng.normal(scale=0.2, size=d)
    return p


def _block(ex, x: np.ndarray, p: dict[str, np.ndarray], n_heads: int) -> np.ndarray:
    with np.errstate(all="ignore"):
        got = ex.transformer_block(x, {k: v.copy() for k, v in p.items()}, n_heads)
    got = _as_array(got, "transformer_block's output")
    if got.shape != x.shape:
        raise AssertionError(
            f"for x of shape {x.shape} the block must return {x.shape}, got {got.shape}"
        )
    return got


def check_layer_norm_statistics(ex) -> None:
    rng = np.random.default_rng(70)
    x = rng.normal(loc=3.0, scale=5.0, size=(2, 3, 8))
    got = _as_array(ex.layer_norm(x, np.ones(8), np.zeros(8)), "layer_norm(x, 1, 0)")
    if got.shape != x.shape:
        raise AssertionError(
            f"layer_norm of a (2, 3, 8) array must keep its shape, got {got.shape}"
        )
    _assert_close(got.mean(axis=-1), np.zeros((2, 3)), "each token's mean after layer_norm", 1e-5)
    _assert_close(got.var(axis=-1), np.ones((2, 3)), "each token's variance after layer_norm", 1e-4)
    gamma, beta = rng.normal(size=8), rng.normal(size=8)
    _assert_close(
        ex.layer_norm(x, gamma, beta), _layer_norm(x, gamma, beta), "layer_norm(x, gamma, beta)"
    )


def check_gelu_values(ex) -> None:
    x = np.array([-10.0, -1.0, 0.0, 0.5, 1.0, 10.0])
    _assert_close(ex.gelu(x), _gelu(x), "gelu([-10, -1, 0, 0.5, 1, 10])")


def check_zero_sublayers_give_identity(ex) -> None:
    x = np.random.default_rng(71).normal(size=(2, 5, 8))
    p = _params(8, seed=72)
    p["Wo"], p["W2"], p["b2"] = np.zeros((8, 8)), np.zeros((32, 8)), np.zeros(8)
    _assert_close(_block(ex, x, p, 2), x, "the block's output when both branches output 0")


def check_matches_pre_norm_reference(ex) -> None:
    x = np.random.default_rng(73).normal(size=(2, 6, 16))
    p = _params(16, seed=74)
    _assert_close(_block(ex, x, p, 4), _reference(x, p, 4), "the block's output (d = 16, 4 heads)")


def check_causal_output_ignores_future(ex) -> None:
    x = np.random.default_rng(75).normal(size=(1, 6, 8))
    p = _params(8, seed=76)
    out = _block(ex, x, p, 2)
    changed = x.copy()
    changed[0, 3:] += np.random.default_rng(77).normal(scale=3.0, size=(3, 8))
    _assert_close(
        _block(ex, changed, p, 2)[0, :3], out[0, :3], "outputs 0..2 after changing tokens 3..5"
    )


def check_parameter_count(ex) -> None:
    for d in (8, 768):
        got = _number(ex.count_parameters(d), f"count_parameters({d})")
        want = sum(v.size for v in _params(d, seed=0).values()) if d == 8 else 12 * d * d + 9 * d
        if got != want:
            raise AssertionError(f"a block of width {d} holds {want} numbers, got {got:g}")


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
