"""Normalisation layers: layer norm and batch norm.

Both standardise activations and then apply a learned per-feature scale gamma and shift beta:
    out = gamma * (x - mean) / sqrt(var + eps) + beta
They differ in which axis the mean and (biased, divide by n) variance are taken over, for an
input x of shape (batch, features):
- layer norm: over the features of each example (axis -1). One example's output never depends
  on the rest of the batch; transformers use it for that reason.
- batch norm: over the batch for each feature (axis 0). In training it normalises with the
  batch's statistics and updates running averages of them,
      running_mean = (1 - momentum) * running_mean + momentum * batch_mean
      running_var  = (1 - momentum) * running_var  + momentum * batch_var_unbiased
  (the running variance uses the unbiased batch variance, divide by n - 1, as PyTorch does).
  In evaluation it normalises with the running averages instead, so it works on one example.
"""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalise each row of x (shape (n, d)) over its d features, then scale and shift."""
    raise NotImplementedError("not implemented yet: layer_norm")


def batch_norm_train(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Batch norm in training mode: (output, new running_mean, new running_var).

    Normalise each feature (column) of x with the batch's mean and biased variance; return the
    updated running averages as new arrays.
    """
    raise NotImplementedError("not implemented yet: batch_norm_train")


def batch_norm_eval(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    eps: float = 1e-5,
) -> np.ndarray:
    """Batch norm in evaluation mode: normalise each feature with the running statistics."""
    raise NotImplementedError("not implemented yet: batch_norm_eval")
