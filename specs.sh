#!/usr/bin/env bash
# Launcher for the `specs` tool: builds src/Runner in Release if anything changed (building the runner also
# builds the step assembly specs/Steps), quietly, then runs it with the given arguments from the current
# folder. Every command the tool prints (reruns, reproductions) starts with ./specs.sh so it can be pasted
# as it is. (It is not called ./specs because specs/ is the folder of the feature files.)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

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

tool="$root/src/Runner/bin/Release/net10.0/specs.dll"
if stale "$root/src/Runner" "$tool" || stale "$root/src/System" "$tool" || stale "$root/specs/Steps" "$tool"; then
  build "$root/src/Runner/Specs.Runner.csproj"
fi

exec dotnet "$tool" "$@"
