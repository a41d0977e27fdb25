-- wrk script for bench/pages-benchmark.sh: at the end of a run, prints one line of figures
-- for the shell to read: requests, seconds, requests/s, median and p99 latency in ms, and the
-- requests that failed or were not answered with a 2xx or 3xx.
-- Usage: wrk -t2 -c50 -d20s -s bench/wrk-report.lua http://localhost:18081/path
function done(summary, latency, requests)
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
		+ summary.errors.timeout
	io.write(string.format("wrk-report %d %.3f %.1f %.2f %.2f %d\n", summary.requests, summary.duration / 1e6,
		summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
		errors))
end
