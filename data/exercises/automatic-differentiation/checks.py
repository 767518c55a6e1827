"""Checks for the reverse-mode autodiff exercise."""

import numpy as np


def _op(result: object, what: str) -> object:
    """The learner's result of one operation, which must be a new Value."""
    if not hasattr(result, "data") or not hasattr(result, "backward"):
        raise AssertionError(f"{what} should give a new Value, got {result!r:.80}")
    return result


def _grad_of(value: object, what: str) -> float:
    return _number(getattr(value, "grad", None), f"{what}.grad")


def _data_of(value: object, what: str) -> float:
    return _number(getattr(value, "data", None), f"{what}.data")


def check_forward_values(ex) -> None:
    a, b, c = ex.Value(2.0), ex.Value(-3.0), ex.Value(0.5)
    _assert_close(_data_of(_op(a * b, "a * b"), "(a * b)"), -6.0, "(a * b).data for a=2, b=-3")
    _assert_close(_data_of(_op(a + b, "a + b"), "(a + b)"), -1.0, "(a + b).data for a=2, b=-3")
    ac_b = _op(_op(a * c, "a * c") + b, "a * c + b")
    y = _op(ac_b.tanh(), "(a * c + b).tanh()")
    _assert_close(_data_of(y, "tanh(a*c + b)"), np.tanh(-2.0), "tanh(a*c + b).data")


def check_add_and_mul_gradients(ex) -> None:
    a, b, c = ex.Value(2.0), ex.Value(-3.0), ex.Value(10.0)
    f = _op(_op(a * b, "a * b") + c, "a * b + c")
    f.backward()
    _assert_close(_grad_of(f, "f"), 1.0, "f.grad after f.backward()")
    _assert_close(_grad_of(a, "a"), -3.0, "df/da for f = a*b + c at a = 2, b = -3")
    _assert_close(_grad_of(b, "b"), 2.0, "df/db for f = a*b + c at a = 2, b = -3")
    _assert_close(_grad_of(c, "c"), 1.0, "df/dc for f = a*b + c")


def check_tanh_gradient(ex) -> None:
    x = ex.Value(0.7)
    y = _op(x.tanh(), "x.tanh()")
    y.backward()
    _assert_close(_grad_of(x, "x"), 1 - np.tanh(0.7) ** 2, "d tanh(x)/dx at x = 0.7")


def check_node_used_twice_accumulates(ex) -> None:
    a = ex.Value(3.0)
    f = _op(_op(a * a, "a * a") + a, "a * a + a")
    f.backward()
    _assert_close(_grad_of(a, "a"), 7.0, "df/da for f = a*a + a at a = 3")


def _shared(a: float, b: float) -> float:
    d = a * b
    return float(np.tanh((d + a) * d))


def check_shared_node_in_topological_order(ex) -> None:
    a0, b0, h = 0.4, -0.9, 1e-6
    a, b = ex.Value(a0), ex.Value(b0)
    d = _op(a * b, "a * b")
    e = _op(_op(d + a, "d + a") * d, "(d + a) * d")
    f = _op(e.tanh(), "((d + a) * d).tanh()")
    f.backward()
    da = (_shared(a0 + h, b0) - _shared(a0 - h, b0)) / (2 * h)
    db = (_shared(a0, b0 + h) - _shared(a0, b0 - h)) / (2 * h)
    _assert_close(_grad_of(a, "a"), da, "df/da for d = a*b, f = tanh((d + a) * d)", tol=1e-6)
    _assert_close(_grad_of(b, "b"), db, "df/db for d = a*b, f = tanh((d + a) * d)", tol=1e-6)


def _neuron(p: np.ndarray) -> float:
    w1, x1, w2, x2, b = p
    return float(np.tanh(w1 * x1 + w2 * x2 + b))


def check_neuron_against_numeric_gradient(ex) -> None:
    point = np.array([-0.6, 1.5, 0.8, -0.3, 0.2])
    inputs = [ex.Value(float(v)) for v in point]
    w1, x1, w2, x2, b = inputs
    first = _op(w1 * x1, "w1 * x1")
    both = _op(first + _op(w2 * x2, "w2 * x2"), "w1*x1 + w2*x2")
    out = _op(_op(both + b, "w1*x1 + w2*x2 + b").tanh(), "tanh(w1*x1 + w2*x2 + b)")
    out.backward()
    names = ["w1", "x1", "w2", "x2", "b"]
    for i, (name, value) in enumerate(zip(names, inputs, strict=True)):
        e = np.zeros(5)
        e[i] = 1e-6
        numeric = (_neuron(point + e) - _neuron(point - e)) / 2e-6
        _assert_close(_grad_of(value, name), numeric, f"d tanh(w1*x1 + w2*x2 + b)/d{name}", 1e-6)


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
