"""Drives the Framing C# kernel with jupyter_client, as VS Code and JupyterLab would."""

import os
import queue
import tempfile
import time
import unittest

import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.session import Session

from kernel_client import TIMEOUT, execute, iopub_for, shell_reply, start_kernel, stdout_of, stop_kernel


class KernelTests(unittest.TestCase):
    """One kernel shared by the tests that leave it usable."""

    @classmethod
    def setUpClass(cls):
        cls.log = tempfile.NamedTemporaryFile(prefix="framing-kernel-", suffix=".log", delete=False)
        cls.km, cls.kc = start_kernel(stderr=cls.log)

    @classmethod
    def tearDownClass(cls):
        stop_kernel(cls.km, cls.kc)
        cls.log.close()
        os.unlink(cls.log.name)

    def kernel_log(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def test_kernel_info(self):
        msg_id = self.kc.kernel_info()
        reply = shell_reply(self.kc, msg_id)
        content = reply["content"]
        self.assertEqual(content["status"], "ok")
        self.assertEqual(content["protocol_version"], "5.3")
        info = content["language_info"]
        self.assertEqual(info["name"], "csharp")
        self.assertEqual(info["file_extension"], ".cs")
        self.assertEqual(info["mimetype"], "text/x-csharp")
        self.assertEqual(info["pygments_lexer"], "csharp")
        self.assertTrue(info["codemirror_mode"])
        states = [m["content"]["execution_state"] for m in iopub_for(self.kc, msg_id) if m["msg_type"] == "status"]
        self.assertEqual(states, ["busy", "idle"])

    def test_execute_success_returns_result_and_counts(self):
        reply, messages = execute(self.kc, "var answer = 6 * 7;")
        self.assertEqual(reply["content"]["status"], "ok")
        first = reply["content"]["execution_count"]
        reply, messages = execute(self.kc, "answer + 1")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(reply["content"]["execution_count"], first + 1)
        types = [m["msg_type"] for m in messages]
        self.assertEqual(types[0], "status")
        self.assertEqual(messages[0]["content"]["execution_state"], "busy")
        self.assertIn("execute_input", types)
        results = [m["content"] for m in messages if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["data"]["text/plain"].strip(), "43")
        self.assertEqual(results[0]["execution_count"], first + 1)

    def test_execute_runtime_error(self):
        reply, messages = execute(self.kc, 'throw new System.InvalidOperationException("boom");')
        content = reply["content"]
        self.assertEqual(content["status"], "error")
        self.assertIn("InvalidOperationException", content["ename"])
        self.assertIn("boom", content["evalue"])
        errors = [m["content"] for m in messages if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        self.assertIsInstance(errors[0]["traceback"], list)
        self.assertTrue(errors[0]["traceback"])
        # The kernel survives the throwing cell.
        reply, _ = execute(self.kc, "1 + 1")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_execute_compile_error(self):
        reply, messages = execute(self.kc, 'int notAString = "text";')
        self.assertEqual(reply["content"]["status"], "error")
        errors = [m["content"] for m in messages if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        self.assertIn("CS0029", "\n".join(errors[0]["traceback"]) + errors[0]["evalue"])

    def test_stdout_and_stderr_streams(self):
        reply, messages = execute(self.kc, 'Console.WriteLine("hello out"); Console.Error.WriteLine("hello err");')
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(stdout_of(messages), "hello out\n")
        self.assertEqual(stdout_of(messages, "stderr"), "hello err\n")

    def test_display_data(self):
        reply, messages = execute(self.kc, 'display(new { Title = "shown <value>" });')
        self.assertEqual(reply["content"]["status"], "ok")
        displays = [m["content"] for m in messages if m["msg_type"] == "display_data"]
        self.assertEqual(len(displays), 1)
        data = displays[0]["data"]
        self.assertIn("shown <value>", data["text/plain"])
        self.assertIn("text/html", data)
        self.assertIn("shown &lt;value&gt;", data["text/html"])

    def test_ten_megabytes_of_stdout_arrive_whole(self):
        code = ('for (int i = 0; i < 100000; i++) '
                '{ Console.WriteLine(i.ToString("D8") + new string((char)(\'a\' + i % 26), 92)); }')
        reply, messages = execute(self.kc, code, timeout=max(TIMEOUT, 180))
        self.assertEqual(reply["content"]["status"], "ok")
        text = stdout_of(messages)
        expected = "".join("%08d%s\n" % (i, chr(ord("a") + i % 26) * 92) for i in range(100000))
        self.assertEqual(len(text), len(expected))
        self.assertTrue(text == expected, "stdout differs from what the cell wrote")
        self.assertGreater(len([m for m in messages if m["msg_type"] == "stream"]), 1)

    def test_is_complete(self):
        msg_id = self.kc.is_complete("if (true) {")
        content = shell_reply(self.kc, msg_id)["content"]
        self.assertEqual(content["status"], "incomplete")
        self.assertTrue(content["indent"].strip() == "" and len(content["indent"]) > 0)
        msg_id = self.kc.is_complete("var done = 1;")
        self.assertEqual(shell_reply(self.kc, msg_id)["content"]["status"], "complete")
        msg_id = self.kc.is_complete("var broken = ;")
        self.assertEqual(shell_reply(self.kc, msg_id)["content"]["status"], "invalid")

    def test_complete_locals_and_members(self):
        execute(self.kc, 'var myNumber = 42; var myName = "framing";')
        code = "myN"
        content = shell_reply(self.kc, self.kc.complete(code, len(code)))["content"]
        self.assertEqual(content["status"], "ok")
        self.assertIn("myNumber", content["matches"])
        self.assertIn("myName", content["matches"])
        self.assertEqual((content["cursor_start"], content["cursor_end"]), (0, 3))

        code = "myName.Len"
        content = shell_reply(self.kc, self.kc.complete(code, len(code)))["content"]
        self.assertIn("Length", content["matches"])
        self.assertNotIn("myNumber", content["matches"])
        self.assertEqual((content["cursor_start"], content["cursor_end"]), (7, 10))

    def test_complete_counts_code_points(self):
        # Jupyter positions are code points: the emoji is one, though it is two UTF-16 units.
        code = 'var smile = "\U0001F600"; smile.ToUpp'
        content = shell_reply(self.kc, self.kc.complete(code, len(code)))["content"]
        self.assertIn("ToUpper", content["matches"])
        self.assertEqual(content["cursor_start"], len(code) - len("ToUpp"))
        self.assertEqual(content["cursor_end"], len(code))

    def test_inspect(self):
        code = "Math.Max"
        content = shell_reply(self.kc, self.kc.inspect(code, len(code)))["content"]
        self.assertEqual(content["status"], "ok")
        self.assertTrue(content["found"])
        self.assertIn("Math.Max(", content["data"]["text/plain"])
        self.assertIn("Returns the larger", content["data"]["text/plain"])
        code = "thisNameDoesNotExist"
        content = shell_reply(self.kc, self.kc.inspect(code, len(code)))["content"]
        self.assertFalse(content["found"])

    def test_comm_info_and_history(self):
        content = shell_reply(self.kc, self.kc.comm_info())["content"]
        self.assertEqual(content, {"status": "ok", "comms": {}})
        content = shell_reply(self.kc, self.kc.history())["content"]
        self.assertEqual(content["status"], "ok")

    def test_wrong_signature_is_rejected_and_kernel_keeps_serving(self):
        info = self.km.get_connection_info(session=False)
        context = zmq.Context.instance()
        socket = context.socket(zmq.DEALER)
        socket.linger = 0
        socket.connect("%s://%s:%d" % (info["transport"], info["ip"], info["shell_port"]))
        try:
            forger = Session(key=b"not-the-key", username="forger")
            forged = forger.msg("execute_request", {"code": 'Console.WriteLine("forged");', "silent": False})
            forger.send(socket, forged)
            self.assertEqual(socket.poll(2000), 0, "the kernel answered a message with a wrong signature")

            garbage = [b"<IDS|MSG>", b"deadbeef", b"{not json", b"{}", b"{}", b"{}"]
            socket.send_multipart(garbage)
            socket.send_multipart([b"no delimiter at all"])
            self.assertEqual(socket.poll(1000), 0, "the kernel answered a malformed message")

            honest = Session(key=info["key"], username="honest", signature_scheme=info["signature_scheme"])
            honest.send(socket, honest.msg("kernel_info_request", {}))
            self.assertNotEqual(socket.poll(int(TIMEOUT * 1000)), 0, "the kernel stopped serving")
            _, reply = honest.feed_identities(socket.recv_multipart())
            self.assertEqual(honest.deserialize(reply)["msg_type"], "kernel_info_reply")
        finally:
            socket.close()
        log = self.kernel_log()
        self.assertIn("signature", log)
        self.assertIn("malformed", log)
        reply, messages = execute(self.kc, "2 + 2")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertNotIn("forged", stdout_of(messages))

    def test_heartbeat_echoes(self):
        info = self.km.get_connection_info(session=False)
        socket = zmq.Context.instance().socket(zmq.REQ)
        socket.linger = 0
        socket.connect("%s://%s:%d" % (info["transport"], info["ip"], info["hb_port"]))
        try:
            for payload in (b"ping", b"\x00\x01binary"):
                socket.send(payload)
                self.assertNotEqual(socket.poll(5000), 0, "no heartbeat echo")
                self.assertEqual(socket.recv(), payload)
        finally:
            socket.close()

    def test_client_that_goes_away(self):
        # A second client starts a chatty cell and disappears mid-way; the kernel must not mind.
        other = BlockingKernelClient()  # its own session, so its own ZeroMQ identity
        other.load_connection_info(self.km.get_connection_info())
        other.start_channels()
        other.wait_for_ready(timeout=TIMEOUT)
        msg_id = other.execute('for (int i = 0; i < 2000; i++) { Console.WriteLine(i); System.Threading.Thread.Sleep(1); }')
        time.sleep(0.5)
        other.stop_channels()
        reply, _ = execute(self.kc, '"still here"', timeout=max(TIMEOUT, 120))
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertTrue(self.kc.is_alive())
        self.assertIsNotNone(msg_id)


class LifecycleTests(unittest.TestCase):
    """Tests that interrupt, restart or stop a kernel get their own."""

    def setUp(self):
        self.km, self.kc = start_kernel()

    def tearDown(self):
        stop_kernel(self.km, self.kc)

    def test_interrupt_infinite_loop(self):
        msg_id = self.kc.execute("while (true) {}")
        time.sleep(2)
        self.km.interrupt_kernel()
        reply = shell_reply(self.kc, msg_id, timeout=30)
        self.assertEqual(reply["content"]["status"], "error")
        iopub_for(self.kc, msg_id)
        reply, messages = execute(self.kc, '"alive"')
        self.assertEqual(reply["content"]["status"], "ok")
        results = [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1)
        self.assertIn("alive", results[0])

    def test_restart_gives_a_fresh_session(self):
        reply, _ = execute(self.kc, "var survivor = 1;")
        self.assertEqual(reply["content"]["status"], "ok")
        self.km.restart_kernel(now=False)
        self.kc.wait_for_ready(timeout=TIMEOUT)
        reply, _ = execute(self.kc, "survivor")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["execution_count"], 1)

    def test_shutdown_exits_cleanly(self):
        process = self.km.provisioner.process
        self.kc.shutdown(restart=False)
        deadline = time.monotonic() + 15
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual(process.poll(), 0, "the kernel did not exit with code 0 after shutdown_request")


if __name__ == "__main__":
    unittest.main()
