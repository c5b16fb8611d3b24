#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL: a fresh cluster in a temporary directory, listening on a free
# loopback port only, with DATABASE_URL pointing at its database `qiushi`; the cluster is stopped and deleted when
# the command ends. As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
#   scripts/with-postgres.sh npm start
#   scripts/with-postgres.sh npx vitest run --project unit
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 COMMAND [ARGS...]  (runs COMMAND with DATABASE_URL set to a throwaway PostgreSQL)" >&2
  exit 2
fi

bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "$0: no PostgreSQL server found in /usr/lib/postgresql/*/bin (install Debian's postgresql, or set PG_BIN)" >&2
  exit 2
fi

as_owner=()
if [[ $(id -u) -eq 0 ]]; then as_owner=(runuser -u postgres --); fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/qp-postgres-XXXXXX")
chmod 755 "$dir"
if [[ ${#as_owner[@]} -gt 0 ]]; then chown postgres: "$dir"; fi
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

# C collation: text sorts by code point, as in SQLite. fsync off: the index is derived and this cluster is thrown away.
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres qiushi

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/qiushi"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $DATABASE_URL (deleted on exit)" >&2
status=0
"$@" || status=$?
exit $status
