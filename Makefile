# Connection Doctor — run `make` for the list of targets.
SHELL := /bin/bash
# `make run` and `make test` install what is missing first (Debian/Ubuntu
# packages with apt-get when run as root, Go modules), so a fresh machine
# needs nothing else.

GO        ?= go
BIN       := bin
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TEST_PKGS := gcc iproute2 nftables poppler-utils nginx-light
GUI_PKGS  := gcc libgl1-mesa-dev xorg-dev libxkbcommon-dev libwayland-dev
BENCH_PKGS:= traceroute mtr-tiny

.DEFAULT_GOAL := help
.PHONY: help deps deps-test deps-bench build run test lab bench fuzz vet cross clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# apt installs the packages given in $(1) that are not installed yet.
define apt
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

deps: ## download Go modules
	@$(GO) mod download

deps-test: deps ## install what the tests need (iproute2, nftables, gcc, poppler-utils, nginx-light)
	$(call apt,$(TEST_PKGS))

deps-bench: deps-test ## install what the benchmarks compare against (traceroute, mtr)
	$(call apt,$(BENCH_PKGS))

build: deps ## build bin/conndoctor-cli
	$(GO) build -o $(BIN)/conndoctor-cli ./cmd/conndoctor-cli

run: build ## run the program (the desktop wizard lands with issue 6; today the CLI)
	@./$(BIN)/conndoctor-cli help

vet: deps
	$(GO) vet ./...
	GOOS=windows $(GO) vet ./target ./probes ./platform ./diagnose ./engine ./history ./report ./cmd/conndoctor-cli

cross: deps ## compile every package for Windows and macOS (no cgo needed yet)
	GOOS=windows $(GO) build ./...
	GOOS=darwin $(GO) build ./...

test: deps-test vet cross ## run every test, the network lab included (needs root; skips without)
	$(GO) test -race -count=1 ./...

lab: deps-test ## run only the network lab tests, verbosely
	$(GO) test -count=1 -v ./lab

bench: deps-bench ## measure speed: unit benchmarks and the lab figures
	$(GO) test -run '^$$' -bench . -benchmem ./target ./diagnose ./probes
	$(GO) test -run '^$$' -bench . -benchtime 200x ./history
	$(GO) test -count=1 -run '^$$' -bench . -benchtime 5x ./lab

fuzz: deps ## fuzz the target parser for 60 seconds
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 60s ./target

clean: ## remove build output
	rm -rf $(BIN)
