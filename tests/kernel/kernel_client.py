"""Helpers to start the Framing C# kernel through its installed kernelspec and talk to it."""

import os
import queue
import time

from jupyter_client.manager import KernelManager

KERNEL_NAME = os.environ.get("FRAMING_KERNEL_NAME", "framing-csharp")
TIMEOUT = float(os.environ.get("FRAMING_KERNEL_TIMEOUT", "60"))


def start_kernel(stderr=None):
    """Starts the kernel from its kernelspec; returns (manager, blocking client)."""
    km = KernelManager(kernel_name=KERNEL_NAME)
    km.start_kernel(stderr=stderr)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    return km, kc


def stop_kernel(km, kc):
    """Stops the client's channels and shuts the kernel down."""
    try:
        kc.stop_channels()
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=False)


def iopub_for(kc, msg_id, timeout=TIMEOUT):
    """Collects the iopub messages parented to msg_id, up to and including status idle."""
    messages = []
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no idle status for %s; got %r" % (msg_id, [m["msg_type"] for m in messages]))
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        messages.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id (other replies are skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no shell reply for %s" % msg_id)
        try:
            msg = kc.get_shell_msg(timeout=remaining)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def execute(kc, code, timeout=TIMEOUT, **kwargs):
    """Runs code; returns (reply, iopub messages)."""
    msg_id = kc.execute(code, **kwargs)
    reply = shell_reply(kc, msg_id, timeout)
    return reply, iopub_for(kc, msg_id, timeout)


def stdout_of(messages, name="stdout"):
    return "".join(m["content"]["text"] for m in messages
                   if m["msg_type"] == "stream" and m["content"]["name"] == name)
