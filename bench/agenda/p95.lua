-- wrk script: the API token from the environment, and p50/p95/p99 in milliseconds at the end.
local token = os.getenv("ALLIES_TOKEN")
wrk.headers["Authorization"] = "Bearer " .. token
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d p50=%.1f p95=%.1f p99=%.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
