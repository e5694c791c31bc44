//! The C ABI: a small, stable face of the library for C, C++ and Python.
//!
//! This is the only module with `unsafe`. It calls the public Rust API and
//! nothing else, so a C caller gets exactly what a Rust caller gets. The
//! header `include/entente.h` is generated from this file by cbindgen (see
//! `cbindgen.toml`; `ENTENTE_BLESS=1 cargo test --test header` rewrites it).
//!
//! # Conventions
//!
//! - Every symbol starts with `entente_`. Handles (`entente_options`,
//!   `entente_extractor`, `entente_result`) are opaque.
//! - Every fallible function returns an [`entente_status`]; 0 is
//!   `ENTENTE_STATUS_OK`. Codes are never renumbered or reused.
//! - Out-parameters are written only when the call returns
//!   `ENTENTE_STATUS_OK`; on failure they keep whatever the caller put there.
//! - Text goes in as `(const char *text, size_t len)`: any bytes, not
//!   NUL-terminated, checked to be UTF-8. Strings come out NUL-terminated.
//! - What the library allocates, only the library frees, each kind with its
//!   own `entente_*_free`; every `entente_*_free(NULL)` does nothing.
//! - No panic crosses the boundary: each call catches it and returns
//!   `ENTENTE_STATUS_INTERNAL_ERROR`.
//!
//! # Error details: a per-thread last error
//!
//! Beside the status (whose fixed text [`entente_status_message`] gives),
//! each failing call leaves a detailed message, retrieved on the same thread
//! with [`entente_last_error_message`]. A per-thread slot was chosen over an
//! error out-parameter because it keeps every signature short and uniform
//! (status in the return value, results in out-parameters, no error object
//! to free), and because it is per thread, one extractor shared by many
//! threads cannot have one thread's message overwritten by another's.

#![allow(non_camel_case_types)]

use std::cell::RefCell;
use std::ffi::{CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;

use crate::{Date, Document, DocumentInfo, Error, Extractor, Language, Options};

/// Major version of the library this header belongs to.
pub const ENTENTE_VERSION_MAJOR: u32 = 0;
/// Minor version of the library this header belongs to.
pub const ENTENTE_VERSION_MINOR: u32 = 1;
/// Patch version of the library this header belongs to.
pub const ENTENTE_VERSION_PATCH: u32 = 0;
/// Version of the binary interface. It changes only when a program built
/// against an older header could misbehave with this library (a function
/// removed or changed); adding functions or status codes does not change
/// it. Compare it with `entente_abi_version()` at run time.
pub const ENTENTE_ABI_VERSION: u32 = 1;
/// Version of the JSON contract that `entente_result_json` returns.
pub const ENTENTE_SCHEMA_VERSION: u32 = 1;

/// The outcome of a call. 0 is success. Codes are never renumbered or
/// reused; new ones may be added, so treat an unknown code as a failure.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum entente_status {
    /// Success; the out-parameters were written.
    Ok = 0,
    /// An argument is out of its domain (see the last error for which).
    InvalidArgument = 1,
    /// A pointer that must not be NULL was NULL.
    NullPointer = 2,
    /// The text (or a string argument) is not valid UTF-8.
    InvalidUtf8 = 3,
    /// The text is longer than the extractor's maximum input size.
    InputTooLarge = 4,
    /// A bug in the library (a caught panic); please report it.
    InternalError = 5,
    /// A date is not a real calendar day written `YYYY-MM-DD`.
    InvalidDate = 6,
    /// A language code other than `fr` or `en`.
    UnsupportedLanguage = 7,
    /// An option is out of its range (for instance a limit of 0).
    InvalidOption = 8,
    /// An agreement, party, signatory or sector index past the end.
    IndexOutOfRange = 9,
}

impl entente_status {
    /// The fixed message of this status, NUL-terminated.
    fn message(self) -> &'static str {
        match self {
            entente_status::Ok => "ok\0",
            entente_status::InvalidArgument => "invalid argument\0",
            entente_status::NullPointer => "a required pointer is NULL\0",
            entente_status::InvalidUtf8 => "text is not valid UTF-8\0",
            entente_status::InputTooLarge => "input is larger than the extractor's limit\0",
            entente_status::InternalError => "internal error in entente (a bug: please report it)\0",
            entente_status::InvalidDate => "invalid date: expected a real day as YYYY-MM-DD\0",
            entente_status::UnsupportedLanguage => "unsupported language: use \"fr\" or \"en\"\0",
            entente_status::InvalidOption => "an option is out of its range\0",
            entente_status::IndexOutOfRange => "index out of range\0",
        }
    }

    /// Every status, in code order.
    const ALL: [entente_status; 10] = [
        entente_status::Ok,
        entente_status::InvalidArgument,
        entente_status::NullPointer,
        entente_status::InvalidUtf8,
        entente_status::InputTooLarge,
        entente_status::InternalError,
        entente_status::InvalidDate,
        entente_status::UnsupportedLanguage,
        entente_status::InvalidOption,
        entente_status::IndexOutOfRange,
    ];
}

/// Options for building an extractor. Create with [`entente_options_new`],
/// change with the `entente_options_set_*` functions, free with
/// [`entente_options_free`]. Setter functions (rather than a struct) let
/// later versions add options without breaking the ABI.
pub struct entente_options {
    inner: Options,
}

/// An extractor: built once, immutable, shareable by any number of threads
/// at once. Free with [`entente_extractor_free`] once no thread uses it.
pub struct entente_extractor {
    inner: Extractor,
}

/// The result of one extraction. Immutable (its lazily built caches are
/// thread-safe), so it may be read from several threads. Free with
/// [`entente_result_free`]; every string it lends is valid until then.
pub struct entente_result {
    doc: Document,
    json: OnceLock<CString>,
    pretty: OnceLock<CString>,
    view: OnceLock<View>,
}

/// NUL-terminated copies of the typed fields, built on first access.
struct View {
    language: CString,
    document_date: Option<CString>,
    agreements: Vec<AgreementView>,
}

struct AgreementView {
    kind: CString,
    kind_text: CString,
    status: CString,
    date: Option<CString>,
    confidence: f64,
    location_name: Option<CString>,
    location_country: Option<CString>,
    sectors: Vec<CString>,
    parties: Vec<PartyView>,
    signatories: Vec<PersonView>,
}

struct PartyView {
    name: CString,
    kind: CString,
    country: Option<CString>,
    code: Option<CString>,
}

struct PersonView {
    name: CString,
    role: Option<CString>,
    country: Option<CString>,
}

/// A C copy of `s`, cut at its first NUL byte (C could not see past it).
fn c_string(s: &str) -> CString {
    let end = s.find('\0').unwrap_or(s.len());
    CString::new(s.get(..end).unwrap_or_default()).unwrap_or_default()
}

fn c_opt(s: Option<&str>) -> Option<CString> {
    s.map(c_string)
}

impl View {
    fn of(doc: &Document) -> View {
        let agreements = doc
            .agreements
            .iter()
            .map(|a| AgreementView {
                kind: c_string(a.kind.as_str()),
                kind_text: c_string(&a.kind_text),
                status: c_string(a.status.as_str()),
                date: c_opt(a.date.as_deref()),
                confidence: a.confidence,
                location_name: c_opt(a.location.as_ref().map(|l| l.name.as_str())),
                location_country: c_opt(a.location.as_ref().and_then(|l| l.country.as_deref())),
                sectors: a.sectors.iter().map(|s| c_string(s.as_str())).collect(),
                parties: a
                    .parties
                    .iter()
                    .map(|p| PartyView {
                        name: c_string(&p.name),
                        kind: c_string(party_type_name(p.kind)),
                        country: c_opt(p.country.as_deref()),
                        code: c_opt(p.code.as_deref()),
                    })
                    .collect(),
                signatories: a
                    .signatories
                    .iter()
                    .map(|p| PersonView {
                        name: c_string(&p.name),
                        role: c_opt(p.role.as_deref()),
                        country: c_opt(p.country.as_deref()),
                    })
                    .collect(),
            })
            .collect();
        View {
            language: c_string(&doc.language),
            document_date: c_opt(doc.document_date.as_deref()),
            agreements,
        }
    }
}

/// The schema's name of a party type, taken from its serde form so that
/// the C accessor and the JSON can never disagree.
fn party_type_name(kind: crate::PartyType) -> &'static str {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(s)) => match s.as_str() {
            "state" => "state",
            "organization" => "organization",
            "institution" => "institution",
            "company" => "company",
            _ => "other",
        },
        _ => "other",
    }
}

impl entente_result {
    fn new(doc: Document) -> entente_result {
        entente_result { doc, json: OnceLock::new(), pretty: OnceLock::new(), view: OnceLock::new() }
    }

    fn view(&self) -> &View {
        self.view.get_or_init(|| View::of(&self.doc))
    }
}

// ---------------------------------------------------------------------------
// The boundary: last error, failures, panic catching, pointer checks.

thread_local! {
    static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
}

/// Why a call failed: its status and the detailed message.
struct Failure {
    status: entente_status,
    message: String,
}

impl Failure {
    fn new(status: entente_status, message: impl Into<String>) -> Failure {
        Failure { status, message: message.into() }
    }

    fn null(name: &str) -> Failure {
        Failure::new(entente_status::NullPointer, format!("argument `{name}` is NULL"))
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        #[allow(unreachable_patterns)]
        let status = match e {
            Error::InputTooLarge { .. } => entente_status::InputTooLarge,
            Error::InvalidDate { .. } => entente_status::InvalidDate,
            Error::UnsupportedLanguage { .. } => entente_status::UnsupportedLanguage,
            Error::InvalidOption { .. } => entente_status::InvalidOption,
            _ => entente_status::InvalidArgument,
        };
        Failure::new(status, e.to_string())
    }
}

fn set_last_error(message: &str) {
    let c = c_string(message);
    // `try_with` fails only while the thread is being torn down.
    let _ = LAST_ERROR.try_with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            *slot = c;
        }
    });
}

/// Runs the body of an exported function: resets the last error, catches
/// any panic, and turns the outcome into a status.
fn boundary(body: impl FnOnce() -> Result<(), Failure>) -> entente_status {
    set_last_error("");
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => entente_status::Ok,
        Ok(Err(failure)) => {
            set_last_error(&failure.message);
            failure.status
        }
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            set_last_error(&format!("internal error (panic: {what}); please report it"));
            // Dropping a panic payload could itself panic; forget it.
            std::mem::forget(payload);
            entente_status::InternalError
        }
    }
}

/// Borrows `*ptr`, or fails with `NullPointer` naming the argument.
///
/// # Safety
/// `ptr` is NULL or points to a live `T` for the lifetime `'a`.
unsafe fn borrow<'a, T>(ptr: *const T, name: &str) -> Result<&'a T, Failure> {
    // SAFETY: the caller guarantees `ptr` is NULL or valid for `'a`;
    // `as_ref` maps NULL to `None`.
    unsafe { ptr.as_ref() }.ok_or_else(|| Failure::null(name))
}

/// Checks an out-parameter for NULL.
fn out_ptr<T>(ptr: *mut T, name: &str) -> Result<*mut T, Failure> {
    if ptr.is_null() { Err(Failure::null(name)) } else { Ok(ptr) }
}

/// Writes `value` through a checked out-parameter.
///
/// # Safety
/// `ptr` is non-NULL, aligned and writable for a `T`.
unsafe fn write_out<T>(ptr: *mut T, value: T) {
    // SAFETY: the caller guarantees `ptr` is valid for writes; `write`
    // does not drop the (possibly uninitialized) old value.
    unsafe { ptr.write(value) }
}

/// Borrows `(ptr, len)` as bytes; `(NULL, 0)` is the empty slice.
///
/// # Safety
/// `ptr` is NULL or points to `len` readable bytes, unchanged during the
/// call.
unsafe fn bytes<'a>(ptr: *const c_char, len: usize, name: &str) -> Result<&'a [u8], Failure> {
    if ptr.is_null() {
        return if len == 0 { Ok(&[]) } else { Err(Failure::null(name)) };
    }
    if len > isize::MAX as usize {
        return Err(Failure::new(
            entente_status::InputTooLarge,
            format!("argument `{name}` is {len} bytes, more than any buffer can hold"),
        ));
    }
    // SAFETY: `ptr` is non-NULL and the caller guarantees `len` readable
    // bytes; `len` fits in `isize` as `from_raw_parts` requires.
    Ok(unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) })
}

/// Borrows `(ptr, len)` as UTF-8 text.
///
/// # Safety
/// As for [`bytes`].
unsafe fn text<'a>(ptr: *const c_char, len: usize, name: &str) -> Result<&'a str, Failure> {
    // SAFETY: forwarded from the caller.
    let b = unsafe { bytes(ptr, len, name) }?;
    std::str::from_utf8(b).map_err(|e| {
        Failure::new(
            entente_status::InvalidUtf8,
            format!("argument `{name}` is not valid UTF-8 (first bad byte at offset {})", e.valid_up_to()),
        )
    })
}

/// Reads an optional string argument: `NULL` is `None`.
///
/// # Safety
/// As for [`bytes`].
unsafe fn opt_text<'a>(ptr: *const c_char, len: usize, name: &str) -> Result<Option<&'a str>, Failure> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: forwarded from the caller.
    unsafe { text(ptr, len, name) }.map(Some)
}

fn opt_ptr(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())
}

// ---------------------------------------------------------------------------
// Version and status.

/// The library's version, such as `"0.1.0"`: a static NUL-terminated
/// string, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn entente_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// The library's ABI version. A program should check at start-up that it
/// equals the `ENTENTE_ABI_VERSION` of the header it was built with.
#[unsafe(no_mangle)]
pub extern "C" fn entente_abi_version() -> u32 {
    ENTENTE_ABI_VERSION
}

/// The fixed English message of a status code: a static NUL-terminated
/// string, never freed. An unknown code gives `"unknown status"`. Takes an
/// integer, not the enum, so any value is safe to pass.
#[unsafe(no_mangle)]
pub extern "C" fn entente_status_message(status: i32) -> *const c_char {
    let message = entente_status::ALL
        .iter()
        .find(|s| **s as i32 == status)
        .map_or("unknown status\0", |s| s.message());
    message.as_ptr().cast()
}

/// The detailed message of the last failing call made on this thread, or
/// `""` when the last call succeeded. Never NULL. Every function returning
/// an `entente_status` resets it. Borrowed: valid until the next call into
/// the library from this thread; copy it to keep it.
#[unsafe(no_mangle)]
pub extern "C" fn entente_last_error_message() -> *const c_char {
    LAST_ERROR
        .try_with(|slot| slot.try_borrow().map(|c| c.as_ptr()).unwrap_or(c"".as_ptr()))
        .unwrap_or(c"".as_ptr())
}

// ---------------------------------------------------------------------------
// Options.

/// Creates options with the defaults: language detected, no default
/// document date, inputs up to 256 MiB, up to 1024 agreements.
///
/// On success `*out` receives a new handle that the caller owns and frees
/// with `entente_options_free`.
///
/// # Safety
/// `out` is NULL (refused) or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_options_new(out: *mut *mut entente_options) -> entente_status {
    boundary(|| {
        let out = out_ptr(out, "out")?;
        let handle = Box::into_raw(Box::new(entente_options { inner: Options::default() }));
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, handle) };
        Ok(())
    })
}

/// Frees options made by `entente_options_new`. NULL does nothing.
/// Extractors built from them stay valid (they keep their own copy).
///
/// # Safety
/// `options` is NULL or a live handle from `entente_options_new`, not
/// used again after this call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_options_free(options: *mut entente_options) {
    if options.is_null() {
        return;
    }
    let _ = catch_unwind(|| {
        // SAFETY: the caller gives back a pointer from `Box::into_raw` in
        // `entente_options_new`, exactly once.
        drop(unsafe { Box::from_raw(options) });
    });
}

/// Reads every text as the language `code` (`"fr"` or `"en"`, any case;
/// `len` bytes, not NUL-terminated) instead of detecting it. `code` NULL
/// restores detection. Fails with `ENTENTE_STATUS_UNSUPPORTED_LANGUAGE`
/// for any other code, leaving the options unchanged. Borrows `code` only
/// during the call.
///
/// # Safety
/// `options` is NULL (refused) or a live options handle not used by
/// another thread during the call; `code` is NULL or points to `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_options_set_language(
    options: *mut entente_options,
    code: *const c_char,
    len: usize,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `options` is NULL or live and unshared.
        let options = unsafe { options.as_mut() }.ok_or_else(|| Failure::null("options"))?;
        // SAFETY: the caller guarantees `(code, len)` is readable.
        let language = match unsafe { opt_text(code, len, "code") }? {
            Some(code) => Some(Language::from_code(code)?),
            None => None,
        };
        options.inner.language = language;
        Ok(())
    })
}

/// Sets the publication date (`YYYY-MM-DD`, `len` bytes) to assume when
/// an extraction call gives none and the text has no date marker or dated
/// dateline. `date` NULL removes it. Fails with
/// `ENTENTE_STATUS_INVALID_DATE` for anything but a real calendar day,
/// leaving the options unchanged. Borrows `date` only during the call.
///
/// # Safety
/// As for `entente_options_set_language`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_options_set_document_date(
    options: *mut entente_options,
    date: *const c_char,
    len: usize,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `options` is NULL or live and unshared.
        let options = unsafe { options.as_mut() }.ok_or_else(|| Failure::null("options"))?;
        // SAFETY: the caller guarantees `(date, len)` is readable.
        let date = match unsafe { opt_text(date, len, "date") }? {
            Some(d) => Some(Date::parse(d)?),
            None => None,
        };
        options.inner.document_date = date;
        Ok(())
    })
}

/// Sets the largest input, in bytes, that extraction accepts; longer texts
/// fail with `ENTENTE_STATUS_INPUT_TOO_LARGE`. 0 is refused when the
/// extractor is built (`ENTENTE_STATUS_INVALID_OPTION`).
///
/// # Safety
/// `options` is NULL (refused) or a live options handle not used by
/// another thread during the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_options_set_max_input_bytes(
    options: *mut entente_options,
    max: usize,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `options` is NULL or live and unshared.
        let options = unsafe { options.as_mut() }.ok_or_else(|| Failure::null("options"))?;
        options.inner.max_input_bytes = max;
        Ok(())
    })
}

/// Sets how many agreements one result reports at most; past it the
/// result's `truncated` flag is set. 0 is refused when the extractor is
/// built (`ENTENTE_STATUS_INVALID_OPTION`).
///
/// # Safety
/// As for `entente_options_set_max_input_bytes`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_options_set_max_agreements(
    options: *mut entente_options,
    max: usize,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `options` is NULL or live and unshared.
        let options = unsafe { options.as_mut() }.ok_or_else(|| Failure::null("options"))?;
        options.inner.max_agreements = max;
        Ok(())
    })
}

// ---------------------------------------------------------------------------
// Extractor.

/// Builds an extractor from `options` (NULL means the defaults). The
/// options are copied: the caller still owns and frees them.
///
/// On success `*out` receives a new handle that the caller owns and frees
/// with `entente_extractor_free`. Building compiles the lexicons: do it
/// once and share the handle between threads.
///
/// # Safety
/// `options` is NULL or a live options handle; `out` is NULL (refused) or
/// valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_extractor_new(
    options: *const entente_options,
    out: *mut *mut entente_extractor,
) -> entente_status {
    boundary(|| {
        let out = out_ptr(out, "out")?;
        // SAFETY: the caller guarantees `options` is NULL or live.
        let options = unsafe { options.as_ref() }.map_or_else(Options::default, |o| o.inner.clone());
        let inner = Extractor::new(options)?;
        let handle = Box::into_raw(Box::new(entente_extractor { inner }));
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, handle) };
        Ok(())
    })
}

/// Frees an extractor. NULL does nothing. Results it produced stay valid.
///
/// # Safety
/// `extractor` is NULL or a live handle from `entente_extractor_new`, that
/// no thread uses during or after this call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_extractor_free(extractor: *mut entente_extractor) {
    if extractor.is_null() {
        return;
    }
    let _ = catch_unwind(|| {
        // SAFETY: the caller gives back a pointer from `Box::into_raw` in
        // `entente_extractor_new`, exactly once.
        drop(unsafe { Box::from_raw(extractor) });
    });
}

/// Extracts the agreements that `text` reports.
///
/// - `text`, `len`: the article, `len` bytes of UTF-8, not NUL-terminated
///   (`NULL` with `len` 0 is the empty text). Borrowed during the call only.
/// - `date`, `date_len`: the publication date as `YYYY-MM-DD`, or `NULL`
///   when unknown. It overrides any date found in the text.
/// - `out`: on success receives a new result that the caller owns and
///   frees with `entente_result_free`.
///
/// The same inputs always give the same result, equal to the Rust API's
/// `Extractor::extract`. Safe to call from many threads at once on one
/// extractor. Fails with `ENTENTE_STATUS_INPUT_TOO_LARGE` (checked before
/// the text is read), `ENTENTE_STATUS_INVALID_UTF8`,
/// `ENTENTE_STATUS_INVALID_DATE` or `ENTENTE_STATUS_NULL_POINTER`.
///
/// # Safety
/// `extractor` is NULL or live; `text` is NULL or points to `len` readable
/// bytes and `date` to `date_len`, unchanged during the call; `out` is
/// NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_extractor_extract(
    extractor: *const entente_extractor,
    text: *const c_char,
    len: usize,
    date: *const c_char,
    date_len: usize,
    out: *mut *mut entente_result,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `extractor` is NULL or live.
        let extractor = unsafe { borrow(extractor, "extractor") }?;
        let out = out_ptr(out, "out")?;
        let limit = extractor.inner.options().max_input_bytes;
        if len > limit {
            return Err(Error::InputTooLarge { len, limit }.into());
        }
        // SAFETY: the caller guarantees `(text, len)` is readable.
        let text = unsafe { self::text(text, len, "text") }?;
        let mut info = DocumentInfo::default();
        // SAFETY: the caller guarantees `(date, date_len)` is readable.
        if let Some(d) = unsafe { opt_text(date, date_len, "date") }? {
            info.document_date = Some(Date::parse(d)?);
        }
        let doc = extractor.inner.extract(text, &info)?;
        let handle = Box::into_raw(Box::new(entente_result::new(doc)));
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, handle) };
        Ok(())
    })
}

// ---------------------------------------------------------------------------
// Result: JSON.

/// Frees a result and every string it lent. NULL does nothing.
///
/// # Safety
/// `result` is NULL or a live handle from `entente_extractor_extract`,
/// not used (nor its strings) during or after this call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_free(result: *mut entente_result) {
    if result.is_null() {
        return;
    }
    let _ = catch_unwind(|| {
        // SAFETY: the caller gives back a pointer from `Box::into_raw` in
        // `entente_extractor_extract`, exactly once.
        drop(unsafe { Box::from_raw(result) });
    });
}

/// Writes a borrowed, lazily built C string and its length.
///
/// # Safety
/// `result` NULL or live; `out` NULL or writable; `out_len` NULL or writable.
unsafe fn lend_json(
    result: *const entente_result,
    out: *mut *const c_char,
    out_len: *mut usize,
    pick: fn(&entente_result) -> &CString,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `result` is NULL or live.
        let result = unsafe { borrow(result, "result") }?;
        let out = out_ptr(out, "out")?;
        let json = pick(result);
        if !out_len.is_null() {
            // SAFETY: checked non-NULL; the caller guarantees it is writable.
            unsafe { write_out(out_len, json.as_bytes().len()) };
        }
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, json.as_ptr()) };
        Ok(())
    })
}

/// The result as one line of compact JSON (schema v1), exactly what the
/// Rust `Document::to_json` returns.
///
/// On success `*out` receives a NUL-terminated string and, if `out_len` is
/// not NULL, `*out_len` its length in bytes (without the NUL). The string
/// is borrowed from `result`: valid until `entente_result_free(result)`;
/// do not free it.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable; `out_len` is NULL
/// or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_json(
    result: *const entente_result,
    out: *mut *const c_char,
    out_len: *mut usize,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { lend_json(result, out, out_len, |r| r.json.get_or_init(|| c_string(&r.doc.to_json()))) }
}

/// The result as indented JSON (two spaces, the same values and key order
/// as `entente_result_json`). Ownership as for `entente_result_json`.
///
/// # Safety
/// As for `entente_result_json`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_json_pretty(
    result: *const entente_result,
    out: *mut *const c_char,
    out_len: *mut usize,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe {
        lend_json(result, out, out_len, |r| {
            r.pretty.get_or_init(|| c_string(&serde_json::to_string_pretty(&r.doc).unwrap_or_default()))
        })
    }
}

// ---------------------------------------------------------------------------
// Result: typed accessors. Every string they give is borrowed from the
// result, NUL-terminated, valid until `entente_result_free(result)`; never
// free it. Indexes count from 0.

/// Runs `get` on the result's view and writes its value to `out`.
///
/// # Safety
/// `result` NULL or live; `out` NULL or writable.
unsafe fn read_view<T>(
    result: *const entente_result,
    out: *mut T,
    get: impl FnOnce(&View) -> Result<T, Failure>,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `result` is NULL or live.
        let result = unsafe { borrow(result, "result") }?;
        let out = out_ptr(out, "out")?;
        let value = get(result.view())?;
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, value) };
        Ok(())
    })
}

fn at<'a, T>(items: &'a [T], index: usize, what: &str) -> Result<&'a T, Failure> {
    items.get(index).ok_or_else(|| {
        Failure::new(
            entente_status::IndexOutOfRange,
            format!("{what} index {index} is out of range (there are {})", items.len()),
        )
    })
}

/// Runs `get` on agreement `index`.
///
/// # Safety
/// As for [`read_view`].
unsafe fn read_agreement<T>(
    result: *const entente_result,
    index: usize,
    out: *mut T,
    get: impl FnOnce(&AgreementView) -> Result<T, Failure>,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_view(result, out, |v| get(at(&v.agreements, index, "agreement")?)) }
}

/// The language code of the text (`"fr"`, `"en"` or `"und"`), borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_language(
    result: *const entente_result,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_view(result, out, |v| Ok(v.language.as_ptr())) }
}

/// The publication date `YYYY-MM-DD`, borrowed; `*out` is set to NULL
/// when it is unknown.
///
/// # Safety
/// As for `entente_result_language`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_document_date(
    result: *const entente_result,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_view(result, out, |v| Ok(opt_ptr(&v.document_date))) }
}

/// Whether the agreement list was cut at the extractor's maximum.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_truncated(result: *const entente_result, out: *mut bool) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `result` is NULL or live.
        let result = unsafe { borrow(result, "result") }?;
        let out = out_ptr(out, "out")?;
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, result.doc.truncated) };
        Ok(())
    })
}

/// The number of agreements the text reports.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_count(
    result: *const entente_result,
    out: *mut usize,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `result` is NULL or live.
        let result = unsafe { borrow(result, "result") }?;
        let out = out_ptr(out, "out")?;
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, result.doc.agreements.len()) };
        Ok(())
    })
}

/// The kind of agreement `index` (`"memorandum_of_understanding"`,
/// `"agreement"`...), borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_kind(
    result: *const entente_result,
    index: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(a.kind.as_ptr())) }
}

/// The words of the text naming agreement `index`, borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_kind_text(
    result: *const entente_result,
    index: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(a.kind_text.as_ptr())) }
}

/// The status of agreement `index` (`"signed"`, `"ratified"`,
/// `"planned"`, `"referenced"`), borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_status(
    result: *const entente_result,
    index: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(a.status.as_ptr())) }
}

/// The date of agreement `index` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`),
/// borrowed; `*out` is set to NULL when unknown.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_date(
    result: *const entente_result,
    index: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(opt_ptr(&a.date))) }
}

/// The extractor's confidence in agreement `index`, in 0..=1.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_confidence(
    result: *const entente_result,
    index: usize,
    out: *mut f64,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(a.confidence)) }
}

/// Where agreement `index` was signed, as written, borrowed; `*out` is
/// set to NULL when unknown.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_location_name(
    result: *const entente_result,
    index: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(opt_ptr(&a.location_name))) }
}

/// The ISO 3166-1 alpha-2 country of the signing place of agreement
/// `index`, borrowed; `*out` is set to NULL when unknown.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_agreement_location_country(
    result: *const entente_result,
    index: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(opt_ptr(&a.location_country))) }
}

/// The number of sectors of agreement `index`.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_sector_count(
    result: *const entente_result,
    index: usize,
    out: *mut usize,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(a.sectors.len())) }
}

/// Sector `item` of agreement `index` (`"defense"`...), borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_sector(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(at(&a.sectors, item, "sector")?.as_ptr())) }
}

/// The number of parties to agreement `index`.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_party_count(
    result: *const entente_result,
    index: usize,
    out: *mut usize,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(a.parties.len())) }
}

/// The name of party `item` of agreement `index` as written, borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_party_name(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(at(&a.parties, item, "party")?.name.as_ptr())) }
}

/// The type of party `item` of agreement `index` (`"state"`,
/// `"organization"`, `"institution"`, `"company"`), borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_party_type(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(at(&a.parties, item, "party")?.kind.as_ptr())) }
}

/// The ISO 3166-1 alpha-2 country of party `item` of agreement `index`,
/// borrowed; `*out` is set to NULL when it has none.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_party_country(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(opt_ptr(&at(&a.parties, item, "party")?.country))) }
}

/// The acronym of party `item` of agreement `index` (`"EU"`...),
/// borrowed; `*out` is set to NULL when it has none.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_party_code(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(opt_ptr(&at(&a.parties, item, "party")?.code))) }
}

/// The number of signatories of agreement `index`.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_signatory_count(
    result: *const entente_result,
    index: usize,
    out: *mut usize,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(a.signatories.len())) }
}

/// The name of signatory `item` of agreement `index`, borrowed.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_signatory_name(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(at(&a.signatories, item, "signatory")?.name.as_ptr())) }
}

/// The role of signatory `item` of agreement `index` as written,
/// borrowed; `*out` is set to NULL when none is given.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_signatory_role(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(opt_ptr(&at(&a.signatories, item, "signatory")?.role))) }
}

/// The ISO 3166-1 alpha-2 country that signatory `item` of agreement
/// `index` represents, borrowed; `*out` is set to NULL when unknown.
///
/// # Safety
/// `result` is NULL or live; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_result_signatory_country(
    result: *const entente_result,
    index: usize,
    item: usize,
    out: *mut *const c_char,
) -> entente_status {
    // SAFETY: forwarded from the caller.
    unsafe { read_agreement(result, index, out, |a| Ok(opt_ptr(&at(&a.signatories, item, "signatory")?.country))) }
}

// ---------------------------------------------------------------------------
// Strings the library allocates.

/// Quotes `(bytes, len)` as a JSON string literal, escaped exactly as the
/// library's JSON output escapes strings (bytes that are not UTF-8 become
/// U+FFFD). Useful to add keys such as a file name to the result's JSON.
///
/// On success `*out` receives a new NUL-terminated string that the caller
/// owns and frees with `entente_string_free`, and `*out_len` (if not NULL)
/// its length. `bytes` is borrowed during the call only.
///
/// # Safety
/// `bytes` is NULL (with `len` 0) or points to `len` readable bytes; `out`
/// is NULL or writable; `out_len` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_json_quote(
    bytes: *const c_char,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> entente_status {
    boundary(|| {
        // SAFETY: the caller guarantees `(bytes, len)` is readable.
        let b = unsafe { self::bytes(bytes, len, "bytes") }?;
        let out = out_ptr(out, "out")?;
        let quoted = serde_json::to_string(&String::from_utf8_lossy(b))
            .map_err(|e| Failure::new(entente_status::InternalError, e.to_string()))?;
        let quoted = c_string(&quoted);
        if !out_len.is_null() {
            // SAFETY: checked non-NULL; the caller guarantees it is writable.
            unsafe { write_out(out_len, quoted.as_bytes().len()) };
        }
        // SAFETY: `out` was checked non-NULL; the caller guarantees it is writable.
        unsafe { write_out(out, quoted.into_raw()) };
        Ok(())
    })
}

/// Frees a string the library allocated for the caller (only those of
/// `entente_json_quote`; never a borrowed one). NULL does nothing.
///
/// # Safety
/// `s` is NULL or a string from `entente_json_quote`, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn entente_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    let _ = catch_unwind(|| {
        // SAFETY: the caller gives back a pointer from `CString::into_raw`,
        // exactly once.
        drop(unsafe { CString::from_raw(s) });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Agreement, Kind, Location, Party, PartyType, Person, Sector, Status};

    fn sample() -> entente_result {
        let person = |name: &str, role: Option<&str>| Person {
            name: name.into(),
            role: role.map(Into::into),
            country: Some("XA".into()),
        };
        entente_result::new(Document {
            schema_version: 1,
            language: "en".into(),
            document_date: Some("2024-05-02".into()),
            agreements: vec![Agreement {
                kind: Kind::FrameworkAgreement,
                kind_text: "framework agreement".into(),
                status: Status::Planned,
                date: None,
                location: Some(Location { name: "Lakeside".into(), country: None }),
                parties: vec![
                    Party { name: "Aland".into(), kind: PartyType::State, country: Some("XA".into()), code: None },
                    Party { name: "Union".into(), kind: PartyType::Organization, country: None, code: Some("U\0N".into()) },
                ],
                sectors: vec![Sector::Energy, Sector::Science],
                areas: vec![],
                signatories: vec![person("Ann Smith", Some("minister")), person("Bo Li", None)],
                witnesses: vec![],
                mechanisms: vec![],
                confidence: 0.5,
                evidence: vec![],
            }],
            truncated: false,
        })
    }

    fn s(p: *const c_char) -> Option<String> {
        // SAFETY: test pointers are NULL or NUL-terminated strings of the result.
        (!p.is_null()).then(|| unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned())
    }

    type StrGetter = unsafe extern "C" fn(*const entente_result, usize, usize, *mut *const c_char) -> entente_status;

    #[test]
    fn item_accessors_read_every_field() {
        let r = sample();
        let cases: [(StrGetter, usize, Option<&str>); 9] = [
            (entente_result_party_name, 0, Some("Aland")),
            (entente_result_party_type, 1, Some("organization")),
            (entente_result_party_country, 0, Some("XA")),
            (entente_result_party_country, 1, None),
            (entente_result_party_code, 1, Some("U")),
            (entente_result_signatory_name, 1, Some("Bo Li")),
            (entente_result_signatory_role, 0, Some("minister")),
            (entente_result_signatory_role, 1, None),
            (entente_result_sector, 1, Some("science")),
        ];
        for (get, item, want) in cases {
            let mut out = c"sentinel".as_ptr();
            // SAFETY: `r` is live and `out` writable.
            assert_eq!(unsafe { get(&r, 0, item, &mut out) }, entente_status::Ok);
            assert_eq!(s(out).as_deref(), want);
        }
    }

    #[test]
    fn agreement_accessors_and_ranges() {
        let r = sample();
        let mut out = std::ptr::null();
        let mut n = 0usize;
        // SAFETY: `r` is live; the out-parameters are writable.
        unsafe {
            assert_eq!(entente_result_agreement_kind(&r, 0, &mut out), entente_status::Ok);
            assert_eq!(s(out).as_deref(), Some("framework_agreement"));
            assert_eq!(entente_result_agreement_status(&r, 0, &mut out), entente_status::Ok);
            assert_eq!(s(out).as_deref(), Some("planned"));
            assert_eq!(entente_result_agreement_date(&r, 0, &mut out), entente_status::Ok);
            assert_eq!(s(out), None);
            assert_eq!(entente_result_agreement_location_name(&r, 0, &mut out), entente_status::Ok);
            assert_eq!(s(out).as_deref(), Some("Lakeside"));
            assert_eq!(entente_result_party_count(&r, 0, &mut n), entente_status::Ok);
            assert_eq!(n, 2);
            assert_eq!(entente_result_signatory_count(&r, 0, &mut n), entente_status::Ok);
            assert_eq!(n, 2);
            let before = out;
            assert_eq!(entente_result_agreement_kind(&r, 1, &mut out), entente_status::IndexOutOfRange);
            assert_eq!(out, before, "out-parameters are untouched on failure");
            assert_eq!(entente_result_party_name(&r, 0, 2, &mut out), entente_status::IndexOutOfRange);
            assert!(s(entente_last_error_message()).unwrap().contains("party index 2"));
        }
    }

    #[test]
    fn party_type_names_follow_serde() {
        for kind in [PartyType::State, PartyType::Organization, PartyType::Institution, PartyType::Company] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", party_type_name(kind)));
        }
    }

    #[test]
    fn a_panic_becomes_an_internal_error() {
        let status = boundary(|| -> Result<(), Failure> { panic!("boom") });
        assert_eq!(status, entente_status::InternalError);
        assert!(s(entente_last_error_message()).unwrap().contains("boom"));
    }

    #[test]
    fn every_status_has_its_own_message() {
        for (code, status) in entente_status::ALL.iter().enumerate() {
            assert_eq!(*status as usize, code, "codes are dense and never renumbered");
            assert!(status.message().ends_with('\0'));
        }
        assert_eq!(s(entente_status_message(-1)).as_deref(), Some("unknown status"));
    }
}
