#!/usr/bin/env bash
# Writes /etc/apt/sources.list.d/mend-deb-src.sources: a deb-src twin of the
# machine's own Debian "main" archive entry, so `apt-get source` works. The
# archive address is read from the machine's apt sources, never hard-coded.
set -euo pipefail
out=/etc/apt/sources.list.d/mend-deb-src.sources
uri=""; suite=""; signed=""
# deb822 files (.sources): first stanza whose Suites has a plain release name.
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && [ "$f" != "$out" ] || continue
  read -r uri suite signed < <(awk '
    BEGIN{RS=""; FS="\n"}
    {
      t=""; u=""; s=""; k="";
      for(i=1;i<=NF;i++){
        if($i ~ /^Types:/) t=$i;
        if($i ~ /^URIs:/){u=$i; sub(/^URIs:[ \t]*/,"",u); split(u,a," "); u=a[1]}
        if($i ~ /^Suites:/){s=$i; sub(/^Suites:[ \t]*/,"",s)}
        if($i ~ /^Signed-By:/){k=$i; sub(/^Signed-By:[ \t]*/,"",k)}
      }
      if(t ~ /deb/ && u ~ /debian\/?$/){
        n=split(s,ss," ");
        for(j=1;j<=n;j++) if(ss[j] !~ /-/){print u, ss[j], k; exit}
      }
    }' "$f") || true
  [ -n "$uri" ] && break
done
# One-line format (sources.list and *.list).
if [ -z "$uri" ]; then
  read -r uri suite < <(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
    awk '$1=="deb" && $2 !~ /^\[/ && $2 ~ /debian\/?$/ && $3 !~ /-/ {print $2, $3; exit}
         $1=="deb" && $2 ~ /^\[/ && $3 ~ /debian\/?$/ && $4 !~ /-/ {print $3, $4; exit}') || true
fi
[ -n "$uri" ] && [ -n "$suite" ] || { echo "add-deb-src: no Debian archive entry found in /etc/apt" >&2; exit 1; }
# apt refuses two entries for one archive with different Signed-By: copy it.
{
  printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\n' "$uri" "$suite"
  if [ -n "$signed" ]; then printf "Signed-By: %s\n" "$signed"; fi
} > "$out"
echo "add-deb-src: wrote $out for suite $suite"
