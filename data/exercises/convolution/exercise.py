"""2-D convolution as used in CNNs.

A convolution layer slides a small kernel (kh, kw) over an image (H, W). At each position it
multiplies the kernel with the patch under it and sums:
    out[i, j] = sum_{a, b} image[i * s + a, j * s + b] * kernel[a, b]
with stride s. Deep-learning libraries call this convolution, but mathematically it is
cross-correlation: the kernel is NOT flipped. "valid" means the kernel stays inside the
(padded) image. Zero padding p adds p rows and columns of zeros on every side first.
Along each axis the output size is
    out = (n + 2 p - k) // s + 1.
A 3x3 kernel has 9 weights however big the image is: that weight sharing is why a conv layer
has far fewer parameters than a dense layer.
"""

import numpy as np


def conv_output_size(n: int, kernel: int, stride: int = 1, padding: int = 0) -> int:
    """The output length along one axis of length n."""
    raise NotImplementedError("not implemented yet: conv_output_size")


def conv2d(image: np.ndarray, kernel: np.ndarray, stride: int = 1, padding: int = 0) -> np.ndarray:
    """Cross-correlate a (H, W) image with a (kh, kw) kernel, with stride and zero padding."""
    raise NotImplementedError("not implemented yet: conv2d")
