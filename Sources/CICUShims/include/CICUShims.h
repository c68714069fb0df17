// A small, ICU-free C interface over the parts of ICU that CJKClean uses.
// Only CICUShims.c includes <unicode/*.h>; Swift code sees plain C types.
#ifndef CICUSHIMS_H
#define CICUSHIMS_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Result codes shared by every shim function.
typedef enum {
    CJK_SHIM_OK = 0,
    /// The input could not be converted strictly (an illegal or unmappable sequence).
    CJK_SHIM_INVALID_INPUT = 1,
    /// ICU does not know the requested converter or transliterator.
    CJK_SHIM_NOT_FOUND = 2,
    /// Any other ICU failure (memory, internal error).
    CJK_SHIM_FAILURE = 3
} CJKShimStatus;

/// Frees a buffer returned by a shim function.
void cjk_shim_free(void *buffer);

// MARK: Transliterators

typedef struct CJKShimTransliterator CJKShimTransliterator;

/// Opens a transliterator by ICU id (UTF-16), forward direction. NULL on failure.
CJKShimTransliterator *cjk_shim_translit_open(const uint16_t *identifier, int32_t identifierLength,
                                              CJKShimStatus *status);
/// Returns an independent copy, for use on another thread. NULL on failure.
CJKShimTransliterator *cjk_shim_translit_clone(const CJKShimTransliterator *transliterator,
                                               CJKShimStatus *status);
void cjk_shim_translit_close(CJKShimTransliterator *transliterator);
/// Transliterates `text`; returns a malloc'd UTF-16 buffer (free with cjk_shim_free) and its length.
uint16_t *cjk_shim_translit_apply(const CJKShimTransliterator *transliterator, const uint16_t *text,
                                  int32_t length, int32_t *resultLength, CJKShimStatus *status);
/// Returns the transliterator's rules as a malloc'd UTF-16 buffer (free with cjk_shim_free).
uint16_t *cjk_shim_translit_rules(const CJKShimTransliterator *transliterator, int32_t *resultLength,
                                  CJKShimStatus *status);

// MARK: Converters

typedef struct CJKShimConverter CJKShimConverter;

/// Opens a charset converter by ICU name (ASCII). In lossy mode bad input becomes U+FFFD
/// when decoding and '?' when encoding; in strict mode conversion stops at the first error.
CJKShimConverter *cjk_shim_conv_open(const char *name, bool strict, CJKShimStatus *status);
void cjk_shim_conv_close(CJKShimConverter *converter);
/// The converter's canonical ICU name (static storage owned by ICU).
const char *cjk_shim_conv_name(const CJKShimConverter *converter);
/// Decodes bytes to UTF-16 (malloc'd, free with cjk_shim_free). In strict mode an error
/// yields CJK_SHIM_INVALID_INPUT and `errorOffset` receives the byte offset reached.
uint16_t *cjk_shim_conv_decode(CJKShimConverter *converter, const uint8_t *bytes, int32_t length,
                               int32_t *resultLength, int32_t *errorOffset, CJKShimStatus *status);
/// Decodes bytes straight to UTF-8 (malloc'd, free with cjk_shim_free): the cheapest way to a
/// Swift String. Meant for lossy converters; a strict one reports CJK_SHIM_INVALID_INPUT.
uint8_t *cjk_shim_conv_decode_utf8(CJKShimConverter *converter, const uint8_t *bytes, int32_t length,
                                   int32_t *resultLength, CJKShimStatus *status);
/// Encodes UTF-16 to bytes (malloc'd, free with cjk_shim_free); strict mode fails on
/// characters the charset cannot represent.
uint8_t *cjk_shim_conv_encode(CJKShimConverter *converter, const uint16_t *text, int32_t length,
                              int32_t *resultLength, CJKShimStatus *status);

// MARK: Charset detection

/// Guesses the charset of `bytes` with ICU's statistical detector. Writes the ICU charset
/// name (NUL-terminated) into `name` and the confidence (0-100) into `confidence`.
/// When `stripMarkup` is true, text inside <...> is ignored.
CJKShimStatus cjk_shim_detect_charset(const uint8_t *bytes, int32_t length, bool stripMarkup,
                                      char *name, int32_t nameCapacity, int32_t *confidence);

#ifdef __cplusplus
}
#endif

#endif
