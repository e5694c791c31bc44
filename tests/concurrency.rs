//! One extractor shared by many threads: every thread's results equal the
//! sequential ones, and through the C ABI one thread's error details never
//! reach another thread's calls.

use std::ffi::{CStr, c_char};
use std::path::PathBuf;
use std::ptr;
use std::sync::Barrier;

use entente::ffi::*;
use entente::{DocumentInfo, Extractor, Options};

const THREADS: usize = 8;

/// The invented example articles plus texts made hostile by the characters
/// and sizes the hostile suite uses, so threads work on varied inputs.
fn texts() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    assert!(texts.len() >= 5, "expected the example articles in {}", dir.display());
    let first = texts[0].clone();
    texts.push(first.replace(' ', " \u{200B}"));
    texts.push(first.repeat(40));
    texts.push(String::new());
    texts
}

#[test]
fn threads_sharing_one_extractor_get_the_sequential_results() {
    let extractor = Extractor::new(Options::default()).unwrap();
    let texts = texts();
    let info = DocumentInfo::default();
    let sequential: Vec<String> = texts.iter().map(|t| extractor.extract(t, &info).unwrap().to_json()).collect();
    let start = Barrier::new(THREADS);
    std::thread::scope(|s| {
        for k in 0..THREADS {
            let (extractor, texts, sequential, start, info) = (&extractor, &texts, &sequential, &start, &info);
            s.spawn(move || {
                start.wait();
                // Each thread walks the texts from its own starting point,
                // several times, so that different texts run at once.
                for round in 0..3 {
                    for i in 0..texts.len() {
                        let j = (i + k * 3 + round) % texts.len();
                        let got = extractor.extract(&texts[j], info).unwrap().to_json();
                        assert_eq!(got, sequential[j], "thread {k}, text {j}");
                    }
                }
            });
        }
    });
}

fn last_error() -> String {
    // SAFETY: the library returns a NUL-terminated string valid until the
    // next call from this thread.
    unsafe { CStr::from_ptr(entente_last_error_message()) }.to_str().unwrap().to_owned()
}

/// A C extractor handle, shareable as the C ABI documents.
struct Handle(*mut entente_extractor);
// SAFETY: the C ABI documents an extractor as usable by any threads at once.
unsafe impl Sync for Handle {}

/// Threads fail in different ways at the same time (each with a date only
/// it uses, bad UTF-8, a too-large length) or succeed; after each call a
/// thread reads its own detail and never another's.
#[test]
fn c_error_details_stay_on_their_thread() {
    let mut e: *mut entente_extractor = ptr::null_mut();
    let mut o: *mut entente_options = ptr::null_mut();
    // SAFETY: valid out-pointers; the options are freed once.
    unsafe {
        assert_eq!(entente_options_new(&mut o), entente_status::Ok);
        assert_eq!(entente_options_set_max_input_bytes(o, 4096), entente_status::Ok);
        assert_eq!(entente_extractor_new(o, &mut e), entente_status::Ok);
        entente_options_free(o);
    }
    let handle = Handle(e);
    let text = "Le Maroc et le Sénégal ont signé un accord de pêche à Rabat.";
    let start = Barrier::new(THREADS);
    std::thread::scope(|s| {
        for k in 0..THREADS {
            let (handle, start) = (&handle, &start);
            s.spawn(move || {
                start.wait();
                for i in 0..300 {
                    let mut r: *mut entente_result = ptr::null_mut();
                    let bad_date = format!("thread-{k}-call-{i}");
                    let (bytes, date): (Vec<u8>, Option<&str>) = match (k + i) % 4 {
                        0 => (text.as_bytes().to_vec(), Some(bad_date.as_str())),
                        1 => (b"accord \xff\xfe sign\xc3".to_vec(), None),
                        2 => (text.as_bytes().to_vec(), None),
                        _ => (vec![b'a'; 5000], None),
                    };
                    let (dp, dl) = date.map_or((ptr::null(), 0), |d| (d.as_ptr().cast::<c_char>(), d.len()));
                    // SAFETY: the handle is live; the buffers outlive the call.
                    let status = unsafe { entente_extractor_extract(handle.0, bytes.as_ptr().cast(), bytes.len(), dp, dl, &mut r) };
                    let message = last_error();
                    match (k + i) % 4 {
                        0 => {
                            assert_eq!(status, entente_status::InvalidDate);
                            assert!(message.contains(&bad_date), "thread {k} read {message:?}");
                        }
                        1 => {
                            assert_eq!(status, entente_status::InvalidUtf8);
                            assert!(!message.is_empty() && !message.contains("thread-"), "thread {k} read {message:?}");
                        }
                        2 => {
                            assert_eq!(status, entente_status::Ok);
                            assert_eq!(message, "", "thread {k} read another thread's error");
                        }
                        _ => {
                            assert_eq!(status, entente_status::InputTooLarge);
                            assert!(message.contains("5000"), "thread {k} read {message:?}");
                        }
                    }
                    // SAFETY: `r` is NULL or a live result freed once.
                    unsafe { entente_result_free(r) };
                }
            });
        }
    });
    // SAFETY: no thread uses the handle any more.
    unsafe { entente_extractor_free(handle.0) };
}
