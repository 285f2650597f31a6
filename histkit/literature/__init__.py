"""Literature: a learned reader of the references in a note (a CRF over the note's tokens).

`tokenize` and `features` make a note the model's input; `label_notes`
(align.py) turns TEI gold into token labels to train on; `train` (model.py)
trains a CRF, `tag` reads a note with the shipped one; `references_of`
(read.py) makes labels into references, `model_references` (table.py) does so
for a notes table. ``scripts/train_literature_model.py`` trains the shipped
model and cross-validates it by article.
"""

from .align import FIELDS, label_notes, trimmed
from .merge import with_model_references
from .model import shipped_model, tag, tag_with_confidence, train
from .opcitphrase import PENDING
from .read import FIELD_COLUMNS, references_of
from .table import MODEL_COLUMNS, model_references
from .tokens import Token, features, tokenize

__all__ = ["FIELDS", "FIELD_COLUMNS", "MODEL_COLUMNS", "PENDING", "Token", "features", "label_notes", "model_references",
           "references_of", "shipped_model", "tag", "tag_with_confidence", "tokenize", "train", "trimmed",
           "with_model_references"]
