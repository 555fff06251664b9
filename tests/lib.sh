# tests/lib.sh: the shell test prelude (after jq's tests/setup).  Source it,
# then call the checks; finish with `summary NAME`.
# $KIJI is the binary under test; each suite gets a scratch directory $T.
: "${KIJI:=$PWD/build/kiji}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
PASS=0
FAIL=0

pass() { PASS=$((PASS + 1)); }
fail() { FAIL=$((FAIL + 1)); echo "  FAIL: $*"; }

# check NAME COMMAND...: the command must succeed (exit 0)
check() { name=$1; shift; if "$@"; then pass; else fail "$name"; fi; }

# status WANT NAME COMMAND...: the command must exit with WANT
status() {
    want=$1 name=$2; shift 2
    "$@" >"$T/.out" 2>"$T/.err"; got=$?
    if [ "$got" = "$want" ]; then pass; else
        fail "$name: exit $got, want $want"; sed 's/^/    /' "$T/.err" | head -n 5
    fi
}

# contains NAME FILE TEXT: FILE holds TEXT (fixed string)
contains() { if grep -qF -- "$3" "$2"; then pass; else fail "$1: '$3' not in $2"; sed 's/^/    /' "$2" | head -n 5; fi; }
# lacks NAME FILE TEXT: FILE does not hold TEXT
lacks() { if grep -qF -- "$3" "$2"; then fail "$1: '$3' found in $2"; else pass; fi; }
# same NAME GOT WANT: two strings are equal
same() { if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi; }

summary() { echo "$1: $PASS passed, $FAIL failed"; [ "$FAIL" = 0 ]; }
