"""Access to the data files shipped inside the package (never relative to the working directory)."""
from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


def data_text(name: str) -> str:
    return resources.files("articleparse").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_yaml(name: str):
    return yaml.load(data_text(name), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

