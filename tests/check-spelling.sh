#!/usr/bin/env bash
# Spell-checks the Welsh translation with aspell. Words aspell's Welsh
# dictionary does not know but that are right (the glossary's
# "portffolio", acronyms, command-line names) are in po/aspell-cy.allow,
# reviewed by hand. Fails on any other flagged word; prints the figures.
# Usage: check-spelling.sh PO ALLOWLIST
set -euo pipefail
po=$1 allow=$2

if ! aspell dump dicts 2>/dev/null | grep -qx cy; then
  echo "1..0 # SKIP aspell's Welsh dictionary is not installed"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every msgstr, without format directives, mnemonics or escapes; Welsh
# elisions ("Mae'r", "wedi'i") are checked as their two words.
msgattrib --no-wrap --no-obsolete --translated "$po" |
  sed -n -E 's/^msgstr(\[[0-9]\])? "(.*)"$/\2/p' | sed 1d |
  sed -E "s/%([0-9]+\\$)?[a-z]+//g; s/\\\\n/ /g; s/_//g; s/['’]/ /g" > "$tmp/text"

total=$(wc -w < "$tmp/text")
aspell -l cy --ignore=1 list < "$tmp/text" | sort > "$tmp/flagged"
sort -u "$allow" > "$tmp/allow"
grep -vxF -f "$tmp/allow" "$tmp/flagged" > "$tmp/unknown" || true

flagged=$(wc -l < "$tmp/flagged")
unknown=$(wc -l < "$tmp/unknown")
echo "1..1"
echo "# $total words; aspell flags $flagged ($(( 100 * flagged / total ))%), all but $unknown of them in the allowlist"
if [ "$unknown" -eq 0 ]; then
  echo "ok 1 every word is in aspell's dictionary or the reviewed allowlist"
else
  echo "not ok 1 words neither aspell nor the allowlist knows: $(sort -u "$tmp/unknown" | tr '\n' ' ')"
fi
