"""Checks for the backpropagation exercise (4 inputs, 3 hidden units, 3 classes)."""

import numpy as np

_NAMES = ("W1", "b1", "W2", "b2")


def _setup() -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(19)
    params = {
        "W1": rng.normal(size=(4, 3)),
        "b1": rng.normal(size=3) * 0.5,
        "W2": rng.normal(size=(3, 3)),
        "b2": rng.normal(size=3) * 0.5,
    }
    return params, rng.normal(size=(7, 4)), np.array([0, 2, 1, 1, 0, 2, 2])


def _loss(p: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> float:
    logits = np.maximum(0, X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]
    z = logits - logits.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-np.mean(log_probs[np.arange(len(y)), y]))


def _numeric(p: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray, name: str) -> np.ndarray:
    grad = np.zeros_like(p[name])
    h = 1e-6
    for index in np.ndindex(grad.shape):
        plus = {k: v.copy() for k, v in p.items()}
        minus = {k: v.copy() for k, v in p.items()}
        plus[name][index] += h
        minus[name][index] -= h
        grad[index] = (_loss(plus, X, y) - _loss(minus, X, y)) / (2 * h)
    return grad


def _grads(ex, p: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    grads = ex.gradients({k: v.copy() for k, v in p.items()}, X, y)
    if not isinstance(grads, dict):
        raise AssertionError(f"gradients must return a dict of W1, b1, W2, b2, got {grads!r:.80}")
    missing = [name for name in _NAMES if name not in grads]
    if missing:
        raise AssertionError(f"gradients must return a dict with W1, b1, W2, b2; missing {missing}")
    return {name: _as_array(grads[name], f"the gradient {name}") for name in _NAMES}


def check_loss_reference(ex) -> None:
    params, X, y = _setup()
    _assert_close(ex.loss(params, X, y), _loss(params, X, y), "the loss on a fixed batch")


def check_gradient_shapes(ex) -> None:
    params, X, y = _setup()
    grads = _grads(ex, params, X, y)
    for name in _NAMES:
        if grads[name].shape != params[name].shape:
            raise AssertionError(
                f"d{name} must have {name}'s shape {params[name].shape}, got {grads[name].shape}"
            )


def check_output_layer_gradients(ex) -> None:
    params, X, y = _setup()
    grads = _grads(ex, params, X, y)
    for name in ("W2", "b2"):
        _assert_close(grads[name], _numeric(params, X, y, name), f"d{name} vs finite differences")


def check_hidden_layer_gradients(ex) -> None:
    params, X, y = _setup()
    grads = _grads(ex, params, X, y)
    for name in ("W1", "b1"):
        _assert_close(grads[name], _numeric(params, X, y, name), f"d{name} vs finite differences")


def check_relu_blocks_dead_units(ex) -> None:
    params, X, y = _setup()
    params["b1"] = np.array([-50.0, 0.3, 0.1])  # hidden unit 0 is never active
    grads = _grads(ex, params, X, y)
    _assert_close(grads["W1"][:, 0], np.zeros(4), "dW1 for the dead hidden unit 0")
    _assert_close(grads["b1"][0], 0.0, "db1 for the dead hidden unit 0")


def check_training_reduces_loss(ex) -> None:
    params, X, y = _setup()
    start = _loss(params, X, y)
    for _ in range(300):
        grads = _grads(ex, params, X, y)
        params = {name: params[name] - 0.5 * grads[name] for name in _NAMES}
    end = _loss(params, X, y)
    if not end < 0.1:
        raise AssertionError(
            f"300 steps of lr 0.5 took the loss from {start:.3f} to {end:.3f}, not below 0.1"
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
