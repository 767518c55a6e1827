"""Reference solution: 2-D convolution."""

import numpy as np


def conv_output_size(n: int, kernel: int, stride: int = 1, padding: int = 0) -> int:
    return (n + 2 * padding - kernel) // stride + 1


def conv2d(image: np.ndarray, kernel: np.ndarray, stride: int = 1, padding: int = 0) -> np.ndarray:
    image = np.pad(np.asarray(image, dtype=float), padding)
    kh, kw = kernel.shape
    rows = conv_output_size(image.shape[0], kh, stride)
    cols = conv_output_size(image.shape[1], kw, stride)
    out = np.zeros((rows, cols))
    for i in range(rows):
        for j in range(cols):
            r, c = i, j
            out[i, j] = np.sum(image[r : r + kh, c : c + kw] * kernel)
    return out
