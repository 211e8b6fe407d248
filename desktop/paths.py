"""Where things live: the bundled resources and the user's database."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "fact-browser"
DB_ENV = "FACT_BROWSER_DB"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder, installed or in a source checkout.

    A wheel carries it inside the package (``desktop/resources``); an editable
    install or a checkout reads the top-level folder beside the package.
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "seed").is_dir():
            return candidate
    raise FileNotFoundError("the bundled resources folder is missing from this installation")


def default_db_path() -> Path:
    """``$FACT_BROWSER_DB`` if set, else a file in the user data dir."""
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "facts.sqlite"
