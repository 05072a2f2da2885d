-- wrk script of bench/bench_serve.py --wrk: POST /api/v1/diagnose with the benchmark's request
-- bodies in turn (one JSON body a line in $SHINGI_BENCH_BODIES) and its API token
-- ($SHINGI_BENCH_TOKEN); prints the results as JSON. Latencies are in microseconds in wrk.
local bodies = {}
for line in io.lines(os.getenv("SHINGI_BENCH_BODIES")) do bodies[#bodies + 1] = line end
local headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Bearer " .. os.getenv("SHINGI_BENCH_TOKEN"),
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("POST", "/api/v1/diagnose", headers, bodies[(i % #bodies) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "errors": %d, "error_kinds": ["non-2xx %d, connect %d, read %d, write %d, timeout %d"], '
      .. '"p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f}\n',
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
