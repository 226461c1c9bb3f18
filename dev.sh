#!/usr/bin/env bash
# PNF Console developer entry point.
#   ./dev.sh app [ARGS...]   install what is missing, then run the app (default database)
#   ./dev.sh test            install what is missing, then ruff, mypy, import-linter and pytest
#   ./dev.sh package         build the one-folder bundle (dist/pnf-console) and smoke-test it
# Installs: the Debian libraries Qt needs (apt-get, as root or through sudo; `test` also
# CUPS, cups-pdf, poppler and tesseract for the print tests, PostgreSQL for the server
# tests), a venv in
# .venv, and the Python packages from pyproject.toml. Each step is skipped when done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
here=$PWD
venv="$here/.venv"
python=${PYTHON:-python3}

debian_packages=(
    python3-venv
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libgssapi-krb5-2 libpulse0
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-image0 libxcb-render-util0
    fonts-dejavu-core
)
# Only for `./dev.sh test`: a real print system for the print tests (a private cupsd
# with cups-pdf queues), poppler and tesseract to read the printed handouts back, and
# PostgreSQL for the clinic-server tests (each run starts its own throwaway server).
debian_test_packages=(
    cups cups-client printer-driver-cups-pdf poppler-utils
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa
    postgresql
)

install_debian() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for p in "${debian_packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing Debian packages: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

install_python() {
    local stamp="$venv/.installed"
    local want
    want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return 0
    fi
    [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
    echo "dev.sh: installing Python packages into .venv" >&2
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".[test]"
    echo "$want" >"$stamp"
}

compile_translations() {
    # resources/translations/*.ts -> .qm (pyside6-lrelease), where missing or stale.
    local ts qm
    for ts in resources/translations/*.ts; do
        [ -e "$ts" ] || continue
        qm="${ts%.ts}.qm"
        if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
        fi
    done
}

cmd=${1:-app}
shift || true
if [ "$cmd" = test ]; then
    install_debian "${debian_test_packages[@]}"
else
    install_debian
fi
install_python
export PATH="$venv/bin:$PATH"
compile_translations
case "$cmd" in
    app)
        exec "$venv/bin/pnf-console" "$@"
        ;;
    test)
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        failed=()
        step() {
            local name=$1
            shift
            echo "== $name"
            "$@" || failed+=("$name")
        }
        step "ruff check" ruff check console tests bench tools
        step "ruff format" ruff format --check console tests bench tools
        step "mypy" mypy
        step "import-linter" lint-imports
        echo "== pytest"
        # A hung test must fail the run, not hold it until CI's own limit: the whole
        # suite takes a few minutes, so after PYTEST_LIMIT_S it is stopped (rc 124).
        # Each test that runs past faulthandler_timeout has its threads' stacks printed.
        set +e
        timeout --kill-after=30 "${PYTEST_LIMIT_S:-1800}" pytest "$@"
        rc=$?
        set -e
        if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
            echo "dev.sh: pytest did not finish within ${PYTEST_LIMIT_S:-1800} s; a test hangs" >&2
            failed+=("pytest (hung)")
        elif [ "$rc" -eq 5 ]; then
            echo "dev.sh: pytest collected no tests; that is a failure" >&2
            failed+=("pytest (no tests)")
        elif [ "$rc" -ne 0 ]; then
            failed+=("pytest")
        fi
        if [ ${#failed[@]} -gt 0 ]; then
            echo "dev.sh: failed: ${failed[*]}" >&2
            exit 1
        fi
        ;;
    package)
        # One-folder bundle in dist/pnf-console, then its smoke test, headless.
        pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
            packaging/pnf-console.spec
        QT_QPA_PLATFORM=offscreen dist/pnf-console/pnf-console --smoke-test
        du -sh dist/pnf-console
        ;;
    *)
        echo "usage: ./dev.sh app [ARGS...] | test [PYTEST ARGS...] | package" >&2
        exit 2
        ;;
esac
