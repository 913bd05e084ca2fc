#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The PostgreSQL server the store suite runs against: a throwaway cluster that the test command
# starts itself and stops at the end (CTest fixtures), never the machine's own.
#   pgserver.sh start DIR   initdb into DIR/data, start it on a free loopback port, write the
#                           connection in DIR/connection (host port user password)
#   pgserver.sh stop DIR    stop it and remove DIR
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user that
# Debian's package creates; otherwise to whoever runs the tests.
set -euo pipefail

mode=${1:-}
dir=${2:-}
if [[ -z "$dir" || ("$mode" != start && "$mode" != stop) ]]; then
    echo "usage: pgserver.sh start|stop DIR" >&2
    exit 2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bin" || ! -x "$bin/pg_ctl" ]]; then
    echo "pgserver.sh: no PostgreSQL server is installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [[ "$mode" == stop ]]; then
    if [[ -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit 0
fi

# A leftover of an earlier run that was killed: stop it first.
"$0" stop "$dir"
mkdir -p "$dir"
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
user=waconsole
password=store-suite-$RANDOM$RANDOM
printf %s "$password" >"$dir/pwfile"
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir/pwfile"
# C collation: the store compares keys byte by byte, as SQLite does.
as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" -E UTF8 --locale=C \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}
rm -f "$dir/pwfile"

# TLS for the certificate tests: an authority of the run's own signs the server's certificate,
# which names "localhost" only (so that verify-full can be seen refusing 127.0.0.1); a second
# authority signs nothing, for the file that vouches for some other server. Plain connections
# (sslmode=disable, what the rest of the suite uses on loopback) keep working beside them.
tls=$dir/tls
mkdir -p "$tls"
key=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
{
    openssl req -x509 "${key[@]}" -days 2 -subj /CN=waconsole-test-authority \
        -keyout "$tls/ca.key" -out "$tls/ca.crt"
    openssl req -x509 "${key[@]}" -days 2 -subj /CN=waconsole-other-authority \
        -keyout "$tls/other-ca.key" -out "$tls/other-ca.crt"
    openssl req "${key[@]}" -subj /CN=localhost -keyout "$tls/server.key" -out "$tls/server.csr"
    printf 'subjectAltName=DNS:localhost\n' >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
        -CAcreateserial -days 2 -extfile "$tls/server.ext" -out "$tls/server.crt"
} >"$dir/tls.log" 2>&1 || {
    cat "$dir/tls.log" >&2
    exit 1
}
chmod 600 "$tls/server.key"
chmod 644 "$tls/ca.crt" "$tls/other-ca.crt"
[[ $(id -u) -eq 0 ]] && chown -R postgres: "$tls"

# A port nobody listens on: several builds may run their suites on one machine.
for attempt in $(seq 1 20); do
    port=$((20000 + (RANDOM % 20000)))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -k $dir -c fsync=off -c max_connections=200 \
            -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key" \
        start >/dev/null 2>&1; then
        printf '127.0.0.1 %s %s %s\n' "$port" "$user" "$password" >"$dir/connection"
        chmod 644 "$dir/connection"
        exit 0
    fi
    if ! grep -q "Address already in use" "$dir/server.log" 2>/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
done
echo "pgserver.sh: no free port found" >&2
exit 1
