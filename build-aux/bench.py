#!/usr/bin/env python3
# build-aux/bench.py BUILD-DIR SCHEMA-DIR WORK-DIR — the benchmarks of issue 11
#
# Run by `build-aux/dev bench` under Xvfb and one D-Bus session, on an
# optimised build. Prints a table and writes BUILD-DIR/bench.json.
#
# First frames: each start opens a portfolio already in the library, as
# Llwybr starts every day on the one left open (the import of a new file
# is measured on its own, by bench-ui). The launch time and the first
# frame are both read from CLOCK_MONOTONIC, and Llwybr and the bare
# window take turns, so both see the same machine.

import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import time

build, schemas, work = sys.argv[1:4]
tests = os.path.join(build, "tests")
llwybr = os.path.join(build, "ui", "llwybr")
ROUNDS = 7

base_env = dict(os.environ,
                GDK_BACKEND="x11", GSK_RENDERER="cairo", NO_AT_BRIDGE="1",
                LANG="en_GB.UTF-8", LANGUAGE="en_GB",
                GSETTINGS_SCHEMA_DIR=schemas)


def say(text):
    print(f"\033[1m==> {text}\033[0m", flush=True)


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": values}


def run_out(*argv):
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout.strip()


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    versions = {}
    for name, package in (("gtk", "libgtk-4-1"), ("libadwaita", "libadwaita-1-0"),
                          ("sqlite", "libsqlite3-0"), ("glib", "libglib2.0-0")):
        versions[name] = run_out("dpkg-query", "-W", "-f=${Version}", package)
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(mem / 2**20, 1),
            "kernel": platform.release(), "debian": open("/etc/debian_version").read().strip(),
            **versions}


def home(name):
    """A private XDG_DATA_HOME and XDG_CONFIG_HOME for one run."""
    path = os.path.join(work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(os.path.join(path, "config", "glib-2.0", "settings"))
    return path


def env_for(path):
    # The keyfile backend, private to the run, so that Llwybr can be told
    # which portfolio was left open.
    return dict(base_env, XDG_DATA_HOME=os.path.join(path, "data"),
                XDG_CONFIG_HOME=os.path.join(path, "config"), GSETTINGS_BACKEND="keyfile")


def keyfile(path):
    return os.path.join(path, "config", "glib-2.0", "settings", "keyfile")


def launch(argv, env, timeout=120):
    """Starts argv; returns the process and ms from launch to first frame."""
    start = time.monotonic_ns() // 1000
    proc = subprocess.Popen(argv, env=dict(env, LLWYBR_BENCH_FIRST_FRAME="1"),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + timeout
    for line in proc.stdout:
        if line.startswith("first-frame "):
            return proc, (int(line.split()[1]) - start) / 1000
        if time.monotonic() > deadline:
            break
    stop(proc)
    raise RuntimeError(f"no first frame from {argv}")


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    proc.wait()


def library_copy(name, portfolio):
    """Imports portfolio with Llwybr itself; returns the library it made."""
    path = home(f"template-{name}")
    proc = subprocess.Popen([llwybr, portfolio], env=env_for(path),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if os.path.exists(keyfile(path)) and "last-portfolio='/" in open(keyfile(path)).read():
            break
        time.sleep(0.2)
    stop(proc)
    library = os.path.join(path, "data", "llwybr")
    copies = [f for f in os.listdir(library) if f.endswith(".llwybr")]
    assert len(copies) == 1, copies
    return library, copies[0]


def start_on(template, name):
    """A fresh home with a copy of the library, the portfolio left open."""
    library, copy = template
    path = home(f"run-{name}")
    shutil.copytree(library, os.path.join(path, "data", "llwybr"))
    with open(keyfile(path), "w") as f:
        f.write(f"[cymru/llwybr/Llwybr]\nlast-portfolio='{os.path.join(path, 'data', 'llwybr', copy)}'\n")
    return launch([llwybr], env_for(path))


def vm_rss_mib(pid):
    return next(int(l.split()[1]) for l in open(f"/proc/{pid}/status") if l.startswith("VmRSS")) / 1024


def generate(n):
    path = os.path.join(work, f"portfolio-{n}.llwybr")
    if os.path.exists(path):
        os.unlink(path)
    subprocess.run([os.path.join(tests, "generate-portfolio"), str(n), path], check=True, stdout=subprocess.DEVNULL)
    return path


def bench_search():
    say("Search as you type over 10,000 pieces of evidence (5 runs)")
    runs = [json.loads(l) for l in run_out(os.path.join(tests, "bench-search"), "10000").splitlines()]
    return {"p50_ms": summary([r["p50_ms"] for r in runs]), "p95_ms": summary([r["p95_ms"] for r in runs]),
            "max_ms": max(r["max_ms"] for r in runs), "searches_per_run": runs[0]["searches"]}


def bench_ui(portfolio):
    say("The window with 10,000 pieces of evidence: opening, typing, scrolling, switching pages")
    path = home("bench-ui")
    out = subprocess.run([os.path.join(tests, "bench-ui"), portfolio], check=True, capture_output=True, text=True,
                         env=dict(env_for(path), GSETTINGS_BACKEND="memory")).stdout
    lines = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    return {"import_to_list_ms": next(l["ms"] for l in lines if l["bench"] == "import-to-list"),
            "open_to_list_ms": summary([l["ms"] for l in lines if l["bench"] == "open-to-list"]),
            "frames": {l["activity"]: {k: v for k, v in l.items() if k not in ("bench", "activity")}
                       for l in lines if l["bench"] == "frames"}}


def bench_first_frame(templates):
    say(f"First frame: Llwybr and a bare AdwApplicationWindow in turn ({ROUNDS} rounds)")
    bare = []
    app = {name: [] for name in templates}
    for _ in range(ROUNDS):
        for name, template in templates.items():
            proc, ms = launch([os.path.join(tests, "bench-bare-window")], base_env)
            stop(proc)
            bare.append(ms)
            proc, ms = start_on(template, name)
            stop(proc)
            app[name].append(ms)
    result = {"bare_ms": summary(bare)}
    for name, values in app.items():
        result[name] = dict(summary(values), ratio=statistics.median(values) / statistics.median(bare))
    return result


def bench_idle_rss(templates):
    say("Idle RSS, 5 s after the first frame (3 runs)")
    result = {}
    for name in ("1000", "10000"):
        values = []
        for _ in range(3):
            proc, _ = start_on(templates[name], name)
            time.sleep(5)
            values.append(vm_rss_mib(proc.pid))
            stop(proc)
        result[name] = summary(values)
    return result


def bench_pdf(portfolios):
    say("PDF summary, bilingual: wall time and peak RSS (3 runs each)")
    result = {}
    for n, portfolio in portfolios.items():
        seconds, rss = [], []
        for _ in range(3):
            out = os.path.join(work, "summary.pdf")
            start = time.monotonic()
            proc = subprocess.Popen([llwybr, "--export-pdf", out, "--language", "both", portfolio],
                                    env=base_env, stdout=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            assert status == 0, status
            seconds.append(time.monotonic() - start)
            rss.append(usage.ru_maxrss / 1024)
        result[str(n)] = {"seconds": summary(seconds), "peak_rss_mib": summary(rss)}
    result["growth_1000_to_10000"] = (result["10000"]["seconds"]["median"] / result["1000"]["seconds"]["median"])
    result["growth_100_to_1000"] = (result["1000"]["seconds"]["median"] / result["100"]["seconds"]["median"])
    return result


def bench_merge(portfolio):
    say("Merging a mentor's reviewed copy of 1,000 pieces of evidence back (5 runs)")
    runs = [json.loads(l) for l in run_out(os.path.join(tests, "bench-merge"), portfolio, "5").splitlines()]
    return {"ms": summary([r["ms"] for r in runs]), "reviews": runs[0]["reviews"], "updated": runs[0]["updated"]}


def row(what, value, target=None, met=None):
    mark = "" if met is None else ("met" if met else "MISSED")
    print(f"  {what:<52} {value:<30} {target or '':<16} {mark}")


def fmt(s, unit="ms", digits=0):
    return f"{s['median']:.{digits}f} {unit} ({s['min']:.{digits}f}–{s['max']:.{digits}f})"


def table(r):
    m = r["machine"]
    print(f"\nLlwybr benchmarks — {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB, "
          f"Linux {m['kernel']}, Debian {m['debian']}, GTK {m['gtk']}, libadwaita {m['libadwaita']}, "
          f"SQLite {m['sqlite']}")
    print("  medians (min–max)\n")
    ff = r["first_frame"]
    row("First frame, bare AdwApplicationWindow", fmt(ff["bare_ms"]))
    for name, limit in (("sample", 1.2), ("1000", 1.3), ("10000", 1.3)):
        row(f"First frame, {name} pieces of evidence" if name != "sample" else "First frame, the sample",
            f"{fmt(ff[name])} = {ff[name]['ratio']:.2f}×", f"≤ {limit}× bare", ff[name]["ratio"] <= limit)
    s = r["search"]
    row("Search over 10,000, p50 of each run", fmt(s["p50_ms"], digits=2))
    row("Search over 10,000, p95 of each run", fmt(s["p95_ms"], digits=2), "≤ 5 ms", s["p95_ms"]["median"] <= 5)
    u = r["ui"]
    row("Import 10,000 to a painted evidence list", f"{u['import_to_list_ms']:.0f} ms")
    row("Open 10,000 from the library to the list", fmt(u["open_to_list_ms"]))
    for activity, f in u["frames"].items():
        row(f"Frames while {activity.replace('-', ' ')}, 10,000: p95 / max",
            f"{f['p95_ms']:.0f} / {f['max_ms']:.0f} ms ({f['over_50_ms']} > 50)", "≤ 50 ms", f["over_50_ms"] == 0)
    for n, v in r["idle_rss_mib"].items():
        row(f"Idle RSS, {n} pieces of evidence open", fmt(v, "MiB", 1))
    p = r["pdf"]
    for n in ("100", "1000", "10000"):
        target, met = (("≤ 1.5 s, 200 MB", p[n]["seconds"]["median"] <= 1.5 and p[n]["peak_rss_mib"]["median"] * 1.048576 <= 200)
                       if n == "1000" else (None, None))
        row(f"PDF of {n}: time, peak RSS",
            f"{fmt(p[n]['seconds'], 's', 2)}, {p[n]['peak_rss_mib']['median']:.0f} MiB", target, met)
    row("PDF growth, 1,000 → 10,000 items", f"{p['growth_1000_to_10000']:.1f}×", "≤ 11×", p["growth_1000_to_10000"] <= 11)
    g = r["merge"]
    row("Merge of two 1,000-item copies", f"{fmt(g['ms'])}: {g['reviews']} reviews, {g['updated']} updated")


def main():
    os.makedirs(work, exist_ok=True)
    results = {"machine": machine(), "when": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    say("Generating portfolios of 100, 1,000 and 10,000 pieces of evidence")
    portfolios = {n: generate(n) for n in (100, 1000, 10000)}
    sample = os.path.join(work, "sample.llwybr")
    if os.path.exists(sample):
        os.unlink(sample)
    subprocess.run([llwybr, "--new-sample", sample], env=base_env, check=True, stdout=subprocess.DEVNULL)

    results["search"] = bench_search()
    results["pdf"] = bench_pdf(portfolios)
    results["ui"] = bench_ui(portfolios[10000])
    say("Importing the portfolios into libraries for the first-frame runs")
    templates = {"sample": library_copy("sample", sample),
                 "1000": library_copy("1000", portfolios[1000]),
                 "10000": library_copy("10000", portfolios[10000])}
    results["first_frame"] = bench_first_frame(templates)
    results["idle_rss_mib"] = bench_idle_rss(templates)
    results["merge"] = bench_merge(portfolios[1000])

    with open(os.path.join(build, "bench.json"), "w") as f:
        json.dump(results, f, indent=2)
    table(results)
    print(f"\n  JSON: {os.path.join(build, 'bench.json')}")


main()
