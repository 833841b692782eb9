#!/usr/bin/env bash
# Launcher for the `specs` tool: publishes src/Runner in Release if anything changed (which also builds the step
# assembly specs/Steps), quietly, then runs it with the given arguments from the current folder. Every command the tool prints (reruns, reproductions) starts with ./specs.sh so it can be pasted
# as it is. (It is not called ./specs because specs/ is the folder of the feature files.)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The tool is published self-contained with the runtime compiled in (src/Runner/Specs.Runner.csproj, SpecsTool):
# the first publish compiles the runtime once, which takes minutes; later ones only what changed. Where that
# publish cannot be made (no runtime pack for this machine), the plain Release build runs instead.
tool_folder="$root/artifacts/specs-tool"
stamp="$tool_folder/.published"

publish() {
  local log
  log="$(mktemp)"
  if [[ ! -f "$stamp" ]]; then
    echo "specs: compiling the tool with its runtime (the first time takes a few minutes; later only what changed)" >&2
  fi
  if dotnet publish "$root/src/Runner/Specs.Runner.csproj" -c Release -p:SpecsTool=true -o "$tool_folder" -v quiet -nologo >"$log" 2>&1; then
    touch "$stamp"
    rm -f "$log"
    return 0
  fi
  cp "$log" "$root/artifacts/specs-tool.log" 2>/dev/null || true
  rm -f "$log"
  return 1
}

build() {
  local project="$1" log
  log="$(mktemp)"
  if ! dotnet build "$project" -c Release -v quiet -nologo >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
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

if ! sources_newer_than "$stamp" || publish; then
  exec "$tool_folder/specs" "$@"
fi

mkdir -p "$root/artifacts"
echo "specs: the self-contained tool could not be published (see artifacts/specs-tool.log); running the Release build" >&2
tool="$root/src/Runner/bin/Release/net10.0/specs.dll"
if sources_newer_than "$tool"; then
  build "$root/src/Runner/Specs.Runner.csproj"
fi

exec dotnet "$tool" "$@"
