from .deep import value
