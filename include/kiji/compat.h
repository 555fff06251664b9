/*
 * compat.h: the one place for compiler-specific annotations.  Each expands to
 * nothing on a compiler that lacks it; none changes what the code means.
 */
#ifndef KIJI_COMPAT_H
#define KIJI_COMPAT_H

#if defined(__GNUC__) || defined(__clang__)
#define KIJI_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#define KIJI_NORETURN __attribute__((noreturn))
#else
#define KIJI_PRINTF(fmt, args)
#define KIJI_NORETURN
#endif

#endif
