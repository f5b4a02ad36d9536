# reportqa — `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: help install system-deps ocr-deps serve test test-fast lint index eval bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: $(STAMP) ## create .venv, install reportqa with its test dependencies, convert the embedding model
	$(BIN)/reportqa prepare-model

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: this takes the CPU build from the machine's disk instead of a multi-GB CUDA build
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[sentence-transformers,dev]'
	touch $(STAMP)

index: install ## index corpus/ (reports whose text is unchanged are skipped)
	$(BIN)/reportqa index

serve: index ## set up, index corpus/, serve at http://127.0.0.1:8000
	$(BIN)/reportqa serve --host 127.0.0.1 --port 8000

# Debian packages the tests need, installed when missing: chromium and a CJK font for the browser tests,
# postgresql for the server-mode tests (the tests start and stop their own PostgreSQL and Chroma servers).
system-deps: ## install Debian packages the tests need (chromium, a CJK font, postgresql); needs root or sudo
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" \
		|| ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
			chromium fonts-wqy-zenhei postgresql; \
	fi

# Tesseract is not needed to read scans (RapidOCR's models ship in its wheel); it is the second engine that
# `python -m evals.ocr_engines` measures RapidOCR against, and `indexing.ocr_engines` can run it.
ocr-deps: ## install Debian's tesseract-ocr with its Simplified Chinese model (OCR engine comparison); needs root or sudo
	@if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
			tesseract-ocr tesseract-ocr-chi-sim; \
	fi

test: install system-deps ## run the whole test suite, as CI does (reads ../shared/corpus)
	$(BIN)/pytest

test-fast: install ## the tests that need no indexed corpus, child process, browser or PostgreSQL (under a minute)
	$(BIN)/pytest -m "not slow and not browser and not postgres"

lint: install ## types (mypy over service/ and indexing/), lint and formatting (ruff)
	$(BIN)/mypy
	$(BIN)/ruff check indexing service evals tests
	$(BIN)/ruff format --check indexing service evals tests

eval: install ## accuracy on the hand-written sets beside the naive-RAG baseline (indexes ../shared/corpus)
	$(BIN)/reportqa eval

bench: install ## speed: seconds per indexing stage and answer latency per question kind
	$(BIN)/python -m evals.bench.index_stages
	$(BIN)/reportqa eval --no-baseline --json > /dev/null
	$(BIN)/python -m evals.bench.answer_latency --data-dir data/eval

clean: ## remove the virtualenv and the local data
	rm -rf $(VENV) data
