"""Checks for the partial-derivatives exercise."""

import numpy as np


def _product(p: np.ndarray) -> float:
    return float(p[0] * p[1])


def _steep(p: np.ndarray) -> float:
    return float(np.exp(10.0 * p[0]))


def _mixed(p: np.ndarray) -> float:
    x, y, z, t = p
    return float(x**2 * np.sin(y) + np.exp(z * x) + t**3 * y)


def _mixed_gradient(p: np.ndarray) -> np.ndarray:
    x, y, z, t = p
    return np.array(
        [
            2 * x * np.sin(y) + z * np.exp(z * x),
            x**2 * np.cos(y) + t**3,
            x * np.exp(z * x),
            3 * t**2 * y,
        ]
    )


def _f(p: np.ndarray) -> float:
    x, y = p
    return float(x**2 * y + np.sin(y))


def _loss(w: float, b: float, x: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((w * x + b - y) ** 2))


def check_partial_moves_one_coordinate(ex) -> None:
    p = np.array([2.0, 3.0])
    got = _number(ex.partial(_product, p, 0), "partial(x0 * x1, (2, 3), 0)")
    _assert_close(got, 3.0, "d(x0 * x1)/dx0 at (2, 3)")
    got = _number(ex.partial(_product, p, 1), "partial(x0 * x1, (2, 3), 1)")
    _assert_close(got, 2.0, "d(x0 * x1)/dx1 at (2, 3)")
    if not np.array_equal(p, [2.0, 3.0]):
        raise AssertionError(
            f"partial changed the point it was given from [2.0, 3.0] to {p.tolist()}"
        )


def check_central_difference_accuracy(ex) -> None:
    p = np.array([1.0])
    want = 10.0 * np.exp(10.0)
    got = _number(ex.partial(_steep, p.copy(), 0), "partial(exp(10 x), 1.0, 0)")
    _assert_close(got, want, "d/dx exp(10 x) at x = 1 (relative tolerance 1e-6)")


def check_numeric_gradient(ex) -> None:
    p = np.array([0.7, -1.2, 0.4, 1.1])
    got = ex.numeric_gradient(_mixed, p.copy())
    _assert_close(
        got, _mixed_gradient(p), "numeric_gradient of x^2 sin(y) + exp(z x) + t^3 y", 1e-6
    )


def check_mixed_partials_symmetric(ex) -> None:
    for x, y in ((1.5, 0.3), (-0.8, 2.0)):
        p = np.array([x, y])
        xy = _number(ex.mixed_partial(_f, p.copy(), 0, 1), "mixed_partial(f, p, 0, 1)")
        yx = _number(ex.mixed_partial(_f, p.copy(), 1, 0), "mixed_partial(f, p, 1, 0)")
        _assert_close(xy, 2 * x, f"d2f/dx dy of x^2 y + sin(y) at ({x}, {y})", 1e-5)
        _assert_close(yx, xy, f"d2f/dy dx vs d2f/dx dy at ({x}, {y})", 1e-6)
        yy = _number(ex.mixed_partial(_f, p.copy(), 1, 1), "mixed_partial(f, p, 1, 1)")
        _assert_close(yy, -np.sin(y), f"d2f/dy2 of x^2 y + sin(y) at ({x}, {y})", 1e-5)


def check_partials_of_x2y_plus_siny(ex) -> None:
    for x, y in ((1.5, 0.3), (-2.0, 4.0), (0.0, -1.0)):
        dx, dy = _parts(ex.f_partials(x, y), 2, "f_partials")
        _assert_close(dx, 2 * x * y, f"df/dx of x^2 y + sin(y) at ({x}, {y})")
        _assert_close(dy, x**2 + np.cos(y), f"df/dy of x^2 y + sin(y) at ({x}, {y})")


def check_loss_partials(ex) -> None:
    rng = np.random.default_rng(120)
    x = rng.normal(size=20)
    y = 1.7 * x - 0.4 + 0.3 * rng.normal(size=20)
    w, b, h = 0.5, 0.9, 1e-6
    dw, db = _parts(ex.loss_partials(w, b, x.copy(), y.copy()), 2, "loss_partials")
    want_dw = (_loss(w + h, b, x, y) - _loss(w - h, b, x, y)) / (2 * h)
    want_db = (_loss(w, b + h, x, y) - _loss(w, b - h, x, y)) / (2 * h)
    _assert_close(dw, want_dw, "dL/dw vs finite differences", 1e-5)
    _assert_close(db, want_db, "dL/db vs finite differences", 1e-5)


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
