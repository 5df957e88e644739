#!/bin/bash
# Runs every README command whose output depends on the simulation, after an engine change, so the
# README's examples and docs/CALIBRATION.md's tables can be brought up to date from real output
# (the README quotes them shortened; splice by hand). About 15 minutes on 2 idle vCPUs, most of it
# the 100-season projection; run nothing else meanwhile, since several outputs carry timings.
# Usage: scripts/readme-outputs.sh OUTDIR   (needs `make build`; Chadwick's venv from `make test`
# for cwbox/cwevent). Charts are written to docs/img as the README's commands do.
set -e
if [ $# -ne 1 ]; then
    echo 'usage: scripts/readme-outputs.sh OUTDIR' >&2
    exit 2
fi
out=$(mkdir -p "$1" && cd "$1" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
bf="$here/ballflight"
work="$out/work"
rm -rf "$work" && mkdir -p "$work"
cd "$here"
{ time make run; } > "$out/makerun.txt" 2> "$out/makerun.err"
"$bf" pa --n 100000 --seed 42 --format json > "$out/pajson.txt" 2> "$out/pajson.err"
"$bf" pa --n 100000 --seed 42 --contact > "$out/pacontact.txt" 2> "$out/pacontact.err"
for seed in 42 2025; do
    "$bf" pa --n 100000 --seed $seed --mode fast --threads 2 --format json > "$out/pafast$seed.txt" 2> /dev/null
done
"$bf" game --away NYY --home LAD --seed 7 --box > "$out/game.txt" 2>&1
"$bf" season --seed 2025 --hr-quality > "$out/hrq.txt" 2> "$out/hrq.err"
"$bf" season --seed 1 --mode extreme > "$out/season1.txt" 2> "$out/season1.err"
"$bf" fidelity --seasons 5 --seed 1 --threads 2 > "$out/fid.txt" 2> "$out/fid.err"
"$bf" fidelity --seasons 20 --seed 1 --threads 2 > "$out/fid20.txt" 2> "$out/fid20.err"
cd "$work"
"$bf" pa --n 2000 --seed 4 --pitches pa.csv > /dev/null 2>&1
head -2 pa.csv | cut -c1-160 > "$out/papitches.txt"
"$bf" season --team NYY --seed 2025 --mode extreme --quiet --pitches nyy.csv.gz --retrosheet retro \
    > "$out/nyy.out" 2> "$out/nyy.err"
chadwick="$here/baseball/target/chadwick-venv/bin"
if [ -x "$chadwick/cwbox" ]; then
    (cd retro && "$chadwick/cwbox" -y 2025 2025NYY.EVA > "$out/cwbox.txt" 2> /dev/null \
        && "$chadwick/cwevent" -y 2025 -n -f 0,2,3,4,10,14,29,34 2025NYY.EVA 2> /dev/null | head -3 > "$out/cwevent.txt")
fi
printf 'change,subject,field,value\n# Aaron Judge signs with Boston\nmove,Aaron Judge,team,BOS\n' > judge.csv
"$bf" project --seasons 10 --seed 2025 --mode extreme --threads 2 --changes judge.csv --compare \
    --checkpoint compare.ckpt --checkpoint-every 1 > "$out/judge.txt" 2> "$out/judge.err"
"$bf" project --seasons 10 --seed 7 --mode extreme --threads 2 --changes judge.csv --compare \
    > "$out/judge7.txt" 2> "$out/judge7.err"
"$bf" project --seasons 8 --seed 1 --no-cache --format json --quiet 2> /dev/null | head -4 > "$out/cli8.txt"
"$bf" project --seasons 100 --seed 2025 --threads 2 --no-cache --checkpoint run100.ckpt \
    > "$out/project100.txt" 2> "$out/project100.err"
cd "$here"
"$bf" pa --batter "Cal Raleigh" --n 2000 --seed 1 --plot docs/img/spray.png --plot-size 800x700 > /dev/null 2>&1
"$bf" pa --pitcher "Tarik Skubal" --n 500 --seed 1 --plot docs/img/movement.png --plot-size 800x700 > /dev/null 2>&1
"$bf" season --seed 2025 --charts docs/img/season --quiet > /dev/null 2>&1
# The projection chart from the checkpoint of the run above (same seasons, nothing replayed).
(cd "$work" && "$bf" project --seasons 100 --seed 2025 --threads 2 --quiet --checkpoint run100.ckpt \
    --plot "$here/docs/img/project.png" > /dev/null 2>&1)
echo "outputs in $out"
