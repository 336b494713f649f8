# Developer targets outside CI's default path (.ci/run does not call make).
#
#   make fuzz                                  # every target, FUZZ_SECONDS each
#   make fuzz FUZZ_TARGETS="quotes html" FUZZ_SECONDS=600
#   make fuzz-regressions                      # the kept findings, as tests
#
# Fuzzing needs `pip install atheris`; see fuzz/README.md.

PYTHON ?= python
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?=

.PHONY: fuzz fuzz-regressions

fuzz:
	SECONDS_PER_TARGET=$(FUZZ_SECONDS) PYTHON=$(PYTHON) fuzz/run.sh $(FUZZ_TARGETS)

fuzz-regressions:
	$(PYTHON) -m pytest tests/test_fuzz_regressions.py
