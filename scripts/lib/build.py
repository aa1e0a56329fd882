"""Build the wheel and the sdist of generated/ into dist/ (or the folder given), from a copy of it, so that
building leaves nothing behind in the tree (scripts/build)."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
LEFT_BY_BUILDS = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist")


def build(output: Path) -> list[Path]:
    """The wheel and the sdist, built offline with the environment's setuptools; their paths."""
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="invoicexpress-build-") as scratch:
        source = Path(scratch) / "generated"
        shutil.copytree(GENERATED, source, ignore=LEFT_BY_BUILDS)
        made = Path(scratch) / "dist"
        steps: list[list[str | Path]] = [
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", made, source],
            [sys.executable, "-c", f"import setuptools.build_meta as b; b.build_sdist({str(made)!r})"],
        ]
        for step in steps:
            result = subprocess.run(
                [str(part) for part in step], cwd=source, capture_output=True, text=True, check=False
            )
            if result.returncode != 0:
                sys.exit(f"building failed:\n{result.stdout}{result.stderr}")
        built = []
        for artifact in sorted(made.iterdir()):
            shutil.copy2(artifact, output / artifact.name)
            built.append(output / artifact.name)
    return built


def main() -> None:
    output = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "dist"
    for artifact in build(output):
        print(artifact)


if __name__ == "__main__":
    main()
