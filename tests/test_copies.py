"""Copy keys: the MinHash class is imported without the rest of datasketch, and signs as it does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

_CHECK = """
import sys
from recoupe.stories.copies import signature
text = " ".join(f"le mot {n} de la phrase" for n in range(40))
light = signature(text)
print("datasketch" in sys.modules, "scipy.integrate" in sys.modules)
from datasketch import MinHash
import numpy as np
from recoupe.stories.copies import NUM_PERM, SHINGLE, words
toks = words(text)
shingles = {" ".join(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)}
m = MinHash(num_perm=NUM_PERM, seed=7)
m.update_batch([s.encode("utf-8") for s in shingles])
full = np.append(m.hashvalues.astype(np.uint64), np.uint64(len(shingles)))
print(bool((light == full).all()), hasattr(sys.modules["datasketch"], "MinHashLSH"))
"""


def test_signature_without_the_whole_library() -> None:
    # a fresh interpreter: another test may have imported datasketch already
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    out = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, env=env, timeout=120, check=True)
    first, second = out.stdout.split("\n")[:2]
    assert first == "False False"  # nothing of the package left behind, scipy.integrate not imported
    assert second == "True True"  # the same signature as the library's own MinHash; the package whole afterwards
