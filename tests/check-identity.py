#!/usr/bin/env python3
"""The Flatpak manifest asks for exactly what Llwybr needs, and the
application id is the same in every file that names it (TAP output)."""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

APP_ID = "cymru.llwybr.Llwybr"
FINISH_ARGS = {"--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"}

top = Path(sys.argv[1])
resources = top / "resources"
checks = []


def check(name, ok, detail=""):
    checks.append((name, ok, detail))


manifest = json.loads((top / "flatpak" / f"{APP_ID}.json").read_text())
check("manifest id", manifest.get("id") == APP_ID, manifest.get("id"))
check("manifest runtime", (manifest.get("runtime"), manifest.get("sdk"), manifest.get("runtime-version"))
      == ("org.gnome.Platform", "org.gnome.Sdk", "50"))
args = manifest.get("finish-args", [])
check("finish-args are exactly the four", sorted(args) == sorted(FINISH_ARGS) and len(args) == 4, args)
check("Welsh is always there", manifest.get("separate-locales") is False)
check("manifest command", manifest.get("command") == "llwybr")
main_module = manifest["modules"][-1]
check("app built with meson, tests run", main_module.get("buildsystem") == "meson"
      and main_module.get("run-tests") is True)

desktop = (resources / f"{APP_ID}.desktop.in").read_text()
check("desktop file opens portfolios", "MimeType=application/x-llwybr;" in desktop and "%F" in desktop)
check("desktop icon", f"Icon={APP_ID}\n" in desktop)

metainfo = ET.parse(resources / f"{APP_ID}.metainfo.xml.in").getroot()
check("metainfo id", metainfo.findtext("id") == APP_ID)
check("metainfo launchable", metainfo.findtext("launchable") == f"{APP_ID}.desktop")
check("metainfo media type", metainfo.findtext("provides/mediatype") == "application/x-llwybr")

schema = ET.parse(resources / f"{APP_ID}.gschema.xml").getroot()
check("schema id", schema.find("schema").get("id") == APP_ID)

for icon in (f"{APP_ID}.svg", f"{APP_ID}-symbolic.svg"):
    ET.parse(resources / "icons" / icon)
    check(f"icon {icon}", True)

ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
mime = ET.parse(resources / f"{APP_ID}.mime.xml").getroot()
types = [t.get("type") for t in mime.findall("m:mime-type", ns)]
check("MIME type", types == ["application/x-llwybr"], types)

print(f"1..{len(checks)}")
for i, (name, ok, detail) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {i} {name}" + ("" if ok else f" # {detail}"))
sys.exit(0 if all(ok for _, ok, _ in checks) else 1)
