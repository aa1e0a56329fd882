"""Contains all the data models used in inputs/outputs"""

from .sequence import Sequence
from .sequence_list import SequenceList

__all__ = (
    "Sequence",
    "SequenceList",
)
