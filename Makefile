# kiji: build, test and everything around them.  `make help` lists targets.

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
CC      ?= cc
PKGS    := libxml-2.0 libpcre2-8 sqlite3 libutf8proc

# Debian packages the build, the tests and the demo need.
DEB_BUILD := build-essential pkg-config libxml2-dev libpcre2-dev libsqlite3-dev \
             libutf8proc-dev wamerican sqlite3 python3
DEB_CHECK := $(DEB_BUILD) valgrind parallel chromium

WORDS   ?= /usr/share/dict/american-english

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wvla
ALL_CFLAGS := $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -I$(BUILD) \
              $(PKG_CFLAGS) $(CFLAGS)
LDLIBS   := $(PKG_LIBS) -lm -lpthread

LIB_SRC := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
# Every data/NAME.txt list becomes build/gen/NAME.inc (a kiji_lexicon named
# kiji_lex_NAME); the dictionary comes from Debian's wamerican.
LISTS   := $(wildcard data/*.txt)
GEN     := $(BUILD)/gen/words.inc $(BUILD)/gen/schema.inc \
           $(LISTS:data/%.txt=$(BUILD)/gen/%.inc)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all help deps deps-check demo check valgrind unit spec cli score sanitize fuzz bench \
        install uninstall clean lint format gen

all: $(BUILD)/kiji

help:
	@echo "make            build $(BUILD)/kiji"
	@echo "make demo       install what is missing, build, ingest corpus/, show quotes and timeline"
	@echo "make check      install what is missing, build, run every test"
	@echo "make sanitize   rebuild with ASan+UBSan and run the tests"
	@echo "make valgrind   the end-to-end commands under valgrind memcheck"
	@echo "make fuzz       libFuzzer harnesses, FUZZ_SECONDS each (clang)"
	@echo "make bench      the speed benchmark (BENCH_MB of generated input)"
	@echo "make install    PREFIX=$(PREFIX) DESTDIR=$(DESTDIR)"

# ---- dependencies: Debian packages, installed when missing (root) ----
deps:
	@sh tools/deps.sh $(DEB_BUILD)

deps-check:
	@sh tools/deps.sh $(DEB_CHECK)

# ---- generated tables ----
$(BUILD)/mklexicon: src/tools/mklexicon.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -o $@ $<

$(BUILD)/mkschema: src/tools/mkschema.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

$(BUILD)/gen/words.inc: $(BUILD)/mklexicon $(WORDS)
	@mkdir -p $(dir $@)
	$(BUILD)/mklexicon words dict $(WORDS) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/%.inc: data/%.txt $(BUILD)/mklexicon
	@mkdir -p $(dir $@)
	$(BUILD)/mklexicon $* list $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/schema.inc: $(BUILD)/mkschema schema.sql
	@mkdir -p $(dir $@)
	$(BUILD)/mkschema schema.sql > $@.tmp && mv $@.tmp $@

gen: $(GEN)

# ---- the program ----
$(BUILD)/obj/%.o: src/%.c $(GEN) $(wildcard include/kiji/*.h)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/libkiji.a: $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(BUILD)/kiji: $(BUILD)/obj/main.o $(BUILD)/libkiji.a
	@echo "  LINK    $@"
	@$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(BUILD)/libkiji.a
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(ALL_CFLAGS) $(LDFLAGS) -Itests/unit -o $@ $< $(BUILD)/libkiji.a $(LDLIBS)

$(BUILD)/tests/spec: tests/spec_runner.c $(BUILD)/libkiji.a
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libkiji.a $(LDLIBS)

TEST_BIN := $(UNIT_BIN) $(BUILD)/tests/spec

# ---- tests ----
# Every suite prints "N passed, N failed" lines; tests/run.sh adds them up.
check: deps-check
	@$(MAKE) --no-print-directory all $(TEST_BIN)
	@sh tests/run.sh $(BUILD)

sanitize: deps-check
	@$(MAKE) --no-print-directory BUILD=build-san OPT=-O1 \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" all \
	  $(UNIT_SRC:tests/unit/%.c=build-san/tests/%) build-san/tests/spec
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 sh tests/run.sh build-san

valgrind: deps-check all
	@sh tests/valgrind.sh

demo: deps all
	@sh tools/demo.sh $(BUILD)/kiji

FUZZ_SECONDS ?= 60
fuzz:
	@sh fuzz/run.sh $(FUZZ_SECONDS)

BENCH_MB ?= 200
bench: all
	@sh bench/bench.sh $(BUILD)/kiji $(BENCH_MB)

# ---- install ----
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/kiji $(DESTDIR)$(PREFIX)/bin/kiji
	install -m 644 man/kiji.1 $(DESTDIR)$(PREFIX)/share/man/man1/kiji.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/kiji $(DESTDIR)$(PREFIX)/share/man/man1/kiji.1

lint:
	cppcheck --quiet --enable=warning,performance,portability --error-exitcode=1 \
	  --suppress=missingIncludeSystem -Iinclude -I$(BUILD) src

format:
	clang-format -i src/*.c src/tools/*.c include/kiji/*.h tests/unit/*.c tests/unit/*.h

clean:
	rm -rf $(BUILD) build-san build-fuzz
