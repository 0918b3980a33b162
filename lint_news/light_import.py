"""Import one NLTK module without running NLTK's heavy package initializers.

``lint-news check`` runs in hooks and editors, so start-up matters. A plain
``import nltk`` (which ``import nltk.tokenize.punkt`` triggers) pulls in SciPy
through ``nltk.collocations`` and ``nltk.corpus`` and costs most of a second,
while Punkt, the one NLTK module lint-news uses at run time (its stemmer is
:func:`lint_news.words.stem`), needs only a handful of light NLTK modules. We therefore put
empty package shells in ``sys.modules``, import the module through them, and
take the shells out again, so the rest of the process sees NLTK untouched; if
NLTK is already imported we simply use it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any


def unavailable(*_args: Any, **_kwargs: Any) -> Any:
    """Stands for an NLTK name the light import leaves out; calling it is a bug in lint-news."""
    raise RuntimeError("this NLTK function was left out by lint_news.light_import")


def import_light(module: str, packages: tuple[str, ...], stub_modules: dict[str, dict[str, Any]] | None = None) -> types.ModuleType:
    """Import ``module`` with ``packages`` (e.g. ``nltk``, ``nltk.tokenize``) as empty shells.

    ``stub_modules`` stands in for whole modules it imports for features we do
    not use (Punkt's file loading pulls in ``nltk.pathsec``, and with it
    http.client, ssl and urllib: 30 ms of every start).
    """
    if "nltk" in sys.modules:
        return importlib.import_module(module)
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not installed")
    root = list(spec.submodule_search_locations)[0]
    for name in packages:
        shell = types.ModuleType(name)
        shell.__path__ = [root + name[len("nltk") :].replace(".", "/")]
        sys.modules[name] = shell
    for name, attributes in (stub_modules or {}).items():
        stand_in = types.ModuleType(name)
        for attribute, value in attributes.items():
            setattr(stand_in, attribute, value)
        sys.modules[name] = stand_in
    try:
        return importlib.import_module(module)
    finally:
        # Forget the shells and the submodules loaded through them: the module
        # keeps what it needs, and a later ``import nltk`` elsewhere in the
        # process then loads NLTK normally, attributes and all.
        for name in [name for name in sys.modules if name == "nltk" or name.startswith("nltk.")]:
            del sys.modules[name]
