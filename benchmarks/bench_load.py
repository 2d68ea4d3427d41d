"""Load test of the API and dashboard: N concurrent users for T seconds on loopback.

Builds the demo database (``indupath demo``) in a temporary folder unless
``--db`` is given, starts ``indupath serve --read-only`` on a free loopback port,
warms each URL once, then runs ``--users`` asyncio workers (httpx) for
``--seconds``, each requesting a fixed mix of pages and API calls in turn, pausing a think
time (uniform 0.5-1.5 x ``--think`` seconds, seeded) between requests as a
person at a browser does; ``--think 0`` is a closed-loop stress test.
Prints the request count, throughput, p50/p95/p99 latency seen by the client,
the p50/p95 time spent inside the app (its ``Server-Timing`` header, so queueing
for the CPU shows as the difference) and the error count (any status >= 400 or
transport error). Goal: p95 < 100 ms, no errors.

    .venv/bin/python benchmarks/bench_load.py            # 60 s, 50 users
    .venv/bin/python benchmarks/bench_load.py --seconds 10 --users 10
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "INDUPATH_SECRET_KEY": "bench"}
    with log.open("w") as fh:
        proc = subprocess.Popen(
            [
                str(BIN / "indupath"),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--db",
                str(db),
                "--read-only",
            ],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"server did not start; log:\n{log.read_text()}")


def url_mix(base: str) -> list[str]:
    """A realistic mix: pages, the map layer, region data, documents, analyses (all GET)."""
    ind = httpx.get(base + "/api/map/indicators", timeout=60).json()["indicators"]
    regions = httpx.get(base + "/api/regions", params={"level": "province", "limit": 31}, timeout=60).json()[
        "items"
    ]
    codes = [r["code"] for r in regions][:6] or ["340000"]
    urls = ["/", "/static/css/app.css", "/static/js/app.js", "/api/map/indicators", "/api/documents"]
    if ind:
        first = ind[0]
        q = f"metric={first['metric']}&scheme={first['scheme']}"
        if first["industry_code"]:
            q += f"&industry={first['industry_code']}"
        for year in first["years"][-3:]:
            urls.append(f"/api/map?{q}&year={year}")
        for code in codes:
            urls.append(f"/api/regions/{code}/series?{q}")
    for code in codes:
        urls += [f"/region/{code}", f"/api/regions/{code}", f"/api/regions/{code}/roadmap"]
    urls += [f"/api/analyze/specialization?region={c}&top=12" for c in codes[:3]]
    urls += ["/api/regions?limit=50", "/api/observations?limit=100"]
    return urls


async def worker(
    client: httpx.AsyncClient,
    urls: list[str],
    offset: int,
    stop: float,
    lat: list[float],
    errs: list[str],
    think: float,
    rng: random.Random,
    per_url: dict[str, list[float]],
    server: list[float],
) -> None:
    i = offset
    await asyncio.sleep(rng.uniform(0, think))  # users arrive spread over the first think period
    while time.perf_counter() < stop:
        url = urls[i % len(urls)]
        i += 1
        t0 = time.perf_counter()
        try:
            r = await client.get(url)
            await r.aread()
            if r.status_code >= 400:
                errs.append(f"{r.status_code} {url}")
            timing = r.headers.get("server-timing", "")
            if timing.startswith("app;dur="):
                server.append(float(timing[8:]) / 1000)
        except httpx.HTTPError as exc:
            errs.append(f"{type(exc).__name__} {url}")
        lat.append(time.perf_counter() - t0)
        per_url.setdefault(url, []).append(lat[-1])
        if think > 0:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def run(
    base: str, urls: list[str], users: int, seconds: float, think: float, seed: int
) -> dict[str, object]:
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        for url in urls:  # warm caches once
            await client.get(url)
        lat: list[float] = []
        errs: list[str] = []
        per_url: dict[str, list[float]] = {}
        server: list[float] = []
        start = time.perf_counter()
        stop = start + seconds
        rngs = [random.Random(seed * 1000 + k) for k in range(users)]
        await asyncio.gather(
            *(worker(client, urls, k, stop, lat, errs, think, rngs[k], per_url, server) for k in range(users))
        )
        elapsed = time.perf_counter() - start
    qs = statistics.quantiles(lat, n=100) if len(lat) >= 2 else [float("nan")] * 99
    return {
        "users": users,
        "think_s": think,
        "seconds": round(elapsed, 1),
        "requests": len(lat),
        "throughput_rps": round(len(lat) / elapsed, 1),
        "p50_ms": round(qs[49] * 1000, 1),
        "p95_ms": round(qs[94] * 1000, 1),
        "p99_ms": round(qs[98] * 1000, 1),
        "server_p50_ms": round(statistics.quantiles(server, n=100)[49] * 1000, 2)
        if len(server) > 1
        else None,
        "server_p95_ms": round(statistics.quantiles(server, n=100)[94] * 1000, 2)
        if len(server) > 1
        else None,
        "errors": len(errs),
        "error_examples": sorted(set(errs))[:5],
        "urls": len(urls),
        "slowest_urls_median_ms": dict(
            sorted(
                ((u, round(statistics.median(v) * 1000, 1)) for u, v in per_url.items()),
                key=lambda kv: -kv[1],
            )[:6]
        ),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=None, help="existing store (default: build the demo store)")
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean think time per user between requests, uniform in [0.5, 1.5] x this (0: closed loop, no pause)",
    )
    ap.add_argument("--seed", type=int, default=0, help="seed of the think-time draws")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="indupath-bench-") as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "demo.duckdb"
            subprocess.run([str(BIN / "indupath"), "demo", "--db", str(db)], check=True, capture_output=True)
        port = free_port()
        proc = start_server(db, port, Path(tmp) / "server.log")
        try:
            base = f"http://127.0.0.1:{port}"
            result = asyncio.run(run(base, url_mix(base), args.users, args.seconds, args.think, args.seed))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    result["goal"] = "p95 < 100 ms, 0 errors"
    result["met"] = bool(result["p95_ms"] < 100 and result["errors"] == 0)  # type: ignore[operator]
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
