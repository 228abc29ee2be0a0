# Builds the Windows app (dist\HindiAnnotator\, one folder), runs the built program's
# self-check and zips it as dist\HindiAnnotator-Windows.zip: what `make app` does elsewhere.
# Run from the repository in PowerShell 5 or 7:  .\scripts\build-windows.ps1  [-OneFile]
param([switch]$OneFile)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip
& $py -m pip install --quiet -e ".[build]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$dist = "dist"
if ($OneFile) { $env:ANNOTATOR_ONEFILE = "1"; $dist = "dist\onefile" } else { $env:ANNOTATOR_ONEFILE = "" }
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath $dist build_app.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$exe = if ($OneFile) { "$dist\HindiAnnotator.exe" } else { "$dist\HindiAnnotator\HindiAnnotator.exe" }
$env:QT_QPA_PLATFORM = "offscreen"
& $exe self-check
$failed = $LASTEXITCODE
Remove-Item Env:QT_QPA_PLATFORM
if ($failed -ne 0) { throw "the built app's self-check failed" }

$zip = "dist\HindiAnnotator-Windows.zip"
if (Test-Path $zip) { Remove-Item $zip }
$what = if ($OneFile) { $exe } else { "$dist\HindiAnnotator" }
Compress-Archive -Path $what -DestinationPath $zip
Write-Host "built $zip"
