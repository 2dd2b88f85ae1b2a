#!/usr/bin/env bash
# Runs one fuzz campaign: `fuzz/run.sh TARGET SECONDS`. The committed seeds
# are copied into the (ignored) corpus first, so that the campaign starts
# from real text; everything the fuzzer finds stays in fuzz/corpus.
set -euo pipefail
cd "$(dirname "$0")"
target=$1
secs=${2:-1800}
mkdir -p "corpus/$target"
cp -n "seeds/$target"/* "corpus/$target/" 2>/dev/null || true
# Inputs longer than one sentence cap (4096 bytes) exercise the cut; a
# 10-second timeout per input flags anything far from linear time.
RUSTC_BOOTSTRAP=1 exec cargo fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$secs" -max_len=12000 -timeout=10 -rss_limit_mb=2048 \
    -dict=extract.dict -print_final_stats=1
