"""Prints kernel start-up and per-execute figures (not a test: figures depend on the machine).

    JUPYTER_PATH=<prefix>/share/jupyter /usr/bin/python3 tests/kernel/measure.py [runs]

Start-up: from launching the kernel process to the first execute_reply (of `1 + 1`), through the
kernelspec, as a Jupyter client sees it. Per-execute: round trip of a trivial cell (`1`) from sending
execute_request to receiving execute_reply, and to the idle status, over many runs.
"""

import statistics
import sys
import time

from jupyter_client.manager import KernelManager

from kernel_client import KERNEL_NAME, TIMEOUT, iopub_for, shell_reply


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    start = time.perf_counter()
    km = KernelManager(kernel_name=KERNEL_NAME)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    ready = time.perf_counter()
    msg_id = kc.execute("1 + 1")
    reply = shell_reply(kc, msg_id)
    first = time.perf_counter()
    iopub_for(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    print("kernel start -> kernel_info ready:      %7.0f ms" % ((ready - start) * 1000))
    print("kernel start -> first execute_reply:    %7.0f ms" % ((first - start) * 1000))

    to_reply, to_idle, engine, overhead = [], [], [], []
    for _ in range(runs):
        sent = time.perf_counter()
        msg_id = kc.execute("1")
        reply = shell_reply(kc, msg_id)
        replied = time.perf_counter()
        engine_ms = reply["metadata"]["framing_engine_ms"]
        engine.append(engine_ms)
        overhead.append((replied - sent) * 1000 - engine_ms)
        iopub_for(kc, msg_id)
        idle = time.perf_counter()
        to_reply.append((replied - sent) * 1000)
        to_idle.append((idle - sent) * 1000)
    for label, values in (("execute_request -> execute_reply", to_reply), ("execute_request -> status idle ", to_idle),
                          ("  of which engine (cell run)     ", engine), ("  kernel + protocol overhead     ", overhead)):
        ordered = sorted(values)
        print("%s (%d runs): median %.1f ms, p90 %.1f ms, min %.1f ms"
              % (label, runs, statistics.median(ordered), ordered[int(0.9 * (len(ordered) - 1))], ordered[0]))
    kc.stop_channels()
    km.shutdown_kernel(now=False)


if __name__ == "__main__":
    main()
