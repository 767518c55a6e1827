"""Pooling, stride, padding and the receptive field.

Along one axis of length n, a window of size k with stride s, zero padding p on both sides and
dilation d (gaps between the window's taps; d = 1 means none) fits
    out = floor((n + 2 p - d (k - 1) - 1) / s) + 1
times: the formula behind every conv and pooling layer's output shape (PyTorch uses it too).
Pooling slides a k x k window with stride s over a (H, W) map and keeps the maximum ("max") or
the mean ("avg") of each window; 2x2 pooling with stride 2 halves height and width.
The receptive field of a unit is how many input pixels (along one axis) can affect it. For
layers (k_1, s_1), (k_2, s_2), ... from the input upwards,
    r = 1 + sum_i (k_i - 1) * (s_1 * ... * s_{i-1})
so three stacked 3x3 stride-1 convolutions see 7 pixels, and each stride multiplies how much
every later layer adds.
"""

import numpy as np


def out_size(n: int, k: int, s: int = 1, p: int = 0, d: int = 1) -> int:
    """The output length along an axis of length n for kernel k, stride s, padding p, dilation d."""
    raise NotImplementedError("not implemented yet: out_size")


def pool2d(x: np.ndarray, k: int, s: int, mode: str = "max") -> np.ndarray:
    """Pool a (H, W) map with a k x k window and stride s, no padding; mode "max" or "avg"."""
    raise NotImplementedError("not implemented yet: pool2d")


def receptive_field(layers: list[tuple[int, int]]) -> int:
    """The receptive field along one axis of a stack of (kernel, stride) layers, input first."""
    raise NotImplementedError("not implemented yet: receptive_field")
