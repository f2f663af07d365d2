# Reads a Gatling report's index.html and prints one Markdown row per request name:
# requests, failed, p50, p95, p99, max (ms). Used by bench/load.sh.
/class="ellipsed-name"/ {
  name = $0
  sub(/.*class="ellipsed-name">/, "", name)
  sub(/<.*/, "", name)
  gsub(/&amp;/, "\\&", name)
}
/class="value [a-z]+ col-[0-9]+"/ && name != "" {
  col = $0
  sub(/.*col-/, "", col)
  sub(/".*/, "", col)
  value = $0
  sub(/.*">/, "", value)
  sub(/<.*/, "", value)
  v[col] = value
  if (col == 14) {
    printf "| %s | %s | %s | %s | %s | %s | %s |\n", name, v[2], v[4], v[8], v[10], v[11], v[12]
    name = ""
  }
}
