#!/usr/bin/env bash
# Load test of the reader site with wrk: home, article, story and search pages, 16 connections.
# Usage: warta-web/bench/wrk-pages.sh <base-url> [seconds]   (a running `warta serve --no-fetch`)
# Paths are drawn from the API of the running server: random article and story ids, search words.
# WARMUP=<seconds> runs each page unmeasured that long first (a fresh server's JIT needs about a
# minute of load on a slow machine before its numbers settle; default 0: no warm-up).
set -euo pipefail
base="${1:?base URL, e.g. http://127.0.0.1:18080}"
secs="${2:-30}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$base" "$work" <<'PY'
import json, random, sys, urllib.error, urllib.request
base, work = sys.argv[1], sys.argv[2]
def get(path):
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)
random.seed(7)
# article ids: walk a few API pages spread over the whole list
ids, after = [], None
for _ in range(20):
    page = get("/api/v1/articles?limit=100" + ("&after=" + after if after else ""))
    ids += [a["id"] for a in page["items"]]
    after = page["next"]
    if not after: break
top = max(ids)
def exists(i):
    try:
        with urllib.request.urlopen(f"{base}/api/v1/articles/{i}") as r:
            return r.status == 200
    except urllib.error.HTTPError:
        return False
# ids have gaps (a copy naming another article's URL as canonical is that article): keep the
# ids that exist, so every request is a real page
articles = sorted(i for i in set(random.randint(1, top) for _ in range(5000)) if exists(i))
stories, after = [], None
for _ in range(20):
    page = get("/api/v1/stories?limit=100" + ("&after=" + after if after else ""))
    stories += [s["id"] for s in page["items"]]
    after = page["next"]
    if not after: break
words = ["banjir", "gempa", "pemilu", "harga", "kebakaran", "jembatan", "festival", "sekolah",
         "flood", "election", "market", "ferry", "bandung", "jakarta", "presiden", "hujan",
         "listrik", "kapal", "pasar", "rumah sakit"]
open(f"{work}/article.txt", "w").write("\n".join(f"/article/{i}" for i in articles))
open(f"{work}/story.txt", "w").write("\n".join(f"/story/{i}" for i in stories))
open(f"{work}/search.txt", "w").write("\n".join(
    f"/search?q={w.replace(' ', '+')}" + (f"&page={p}" if p > 1 else "") for w in words for p in (1, 2)))
open(f"{work}/home.txt", "w").write("/\n")
print(f"{len(articles)} article paths (ids up to {top}), {len(stories)} story paths, {len(words)*2} searches")
PY

for page in home article story search; do
  echo "== $page"
  if [ "${WARMUP:-0}" -gt 0 ]; then
    wrk -t2 -c16 -d"${WARMUP}s" -s "$here/paths.lua" "$base" -- "$work/$page.txt" >/dev/null
  fi
  wrk -t2 -c16 -d"${secs}s" --latency -s "$here/paths.lua" "$base" -- "$work/$page.txt" \
    | grep -E "Requests/sec|Latency  |  50%|  90%|  99%|Non-2xx|errors:|requests in"
done
