#!/usr/bin/env python3
"""Unit tests of tools/runpass.py's selection rules (no corpus, rustc or rustg needed)."""
import os
import sys
import unittest

# Importing runpass must not leave a __pycache__ folder in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runpass  # noqa: E402


def classify(text):
    return runpass.classify("t.rs", text)


class SelectRules(unittest.TestCase):
    def test_plain_run_pass_is_selected_with_default_edition(self):
        self.assertEqual(classify("// run-pass\nfn main() {}\n"), (None, "2015"))

    def test_edition_is_recorded(self):
        self.assertEqual(classify("// run-pass\n// edition:2021\nfn main() {}\n"), (None, "2021"))

    def test_only_run_pass(self):
        self.assertEqual(classify("// build-pass\nfn main() {}\n")[0], "not run-pass")
        self.assertEqual(classify("// check-pass\nfn main() {}\n")[0], "not run-pass")

    def test_directives_after_first_fn_are_ignored(self):
        text = "// run-pass\nfn main() {}\n// compile-flags: -O\n"
        self.assertEqual(classify(text), (None, "2015"))

    def test_excluding_directives(self):
        cases = {
            "// ignore-windows": "ignore-*",
            "// only-x86_64": "only-*",
            "// needs-unwind": "needs-*",
            "// min-llvm-version: 12.0": "needs-*",
            "// aux-build:foo.rs": "aux-build",
            "// compile-flags: -C opt-level=2": "compile-flags",
            "// revisions: a b": "revisions",
            "// run-rustfix": "run-rustfix",
            "// exec-env:FOO=1": "environment",
            "// run-flags: x": "run-flags",
        }
        for line, reason in cases.items():
            self.assertEqual(classify(f"// run-pass\n{line}\nfn main() {{}}\n")[0], reason, line)

    def test_tidy_directives_do_not_exclude(self):
        self.assertIsNone(classify("// run-pass\n// ignore-tidy-linelength\nfn main() {}\n")[0])

    def test_source_features(self):
        self.assertEqual(classify("// run-pass\n#![feature(box_syntax)]\nfn main() {}\n")[0], "#![feature]")
        self.assertEqual(classify("// run-pass\nextern crate core;\nfn main() {}\n")[0], "extern crate")
        self.assertEqual(classify("// run-pass\nmod other;\nfn main() {}\n")[0], "out-of-line mod")
        self.assertIsNone(classify("// run-pass\nmod inline { }\nfn main() {}\n")[0])
        self.assertEqual(classify("// run-pass\nfn helper() {}\n")[0], "no fn main")

    def test_std_io_modules(self):
        self.assertEqual(classify("// run-pass\nuse std::thread;\nfn main() {}\n")[0], "std::thread")
        self.assertEqual(classify("// run-pass\nuse std::{env, fmt};\nfn main() {}\n")[0], "std::env")
        self.assertEqual(classify("// run-pass\nfn main() { std::fs::read(\"x\"); }\n")[0], "std::fs")
        self.assertEqual(
            classify("// run-pass\nfn main() { std::process::Command::new(\"ls\"); }\n")[0], "std::process")

    def test_process_exit_alone_is_allowed(self):
        self.assertIsNone(classify("// run-pass\nuse std::process;\nfn main() { process::exit(0); }\n")[0])
        self.assertIsNone(classify("// run-pass\nfn main() { std::process::exit(0); }\n")[0])


class Probe(unittest.TestCase):
    def probe_body(self, src):
        out = runpass.probe_source(src)
        self.assertTrue(out.endswith(runpass.PROBE_TAIL))
        return out[:-len(runpass.PROBE_TAIL)]

    def test_assertions_are_inverted_and_main_renamed(self):
        src = "fn main() { assert!(a == b, \"m\"); assert_eq!(x, 1); assert_ne!(y, 2); }"
        self.assertEqual(self.probe_body(src),
                         f"fn {runpass.PROBE_MAIN}() {{ assert!(false && a == b, \"m\"); assert_ne!(x, 1); "
                         "assert_eq!(y, 2); }")

    def test_debug_assert_is_inverted_too(self):
        self.assertEqual(self.probe_body("fn main() { debug_assert!(ok); debug_assert_eq!(a, b); }"),
                         f"fn {runpass.PROBE_MAIN}() {{ debug_assert!(false && ok); debug_assert_ne!(a, b); }}")

    def test_without_assertions_main_is_still_wrapped(self):
        self.assertEqual(self.probe_body("fn main() { println!(\"assert!\"); }"),
                         f"fn {runpass.PROBE_MAIN}() {{ println!(\"assert!\"); }}")

    def test_no_main_no_probe(self):
        self.assertIsNone(runpass.probe_source("macro_rules! my_assert { ($e:expr) => { $e }; }"))


if __name__ == "__main__":
    unittest.main()
