"""Checks for the bias-variance exercise (noisy samples of sin(2 pi x) on [0, 1])."""

import numpy as np

_NOISE = 0.3


def _truth(x: np.ndarray) -> np.ndarray:
    return np.sin(2 * np.pi * x)


def _samples(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(0.0, 1.0, size=n)
    return x, _truth(x) + _NOISE * rng.normal(size=n)


def _split(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x, y = _samples(30, rng)
    x_val, y_val = _samples(200, rng)
    return x, y, x_val, y_val


def _errors(ex, degree: int, data: tuple) -> tuple[float, float]:
    train, val = _parts(ex.errors(*(a.copy() for a in data), degree), 2, f"errors(degree={degree})")
    return _number(train, f"the training MSE at degree {degree}"), _number(
        val, f"the validation MSE at degree {degree}"
    )


def _bias_variance(ex, predictions: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    bias, variance = _parts(ex.bias_variance(predictions.copy(), truth.copy()), 2, "bias_variance")
    return _number(bias, "bias^2"), _number(variance, "the variance")


def _predictions(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    truth = rng.normal(size=12)
    return truth + 0.4 + rng.normal(scale=0.7, size=(9, 12)), truth


def check_fit_predict_reference(ex) -> None:
    x, y, x_val, _ = _split(110)
    want = np.polyval(np.polyfit(x, y, 3), x_val)
    _assert_close(
        ex.fit_predict(x.copy(), y.copy(), 3, x_val.copy()), want, "fit_predict at degree 3"
    )


def check_errors_reference(ex) -> None:
    data = _split(111)
    x, y, x_val, y_val = data
    coefficients = np.polyfit(x, y, 4)
    want = (
        np.mean((np.polyval(coefficients, x) - y) ** 2),
        np.mean((np.polyval(coefficients, x_val) - y_val) ** 2),
    )
    _assert_close(_errors(ex, 4, data), want, "(training MSE, validation MSE) at degree 4")


def check_training_error_falls_with_degree(ex) -> None:
    data = _split(110)
    train = [_errors(ex, degree, data)[0] for degree in range(1, 13)]
    for degree in range(2, 13):
        if train[degree - 1] > train[degree - 2] + 1e-9:
            raise AssertionError(
                f"the training MSE rose from {train[degree - 2]:.4g} at degree {degree - 1} "
                f"to {train[degree - 1]:.4g} at degree {degree}"
            )


def check_validation_error_turns_up(ex) -> None:
    data = _split(110)
    val = {degree: _errors(ex, degree, data)[1] for degree in (1, 3, 12)}
    if not (val[3] < val[1] and val[3] < val[12]):
        shown = ", ".join(f"degree {d}: {v:.4g}" for d, v in val.items())
        raise AssertionError(
            f"the validation MSE should be lowest at degree 3 of 1, 3, 12; got {shown}"
        )


def check_bias_variance_reference(ex) -> None:
    predictions, truth = _predictions(112)
    bias, variance = _bias_variance(ex, predictions, truth)
    want = np.mean((predictions.mean(axis=0) - truth) ** 2)
    _assert_close(bias, want, "bias^2 of 9 datasets x 12 points")
    _assert_close(
        variance, np.mean(predictions.var(axis=0)), "the variance of 9 datasets x 12 points"
    )


def check_decomposition_adds_up(ex) -> None:
    predictions, truth = _predictions(113)
    bias, variance = _bias_variance(ex, predictions, truth)
    error = float(np.mean((predictions - truth) ** 2))
    _assert_close(
        bias + variance, error, "bias^2 + variance vs the mean squared error over datasets", 1e-9
    )


def check_variance_grows_with_degree(ex) -> None:
    rng = np.random.default_rng(114)
    x, x_test = np.linspace(0.0, 1.0, 30), np.linspace(0.05, 0.95, 25)
    noisy = [_truth(x) + _NOISE * rng.normal(size=30) for _ in range(200)]
    degrees, biases, variances = (1, 3, 5, 9, 12), [], []
    for degree in degrees:
        predictions = np.array(
            [
                _as_array(ex.fit_predict(x.copy(), y, degree, x_test.copy()), "fit_predict")
                for y in noisy
            ]
        )
        bias, variance = _bias_variance(ex, predictions, _truth(x_test))
        biases.append(bias)
        variances.append(variance)
    if not np.all(np.diff(variances) > 0):
        shown = ", ".join(f"{d}: {v:.3g}" for d, v in zip(degrees, variances, strict=True))
        raise AssertionError(f"the variance should grow with the degree; by degree got {shown}")
    if not biases[0] > biases[1] > biases[2]:
        shown = ", ".join(f"{d}: {b:.3g}" for d, b in zip(degrees[:3], biases[:3], strict=True))
        raise AssertionError(f"bias^2 should fall from degree 1 to 3 to 5; got {shown}")


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
