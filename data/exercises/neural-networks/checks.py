"""Checks for the MLP forward-pass exercise."""

import numpy as np


def _params() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(17)
    return {
        "W1": rng.normal(size=(64, 32)) / 8,
        "b1": rng.normal(size=32),
        "W2": rng.normal(size=(32, 10)) / np.sqrt(32),
        "b2": rng.normal(size=10),
    }


def _forward(p: dict[str, np.ndarray], X: np.ndarray) -> np.ndarray:
    logits = np.maximum(0, X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _inputs(n: int) -> np.ndarray:
    return np.random.default_rng(18).normal(size=(n, 64))


def check_init_shapes(ex) -> None:
    params = ex.init_mlp(64, 32, 10, np.random.default_rng(0))
    if not isinstance(params, dict):
        raise AssertionError(f"init_mlp must return a dict of W1, b1, W2, b2, got {params!r:.80}")
    want = {"W1": (64, 32), "b1": (32,), "W2": (32, 10), "b2": (10,)}
    got = {name: np.shape(params.get(name)) for name in want}
    if got != want:
        raise AssertionError(f"init_mlp(64, 32, 10) shapes: expected {want}, got {got}")
    _assert_close(params["b1"], np.zeros(32), "b1 after init_mlp (biases start at zero)")
    std = float(np.std(params["W1"]))
    if not 0.9 / 8 < std < 1.1 / 8:
        raise AssertionError(
            f"W1 of a 64-input layer should have std about 1/sqrt(64), got {std:.3f}"
        )


def check_parameter_count(ex) -> None:
    _assert_close(ex.count_parameters(_params()), 2410, "parameters of a 64-32-10 MLP")


def check_relu(ex) -> None:
    x = np.array([[-2.0, 0.0, 3.0], [1.5, -0.1, -7.0]])
    original = x.copy()
    _assert_close(ex.relu(x), np.maximum(0, original), "relu of a (2, 3) array")
    _assert_close(x, original, "the input after relu (it must not be modified)")


def check_forward_shape_and_rows(ex) -> None:
    probs = _as_array(ex.mlp_forward(_params(), _inputs(5)), "mlp_forward")
    if probs.shape != (5, 10):
        raise AssertionError(
            f"a batch of 5 inputs must give (5, 10) probabilities, got {probs.shape}"
        )
    if (probs < 0).any():
        raise AssertionError("probabilities must not be negative")
    _assert_close(probs.sum(axis=1), np.ones(5), "the row sums of the output")


def check_forward_reference(ex) -> None:
    params, X = _params(), _inputs(4)
    _assert_close(ex.mlp_forward(params, X), _forward(params, X), "mlp_forward on fixed inputs")


def check_rows_are_independent(ex) -> None:
    params, X = _params(), _inputs(6)
    batch = _as_array(ex.mlp_forward(params, X), "mlp_forward of 6 rows")
    single = _as_array(ex.mlp_forward(params, X[2:3]), "mlp_forward of row 2 alone")
    if batch.shape != (6, 10) or single.shape != (1, 10):
        raise AssertionError(f"mlp_forward gave shapes {batch.shape} and {single.shape}")
    _assert_close(batch[2:3], single, "row 2 of the batch output vs row 2 run alone")


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
