#!/usr/bin/env bash
# Runs once when the dev container is created: restore, build, publish the CLI and
# register the C# (Framing) Jupyter kernel so VS Code opens notebooks/*.ipynb with it.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore Analysis.sln
dotnet build Analysis.sln --no-restore
dotnet publish src/Framing.Cli -c Release -o artifacts/framing
dotnet artifacts/framing/Framing.Cli.dll kernel install --user
