"""Executes notebooks with `jupyter nbconvert --execute` through the kernel, and compares the outputs
with the in-process runner (`framing report`) when the CLI provides it."""

import glob
import json
import os
import shutil
import subprocess
import tempfile
import unittest

import nbformat

from kernel_client import KERNEL_NAME

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
NOTEBOOKS = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb"))) + \
    sorted(glob.glob(os.path.join(HERE, "fixtures", "*.ipynb")))
TIMEOUT = os.environ.get("FRAMING_NOTEBOOK_TIMEOUT", "600")


def cli_command():
    cli = os.environ.get("FRAMING_CLI")
    if not cli:
        return None
    return ["dotnet", cli] if cli.endswith(".dll") else [cli]


def normalized_outputs(notebook):
    """Per code cell, the outputs without execution counts, ids or metadata; adjacent streams merged."""
    cells = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            kind = output["output_type"]
            if kind == "stream":
                if outputs and outputs[-1][0] == "stream" and outputs[-1][1] == output["name"]:
                    outputs[-1] = ("stream", output["name"], outputs[-1][2] + output["text"])
                else:
                    outputs.append(("stream", output["name"], output["text"]))
            elif kind in ("display_data", "execute_result"):
                outputs.append((kind, json.dumps(output["data"], sort_keys=True)))
            elif kind == "error":
                outputs.append((kind, output["ename"]))
        cells.append(outputs)
    return cells


class NotebookTests(unittest.TestCase):
    pass


def make_test(path):
    def test(self):
        with open(path, encoding="utf-8") as f:
            declared = json.load(f).get("metadata", {}).get("kernelspec", {}).get("name")
        self.assertEqual(declared, KERNEL_NAME, "%s must declare the kernelspec %s" % (path, KERNEL_NAME))
        out = tempfile.mkdtemp(prefix="framing-nbconvert-")
        try:
            name = os.path.splitext(os.path.basename(path))[0]
            result = subprocess.run(
                ["jupyter", "nbconvert", "--to", "notebook", "--execute",
                 "--ExecutePreprocessor.timeout=" + TIMEOUT,
                 "--output-dir", out, "--output", name + ".executed", path],
                capture_output=True, text=True, timeout=int(TIMEOUT) * 4)
            self.assertEqual(result.returncode, 0, "nbconvert failed on %s:\n%s" % (path, result.stderr[-4000:]))
            executed = nbformat.read(os.path.join(out, name + ".executed.ipynb"), as_version=4)
            code_cells = [c for c in executed.cells if c.cell_type == "code"]
            self.assertTrue(all(c.execution_count for c in code_cells), "a code cell was not executed")
            errors = [o for c in code_cells for o in c.outputs if o.output_type == "error"]
            self.assertEqual(errors, [], "cells failed in %s" % path)
            self.compare_with_runner(path, name, executed, out)
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return test


def compare_with_runner(self, path, name, executed, out):
    """Runs `framing report` on the notebook and checks its executed copy has the same outputs."""
    command = cli_command()
    if command is None:
        return
    report_dir = os.path.join(out, "report")
    result = subprocess.run(command + ["report", "--notebooks", path, "--out", report_dir],
                            capture_output=True, text=True, timeout=int(TIMEOUT) * 4)
    candidates = glob.glob(os.path.join(report_dir, "**", name + ".ipynb"), recursive=True)
    if result.returncode != 0 or not candidates:
        print("\n  (no comparison for %s: `framing report` did not write %s.ipynb, exit %d)"
              % (os.path.basename(path), name, result.returncode))
        return
    report = nbformat.read(candidates[0], as_version=4)
    self.assertEqual(normalized_outputs(executed), normalized_outputs(report),
                     "kernel and `framing report` outputs differ for %s" % path)


NotebookTests.compare_with_runner = compare_with_runner
for notebook_path in NOTEBOOKS:
    test_name = "test_nbconvert_" + os.path.splitext(os.path.basename(notebook_path))[0].replace("-", "_").replace(".", "_")
    setattr(NotebookTests, test_name, make_test(notebook_path))


if __name__ == "__main__":
    unittest.main()
