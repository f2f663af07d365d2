#!/usr/bin/env bash
# Samples the running system (`mvn -P run`) every few seconds while a load runs, for the goals the
# load tool cannot see: the application server's memory (RSS of the process, used heap) and the
# messaging backlog (outbox rows and the age of the oldest, dead letters on every queue).
#   bench/sample.sh OUT.csv [interval s]     # until killed; bench/load.sh starts and stops it
#   bench/sample.sh --live-heap               # a full collection now, then the used heap (MB)
# Columns: seconds since start, Payara RSS (kB), used heap (bytes, MicroProfile Metrics' base
# gauge), outbox rows, age of the oldest outbox row (s, from PostgreSQL: exact, not the 10-second
# gauge), dead letters (sum of zairyu_dead_letters over the queues; -1 while the broker is away).
# A value that could not be read is left empty.
set -uo pipefail
BASE="http://127.0.0.1:8080"
PG=(psql -h 127.0.0.1 -p 15432 -U zairyu -d zairyu -Atq -F ' ')
export PGPASSWORD=zairyu PGCONNECT_TIMEOUT=3
# the process listening on the portal's port (not another Payara, such as a test stack's)
payara_pid() { ss -Htlnp 'sport = :8080' 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
if [ "${1:-}" = "--live-heap" ]; then
  # after the run: one full collection (outside the measured window), then the heap still in use
  pid=$(payara_pid)
  [ -n "$pid" ] && jcmd "$pid" GC.run >/dev/null 2>&1 || exit 1
  curl -fsS --max-time 3 "$BASE/metrics?scope=base" |
    awk '/^[a-z_]*memory_usedHeap_bytes/ { printf "%.0f\n", $NF / 1048576; exit }'
  exit
fi
OUT="$1"
INTERVAL="${2:-5}"
echo "t,rss_kb,heap_used_bytes,outbox_rows,outbox_oldest_s,dead_letters" >"$OUT"
start=$(date +%s)
while :; do
  now=$(date +%s)
  pid=$(payara_pid)
  rss=$([ -n "$pid" ] && ps -o rss= -p "$pid" | tr -d ' ')
  heap=$(curl -fsS --max-time 3 "$BASE/metrics?scope=base" 2>/dev/null |
    awk '/^[a-z_]*memory_usedHeap_bytes/ { printf "%.0f\n", $NF; exit }')
  read -r rows oldest < <("${PG[@]}" -c \
    "select count(*), coalesce(round(extract(epoch from now() - min(created_at))::numeric, 1), 0)
       from outbox" 2>/dev/null || echo "")
  dead=$(curl -fsS --max-time 3 "$BASE/metrics?scope=application" 2>/dev/null |
    awk '/^zairyu_dead_letters/ { if ($NF < 0) broker_away = 1; s += $NF; n++ }
         END { if (broker_away) print -1; else if (n) print s }')
  printf '%d,%s,%s,%s,%s,%s\n' $((now - start)) "${rss:-}" "${heap:-}" "${rows:-}" \
    "${oldest:-}" "${dead:-}" >>"$OUT"
  sleep "$INTERVAL"
done
