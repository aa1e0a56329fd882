"""Contains all the data models used in inputs/outputs"""

from .new_sequence import NewSequence
from .new_sequence_default_sequence import NewSequenceDefaultSequence
from .new_sequence_request import NewSequenceRequest
from .sequence import Sequence
from .sequence_list import SequenceList
from .sequence_under_sequence import SequenceUnderSequence
from .sequence_under_sequences import SequenceUnderSequences
from .service_error import ServiceError
from .service_error_errors import ServiceErrorErrors
from .unparseable_body import UnparseableBody

__all__ = (
    "NewSequence",
    "NewSequenceDefaultSequence",
    "NewSequenceRequest",
    "Sequence",
    "SequenceList",
    "SequenceUnderSequence",
    "SequenceUnderSequences",
    "ServiceError",
    "ServiceErrorErrors",
    "UnparseableBody",
)
