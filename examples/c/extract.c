/*
 * extract: prints the agreements that articles report, one JSON line per file.
 *
 *   extract [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]
 *
 * The same contract as the Rust example `cargo run --example extract`: each
 * line is the library's JSON result with a last key "file" holding the path
 * as given; no FILE or "-" reads standard input (file "-"). A file that
 * cannot be read or is not UTF-8 gives {"file":...,"error":"..."} and the
 * others are still processed; the exit status is then 1 (2 for bad usage).
 *
 * Build (see examples/FFI_README_SECTION.md):
 *   cc -Iinclude examples/c/extract.c -Ltarget/debug -lentente -o extract
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente.h"

/* Reads all of `f` into a new buffer (the caller frees it); 0 on success,
 * else an errno value. */
static int read_all(FILE *f, char **out, size_t *out_len) {
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    if (buf == NULL) return ENOMEM;
    for (;;) {
        if (len == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) { free(buf); return ENOMEM; }
            buf = bigger;
            cap *= 2;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0) break;
    }
    if (ferror(f)) { int e = errno ? errno : EIO; free(buf); return e; }
    *out = buf;
    *out_len = len;
    return 0;
}

/* The length of the longest valid UTF-8 prefix of `s` (`n` when all of it
 * is valid), as Rust's Utf8Error::valid_up_to counts it. */
static size_t utf8_valid_up_to(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i], lo = 0x80, hi = 0xBF;
        size_t len;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return i;
        if (n - i < len || s[i + 1] < lo || s[i + 1] > hi) return i;
        for (size_t k = 2; k < len; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
        i += len;
    }
    return n;
}

/* Prints `s` as a JSON string, escaped exactly as the library escapes. */
static int print_quoted(const char *s, size_t len) {
    char *quoted = NULL;
    if (entente_json_quote(s, len, &quoted, NULL) != ENTENTE_STATUS_OK) return -1;
    fputs(quoted, stdout);
    entente_string_free(quoted);
    return 0;
}

static void print_error_line(const char *path, const char *message) {
    fputs("{\"file\":", stdout);
    print_quoted(path, strlen(path));
    fputs(",\"error\":", stdout);
    print_quoted(message, strlen(message));
    fputs("}\n", stdout);
}

/* Prints the result's JSON with "file" added as its last key. */
static int print_result(const entente_result *result, const char *path, int pretty) {
    const char *json = NULL;
    size_t len = 0;
    entente_status st = pretty ? entente_result_json_pretty(result, &json, &len)
                               : entente_result_json(result, &json, &len);
    if (st != ENTENTE_STATUS_OK || len < 2) return -1;
    /* The object ends with "}" (compact) or "\n}" (pretty). */
    size_t cut = pretty ? len - 2 : len - 1;
    fwrite(json, 1, cut, stdout);
    fputs(pretty ? ",\n  \"file\": " : ",\"file\":", stdout);
    print_quoted(path, strlen(path));
    fputs(json + cut, stdout);
    fputc('\n', stdout);
    return 0;
}

/* Prints an error line whose message is `format` filled with `a`, `b`
 * and `c`, worded as the Rust CLI words it. */
static void print_failure(const char *path, const char *format, const char *a, const char *b, long c) {
    int n = snprintf(NULL, 0, format, a, b, c);
    char *message = n < 0 ? NULL : malloc((size_t)n + 1);
    if (message == NULL) { print_error_line(path, "out of memory"); return; }
    snprintf(message, (size_t)n + 1, format, a, b, c);
    print_error_line(path, message);
    free(message);
}

/* Extracts one file ("-" is standard input); 0 on success, 1 after
 * printing an error line. */
static int process(const entente_extractor *ex, const char *path, const char *date, int pretty) {
    int is_stdin = strcmp(path, "-") == 0;
    const char *what = is_stdin ? "standard input" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (f == NULL) {
        int e = errno;
        print_failure(path, "cannot read %s: %s (os error %ld)", what, strerror(e), e);
        return 1;
    }
    char *text = NULL;
    size_t len = 0;
    int err = read_all(f, &text, &len);
    if (f != stdin) fclose(f);
    if (err != 0) {
        print_failure(path, "cannot read %s: %s (os error %ld)", what, strerror(err), err);
        return 1;
    }
    size_t valid = utf8_valid_up_to((const unsigned char *)text, len);
    if (valid != len) {
        free(text);
        print_failure(path, "%s is not UTF-8 (invalid byte at offset %s%ld)", path, "", (long)valid);
        return 1;
    }

    entente_result *result = NULL;
    entente_status st = entente_extractor_extract(ex, text, len, date, date ? strlen(date) : 0, &result);
    free(text);
    if (st != ENTENTE_STATUS_OK) {
        /* Copy the message first: it is valid only until the next library call. */
        print_failure(path, "%s%s", entente_last_error_message(), "", 0);
        return 1;
    }
    int failed = print_result(result, path, pretty) != 0;
    entente_result_free(result);
    if (failed) { print_error_line(path, "cannot render the result"); return 1; }
    return 0;
}

static int usage(const char *why) {
    fprintf(stderr, "extract: %s\nusage: extract [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]\n", why);
    return 2;
}

int main(int argc, char **argv) {
    if (entente_abi_version() != ENTENTE_ABI_VERSION) {
        fprintf(stderr, "extract: built for ABI %d, library has ABI %u\n", ENTENTE_ABI_VERSION,
                (unsigned)entente_abi_version());
        return 2;
    }
    const char *date = NULL, *lang = NULL;
    int pretty = 0, files = 0;
    /* First pass: options (anywhere before "--"); count the files. */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) { files += argc - i - 1; break; }
        if (strcmp(a, "--date") == 0 || strcmp(a, "--lang") == 0) {
            if (i + 1 >= argc) return usage("missing value after option");
            if (a[2] == 'd') date = argv[++i]; else lang = argv[++i];
        } else if (strcmp(a, "--pretty") == 0) {
            pretty = 1;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage("unknown option");
        } else {
            files++;
        }
    }

    entente_options *options = NULL;
    entente_extractor *ex = NULL;
    entente_status st = entente_options_new(&options);
    if (st == ENTENTE_STATUS_OK && lang != NULL) st = entente_options_set_language(options, lang, strlen(lang));
    if (st == ENTENTE_STATUS_OK && date != NULL) {
        /* Check the date once, up front; it is given with every call. */
        st = entente_options_set_document_date(options, date, strlen(date));
        if (st == ENTENTE_STATUS_OK) st = entente_options_set_document_date(options, NULL, 0);
    }
    if (st == ENTENTE_STATUS_OK) st = entente_extractor_new(options, &ex);
    char message[512];
    snprintf(message, sizeof message, "%s", entente_last_error_message());
    entente_options_free(options);
    if (st != ENTENTE_STATUS_OK) {
        int code = usage(message);
        entente_extractor_free(ex);
        return code;
    }

    int status = 0;
    if (files == 0) status |= process(ex, "-", date, pretty);
    /* Second pass: the files, in the order given. */
    int only_files = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!only_files && strcmp(a, "--") == 0) { only_files = 1; continue; }
        if (!only_files && (strcmp(a, "--date") == 0 || strcmp(a, "--lang") == 0)) { i++; continue; }
        if (!only_files && strcmp(a, "--pretty") == 0) continue;
        status |= process(ex, a, date, pretty);
    }
    entente_extractor_free(ex);
    return status;
}
