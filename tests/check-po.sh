#!/usr/bin/env bash
# Fails if po/cy.po is behind the code: every marked string in the files of
# po/POTFILES.in must be translated, none fuzzy. (The leak test in test-ui
# only knows the strings po/cy.po already has.)
# Usage: check-po.sh SOURCE_ROOT
set -euo pipefail
top=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top"

echo "1..1"
xgettext --from-code=UTF-8 --add-comments=Translators \
  -k_ -kN_ -kC_:1c,2 -kNC_:1c,2 -kngettext:1,2 -kllwybr_catalog_ngettext:2,3 \
  -f po/POTFILES.in -o "$tmp/llwybr.pot"
msgmerge --quiet po/cy.po "$tmp/llwybr.pot" -o "$tmp/cy.po"
stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/cy.po" 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "not ok 1 po/cy.po is behind the code: $stats"
    msgattrib --untranslated --only-fuzzy --no-wrap "$tmp/cy.po" | grep '^msgid' | head -20 | sed 's/^/# /'
    msgattrib --untranslated --no-wrap "$tmp/cy.po" | grep '^msgid' | head -40 | sed 's/^/# /' ;;
  *) echo "ok 1 po/cy.po translates every string in the code ($stats)" ;;
esac
