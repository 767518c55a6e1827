"""Checks for the normalisation-layers exercise (inputs of shape (batch, features))."""

import numpy as np

_EPS = 1e-5


def _batch(shape: tuple[int, int], seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(loc=3.0, scale=2.0, size=shape) * rng.uniform(0.5, 4.0, size=shape[1])


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + _EPS) + beta


def _batch_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    return gamma * (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + _EPS) + beta


def _train(ex, x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, momentum: float) -> tuple:
    d = x.shape[1]
    running_mean, running_var = np.full(d, 0.5), np.full(d, 2.0)
    result = ex.batch_norm_train(
        x, gamma, beta, running_mean.copy(), running_var.copy(), momentum=momentum
    )
    out, mean, var = _parts(result, 3, "batch_norm_train")
    return running_mean, running_var, out, mean, var


def check_layer_norm_rows_standardised(ex) -> None:
    x = _batch((6, 10), 40)
    out = _as_array(ex.layer_norm(x, np.ones(10), np.zeros(10)), "layer_norm(x, 1, 0)")
    if out.shape != x.shape:
        raise AssertionError(f"layer_norm of a {x.shape} input keeps its shape, got {out.shape}")
    _assert_close(out.mean(axis=1), np.zeros(6), "each row's mean after layer norm", tol=1e-6)
    _assert_close(out.var(axis=1), np.ones(6), "each row's variance after layer norm", tol=1e-3)


def check_layer_norm_scale_and_shift(ex) -> None:
    rng = np.random.default_rng(41)
    x = _batch((5, 8), 42)
    gamma, beta = rng.uniform(0.5, 2.0, size=8), rng.normal(size=8)
    want = _layer_norm(x, gamma, beta)
    _assert_close(ex.layer_norm(x, gamma, beta), want, "layer_norm with gamma and beta")


def check_layer_norm_ignores_the_batch(ex) -> None:
    rng = np.random.default_rng(43)
    x = _batch((8, 6), 44)
    gamma, beta = rng.uniform(0.5, 2.0, size=6), rng.normal(size=6)
    alone = _as_array(ex.layer_norm(x[:1], gamma, beta), "layer_norm of one example")
    in_batch = _as_array(ex.layer_norm(x, gamma, beta), "layer_norm of a batch of 8")
    if in_batch.shape != x.shape:
        raise AssertionError(f"layer_norm of a {x.shape} input must keep its shape")
    _assert_close(alone, in_batch[:1], "example 0 alone vs the same example in a batch of 8")


def check_batch_norm_per_feature_statistics(ex) -> None:
    rng = np.random.default_rng(45)
    x = _batch((16, 5), 46)
    gamma, beta = rng.uniform(0.5, 2.0, size=5), rng.normal(size=5)
    _, _, out, _, _ = _train(ex, x, np.ones(5), np.zeros(5), 0.1)
    got = _as_array(out, "batch_norm_train's output")
    if got.shape != x.shape:
        raise AssertionError(f"batch norm of a {x.shape} input keeps its shape, got {got.shape}")
    _assert_close(got.mean(axis=0), np.zeros(5), "each feature's mean over the batch", tol=1e-6)
    _assert_close(got.var(axis=0), np.ones(5), "each feature's variance over the batch", tol=1e-3)
    _, _, out, _, _ = _train(ex, x, gamma, beta, 0.1)
    _assert_close(out, _batch_norm(x, gamma, beta), "batch_norm_train with gamma and beta")


def check_running_averages(ex) -> None:
    x = _batch((12, 4), 47)
    running_mean, running_var, _, mean, var = _train(ex, x, np.ones(4), np.zeros(4), 0.2)
    want_mean = 0.8 * running_mean + 0.2 * x.mean(axis=0)
    want_var = 0.8 * running_var + 0.2 * x.var(axis=0, ddof=1)
    _assert_close(mean, want_mean, "the new running_mean (momentum 0.2)")
    _assert_close(var, want_var, "the new running_var (momentum 0.2)")


def check_eval_uses_running_statistics(ex) -> None:
    rng = np.random.default_rng(48)
    x = _batch((1, 5), 49)
    gamma, beta = rng.uniform(0.5, 2.0, size=5), rng.normal(size=5)
    mean, var = rng.normal(size=5), rng.uniform(0.5, 3.0, size=5)
    want = gamma * (x - mean) / np.sqrt(var + _EPS) + beta
    got = ex.batch_norm_eval(x, gamma, beta, mean.copy(), var.copy())
    _assert_close(got, want, "batch_norm_eval of one example with given running statistics")


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
