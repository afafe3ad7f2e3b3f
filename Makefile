# Two commands do all the set-up on a fresh Debian 12 machine:
#   make run    install missing packages, build, play the demo (offscreen + screenshots when headless)
#   make test   same set-up, then every test
# Also: make bench (benchmarks, results in docs/benchmarks.md), make package (.deb),
#       make image (bootable amd64 kiosk disk image, as root), make image-test (boots it in
#       qemu with a USB stick: several minutes, not part of make test).
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIGNAGE_WERROR=ON
# ccache, when the machine has it, makes rebuilds of a fresh clone cheap (not required).
ifneq ($(shell command -v ccache 2>/dev/null),)
CMAKE_FLAGS += -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
# Paths relative to the checkout, so that two clones (CI's fresh one, a worktree) share hits.
export CCACHE_BASEDIR ?= $(CURDIR)
# RelWithDebInfo passes -g, and with -g ccache hashes the build directory too (hash_dir),
# so a clone in another folder never hit the cache. The debug info's comp_dir of a hit
# may then name the other clone's folder; nothing reads it.
export CCACHE_NOHASHDIR ?= 1
endif
RUN_SECONDS ?= 40s
OUT ?= out

.PHONY: all deps configure build run test bench package image image-test tidy asan-test fuzz clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@scripts/run-demo $(BUILD)/signage $(OUT) $(RUN_SECONDS)

test: build
	cd $(BUILD) && SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy ctest --output-on-failure -j $(JOBS) --timeout 300

bench: deps
	@scripts/install-deps --bench
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	bench/run-all $(BUILD)

package: build
	cd $(BUILD) && cpack -G DEB

# The deeper checks .ci/run adds after `make test` (README, "CI"); each has its own build.
# tidy: the naming rules of STYLE.md as errors, over player/ (needs `scripts/install-deps --ci`).
tidy: configure
	scripts/check-tidy $(BUILD) $(JOBS)

# asan-test: every unit test under AddressSanitizer + UndefinedBehaviorSanitizer.
# A failing test is run once more: the few wall-clock budget tests (scripting isolation) run
# 2-3x slower under ASan on a loaded box; a memory or UB report fails both runs the same way.
# tests/sanitize/lsan.supp lists the library leaks we cannot free (fontconfig's config parse).
ASAN_BUILD ?= build-asan
asan-test: deps
	cmake -S . -B $(ASAN_BUILD) $(CMAKE_FLAGS) -DSIGNAGE_SANITIZE=ON >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS) --target unit-tests
	cd $(ASAN_BUILD) && SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp ctest -L unit --output-on-failure -j $(JOBS) --timeout 300 --repeat until-pass:2

# fuzz: every libFuzzer target for FUZZ_SECONDS each (clang; tests/fuzz/README.md).
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 15
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) $(CMAKE_FLAGS) -DSIGNAGE_FUZZ=ON -DSIGNAGE_TESTS=OFF >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers
	tests/fuzz/run-all $(FUZZ_BUILD) $(FUZZ_SECONDS)

# docs/operations.md explains both. ARCH=arm64 builds a Raspberry Pi 4 image (needs an
# arm64 .deb and qemu-user-static).
ARCH ?= $(shell dpkg --print-architecture)
image: package
	@scripts/install-deps --kiosk
	kiosk-image/build-image.sh --arch $(ARCH) --deb $$(ls -t $(BUILD)/canhbao-signage_*_$(ARCH).deb | head -n 1) \
	  $(BUILD)/kiosk/signage-$(ARCH).img

image-test: package
	@scripts/install-deps --kiosk
	kiosk-image/tests/image-test.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(OUT) $(ASAN_BUILD) $(FUZZ_BUILD)
