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
. "$here/serve-lib.sh"
start_serve --mode extreme || exit 1
trap 'stop_serve; exit 130' INT TERM
port=$serve_port
log=$serve_log
"$venv/bin/st" run "$root/docs/openapi.yaml" --url "http://127.0.0.1:$port" --checks all \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-200}" --seed 2025
rc=$?
echo "server log:"; grep -v '^WARNING' "$log" || true
stop_serve
exit $rc
