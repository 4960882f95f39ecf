# Sourced by the benchmarks that compare with pgloader: installs Debian's package when it is missing and
# this runs as root (a fresh machine has no pgloader), else names what to do.
if ! command -v pgloader >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing pgloader (Debian package) for the comparison" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgloader; } >/dev/null
  else
    echo "pgloader is not installed: apt-get install -y pgloader" >&2
    exit 2
  fi
fi
