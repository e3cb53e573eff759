-- wrk script for bench/load.sh: searches for one or two words of the generated stories'
-- vocabulary, a different query on every request, and prints latency percentiles.
local words = { "government", "minister", "market", "summit", "economy", "election", "climate", "energy",
  "weather", "river", "school", "hospital", "court", "police", "border", "parliament", "budget", "inflation",
  "investors", "exports", "festival", "museum", "artists", "music", "season", "coach", "players", "record",
  "research", "technology", "workers", "industry", "council", "voters", "agreement", "community" }
local n = 0

function request()
  n = n + 1
  local q = words[(n % #words) + 1]
  if n % 3 == 0 then q = q .. "+" .. words[((n * 7) % #words) + 1] end
  return wrk.format("GET", "/search?q=" .. q)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
