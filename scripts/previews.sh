#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws the phone preview of every Examples payload in both themes into docs/previews/, and the
# opened sheets of the list and the product list. The template is drawn from the Sandbox's own
# definition of it. Run after a build: scripts/previews.sh [build]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-${WACONSOLE_BUILD_DIR:-build}}
cli="$build/src/cli/waconsole-cli"
out=docs/previews
mkdir -p "$out"
export LANG=C.UTF-8

for example in resources/examples/*.json; do
    name=$(basename "$example" .json)
    for theme in light dark; do
        "$cli" render "$example" -o "$out/$name-$theme.png" --theme "$theme" --time 09:41 \
            --template-def resources/sim/templates.json 2>/dev/null
    done
done
for name in interactive.list interactive.product_list; do
    for theme in light dark; do
        "$cli" render "resources/examples/$name.json" -o "$out/$name-open-$theme.png" \
            --theme "$theme" --state open --time 09:41 2>/dev/null
    done
done
# A carousel of product cards (the Examples' carousel has media cards).
for theme in light dark; do
    "$cli" render resources/examples/more/carousel-product.json \
        -o "$out/interactive.carousel-product-$theme.png" --theme "$theme" --time 09:41 2>/dev/null
done
# An audio sent with "voice": true is drawn as a voice note, not as a file.
for theme in light dark; do
    "$cli" render tests/data/payloads/valid/ref-audio-voice.json -o "$out/audio-voice-$theme.png" \
        --theme "$theme" --time 09:41 2>/dev/null
done

# The template kinds of 2026 (carousels, offers, coupons, catalog, multi-product, calls, orders),
# each drawn from the definition and send of tests/data/templates/2026-definitions.json.
defs=tests/data/templates/2026-definitions.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$defs" "$tmp" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
kinds = {"carousel_template_media_cards_v1": "carousel", "carousel_template_product_cards_v1":
         "product-carousel", "limited_time_offer_caribbean_pkg_2023": "lto",
         "winter_sale_coupon": "coupon", "intro_catalog_offer": "catalog",
         "abandoned_cart": "mpm", "wa_voice_call": "voice-call",
         "sample_cpr_template": "call-permission", "order_details_payment": "order-details"}
for name, template in data["sends"].items():
    if name == "limited_time_offer_caribbean_pkg_2023":
        # Meta's example sends a duration; the picture shows a real end (1 Jan 2027).
        template["components"][2]["parameters"][0]["limited_time_offer"]["expiration_time_ms"] = 1798761600000
    json.dump({"messaging_product": "whatsapp", "to": "16505551234", "type": "template",
               "template": template}, open(f"{sys.argv[2]}/{kinds[name]}.json", "w"))
PY
for payload in "$tmp"/*.json; do
    kind=$(basename "$payload" .json)
    for theme in light dark; do
        "$cli" render "$payload" -o "$out/template-$kind-$theme.png" --theme "$theme" \
            --time 09:41 --template-def "$defs" 2>/dev/null
    done
done
echo "wrote $(ls "$out" | wc -l) previews to $out"
