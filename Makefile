# The two commands: `make run` and `make test`. Both install what is
# missing (Debian 12, as root) and build first.

BUILDDIR ?= _build
MESON_SETUP_ARGS ?= $(if $(CI),--werror,)

.PHONY: all deps build run test bench clean

all: build

deps:
	@sh build-aux/install-deps.sh

build: deps
	@if [ ! -f $(BUILDDIR)/build.ninja ]; then meson setup $(MESON_SETUP_ARGS) $(BUILDDIR); fi
	meson compile -C $(BUILDDIR)

run: build
	@sh build-aux/run.sh $(BUILDDIR)

test: build
	@sh build-aux/run-tests.sh $(BUILDDIR)

# Benchmarks print figures ("name: value unit"); they are not tests.
bench: build
	@xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
	  $(BUILDDIR)/tests/bench/bench-joblog $(BUILDDIR)
	@xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
	  env GSETTINGS_BACKEND=memory $(BUILDDIR)/tests/bench/bench-plan
	@$(BUILDDIR)/tests/bench/bench-sync $(BUILDDIR) $(CURDIR)
	@$(BUILDDIR)/tests/bench/bench-scale $(BUILDDIR) $(CURDIR)
	@$(BUILDDIR)/tests/bench/bench-exercises $(CURDIR)
	@$(BUILDDIR)/tests/bench/bench-server-attack $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR)
