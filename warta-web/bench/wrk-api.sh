#!/usr/bin/env bash
# Load test of the JSON API, the feeds and the sitemaps with wrk, 16 connections, one run per
# endpoint. Usage: warta-web/bench/wrk-api.sh <base-url> [seconds]   (a running `warta serve
# --no-fetch`). Ids are drawn from the running server's API: random articles, stories and sources,
# so the per-source and per-story feeds are mostly built anew (each is kept a minute once built).
# Feeds and sitemaps are asked for with Accept-Encoding: gzip, as feed readers and crawlers do.
# "feed-source-poll" polls 2,000 source feeds again with the entity tags they were served with
# (If-None-Match), as feed readers do: unchanged sources answer 304 without a build.
# WARMUP=<seconds> runs each endpoint unmeasured that long first (default 0: no warm-up).
set -euo pipefail
base="${1:?base URL, e.g. http://127.0.0.1:18080}"
secs="${2:-10}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$base" "$work" <<'PY'
import json, random, sys, urllib.error, urllib.request
base, work = sys.argv[1], sys.argv[2]
def get(path):
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)
def walk(path, pages=20):
    out, after = [], None
    for _ in range(pages):
        page = get(path + ("&after=" + after if after else ""))
        out += [x["id"] for x in page["items"]]
        after = page["next"]
        if not after: break
    return out
random.seed(11)
top = max(walk("/api/v1/articles?limit=100", 1))
def exists(i):
    try:
        with urllib.request.urlopen(f"{base}/api/v1/articles/{i}") as r:
            return r.status == 200
    except urllib.error.HTTPError:
        return False
articles = sorted(i for i in set(random.randint(1, top) for _ in range(3000)) if exists(i))
stories = walk("/api/v1/stories?limit=100")
sources = walk("/api/v1/sources?limit=100", 200)
words = ["banjir", "gempa", "pemilu", "harga", "kebakaran", "flood", "election", "market",
         "jakarta", "hujan"]
runs = {
    "api-articles": ["/api/v1/articles?limit=20"],
    "api-article": [f"/api/v1/articles/{i}" for i in articles],
    "api-stories": ["/api/v1/stories?limit=20"],
    "api-stories-top": ["/api/v1/stories/top"],
    "api-story": [f"/api/v1/stories/{i}" for i in stories],
    "api-sources": ["/api/v1/sources?limit=20"],
    "api-source": [f"/api/v1/sources/{i}" for i in sources],
    "api-search": [f"/api/v1/search?q={w}" for w in words],
    "feed-latest": ["/feeds/latest.rss"],
    "feed-source": [f"/feeds/source/{i}.rss" for i in sources],
    "feed-story": [f"/feeds/story/{i}.atom" for i in stories],
    "feed-search": [f"/feeds/search.rss?q={w}" for w in words],
    "sitemap": ["/sitemap.xml"],
    "sitemap-news": ["/sitemap-news.xml"],
}
for name, paths in runs.items():
    open(f"{work}/{name}.txt", "w").write("\n".join(paths))
polled = []
for i in random.sample(sources, min(2000, len(sources))):
    path = f"/feeds/source/{i}.rss"
    req = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req) as r:
        polled.append(path + "\t" + r.headers["ETag"])
open(f"{work}/feed-source-poll.txt", "w").write("\n".join(polled))
print(f"{len(articles)} articles, {len(stories)} stories, {len(sources)} sources")
PY

for name in api-articles api-article api-stories api-stories-top api-story api-sources api-source \
    api-search feed-latest feed-source feed-source-poll feed-story feed-search sitemap \
    sitemap-news; do
  echo "== $name"
  gzip=()
  case "$name" in feed-*|sitemap*) gzip=(-H "Accept-Encoding: gzip") ;; esac
  if [ "${WARMUP:-0}" -gt 0 ]; then
    wrk -t2 -c16 -d"${WARMUP}s" "${gzip[@]}" -s "$here/paths.lua" "$base" -- "$work/$name.txt" \
      >/dev/null
  fi
  wrk -t2 -c16 -d"${secs}s" --latency "${gzip[@]}" -s "$here/paths.lua" "$base" -- "$work/$name.txt" \
    | grep -E "Requests/sec|  50%|  99%|Non-2xx|errors:"
done
