/* rustg's C runtime: the primitives generated C calls (formatting, output, panics, checked
 * arithmetic). Compiled once per configuration and cached; generated code includes this header.
 * RG_OVERFLOW_CHECKS (debug builds) turns on integer overflow panics, as rustc's debug builds. */
#ifndef RUSTG_RT_H
#define RUSTG_RT_H
#if defined(__TINYC__) && !defined(RG_RUNTIME_IMPL) && defined(__x86_64__) && defined(__LP64__)
/* Generated code under tcc: the fixed-width types and limits directly (x86-64 LP64, as glibc defines
 * them). glibc's <stdint.h> and the headers it pulls in cost tcc ~1 ms per build, a tenth of a
 * small program's whole `rustg build`. The runtime itself (RG_RUNTIME_IMPL) includes the real ones. */
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef unsigned long size_t;
typedef long ptrdiff_t;
#define INT8_MIN (-128)
#define INT16_MIN (-32767 - 1)
#define INT32_MIN (-2147483647 - 1)
#define INT64_MIN (-9223372036854775807L - 1)
#define INT8_MAX 127
#define INT16_MAX 32767
#define INT32_MAX 2147483647
#define INT64_MAX 9223372036854775807L
#define UINT8_MAX 255
#define UINT16_MAX 65535
#define UINT32_MAX 4294967295U
#define UINT64_MAX 18446744073709551615UL
#define NULL ((void*)0)
#define bool _Bool
#define true 1
#define false 0
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#endif

#ifdef __SIZEOF_INT128__
typedef __int128 rg_i128;
typedef unsigned __int128 rg_u128;
#define RG_HAS_INT128 1
#elif defined(__TINYC__) && !defined(RG_RUNTIME_IMPL)
/* tcc (used in-process for debug builds) has no __int128: i128/u128 are two 64-bit halves, low
 * first, laid out and passed (x86-64 SysV: two integer registers) exactly as __int128, so the
 * runtime object's 128-bit functions, compiled by the system cc, are called as they are. Two
 * distinct struct types: a C operator or cast that generated code applies to them directly is a
 * compile error (rustg then falls back to the system cc), never a silently wrong value; codegen
 * spells every 128-bit operation through the rg_*128 helpers below instead (codegen/int128.inc). */
typedef struct { uint64_t lo, hi; } rg_u128;
typedef struct { uint64_t lo, hi; } rg_i128;
#define RG_EMU_INT128 1
#else
#ifdef RG_USES_INT128
#error "this program uses i128/u128: compile it with a C compiler that has __int128"
#endif
typedef int64_t rg_i128;
typedef uint64_t rg_u128;
#endif

/* The libm functions and float limits generated code uses, declared here instead of including
 * <math.h> and <float.h>: glibc's <math.h> alone costs tcc ~7 ms, more than compiling a whole
 * program. GCC still treats these names as its builtins (sqrt becomes one instruction at -O). */
double sqrt(double); float sqrtf(float);
double floor(double); float floorf(float);
double ceil(double); float ceilf(float);
double round(double); float roundf(float);
double trunc(double); float truncf(float);
double fabs(double); float fabsf(float);
double fmin(double, double); float fminf(float, float);
double fmax(double, double); float fmaxf(float, float);
double sin(double); float sinf(float);
double cos(double); float cosf(float);
double exp(double); float expf(float);
double log(double); float logf(float);
double pow(double, double); float powf(float, float);
double fmod(double, double); float fmodf(float, float);
#define RG_DBL_MAX 0x1.fffffffffffffp+1023
#define RG_DBL_MIN 0x1p-1022
#define RG_DBL_EPSILON 0x1p-52
#define RG_FLT_MAX 0x1.fffffep+127f
#define RG_FLT_MIN 0x1p-126f
#define RG_FLT_EPSILON 0x1p-23f
/* +infinity and Rust's NaN (positive, quiet: 0x7ff8...), by their bits. */
static inline double rg_inf(void) { union { uint64_t u; double d; } x = {0x7ff0000000000000ull}; return x.d; }
static inline double rg_nan(void) { union { uint64_t u; double d; } x = {0x7ff8000000000000ull}; return x.d; }

/* A borrowed UTF-8 string: &str. */
typedef struct { const uint8_t* ptr; size_t len; } rg_str;
/* An owned UTF-8 string: String. */
typedef struct { uint8_t* ptr; uint64_t len, cap; } rg_string;
/* A source location for panics: FILE:LINE:COL as rustc prints it. */
typedef struct { const char* file; uint32_t line, col; } rg_loc;
/* A growable byte buffer (format output). */
typedef struct { char* data; size_t len, cap; } rg_buf;
/* One `{…}` spec: fill, align ('<' '>' '^' or 0), flags, width/precision (-1: none), type. */
typedef struct { uint32_t fill; char align; uint8_t flags; int32_t width, precision; char ty; } rg_spec;
enum { RG_PLUS = 1, RG_ALT = 2, RG_ZERO = 4, RG_DEBUG_LHEX = 8, RG_DEBUG_UHEX = 16 /* {:x?} / {:X?} */ };

void rg_init(int argc, char** argv);
void rg_buf_push(rg_buf* b, const char* p, size_t n);
void rg_buf_free(rg_buf* b);
/* Heap memory for Vec buffers (aborts when out of memory, as Rust's allocator). */
void* rg_realloc(void* p, size_t bytes);
/* Appends p[0..n), indenting every line after the first by four spaces ({:#?} nesting). */
void rg_buf_push_indented(rg_buf* b, const char* p, size_t n);
void rg_write_out(rg_buf* b);
void rg_write_err(rg_buf* b);
void rg_exit(int32_t code) __attribute__((noreturn));
/* Prints `thread 'main' panicked at LOC:\nMSG` plus rustc's backtrace note, exits 101. */
void rg_panic(const rg_loc* l, const char* msg, size_t n) __attribute__((noreturn));
void rg_panic_cstr(const rg_loc* l, const char* msg) __attribute__((noreturn));
void rg_panic_buf(const rg_loc* l, rg_buf* b) __attribute__((noreturn));

void rg_panic_bounds(const rg_loc* l, uint64_t len, uint64_t index) __attribute__((noreturn));
/* Droppable locals that are live, for a panic to drop (unwinding): each with its drop glue and
 * its drop flag. Generated code pushes on declaration and truncates to a saved length when
 * the scope is left. */
typedef struct { void* obj; void (*glue)(void*); bool* flag; } rg_drop_entry;
extern rg_drop_entry* rg_drop_stack;
extern size_t rg_drop_len;
/* The caller's location, set before each call of a `#[track_caller]` function of the std subset
   (which reads it first thing) so its panics name the caller, as rustc's attribute does. */
extern const rg_loc* rg_track_loc;
void rg_drop_push(void* obj, void (*glue)(void*), bool* flag);
/* Array indexing: the index, or rustc's out-of-bounds panic. */
static inline uint64_t rg_index(uint64_t i, uint64_t len, const rg_loc* l) {
  if (i >= len) rg_panic_bounds(l, len, i);
  return i;
}
/* Range indexing of a slice of length len, as core's Index<Range*> for [T] panics: kind 0 is
 * `lo..hi`, 1 `lo..` (hi unused), 2 `lo..=hi`. Returns the exclusive end. */
uint64_t rg_slice_range(uint64_t lo, uint64_t hi, uint64_t len, int kind, const rg_loc* l);

#if defined(RG_HAS_INT128) || defined(RG_EMU_INT128)
void rg_fmt_i128(rg_buf* b, rg_i128 v, const rg_spec* s);
void rg_fmt_u128(rg_buf* b, rg_u128 v, const rg_spec* s);
#endif
void rg_fmt_i64(rg_buf* b, int64_t v, const rg_spec* s);
void rg_fmt_u64(rg_buf* b, uint64_t v, const rg_spec* s);
/* `{:p}` / `{:?}` of a raw pointer: its address as `0x..` hex (width and fill as given). */
void rg_fmt_ptr(rg_buf* b, const void* p, const rg_spec* s);
void rg_fmt_f64(rg_buf* b, double v, const rg_spec* s, int is_f32);
void rg_fmt_bool(rg_buf* b, bool v, const rg_spec* s);
void rg_fmt_char(rg_buf* b, uint32_t c, const rg_spec* s);
void rg_fmt_str(rg_buf* b, rg_str v, const rg_spec* s);
void rg_fmt_unit(rg_buf* b, const rg_spec* s);
/* The `{..}` spec a user's Display/Debug `fmt` runs under, for Formatter::pad/width/.. (0: none, the
   default spec). */
extern const rg_spec* rg_fmt_cur;
extern const rg_spec rg_fmt_default_spec;
rg_string rg_string_from(rg_str s);
rg_string rg_string_from_buf(rg_buf* b);
void rg_string_push_str(rg_string* s, rg_str t);
void rg_string_push_char(rg_string* s, uint32_t c);
rg_string rg_string_add(rg_string s, rg_str t);
static inline rg_str rg_string_view(rg_string s) { rg_str v = {s.ptr, s.len}; return v; }
bool rg_str_eq(rg_str a, rg_str b);
/* `&s[range]` (kinds as rg_slice_range) with str's out-of-bounds and char-boundary panics. */
rg_str rg_str_slice(rg_str s, uint64_t lo, uint64_t hi, int kind, const rg_loc* l);
int rg_str_cmp(rg_str a, rg_str b);
double rg_powi(double x, int32_t n);

/* Integer arithmetic, per type: checked (panics) in debug builds, wrapping otherwise.
 * Division and remainder are always checked, as in rustc.
 * Generated code compiled by tcc only declares them (RG_OPS_DECLARE): tcc never inlines, and
 * expanding and parsing these ~170 bodies was over a third of tcc's time on a small program. The
 * runtime object defines them out of line (RG_RUNTIME_IMPL), built with the same RG_OVERFLOW_CHECKS
 * as the programs of its configuration. GCC and Clang get them static inline, as always. */
#if defined(__TINYC__) && !defined(RG_RUNTIME_IMPL)
#define RG_OPS_DECLARE 1
#endif
#ifdef RG_RUNTIME_IMPL
#define RG_OPS_LINKAGE
#else
#define RG_OPS_LINKAGE static inline
#endif
#ifdef RG_OVERFLOW_CHECKS
#define RG_OVF(l, what) rg_panic_cstr(l, "attempt to " what " with overflow")
#else
#define RG_OVF(l, what) ((void)0)
#endif
#ifdef RG_OPS_DECLARE
#define RG_INT_OPS(N, T, UT, BITS, SIGNED, MIN)                                                          \
  bool rg_oadd_##N(T, T, T*); bool rg_osub_##N(T, T, T*); bool rg_omul_##N(T, T, T*);                   \
  T rg_add_##N(T, T, const rg_loc*); T rg_sub_##N(T, T, const rg_loc*); T rg_mul_##N(T, T, const rg_loc*); \
  T rg_div_##N(T, T, const rg_loc*); T rg_rem_##N(T, T, const rg_loc*); T rg_neg_##N(T, const rg_loc*);  \
  T rg_shl_##N(T, uint64_t, const rg_loc*); T rg_shr_##N(T, uint64_t, const rg_loc*);                    \
  T rg_wadd_##N(T, T); T rg_wsub_##N(T, T); T rg_wmul_##N(T, T); T rg_pow_##N(T, uint32_t, const rg_loc*); \
  T rg_abs_##N(T, const rg_loc*); bool rg_ostep_##N(T*, uint64_t);
#else
/* Overflowing add/sub/mul: the wrapped result in *r, true on overflow. GCC and Clang have builtins;
 * elsewhere (tcc) the same from two's complement arithmetic on the unsigned type. */
#if defined(__GNUC__) && !defined(__TINYC__)
#define RG_OVF_OPS(N, T, UT, BITS, SIGNED, MIN)                                                        \
  RG_OPS_LINKAGE bool rg_oadd_##N(T a, T b, T* r) { return __builtin_add_overflow(a, b, r); }          \
  RG_OPS_LINKAGE bool rg_osub_##N(T a, T b, T* r) { return __builtin_sub_overflow(a, b, r); }          \
  RG_OPS_LINKAGE bool rg_omul_##N(T a, T b, T* r) { return __builtin_mul_overflow(a, b, r); }
#else
#define RG_OVF_OPS(N, T, UT, BITS, SIGNED, MIN)                                                        \
  RG_OPS_LINKAGE bool rg_oadd_##N(T a, T b, T* r) {                                                    \
    *r = (T)((UT)a + (UT)b);                                                                          \
    return SIGNED ? ((a ^ *r) & (b ^ *r)) < 0 : *r < a; }                                           \
  RG_OPS_LINKAGE bool rg_osub_##N(T a, T b, T* r) {                                                    \
    *r = (T)((UT)a - (UT)b);                                                                          \
    return SIGNED ? ((a ^ b) & (a ^ *r)) < 0 : a < b; }                                             \
  RG_OPS_LINKAGE bool rg_omul_##N(T a, T b, T* r) {                                                    \
    *r = (T)((UT)a * (UT)b);                                                                          \
    if (BITS < 64) return SIGNED ? (int64_t)a * (int64_t)b != (int64_t)*r : (uint64_t)a * (uint64_t)b != (uint64_t)*r; \
    if (a == 0 || b == 0) return false;                                                               \
    if (SIGNED && b == (T)-1) return a == (T)(MIN);                                                   \
    if (SIGNED && a == (T)-1) return b == (T)(MIN);                                                   \
    return *r / b != a; }
#endif
#define RG_INT_OPS(N, T, UT, BITS, SIGNED, MIN)                                                          \
  RG_OVF_OPS(N, T, UT, BITS, SIGNED, MIN)                                                                 \
  RG_OPS_LINKAGE T rg_add_##N(T a, T b, const rg_loc* l) { T r; if (rg_oadd_##N(a, b, &r)) { RG_OVF(l, "add"); } return r; } \
  RG_OPS_LINKAGE T rg_sub_##N(T a, T b, const rg_loc* l) { T r; if (rg_osub_##N(a, b, &r)) { RG_OVF(l, "subtract"); } return r; } \
  RG_OPS_LINKAGE T rg_mul_##N(T a, T b, const rg_loc* l) { T r; if (rg_omul_##N(a, b, &r)) { RG_OVF(l, "multiply"); } return r; } \
  RG_OPS_LINKAGE T rg_div_##N(T a, T b, const rg_loc* l) {                                                  \
    if (b == 0) rg_panic_cstr(l, "attempt to divide by zero");                                         \
    if (SIGNED && a == (T)(MIN) && b == (T)-1) rg_panic_cstr(l, "attempt to divide with overflow");      \
    return a / b; }                                                                                       \
  RG_OPS_LINKAGE T rg_rem_##N(T a, T b, const rg_loc* l) {                                                  \
    if (b == 0) rg_panic_cstr(l, "attempt to calculate the remainder with a divisor of zero");         \
    if (SIGNED && a == (T)(MIN) && b == (T)-1) rg_panic_cstr(l, "attempt to calculate the remainder with overflow"); \
    return a % b; }                                                                                       \
  RG_OPS_LINKAGE T rg_neg_##N(T a, const rg_loc* l) { T r; if (rg_osub_##N((T)0, a, &r)) { RG_OVF(l, "negate"); } return r; } \
  RG_OPS_LINKAGE T rg_shl_##N(T a, uint64_t b, const rg_loc* l) { if (b >= BITS) { RG_OVF(l, "shift left"); } return (T)((UT)a << (b & (BITS - 1))); } \
  RG_OPS_LINKAGE T rg_shr_##N(T a, uint64_t b, const rg_loc* l) { if (b >= BITS) { RG_OVF(l, "shift right"); } return (T)(a >> (b & (BITS - 1))); } \
  RG_OPS_LINKAGE T rg_wadd_##N(T a, T b) { T r; rg_oadd_##N(a, b, &r); return r; }                      \
  RG_OPS_LINKAGE T rg_wsub_##N(T a, T b) { T r; rg_osub_##N(a, b, &r); return r; }                      \
  RG_OPS_LINKAGE T rg_wmul_##N(T a, T b) { T r; rg_omul_##N(a, b, &r); return r; }                      \
  RG_OPS_LINKAGE T rg_pow_##N(T a, uint32_t e, const rg_loc* l) {                                         \
    T r = 1; bool o = false;                                                                              \
    while (e) { if (e & 1) o |= rg_omul_##N(r, a, &r); e >>= 1; if (e) o |= rg_omul_##N(a, a, &a); } \
    if (o) { RG_OVF(l, "multiply"); } return r; }                                                           \
  RG_OPS_LINKAGE T rg_abs_##N(T a, const rg_loc* l) { return a < 0 ? rg_neg_##N(a, l) : a; }          \
  /* A range loop's step: *cur += step (a usize), true when that passes T's maximum. */              \
  RG_OPS_LINKAGE bool rg_ostep_##N(T* cur, uint64_t step) {                                               \
    UT room = (UT)((UT)(T)((UT)(MIN) - 1) - (UT)*cur);                                                    \
    if (room < step) return true;                                                                         \
    *cur = (T)((UT)*cur + (UT)step); return false; }

#endif

RG_INT_OPS(i8, int8_t, uint8_t, 8, 1, INT8_MIN)
RG_INT_OPS(i16, int16_t, uint16_t, 16, 1, INT16_MIN)
RG_INT_OPS(i32, int32_t, uint32_t, 32, 1, INT32_MIN)
RG_INT_OPS(i64, int64_t, uint64_t, 64, 1, INT64_MIN)
RG_INT_OPS(u8, uint8_t, uint8_t, 8, 0, 0)
RG_INT_OPS(u16, uint16_t, uint16_t, 16, 0, 0)
RG_INT_OPS(u32, uint32_t, uint32_t, 32, 0, 0)
RG_INT_OPS(u64, uint64_t, uint64_t, 64, 0, 0)
#if defined(RG_HAS_INT128) || defined(RG_EMU_INT128)
RG_INT_OPS(i128, rg_i128, rg_u128, 128, 1, ((rg_i128)1 << 127))
RG_INT_OPS(u128, rg_u128, rg_u128, 128, 0, 0)
#endif

/* 128-bit values as generated code spells them (codegen/int128.inc): literals from two halves,
 * casts, comparisons and bitwise operators. Native operators where the C compiler has __int128;
 * the two-halves emulation (RG_EMU_INT128) otherwise. Conversions to and from floats are out of
 * line in the runtime (rounded once, as Rust's `as`), for both. */
#if defined(RG_HAS_INT128) || defined(RG_EMU_INT128)
double rg_cvt_i128_f64(rg_i128 v);
double rg_cvt_u128_f64(rg_u128 v);
float rg_cvt_i128_f32(rg_i128 v);
float rg_cvt_u128_f32(rg_u128 v);
rg_i128 rg_cvt_f64_i128(double x);
rg_u128 rg_cvt_f64_u128(double x);
#endif
#ifdef RG_HAS_INT128
#define RG_LIT128(T, hi, lo) ((T)(((rg_u128)(hi) << 64) | (rg_u128)(lo)))
static inline rg_u128 rg_u128_of_u64(uint64_t v) { return v; }
static inline rg_u128 rg_u128_of_i64(int64_t v) { return (rg_u128)(rg_i128)v; }
static inline rg_i128 rg_i128_of_u64(uint64_t v) { return v; }
static inline rg_i128 rg_i128_of_i64(int64_t v) { return v; }
static inline uint64_t rg_u128_lo(rg_u128 v) { return (uint64_t)v; }
static inline uint64_t rg_i128_lo(rg_i128 v) { return (uint64_t)v; }
static inline uint64_t rg_u128_hi(rg_u128 v) { return (uint64_t)(v >> 64); }
static inline rg_u128 rg_u128_of_i128(rg_i128 v) { return (rg_u128)v; }
static inline rg_i128 rg_i128_of_u128(rg_u128 v) { return (rg_i128)v; }
static inline int rg_cmp_u128(rg_u128 a, rg_u128 b) { return (a > b) - (a < b); }
static inline int rg_cmp_i128(rg_i128 a, rg_i128 b) { return (a > b) - (a < b); }
static inline rg_u128 rg_and_u128(rg_u128 a, rg_u128 b) { return a & b; }
static inline rg_u128 rg_or_u128(rg_u128 a, rg_u128 b) { return a | b; }
static inline rg_u128 rg_xor_u128(rg_u128 a, rg_u128 b) { return a ^ b; }
static inline rg_u128 rg_not_u128(rg_u128 a) { return ~a; }
static inline rg_i128 rg_and_i128(rg_i128 a, rg_i128 b) { return a & b; }
static inline rg_i128 rg_or_i128(rg_i128 a, rg_i128 b) { return a | b; }
static inline rg_i128 rg_xor_i128(rg_i128 a, rg_i128 b) { return a ^ b; }
static inline rg_i128 rg_not_i128(rg_i128 a) { return ~a; }
#elif defined(RG_EMU_INT128)
#define RG_LIT128(T, hi, lo) ((T){(uint64_t)(lo), (uint64_t)(hi)})
static inline rg_u128 rg_u128_of_u64(uint64_t v) { rg_u128 r = {v, 0}; return r; }
static inline rg_u128 rg_u128_of_i64(int64_t v) { rg_u128 r = {(uint64_t)v, v < 0 ? ~(uint64_t)0 : 0}; return r; }
static inline rg_i128 rg_i128_of_u64(uint64_t v) { rg_i128 r = {v, 0}; return r; }
static inline rg_i128 rg_i128_of_i64(int64_t v) { rg_i128 r = {(uint64_t)v, v < 0 ? ~(uint64_t)0 : 0}; return r; }
static inline uint64_t rg_u128_lo(rg_u128 v) { return v.lo; }
static inline uint64_t rg_i128_lo(rg_i128 v) { return v.lo; }
static inline uint64_t rg_u128_hi(rg_u128 v) { return v.hi; }
static inline rg_u128 rg_u128_of_i128(rg_i128 v) { rg_u128 r = {v.lo, v.hi}; return r; }
static inline rg_i128 rg_i128_of_u128(rg_u128 v) { rg_i128 r = {v.lo, v.hi}; return r; }
static inline int rg_cmp_u128(rg_u128 a, rg_u128 b) {
  if (a.hi != b.hi) return a.hi < b.hi ? -1 : 1;
  return (a.lo > b.lo) - (a.lo < b.lo); }
static inline int rg_cmp_i128(rg_i128 a, rg_i128 b) {
  if (a.hi != b.hi) return (int64_t)a.hi < (int64_t)b.hi ? -1 : 1;
  return (a.lo > b.lo) - (a.lo < b.lo); }
#define RG_EMU_BITS(N, T)                                                                         \
  static inline T rg_and_##N(T a, T b) { T r = {a.lo & b.lo, a.hi & b.hi}; return r; }             \
  static inline T rg_or_##N(T a, T b) { T r = {a.lo | b.lo, a.hi | b.hi}; return r; }              \
  static inline T rg_xor_##N(T a, T b) { T r = {a.lo ^ b.lo, a.hi ^ b.hi}; return r; }             \
  static inline T rg_not_##N(T a) { T r = {~a.lo, ~a.hi}; return r; }
RG_EMU_BITS(u128, rg_u128)
RG_EMU_BITS(i128, rg_i128)
#endif

/* Bit counts of a 64-bit word (count_ones, leading_zeros, trailing_zeros); x != 0 for clz/ctz. */
#if defined(__GNUC__) && !defined(__TINYC__)
static inline uint32_t rg_popcount64(uint64_t x) { return (uint32_t)__builtin_popcountll(x); }
static inline uint32_t rg_clz64(uint64_t x) { return (uint32_t)__builtin_clzll(x); }
static inline uint32_t rg_ctz64(uint64_t x) { return (uint32_t)__builtin_ctzll(x); }
#else
static inline uint32_t rg_popcount64(uint64_t x) { uint32_t n = 0; while (x) { x &= x - 1; ++n; } return n; }
static inline uint32_t rg_clz64(uint64_t x) { uint32_t n = 0; while (!(x >> 63)) { x <<= 1; ++n; } return n; }
static inline uint32_t rg_ctz64(uint64_t x) { uint32_t n = 0; while (!(x & 1)) { x >>= 1; ++n; } return n; }
#endif

/* Float to integer casts saturate and map NaN to 0, as Rust's `as`. */
#define RG_F2I(N, T, LO, HI)                                                   \
  static inline T rg_f2i_##N(double x) {                                        \
    if (x != x) return 0;                                                       \
    if (x <= (double)(LO)) return (LO);                                         \
    if (x >= (double)(HI)) return (HI);                                         \
    return (T)x; }
RG_F2I(i8, int8_t, INT8_MIN, INT8_MAX)
RG_F2I(i16, int16_t, INT16_MIN, INT16_MAX)
RG_F2I(i32, int32_t, INT32_MIN, INT32_MAX)
RG_F2I(i64, int64_t, INT64_MIN, INT64_MAX)
RG_F2I(u8, uint8_t, 0, UINT8_MAX)
RG_F2I(u16, uint16_t, 0, UINT16_MAX)
RG_F2I(u32, uint32_t, 0, UINT32_MAX)
RG_F2I(u64, uint64_t, 0, UINT64_MAX)
#ifdef RG_EMU_INT128
static inline rg_i128 rg_f2i_i128(double x) { return rg_cvt_f64_i128(x); }
static inline rg_u128 rg_f2i_u128(double x) { return rg_cvt_f64_u128(x); }
#endif
#ifdef RG_HAS_INT128
static inline rg_i128 rg_f2i_i128(double x) { if (x != x) return 0; if (x <= -1.7014118346046923e38) return (rg_i128)1 << 127; if (x >= 1.7014118346046923e38) return ~((rg_i128)1 << 127); return (rg_i128)x; }
static inline rg_u128 rg_f2i_u128(double x) { if (x != x || x <= 0) return 0; if (x >= 3.402823669209385e38) return ~(rg_u128)0; return (rg_u128)x; }
#endif

/* --- std methods of char, str and String (check/std_methods_checker.inc) --- */
/* char's Unicode properties (core::char's definitions; tables generated by tools/gen_unicode_char.py). */
bool rg_char_is_alphabetic(uint32_t c);
bool rg_char_is_numeric(uint32_t c);
bool rg_char_is_whitespace(uint32_t c);
bool rg_char_is_uppercase(uint32_t c);
bool rg_char_is_lowercase(uint32_t c);
/* char::to_uppercase / to_lowercase: up to three chars into out; returns the count. */
int rg_char_to_case(uint32_t c, int upper, uint32_t* out);
/* c's UTF-8 encoding in buf (4 bytes), as a str (a char used as a str pattern). */
rg_str rg_char_str(uint32_t c, uint8_t* buf);
/* s without leading (which & 1) and trailing (which & 2) Unicode whitespace. */
rg_str rg_str_trim(rg_str s, int which);
/* Byte offset of the first / last occurrence of pat in s, or -1. */
int64_t rg_str_find(rg_str s, rg_str pat);
int64_t rg_str_rfind(rg_str s, rg_str pat);
/* s without repeated leading (which & 1) / trailing (which & 2) occurrences of pat. */
rg_str rg_str_trim_matches(rg_str s, rg_str pat, int which);
/* s with the first `limit` occurrences of from replaced by to (str::replace: limit = max). */
rg_string rg_str_replace(rg_str s, rg_str from, rg_str to, uint64_t limit);
rg_string rg_str_repeat(rg_str s, uint64_t n);
/* str::to_uppercase / to_lowercase (ascii: to_ascii_*): a new String. */
rg_string rg_str_to_case(rg_str s, int upper, int ascii);
bool rg_str_eq_ignore_ascii_case(rg_str a, rg_str b);
bool rg_str_is_char_boundary(rg_str s, uint64_t i);
/* String::insert_str / remove / pop / truncate, with std's panics. */
void rg_string_insert_str(rg_string* s, uint64_t i, rg_str t, const rg_loc* l);
uint32_t rg_string_remove(rg_string* s, uint64_t i, const rg_loc* l);
bool rg_string_pop(rg_string* s, uint32_t* c);
void rg_string_truncate(rg_string* s, uint64_t n, const rg_loc* l);
/* Vec's index assertions: "WHAT (is INDEX) should be REL len (is LEN)". */
void rg_panic_index_len(const rg_loc* l, const char* what, const char* rel, uint64_t index, uint64_t len)
    __attribute__((noreturn));
static inline bool rg_str_starts_with(rg_str s, rg_str p) {
  if (p.len > s.len) return false;
  rg_str h = {s.ptr, p.len};
  return rg_str_eq(h, p);
}
static inline bool rg_str_ends_with(rg_str s, rg_str p) {
  if (p.len > s.len) return false;
  rg_str t = {s.ptr + s.len - p.len, p.len};
  return rg_str_eq(t, p);
}
/* String::retain: keeps the chars for which keep(env, c) holds (a closure's function). */
void rg_string_retain(rg_string* s, bool (*keep)(void*, uint32_t), void* env);
/* A 64-bit word's bytes, and its bits, in reverse order (swap_bytes, reverse_bits). */
static inline uint64_t rg_bswap64(uint64_t x) {
  uint64_t r = 0;
  for (int i = 0; i < 8; ++i) r = (r << 8) | ((x >> (8 * i)) & 0xFF);
  return r;
}
static inline uint64_t rg_rbit64(uint64_t x) {
  uint64_t r = 0;
  for (int i = 0; i < 64; ++i) r = (r << 1) | ((x >> i) & 1);
  return r;
}
/* Stable merge sort of n elements of `size` bytes; cmp(env, a, b) < 0 when a sorts before b. */
void rg_sort(void* base, size_t n, size_t size, int (*cmp)(void*, const void*, const void*), void* env);
/* str::parse into integers (radix 2..36; 0 or 1 + IntErrorKind) and floats (0 or 1 + kind). */
int rg_parse_int(rg_str s, int is_signed, uint32_t bits, uint32_t radix, uint64_t* out);
int rg_parse_f64(rg_str s, double* out);
int rg_parse_f32(rg_str s, float* out);
/* A float's bits (to_bits). */
static inline uint64_t rg_f64_bits(double x) { union { double d; uint64_t u; } v; v.d = x; return v.u; }
static inline uint32_t rg_f32_bits(float x) { union { float f; uint32_t u; } v; v.f = x; return v.u; }
double tan(double); float tanf(float);
double asin(double); float asinf(float);
double acos(double); float acosf(float);
double atan(double); float atanf(float);
double atan2(double, double); float atan2f(float, float);
double sinh(double); float sinhf(float);
double cosh(double); float coshf(float);
double tanh(double); float tanhf(float);
double log10(double); float log10f(float);
double log2(double); float log2f(float);
double cbrt(double); float cbrtf(float);
double exp2(double); float exp2f(float);
double expm1(double); float expm1f(float);
double log1p(double); float log1pf(float);
double hypot(double, double); float hypotf(float, float);
double fma(double, double, double); float fmaf(float, float, float);

#endif
