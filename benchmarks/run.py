"""Benchmarks: print measured figures (run with `make bench`). Figures, not pass/fail.

Each figure is measured in a fresh process (so caches and imports are cold), several times;
the median and the spread are printed, with a same-process baseline where one makes sense.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

REPEATS = 5

PROBES = {
    "baseline: yaml.safe_load of the same files, no validation": (
        "import time, yaml, privacykit.rulebook.loader as L; t=time.perf_counter(); "
        "[yaml.safe_load(p.read_text()) for p in sorted(L.DATA_DIR.glob('*.yaml'))]; "
        "print(time.perf_counter()-t)"
    ),
    "import privacykit": (
        "import time; t=time.perf_counter(); import privacykit; print(time.perf_counter()-t)"
    ),
    "load_rulebook() (parse and validate every YAML file)": (
        "import time, privacykit; t=time.perf_counter(); privacykit.load_rulebook(); "
        "print(time.perf_counter()-t)"
    ),
    "1,000 applicable() queries on a loaded rulebook": (
        "import time, datetime as dt, privacykit; rb=privacykit.load_rulebook(); "
        "t=time.perf_counter(); "
        "[rb.applicable(['retail'], ['email','sms'], ['US-CA'], "
        "dt.date(2026,1,1)+dt.timedelta(i%300)) for i in range(1000)]; "
        "print(time.perf_counter()-t)"
    ),
}


def measure(code: str) -> list[float]:
    runs = []
    for _ in range(REPEATS):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        runs.append(float(out.stdout.strip()))
    return runs


def main() -> None:
    import privacykit

    rb = privacykit.load_rulebook()
    print(f"rulebook {rb.version}: {len(rb)} rules, {len(rb.all_versions())} versions")
    results = {}
    for name, code in PROBES.items():
        runs = measure(code)
        results[name] = runs
        print(
            f"{name:<55} median {statistics.median(runs) * 1000:8.1f} ms  "
            f"(min {min(runs) * 1000:.1f}, max {max(runs) * 1000:.1f}, n={REPEATS})"
        )
    medians = {k: statistics.median(v) for k, v in results.items()}
    base = next(iter(medians.values()))
    load = medians["load_rulebook() (parse and validate every YAML file)"]
    print(f"load_rulebook (libyaml + validation) / pure-Python yaml.safe_load: {load / base:.2f}x")
    print(json.dumps(medians))


if __name__ == "__main__":
    main()
