# The two commands: `make run` and `make test`. Both install what is
# missing (Debian 12, as root) and build first.

BUILDDIR ?= _build
MESON_SETUP_ARGS ?= $(if $(CI),--werror,)

.PHONY: all deps build run test clean

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

clean:
	rm -rf $(BUILDDIR)
