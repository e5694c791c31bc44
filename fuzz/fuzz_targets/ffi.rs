//! The C ABI on arbitrary bytes, lengths, dates, language codes and limits,
//! called as a C program would: every call returns a status (never a
//! crash), bytes that are not UTF-8 give `ENTENTE_STATUS_INVALID_UTF8`, a
//! failure always leaves a message, and the JSON equals the Rust API's.
//!
//! Input layout: a flags byte, a max-input-bytes byte, a max-agreements
//! byte, a length-prefixed language code, a length-prefixed date, then the
//! text. Building an extractor compiles its lexicons, so only inputs with
//! flag 32 build one from their options; the others use one of four built
//! once through the C ABI.

#![no_main]

use std::ffi::{CStr, c_char};
use std::ptr;
use std::sync::OnceLock;

use entente::ffi::*;
use entente::{DocumentInfo, Extractor, Options};
use libfuzzer_sys::fuzz_target;

/// A tiny reader over the fuzz input.
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }
    fn field(&mut self) -> &'a [u8] {
        let n = usize::from(self.byte() % 16).min(self.0.len());
        let (f, rest) = self.0.split_at(n);
        self.0 = rest;
        f
    }
}

fn rust_default() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new(Options::default()).expect("defaults are valid"))
}

/// A C extractor built once and shared by every run (never freed).
struct Shared(*mut entente_extractor);
// SAFETY: the C ABI documents extractors as shareable by any threads.
unsafe impl Send for Shared {}
// SAFETY: as above.
unsafe impl Sync for Shared {}

/// Four extractors made through the C ABI: defaults; French with one
/// agreement at most; English with a document date; a 64-byte input limit.
fn shared(i: usize) -> *const entente_extractor {
    static ALL: OnceLock<Vec<Shared>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        (0..4)
            .map(|k| {
                let mut o: *mut entente_options = ptr::null_mut();
                let mut e: *mut entente_extractor = ptr::null_mut();
                // SAFETY: valid out-pointers and live options, freed once.
                unsafe {
                    assert_eq!(entente_options_new(&mut o), entente_status::Ok);
                    match k {
                        1 => {
                            entente_options_set_language(o, c"fr".as_ptr(), 2);
                            entente_options_set_max_agreements(o, 1);
                        }
                        2 => {
                            entente_options_set_language(o, c"EN".as_ptr(), 2);
                            entente_options_set_document_date(o, c"2024-02-29".as_ptr(), 10);
                        }
                        3 => {
                            entente_options_set_max_input_bytes(o, 64);
                        }
                        _ => {}
                    }
                    assert_eq!(entente_extractor_new(o, &mut e), entente_status::Ok);
                    entente_options_free(o);
                }
                Shared(e)
            })
            .collect()
    });
    all[i % 4].0
}

fn last_error() -> String {
    let p = entente_last_error_message();
    assert!(!p.is_null());
    // SAFETY: the library returns a NUL-terminated string valid until the next call.
    unsafe { CStr::from_ptr(p) }.to_str().expect("messages are UTF-8").to_owned()
}

fn ptr_of(b: &[u8], null: bool) -> *const c_char {
    if null { ptr::null() } else { b.as_ptr().cast() }
}

/// Checks the status/message contract of one call.
fn checked(status: entente_status) -> entente_status {
    assert_ne!(status, entente_status::InternalError, "a panic was caught: {}", last_error());
    assert_eq!(status == entente_status::Ok, last_error().is_empty(), "status {status:?} vs message");
    status
}

fuzz_target!(|data: &[u8]| {
    let mut input = Bytes(data);
    let flags = input.byte();
    let max_bytes = match input.byte() {
        0 => 0,
        255 => usize::MAX,
        b => usize::from(b) * 8,
    };
    let max_agreements = usize::from(input.byte() % 4);
    let lang = input.field();
    let date = input.field();
    let text = input.0;

    let (extractor, owned, defaults, limit) = if flags & 32 != 0 {
        match build(flags, lang, date, max_bytes, max_agreements) {
            Some(e) => (e as *const entente_extractor, e, flags & (1 | 4 | 8) == 0, if flags & 8 != 0 { max_bytes } else { 256 << 20 }),
            None => return,
        }
    } else {
        let k = usize::from(flags & 3);
        (shared(k), ptr::null_mut(), k == 0, if k == 3 { 64 } else { 256 << 20 })
    };
    let date_arg = flags & 16 != 0;
    let mut result: *mut entente_result = ptr::null_mut();
    // SAFETY: `text` and `date` are live for their lengths.
    let status = checked(unsafe {
        entente_extractor_extract(
            extractor,
            text.as_ptr().cast(),
            text.len(),
            ptr_of(date, !date_arg),
            if date_arg { date.len() } else { 0 },
            &mut result,
        )
    });
    let utf8 = std::str::from_utf8(text);
    if status == entente_status::Ok {
        let text = utf8.expect("only UTF-8 is accepted");
        // SAFETY: `result` is live until freed below.
        let json = unsafe { read_all(result) };
        if defaults && !date_arg {
            let rust = rust_default().extract(text, &DocumentInfo::default()).expect("accepted by C");
            assert_eq!(json, rust.to_json().split('\0').next().unwrap_or(""));
        }
    } else {
        assert!(result.is_null());
        let bad_date = date_arg && std::str::from_utf8(date).is_err();
        if status == entente_status::InvalidUtf8 {
            assert!(utf8.is_err() || bad_date);
        } else if utf8.is_err() {
            assert!(text.len() > limit && status == entente_status::InputTooLarge, "bad text gave {status:?}");
        }
    }
    // SAFETY: both are live (or NULL) and not used again.
    unsafe {
        entente_result_free(result);
        entente_extractor_free(owned);
    }
});

/// Builds an extractor from fuzzed options through the C ABI; `None` when
/// the options are refused (with a status and a message).
fn build(flags: u8, lang: &[u8], date: &[u8], max_bytes: usize, max_agreements: usize) -> Option<*mut entente_extractor> {
    let mut options: *mut entente_options = ptr::null_mut();
    // SAFETY: `options` is a valid out-pointer.
    assert_eq!(checked(unsafe { entente_options_new(&mut options) }), entente_status::Ok);
    // SAFETY: every pointer below is live, with the length given.
    unsafe {
        if flags & 1 != 0 {
            checked(entente_options_set_language(options, ptr_of(lang, flags & 2 != 0), lang.len()));
        }
        if flags & 4 != 0 {
            checked(entente_options_set_document_date(options, date.as_ptr().cast(), date.len()));
        }
        if flags & 8 != 0 {
            checked(entente_options_set_max_input_bytes(options, max_bytes));
            checked(entente_options_set_max_agreements(options, max_agreements));
        }
    }
    let mut extractor: *mut entente_extractor = ptr::null_mut();
    // SAFETY: `options` is live, `extractor` a valid out-pointer.
    let built = checked(unsafe { entente_extractor_new(options, &mut extractor) });
    // SAFETY: `options` is live and not used again.
    unsafe { entente_options_free(options) };
    if built != entente_status::Ok {
        assert!(extractor.is_null());
        assert!(flags & 8 != 0 && (max_bytes == 0 || max_agreements == 0), "refused: {built:?}");
        return None;
    }
    Some(extractor)
}

/// Reads every accessor of a result, including one index past each end,
/// and returns its JSON.
///
/// # Safety
/// `r` is a live result.
unsafe fn read_all(r: *const entente_result) -> String {
    let mut s: *const c_char = ptr::null();
    let mut n = 0usize;
    let mut b = false;
    let mut f = 0f64;
    unsafe {
        assert_eq!(checked(entente_result_json(r, &mut s, &mut n)), entente_status::Ok);
        let json = CStr::from_ptr(s).to_str().expect("JSON is UTF-8").to_owned();
        assert_eq!(json.len(), n);
        assert_eq!(checked(entente_result_json_pretty(r, &mut s, &mut n)), entente_status::Ok);
        checked(entente_result_language(r, &mut s));
        checked(entente_result_document_date(r, &mut s));
        checked(entente_result_truncated(r, &mut b));
        let mut count = 0usize;
        checked(entente_result_agreement_count(r, &mut count));
        for i in 0..=count {
            let want = if i < count { entente_status::Ok } else { entente_status::IndexOutOfRange };
            assert_eq!(checked(entente_result_agreement_kind(r, i, &mut s)), want);
            checked(entente_result_agreement_kind_text(r, i, &mut s));
            checked(entente_result_agreement_status(r, i, &mut s));
            checked(entente_result_agreement_date(r, i, &mut s));
            checked(entente_result_agreement_confidence(r, i, &mut f));
            checked(entente_result_agreement_location_name(r, i, &mut s));
            checked(entente_result_agreement_location_country(r, i, &mut s));
            let mut k = 0usize;
            if checked(entente_result_sector_count(r, i, &mut k)) == entente_status::Ok {
                for j in 0..=k {
                    checked(entente_result_sector(r, i, j, &mut s));
                }
            }
            if checked(entente_result_party_count(r, i, &mut k)) == entente_status::Ok {
                for j in 0..=k {
                    checked(entente_result_party_name(r, i, j, &mut s));
                    checked(entente_result_party_type(r, i, j, &mut s));
                    checked(entente_result_party_country(r, i, j, &mut s));
                    checked(entente_result_party_code(r, i, j, &mut s));
                }
            }
            if checked(entente_result_signatory_count(r, i, &mut k)) == entente_status::Ok {
                for j in 0..=k {
                    checked(entente_result_signatory_name(r, i, j, &mut s));
                    checked(entente_result_signatory_role(r, i, j, &mut s));
                    checked(entente_result_signatory_country(r, i, j, &mut s));
                }
            }
        }
        json
    }
}
