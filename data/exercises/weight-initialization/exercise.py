"""Weight initialisation: Xavier and He, and what depth does to activations.

A layer z = a @ W with fan_in inputs, independent weights of variance v and inputs of mean
square m gives each z a variance of about fan_in * v * m. To keep the signal's scale from
layer to layer, choose v so that the factor is 1:
- Xavier (Glorot), for tanh and linear layers, balances the forward and backward passes:
      std = sqrt(2 / (fan_in + fan_out))
- He (Kaiming), for ReLU, which zeroes half of its inputs and so halves the mean square:
      std = sqrt(2 / fan_in)
With a smaller scale the activations shrink by a constant factor per layer and vanish in a
deep stack; with a larger one they explode. Weights are drawn from a normal distribution with
mean 0 and that standard deviation; a (fan_in, fan_out) matrix maps fan_in inputs to fan_out.
"""

import numpy as np


def xavier_std(fan_in: int, fan_out: int) -> float:
    """The Xavier (Glorot) normal standard deviation."""
    raise NotImplementedError("not implemented yet: xavier_std")


def he_std(fan_in: int) -> float:
    """The He (Kaiming) normal standard deviation for ReLU layers."""
    raise NotImplementedError("not implemented yet: he_std")


def init_weights(fan_in: int, fan_out: int, scheme: str, rng: np.random.Generator) -> np.ndarray:
    """A (fan_in, fan_out) matrix of normal weights, mean 0, std from scheme "xavier" or "he".

    Draw them from rng (e.g. rng.normal) so that a fixed seed gives the same weights.
    """
    raise NotImplementedError("not implemented yet: init_weights")


def activation_rms(x: np.ndarray, weights: list[np.ndarray], activation: str) -> np.ndarray:
    """Push x through a = act(a @ W) for each W; return each layer's sqrt(mean(a**2)).

    activation is "relu" or "tanh"; the result has one number per layer, first layer first.
    """
    raise NotImplementedError("not implemented yet: activation_rms")
