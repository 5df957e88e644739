# Shared by the serve load scripts (sourced): start `ballflight serve` on a free loopback port and
# stop it. After start_serve: $serve_pid (the JVM; the launcher execs java), $serve_port, $serve_log.
# shellcheck shell=sh
start_serve() {
    serve_log=$(mktemp)
    # shellcheck disable=SC2086
    "$root/ballflight" serve --port 0 "$@" 2>"$serve_log" &
    serve_pid=$!
    serve_port=
    for _ in $(seq 1 100); do
        serve_port=$(sed -n 's/^serving on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$serve_log")
        [ -n "$serve_port" ] && return 0
        sleep 0.1
    done
    cat "$serve_log" >&2
    stop_serve
    echo "error: serve did not start" >&2
    return 1
}

stop_serve() {
    kill -TERM "$serve_pid" 2>/dev/null
    wait "$serve_pid" 2>/dev/null
    rm -f "$serve_log"
}
