# Sourced by compare-builds.sh and million.sh: the working tree and a git revision built side by
# side. Sets root (the repository, also the current folder) and tmp (a temporary folder removed at
# exit, with the revision's worktree in $tmp/rev), and defines:
#   build_modules DIR MODULES   MODULES (and what they need) packaged in DIR, tests skipped (MVN_ARGS added)
#   add_revision REV            REV checked out in $tmp/rev, a detached worktree removed at exit
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
cleanup_revisions() { git worktree remove --force "$tmp/rev" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup_revisions EXIT
build_modules() {
  # shellcheck disable=SC2086
  (cd "$1" && ./mvnw -B -q ${MVN_ARGS:-} -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package -pl "$2" -am)
}
add_revision() { git worktree add --detach -q "$tmp/rev" "$1"; }
