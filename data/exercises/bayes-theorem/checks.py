"""Checks for the Bayes' theorem exercise."""

import numpy as np

_X = np.array([[1, 0, 1], [1, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 1]])
_Y = np.array([0, 0, 0, 1, 1])


def _beta(ex, alpha: float, beta: float, flips, what: str) -> np.ndarray:
    a, b = _parts(ex.beta_update(alpha, beta, np.asarray(flips)), 2, what)
    return np.array([_number(a, f"alpha of {what}"), _number(b, f"beta of {what}")])


def _fit(ex, X, y, n_classes: int, smoothing: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    what = f"fit_naive_bayes on {len(y)} rows"
    log_priors, probs = _parts(ex.fit_naive_bayes(X, y, n_classes, smoothing), 2, what)
    return _as_array(log_priors, f"log_priors of {what}"), _as_array(
        probs, f"feature_probs of {what}"
    )


def _synthetic(seed: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    probs = np.array(
        [
            [0.9, 0.8, 0.2, 0.1, 0.5, 0.0],
            [0.2, 0.3, 0.7, 0.9, 0.5, 0.0],
            [0.5, 0.1, 0.9, 0.2, 0.5, 0.0],
        ]
    )
    y = rng.integers(0, 3, size=n)
    X = (rng.random((n, 6)) < probs[y]).astype(int)
    return X, y


def check_beta_update_counts(ex) -> None:
    _assert_close(
        _beta(ex, 2, 3, [1, 0, 1, 1], "beta_update(2, 3, [1, 0, 1, 1])"),
        [5, 4],
        "beta_update(2, 3, [1, 0, 1, 1])",
    )
    _assert_close(
        _beta(ex, 1, 1, [0, 0], "beta_update(1, 1, [0, 0])"), [1, 3], "beta_update(1, 1, [0, 0])"
    )
    _assert_close(
        _beta(ex, 4, 5, np.array([], dtype=int), "beta_update with no flips"),
        [4, 5],
        "beta_update with no flips",
    )


def check_sequential_equals_batch(ex) -> None:
    flips = np.random.default_rng(51).integers(0, 2, size=30)
    batch = _beta(ex, 2.0, 2.0, flips, "beta_update(2, 2, 30 flips)")
    state = np.array([2.0, 2.0])
    for flip in flips[::-1]:
        state = _beta(
            ex, state[0], state[1], [flip], f"beta_update({state[0]:g}, {state[1]:g}, [{flip}])"
        )
    _assert_close(
        state, batch, "30 one-flip updates in reverse order compared with one batch update"
    )
    _assert_close(batch, [2 + flips.sum(), 2 + 30 - flips.sum()], "beta_update(2, 2, 30 flips)")


def check_posterior_mean_and_map(ex) -> None:
    _assert_close(ex.beta_mean(8, 4), 8 / 12, "beta_mean(8, 4) (flat prior, 7 heads, 3 tails)")
    _assert_close(ex.beta_map(8, 4), 0.7, "beta_map(8, 4): the MAP under a flat prior is heads / n")
    _assert_close(
        ex.beta_map(17, 13), 16 / 28, "beta_map(17, 13) (Beta(10, 10) prior, 7 heads, 3 tails)"
    )
    flips = (np.random.default_rng(52).random(2000) < 0.3).astype(int)
    a, b = _beta(ex, 1, 1, flips, "beta_update(1, 1, 2000 flips)")
    got = _number(ex.beta_mean(a, b), "the posterior mean after 2000 flips")
    if abs(got - 0.3) > 0.03:
        raise AssertionError(
            f"after 2000 flips of a coin with p = 0.3 the posterior mean is {got:.3f}"
        )


def check_naive_bayes_fit_with_smoothing(ex) -> None:
    log_priors, probs = _fit(ex, _X, _Y, 2)
    _assert_close(
        log_priors, np.log([0.6, 0.4]), "log_priors for 3 rows of class 0 and 2 of class 1"
    )
    want = np.array([[3 / 5, 2 / 5, 3 / 5], [2 / 4, 2 / 4, 2 / 4]])
    _assert_close(probs, want, "feature_probs with smoothing 1")
    _, probs = _fit(ex, _X, _Y, 2, smoothing=0.5)
    _assert_close(
        probs[1] if probs.ndim == 2 else probs,
        [1.5 / 3, 1.5 / 3, 1.5 / 3],
        "feature_probs of class 1 with smoothing 0.5",
    )


def check_naive_bayes_posterior(ex) -> None:
    log_priors = np.log(np.array([0.5, 0.3, 0.2]))
    probs = np.array([[0.9, 0.5], [0.2, 0.5], [0.5, 0.1]])
    X = np.array([[1, 0], [0, 1], [0, 0]])
    joint = log_priors + X @ np.log(probs).T + (1 - X) @ np.log(1 - probs).T
    want = joint - np.log(np.exp(joint).sum(axis=1, keepdims=True))
    got = _as_array(ex.log_posterior(X, log_priors, probs), "log_posterior of 3 rows")
    _assert_close(got, want, "log_posterior of [[1, 0], [0, 1], [0, 0]]")
    X, y = _synthetic(53, 50)
    log_priors, probs = _fit(ex, X, y, 3)
    got = _as_array(ex.log_posterior(X, log_priors, probs), "log_posterior of 50 rows")
    _assert_close(
        np.exp(got).sum(axis=1) if got.ndim == 2 else got,
        np.ones(50),
        "the posterior probabilities of each row summed",
    )


def check_naive_bayes_classifies(ex) -> None:
    X, y = _synthetic(54, 600)
    log_priors, probs = _fit(ex, X[:400], y[:400], 3)
    test = X[400:].copy()
    test[:, 5] = 1  # a feature never on in training: smoothing keeps every class possible
    got = _as_array(ex.log_posterior(test, log_priors, probs), "log_posterior of 200 test rows")
    if got.shape != (200, 3):
        raise AssertionError(f"log_posterior of 200 rows and 3 classes has shape {got.shape}")
    if not np.all(np.isfinite(got)):
        bad = int(np.sum(~np.isfinite(got)))
        raise AssertionError(
            f"{bad} log posteriors are -inf or nan for rows with an unseen feature"
        )
    accuracy = float(np.mean(np.argmax(got, axis=1) == y[400:]))
    if accuracy < 0.75:
        raise AssertionError(
            f"naive Bayes gets {accuracy:.2f} of 200 test rows right, expected at least 0.75"
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


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool | np.bool_):
        raise AssertionError(f"{what} should be True or False, got {value!r:.80}")
    return bool(value)
