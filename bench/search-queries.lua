-- wrk script for bench/search-benchmark.sh: cycles through a mix of searches a historian
-- types (words, names under other spellings, phrases, prefixes, loose spellings, boolean
-- queries, facets, a second page, and searches that find nothing and get suggestions), and
-- prints the median, 90th, 95th and 99th percentile latencies in milliseconds.
-- Usage: wrk -t1 -c1 -d30s -s bench/search-queries.lua http://localhost:18081 -- /api/search
local queries = {
	"Khrushchev", "Kruschev", "%22secret+speech%22", "secret+speech", "Stalin", "thaw", "revol*",
	"Kruschev~", "Poland+OR+Hungary", "%28Poland+OR+Hungary%29+1956", "Thaw+-Ehrenburg",
	"Hru%C5%A1%C4%8Dev", "%D0%BE%D1%82%D1%82%D0%B5%D0%BF%D0%B5%D0%BB%D1%8C", "faltering", "%22firm+grip%22",
	"Khrushchev&part=review", "Stalin&year=1956", "Khrushchev&kind=BOOK_PAGE", "Stalin&page=2",
	"Kruschev&spelling=as-written", "Beria", "Ehrenberg",
}
local path = "/api/search"
local i = 0

function init(args)
	if args[1] ~= nil then
		path = args[1]
	end
end

function request()
	i = i % #queries + 1
	return wrk.format("GET", path .. "?q=" .. queries[i])
end

function done(summary, latency, requests)
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
		+ summary.errors.timeout
	-- done() runs in wrk's main state, where init() never set the path: the shell names it.
	io.write(string.format("%d requests in %.0f s, %d errors or non-2xx; latency ms: median %.1f, p90 %.1f,"
		.. " p95 %.1f, p99 %.1f, max %.1f\n", summary.requests, summary.duration / 1e6, errors,
		latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000))
end
