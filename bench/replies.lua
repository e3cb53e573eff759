-- wrk script for bench/replies.sh: every request posts a new reply from its own client
-- address (X-Forwarded-For, the portal trusting 127.0.0.1 as a proxy) and its own email,
-- with the form token read from the story page. Counts 303 (stored) against the rest.
--   wrk -s bench/replies.lua URL -- SLUG TOKEN FIRST
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  slug = args[1]
  token = args[2]
  first = tonumber(args[3] or "0") + id * 1000000
  n = 0
  stored = 0
  other = 0
  path = "/articles/" .. slug .. "/replies"
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  n = n + 1
  local k = first + n
  local body = "comment=" .. encode("Benchmark reply number " .. k .. " with a few words of text.")
    .. "&author=" .. encode("Reader " .. k) .. "&email=" .. encode("reader" .. k .. "@bench.example")
    .. "&url=&token=" .. encode(token)
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Sec-Fetch-Site"] = "same-origin",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", id, math.floor(k / 256) % 256, k % 256),
  }
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if status == 303 then stored = stored + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local s, o = 0, 0
  for _, thread in ipairs(threads) do
    s = s + thread:get("stored")
    o = o + thread:get("other")
  end
  io.write(string.format("RESULT stored=%d other=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f\n", s, o,
    summary.duration / 1e6, s / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
end
