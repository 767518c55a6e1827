"""Checks for the minibatch SGD exercise."""

import numpy as np


def _batches(ex, n: int, batch_size: int, seed: int, epoch: int = 0) -> list[np.ndarray]:
    """The batches of the given epoch, drawing every epoch from one rng as training does."""
    rng = np.random.default_rng(seed)
    for _ in range(epoch):
        ex.minibatches(n, batch_size, rng)
    batches = ex.minibatches(n, batch_size, rng)
    if not isinstance(batches, list | tuple):
        raise AssertionError(f"minibatches must return a list of index arrays, got {batches!r:.80}")
    return [_as_array(b, "a batch").astype(int).ravel() for b in batches]


def _data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    X = rng.normal(size=(400, 3))
    w_true = np.array([1.5, -2.0, 0.5])
    return X, X @ w_true + 0.1 * rng.normal(size=400), w_true


def check_batches_cover_each_index_once(ex) -> None:
    batches = _batches(ex, 10, 3, seed=0)
    sizes = [len(b) for b in batches]
    if sizes != [3, 3, 3, 1]:
        raise AssertionError(f"10 examples in batches of 3 give sizes [3, 3, 3, 1], got {sizes}")
    seen = np.sort(np.concatenate(batches))
    if seen.tolist() != list(range(10)):
        raise AssertionError(f"an epoch must use each of 0..9 exactly once, got {seen.tolist()}")


def check_batches_are_shuffled(ex) -> None:
    first = np.concatenate(_batches(ex, 50, 10, seed=1))
    second = np.concatenate(_batches(ex, 50, 10, seed=1, epoch=1))
    if first.tolist() == list(range(50)):
        raise AssertionError("the epoch visits 0..49 in order: shuffle the indices")
    if first.tolist() == second.tolist():
        raise AssertionError("two epochs drawn from the same rng used the same order")
    if sorted(second.tolist()) != list(range(50)):
        raise AssertionError("the second epoch does not use each index exactly once")


def check_mse_gradient(ex) -> None:
    X, y, _ = _data()
    X, y = X[:8], y[:8]
    w = np.array([0.3, 0.1, -0.4])
    h = 1e-6
    numeric = np.zeros(3)
    for i in range(3):
        e = np.zeros(3)
        e[i] = h
        numeric[i] = (np.mean((X @ (w + e) - y) ** 2) - np.mean((X @ (w - e) - y) ** 2)) / (2 * h)
    _assert_close(ex.mse_gradient(w, X, y), numeric, "mse_gradient on 8 rows", tol=1e-6)


def check_epoch_updates_batch_by_batch(ex) -> None:
    X, y, _ = _data()
    X, y = X[:20], y[:20]
    w0 = np.zeros(3)
    batches = _batches(ex, 20, 8, seed=3)
    want = w0.copy()
    for idx in batches:
        Xb, yb = X[idx], y[idx]
        want = want - 0.1 * 2 * Xb.T @ (Xb @ want - yb) / len(idx)
    got = ex.sgd_epoch(w0.copy(), X, y, 0.1, 8, np.random.default_rng(3))
    _assert_close(got, want, "weights after one epoch (lr 0.1, batch 8, 20 rows)")


def check_sgd_fits_linear_regression(ex) -> None:
    X, y, w_true = _data()
    rng = np.random.default_rng(11)
    w = np.zeros(3)
    for _ in range(30):
        w = _as_array(ex.sgd_epoch(w, X, y, 0.05, 16, rng), "sgd_epoch")
    _assert_close(w, w_true, "weights after 30 epochs of SGD", tol=0.05)


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
