# Build, serve, test and benchmark the simulator.  Every target first runs scripts/setup.sh,
# which installs (pinned) whatever is missing and is quick when nothing is.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.NOTPARALLEL:
.DEFAULT_GOAL := build

# Tools installed by setup.sh come first: wasm-opt (npm binaryen), playwright, then cargo's bin.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PUPPETEER_SKIP_DOWNLOAD := 1

CHROMEDRIVER ?= /usr/bin/chromedriver
WASM_TARGET  := wasm32-unknown-unknown
# Extra arguments for scripts/bench.mjs, e.g. make bench BENCH_ARGS="--query '?bench=10x10x4'"
BENCH_ARGS ?=

NATIVE_TESTS = cargo test
# wasm-bindgen-test-runner (the runner set in .cargo/config.toml) drives headless Chromium
# through chromedriver with the flags in webdriver.json; WASM_BINDGEN_USE_BROWSER makes every
# wasm test run in the browser, even one without wasm_bindgen_test_configure!(run_in_browser).
WASM_TESTS   = CHROMEDRIVER=$(CHROMEDRIVER) WASM_BINDGEN_USE_BROWSER=1 \
               WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/webdriver.json \
               cargo test --target $(WASM_TARGET) --lib --tests
TRUNK_BUILD  = trunk build --release --offline
# Where `make test` adds up each layer's passed and failed tests for its closing line.
TALLY        = target/test-tally.txt
E2E_TESTS    = playwright test
# Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi) on the
# release build in dist/, with Node's own test runner; see tests/firefox/simulator.mjs.
FIREFOX_TESTS = node --test tests/firefox/

.PHONY: setup lint serve build test test-native test-wasm test-e2e e2e-only test-firefox firefox-only fuzz fuzz-links bench screenshots clean-e2e

setup:
	@scripts/setup.sh

# http://127.0.0.1:8080 (address and port are in Trunk.toml)
serve: setup
	trunk serve --offline --release

build: setup
	$(TRUNK_BUILD)

# Everything, in order: native tests, wasm tests in headless Chromium, release build, e2e in
# Chromium (Playwright), e2e in Firefox ESR.
test: setup lint
	@rm -f $(TALLY)
	TEST_TALLY=$(TALLY) scripts/test-summary.sh run $(NATIVE_TESTS)
	$(FUZZ_LINKS_SMALL)
	TEST_TALLY=$(TALLY) scripts/test-summary.sh run env $(WASM_TESTS)
	$(TRUNK_BUILD)
	TEST_TALLY=$(TALLY) scripts/test-summary.sh run $(E2E_TESTS)
	TEST_TALLY=$(TALLY) scripts/test-summary.sh run $(FIREFOX_TESTS)
	@TEST_TALLY=$(TALLY) scripts/test-summary.sh report

# The code's habits, kept: formatting, and clippy with every warning denied, for the native
# build (core, codecs, tests, examples) and the browser build (the UI, wasm tests).
lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings

test-native: setup
	$(NATIVE_TESTS)

test-wasm: setup
	$(WASM_TESTS)

test-e2e: build
	$(E2E_TESTS)

# Playwright only, against the dist/ already built (for iterating on specs).
e2e-only: setup
	$(E2E_TESTS)

test-firefox: build
	$(FIREFOX_TESTS)

# Firefox ESR only, against the dist/ already built.
firefox-only: setup
	$(FIREFOX_TESTS)

# The amount and ratio parsers over FUZZ_INPUTS generated inputs (default 1 000 000). The
# release profile aborts on panic; unwinding here lets the run count panics and go on.
FUZZ_INPUTS ?= 1000000
fuzz: setup
	CARGO_PROFILE_RELEASE_PANIC=unwind cargo run --release --example fuzz_parsers -- $(FUZZ_INPUTS)

# Share links: FUZZ_INPUTS hostile links (random bytes behind a valid checksum, mutations and
# truncations of real links, bad escapes, up to 10⁶ characters) decoded with zero panics.
# `make test` runs 20 000 of them in a debug build.
FUZZ_LINKS_SMALL = cargo run --quiet --example fuzz_links -- 20000
fuzz-links: setup
	CARGO_PROFILE_RELEASE_PANIC=unwind cargo run --release --example fuzz_links -- $(FUZZ_INPUTS)

# Every figure of the performance budget beside its target, in one run (about 2½ minutes;
# the bare Yew counter it compares with is built once, into target/counter-dist):
# docs/performance.md is rewritten from it.
# --compare: what sharing and workshops (links, autosave, saved scenarios, files, QR code,
# embedding, exercises, presenter mode, comparison) added to the bundle, against the last
# commit without them.
BENCH_COMPARE ?= --compare "sharing and workshops (issues 8 and 9)=87dd98a"
bench: build
	node scripts/bench.mjs --markdown docs/performance.md $(BENCH_COMPARE) $(BENCH_ARGS)

# docs/screenshot-{360,768,1280}.png, shown in the README.
screenshots: build
	node scripts/screenshots.mjs --out docs

clean-e2e:
	rm -rf test-results playwright-report bench-results
