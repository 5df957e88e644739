#!/bin/sh
# Schemathesis (pinned, in a venv under bench/target/) against docs/openapi.yaml and a live
# `ballflight serve`: every check (no 5xx, responses conform, bad input rejected, valid input
# accepted). `make schemathesis` runs it; exits with Schemathesis' status.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv="$root/bench/target/schemathesis-venv"
if [ ! -x "$venv/bin/st" ]; then
    python3 -m venv "$venv" && "$venv/bin/pip" install -q "schemathesis==${SCHEMATHESIS_VERSION:-4.32.5}" || exit 1
fi
log=$(mktemp)
"$root/ballflight" serve --port 0 --mode extreme 2>"$log" &
pid=$!
stop() { kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"; }
trap 'stop; exit 130' INT TERM
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's/^serving on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$log")
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -z "$port" ]; then cat "$log"; stop; echo "error: serve did not start" >&2; exit 1; fi
"$venv/bin/st" run "$root/docs/openapi.yaml" --url "http://127.0.0.1:$port" --checks all \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-200}" --seed 2025
rc=$?
echo "server log:"; grep -v '^WARNING' "$log" || true
stop
exit $rc
