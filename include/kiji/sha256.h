/* sha256.h: SHA-256 (FIPS 180-4), for the content hash that makes
 * re-ingesting the same bytes a no-op. */
#ifndef KIJI_SHA256_H
#define KIJI_SHA256_H

#include <stddef.h>

/* Write the 64 hex digits and a NUL of SHA-256(p[0..n)) into hex. */
void kiji_sha256_hex(const void *p, size_t n, char hex[65]);

#endif
