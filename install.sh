#!/usr/bin/env bash
# Installs PeerTrack for everyone on this machine:
#   swift build -c release && ./install.sh [PREFIX]      (default PREFIX: /usr/local)
#   ./install.sh --uninstall [PREFIX]
#   ./install.sh --agency-store GROUP [PREFIX]            also make /var/lib/peertrack, shared by GROUP
# Layout: PREFIX/bin/peertrack -> PREFIX/libexec/peertrack/peertrack (beside its resource
# bundles), PREFIX/share/peertrack/{Curriculum,Quizzes} (the curriculum and program rules),
# PREFIX/share/man/man1/peertrack.1.
set -euo pipefail
cd "$(dirname "$0")"

mode=install
group=""
case "${1:-}" in
  --uninstall) mode=uninstall; shift ;;
  --agency-store) group="${2:?--agency-store needs a GROUP}"; shift 2 ;;
esac
prefix="${1:-/usr/local}"
libexec="$prefix/libexec/peertrack"
share="$prefix/share/peertrack"
man="$prefix/share/man/man1"

if [ "$mode" = uninstall ]; then
  rm -f "$prefix/bin/peertrack" "$man/peertrack.1"
  rm -rf "$libexec" "$share"
  echo "Removed PeerTrack from $prefix (stores, such as /var/lib/peertrack, are left as they are)."
  exit 0
fi

build="${PEERTRACK_BUILD:-.build/release}"   # PEERTRACK_BUILD: another build folder (the tests install the debug build)
if [ ! -x "$build/peertrack" ]; then
  echo "install.sh: $build/peertrack is missing; run: swift build -c release" >&2
  exit 1
fi
install -d "$prefix/bin" "$libexec" "$share" "$man"
install -m 0755 "$build/peertrack" "$libexec/peertrack"
for bundle in "$build"/*.resources; do
  case "$(basename "$bundle")" in *Tests.resources) continue ;; esac
  rm -rf "$libexec/$(basename "$bundle")"
  cp -R "$bundle" "$libexec/"
done
rm -rf "$share/Curriculum" "$share/Quizzes"
cp -R Curriculum Quizzes "$share/"
chmod -R a+rX "$libexec" "$share"
ln -sfn "../libexec/peertrack/peertrack" "$prefix/bin/peertrack"
install -m 0644 man/peertrack.1 "$man/peertrack.1"
command -v mandb >/dev/null 2>&1 && mandb -q "$prefix/share/man" >/dev/null 2>&1 || true
echo "Installed PeerTrack $("$prefix/bin/peertrack" --version | head -1 | cut -d' ' -f2) in $prefix: $prefix/bin/peertrack, content in $share, man peertrack."

if [ -n "$group" ]; then
  getent group "$group" >/dev/null || { echo "install.sh: no group '$group' (groupadd $group)" >&2; exit 1; }
  install -d -m 2770 -g "$group" /var/lib/peertrack
  echo "Made /var/lib/peertrack for group $group; an administrator runs: peertrack init --agency NAME --group $group"
fi
