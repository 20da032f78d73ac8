pid=$(pgrep -f next-server | head -1)
t0=$(awk '{print $14+$15}' /proc/$pid/stat)
npx tsx bench/${LOADER:-.load.ts} "$@" | grep -E "perSecond|p95|jadwal|admin"
t1=$(awk '{print $14+$15}' /proc/$pid/stat)
echo "server cpu ticks: $((t1-t0)) (1 tick = 10 ms) for 600 requests incl warmup"
