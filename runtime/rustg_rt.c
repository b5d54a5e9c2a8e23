/* rustg's C runtime: formatting as Rust's core::fmt prints, output, panics. */
#define RG_RUNTIME_IMPL 1
#include "rustg_rt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static rg_buf g_out;

static void flush_out(void) {
  if (g_out.len) fwrite(g_out.data, 1, g_out.len, stdout);
  g_out.len = 0;
  fflush(stdout);
}

void rg_init(int argc, char** argv) {
  (void)argc;
  (void)argv;
  atexit(flush_out);
}

void rg_buf_push(rg_buf* b, const char* p, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + n) cap *= 2;
    b->data = (char*)realloc(b->data, cap);
    if (!b->data) abort();
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

void rg_buf_push_indented(rg_buf* b, const char* p, size_t n) {
  size_t start = 0;
  for (size_t i = 0; i < n; ++i) {
    if (p[i] != '\n') continue;
    rg_buf_push(b, p + start, i + 1 - start);
    if (i + 1 < n) rg_buf_push(b, "    ", 4);
    start = i + 1;
  }
  rg_buf_push(b, p + start, n - start);
}

void* rg_realloc(void* p, size_t bytes) {
  void* q = realloc(p, bytes ? bytes : 1);
  if (!q) {
    fputs("memory allocation failed\n", stderr);
    abort();
  }
  return q;
}

void rg_buf_free(rg_buf* b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

/* stdout is buffered in g_out (as Rust's LineWriter, flushed at exit and when large). */
void rg_write_out(rg_buf* b) {
  rg_buf_push(&g_out, b->data ? b->data : "", b->len);
  if (g_out.len >= 1 << 16) flush_out();
  rg_buf_free(b);
}

void rg_write_err(rg_buf* b) {
  flush_out();
  if (b->len) fwrite(b->data, 1, b->len, stderr);
  fflush(stderr);
  rg_buf_free(b);
}

void rg_exit(int32_t code) {
  flush_out();
  exit(code);
}

void rg_panic(const rg_loc* l, const char* msg, size_t n) {
  flush_out();
  fprintf(stderr, "\nthread 'main' (%ld) panicked at %s:%u:%u:\n", (long)getpid(), l->file, l->line, l->col);
  fwrite(msg, 1, n, stderr);
  fputs("\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n", stderr);
  fflush(stderr);
  /* Unwinding: the live droppable locals' destructors run, innermost first (a panic inside one
   * ends the program, as rustc's abort on a double panic does). */
  static int unwinding;
  if (!unwinding) {
    unwinding = 1;
    while (rg_drop_len > 0) {
      rg_drop_entry e = rg_drop_stack[--rg_drop_len];
      if (*e.flag) {
        *e.flag = 0;
        e.glue(e.obj);
      }
    }
    flush_out();
  }
  _exit(101);
}

rg_drop_entry* rg_drop_stack;
size_t rg_drop_len, rg_drop_cap;

void rg_drop_push(void* obj, void (*glue)(void*), bool* flag) {
  if (rg_drop_len == rg_drop_cap) {
    rg_drop_cap = rg_drop_cap ? rg_drop_cap * 2 : 64;
    rg_drop_stack = (rg_drop_entry*)rg_realloc(rg_drop_stack, rg_drop_cap * sizeof(rg_drop_entry));
  }
  rg_drop_entry e = {obj, glue, flag};
  rg_drop_stack[rg_drop_len++] = e;
}

void rg_panic_bounds(const rg_loc* l, uint64_t len, uint64_t index) {
  char msg[128];
  int n = snprintf(msg, sizeof msg, "index out of bounds: the len is %llu but the index is %llu",
                   (unsigned long long)len, (unsigned long long)index);
  rg_panic(l, msg, (size_t)n);
}

void rg_panic_cstr(const rg_loc* l, const char* msg) { rg_panic(l, msg, strlen(msg)); }

uint64_t rg_slice_range(uint64_t lo, uint64_t hi, uint64_t len, int kind, const rg_loc* l) {
  char msg[160];
  int n = 0;
  if (kind == 1) {
    if (lo <= len) return len;
    n = snprintf(msg, sizeof msg, "range start index %llu out of range for slice of length %llu",
                 (unsigned long long)lo, (unsigned long long)len);
    rg_panic(l, msg, (size_t)n);
  }
  if (kind == 2) {
    if (hi == UINT64_MAX) rg_panic_cstr(l, "attempted to index slice up to maximum usize");
    ++hi;
  }
  if (lo > hi)
    n = snprintf(msg, sizeof msg, "slice index starts at %llu but ends at %llu", (unsigned long long)lo,
                 (unsigned long long)hi);
  else if (hi > len)
    n = snprintf(msg, sizeof msg, "range end index %llu out of range for slice of length %llu",
                 (unsigned long long)hi, (unsigned long long)len);
  else
    return hi;
  rg_panic(l, msg, (size_t)n);
}

static int str_boundary(rg_str s, uint64_t i) { return i == 0 || i >= s.len || (s.ptr[i] & 0xC0) != 0x80; }

rg_str rg_str_slice(rg_str s, uint64_t lo, uint64_t hi, int kind, const rg_loc* l) {
  if (kind == 1) hi = s.len;
  if (kind == 2) ++hi;
  if (lo <= hi && hi <= s.len && str_boundary(s, lo) && str_boundary(s, hi)) {
    rg_str r = {s.ptr + lo, (size_t)(hi - lo)};
    return r;
  }
  /* core's slice_error_fail: the string shown is cut at 256 bytes (on a char boundary). */
  size_t shown = s.len;
  if (shown > 256) {
    shown = 256;
    while (!str_boundary(s, shown)) --shown;
  }
  rg_buf b = {0, 0, 0};
  char num[96];
  int n;
  if (lo > s.len || hi > s.len) {
    n = snprintf(num, sizeof num, "%s byte index %llu is out of bounds of `", lo > s.len ? "start" : "end",
                 (unsigned long long)(lo > s.len ? lo : hi));
    rg_buf_push(&b, num, (size_t)n);
  } else if (lo > hi) {
    n = snprintf(num, sizeof num, "begin > end (%llu > %llu) when slicing `", (unsigned long long)lo,
                 (unsigned long long)hi);
    rg_buf_push(&b, num, (size_t)n);
  } else {
    int start = !str_boundary(s, lo);
    uint64_t i = start ? lo : hi, c0 = i;
    while (!str_boundary(s, c0)) --c0;
    uint64_t c1 = c0 + 1;
    while (c1 < s.len && !str_boundary(s, c1)) ++c1;
    n = snprintf(num, sizeof num, "%s byte index %llu is not a char boundary; it is inside '", start ? "start" : "end",
                 (unsigned long long)i);
    rg_buf_push(&b, num, (size_t)n);
    rg_buf_push(&b, (const char*)s.ptr + c0, (size_t)(c1 - c0));
    n = snprintf(num, sizeof num, "' (bytes %llu..%llu) of `", (unsigned long long)c0, (unsigned long long)c1);
    rg_buf_push(&b, num, (size_t)n);
  }
  rg_buf_push(&b, (const char*)s.ptr, shown);
  rg_buf_push(&b, "`", 1);
  if (shown < s.len) rg_buf_push(&b, "[...]", 5);
  rg_panic_buf(l, &b);
}

void rg_panic_buf(const rg_loc* l, rg_buf* b) { rg_panic(l, b->data ? b->data : "", b->len); }

/* --- padding --- */

static size_t utf8_count(const char* p, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; ++i) c += ((unsigned char)p[i] & 0xC0) != 0x80;
  return c;
}

static void push_char(rg_buf* b, uint32_t c) {
  char t[4];
  size_t n;
  if (c < 0x80) { t[0] = (char)c; n = 1; }
  else if (c < 0x800) { t[0] = (char)(0xC0 | (c >> 6)); t[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
  else if (c < 0x10000) { t[0] = (char)(0xE0 | (c >> 12)); t[1] = (char)(0x80 | ((c >> 6) & 0x3F)); t[2] = (char)(0x80 | (c & 0x3F)); n = 3; }
  else { t[0] = (char)(0xF0 | (c >> 18)); t[1] = (char)(0x80 | ((c >> 12) & 0x3F)); t[2] = (char)(0x80 | ((c >> 6) & 0x3F)); t[3] = (char)(0x80 | (c & 0x3F)); n = 4; }
  rg_buf_push(b, t, n);
}

/* Writes `body` padded to the spec's width with its fill and alignment (default: `dflt`). */
static void pad(rg_buf* b, const char* body, size_t n, const rg_spec* s, char dflt) {
  size_t chars = utf8_count(body, n);
  if (s->width < 0 || chars >= (size_t)s->width) {
    rg_buf_push(b, body, n);
    return;
  }
  size_t fill = (size_t)s->width - chars, pre = 0;
  char align = s->align ? s->align : dflt;
  if (align == '>') pre = fill;
  else if (align == '^') pre = fill / 2;
  for (size_t i = 0; i < pre; ++i) push_char(b, s->fill);
  rg_buf_push(b, body, n);
  for (size_t i = pre; i < fill; ++i) push_char(b, s->fill);
}

/* Numbers: sign/prefix, then digits; the `0` flag pads with zeros between them. */
static void pad_num(rg_buf* b, const char* prefix, size_t pn, const char* digits, size_t dn, const rg_spec* s) {
  if ((s->flags & RG_ZERO) && s->width >= 0 && pn + dn < (size_t)s->width) {
    rg_buf_push(b, prefix, pn);
    for (size_t i = pn + dn; i < (size_t)s->width; ++i) rg_buf_push(b, "0", 1);
    rg_buf_push(b, digits, dn);
    return;
  }
  char tmp[256];
  if (pn + dn <= sizeof tmp) {
    memcpy(tmp, prefix, pn);
    memcpy(tmp + pn, digits, dn);
    pad(b, tmp, pn + dn, s, '>');
  } else {
    rg_buf t = {0, 0, 0};
    rg_buf_push(&t, prefix, pn);
    rg_buf_push(&t, digits, dn);
    pad(b, t.data, t.len, s, '>');
    rg_buf_free(&t);
  }
}

static size_t u128_digits(rg_u128 v, unsigned base, bool upper, char* out /* >= 130 */) {
  char tmp[130];
  size_t n = 0;
  const char* dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  do { tmp[n++] = dig[v % base]; v /= base; } while (v);
  for (size_t i = 0; i < n; ++i) out[i] = tmp[n - 1 - i];
  return n;
}

static unsigned base_of(char ty) { return ty == 'x' || ty == 'X' ? 16 : ty == 'b' ? 2 : ty == 'o' ? 8 : 10; }

static void fmt_int(rg_buf* b, bool neg, rg_u128 mag, const rg_spec* s) {
  if (s->ty == 'e' || s->ty == 'E') {
    /* LowerExp for integers: d.ddde<exp>, trailing zeros dropped. */
    char d[130];
    size_t n = u128_digits(mag, 10, false, d);
    size_t keep = n;
    while (keep > 1 && d[keep - 1] == '0') --keep;
    char body[200];
    size_t bn = 0;
    body[bn++] = d[0];
    if (keep > 1) { body[bn++] = '.'; memcpy(body + bn, d + 1, keep - 1); bn += keep - 1; }
    bn += (size_t)snprintf(body + bn, sizeof body - bn, "%c%zu", s->ty, n - 1);
    const char* sign = neg ? "-" : (s->flags & RG_PLUS) ? "+" : "";
    pad_num(b, sign, strlen(sign), body, bn, s);
    return;
  }
  char d[130];
  unsigned base = base_of(s->ty);
  size_t n = u128_digits(mag, base, s->ty == 'X', d);
  char prefix[4];
  size_t pn = 0;
  if (neg) prefix[pn++] = '-';
  else if (s->flags & RG_PLUS) prefix[pn++] = '+';
  if ((s->flags & RG_ALT) && base != 10) {
    prefix[pn++] = '0';
    prefix[pn++] = base == 16 ? 'x' : base == 2 ? 'b' : 'o';
  }
  pad_num(b, prefix, pn, d, n, s);
}

void rg_fmt_i128(rg_buf* b, rg_i128 v, const rg_spec* s) {
  bool neg = v < 0;
  rg_u128 mag = neg ? (rg_u128)0 - (rg_u128)v : (rg_u128)v;
  fmt_int(b, neg, mag, s);
}

void rg_fmt_u128(rg_buf* b, rg_u128 v, const rg_spec* s) { fmt_int(b, false, v, s); }

void rg_fmt_i64(rg_buf* b, int64_t v, const rg_spec* s) { rg_fmt_i128(b, v, s); }

void rg_fmt_u64(rg_buf* b, uint64_t v, const rg_spec* s) { fmt_int(b, false, v, s); }

/* Shortest decimal digits that round-trip: digits (no dot) and the decimal exponent `e` such that
 * value = 0.d1d2d3… × 10^e. */
static int shortest(double v, int is_f32, char* digits, int* exp10) {
  char buf[64];
  int maxp = is_f32 ? 9 : 17;
  for (int p = 1; p <= maxp; ++p) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    bool ok = is_f32 ? (float)strtod(buf, NULL) == (float)v : strtod(buf, NULL) == v;
    if (ok || p == maxp) break;
  }
  /* buf: d.ddde±XX */
  int n = 0;
  char* e = strchr(buf, 'e');
  for (char* q = buf; q < e; ++q) {
    if (*q >= '0' && *q <= '9') digits[n++] = *q;
  }
  while (n > 1 && digits[n - 1] == '0') --n;
  digits[n] = 0;
  *exp10 = atoi(e + 1) + 1;
  return n;
}

/* Decimal notation of digits × 10^(exp10 - n) with at least `min_frac` fraction digits. */
static size_t decimal(char* out, const char* d, int n, int exp10, int min_frac) {
  size_t o = 0;
  if (exp10 <= 0) {
    out[o++] = '0';
    out[o++] = '.';
    for (int i = 0; i < -exp10; ++i) out[o++] = '0';
    for (int i = 0; i < n; ++i) out[o++] = d[i];
  } else if (exp10 >= n) {
    for (int i = 0; i < n; ++i) out[o++] = d[i];
    for (int i = n; i < exp10; ++i) out[o++] = '0';
    if (min_frac > 0) { out[o++] = '.'; for (int i = 0; i < min_frac; ++i) out[o++] = '0'; }
  } else {
    for (int i = 0; i < exp10; ++i) out[o++] = d[i];
    out[o++] = '.';
    for (int i = exp10; i < n; ++i) out[o++] = d[i];
  }
  return o;
}

void rg_fmt_f64(rg_buf* b, double v, const rg_spec* s, int is_f32) {
  char body[1200];
  size_t bn = 0;
  bool neg = signbit(v) != 0;
  const char* sign = neg ? "-" : (s->flags & RG_PLUS) ? "+" : "";
  if (isnan(v)) {
    rg_spec t = *s;
    t.flags &= (uint8_t)~RG_ZERO;
    pad(b, "NaN", 3, &t, '>');
    return;
  }
  double a = fabs(v);
  if (isinf(v)) {
    bn = (size_t)snprintf(body, sizeof body, "inf");
    rg_spec t = *s;
    t.flags &= (uint8_t)~RG_ZERO;
    char tmp[8];
    size_t tn = (size_t)snprintf(tmp, sizeof tmp, "%sinf", sign);
    pad(b, tmp, tn, &t, '>');
    return;
  }
  if (s->ty == 'e' || s->ty == 'E') {
    if (s->precision >= 0) {
      char tmp[1200];
      snprintf(tmp, sizeof tmp, "%.*e", s->precision, a);
      char* e = strchr(tmp, 'e');
      size_t mn = (size_t)(e - tmp);
      memcpy(body, tmp, mn);
      bn = mn + (size_t)snprintf(body + mn, sizeof body - mn, "%c%d", s->ty, atoi(e + 1));
    } else {
      char d[32];
      int e10;
      int n = a == 0 ? (d[0] = '0', d[1] = 0, e10 = 1, 1) : shortest(a, is_f32, d, &e10);
      body[bn++] = d[0];
      if (n > 1) { body[bn++] = '.'; memcpy(body + bn, d + 1, (size_t)n - 1); bn += (size_t)n - 1; }
      bn += (size_t)snprintf(body + bn, sizeof body - bn, "%c%d", s->ty, e10 - 1);
    }
  } else if (s->precision >= 0) {
    bn = (size_t)snprintf(body, sizeof body, "%.*f", s->precision > 1000 ? 1000 : s->precision, a);
  } else if (a == 0) {
    bn = (size_t)snprintf(body, sizeof body, s->ty == '?' ? "0.0" : "0");
  } else {
    char d[32];
    int e10;
    int n = shortest(a, is_f32, d, &e10);
    if (s->ty == '?' && (a < 1e-4 || a >= 1e16)) {
      body[bn++] = d[0];
      if (n > 1) { body[bn++] = '.'; memcpy(body + bn, d + 1, (size_t)n - 1); bn += (size_t)n - 1; }
      bn += (size_t)snprintf(body + bn, sizeof body - bn, "e%d", e10 - 1);
    } else {
      bn = decimal(body, d, n, e10, s->ty == '?' ? 1 : 0);
    }
  }
  pad_num(b, sign, strlen(sign), body, bn, s);
}

void rg_fmt_bool(rg_buf* b, bool v, const rg_spec* s) {
  pad(b, v ? "true" : "false", v ? 4 : 5, s, '<');
}

/* Debug escaping of one char inside quotes `q`. */
static void escape_char(rg_buf* b, uint32_t c, char q) {
  char t[16];
  switch (c) {
    case '\t': rg_buf_push(b, "\\t", 2); return;
    case '\r': rg_buf_push(b, "\\r", 2); return;
    case '\n': rg_buf_push(b, "\\n", 2); return;
    case '\\': rg_buf_push(b, "\\\\", 2); return;
    case 0: rg_buf_push(b, "\\0", 2); return;
    default: break;
  }
  if (c == (uint32_t)q) {
    t[0] = '\\';
    t[1] = q;
    rg_buf_push(b, t, 2);
    return;
  }
  if (c < 0x20 || c == 0x7F) {
    int n = snprintf(t, sizeof t, "\\u{%x}", c);
    rg_buf_push(b, t, (size_t)n);
    return;
  }
  push_char(b, c);
}

void rg_fmt_char(rg_buf* b, uint32_t c, const rg_spec* s) {
  rg_buf t = {0, 0, 0};
  if (s->ty == '?') {
    /* Debug of char and str ignores width and fill, as core::fmt. */
    rg_buf_push(b, "'", 1);
    escape_char(b, c, '\'');
    rg_buf_push(b, "'", 1);
    return;
  } else {
    push_char(&t, c);
  }
  pad(b, t.data, t.len, s, '<');
  rg_buf_free(&t);
}

static uint32_t decode(const uint8_t* p, size_t n, size_t* i) {
  uint32_t c = p[*i];
  int extra = c < 0x80 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  if (extra) c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : 0x1F;
  ++*i;
  for (int k = 0; k < extra && *i < n; ++k, ++*i) c = (c << 6) | (p[*i] & 0x3F);
  return c;
}

void rg_fmt_str(rg_buf* b, rg_str v, const rg_spec* s) {
  if (s->ty == '?') {
    rg_buf_push(b, "\"", 1);
    for (size_t i = 0; i < v.len;) escape_char(b, decode(v.ptr, v.len, &i), '"');
    rg_buf_push(b, "\"", 1);
    return;
  }
  size_t n = v.len;
  if (s->precision >= 0) {
    /* Precision truncates to that many chars. */
    size_t i = 0, chars = 0;
    while (i < v.len && chars < (size_t)s->precision) {
      decode(v.ptr, v.len, &i);
      ++chars;
    }
    n = i;
  }
  pad(b, (const char*)v.ptr, n, s, '<');
}

void rg_fmt_unit(rg_buf* b, const rg_spec* s) { pad(b, "()", 2, s, '<'); }

rg_string rg_string_from(rg_str s) {
  rg_string r = {0, 0, 0};
  rg_string_push_str(&r, s);
  return r;
}

/* Takes the buffer's bytes (format! output). */
rg_string rg_string_from_buf(rg_buf* b) {
  rg_string r = {(uint8_t*)b->data, b->len, b->cap};
  b->data = NULL;
  b->len = b->cap = 0;
  return r;
}

void rg_string_push_str(rg_string* s, rg_str t) {
  if (s->len + t.len > s->cap) {
    uint64_t cap = s->cap ? s->cap * 2 : 8;
    while (cap < s->len + t.len) cap *= 2;
    s->ptr = (uint8_t*)rg_realloc(s->ptr, cap);
    s->cap = cap;
  }
  if (t.len) memcpy(s->ptr + s->len, t.ptr, t.len);
  s->len += t.len;
}

void rg_string_push_char(rg_string* s, uint32_t c) {
  rg_buf t = {0, 0, 0};
  push_char(&t, c);
  rg_str v = {(const uint8_t*)t.data, t.len};
  rg_string_push_str(s, v);
  rg_buf_free(&t);
}

rg_string rg_string_add(rg_string s, rg_str t) {
  rg_string_push_str(&s, t);
  return s;
}

bool rg_str_eq(rg_str a, rg_str b) { return a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0; }

int rg_str_cmp(rg_str a, rg_str b) {
  size_t n = a.len < b.len ? a.len : b.len;
  int c = memcmp(a.ptr, b.ptr, n);
  if (c) return c < 0 ? -1 : 1;
  return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

double rg_powi(double x, int32_t n) { return __builtin_powi(x, n); }
