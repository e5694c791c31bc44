//! Calls the exported C functions the way a C program would (raw pointers,
//! lengths, NULLs, bad bytes, many threads) and checks that they agree with
//! the Rust API.

use std::ffi::{CStr, c_char};
use std::path::PathBuf;
use std::ptr;

use entente::ffi::*;
use entente::{Date, DocumentInfo, Extractor, Language, Options};

/// The sample articles shared by the C, C++ and Python tests.
fn articles() -> Vec<(String, String)> {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = ["tests/python/articles"]
        .iter()
        .filter_map(|d| std::fs::read_dir(base.join(d)).ok())
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3);
    paths
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

fn cstr(p: *const c_char) -> Option<String> {
    // SAFETY: the library returns NULL or a NUL-terminated string that is
    // still valid here.
    (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned())
}

fn last_error() -> String {
    cstr(entente_last_error_message()).expect("the last error is never NULL")
}

/// An extractor handle freed on drop.
struct Handle(*mut entente_extractor);

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle came from `entente_extractor_new` and is freed once.
        unsafe { entente_extractor_free(self.0) };
    }
}

fn extractor(configure: impl FnOnce(*mut entente_options)) -> Handle {
    let mut options = ptr::null_mut();
    let mut ex = ptr::null_mut();
    // SAFETY: the out-parameters are writable; the options are freed once.
    unsafe {
        assert_eq!(entente_options_new(&mut options), entente_status::Ok);
        configure(options);
        assert_eq!(entente_extractor_new(options, &mut ex), entente_status::Ok, "{}", last_error());
        entente_options_free(options);
    }
    Handle(ex)
}

/// Extracts through the C ABI and returns the compact JSON.
fn extract_json(ex: *const entente_extractor, text: &[u8], date: Option<&str>) -> Result<String, entente_status> {
    let (d, dl) = date.map_or((ptr::null(), 0), |d| (d.as_ptr().cast(), d.len()));
    let mut result = ptr::null_mut();
    // SAFETY: `text` and `date` are live slices with their lengths; `result`
    // is writable; the result is freed once, after its JSON was copied.
    unsafe {
        let status = entente_extractor_extract(ex, text.as_ptr().cast(), text.len(), d, dl, &mut result);
        if status != entente_status::Ok {
            assert!(result.is_null(), "out-parameter written on failure");
            return Err(status);
        }
        let mut json = ptr::null();
        let mut len = 0usize;
        assert_eq!(entente_result_json(result, &mut json, &mut len), entente_status::Ok);
        let s = cstr(json).unwrap();
        assert_eq!(s.len(), len);
        entente_result_free(result);
        Ok(s)
    }
}

#[test]
fn version_and_abi_match_the_crate_and_header() {
    assert_eq!(cstr(entente_version()).as_deref(), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(entente_abi_version(), ENTENTE_ABI_VERSION);
    let version = format!("{ENTENTE_VERSION_MAJOR}.{ENTENTE_VERSION_MINOR}.{ENTENTE_VERSION_PATCH}");
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
}

#[test]
fn json_is_identical_to_the_rust_api() {
    let ex = extractor(|_| {});
    let rust = Extractor::new(Options::default()).unwrap();
    for (path, text) in articles() {
        let want = rust.extract(&text, &DocumentInfo::default()).unwrap().to_json();
        assert_eq!(extract_json(ex.0, text.as_bytes(), None).unwrap(), want, "{path}");
        let info = DocumentInfo::with_date(Date::parse("2022-02-28").unwrap());
        let want = rust.extract(&text, &info).unwrap().to_json();
        assert_eq!(extract_json(ex.0, text.as_bytes(), Some("2022-02-28")).unwrap(), want, "{path} dated");
    }
}

#[test]
fn options_reach_the_extractor() {
    let date = "2021-06-30";
    let ex = extractor(|o| {
        // SAFETY: `o` is a live options handle; the strings are live slices.
        unsafe {
            assert_eq!(entente_options_set_language(o, "EN".as_ptr().cast(), 2), entente_status::Ok);
            assert_eq!(entente_options_set_document_date(o, date.as_ptr().cast(), date.len()), entente_status::Ok);
            assert_eq!(entente_options_set_max_agreements(o, 1), entente_status::Ok);
        }
    });
    let mut options = Options::default();
    options.language = Some(Language::English);
    options.document_date = Some(Date::parse(date).unwrap());
    options.max_agreements = 1;
    let rust = Extractor::new(options).unwrap();
    for (path, text) in articles() {
        let want = rust.extract(&text, &DocumentInfo::default()).unwrap().to_json();
        assert_eq!(extract_json(ex.0, text.as_bytes(), None).unwrap(), want, "{path}");
    }
}

#[test]
fn bad_options_are_refused_and_leave_the_options_unchanged() {
    let mut o = ptr::null_mut();
    let mut ex = ptr::null_mut();
    // SAFETY: the handles are live until freed, the strings live slices.
    unsafe {
        assert_eq!(entente_options_new(&mut o), entente_status::Ok);
        let cases: [(&[u8], entente_status); 3] = [
            (b"de", entente_status::UnsupportedLanguage),
            (b"", entente_status::UnsupportedLanguage),
            (b"f\xffr", entente_status::InvalidUtf8),
        ];
        for (code, want) in cases {
            assert_eq!(entente_options_set_language(o, code.as_ptr().cast(), code.len()), want);
            assert!(!last_error().is_empty());
        }
        for date in ["2023-02-29", "2023-2-28", "yesterday", ""] {
            let status = entente_options_set_document_date(o, date.as_ptr().cast(), date.len());
            assert_eq!(status, entente_status::InvalidDate, "{date}");
            assert!(last_error().contains("YYYY-MM-DD"), "{}", last_error());
        }
        // Nothing was changed: the extractor behaves as the default one.
        assert_eq!(entente_extractor_new(o, &mut ex), entente_status::Ok);
        let text = "Le Ghana et le Togo ont signé un accord.";
        let want = Extractor::new(Options::default()).unwrap().extract(text, &DocumentInfo::default()).unwrap();
        assert_eq!(extract_json(ex, text.as_bytes(), None).unwrap(), want.to_json());
        entente_extractor_free(ex);

        for set in [entente_options_set_max_input_bytes, entente_options_set_max_agreements] {
            let mut zero = ptr::null_mut();
            assert_eq!(entente_options_new(&mut zero), entente_status::Ok);
            assert_eq!(set(zero, 0), entente_status::Ok);
            let mut untouched = ptr::null_mut();
            assert_eq!(entente_extractor_new(zero, &mut untouched), entente_status::InvalidOption);
            assert!(untouched.is_null());
            assert!(last_error().contains("must be at least 1"));
            entente_options_free(zero);
        }
        entente_options_free(o);
    }
}

#[test]
fn null_pointers_are_refused_and_free_null_does_nothing() {
    let ex = extractor(|_| {});
    let text = b"Le Mali et le Niger ont conclu un accord.";
    let mut result = ptr::null_mut();
    let mut s: *const c_char = ptr::null();
    let mut n = 7usize;
    // SAFETY: every non-NULL pointer below is live and writable.
    unsafe {
        assert_eq!(entente_options_new(ptr::null_mut()), entente_status::NullPointer);
        assert_eq!(entente_extractor_new(ptr::null(), ptr::null_mut()), entente_status::NullPointer);
        assert_eq!(entente_options_set_language(ptr::null_mut(), ptr::null(), 0), entente_status::NullPointer);
        assert_eq!(entente_options_set_max_agreements(ptr::null_mut(), 3), entente_status::NullPointer);
        let cases = [
            (ptr::null(), text.as_ptr(), text.len(), "extractor"),
            (ex.0.cast_const(), ptr::null(), 5, "text"),
        ];
        for (e, t, l, name) in cases {
            let status = entente_extractor_extract(e, t.cast(), l, ptr::null(), 0, &mut result);
            assert_eq!(status, entente_status::NullPointer);
            assert!(last_error().contains(name), "{}", last_error());
            assert!(result.is_null());
        }
        let status = entente_extractor_extract(ex.0, text.as_ptr().cast(), text.len(), ptr::null(), 0, ptr::null_mut());
        assert_eq!(status, entente_status::NullPointer);
        assert!(last_error().contains("out"));

        assert_eq!(entente_result_json(ptr::null(), &mut s, &mut n), entente_status::NullPointer);
        assert_eq!(entente_result_agreement_count(ptr::null(), &mut n), entente_status::NullPointer);
        assert_eq!(entente_result_party_name(ptr::null(), 0, 0, &mut s), entente_status::NullPointer);
        assert_eq!(entente_json_quote(ptr::null(), 3, &mut s.cast_mut(), ptr::null_mut()), entente_status::NullPointer);
        assert!(s.is_null() && n == 7, "out-parameters are written only on success");

        let status = entente_extractor_extract(ex.0, text.as_ptr().cast(), text.len(), ptr::null(), 0, &mut result);
        assert_eq!(status, entente_status::Ok);
        assert_eq!(last_error(), "", "a success clears the last error");
        assert_eq!(entente_result_json(result, ptr::null_mut(), &mut n), entente_status::NullPointer);
        assert_eq!(entente_result_json(result, &mut s, ptr::null_mut()), entente_status::Ok);
        assert!(cstr(s).unwrap().starts_with("{\"schema_version\":1"));
        entente_result_free(result);

        entente_options_free(ptr::null_mut());
        entente_extractor_free(ptr::null_mut());
        entente_result_free(ptr::null_mut());
        entente_string_free(ptr::null_mut());
    }
}

#[test]
fn zero_length_text_is_the_empty_text() {
    let ex = extractor(|_| {});
    let want = Extractor::new(Options::default()).unwrap().extract("", &DocumentInfo::default()).unwrap();
    let mut result = ptr::null_mut();
    let mut count = 99usize;
    // SAFETY: (NULL, 0) and a live empty slice are both valid empty texts.
    unsafe {
        let status = entente_extractor_extract(ex.0, ptr::null(), 0, ptr::null(), 0, &mut result);
        assert_eq!(status, entente_status::Ok);
        assert_eq!(entente_result_agreement_count(result, &mut count), entente_status::Ok);
        assert_eq!(count, 0);
        entente_result_free(result);
    }
    assert_eq!(extract_json(ex.0, b"", None).unwrap(), want.to_json());
    assert_eq!(extract_json(ex.0, b"x", None).map(|_| ()), Ok(()));
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    let ex = extractor(|_| {});
    let cases: [&[u8]; 4] = [b"\xff", b"Le Tchad\xc3", b"accord \xe2\x82", b"ok \xed\xa0\x80 surrogate"];
    for text in cases {
        assert_eq!(extract_json(ex.0, text, None), Err(entente_status::InvalidUtf8), "{text:?}");
        assert!(last_error().contains("not valid UTF-8"), "{}", last_error());
    }
    assert!(last_error().contains("offset 3"));
    // A bad date is refused too, as bytes and as a calendar day.
    let bad_date = b"2024-0\xff-01";
    let mut result = ptr::null_mut();
    // SAFETY: live slices with their lengths; `result` is writable.
    let status = unsafe { entente_extractor_extract(ex.0, b"x".as_ptr().cast(), 1, bad_date.as_ptr().cast(), 10, &mut result) };
    assert_eq!(status, entente_status::InvalidUtf8);
    assert_eq!(extract_json(ex.0, b"x", Some("2024-13-01")), Err(entente_status::InvalidDate));
}

#[test]
fn huge_buffers_are_refused_before_being_read() {
    let small = extractor(|o| {
        // SAFETY: `o` is a live options handle.
        assert_eq!(unsafe { entente_options_set_max_input_bytes(o, 16) }, entente_status::Ok);
    });
    assert!(extract_json(small.0, &[b'a'; 16], None).is_ok());
    assert_eq!(extract_json(small.0, &[b'a'; 17], None), Err(entente_status::InputTooLarge));
    assert!(last_error().contains("17 bytes"), "{}", last_error());

    // Default limit (256 MiB): a zeroed buffer one byte over it is refused
    // without being touched.
    let ex = extractor(|_| {});
    let limit = Options::default().max_input_bytes;
    let big = vec![0u8; limit + 1];
    assert_eq!(extract_json(ex.0, &big, None), Err(entente_status::InputTooLarge));
    drop(big);

    // A length no buffer can have, with no limit in force: refused, never read.
    let unlimited = extractor(|o| {
        // SAFETY: `o` is a live options handle.
        assert_eq!(unsafe { entente_options_set_max_input_bytes(o, usize::MAX) }, entente_status::Ok);
    });
    let mut result = ptr::null_mut();
    for (ex, len) in [(ex.0, usize::MAX), (unlimited.0, usize::MAX), (unlimited.0, isize::MAX as usize + 1)] {
        // SAFETY: the library must refuse these lengths before reading the
        // one-byte buffer, which is what this checks.
        let status = unsafe { entente_extractor_extract(ex, b"x".as_ptr().cast(), len, ptr::null(), 0, &mut result) };
        assert_eq!(status, entente_status::InputTooLarge);
        assert!(result.is_null());
    }
}

/// Every typed field of one result, read through the accessors.
fn typed_view(ex: *const entente_extractor, text: &str) -> serde_json::Value {
    let mut r = ptr::null_mut();
    // SAFETY: live slices; `r` is freed once at the end; every out-parameter
    // is a live local.
    unsafe {
        assert_eq!(entente_extractor_extract(ex, text.as_ptr().cast(), text.len(), ptr::null(), 0, &mut r), entente_status::Ok);
        let get = |f: unsafe extern "C" fn(*const entente_result, usize, *mut *const c_char) -> entente_status, i| {
            let mut s = ptr::null();
            assert_eq!(f(r, i, &mut s), entente_status::Ok);
            cstr(s)
        };
        let item = |f: unsafe extern "C" fn(*const entente_result, usize, usize, *mut *const c_char) -> entente_status, i, j| {
            let mut s = ptr::null();
            assert_eq!(f(r, i, j, &mut s), entente_status::Ok);
            cstr(s)
        };
        let count = |f: unsafe extern "C" fn(*const entente_result, usize, *mut usize) -> entente_status, i| {
            let mut n = 0;
            assert_eq!(f(r, i, &mut n), entente_status::Ok);
            n
        };
        let mut n = 0;
        assert_eq!(entente_result_agreement_count(r, &mut n), entente_status::Ok);
        let mut agreements = Vec::new();
        for i in 0..n {
            let parties: Vec<_> = (0..count(entente_result_party_count, i))
                .map(|j| {
                    serde_json::json!({
                        "name": item(entente_result_party_name, i, j),
                        "type": item(entente_result_party_type, i, j),
                        "country": item(entente_result_party_country, i, j),
                        "code": item(entente_result_party_code, i, j),
                    })
                })
                .collect();
            let signatories: Vec<_> = (0..count(entente_result_signatory_count, i))
                .map(|j| {
                    serde_json::json!({
                        "name": item(entente_result_signatory_name, i, j),
                        "role": item(entente_result_signatory_role, i, j),
                        "country": item(entente_result_signatory_country, i, j),
                    })
                })
                .collect();
            let sectors: Vec<_> = (0..count(entente_result_sector_count, i)).map(|j| item(entente_result_sector, i, j)).collect();
            let mut confidence = -1.0;
            assert_eq!(entente_result_agreement_confidence(r, i, &mut confidence), entente_status::Ok);
            agreements.push(serde_json::json!({
                "kind": get(entente_result_agreement_kind, i),
                "kind_text": get(entente_result_agreement_kind_text, i),
                "status": get(entente_result_agreement_status, i),
                "date": get(entente_result_agreement_date, i),
                "location": get(entente_result_agreement_location_name, i),
                "location_country": get(entente_result_agreement_location_country, i),
                "parties": parties,
                "sectors": sectors,
                "signatories": signatories,
                "confidence": confidence,
            }));
        }
        let mut s = ptr::null();
        assert_eq!(entente_result_agreement_kind(r, n, &mut s), entente_status::IndexOutOfRange);
        assert_eq!(entente_result_party_count(r, n, &mut n), entente_status::IndexOutOfRange);
        let (mut lang, mut date, mut truncated) = (ptr::null(), ptr::null(), true);
        assert_eq!(entente_result_language(r, &mut lang), entente_status::Ok);
        assert_eq!(entente_result_document_date(r, &mut date), entente_status::Ok);
        assert_eq!(entente_result_truncated(r, &mut truncated), entente_status::Ok);
        let view = serde_json::json!({
            "language": cstr(lang),
            "document_date": cstr(date),
            "truncated": truncated,
            "agreements": agreements,
        });
        entente_result_free(r);
        view
    }
}

/// The same fields, read from the Rust API.
fn rust_view(doc: &entente::Document) -> serde_json::Value {
    let v = serde_json::to_value(doc).unwrap();
    let agreements: Vec<_> = v["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let signatories: Vec<_> = a["signatories"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| serde_json::json!({"name": p["name"], "role": p["role"], "country": p["country"]}))
                .collect();
            serde_json::json!({
                "kind": a["kind"], "kind_text": a["kind_text"], "status": a["status"], "date": a["date"],
                "location": a["location"].get("name"), "location_country": a["location"].get("country"),
                "parties": a["parties"], "sectors": a["sectors"], "signatories": signatories,
                "confidence": a["confidence"],
            })
        })
        .collect();
    serde_json::json!({
        "language": v["language"], "document_date": v["document_date"],
        "truncated": v["truncated"], "agreements": agreements,
    })
}

#[test]
fn typed_accessors_agree_with_the_rust_api() {
    let ex = extractor(|_| {});
    let rust = Extractor::new(Options::default()).unwrap();
    for (path, text) in articles() {
        let doc = rust.extract(&text, &DocumentInfo::default()).unwrap();
        let mut want = rust_view(&doc);
        // `location` is null or an object; the accessors give its parts.
        for a in want["agreements"].as_array_mut().unwrap() {
            for key in ["location", "location_country"] {
                if a[key].is_null() {
                    a[key] = serde_json::Value::Null;
                }
            }
        }
        assert_eq!(typed_view(ex.0, &text), want, "{path}");
    }
}

#[test]
fn eight_threads_on_one_extractor_match_sequential_calls() {
    let ex = extractor(|_| {});
    let texts: Vec<String> = articles().into_iter().map(|(_, t)| t).collect();
    let dates = [None, Some("2020-01-31")];
    let sequential: Vec<String> = texts
        .iter()
        .flat_map(|t| dates.map(|d| extract_json(ex.0, t.as_bytes(), d).unwrap()))
        .collect();
    let shared = ex.0 as usize;
    let results: Vec<Vec<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|k| {
                let texts = &texts;
                scope.spawn(move || {
                    let ex = shared as *const entente_extractor;
                    let n = texts.len();
                    let mut out = vec![String::new(); n * dates.len()];
                    for round in 0..20 {
                        // Threads start at different texts so calls interleave.
                        for step in 0..n {
                            let i = (k + round + step) % n;
                            for (j, d) in dates.iter().enumerate() {
                                out[i * dates.len() + j] = extract_json(ex, texts[i].as_bytes(), *d).unwrap();
                            }
                        }
                        // Per-thread errors do not leak between threads.
                        assert_eq!(extract_json(ex, b"\xff", None), Err(entente_status::InvalidUtf8));
                        assert!(last_error().contains("UTF-8"));
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for r in results {
        assert_eq!(r, sequential);
    }
}

#[test]
fn every_status_has_a_static_message() {
    let mut seen = std::collections::HashSet::new();
    for code in 0..=9 {
        let m = cstr(entente_status_message(code)).unwrap();
        assert!(!m.is_empty() && m != "unknown status", "{code}");
        assert!(seen.insert(m), "messages are distinct");
    }
    for code in [-1, 10, i32::MAX, i32::MIN] {
        assert_eq!(cstr(entente_status_message(code)).as_deref(), Some("unknown status"));
    }
    assert_eq!(entente_status::InputTooLarge as i32, 4);
}

#[test]
fn json_quote_escapes_like_the_json_output() {
    let cases: [(&[u8], &str); 5] = [
        (b"plain.txt", r#""plain.txt""#),
        (b"a \"b\" \\ c", r#""a \"b\" \\ c""#),
        (b"tab\tnl\n\x01", r#""tab\tnl\n\u0001""#),
        ("été/ü.txt".as_bytes(), "\"été/ü.txt\""),
        (b"bad\xff", "\"bad\u{fffd}\""),
    ];
    for (input, want) in cases {
        let mut out = ptr::null_mut();
        let mut len = 0;
        // SAFETY: a live slice; `out` is freed once with `entente_string_free`.
        unsafe {
            assert_eq!(entente_json_quote(input.as_ptr().cast(), input.len(), &mut out, &mut len), entente_status::Ok);
            assert_eq!(cstr(out).as_deref(), Some(want));
            assert_eq!(len, want.len());
            entente_string_free(out);
        }
    }
}

#[test]
fn pretty_json_holds_the_same_value() {
    let ex = extractor(|_| {});
    for (path, text) in articles() {
        let mut r = ptr::null_mut();
        let (mut compact, mut pretty) = (ptr::null(), ptr::null());
        // SAFETY: live slices; `r` is freed once, after its strings were read.
        unsafe {
            assert_eq!(entente_extractor_extract(ex.0, text.as_ptr().cast(), text.len(), ptr::null(), 0, &mut r), entente_status::Ok);
            assert_eq!(entente_result_json(r, &mut compact, ptr::null_mut()), entente_status::Ok);
            assert_eq!(entente_result_json_pretty(r, &mut pretty, ptr::null_mut()), entente_status::Ok);
            let c: serde_json::Value = serde_json::from_str(&cstr(compact).unwrap()).unwrap();
            let p = cstr(pretty).unwrap();
            assert!(p.starts_with("{\n  \"schema_version\": 1,"), "{path}");
            assert_eq!(serde_json::from_str::<serde_json::Value>(&p).unwrap(), c);
            entente_result_free(r);
        }
    }
}
