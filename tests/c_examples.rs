//! Builds the C and C++ `extract` examples with the system compilers against
//! `include/entente.h` and both the shared and the static library, runs them
//! on the sample articles and compares their output with the Rust API's (and
//! with the Rust `extract` example when it exists). The C example also runs
//! under valgrind memcheck.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use entente::{Date, DocumentInfo, Extractor, Language, Options};

mod common;
use common::{extract_line, lib_dir, root, sample_articles};


/// Libraries a static Rust library needs on Linux
/// (`cargo rustc -- --print native-static-libs`).
const NATIVE_STATIC_LIBS: [&str; 7] = ["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    C,
    Cpp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    Shared,
    Static,
}

/// Compiles one example once per test run; returns the program's path.
fn build(lang: Lang, link: Link) -> PathBuf {
    static BUILT: [[OnceLock<PathBuf>; 2]; 2] = [[OnceLock::new(), OnceLock::new()], [OnceLock::new(), OnceLock::new()]];
    BUILT[lang as usize][link as usize].get_or_init(|| compile(lang, link)).clone()
}

fn compile(lang: Lang, link: Link) -> PathBuf {
    let libs = lib_dir();
    let out_dir = libs.join("ffi-examples");
    std::fs::create_dir_all(&out_dir).unwrap();
    let exe = out_dir.join(format!("extract-{lang:?}-{link:?}").to_lowercase());
    let (compiler, std, source) = match lang {
        Lang::C => ("gcc", "-std=c11", "examples/c/extract.c"),
        Lang::Cpp => ("g++", "-std=c++17", "examples/cpp/extract.cpp"),
    };
    let mut cmd = Command::new(compiler);
    cmd.current_dir(root())
        .args([std, "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-g", "-Iinclude", "-Iexamples/cpp", source, "-o"])
        .arg(&exe);
    match link {
        Link::Shared => {
            cmd.arg(format!("-L{}", libs.display()))
                .arg("-lentente")
                .arg(format!("-Wl,-rpath,{}", libs.display()));
        }
        Link::Static => {
            cmd.arg(libs.join("libentente.a")).args(NATIVE_STATIC_LIBS);
        }
    }
    let output = cmd.output().unwrap_or_else(|e| panic!("cannot run {compiler}: {e}"));
    assert!(output.status.success(), "{compiler} failed:\n{}", String::from_utf8_lossy(&output.stderr));
    exe
}

fn run(exe: &Path, args: &[&str], stdin: &[u8]) -> Output {
    run_command(Command::new(exe), args, stdin)
}

fn run_command(mut cmd: Command, args: &[&str], stdin: &[u8]) -> Output {
    // Cargo's library path lists the profile folder, whose libentente.so
    // may be an older build: the programs find theirs by their run path.
    cmd.env_remove("LD_LIBRARY_PATH");
    let mut child = cmd
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// What the CLI must print for `files`, read as `extract [--date] [--lang] [--pretty] files`.
fn reference(files: &[String], date: Option<&str>, lang: Option<&str>, pretty: bool) -> String {
    let mut options = Options::default();
    options.language = lang.map(|l| Language::from_code(l).unwrap());
    let extractor = Extractor::new(options).unwrap();
    let info = date.map_or_else(DocumentInfo::default, |d| DocumentInfo::with_date(Date::parse(d).unwrap()));
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(root().join(f)).unwrap();
            extract_line(&extractor.extract(&text, &info).unwrap(), f, pretty)
        })
        .collect()
}

/// The command lines compared, with the reference output of each.
fn cases() -> Vec<(Vec<String>, String)> {
    let files = sample_articles();
    let with = |flags: &[&str], date: Option<&str>, lang: Option<&str>, pretty: bool| {
        let mut args: Vec<String> = flags.iter().map(|s| s.to_string()).collect();
        args.extend(files.iter().cloned());
        (args, reference(&files, date, lang, pretty))
    };
    vec![
        with(&[], None, None, false),
        with(&["--date", "2019-12-31"], Some("2019-12-31"), None, false),
        with(&["--lang", "fr"], None, Some("fr"), false),
        with(&["--pretty", "--lang", "en"], None, Some("en"), true),
    ]
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// Runs every check of the `extract` contract on one compiled program.
fn check_contract(exe: &Path) {
    for (args, want) in cases() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(exe, &args, b"");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(stdout(&out), want, "{} {args:?}", exe.display());
    }

    // Standard input, with no file or with "-".
    let file = &sample_articles()[0];
    let text = std::fs::read(root().join(file)).unwrap();
    let doc = Extractor::new(Options::default()).unwrap().extract(std::str::from_utf8(&text).unwrap(), &DocumentInfo::default()).unwrap();
    for args in [&[][..], &["-"][..]] {
        let out = run(exe, args, &text);
        assert_eq!(stdout(&out), extract_line(&doc, "-", false), "stdin {args:?}");
        assert!(out.status.success());
    }

    // Unreadable and non-UTF-8 files give error lines; the others are
    // still processed, in order; the exit status is 1.
    let dir = exe.parent().unwrap();
    let bad = dir.join("not-utf8 \"quoted\".txt");
    std::fs::write(&bad, b"Le Niger et le B\xe9nin").unwrap();
    let bad = bad.display().to_string();
    let missing = "tests/python/articles/does-not-exist.txt";
    let out = run(exe, &[missing, file, &bad], b"");
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(format!("{}\n", lines[1]), extract_line(&doc, file, false));
    let missing_error = format!("cannot read {missing}: {}", std::fs::read(root().join(missing)).unwrap_err());
    let bad_error = format!("{bad} is not UTF-8 (invalid byte at offset 16)");
    for (line, path, error) in [(lines[0], missing, missing_error), (lines[2], bad.as_str(), bad_error)] {
        // The contract's key order, the Rust CLI's wording.
        let want = format!("{{\"file\":{},\"error\":{}}}", serde_json::to_string(path).unwrap(), serde_json::to_string(&error).unwrap());
        assert_eq!(line, want);
    }

    // Bad usage: exit status 2 and a message on stderr.
    for args in [&["--date", "2023-02-30"][..], &["--lang", "de"][..], &["--frobnicate"][..], &["--date"][..]] {
        let out = run(exe, args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn c_example_with_shared_library() {
    check_contract(&build(Lang::C, Link::Shared));
}

#[test]
fn c_example_with_static_library() {
    check_contract(&build(Lang::C, Link::Static));
}

#[test]
fn cpp_example_with_shared_library() {
    check_contract(&build(Lang::Cpp, Link::Shared));
}

#[test]
fn cpp_example_with_static_library() {
    check_contract(&build(Lang::Cpp, Link::Static));
}

/// The JSON values of a JSON Lines (or concatenated pretty JSON) output.
fn values(out: &Output) -> Vec<serde_json::Value> {
    serde_json::Deserializer::from_slice(&out.stdout).into_iter().map(Result::unwrap).collect()
}

/// When the Rust `extract` example exists, the C example prints what it
/// prints: the same bytes for every result line, the same values (keys in
/// any order) for error lines and `--pretty` output.
#[test]
fn c_example_matches_the_rust_cli() {
    if !root().join("examples/extract.rs").exists() {
        println!("note: examples/extract.rs does not exist; compared with the Rust API only");
        return;
    }
    let cli = common::example("extract");
    let c = build(Lang::C, Link::Shared);
    let mut all = cases();
    let mut errors: Vec<String> = sample_articles().into_iter().take(2).collect();
    errors.insert(1, "tests/python/articles/does-not-exist.txt".into());
    errors.push(c.parent().unwrap().join("not-utf8 \"quoted\".txt").display().to_string());
    std::fs::write(errors.last().unwrap(), b"Le Niger et le B\xe9nin").unwrap();
    all.push((errors, String::new()));
    for (args, _) in all {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (ours, theirs) = (run(&c, &args, b""), run(&cli, &args, b""));
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
        assert_eq!(values(&ours), values(&theirs), "{args:?}");
        if !args.contains(&"--pretty") {
            let result_lines = |o: &Output| -> Vec<String> {
                stdout(o).lines().filter(|l| l.starts_with("{\"schema_version\"")).map(String::from).collect()
            };
            assert_eq!(result_lines(&ours), result_lines(&theirs), "{args:?}");
        }
    }
}

#[test]
fn c_example_is_clean_under_valgrind() {
    if !Path::new("/usr/bin/valgrind").exists() && Command::new("valgrind").arg("--version").output().is_err() {
        println!("notice: valgrind is not installed; memcheck test skipped");
        return;
    }
    let exe = build(Lang::C, Link::Shared);
    let mut files = sample_articles();
    files.push("tests/python/articles/does-not-exist.txt".into());
    let mut cmd = Command::new("valgrind");
    cmd.args([
        "--tool=memcheck",
        "--leak-check=full",
        "--show-leak-kinds=definite,indirect",
        "--errors-for-leak-kinds=definite,indirect",
        "--error-exitcode=99",
    ])
    .arg(&exe);
    let mut args = vec!["--pretty", "--date", "2024-01-02"];
    args.extend(files.iter().map(String::as_str));
    let out = run_command(cmd, &args, b"");
    let log = String::from_utf8_lossy(&out.stderr);
    let summary: Vec<&str> = log
        .lines()
        .filter(|l| ["ERROR SUMMARY", "definitely lost", "indirectly lost", "in use at exit", "All heap blocks"].iter().any(|k| l.contains(k)))
        .collect();
    println!("valgrind summary:\n{}", summary.join("\n"));
    assert_eq!(out.status.code(), Some(1), "valgrind found errors (exit 99) or the run failed:\n{log}");
    assert!(log.contains("ERROR SUMMARY: 0 errors"), "{log}");
    for kind in ["definitely lost", "indirectly lost"] {
        assert!(log.lines().filter(|l| l.contains(kind)).all(|l| l.contains(": 0 bytes")), "{log}");
    }
}

/// Installs header and libraries into a scratch prefix with the
/// `entente.pc` filled from `entente.pc.in`, then builds the C example with
/// nothing but `pkg-config --cflags --libs entente`.
#[test]
fn pkg_config_file_builds_the_c_example() {
    if Command::new("pkg-config").arg("--version").output().is_err() {
        println!("notice: pkg-config is not installed; pkg-config test skipped");
        return;
    }
    let libs = lib_dir();
    let prefix = libs.join("ffi-examples/prefix");
    for sub in ["include", "lib/pkgconfig"] {
        std::fs::create_dir_all(prefix.join(sub)).unwrap();
    }
    std::fs::copy(root().join("include/entente.h"), prefix.join("include/entente.h")).unwrap();
    for lib in ["libentente.so", "libentente.a"] {
        std::fs::copy(libs.join(lib), prefix.join("lib").join(lib)).unwrap();
    }
    let template = std::fs::read_to_string(root().join("entente.pc.in")).unwrap();
    let pc = template.replace("@PREFIX@", &prefix.display().to_string()).replace("@VERSION@", env!("CARGO_PKG_VERSION"));
    assert!(pc.lines().filter(|l| !l.starts_with('#')).all(|l| !l.contains('@')), "every placeholder is filled");
    std::fs::write(prefix.join("lib/pkgconfig/entente.pc"), pc).unwrap();

    let pkg = |args: &[&str]| {
        let out = Command::new("pkg-config").args(args).env("PKG_CONFIG_PATH", prefix.join("lib/pkgconfig")).output().unwrap();
        assert!(out.status.success(), "pkg-config {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert_eq!(pkg(&["--modversion", "entente"]), env!("CARGO_PKG_VERSION"));
    let flags = pkg(&["--cflags", "--libs", "entente"]);
    let exe = libs.join("ffi-examples/extract-pkg-config");
    let out = Command::new("gcc")
        .arg("-std=c11")
        .arg(root().join("examples/c/extract.c"))
        .args(flags.split_whitespace())
        .arg(format!("-Wl,-rpath,{}", prefix.join("lib").display()))
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap();
    assert!(out.status.success(), "gcc with pkg-config flags failed: {}", String::from_utf8_lossy(&out.stderr));
    let files = sample_articles();
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    assert_eq!(stdout(&run(&exe, &args, b"")), reference(&files, None, None, false));
}
