#!/usr/bin/env bash
# Installs PeerTrack for everyone on this machine, in the crontab model: the binary is
# set-group-id to the system group `peertrack`, which no person is in, and the agency's
# store /var/lib/peertrack is open to that group alone, so people reach their records only
# through PeerTrack.
#
#   ./install.sh --deb [OUTDIR]           build peertrack_VERSION_ARCH.deb (prints its path last)
#   sudo ./install.sh [PREFIX]            build and install without dpkg (default PREFIX: /usr/local)
#   sudo ./install.sh --agency-store [PREFIX]   the same, and make /var/lib/peertrack
#   sudo ./install.sh --uninstall [PREFIX]      remove the program (stores are left as they are)
#
# Layout: PREFIX/bin/peertrack -> PREFIX/libexec/peertrack/peertrack (root:peertrack 2755,
# beside its resource bundles), PREFIX/share/peertrack/{Curriculum,Quizzes},
# PREFIX/share/man/man1/peertrack.1. The binary is built with --static-swift-stdlib: at run
# time it needs only Debian's libc, libstdc++ and libxml2, never a Swift toolchain.
# PEERTRACK_BUILD names a folder holding a peertrack already built (the tests use it).
set -euo pipefail
cd "$(dirname "$0")"

group="${PEERTRACK_GROUP:-peertrack}"   # PEERTRACK_GROUP: another group, for tests of a PREFIX install only
store=/var/lib/peertrack
scratch=.build-deb

mode=install
agency_store=no
case "${1:-}" in
  --uninstall) mode=uninstall; shift ;;
  --deb) mode=deb; shift ;;
  --agency-store) agency_store=yes; shift ;;
esac

# The release binary, built once with the Swift runtime and Foundation linked in.
build_binary() {
  if [ -n "${PEERTRACK_BUILD:-}" ]; then
    build="$PEERTRACK_BUILD"
  else
    swift build -c release --static-swift-stdlib --product peertrack --scratch-path "$scratch" >&2
    build="$scratch/release"
  fi
  if [ ! -x "$build/peertrack" ]; then
    echo "install.sh: $build/peertrack is missing" >&2
    exit 1
  fi
}

# Copies the program into ROOT/PREFIX: binary, resource bundles, content, man page.
lay_out() {
  local root="$1" prefix="$2"
  local libexec="$root$prefix/libexec/peertrack" share="$root$prefix/share/peertrack" man="$root$prefix/share/man/man1"
  install -d -m 0755 "$root$prefix/bin" "$libexec" "$share" "$man"
  install -m 0755 "$build/peertrack" "$libexec/peertrack"
  for bundle in "$build"/*.resources; do
    case "$(basename "$bundle")" in *Tests.resources) continue ;; esac
    rm -rf "${libexec:?}/$(basename "$bundle")"
    cp -R "$bundle" "$libexec/"
  done
  rm -rf "$share/Curriculum" "$share/Quizzes"
  cp -R Curriculum Quizzes "$share/"
  chmod -R u=rwX,go=rX "$libexec" "$share"
  ln -sfn "../libexec/peertrack/peertrack" "$root$prefix/bin/peertrack"
  install -m 0644 man/peertrack.1 "$man/peertrack.1"
}

if [ "$mode" = uninstall ]; then
  prefix="${1:-/usr/local}"
  rm -f "$prefix/bin/peertrack" "$prefix/share/man/man1/peertrack.1"
  rm -rf "$prefix/libexec/peertrack" "$prefix/share/peertrack"
  echo "Removed PeerTrack from $prefix (stores, such as $store, and the group $group are left as they are)."
  exit 0
fi

if [ "$mode" = deb ]; then
  outdir="${1:-.}"
  mkdir -p "$outdir"
  outdir="$(cd "$outdir" && pwd)"
  build_binary
  version="$("$build/peertrack" --version | head -1 | cut -d' ' -f2)"
  arch="$(dpkg --print-architecture)"
  root="$(mktemp -d)"
  trap 'rm -rf "$root"' EXIT
  lay_out "$root" /usr
  strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/libexec/peertrack/peertrack"
  gzip -9n "$root/usr/share/man/man1/peertrack.1"
  doc="$root/usr/share/doc/peertrack"
  install -d -m 0755 "$doc"
  sed "s/@VERSION@/$version/" packaging/copyright > "$doc/copyright"
  sed "s/@VERSION@/$version/; s/@DATE@/$(date -R -u -d @"$(git log -1 --format=%ct 2>/dev/null || date +%s)")/" packaging/changelog | gzip -9n > "$doc/changelog.gz"
  chmod 0644 "$doc/copyright" "$doc/changelog.gz"
  # Depends: the Debian package of every library the binary names (NEEDED), as ldd finds it.
  depends="$(readelf -d "$build/peertrack" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | while read -r needed; do
      library="$(ldd "$build/peertrack" | awk -v name="$needed" '$1 == name { print $3 }')"
      [ -n "$library" ] && { dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null; } || true
    done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')"
  install -d -m 0755 "$root/DEBIAN"
  size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
  sed "s/@VERSION@/$version/; s/@ARCH@/$arch/; s/@DEPENDS@/$depends/; s/@SIZE@/$size/" packaging/control > "$root/DEBIAN/control"
  install -m 0755 packaging/postinst packaging/postrm "$root/DEBIAN/"
  (cd "$root" && find usr -type f -exec md5sum {} + | sort -k2) > "$root/DEBIAN/md5sums"
  chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
  package="$outdir/peertrack_${version}_${arch}.deb"
  dpkg-deb --root-owner-group -Zxz --build "$root" "$package" >&2
  echo "$package"
  exit 0
fi

prefix="${1:-/usr/local}"
build_binary
lay_out "" "$prefix"
binary="$prefix/libexec/peertrack/peertrack"
if [ "$(id -u)" -eq 0 ]; then
  getent group "$group" >/dev/null || groupadd --system "$group"
  chown "root:$group" "$binary"
  chmod 2755 "$binary"
  access="set-group-id to $group"
else
  access="not set-group-id (not run as root): it can use personal stores only"
fi
command -v mandb >/dev/null 2>&1 && mandb -q "$prefix/share/man" >/dev/null 2>&1 || true
echo "Installed PeerTrack $("$prefix/bin/peertrack" --version | head -1 | cut -d' ' -f2) in $prefix: $prefix/bin/peertrack ($access), content in $prefix/share/peertrack, man peertrack."

if [ "$agency_store" = yes ]; then
  [ "$(id -u)" -eq 0 ] || { echo "install.sh: --agency-store needs root" >&2; exit 1; }
  if [ ! -d "$store" ]; then
    install -d -o root -g "$group" -m 2770 "$store"
  fi
  echo "Made $store for group $group; root sets it up with: sudo peertrack init --agency NAME"
fi
