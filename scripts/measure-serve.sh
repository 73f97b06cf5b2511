#!/usr/bin/env bash
# Usage: scripts/measure-serve.sh <data-dir> <port>  (run from the repository root)
# Measures start-up time (process start until the first page answers) and memory of `warta serve`
# over a data folder that already holds the imported sample.
set -eu
data=${1:-/tmp/wdemo}; port=${2:-18081}
start=$(date +%s.%N)
WARTA_NO_BUILD=1 ./warta serve --no-fetch --data "$data" --port "$port" >/tmp/serve.log 2>&1 &
pid=$!
for t in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; kill -0 $pid 2>/dev/null || { cat /tmp/serve.log; exit 1; }; sleep 0.05; done
end=$(date +%s.%N)
jpid=$(pgrep -f "warta-cli.jar serve" | head -1)
rss_start=$(awk '/VmRSS/{print $2}' /proc/$jpid/status)
for i in $(seq 1 200); do curl -sf "http://127.0.0.1:$port/latest" >/dev/null; curl -sf "http://127.0.0.1:$port/article/$(( (i % 90) + 1 ))" >/dev/null || true; curl -sf "http://127.0.0.1:$port/search?q=banjir" > /dev/null; done
rss_after=$(awk '/VmRSS/{print $2}' /proc/$jpid/status)
echo "startup_to_first_page_s=$(echo "$end - $start" | bc) rss_after_start_mb=$((rss_start/1024)) rss_after_600_requests_mb=$((rss_after/1024))"
kill $jpid; wait $pid 2>/dev/null || true
