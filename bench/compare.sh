#!/usr/bin/env bash
# Compares the speed of two builds of elsim: alternating JVM launches, medians per build.
# The JIT makes one launch up to 40 % slower or faster than the next, and a shared machine
# drifts, so one launch per build proves nothing (docs/performance.md, "Comparing two versions").
# Usage: bench/compare.sh DIR_A DIR_B [LAUNCHES, default 5]
#   DIR_A, DIR_B: two checkouts (git worktree add ...); each is built here if needed.
#   They may be the same checkout, to compare JVM flags: JAVA_OPTS_A and JAVA_OPTS_B are passed
#   to the launches of A and B, e.g.
#     JAVA_OPTS_B='-XX:CompileCommand=quiet -XX:CompileCommand=dontinline,io.elsim.stats.ShiftingBottleneck::settle' \
#       bench/compare.sh . . 8
# Prints, per build, every launch's figure and their median for:
#   (a)   elsim / reference ratio on the 10-station benchmark line (higher is better);
#   douai 13 weeks and electricity-2031 6 weeks: median CPU s of 7 runs (lower is better);
# and, launches being paired (A then B), in how many pairs B did better, with the two-sided
# sign-test p-value: all 5 of 5 pairs give p = 0.062, so use 7 launches or more to decide.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/compare.sh DIR_A DIR_B [LAUNCHES]" >&2
  exit 2
fi
a=$(cd "$1" && pwd)
b=$(cd "$2" && pwd)
launches=${3:-5}
build() { echo "building $1" >&2; (cd "$1" && mvn -q -B -DskipTests package test-compile >&2); }
build "$a"
if [ "$b" != "$a" ]; then build "$b"; fi

# bench DIR OPTS ARGS...: one launch; OPTS split on spaces, as a JVM's command line would be
bench() {
  local dir=$1 opts=$2; shift 2
  # shellcheck disable=SC2086
  (cd "$dir" && java $opts -cp target/test-classes:target/elsim.jar io.elsim.bench.LineBenchmark "$@")
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

# B better in how many pairs of launches, and the two-sided sign-test p (ties left out)
pairs() { # higher|lower, A's figures, B's figures
  awk -v dir="$1" -v ra="$2" -v rb="$3" 'BEGIN {
    n = split(ra, x, " "); split(rb, y, " "); k = 0; m = 0
    for (i = 1; i <= n; i++) {
      if (x[i] == y[i]) continue
      m++
      if ((dir == "higher") == (y[i] > x[i])) k++
    }
    lo = (k < m - k) ? k : m - k; tail = 0; c = 1
    for (i = 0; i <= lo; i++) { tail += c; c = c * (m - i) / (i + 1) }
    p = (m == 0) ? 1 : 2 * tail / 2 ^ m; if (p > 1) p = 1
    printf "B better in %d of %d pairs, sign test p = %.3f", k, m, p
  }'
}

measure() { # name, higher|lower is better, extraction regex, benchmark arguments...
  local name=$1 dir=$2 regex=$3; shift 3
  local ra="" rb="" r
  for _ in $(seq "$launches"); do
    r=$(bench "$a" "${JAVA_OPTS_A:-}" "$@" | sed -E "s/$regex/\\1/"); ra="$ra $r"
    r=$(bench "$b" "${JAVA_OPTS_B:-}" "$@" | sed -E "s/$regex/\\1/"); rb="$rb $r"
  done
  printf "%-22s A:%s  median %s\n" "$name" "$ra" "$(echo "$ra" | median)"
  printf "%-22s B:%s  median %s\n" "" "$rb" "$(echo "$rb" | median)"
  printf "%-22s %s\n" "" "$(pairs "$dir" "$ra" "$rb")"
}

echo "A = $a ${JAVA_OPTS_A:-}"
echo "B = $b ${JAVA_OPTS_B:-}"
measure "(a) ratio" higher '.*ratio ([0-9.]+).*' 2000000 quick
measure "douai 13 w, CPU s" lower '.*median ([0-9.]+);.*' example douai 13
measure "2031 6 w, CPU s" lower '.*median ([0-9.]+);.*' example electricity-2031 6
