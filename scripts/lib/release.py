"""Cut a release of the contract (scripts/release): check that `info.version` says what changed since the last
release and that openapi/CHANGELOG.md has its section, then keep the bundle as openapi/releases/VERSION.yaml.

    scripts/release           cut the release of the current info.version
    scripts/release --check   only say whether the contract's version follows the last release (exit 1 if not)
"""

import argparse
import shutil
import sys

from contract_versions import BUNDLE, CHANGELOG, RELEASES, changes_since_release, check, load, releases


def main() -> None:
    parser = argparse.ArgumentParser(prog="scripts/release", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the version against the last release")
    arguments = parser.parse_args()
    current = load(BUNDLE)["info"]["version"]
    found = check() if releases() else []
    for change in changes_since_release():
        print(change)
    if found:
        sys.exit("\n".join(found))
    if arguments.check:
        print(f"info.version {current} follows the last release.")
        return
    target = RELEASES / f"{current}.yaml"
    if target.exists():
        sys.exit(f"{current} is released already ({target.relative_to(RELEASES.parent.parent)}): raise info.version")
    if f"## {current}" not in CHANGELOG.read_text("utf-8"):
        sys.exit(f"openapi/CHANGELOG.md has no section for {current}")
    RELEASES.mkdir(exist_ok=True)
    shutil.copyfile(BUNDLE, target)
    print(f"Released the contract {current}: {target.relative_to(RELEASES.parent.parent)}")


if __name__ == "__main__":
    main()
