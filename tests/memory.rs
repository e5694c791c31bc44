//! Memory: a long loop of extract and free calls keeps the resident set
//! flat (through the Rust API and the C ABI), and the C++ example is clean
//! under valgrind memcheck (the C example's memcheck run is in
//! tests/c_examples.rs).

use std::path::Path;
use std::process::Command;
use std::ptr;

use entente::ffi::*;
use entente::{DocumentInfo, Extractor, Options};

mod common;
use common::{lib_dir, root};

/// The tests that read this process's resident set run one at a time:
/// run side by side, each would count the others' allocations (an
/// extractor's tables are several megabytes).
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Resident memory of this process in KiB (Linux), `None` elsewhere.
fn rss_kib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4)
}

fn article() -> String {
    std::fs::read_to_string(root().join("examples/data/fr-france-chili-hydrogene.txt")).unwrap()
}

/// Runs `step` `warm` times, measures, runs it `n` times more, measures:
/// the growth in KiB.
fn growth(warm: usize, n: usize, mut step: impl FnMut()) -> Option<u64> {
    for _ in 0..warm {
        step();
    }
    let before = rss_kib()?;
    for _ in 0..n {
        step();
    }
    Some(rss_kib()?.saturating_sub(before))
}

/// A leak of 200 bytes a call would grow the set by about 4 MiB over the
/// 20 000 measured calls; allocator noise stays far below that.
const MAX_GROWTH_KIB: u64 = 2048;

#[test]
fn rust_extract_loop_keeps_memory_flat() {
    let _serial = serial();
    let e = Extractor::new(Options::default()).unwrap();
    let text = article();
    let info = DocumentInfo::default();
    let Some(kib) = growth(2_000, 20_000, || {
        let doc = e.extract(&text, &info).unwrap();
        assert!(!doc.to_json().is_empty());
    }) else {
        println!("notice: no /proc/self/statm; resident memory not measured");
        return;
    };
    println!("resident memory grew by {kib} KiB over 20000 extractions");
    assert!(kib < MAX_GROWTH_KIB, "resident memory grew by {kib} KiB");
}

#[test]
fn c_extract_and_free_loop_keeps_memory_flat() {
    let _serial = serial();
    let text = article();
    let mut e: *mut entente_extractor = ptr::null_mut();
    // SAFETY: NULL options are the defaults; `e` is a valid out-pointer.
    assert_eq!(unsafe { entente_extractor_new(ptr::null(), &mut e) }, entente_status::Ok);
    let bad = b"accord \xff";
    let Some(kib) = growth(2_000, 20_000, || {
        let mut r: *mut entente_result = ptr::null_mut();
        let mut json = ptr::null();
        let mut len = 0;
        // SAFETY: live handle and buffers; each result is read then freed once.
        unsafe {
            assert_eq!(entente_extractor_extract(e, text.as_ptr().cast(), text.len(), ptr::null(), 0, &mut r), entente_status::Ok);
            assert_eq!(entente_result_json(r, &mut json, &mut len), entente_status::Ok);
            assert_eq!(entente_result_json_pretty(r, &mut json, &mut len), entente_status::Ok);
            let mut name = ptr::null();
            let _ = entente_result_party_name(r, 0, 0, &mut name);
            entente_result_free(r);
            // A failing call too: its message must not pile up.
            let mut r2: *mut entente_result = ptr::null_mut();
            assert_eq!(entente_extractor_extract(e, bad.as_ptr().cast(), bad.len(), ptr::null(), 0, &mut r2), entente_status::InvalidUtf8);
        }
    }) else {
        println!("notice: no /proc/self/statm; resident memory not measured");
        return;
    };
    // SAFETY: the handle is live and not used again.
    unsafe { entente_extractor_free(e) };
    println!("resident memory grew by {kib} KiB over 20000 C calls");
    assert!(kib < MAX_GROWTH_KIB, "resident memory grew by {kib} KiB");
}

#[test]
fn building_and_freeing_extractors_keeps_memory_flat() {
    let _serial = serial();
    let Some(kib) = growth(5, 60, || {
        let mut o = ptr::null_mut();
        let mut e = ptr::null_mut();
        // SAFETY: valid out-pointers; each handle is freed once.
        unsafe {
            assert_eq!(entente_options_new(&mut o), entente_status::Ok);
            assert_eq!(entente_extractor_new(o, &mut e), entente_status::Ok);
            entente_options_free(o);
            entente_extractor_free(e);
        }
    }) else {
        return;
    };
    println!("resident memory grew by {kib} KiB over 60 extractors");
    assert!(kib < 4 * MAX_GROWTH_KIB, "resident memory grew by {kib} KiB");
}


#[test]
fn cpp_example_is_clean_under_valgrind() {
    if Command::new("valgrind").arg("--version").output().is_err() || Command::new("g++").arg("--version").output().is_err() {
        println!("notice: valgrind or g++ is not installed; C++ memcheck test skipped");
        return;
    }
    let libs = lib_dir();
    let out_dir = libs.join("memory-test");
    std::fs::create_dir_all(&out_dir).unwrap();
    let exe = out_dir.join("extract-cpp");
    let built = Command::new("g++")
        .current_dir(root())
        .args(["-std=c++17", "-g", "-Iinclude", "-Iexamples/cpp", "examples/cpp/extract.cpp", "-o"])
        .arg(&exe)
        .arg(format!("-L{}", libs.display()))
        .arg("-lentente")
        .arg(format!("-Wl,-rpath,{}", libs.display()))
        .output()
        .unwrap();
    assert!(built.status.success(), "g++ failed:\n{}", String::from_utf8_lossy(&built.stderr));
    let data = root().join("examples/data");
    let mut files: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .take(4)
        .collect();
    files.sort();
    // A missing file and a bad date exercise the error paths (exceptions).
    files.push(data.join("does-not-exist.txt").display().to_string());
    let mut cmd = Command::new("valgrind");
    cmd.args(["--tool=memcheck", "--leak-check=full", "--show-leak-kinds=definite,indirect", "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99"])
        .arg(&exe)
        .args(["--pretty", "--date", "2024-01-02"])
        .args(&files)
        .current_dir(root());
    let out = cmd.output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(99), "valgrind found errors:\n{log}");
    assert!(log.contains("ERROR SUMMARY: 0 errors"), "{log}");
    for kind in ["definitely lost", "indirectly lost"] {
        assert!(log.lines().filter(|l| l.contains(kind)).all(|l| l.contains(": 0 bytes")), "{log}");
    }
    let bad = Command::new("valgrind")
        .args(["--tool=memcheck", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99"])
        .arg(&exe)
        .args(["--date", "2024-02-30"])
        .arg(Path::new(&files[0]))
        .output()
        .unwrap();
    assert_ne!(bad.status.code(), Some(99), "valgrind found errors on the bad-date path:\n{}", String::from_utf8_lossy(&bad.stderr));
}
