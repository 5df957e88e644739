#!/bin/sh
# Load test of `ballflight serve` on loopback: one-ball requests, then 1,000-ball arrays, with wrk.
# Usage: run-load.sh SECONDS CONNECTIONS "SERVE OPTIONS"   (make load runs it). Bounded in time;
# the server is stopped at the end whatever happens.
set -eu
seconds=${1:-60}
connections=${2:-64}
serve_opts=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/serve-lib.sh"
# shellcheck disable=SC2086
start_serve $serve_opts || exit 1
trap 'stop_serve' EXIT
port=$serve_port
pid=$serve_pid
log=$serve_log
url="http://127.0.0.1:$port"
echo "== $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), serve $serve_opts"
head -n 2 "$log"
echo "== warm-up 10 s"
wrk -t2 -c"$connections" -d10s -s "$here/one-ball.lua" "$url" >/dev/null
echo "== one ball per request, $connections connections, $seconds s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/one-ball.lua" "$url"
echo "== 1,000 balls per request, 4 connections, $seconds s"
wrk -t2 -c4 -d"${seconds}s" --latency -s "$here/array-1000.lua" "$url"
echo "== the CLI on the same 1,000 balls x 100 (fly --input, same options; wall time incl. JVM start)"
csv=$(mktemp --suffix=.csv)
awk 'BEGIN { print "exit_velocity_mph,launch_angle_deg,spray_angle_deg,backspin_rpm";
             for (k = 0; k < 100; k++) for (n = 1; n <= 1000; n++)
               printf "%d,%d,%d,1800\n", 70 + (n * 7919 % 45), -10 + (n * 104729 % 55), -40 + (n * 1299709 % 80) }' > "$csv"
start=$(date +%s.%N)
# shellcheck disable=SC2086
"$root/ballflight" fly --input "$csv" --output /dev/null $serve_opts 2>/dev/null
end=$(date +%s.%N)
echo "fly --input: 100000 rows in $(echo "$end - $start" | bc) s = $(echo "100000 / ($end - $start)" | bc) rows/s"
rm -f "$csv"
echo "== server metrics"
curl -s "$url/metrics" | grep -v '^#'
echo "== server RSS: $(ps -o rss= -p $pid) KB"
