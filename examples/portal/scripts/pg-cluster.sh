#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the portal's tests: initdb in a temp folder, listening on loopback only,
# trust authentication, no fsync. `start` prints the DATABASE_URL; `stop` stops it and removes the folder.
# As root the cluster runs as the `postgres` user (initdb refuses root). Debian's postgresql package (15).
set -euo pipefail
bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
dir="${PORTAL_PG_DIR:-/tmp/motcua-portal-pg}"
port="${PORTAL_PG_PORT:-54329}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-}" in
  start)
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log"
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
