-- wrk script: each request GETs a path picked at random from the file given after "--"
-- (one path per line), so a run spreads over many articles, stories or searches. A line may add
-- a TAB and an entity tag: that path is then polled conditionally (If-None-Match), as feed
-- readers do; headers given with -H are sent too.
local paths = {}
local tags = {}

function init(args)
  for line in io.lines(args[1]) do
    local path, tag = line:match("^([^\t]+)\t(.+)$")
    if not path and #line > 0 then path = line end
    if path then
      paths[#paths + 1] = path
      tags[#tags + 1] = tag or false
    end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local i = math.random(#paths)
  if not tags[i] then
    return wrk.format("GET", paths[i])
  end
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["If-None-Match"] = tags[i]
  return wrk.format("GET", paths[i], headers)
end

function done(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
end
