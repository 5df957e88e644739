#!/bin/sh
# Soak of `ballflight serve`: MINUTES one-minute rounds of one-ball requests at a fixed rate
# (hey, pinned, from the Go module proxy), with the heap after a full GC (jcmd) and the process
# RSS sampled after each round. Passes when both grow by at most 5 % from the end of the warm-up
# (round 5) to the last round and no request failed. `make soak-serve` runs it.
# Usage: run-soak.sh MINUTES RATE_PER_S [CONNECTIONS]
set -u
minutes=${1:-30}
rate=${2:-6000}
conns=${3:-32}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
hey=${HEY:-$(command -v hey || echo "$HOME/go/bin/hey")}
[ -x "$hey" ] || go install github.com/rakyll/hey@v0.1.4 || exit 1
jdk=$(sh "$root/scripts/find-jdk.sh") || exit 1
. "$here/serve-lib.sh"
export BALLFLIGHT_JAVA_OPTS="${BALLFLIGHT_JAVA_OPTS:--Xmx512m}"
# shellcheck disable=SC2086
start_serve ${SERVE_OPTS:-} || exit 1
trap 'stop_serve; exit 130' INT TERM
port=$serve_port
pid=$serve_pid
log=$serve_log
body=$(mktemp)
echo '{"exit_velocity_mph":101,"launch_angle_deg":27,"spray_angle_deg":-12,"backspin_rpm":1900}' > "$body"
echo "soak: $minutes min at $rate req/s ($conns connections), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
grep '^backend' "$log"
echo "round  req/s    p50_ms  p99_ms  non2xx  heap_after_gc_kb  rss_kb"
per_worker=$((rate / conns))
failures=0
base_heap=; base_rss=; heap=; rss=
for i in $(seq 1 "$minutes"); do
    out=$("$hey" -z 60s -c "$conns" -q "$per_worker" -m POST -T application/json -D "$body" "http://127.0.0.1:$port/v1/fly")
    rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    p50=$(echo "$out" | awk '/ 50% in/ {printf "%.2f", $3 * 1000}')
    p99=$(echo "$out" | awk '/ 99% in/ {printf "%.2f", $3 * 1000}')
    ok=$(echo "$out" | awk '/\[200\]/ {print $2}')
    total=$(echo "$out" | awk '/Status code distribution/ {f=1; next} f && /\[[0-9]+\]/ {s += $2} END {print s + 0}')
    errors=$(echo "$out" | awk '/Error distribution/ {f=1; next} f && /\[[0-9]+\]/ {s += $1} END {print s + 0}')
    bad=$((total - ${ok:-0} + errors))
    failures=$((failures + bad))
    "$jdk/bin/jcmd" "$pid" GC.run >/dev/null 2>&1
    heap=$("$jdk/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (k = 1; k <= NF; k++) if ($k == "used") {gsub(/[K,]/, "", $(k+1)); print $(k+1)}}')
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    printf "%5d  %6s  %7s  %6s  %6s  %16s  %7s\n" "$i" "$rps" "$p50" "$p99" "$bad" "$heap" "$rss"
    if [ "$i" -eq 5 ]; then base_heap=$heap; base_rss=$rss; fi
done
stop_serve
rm -f "$body"
if [ -z "$base_rss" ]; then echo "soak: too short to judge (needs more than 5 rounds)"; exit 0; fi
heap_growth=$(echo "scale=2; 100 * ($heap - $base_heap) / $base_heap" | bc)
rss_growth=$(echo "scale=2; 100 * ($rss - $base_rss) / $base_rss" | bc)
echo "after warm-up (round 5 -> $minutes): heap after GC ${heap_growth} %, RSS ${rss_growth} %, failed requests $failures"
if [ "$failures" -eq 0 ] && [ "$(echo "$heap_growth <= 5 && $rss_growth <= 5" | bc)" -eq 1 ]; then
    echo "soak: PASS"
else
    echo "soak: FAIL"
    exit 1
fi
