"""Tests of the ctypes binding examples/python/entente.py (standard library only).

Run by `cargo test` through tests/python.rs, which sets ENTENTE_LIBRARY to
the freshly built library and ENTENTE_EXPECTED to a JSON file of what the
Rust API returns for the sample articles. Standalone:

    ENTENTE_LIBRARY=target/debug/libentente.so PYTHONPATH=examples/python \
        python3 -m unittest discover -s tests/python
"""

import json
import os
import re
import subprocess
import sys
import threading
import unittest

import entente

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(ROOT, "examples", "python", "entente.py")


def expected():
    path = os.environ.get("ENTENTE_EXPECTED")
    if not path:
        raise unittest.SkipTest("ENTENTE_EXPECTED not set (run through `cargo test --test python`)")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


class AgreesWithRust(unittest.TestCase):
    """The binding returns exactly what the Rust API returns."""

    @classmethod
    def setUpClass(cls):
        cls.expected = expected()
        cls.ex = entente.Extractor()
        cls.ex_en = entente.Extractor(language="en")

    @classmethod
    def tearDownClass(cls):
        cls.ex.close()
        cls.ex_en.close()

    def test_raw_json_is_byte_identical(self):
        for case in self.expected["articles"]:
            text = read(case["path"])
            with self.subTest(path=case["path"]):
                self.assertEqual(self.ex.extract(text, raw=True), case["json"])
                self.assertEqual(self.ex.extract(text, date="2022-02-28", raw=True), case["json_dated"])
                self.assertEqual(self.ex_en.extract(text, raw=True), case["json_en"])

    def test_dicts_equal_the_parsed_json(self):
        for case in self.expected["articles"]:
            text = read(case["path"]).decode("utf-8")
            with self.subTest(path=case["path"]):
                doc = self.ex.extract(text)
                self.assertIsInstance(doc, dict)
                self.assertEqual(doc, json.loads(case["json"]))
                self.assertEqual(list(doc)[:2], ["schema_version", "language"])

    def test_eight_threads_share_one_extractor(self):
        cases = self.expected["articles"]
        texts = [read(c["path"]) for c in cases]
        want = [c["json"] for c in cases]
        failures = []

        def work(k):
            try:
                for rnd in range(10):
                    order = [(k + rnd + i) % len(texts) for i in range(len(texts))]
                    got = {i: self.ex.extract(texts[i], raw=True) for i in order}
                    if [got[i] for i in range(len(texts))] != want:
                        failures.append("thread %d round %d differs" % (k, rnd))
                    with self.assertRaises(entente.InvalidUtf8Error):
                        self.ex.extract(b"\xc3(")
            except Exception as e:  # noqa: BLE001 - reported below
                failures.append(repr(e))

        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])

    def test_script_follows_the_extract_contract(self):
        for case in self.expected["cli"]:
            with self.subTest(args=case["args"]):
                run = subprocess.run([sys.executable, SCRIPT] + case["args"], cwd=ROOT,
                                     capture_output=True, check=False)
                self.assertEqual(run.returncode, 0, run.stderr)
                self.assertEqual(run.stdout.decode("utf-8"), case["stdout"])

    def test_script_reads_stdin_and_reports_bad_files(self):
        first = self.expected["articles"][0]
        stdin_line = self.expected["stdin_line"]
        for args in ([], ["-"]):
            run = subprocess.run([sys.executable, SCRIPT] + args, cwd=ROOT, input=read(first["path"]),
                                 capture_output=True, check=False)
            self.assertEqual(run.stdout.decode("utf-8"), stdin_line)
        run = subprocess.run([sys.executable, SCRIPT, "missing.txt", first["path"]], cwd=ROOT,
                             capture_output=True, check=False)
        self.assertEqual(run.returncode, 1)
        lines = run.stdout.decode("utf-8").splitlines()
        self.assertEqual(len(lines), 2)
        error = json.loads(lines[0])
        self.assertEqual(list(error), ["file", "error"])
        self.assertEqual(error["file"], "missing.txt")
        self.assertEqual(error["error"], self.expected["missing_error"])
        bad = os.path.join(os.path.dirname(os.environ["ENTENTE_EXPECTED"]), "bad.txt")
        with open(bad, "wb") as f:
            f.write(b"Le Niger et le B\xe9nin")
        run = subprocess.run([sys.executable, SCRIPT, bad], cwd=ROOT, capture_output=True, check=False)
        self.assertEqual(run.stdout.decode("utf-8"), '{"file":%s,"error":%s}\n' % (
            json.dumps(bad), json.dumps(bad + " is not UTF-8 (invalid byte at offset 16)")))
        self.assertEqual(json.loads(lines[1])["file"], first["path"])
        for bad in (["--date", "2023-02-30"], ["--lang", "xx"], ["--nope"]):
            run = subprocess.run([sys.executable, SCRIPT] + bad, cwd=ROOT, capture_output=True, check=False)
            self.assertEqual(run.returncode, 2, bad)
            self.assertEqual(run.stdout, b"")


class Errors(unittest.TestCase):
    """Every failure becomes an exception carrying the library's message."""

    def test_bad_text_raises(self):
        with entente.Extractor(max_input_bytes=8) as ex:
            cases = [
                (b"caf\xe9", entente.InvalidUtf8Error, "not valid UTF-8"),
                ("\ud800", entente.InvalidUtf8Error, "not valid UTF-8"),
                ("x" * 9, entente.InputTooLargeError, "over the limit of 8"),
                (b"ok", entente.InvalidDateError, "YYYY-MM-DD"),
            ]
            for text, error, words in cases:
                with self.subTest(text=text):
                    date = "2021-13-01" if error is entente.InvalidDateError else None
                    with self.assertRaises(error) as caught:
                        ex.extract(text, date=date)
                    self.assertIn(words, str(caught.exception))
                    self.assertEqual(caught.exception.status, error.status)
                    self.assertIsInstance(caught.exception, ValueError)
            self.assertEqual(ex.extract("")["agreements"], [])

    def test_bad_options_raise(self):
        cases = [
            ({"language": "de"}, entente.UnsupportedLanguageError),
            ({"document_date": "2021-02-29"}, entente.InvalidDateError),
            ({"max_agreements": 0}, entente.InvalidOptionError),
            ({"max_input_bytes": 0}, entente.InvalidOptionError),
        ]
        for kwargs, error in cases:
            with self.subTest(kwargs=kwargs):
                with self.assertRaises(error) as caught:
                    entente.Extractor(**kwargs)
                self.assertTrue(caught.exception.message)
        with self.assertRaises(TypeError):
            entente.Extractor().extract(42)

    def test_closed_extractor_raises(self):
        ex = entente.Extractor()
        ex.close()
        ex.close()
        with self.assertRaises(ValueError):
            ex.extract("x")


class Helpers(unittest.TestCase):
    def test_version_and_abi(self):
        self.assertEqual(entente.abi_version(), entente.ABI_VERSION)
        expected_version = os.environ.get("ENTENTE_EXPECTED_VERSION")
        self.assertRegex(entente.version(), r"^\d+\.\d+\.\d+")
        if expected_version:
            self.assertEqual(entente.version(), expected_version)

    def test_json_quote_matches_json_module(self):
        for s in ["plain", 'say "hi"\\', "tab\tnl\n", "été", "\x01\x7f"]:
            with self.subTest(s=s):
                self.assertEqual(entente.json_quote(s), json.dumps(s, ensure_ascii=False))
        self.assertEqual(entente.json_quote(b"a\xff"), '"a\ufffd"')

    def test_every_function_of_the_header_has_a_signature(self):
        with open(os.path.join(ROOT, "include", "entente.h"), encoding="utf-8") as f:
            header = f.read()
        declared = set(re.findall(r"^[a-z][\w ]*\*?(entente_\w+)\(", header, re.M))
        self.assertGreater(len(declared), 30)
        self.assertEqual(declared, set(entente._SIGNATURES))
        for name in declared:
            self.assertIsNotNone(getattr(entente._lib, name).argtypes, name)


if __name__ == "__main__":
    unittest.main()
