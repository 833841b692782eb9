#!/usr/bin/env bash
# Launcher for the `specs` tool: builds src/Runner in Release if anything changed (building the runner also
# builds the step assembly specs/Steps), quietly, then runs it with the given arguments from the current
# folder; or runs the published tool (--publish, below) while it is up to date. Every command the tool prints
# (reruns, reproductions) starts with ./specs.sh so it can be pasted as it is. (It is not called ./specs because
# specs/ is the folder of the feature files.)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# `./specs.sh --publish [ARGS]` publishes the tool self-contained with the runtime and the step definitions compiled
# in (src/Runner/Specs.Runner.csproj, SpecsTool) into artifacts/specs-tool: each run then takes 0.73x-0.74x the time
# of the plain build (docs/benchmarks.md §7, "Sixth session"), but the publish compiles the runtime together with our
# assemblies, a few minutes after any change under src/ or specs/Steps. So the published tool runs while it is up to
# date; once a source is newer, the plain Release build (an incremental build of seconds) runs instead, with a note,
# until the next --publish.
tool_folder="$root/artifacts/specs-tool"
stamp="$tool_folder/.published"

publish() {
  local log
  log="$(mktemp)"
  echo "specs: publishing the tool with its runtime compiled in (a few minutes)" >&2
  if ! dotnet publish "$root/src/Runner/Specs.Runner.csproj" -c Release -p:SpecsTool=true -o "$tool_folder" -v quiet -nologo >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "specs: publishing src/Runner failed (output above); the plain build still runs: ./specs.sh without --publish" >&2
    exit 3
  fi
  rm -f "$log"
  touch "$stamp"
}

build() {
  local project="$1" log errors steps
  log="$(mktemp)"
  if ! dotnet build "$project" -c Release -v quiet -nologo >"$log" 2>&1; then
    cat "$log" >&2
    # A step definition that does not compile is the user's to fix (exit 2, like any configuration mistake), not a
    # fault of the tool (exit 3); "building src/Runner failed" sent them looking in the wrong place.
    errors="$(grep -E ': error [A-Z]+[0-9]+:' "$log" | sort -u || true)"
    steps="$(grep -c -F "$root/specs/Steps/" <<<"$errors" || true)"
    rm -f "$log"
    if [[ -n "$errors" && "$steps" -eq "$(wc -l <<<"$errors")" ]]; then
      echo "specs: the step definitions in specs/Steps do not compile ($steps error(s) above); fix them and run again" >&2
      exit 2
    fi
    echo "specs: building $project failed (output above)" >&2
    exit 3
  fi
  rm -f "$log"
}

# Rebuild when any source of the project is newer than its output; a no-op build still costs seconds.
stale() {
  local folder="$1" output="$2"
  [[ ! -f "$output" ]] && return 0
  [[ -n "$(find "$folder" "$root/Directory.Build.props" "$root/Directory.Build.targets" \
      "$root/Directory.Packages.props" \
      \( -name bin -o -name obj \) -prune -o -newer "$output" -type f -print -quit 2>/dev/null)" ]]
}

sources_newer_than() {
  stale "$root/src/Runner" "$1" || stale "$root/src/System" "$1" || stale "$root/src/Sim" "$1" || stale "$root/specs/Steps" "$1"
}

if [[ "${1:-}" == "--publish" ]]; then
  shift
  publish
  [[ $# -eq 0 ]] && exit 0
fi

# The simulator's commands run one cluster after another on one thread, allocating a few MB per seed that die with
# it. The runtime sizes its young generation from the L3 cache, and on hosts that report a large one (508 MB here) the
# collector keeps handing back and re-committing that memory: a page fault costs about 15 µs on this VM, and a tenth
# of the rounds of `sim-speed` took 3-4 times the median in faults alone. A fixed 64 MB young generation keeps the
# same memory mapped: 23,000-31,000 faults in 60 rounds become 1,700-6,600 and `specs sim --seeds 300` runs 1.07x
# faster (docs/benchmarks.md §10, "Fourteenth session"). The runtime reads this setting only from the environment,
# so the launcher sets it, for these commands only: the same budget made `verify`, whose workers allocate on both
# cores, 4% slower. A value already in the environment wins.
case "${1:-}" in
  sim | replay | faults) export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}" ;;
esac

if [[ -f "$stamp" ]] && ! sources_newer_than "$stamp"; then
  exec "$tool_folder/specs" "$@"
fi

if [[ -f "$stamp" ]]; then
  echo "specs: sources changed since ./specs.sh --publish; running the plain build (--publish again for the faster tool)" >&2
fi
tool="$root/src/Runner/bin/Release/net10.0/specs.dll"
if sources_newer_than "$tool"; then
  build "$root/src/Runner/Specs.Runner.csproj"
fi

exec dotnet "$tool" "$@"
