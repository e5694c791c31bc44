//! The performance harness: what entente costs, measured with `std::time`.
//!
//! ```text
//! cargo build --release --example bench
//! target/release/examples/bench [--big] [--secs S] [--json FILE] [--corpus DIR]
//! ```
//!
//! It prints one table: extractor build time and memory; single-thread
//! throughput on typical articles (full extraction), on news without any
//! agreement, and on `../shared/corpus/dev` when that folder is present;
//! latency per article (median and p99) for 1, 5 and 20 KB articles;
//! throughput with 1, 2 and N threads sharing one extractor; cost against
//! input size (10 KB, 1 MB, 10 MB, and 100 MB with `--big`), each size in its
//! own child process so that its peak resident memory is its own; and the
//! peak resident memory of the whole run.
//!
//! Texts: `examples/data/{fr,en}-*.txt` (invented articles, each reporting
//! agreements or a hard negative) and `benches/data/*.txt` (invented news with
//! no agreement). Larger inputs are those articles concatenated.
//!
//! Nothing here asserts a figure: the targets are printed beside the
//! measurements, and the machine's noise is the reader's to judge (the run
//! prints the load average before and after).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use entente::{DocumentInfo, Extractor, Options};

const USAGE: &str = "usage: bench [--big] [--secs S] [--json FILE] [--corpus DIR]";
const KB: usize = 1024;
const MB: usize = 1024 * 1024;

/// What the command line asked for.
struct Args {
    /// Include the 100 MB input.
    big: bool,
    /// Seconds spent on each throughput figure.
    secs: f64,
    /// Where to write the raw figures as JSON.
    json: Option<PathBuf>,
    /// The development corpus folder, read when present.
    corpus: PathBuf,
    /// Child mode: measure one input of this many bytes and print one line.
    size_child: Option<usize>,
    /// Profiling mode: extract one kind of text (`articles`, `plain`, or a
    /// byte count for one concatenated input) for `secs`, nothing else.
    profile: Option<String>,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("bench: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let articles = read_texts(&root.join("examples/data"), |n| n.starts_with("fr-") || n.starts_with("en-"));
    let plain = read_texts(&root.join("benches/data"), |_| true);
    if articles.is_empty() || plain.is_empty() {
        eprintln!("bench: no texts under examples/data or benches/data");
        return ExitCode::from(1);
    }
    if let Some(size) = args.size_child {
        println!("{}", size_child(&articles, size));
        return ExitCode::SUCCESS;
    }
    if let Some(kind) = &args.profile {
        profile(kind, &articles, &plain, args.secs);
        return ExitCode::SUCCESS;
    }
    run(&args, &articles, &plain);
    ExitCode::SUCCESS
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args { big: false, secs: 1.5, json: None, corpus: PathBuf::from("../shared/corpus/dev"), size_child: None, profile: None };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--big" => a.big = true,
            "--secs" => a.secs = value()?.parse().map_err(|_| "--secs needs a number")?,
            "--json" => a.json = Some(PathBuf::from(value()?)),
            "--corpus" => a.corpus = PathBuf::from(value()?),
            "--size-child" => a.size_child = Some(value()?.parse().map_err(|_| "--size-child needs a byte count")?),
            "--profile" => a.profile = Some(value()?),
            "-h" | "--help" => return Err("help".into()),
            s => return Err(format!("unknown argument {s}")),
        }
    }
    // Not positive, or not a number.
    if a.secs.is_nan() || a.secs <= 0.0 {
        return Err("--secs must be positive".into());
    }
    Ok(a)
}

/// The `.txt` files of `dir` whose names pass `keep`, sorted by name.
fn read_texts(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&keep))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// Profiling mode: extracts the chosen texts for `secs` and prints MB/s,
/// so that a profiler sees only extraction.
fn profile(kind: &str, articles: &[String], plain: &[String], secs: f64) {
    let texts = match kind {
        "articles" => articles.to_vec(),
        "plain" => plain.to_vec(),
        n => vec![concatenated(articles, n.parse().unwrap_or(MB))],
    };
    let ex = new_extractor(usize::MAX);
    let (mbs, _, _) = throughput(&ex, &texts, &DocumentInfo::default(), secs);
    println!("{kind}: {mbs:.2} MB/s");
}

/// One figure, its unit and the target it is read against.
struct Row {
    name: String,
    value: f64,
    unit: &'static str,
    target: String,
}

/// Every figure of a run, printed as a table and written as JSON.
#[derive(Default)]
struct Report {
    rows: Vec<Row>,
    sizes: Vec<SizePoint>,
}

impl Report {
    fn add(&mut self, name: impl Into<String>, value: f64, unit: &'static str, target: impl Into<String>) {
        let row = Row { name: name.into(), value, unit, target: target.into() };
        eprintln!("  {:<44} {:>12} {:<9} {}", row.name, fmt_value(row.value), row.unit, row.target);
        self.rows.push(row);
    }
}

fn fmt_value(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn run(args: &Args, articles: &[String], plain: &[String]) {
    let mut r = Report::default();
    eprintln!("entente bench: {} articles ({} B), {} plain news ({} B); load average {}", articles.len(), total(articles), plain.len(), total(plain), loadavg());
    eprintln!("  {:<44} {:>12} {:<9} target", "figure", "value", "unit");

    let extractor = build_figures(&mut r);
    let info = DocumentInfo::default();
    let secs = args.secs;

    let (mbs, aps, found) = throughput(&extractor, articles, &info, secs);
    r.add(format!("articles, full extraction ({found} agreements/pass)"), mbs, "MB/s", ">= 50");
    r.add("articles, full extraction", aps, "art/s", "");
    let (mbs, aps, found) = throughput(&extractor, plain, &info, secs);
    r.add(format!("news without agreements ({found} found/pass)"), mbs, "MB/s", ">= 500");
    r.add("news without agreements", aps, "art/s", "");
    let corpus = read_texts(&args.corpus, |_| true);
    if !corpus.is_empty() {
        let (mbs, aps, found) = throughput(&extractor, &corpus, &info, secs);
        r.add(format!("shared dev corpus, {} texts ({found} agreements/pass)", corpus.len()), mbs, "MB/s", "");
        r.add("shared dev corpus", aps, "art/s", "");
    }

    for size in [KB, 5 * KB, 20 * KB] {
        let docs = sized_articles(articles, size);
        let calls = (secs * 1500.0 * (5 * KB) as f64 / size as f64) as usize;
        let (median, p99) = latency(&extractor, &docs, &info, calls.max(200));
        let target = if size == 5 * KB { "p99 <= 200" } else { "" };
        r.add(format!("latency {} KB article, median", size / KB), median, "us", "");
        r.add(format!("latency {} KB article, p99", size / KB), p99, "us", target);
    }

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut counts = vec![1, 2];
    if cores > 2 {
        counts.push(cores);
    }
    let one = threaded(&extractor, articles, &info, 1, secs);
    r.add("articles, 1 thread", one, "MB/s", "");
    for &n in &counts[1..] {
        let m = threaded(&extractor, articles, &info, n, secs);
        r.add(format!("articles, {n} threads"), m, "MB/s", "");
        r.add(format!("speedup, {n} threads / 1"), m / one, "x", if n == 2 { ">= 1.8" } else { "" });
    }

    let mut sizes = vec![10 * KB, MB, 10 * MB];
    if args.big {
        sizes.push(100 * MB);
    }
    for size in sizes {
        match spawn_size_child(size) {
            Ok(p) => {
                let label = human(size);
                r.add(format!("{label} input: time"), p.secs * 1e3, "ms", "linear");
                r.add(format!("{label} input: throughput ({} agreements)", p.agreements), p.mbs(), "MB/s", "");
                r.add(format!("{label} input: peak RSS beyond input (default limits)"), p.extra_kb as f64 / 1024.0, "MB", "<= 64");
                r.sizes.push(p);
            }
            Err(e) => eprintln!("  {} input: {e}", human(size)),
        }
    }
    r.add("peak RSS of this run (VmHWM)", status_kb("VmHWM:") as f64 / 1024.0, "MB", "");
    eprintln!("load average after: {}", loadavg());
    print!("{}", markdown(&r, articles, plain));
    if let Some(path) = &args.json
        && let Err(e) = std::fs::write(path, json(&r)) {
            eprintln!("bench: cannot write {}: {e}", path.display());
        }
}

/// Measures extractor construction: the median of several builds and the
/// resident memory one extractor adds. Returns an extractor to use.
fn build_figures(r: &mut Report) -> Extractor {
    let before = status_kb("VmRSS:");
    let t = Instant::now();
    let first = new_extractor(usize::MAX);
    let first_ms = t.elapsed().as_secs_f64() * 1e3;
    let after = status_kb("VmRSS:");
    let mut times: Vec<f64> = (0..9)
        .map(|_| {
            let t = Instant::now();
            drop(new_extractor(usize::MAX));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    r.add("extractor build, first", first_ms, "ms", "< 50");
    r.add("extractor build, median of 9", times[times.len() / 2], "ms", "< 50");
    r.add("extractor memory (RSS growth)", after.saturating_sub(before) as f64 / 1024.0, "MB", "");
    first
}

/// An extractor that accepts any input size and reports every agreement.
fn new_extractor(max_agreements: usize) -> Extractor {
    let mut o = Options::default();
    o.max_input_bytes = usize::MAX;
    o.max_agreements = max_agreements;
    Extractor::new(o).expect("valid options")
}

fn total(texts: &[String]) -> usize {
    texts.iter().map(String::len).sum()
}

/// Single-thread throughput over `texts`: MB/s (10^6 bytes) and
/// articles/s of the median of [`ROUNDS`] rounds of `secs / ROUNDS` each,
/// after one pass that warms the caches (and counts the agreements found
/// per pass). The median round, not the whole run, so that a burst of
/// another process's work on this machine moves one round, not the figure.
fn throughput(ex: &Extractor, texts: &[String], info: &DocumentInfo, secs: f64) -> (f64, f64, usize) {
    let found = texts.iter().map(|t| agreements(ex, t, info)).sum();
    let mut rounds: Vec<(f64, f64)> = (0..ROUNDS)
        .map(|_| {
            let (bytes, docs, elapsed) = loop_for(ex, texts, info, secs / ROUNDS as f64, &AtomicBool::new(false));
            (bytes as f64 / elapsed / 1e6, docs as f64 / elapsed)
        })
        .collect();
    rounds.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mbs, dps) = rounds[ROUNDS / 2];
    (mbs, dps, found)
}

/// Rounds of a throughput figure; see [`throughput`].
const ROUNDS: usize = 5;

fn agreements(ex: &Extractor, text: &str, info: &DocumentInfo) -> usize {
    ex.extract(text, info).map_or(0, |d| d.agreements.len())
}

/// Extracts `texts` in turn, whole passes only, until `secs` have passed or
/// `stop` is set: bytes read, documents read, seconds taken.
fn loop_for(ex: &Extractor, texts: &[String], info: &DocumentInfo, secs: f64, stop: &AtomicBool) -> (usize, usize, f64) {
    let budget = Duration::from_secs_f64(secs);
    let t = Instant::now();
    let (mut bytes, mut docs) = (0, 0);
    while t.elapsed() < budget && !stop.load(Ordering::Relaxed) {
        for text in texts {
            let doc = ex.extract(text, info);
            std::hint::black_box(&doc);
            bytes += text.len();
            docs += 1;
        }
    }
    (bytes, docs, t.elapsed().as_secs_f64())
}

/// Articles of about `size` bytes: the example articles concatenated in
/// turn, each starting from a different one, cut at a paragraph break.
fn sized_articles(articles: &[String], size: usize) -> Vec<String> {
    (0..articles.len())
        .map(|start| {
            let mut s = String::with_capacity(size + 4 * KB);
            let mut i = start;
            while s.len() < size {
                for para in articles[i % articles.len()].split("\n\n") {
                    if s.len() >= size {
                        break;
                    }
                    s.push_str(para.trim_end());
                    s.push_str("\n\n");
                }
                i += 1;
            }
            s
        })
        .collect()
}

/// The median and 99th percentile, in microseconds, of `calls` extractions
/// of `docs` in turn (after one warm-up pass).
fn latency(ex: &Extractor, docs: &[String], info: &DocumentInfo, calls: usize) -> (f64, f64) {
    for d in docs {
        std::hint::black_box(ex.extract(d, info).ok());
    }
    let mut us: Vec<f64> = (0..calls)
        .map(|k| {
            let d = &docs[k % docs.len()];
            let t = Instant::now();
            std::hint::black_box(ex.extract(d, info).ok());
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    us.sort_by(f64::total_cmp);
    let at = |q: f64| us[((us.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99))
}

/// Total MB/s of `n` threads sharing `ex`, each reading all `texts` in turn
/// for about `secs`.
fn threaded(ex: &Extractor, texts: &[String], info: &DocumentInfo, n: usize, secs: f64) -> f64 {
    let stop = AtomicBool::new(false);
    let t = Instant::now();
    let bytes: usize = std::thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|k| {
                let stop = &stop;
                // Each thread starts at a different article.
                let mut mine = texts.to_vec();
                mine.rotate_left(k * texts.len() / n);
                s.spawn(move || loop_for(ex, &mine, info, secs, stop).0)
            })
            .collect();
        // The first thread to finish ends the run, so all measure together.
        let mut sum = 0;
        for h in handles {
            sum += h.join().unwrap_or(0);
            stop.store(true, Ordering::Relaxed);
        }
        sum
    });
    bytes as f64 / t.elapsed().as_secs_f64() / 1e6
}

/// One input size measured in a child process.
struct SizePoint {
    bytes: usize,
    secs: f64,
    agreements: usize,
    /// Peak resident memory beyond what the process held with the input
    /// and the extractor in memory, in KiB.
    extra_kb: u64,
}

impl SizePoint {
    fn mbs(&self) -> f64 {
        self.bytes as f64 / self.secs / 1e6
    }
}

fn spawn_size_child(size: usize) -> Result<SizePoint, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe).args(["--size-child", &size.to_string()]).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("child failed: {}", String::from_utf8_lossy(&out.stderr).trim()));
    }
    let line = String::from_utf8_lossy(&out.stdout);
    let f: Vec<&str> = line.split_whitespace().collect();
    let num = |i: usize| f.get(i).and_then(|s| s.parse::<f64>().ok()).ok_or(format!("bad child output {line:?}"));
    Ok(SizePoint { bytes: num(0)? as usize, secs: num(1)?, agreements: num(2)? as usize, extra_kb: num(3)? as u64 })
}

/// Child mode: builds one input of `size` bytes from the articles, extracts
/// it (repeatedly for small inputs, keeping the fastest run), and returns
/// `bytes seconds agreements extra_kib`.
fn size_child(articles: &[String], size: usize) -> String {
    let ex = new_extractor(usize::MAX);
    let text = concatenated(articles, size);
    let info = DocumentInfo::default();
    // Warm the allocator and the caches on a small input first.
    std::hint::black_box(ex.extract(&articles[0], &info).ok());
    let base = status_kb("VmRSS:");
    // Memory first, with the default limit on reported agreements (a
    // caller's result is otherwise as large as the input asks): what one
    // extraction holds at its peak beyond the input.
    let capped = new_extractor(entente::Options::default().max_agreements);
    std::hint::black_box(capped.extract(&text, &info).ok());
    let extra = status_kb("VmHWM:").saturating_sub(base);
    // Then time, with no limit, so that every agreement is assembled.
    // Small inputs are repeated (for up to about a second) and the fastest
    // run is kept, so that one preemption does not make the figure.
    let mut best = f64::MAX;
    let mut found = 0;
    let start = Instant::now();
    for _ in 0..200 {
        if start.elapsed() > Duration::from_secs(1) {
            break;
        }
        let t = Instant::now();
        let doc = ex.extract(&text, &info);
        best = best.min(t.elapsed().as_secs_f64());
        found = doc.map_or(0, |d| d.agreements.len());
    }
    format!("{} {best:.6} {found} {extra}", text.len())
}

/// The articles concatenated in turn, separated by a blank line, up to
/// about `size` bytes (whole articles only; at least one).
fn concatenated(articles: &[String], size: usize) -> String {
    let mut text = String::with_capacity(size + 8 * KB);
    'fill: loop {
        for a in articles {
            if text.len() + a.len() + 2 > size && !text.is_empty() {
                break 'fill;
            }
            text.push_str(a.trim_end());
            text.push_str("\n\n");
        }
    }
    text
}

/// A field of `/proc/self/status` in kB (0 where it cannot be read).
fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn human(bytes: usize) -> String {
    if bytes >= MB { format!("{} MB", bytes / MB) } else { format!("{} KB", bytes / KB) }
}

/// The machine the figures come from: CPU model, cores, kernel.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("model name").map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    format!("{cpu}, {cores} cores, Linux {}", kernel.trim())
}

/// The table as Markdown, for the README.
fn markdown(r: &Report, articles: &[String], plain: &[String]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "\nMachine: {}", machine());
    let _ = writeln!(s, "Texts: {} articles ({} B), {} news without agreements ({} B)\n", articles.len(), total(articles), plain.len(), total(plain));
    let _ = writeln!(s, "| figure | value | unit | target |");
    let _ = writeln!(s, "| --- | ---: | --- | --- |");
    for row in &r.rows {
        let _ = writeln!(s, "| {} | {} | {} | {} |", row.name, fmt_value(row.value), row.unit, row.target);
    }
    s
}

/// The raw figures as JSON (hand-written: no serde derive in an example).
fn json(r: &Report) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let rows: Vec<String> = r
        .rows
        .iter()
        .map(|row| format!("    {{\"name\": {}, \"value\": {}, \"unit\": {}, \"target\": {}}}", q(&row.name), row.value, q(row.unit), q(&row.target)))
        .collect();
    let sizes: Vec<String> = r
        .sizes
        .iter()
        .map(|p| format!("    {{\"bytes\": {}, \"seconds\": {}, \"mb_per_s\": {}, \"agreements\": {}, \"peak_extra_kib\": {}}}", p.bytes, p.secs, p.mbs(), p.agreements, p.extra_kb))
        .collect();
    format!(
        "{{\n  \"machine\": {},\n  \"load_average\": {},\n  \"rows\": [\n{}\n  ],\n  \"sizes\": [\n{}\n  ]\n}}\n",
        q(&machine()),
        q(&loadavg()),
        rows.join(",\n"),
        sizes.join(",\n")
    )
}
