#!/usr/bin/env bash
# CPU time the server spends per request, from its process ticks over a wrk run: steadier than
# requests/s on a shared machine. Usage: warta-web/bench/cpu-per-request.sh <server-pid> <base-url>
# <paths-file> [seconds]   (one path per line; a warm-up run of WARMUP seconds, default 10, first)
# With WITH_POSTGRES=1 the CPU of every process named postgres (the database server's backends)
# is counted too, so a PostgreSQL store's share is in the figure; nothing else may use it meanwhile.
# With GZIP=1 requests say Accept-Encoding: gzip (as feed readers and crawlers do).
set -euo pipefail
pid="${1:?pid of the running warta serve}"
base="${2:?base URL, e.g. http://127.0.0.1:18080}"
paths="${3:?file with one path per line}"
secs="${4:-10}"
here="$(cd "$(dirname "$0")" && pwd)"
gzip=()
if [ "${GZIP:-0}" = 1 ]; then gzip=(-H "Accept-Encoding: gzip"); fi
ticks() {
  local t
  t=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  if [ "${WITH_POSTGRES:-0}" = 1 ]; then
    for p in $(pgrep -x postgres); do
      t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
    done
  fi
  echo "$t"
}
wrk -t2 -c16 -d"${WARMUP:-10}s" "${gzip[@]}" -s "$here/paths.lua" "$base" -- "$paths" >/dev/null
t0=$(ticks)
out=$(wrk -t2 -c16 -d"${secs}s" --latency "${gzip[@]}" -s "$here/paths.lua" "$base" -- "$paths")
t1=$(ticks)
n=$(echo "$out" | awk '/requests in/ {print $1}')
echo "$out" | grep -E "Requests/sec|  50%|  99%|Non-2xx"
python3 -c "import os; print('cpu ms/request: %.3f' % (($t1 - $t0) * 1000.0 / os.sysconf('SC_CLK_TCK') / $n))"
