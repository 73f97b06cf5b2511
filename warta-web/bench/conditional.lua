-- wrk script: conditional polls as feed readers make them. The file given after "--" has one
-- "<path><TAB><entity tag>" per line; each request GETs a random line's path with
-- If-None-Match set to its tag and Accept-Encoding: gzip (the tags were taken with gzip).
local paths = {}
local tags = {}

function init(args)
  for line in io.lines(args[1]) do
    local path, tag = line:match("([^\t]+)\t(.+)")
    if path then
      paths[#paths + 1] = path
      tags[#tags + 1] = tag
    end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local i = math.random(#paths)
  return wrk.format("GET", paths[i], {["Accept-Encoding"] = "gzip", ["If-None-Match"] = tags[i]})
end

function done(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
end
