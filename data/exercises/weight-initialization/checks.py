"""Checks for the weight-initialisation exercise (stacks of 128-wide layers, no biases)."""

import numpy as np

_WIDTH = 128


def _rms(x: np.ndarray, weights: list[np.ndarray], activation: str) -> np.ndarray:
    out = []
    for W in weights:
        z = x @ W
        x = np.maximum(0, z) if activation == "relu" else np.tanh(z)
        out.append(np.sqrt(np.mean(x**2)))
    return np.array(out)


def _inputs(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(64, _WIDTH))


def _learner_rms(ex, x: np.ndarray, weights: list[np.ndarray], activation: str) -> np.ndarray:
    got = _as_array(ex.activation_rms(x.copy(), weights, activation), "activation_rms")
    if got.shape != (len(weights),):
        raise AssertionError(
            f"activation_rms over {len(weights)} layers should return {len(weights)} numbers, "
            f"got shape {got.shape}"
        )
    return got


def _learner_stack(ex, scheme: str, depth: int, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    stack = []
    for _ in range(depth):
        W = _as_array(ex.init_weights(_WIDTH, _WIDTH, scheme, rng), f"init_weights({scheme!r})")
        if W.shape != (_WIDTH, _WIDTH):
            raise AssertionError(
                f"init_weights(128, 128) should have shape (128, 128), got {W.shape}"
            )
        stack.append(W)
    return stack


def check_xavier_and_he_formulas(ex) -> None:
    for fan_in, fan_out in ((100, 100), (784, 256), (3, 5)):
        want = np.sqrt(2.0 / (fan_in + fan_out))
        _assert_close(ex.xavier_std(fan_in, fan_out), want, f"xavier_std({fan_in}, {fan_out})")
    for fan_in in (100, 784, 3):
        _assert_close(ex.he_std(fan_in), np.sqrt(2.0 / fan_in), f"he_std({fan_in})")


def check_init_weights_statistics(ex) -> None:
    for scheme, want in (("xavier", np.sqrt(2.0 / 1000)), ("he", np.sqrt(2.0 / 400))):
        W = _as_array(
            ex.init_weights(400, 600, scheme, np.random.default_rng(72)),
            f"init_weights(400, 600, {scheme!r})",
        )
        if W.shape != (400, 600):
            raise AssertionError(
                f"init_weights(400, 600) should have shape (400, 600), got {W.shape}"
            )
        _assert_close(W.std(), want, f"the std of init_weights(400, 600, {scheme!r})", tol=1e-3)
        _assert_close(W.mean(), 0.0, f"the mean of init_weights(400, 600, {scheme!r})", tol=1e-3)
        again = ex.init_weights(400, 600, scheme, np.random.default_rng(72))
        _assert_close(again, W, f"init_weights({scheme!r}) twice with the same seed")


def check_activation_rms_reference(ex) -> None:
    rng = np.random.default_rng(73)
    x = rng.normal(size=(10, 6))
    weights = [rng.normal(scale=0.6, size=(6, 6)) for _ in range(4)]
    for activation in ("relu", "tanh"):
        got = _learner_rms(ex, x, weights, activation)
        _assert_close(got, _rms(x, weights, activation), f"activation_rms with {activation}")


def check_he_keeps_relu_scale(ex) -> None:
    weights = _learner_stack(ex, "he", 30, 74)
    rms = _learner_rms(ex, _inputs(75), weights, "relu")
    if not 0.2 < rms[-1] < 5.0:
        raise AssertionError(
            f"30 ReLU layers with He weights should keep the activations' rms near 1 "
            f"(between 0.2 and 5), got {rms[-1]:.3g} at the last layer"
        )


def check_relu_halves_mean_square(ex) -> None:
    rng = np.random.default_rng(76)
    weights = [rng.normal(scale=np.sqrt(1.0 / _WIDTH), size=(_WIDTH, _WIDTH)) for _ in range(20)]
    rms = _learner_rms(ex, _inputs(77), weights, "relu")
    ratio = float(np.exp(np.mean(np.log(rms[1:] / rms[:-1]))))
    if not abs(ratio - np.sqrt(0.5)) < 0.05:
        raise AssertionError(
            f"with weight variance 1/fan_in each ReLU layer should scale the rms by about "
            f"sqrt(1/2) = 0.707, got {ratio:.3g} per layer on average"
        )


def check_small_scale_vanishes(ex) -> None:
    rng = np.random.default_rng(78)
    small = [rng.normal(scale=0.01, size=(_WIDTH, _WIDTH)) for _ in range(30)]
    x = _inputs(79)
    for activation in ("relu", "tanh"):
        rms = _learner_rms(ex, x, small, activation)
        if not rms[-1] < 1e-15:
            raise AssertionError(
                f"30 {activation} layers with weights of std 0.01 should make the activations "
                f"vanish (rms below 1e-15), got {rms[-1]:.3g} at the last layer"
            )
    rms = _learner_rms(ex, x, _learner_stack(ex, "xavier", 30, 80), "tanh")
    if not rms[-1] > 0.05:
        raise AssertionError(
            f"30 tanh layers with Xavier weights should keep the activations alive "
            f"(rms above 0.05), got {rms[-1]:.3g} at the last layer"
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
