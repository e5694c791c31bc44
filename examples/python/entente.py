"""entente: extracts the cooperation agreements a news article reports.

A ctypes binding to the entente C library, in one file, standard library
only. Copy it next to the shared library (``libentente.so``,
``libentente.dylib`` or ``entente.dll``) or point ``ENTENTE_LIBRARY`` at it.

    >>> from entente import Extractor
    >>> with Extractor(language="fr") as ex:
    ...     doc = ex.extract("Le Maroc et le Sénégal ont signé un accord.")
    >>> doc["schema_version"]
    1

Run as a script it follows the ``extract`` contract of the Rust example:

    python3 entente.py [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]

Errors raise :class:`EntenteError` subclasses carrying the library's message.
One :class:`Extractor` may be used by many threads at once.
"""

import ctypes
import json
import os
import sys
import threading

__all__ = [
    "ABI_VERSION", "Extractor", "EntenteError", "InvalidArgumentError",
    "NullPointerError", "InvalidUtf8Error", "InputTooLargeError", "InternalError",
    "InvalidDateError", "UnsupportedLanguageError", "InvalidOptionError",
    "IndexOutOfRangeError", "abi_version", "json_quote", "version", "main",
]

#: The ABI this binding was written for; the library must report the same.
ABI_VERSION = 1


# -- Errors ------------------------------------------------------------------

class EntenteError(Exception):
    """A call into the library failed. ``status`` is its code, ``message``
    the library's explanation."""

    status = -1

    def __init__(self, message, status=None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class InvalidArgumentError(EntenteError, ValueError):
    status = 1


class NullPointerError(EntenteError, ValueError):
    status = 2


class InvalidUtf8Error(EntenteError, ValueError):
    status = 3


class InputTooLargeError(EntenteError, ValueError):
    status = 4


class InternalError(EntenteError):
    status = 5


class InvalidDateError(EntenteError, ValueError):
    status = 6


class UnsupportedLanguageError(EntenteError, ValueError):
    status = 7


class InvalidOptionError(EntenteError, ValueError):
    status = 8


class IndexOutOfRangeError(EntenteError, IndexError):
    status = 9


_ERRORS = {cls.status: cls for cls in (
    InvalidArgumentError, NullPointerError, InvalidUtf8Error, InputTooLargeError,
    InternalError, InvalidDateError, UnsupportedLanguageError, InvalidOptionError,
    IndexOutOfRangeError)}


# -- Loading the library -----------------------------------------------------

def _library_names():
    if sys.platform == "darwin":
        return ["libentente.dylib"]
    if os.name == "nt":
        return ["entente.dll"]
    return ["libentente.so"]


def _candidates():
    """Where to look: $ENTENTE_LIBRARY, beside this module, the build folder."""
    env = os.environ.get("ENTENTE_LIBRARY")
    if env:
        yield env
        return
    here = os.path.dirname(os.path.abspath(__file__))
    for name in _library_names():
        yield os.path.join(here, name)
    repo = os.path.dirname(os.path.dirname(here))
    targets = [os.environ.get("CARGO_TARGET_DIR"), os.path.join(repo, "target")]
    for target in filter(None, targets):
        for profile in ("release", "debug"):
            for name in _library_names():
                yield os.path.join(target, profile, name)


def _load():
    tried = []
    for path in _candidates():
        if os.path.exists(path):
            return ctypes.CDLL(path)
        tried.append(path)
    raise OSError("cannot find the entente library; set ENTENTE_LIBRARY. Tried: " + ", ".join(tried))


_lib = _load()

_c = ctypes
_P = _c.c_void_p          # opaque handles
_S = _c.c_char_p          # strings going in (the library never keeps them)
_OUT_S = _c.POINTER(_c.c_void_p)  # borrowed strings coming out: copied with string_at
_SIZE = _c.c_size_t
_STATUS = _c.c_int

_SIGNATURES = {
    "entente_version": (_c.c_void_p, []),
    "entente_abi_version": (_c.c_uint32, []),
    "entente_status_message": (_c.c_void_p, [_c.c_int32]),
    "entente_last_error_message": (_c.c_void_p, []),
    "entente_options_new": (_STATUS, [_c.POINTER(_P)]),
    "entente_options_free": (None, [_P]),
    "entente_options_set_language": (_STATUS, [_P, _S, _SIZE]),
    "entente_options_set_document_date": (_STATUS, [_P, _S, _SIZE]),
    "entente_options_set_max_input_bytes": (_STATUS, [_P, _SIZE]),
    "entente_options_set_max_agreements": (_STATUS, [_P, _SIZE]),
    "entente_extractor_new": (_STATUS, [_P, _c.POINTER(_P)]),
    "entente_extractor_free": (None, [_P]),
    "entente_extractor_extract": (_STATUS, [_P, _S, _SIZE, _S, _SIZE, _c.POINTER(_P)]),
    "entente_result_free": (None, [_P]),
    "entente_result_json": (_STATUS, [_P, _OUT_S, _c.POINTER(_SIZE)]),
    "entente_result_json_pretty": (_STATUS, [_P, _OUT_S, _c.POINTER(_SIZE)]),
    "entente_result_language": (_STATUS, [_P, _OUT_S]),
    "entente_result_document_date": (_STATUS, [_P, _OUT_S]),
    "entente_result_truncated": (_STATUS, [_P, _c.POINTER(_c.c_bool)]),
    "entente_result_agreement_count": (_STATUS, [_P, _c.POINTER(_SIZE)]),
    "entente_result_agreement_kind": (_STATUS, [_P, _SIZE, _OUT_S]),
    "entente_result_agreement_kind_text": (_STATUS, [_P, _SIZE, _OUT_S]),
    "entente_result_agreement_status": (_STATUS, [_P, _SIZE, _OUT_S]),
    "entente_result_agreement_date": (_STATUS, [_P, _SIZE, _OUT_S]),
    "entente_result_agreement_confidence": (_STATUS, [_P, _SIZE, _c.POINTER(_c.c_double)]),
    "entente_result_agreement_location_name": (_STATUS, [_P, _SIZE, _OUT_S]),
    "entente_result_agreement_location_country": (_STATUS, [_P, _SIZE, _OUT_S]),
    "entente_result_sector_count": (_STATUS, [_P, _SIZE, _c.POINTER(_SIZE)]),
    "entente_result_sector": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_result_party_count": (_STATUS, [_P, _SIZE, _c.POINTER(_SIZE)]),
    "entente_result_party_name": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_result_party_type": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_result_party_country": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_result_party_code": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_result_signatory_count": (_STATUS, [_P, _SIZE, _c.POINTER(_SIZE)]),
    "entente_result_signatory_name": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_result_signatory_role": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_result_signatory_country": (_STATUS, [_P, _SIZE, _SIZE, _OUT_S]),
    "entente_json_quote": (_STATUS, [_S, _SIZE, _c.POINTER(_c.c_void_p), _c.POINTER(_SIZE)]),
    "entente_string_free": (None, [_c.c_void_p]),
}

for _name, (_restype, _argtypes) in _SIGNATURES.items():
    _fn = getattr(_lib, _name)
    _fn.restype = _restype
    _fn.argtypes = _argtypes

if _lib.entente_abi_version() != ABI_VERSION:
    raise ImportError(
        "entente library ABI %d, this binding needs ABI %d" % (_lib.entente_abi_version(), ABI_VERSION))


def _text(ptr, size=None):
    """Copies a NUL-terminated (or sized) UTF-8 string the library lent."""
    if not ptr:
        return None
    raw = ctypes.string_at(ptr, size) if size is not None else ctypes.string_at(ptr)
    return raw.decode("utf-8")


def _check(status):
    """Raises the exception of a failed status, with the library's message.

    Called right after the call, on the same thread: the last error is kept
    per OS thread, so other Python threads cannot overwrite it."""
    if status == 0:
        return
    message = _text(_lib.entente_last_error_message()) or _text(_lib.entente_status_message(status))
    raise _ERRORS.get(status, EntenteError)(message, status)


def _bytes(value, name):
    if value is None:
        return None
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError("%s must be str or bytes, not %s" % (name, type(value).__name__))


# -- Public API --------------------------------------------------------------

def version():
    """The library's version string, such as ``"0.1.0"``."""
    return _text(_lib.entente_version())


def abi_version():
    """The library's ABI version (equal to :data:`ABI_VERSION`)."""
    return _lib.entente_abi_version()


def json_quote(value):
    """``value`` (str or bytes) as a JSON string literal, escaped exactly as
    the library's JSON; bytes that are not UTF-8 become U+FFFD."""
    data = _bytes(value, "value")
    out = ctypes.c_void_p()
    size = ctypes.c_size_t()
    _check(_lib.entente_json_quote(data, len(data), ctypes.byref(out), ctypes.byref(size)))
    try:
        return _text(out.value, size.value)
    finally:
        _lib.entente_string_free(out)


class Extractor:
    """Reads articles and returns the agreements they report.

    Build it once (it compiles the lexicons) and share it: :meth:`extract`
    may run in many threads at once. Close it with :meth:`close` or a
    ``with`` block; :meth:`close` waits for calls in flight.

    :param language: ``"fr"`` or ``"en"`` to skip detection.
    :param document_date: ``"YYYY-MM-DD"``, assumed when a call gives no date
        and the text shows none.
    :param max_input_bytes: longer texts raise :class:`InputTooLargeError`.
    :param max_agreements: at most this many agreements per result.
    """

    def __init__(self, language=None, document_date=None, max_input_bytes=None, max_agreements=None):
        self._handle = None
        self._busy = 0
        self._idle = threading.Condition()
        options = ctypes.c_void_p()
        _check(_lib.entente_options_new(ctypes.byref(options)))
        try:
            for setter, value in ((_lib.entente_options_set_language, language),
                                  (_lib.entente_options_set_document_date, document_date)):
                data = _bytes(value, "option")
                if data is not None:
                    _check(setter(options, data, len(data)))
            if max_input_bytes is not None:
                _check(_lib.entente_options_set_max_input_bytes(options, max_input_bytes))
            if max_agreements is not None:
                _check(_lib.entente_options_set_max_agreements(options, max_agreements))
            handle = ctypes.c_void_p()
            _check(_lib.entente_extractor_new(options, ctypes.byref(handle)))
            self._handle = handle
        finally:
            _lib.entente_options_free(options)

    def extract(self, text, date=None, raw=False, pretty=False):
        """Extracts the agreements ``text`` (str, or UTF-8 bytes) reports.

        :param date: the publication date, ``"YYYY-MM-DD"``; it overrides any
            date found in the text.
        :param raw: return the library's JSON text instead of a dict.
        :param pretty: with ``raw``, the indented JSON.
        :returns: a dict of the JSON schema v1 (or its text with ``raw``).
        :raises InvalidUtf8Error, InputTooLargeError, InvalidDateError:
        """
        data = _bytes(text, "text")
        day = _bytes(date, "date")
        result = ctypes.c_void_p()
        with self._use() as handle:
            _check(_lib.entente_extractor_extract(
                handle, data, len(data), day, len(day) if day is not None else 0, ctypes.byref(result)))
        try:
            ptr = ctypes.c_void_p()
            size = ctypes.c_size_t()
            getter = _lib.entente_result_json_pretty if pretty else _lib.entente_result_json
            _check(getter(result, ctypes.byref(ptr), ctypes.byref(size)))
            out = _text(ptr.value, size.value)
        finally:
            _lib.entente_result_free(result)
        return out if raw else json.loads(out)

    def close(self):
        """Frees the extractor (after any call in flight); idempotent."""
        with self._idle:
            while self._busy:
                self._idle.wait()
            handle, self._handle = self._handle, None
        if handle is not None:
            _lib.entente_extractor_free(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, "_handle", None) is not None and _lib is not None:
            _lib.entente_extractor_free(self._handle)
            self._handle = None

    def _use(self):
        return _InUse(self)


class _InUse:
    """Marks a call in flight so that close() waits for it."""

    def __init__(self, extractor):
        self._ex = extractor

    def __enter__(self):
        with self._ex._idle:
            if self._ex._handle is None:
                raise ValueError("the extractor is closed")
            self._ex._busy += 1
            return self._ex._handle

    def __exit__(self, *exc):
        with self._ex._idle:
            self._ex._busy -= 1
            self._ex._idle.notify_all()


# -- The extract command -----------------------------------------------------

_USAGE = "usage: extract [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]"


def _parse(argv):
    opts = {"date": None, "lang": None, "pretty": False}
    files = []
    it = iter(argv)
    only_files = False
    for a in it:
        if only_files:
            files.append(a)
        elif a == "--":
            only_files = True
        elif a in ("--date", "--lang"):
            value = next(it, None)
            if value is None:
                raise ValueError("missing value after option")
            opts[a[2:]] = value
        elif a == "--pretty":
            opts["pretty"] = True
        elif a.startswith("-") and a != "-":
            raise ValueError("unknown option")
        else:
            files.append(a)
    return opts, files or ["-"]


class _ReadError(Exception):
    """A file that cannot be read or is not UTF-8; ``message`` is worded as
    the Rust CLI words it."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _read(path):
    """The UTF-8 bytes of ``path`` ("-": standard input)."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as e:
        what = "standard input" if path == "-" else path
        raise _ReadError("cannot read %s: %s (os error %d)" % (what, e.strerror, e.errno)) from e
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _ReadError("%s is not UTF-8 (invalid byte at offset %d)" % (path, e.start)) from e
    return data


def _with_file(json_text, path, pretty):
    quoted = json_quote(os.fsencode(path))
    cut = len(json_text) - (2 if pretty else 1)  # before "}" or "\n}"
    sep = ',\n  "file": ' if pretty else ',"file":'
    return json_text[:cut] + sep + quoted + json_text[cut:]


def main(argv=None):
    """Runs the ``extract`` command; returns its exit status."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        opts, files = _parse(argv)
        if opts["date"] is not None:
            Extractor(document_date=opts["date"]).close()  # checks it once, up front
        extractor = Extractor(language=opts["lang"])
    except (ValueError, EntenteError) as e:
        sys.stderr.write("extract: %s\n%s\n" % (e, _USAGE))
        return 2
    out = sys.stdout.buffer
    status = 0
    with extractor:
        for path in files:
            try:
                text = _read(path)
                line = _with_file(extractor.extract(text, opts["date"], raw=True, pretty=opts["pretty"]),
                                  path, opts["pretty"])
            except (_ReadError, EntenteError) as e:
                line = '{"file":%s,"error":%s}' % (json_quote(os.fsencode(path)), json_quote(e.message))
                status = 1
            out.write(line.encode("utf-8") + b"\n")
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
