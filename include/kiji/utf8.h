/*
 * utf8.h: small UTF-8 helpers over byte strings (the heavy Unicode work,
 * categories and case, goes through utf8proc).
 */
#ifndef KIJI_UTF8_H
#define KIJI_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode the code point at s[0..n); set *len to its byte length.  An invalid
 * or truncated sequence gives -1 with *len = 1. */
int32_t kiji_utf8_decode(const char *s, size_t n, size_t *len);
/* The code point ending just before s[pos] (pos > 0), and its start in *start. */
int32_t kiji_utf8_prev(const char *s, size_t pos, size_t *start);
/* True if s[0..n) is valid UTF-8. */
bool kiji_utf8_valid(const char *s, size_t n);
/* Unicode letter / uppercase / lowercase / white space / punctuation (utf8proc). */
bool kiji_cp_is_letter(int32_t cp);
bool kiji_cp_is_upper(int32_t cp);
bool kiji_cp_is_lower(int32_t cp);
bool kiji_cp_is_space(int32_t cp);
bool kiji_cp_is_digit(int32_t cp);
/* Count the letters of s[0..n) and how many of them are upper case. */
void kiji_utf8_case_count(const char *s, size_t n, size_t *letters, size_t *upper);
/* Opening and closing quotation marks, any style. */
bool kiji_cp_is_open_quote(int32_t cp);
bool kiji_cp_is_close_quote(int32_t cp);
/* Dashes: - – — ‒ ― (hyphen-minus included). */
bool kiji_cp_is_dash(int32_t cp);

#endif
