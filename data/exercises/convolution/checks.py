"""Checks for the 2-D convolution exercise."""

import numpy as np


def _reference(
    image: np.ndarray, kernel: np.ndarray, stride: int = 1, padding: int = 0
) -> np.ndarray:
    image = np.pad(image, padding)
    kh, kw = kernel.shape
    rows = (image.shape[0] - kh) // stride + 1
    cols = (image.shape[1] - kw) // stride + 1
    out = np.zeros((rows, cols))
    for i in range(rows):
        for j in range(cols):
            patch = image[i * stride : i * stride + kh, j * stride : j * stride + kw]
            out[i, j] = np.sum(patch * kernel)
    return out


def _image(shape: tuple[int, int], seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=shape)


def check_output_size_formula(ex) -> None:
    cases = [
        ((28, 5, 1, 0), 24),
        ((32, 3, 1, 1), 32),
        ((7, 3, 2, 0), 3),
        ((8, 3, 2, 0), 3),
        ((224, 7, 2, 3), 112),
        ((5, 5, 1, 0), 1),
    ]
    for (n, k, s, p), want in cases:
        got = ex.conv_output_size(n, k, s, p)
        if got != want:
            raise AssertionError(
                f"conv_output_size(n={n}, kernel={k}, stride={s}, padding={p}) is {want}, got {got}"
            )


def check_matches_reference_loop(ex) -> None:
    image, kernel = _image((7, 9), 20), _image((3, 2), 21)
    _assert_close(ex.conv2d(image, kernel), _reference(image, kernel), "conv2d of 7x9 by 3x2")


def check_kernel_not_flipped(ex) -> None:
    image = np.arange(16.0).reshape(4, 4)
    kernel = np.array([[1.0, 2.0], [0.0, 0.0]])
    want = _reference(image, kernel)
    _assert_close(ex.conv2d(image, kernel), want, "conv2d of arange(16) by [[1, 2], [0, 0]]")


def check_stride(ex) -> None:
    image, kernel = _image((9, 8), 22), _image((3, 3), 23)
    want = _reference(image, kernel, stride=2)
    _assert_close(ex.conv2d(image, kernel, stride=2), want, "conv2d of 9x8 by 3x3, stride 2")


def check_padding(ex) -> None:
    image, kernel = _image((6, 5), 24), _image((3, 3), 25)
    want = _reference(image, kernel, padding=1)
    _assert_close(ex.conv2d(image, kernel, padding=1), want, "conv2d of 6x5 by 3x3, padding 1")
    want = _reference(image, kernel, stride=2, padding=1)
    got = ex.conv2d(image, kernel, stride=2, padding=1)
    _assert_close(got, want, "conv2d of 6x5 by 3x3, stride 2, padding 1")


def check_edge_detector(ex) -> None:
    image = np.zeros((5, 6))
    image[:, 3:] = 1.0
    kernel = np.array([[1.0, 0.0, -1.0]] * 3)
    got = _as_array(ex.conv2d(image, kernel), "conv2d of a vertical edge")
    want = np.tile([0.0, -3.0, -3.0, 0.0], (3, 1))
    _assert_close(got, want, "the response to a vertical edge between columns 2 and 3")


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
