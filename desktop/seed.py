"""The bundled article and its curated facts, read from ``resources/seed``.

``seed.json`` holds the article's metadata, its entities and its facts (with
evidence offsets into the article body); the article itself stays in the
original file, header included, and is split with the same header reader the
importer uses so the offsets mean the same thing in both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.domain import Article, Entity, Fact
from desktop.extract.header import split_header
from desktop.paths import resources_dir

#: Bump when the curated facts change, so existing databases pick them up.
SEED_VERSION = 1


@dataclass(frozen=True, slots=True)
class Dataset:
    article: Article
    entities: list[Entity]
    facts: list[Fact]


def load_seed() -> Dataset:
    folder = resources_dir() / "seed"
    data = json.loads((folder / "seed.json").read_text(encoding="utf-8"))
    meta = data["article"]
    header = split_header((folder / meta["file"]).read_text(encoding="utf-8"))
    article = Article(
        id=meta["id"],
        text=header.body,
        title=meta["title"],
        date=header.date or meta.get("date"),
        place=header.place or meta.get("place"),
        source=meta.get("source"),
    )
    entities = [Entity.from_dict(item) for item in data["entities"]]
    facts = [Fact.from_dict(item) for item in data["facts"]]
    for fact in facts:
        fact.evidence.check_against(article.text)
    return Dataset(article, entities, facts)
