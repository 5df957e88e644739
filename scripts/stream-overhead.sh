#!/bin/sh
# What `fly --input` costs a row beyond the kernel (issue 13's "per-row overhead"): end-to-end wall
# time of a file of COPIES copies of ROWS realistic batted balls at EXTREME (EV ~ N(89,13),
# LA ~ N(12,24), spray +-45, backspin ~ N(2000,700), sidespin ~ N(0,600); seed 13) in a 256 MB heap,
# minus the kernel's share (ballflight.bench.KernelShare: the same rows, chunks and backend, COPIES
# passes in one process), divided by the rows. Usage: stream-overhead.sh [ROWS] [COPIES]
set -e
rows=${1:-1000000}
copies=${2:-10}
here=$(cd "$(dirname "$0")/.." && pwd)
jdk=$(sh "$here/scripts/find-jdk.sh")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$rows" "$dir/one.csv" <<'PY'
import random, sys
random.seed(13)
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("exit_velocity_mph,launch_angle_deg,spray_angle_deg,backspin_rpm,sidespin_rpm\n")
    for _ in range(n):
        ev = min(max(random.gauss(89, 13), 30), 120)
        la = min(max(random.gauss(12, 24), -80), 80)
        f.write("%.1f,%.1f,%.1f,%d,%d\n" % (ev, la, random.uniform(-45, 45),
                max(0, round(random.gauss(2000, 700))), round(random.gauss(0, 600))))
PY
head -1 "$dir/one.csv" > "$dir/all.csv"
i=0
while [ $i -lt "$copies" ]; do tail -n +2 "$dir/one.csv" >> "$dir/all.csv"; i=$((i + 1)); done
total=$((rows * copies))
echo "end to end: $total rows, fly --input --mode extreme, BALLFLIGHT_JAVA_OPTS=-Xmx256m"
BALLFLIGHT_JAVA_OPTS=-Xmx256m /usr/bin/time -f "%e %M" -o "$dir/time" \
    "$here/ballflight" fly --input "$dir/all.csv" --output "$dir/out.csv" --mode extreme 2>/dev/null
read -r wall rss_kb < "$dir/time"
share=$("$jdk/bin/java" --enable-native-access=ALL-UNNAMED --add-modules=jdk.incubator.vector \
    -cp "$here/bench/target/benchmarks.jar" ballflight.bench.KernelShare "$dir/one.csv" "$copies" auto extreme 2>/dev/null)
echo "$share"
kernel=$(echo "$share" | sed -n 's/.* in \([0-9.]*\) s .*/\1/p')
python3 -c "
wall, kernel, rows, rss = $wall, $kernel, $total, $rss_kb
print('wall %.2f s, %.0f rows/s, peak RSS %.0f MB; kernel share %.2f s; beyond the kernel %.2f us a row'
      % (wall, rows / wall, rss / 1024, kernel, (wall - kernel) / rows * 1e6))"
