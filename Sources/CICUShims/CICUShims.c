#include "CICUShims.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utrans.h>

static CJKShimStatus shim_status(UErrorCode code) {
    if (U_SUCCESS(code)) return CJK_SHIM_OK;
    switch (code) {
    case U_INVALID_CHAR_FOUND:
    case U_ILLEGAL_CHAR_FOUND:
    case U_TRUNCATED_CHAR_FOUND:
    case U_ILLEGAL_ESCAPE_SEQUENCE:
    case U_UNSUPPORTED_ESCAPE_SEQUENCE:
        return CJK_SHIM_INVALID_INPUT;
    case U_FILE_ACCESS_ERROR:
    case U_INVALID_ID:
    case U_MISSING_RESOURCE_ERROR:
        return CJK_SHIM_NOT_FOUND;
    default:
        return CJK_SHIM_FAILURE;
    }
}

void cjk_shim_free(void *buffer) { free(buffer); }

// MARK: Transliterators

struct CJKShimTransliterator {
    UTransliterator *handle;
};

CJKShimTransliterator *cjk_shim_translit_open(const uint16_t *identifier, int32_t identifierLength,
                                              CJKShimStatus *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *handle =
        utrans_openU((const UChar *)identifier, identifierLength, UTRANS_FORWARD, NULL, 0, &parseError, &code);
    if (U_FAILURE(code) || handle == NULL) {
        *status = U_SUCCESS(code) ? CJK_SHIM_FAILURE : shim_status(code);
        if (*status == CJK_SHIM_FAILURE && code == U_INVALID_ID) *status = CJK_SHIM_NOT_FOUND;
        return NULL;
    }
    CJKShimTransliterator *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(handle);
        *status = CJK_SHIM_FAILURE;
        return NULL;
    }
    result->handle = handle;
    *status = CJK_SHIM_OK;
    return result;
}

CJKShimTransliterator *cjk_shim_translit_clone(const CJKShimTransliterator *transliterator,
                                               CJKShimStatus *status) {
    UErrorCode code = U_ZERO_ERROR;
    UTransliterator *handle = utrans_clone(transliterator->handle, &code);
    if (U_FAILURE(code) || handle == NULL) {
        *status = CJK_SHIM_FAILURE;
        return NULL;
    }
    CJKShimTransliterator *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(handle);
        *status = CJK_SHIM_FAILURE;
        return NULL;
    }
    result->handle = handle;
    *status = CJK_SHIM_OK;
    return result;
}

void cjk_shim_translit_close(CJKShimTransliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->handle);
    free(transliterator);
}

uint16_t *cjk_shim_translit_apply(const CJKShimTransliterator *transliterator, const uint16_t *text,
                                  int32_t length, int32_t *resultLength, CJKShimStatus *status) {
    int32_t capacity = length * 2 + 16;
    for (int attempt = 0; attempt < 4; attempt++) {
        UChar *buffer = malloc((size_t)capacity * sizeof(UChar));
        if (buffer == NULL) break;
        if (length > 0) memcpy(buffer, text, (size_t)length * sizeof(UChar));
        int32_t textLength = length;
        int32_t limit = length;
        UErrorCode code = U_ZERO_ERROR;
        utrans_transUChars(transliterator->handle, buffer, &textLength, capacity, 0, &limit, &code);
        if (code == U_BUFFER_OVERFLOW_ERROR) {
            free(buffer);
            capacity = textLength + 16;
            continue;
        }
        if (U_FAILURE(code)) {
            free(buffer);
            *status = shim_status(code);
            return NULL;
        }
        *resultLength = textLength;
        *status = CJK_SHIM_OK;
        return (uint16_t *)buffer;
    }
    *status = CJK_SHIM_FAILURE;
    return NULL;
}

uint16_t *cjk_shim_translit_rules(const CJKShimTransliterator *transliterator, int32_t *resultLength,
                                  CJKShimStatus *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t needed = utrans_toRules(transliterator->handle, false, NULL, 0, &code);
    if (code != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(code)) {
        *status = shim_status(code);
        return NULL;
    }
    UChar *buffer = malloc((size_t)(needed + 1) * sizeof(UChar));
    if (buffer == NULL) {
        *status = CJK_SHIM_FAILURE;
        return NULL;
    }
    code = U_ZERO_ERROR;
    utrans_toRules(transliterator->handle, false, buffer, needed + 1, &code);
    if (U_FAILURE(code)) {
        free(buffer);
        *status = shim_status(code);
        return NULL;
    }
    *resultLength = needed;
    *status = CJK_SHIM_OK;
    return (uint16_t *)buffer;
}

// MARK: Converters

// Allocates `count` elements of `size` bytes, refusing sizes that do not fit an int32_t count.
static void *allocate_buffer(int64_t count, size_t size, CJKShimStatus *status) {
    void *buffer = count > 0 && count <= INT32_MAX ? malloc((size_t)count * size) : NULL;
    if (buffer == NULL) *status = CJK_SHIM_FAILURE;
    return buffer;
}

// Hands a conversion's buffer to the caller, or frees it and reports why the conversion failed.
static void *finish_conversion(void *buffer, int32_t used, UErrorCode code, int32_t *resultLength,
                               CJKShimStatus *status) {
    if (U_FAILURE(code)) {
        free(buffer);
        *status = code == U_BUFFER_OVERFLOW_ERROR ? CJK_SHIM_FAILURE : CJK_SHIM_INVALID_INPUT;
        return NULL;
    }
    *resultLength = used;
    *status = CJK_SHIM_OK;
    return buffer;
}

struct CJKShimConverter {
    UConverter *handle;
    UConverter *utf8; // opened on first use by cjk_shim_conv_decode_utf8
};

// Writes exactly U+FFFD for every illegal, unassigned or truncated sequence, whatever the
// converter's own substitution character would have been.
static void replacement_to_unicode(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                   int32_t length, UConverterCallbackReason reason, UErrorCode *code) {
    (void)context;
    (void)codeUnits;
    (void)length;
    if (reason > UCNV_IRREGULAR) return;
    static const UChar replacement[1] = {0xFFFD};
    *code = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, replacement, 1, 0, code);
}

CJKShimConverter *cjk_shim_conv_open(const char *name, bool strict, CJKShimStatus *status) {
    UErrorCode code = U_ZERO_ERROR;
    UConverter *handle = ucnv_open(name, &code);
    if (U_FAILURE(code) || handle == NULL) {
        *status = CJK_SHIM_NOT_FOUND;
        return NULL;
    }
    if (strict) {
        ucnv_setToUCallBack(handle, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
        ucnv_setFromUCallBack(handle, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
    } else {
        ucnv_setToUCallBack(handle, replacement_to_unicode, NULL, NULL, NULL, &code);
        ucnv_setSubstChars(handle, "?", 1, &code);
    }
    if (U_FAILURE(code)) {
        ucnv_close(handle);
        *status = CJK_SHIM_FAILURE;
        return NULL;
    }
    CJKShimConverter *result = malloc(sizeof *result);
    if (result == NULL) {
        ucnv_close(handle);
        *status = CJK_SHIM_FAILURE;
        return NULL;
    }
    result->handle = handle;
    result->utf8 = NULL;
    *status = CJK_SHIM_OK;
    return result;
}

void cjk_shim_conv_close(CJKShimConverter *converter) {
    if (converter == NULL) return;
    ucnv_close(converter->handle);
    if (converter->utf8 != NULL) ucnv_close(converter->utf8);
    free(converter);
}

const char *cjk_shim_conv_name(const CJKShimConverter *converter) {
    UErrorCode code = U_ZERO_ERROR;
    const char *name = ucnv_getName(converter->handle, &code);
    return U_SUCCESS(code) ? name : "";
}

uint16_t *cjk_shim_conv_decode(CJKShimConverter *converter, const uint8_t *bytes, int32_t length,
                               int32_t *resultLength, int32_t *errorOffset, CJKShimStatus *status) {
    ucnv_resetToUnicode(converter->handle);
    // Every supported charset yields at most one UTF-16 unit per byte, plus a surrogate pair
    // or a replacement for a trailing partial sequence.
    int64_t capacity = (int64_t)length + 8;
    UChar *buffer = allocate_buffer(capacity, sizeof(UChar), status);
    if (buffer == NULL) return NULL;
    UChar *target = buffer;
    const char *source = (const char *)bytes;
    UErrorCode code = U_ZERO_ERROR;
    ucnv_toUnicode(converter->handle, &target, buffer + capacity, &source, source + length, NULL, true, &code);
    *errorOffset = (int32_t)(source - (const char *)bytes);
    return finish_conversion(buffer, (int32_t)(target - buffer), code, resultLength, status);
}

uint8_t *cjk_shim_conv_decode_utf8(CJKShimConverter *converter, const uint8_t *bytes, int32_t length,
                                   int32_t *resultLength, CJKShimStatus *status) {
    UErrorCode code = U_ZERO_ERROR;
    if (converter->utf8 == NULL) {
        converter->utf8 = ucnv_open("UTF-8", &code);
        if (U_FAILURE(code) || converter->utf8 == NULL) {
            converter->utf8 = NULL;
            *status = CJK_SHIM_FAILURE;
            return NULL;
        }
    }
    ucnv_resetToUnicode(converter->handle);
    ucnv_resetFromUnicode(converter->utf8);
    // Each input byte yields at most three UTF-8 bytes (a four-byte sequence yields four),
    // and a replacement character for a trailing partial sequence needs three more.
    int64_t capacity = (int64_t)length * 3 + 16;
    char *buffer = allocate_buffer(capacity, 1, status);
    if (buffer == NULL) return NULL;
    char *target = buffer;
    const char *source = (const char *)bytes;
    ucnv_convertEx(converter->utf8, converter->handle, &target, buffer + capacity, &source, source + length, NULL,
                   NULL, NULL, NULL, true, true, &code);
    return finish_conversion(buffer, (int32_t)(target - buffer), code, resultLength, status);
}

uint8_t *cjk_shim_conv_encode(CJKShimConverter *converter, const uint16_t *text, int32_t length,
                              int32_t *resultLength, CJKShimStatus *status) {
    ucnv_resetFromUnicode(converter->handle);
    // At most four bytes per UTF-16 unit (GB18030's four-byte sequences), plus a flush.
    int64_t capacity = (int64_t)length * 4 + 16;
    char *buffer = allocate_buffer(capacity, 1, status);
    if (buffer == NULL) return NULL;
    char *target = buffer;
    const UChar *source = (const UChar *)text;
    UErrorCode code = U_ZERO_ERROR;
    ucnv_fromUnicode(converter->handle, &target, buffer + capacity, &source, source + length, NULL, true, &code);
    return finish_conversion(buffer, (int32_t)(target - buffer), code, resultLength, status);
}

// MARK: Charset detection

CJKShimStatus cjk_shim_detect_charset(const uint8_t *bytes, int32_t length, bool stripMarkup,
                                      char *name, int32_t nameCapacity, int32_t *confidence) {
    UErrorCode code = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&code);
    if (U_FAILURE(code)) return CJK_SHIM_FAILURE;
    ucsdet_enableInputFilter(detector, stripMarkup);
    ucsdet_setText(detector, (const char *)bytes, length, &code);
    const UCharsetMatch *match = ucsdet_detect(detector, &code);
    if (U_FAILURE(code) || match == NULL) {
        ucsdet_close(detector);
        return CJK_SHIM_NOT_FOUND;
    }
    const char *matchName = ucsdet_getName(match, &code);
    int32_t matchConfidence = ucsdet_getConfidence(match, &code);
    if (U_FAILURE(code) || matchName == NULL || (int32_t)strlen(matchName) + 1 > nameCapacity) {
        ucsdet_close(detector);
        return CJK_SHIM_FAILURE;
    }
    strcpy(name, matchName);
    *confidence = matchConfidence;
    ucsdet_close(detector);
    return CJK_SHIM_OK;
}
