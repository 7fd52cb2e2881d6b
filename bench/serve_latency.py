#!/usr/bin/env python3
"""Latency of a running `sitrep serve` (p50/p95 per endpoint, one keep-alive connection, sequential requests).

  dotnet run -c Release --project bench/Sitrep.Bench -- store --only query --events 20000 --query-db /tmp/q20k.db --runs 1
  ./sitrep serve --store sqlite:/tmp/q20k.db --urls http://127.0.0.1:5080 &
  python3 bench/serve_latency.py http://127.0.0.1:5080 [RUNS]

The URLs match the store bench's synthetic events (countries SY, IQ, ..., words such as "market"); the first pass
warms the server and is not counted.
"""
import http.client, statistics, sys, time, urllib.parse

base = urllib.parse.urlparse(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5080")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 100
urls = [
    "/api/events",
    "/api/events?country=SD&from=2022-01-01&to=2022-12-31",
    "/api/events?root=19&bbox=20,10,40,30",
    "/api/events?text=market&limit=100",
    "/api/events?limit=50&offset=5000",
    "/api/stats",
    "/api/stats?country=UA",
]
conn = http.client.HTTPConnection(base.hostname, base.port or 80)

def get(url):
    conn.request("GET", url)
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        sys.exit(f"{url}: HTTP {r.status} {body[:200]!r}")
    return len(body)

for u in urls:
    get(u)
print(f"{runs} sequential requests per URL, after one warm-up pass")
for u in urls:
    times = []
    for _ in range(runs):
        t = time.perf_counter(); size = get(u); times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"  {u:55} p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms  ({size} bytes)")
