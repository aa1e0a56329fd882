"""Time the project's main commands as whole processes, warm (after one untimed run), and print the wall
times: what the closing notes of issues quote. `scripts/bench [RUNS]` (default 5; scripts/test runs 3 at most) prints
them after the client's figures against raw httpx (bench_client.py; `scripts/bench --client` prints those alone)."""

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = [
    (["scripts/generate"], None),
    (["scripts/generate", "--check"], None),
    (["scripts/demo"], None),
    (["scripts/test", "-q"], 3),
]


def wall_times(command: list[str], runs: int) -> list[float]:
    times = []
    for attempt in range(runs + 1):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{result.stdout.decode()[-2000:]}{result.stderr.decode()[-2000:]}")
        if attempt:  # the first run warms caches and the environment
            times.append(elapsed)
    return times


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"{'command':<26}{'runs':>5}{'min s':>9}{'median s':>10}{'max s':>9}")
    for command, cap in COMMANDS:
        count = min(runs, cap) if cap else runs
        times = wall_times(command, count)
        print(f"{' '.join(command):<26}{count:>5}{min(times):>9.2f}{statistics.median(times):>10.2f}{max(times):>9.2f}")


if __name__ == "__main__":
    main()
