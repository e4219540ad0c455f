#!/usr/bin/env bash
# npm run test:under-load: CI's run (.ci/run) on a fresh clone of the current commit, while two
# CPU-bound processes keep both cores of a 2-core machine busy, as other work on the machine did
# when a sound suite failed by its timing (issue 22). It exits with .ci/run's status and prints how
# long the run took. Uncommitted changes are not in the clone: commit first. Takes 20-50 minutes.
# LOAD=n sets how many CPU-bound processes run beside it (default 2); KEEP=1 keeps the clone.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$root" rev-parse HEAD)"
# Beside this checkout, so the clone finds ../shared (Ofsted's files, SPEC.md) as this checkout does.
clone="$(mktemp -d "$(dirname "$root")/annex-a-under-load-XXXXXX")"
log="$clone.log"
burners=()

stop_load() {
  for pid in "${burners[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${burners[@]}"; do wait "$pid" 2>/dev/null; done
  burners=()
}
finish() {
  stop_load
  if [ "${KEEP:-0}" = "1" ]; then echo "The clone is kept in $clone."; else rm -rf "$clone"; fi
}
trap finish EXIT
trap 'exit 130' INT TERM

echo "Cloning $commit into $clone..."
git clone --quiet --no-checkout "$root" "$clone" && git -C "$clone" checkout --quiet --detach "$commit" || exit 1

# Each burner spins one core in Node until it is stopped.
for _ in $(seq "${LOAD:-2}"); do
  node -e "for (;;);" &
  burners+=("$!")
done
echo "Load: ${#burners[@]} CPU-bound processes (${burners[*]}) on $(nproc) cores."

start=$(date +%s)
(cd "$clone" && CI=true bash .ci/run) 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
seconds=$(($(date +%s) - start))
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
stop_load

echo
echo "Under load: .ci/run exited with $status after $((seconds / 60)) min $((seconds % 60)) s (load average at the end: ${load:-unknown})."
grep -E "^(Tests:|Test Suites:|Time:)|passed, .* failed" "$log" | sed 's/^/  /'
echo "The slowest test files (Jest names those over 5 s):"
grep -oE "^(PASS|FAIL) .* \(([0-9.]+) s\)" "$log" | sort -t'(' -k2 -rn | head -15 | sed 's/^/  /'
echo "The whole output is in $log."
exit "$status"
