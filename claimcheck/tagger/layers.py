"""The tagger's embedding: the parse's own token vectors, read rather than computed again.

en_core_web_sm's shared ``tok2vec`` leaves each token's vector in ``doc.tensor`` (width 96,
four convolutional layers over NORM, PREFIX, SUFFIX and SHAPE). The tagger reads those vectors
as they are, never updating them, beside small embeddings of a few attributes of the word and
its parse (config.cfg: the norm, the part-of-speech tag, the dependency label); one Maxout
mixes them. A tok2vec of its own was most of the tagger's cost: 0.28 of raw spaCy's time on
100 PolNeAR texts, against 0.16 for the whole network in version 3.0.0 and 0.13 to 0.14 in
3.1.0 (docs/tagger.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc
    from thinc.api import Model
    from thinc.types import Ragged

PARSED_EMBED = "claimcheck.tagger.ParsedEmbed.v1"


class MissingTensorError(ValueError):
    """A Doc without the token vectors of the pipeline the tagger was trained on."""


def register() -> None:
    """Makes the architecture known to spaCy's registry, for training and loading alike."""
    from spacy.util import registry

    registry.architectures.register(PARSED_EMBED, func=parsed_embed)


def parsed_embed(
    width: int, tensor_width: int, attrs: list[str], attr_width: int, rows: list[int]
) -> Model[list[Doc], list[Any]]:
    """The parse's token vectors (``tensor_width`` wide, not trained) beside hash embeddings of
    ``attrs`` (``attr_width`` wide each), mixed by one Maxout to ``width``."""
    from spacy.ml.featureextractor import FeatureExtractor
    from thinc.api import (
        HashEmbed,
        Maxout,
        chain,
        concatenate,
        list2ragged,
        ragged2list,
        with_array,
    )

    if len(rows) != len(attrs):
        raise ValueError(f"{len(attrs)} attributes but {len(rows)} row counts")
    embeddings: list[Model[Any, Any]] = [
        HashEmbed(attr_width, count, column=column, seed=8 + column, dropout=0.0)
        for column, count in enumerate(rows)
    ]
    features: Model[list[Doc], Ragged] = chain(
        FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings))
    )
    mixed_width = attr_width * len(attrs) + tensor_width
    mix: Model[Any, Any] = with_array(Maxout(width, mixed_width, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(features, parse_tensors(tensor_width)), mix, ragged2list())


def parse_tensors(width: int) -> Model[list[Doc], Ragged]:
    """Each Doc's ``tensor``, as one Ragged; nothing flows back into it."""
    from thinc.api import Model

    return Model("parse_tensors", _tensors_forward, dims={"nO": width})


def _tensors_forward(
    model: Model[list[Doc], Ragged], docs: list[Doc], is_train: bool
) -> tuple[Ragged, Callable[[Ragged], list[Doc]]]:
    from thinc.types import Ragged

    width = model.get_dim("nO")
    arrays = []
    for doc in docs:
        tensor: Any = doc.tensor
        if not len(doc):
            tensor = model.ops.alloc2f(0, width)
        elif tensor is None or tuple(tensor.shape) != (len(doc), width):
            shape = None if tensor is None else tuple(tensor.shape)
            raise MissingTensorError(f"a Doc of {len(doc)} tokens has token vectors {shape}")
        arrays.append(model.ops.asarray2f(tensor))
    lengths = model.ops.asarray1i([len(doc) for doc in docs])
    data = model.ops.flatten(arrays) if arrays else model.ops.alloc2f(0, width)
    return Ragged(data, lengths), lambda gradient: []
