"""Checks for the gradient-descent exercise."""

import numpy as np


def _grad(x: np.ndarray) -> np.ndarray:
    return np.array([2.0, 20.0]) * x


def _path(ex, x0: list[float], lr: float, steps: int) -> np.ndarray:
    path = _as_array(ex.gradient_descent(_grad, np.array(x0), lr, steps), "the path")
    if path.shape != (steps + 1, len(x0)):
        raise AssertionError(
            f"{steps} steps from a {len(x0)}-d x0 give a path of shape ({steps + 1}, {len(x0)}), "
            f"got {path.shape}"
        )
    return path


def check_quadratic_gradient(ex) -> None:
    for point in ([1.0, 1.0], [-2.0, 0.5], [0.0, -3.0]):
        x = np.array(point)
        _assert_close(ex.quadratic_gradient(x), _grad(x), f"gradient of x^2 + 10y^2 at {point}")


def check_first_step(ex) -> None:
    x0 = np.array([3.0, 1.0])
    path = _as_array(ex.gradient_descent(_grad, x0.copy(), 0.01, 5), "the path")
    if path.shape != (6, 2):
        raise AssertionError(f"5 steps from a 2-d x0 give a path of shape (6, 2), got {path.shape}")
    _assert_close(path[0], x0, "path[0] (the starting point)")
    _assert_close(path[1], x0 - 0.01 * _grad(x0), "path[1] (one step from [3, 1] with lr 0.01)")


def check_path_rows_are_distinct(ex) -> None:
    x0 = np.array([3.0, 1.0])
    path = _path(ex, [3.0, 1.0], 0.01, 3)
    want = [x0]
    for _ in range(3):
        want.append(want[-1] - 0.01 * _grad(want[-1]))
    _assert_close(path, np.array(want), "the path of 3 steps from [3, 1] with lr 0.01")


def check_converges_on_convex_quadratic(ex) -> None:
    path = _path(ex, [3.0, -2.0], 0.05, 300)
    _assert_close(path[-1], [0.0, 0.0], "the last point after 300 steps with lr 0.05")


def check_divergence_detected(ex) -> None:
    path = _path(ex, [1.0, 1.0], 0.2, 30)
    if not ex.has_diverged(path):
        raise AssertionError(f"lr 0.2 ended at {path[-1].tolist()}: has_diverged said False")
    path = _path(ex, [1.0, 1.0], 0.05, 30)
    if ex.has_diverged(path):
        raise AssertionError(f"lr 0.05 ended at {path[-1].tolist()}: has_diverged said True")
    blown_up = np.array([[1.0, 1.0], [np.inf, np.nan]])
    if not ex.has_diverged(blown_up):
        raise AssertionError("a path ending in [inf, nan] must count as diverged")


def check_largest_stable_learning_rate(ex) -> None:
    _assert_close(ex.largest_stable_lr(np.array([2.0, 20.0])), 0.1, "largest_stable_lr([2, 20])")
    _assert_close(ex.largest_stable_lr(np.array([0.5, 4.0, 1.0])), 0.5, "for eigenvalues 0.5, 4, 1")
    for lr, diverges in ((0.095, False), (0.105, True)):
        path = _path(ex, [1.0, 1.0], lr, 200)
        if bool(ex.has_diverged(path)) != diverges:
            raise AssertionError(
                f"lr {lr} on x^2 + 10y^2 should {'' if diverges else 'not '}diverge"
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
