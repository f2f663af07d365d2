# Reads bench/sample.sh's CSV and judges the load's memory and messaging goals (issue 20) over the
# steady phase (t >= steady, the seconds after the ramp of logins). Used by bench/load.sh:
#   awk -F, -v steady=230 -f bench/sample-summary.awk samples.csv
# Prints one line per figure and one "goal : value : true|false" line per goal; exits 1 when a goal
# is missed.
#   memory: the heap's floor (the lowest used heap of each minute, what is left after collections)
#           and the process's RSS must show no growth trend: their least-squares slope over the
#           steady phase, times its length, stays within 10 % of the first minute's value (and at
#           least 16 MB, the noise of one collection);
#   messaging: no dead letter at any sample, and the oldest outbox row never older than 2 s.
NR == 1 { next }
{
  t = $1; rss = $2; heap = $3; rows = $4; oldest = $5; dead = $6
  samples++
  if (dead != "") { seenDead = 1; if (dead + 0 != 0 && deadBad == "") deadBad = dead; if (dead + 0 > deadMax) deadMax = dead }
  if (oldest != "") { seenOutbox = 1; if (oldest + 0 > oldestMax) { oldestMax = oldest + 0; oldestAt = t } }
  if (rows != "" && rows + 0 > rowsMax) rowsMax = rows + 0
  if (t < steady) next
  if (rss != "") { n++; sx += t; sy += rss; sxx += t * t; sxy += t * rss; if (firstRss == "") firstRss = rss; lastRss = rss; if (rss + 0 > rssMax) rssMax = rss + 0 }
  if (heap != "") {
    minute = int((t - steady) / 60)
    if (!(minute in floor) || heap + 0 < floor[minute]) floor[minute] = heap + 0
    if (minute > lastMinute) lastMinute = minute
    if (heap + 0 > heapMax) heapMax = heap + 0
  }
}
function slope(n, sx, sy, sxx, sxy) { return (n * sxx - sx * sx) == 0 ? 0 : (n * sxy - sx * sy) / (n * sxx - sx * sx) }
function judge(name, value, ok) { printf "%s : %s : %s\n", name, value, ok ? "true" : "false"; if (!ok) failed = 1 }
END {
  mb = 1024 * 1024
  if (samples == 0) { print "samples: none"; exit 1 }
  # heap: one floor per whole minute of the steady phase (the last, partial minute is left out)
  m = 0; hx = hy = hxx = hxy = 0
  for (i = 0; i < lastMinute; i++) if (i in floor) { m++; hx += i; hy += floor[i]; hxx += i * i; hxy += i * floor[i] }
  span = lastMinute  # minutes
  printf "samples: %d (steady phase from %d s)\n", samples, steady
  if (m >= 3) {
    heapSlope = slope(m, hx, hy, hxx, hxy)  # bytes per minute
    heapGrowth = heapSlope * span
    heapLimit = floor[0] * 0.10; if (heapLimit < 16 * mb) heapLimit = 16 * mb
    printf "heap: floor per minute (MB):"
    for (i = 0; i < lastMinute; i++) if (i in floor) printf " %.0f", floor[i] / mb
    printf "; highest %.0f MB; trend %+.1f MB/min\n", heapMax / mb, heapSlope / mb
    judge(sprintf("heap floor: no growth trend (%+.0f MB over %d min, limit %.0f)", heapGrowth / mb, span, heapLimit / mb), sprintf("%+.0f MB", heapGrowth / mb), heapGrowth <= heapLimit)
  } else {
    print "heap: fewer than 3 whole minutes of steady phase; no trend judged"
  }
  if (n >= 2) {
    rssSlope = slope(n, sx, sy, sxx, sxy)  # kB per second
    seconds = lastMinute * 60; if (seconds < 60) seconds = 60
    rssGrowth = rssSlope * seconds
    rssLimit = firstRss * 0.10; if (rssLimit < 16 * 1024) rssLimit = 16 * 1024
    printf "rss: %.0f MB at the start of the steady phase, %.0f MB at the end, highest %.0f MB; trend %+.1f MB/min\n", firstRss / 1024, lastRss / 1024, rssMax / 1024, rssSlope * 60 / 1024
    judge(sprintf("rss: no growth trend (%+.0f MB over the steady phase, limit %.0f)", rssGrowth / 1024, rssLimit / 1024), sprintf("%+.0f MB", rssGrowth / 1024), rssGrowth <= rssLimit)
  } else {
    print "rss: not sampled (no Payara process found)"
  }
  printf "outbox: at most %d rows; oldest row %.1f s (at %d s)\n", rowsMax, oldestMax, oldestAt
  judge("dead letters: none at any sample", seenDead ? (deadBad == "" ? 0 : deadBad) : "not read", seenDead && deadBad == "")
  judge("outbox: oldest row <= 2 s at every sample", seenOutbox ? sprintf("%.1f s", oldestMax) : "not read", seenOutbox && oldestMax <= 2)
  exit failed
}
