#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that what a desktop
# needs is where it looks, that the installed llwybr runs, and that the
# shared-mime-info file makes GIO recognise a portfolio, by name and by
# content. Usage: test-install.sh BUILD_DIR PREFIX APP_ID
set -euo pipefail
build=$1 prefix=$2 id=$3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..4"

DESTDIR="$tmp/root" meson install -C "$build" --no-rebuild --quiet >/dev/null
root="$tmp/root$prefix"

missing=""
for f in bin/llwybr \
         "share/applications/$id.desktop" \
         "share/metainfo/$id.metainfo.xml" \
         "share/mime/packages/$id.xml" \
         "share/icons/hicolor/scalable/apps/$id.svg" \
         "share/icons/hicolor/symbolic/apps/$id-symbolic.svg" \
         "share/glib-2.0/schemas/$id.gschema.xml" \
         share/locale/cy/LC_MESSAGES/llwybr.mo; do
  [ -f "$root/$f" ] || missing="$missing $f"
done
if [ -z "$missing" ]; then echo "ok 1 installed files"; else echo "not ok 1 missing:$missing"; fi

# Whole output first: grep -q closing the pipe early would be a SIGPIPE.
if "$root/bin/llwybr" --new-sample "$tmp/sample.llwybr" &&
   summary=$("$root/bin/llwybr" --language en --check "$tmp/sample.llwybr") &&
   grep -q "Standards with evidence" <<<"$summary"; then
  echo "ok 2 the installed llwybr runs"
else
  echo "not ok 2 the installed llwybr runs"
fi

# Only our prefix's MIME database, so nothing else can claim the file.
update-mime-database "$root/share/mime" 2>/dev/null
content_type() {
  XDG_DATA_DIRS="$root/share" XDG_DATA_HOME="$tmp/home" \
    gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}

cp "$tmp/sample.llwybr" "$tmp/portfolio-without-extension"
by_name=$(content_type "$tmp/sample.llwybr")
by_magic=$(content_type "$tmp/portfolio-without-extension")
if [ "$by_name" = application/x-llwybr ] && [ "$by_magic" = application/x-llwybr ]; then
  echo "ok 3 GIO recognises a portfolio by name and by content"
else
  echo "not ok 3 content types: by name $by_name, by content $by_magic"
fi

sqlite3 "$tmp/other-without-extension" 'CREATE TABLE t (x); INSERT INTO t VALUES (1)'
other=$(content_type "$tmp/other-without-extension")
if [ "$other" != application/x-llwybr ]; then
  echo "ok 4 another SQLite file is not taken for a portfolio"
else
  echo "not ok 4 another SQLite file was taken for a portfolio"
fi
