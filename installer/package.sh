#!/usr/bin/env bash
# Builds a self-contained eLås (its own trimmed Java runtime included) with jpackage, for the OS it runs on.
#   installer/package.sh                  # app image in target/installer/eLaas
#   installer/package.sh deb|rpm|dmg|pkg  # an installer of that type (needs the OS's packaging tools)
# Windows: run installer/package.ps1 instead. The jpackage settings come from dk.elaas.app.install.JpackageArgs
# (one place for every OS, checked by JpackageArgsTest); this script prepares the input and calls jpackage.
# The runtime is jlinked from the newest JDK found (JPACKAGE_JDK, else a Temurin 25, else the default JDK):
# on Java 25+ the installed app keeps a class-data-sharing archive in the user's data folder (ADR 0006).
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"

jdk="${JPACKAGE_JDK:-}"
if [ -z "$jdk" ]; then
  for d in /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/*-2[5-9]-*; do
    [ -x "$d/bin/jpackage" ] && { jdk="$d"; break; }
  done
fi
[ -n "$jdk" ] || jdk="$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")"
feature="$("$jdk/bin/java" -version 2>&1 | head -1 | sed -E 's/.*version "([0-9]+).*/\1/')"

# The pom's version, without the terminal colour codes Maven may add (dpkg-deb refuses those).
# (Maven 3.8's -q still prints ESC[0m on standard output, so the value goes through a file.)
mkdir -p target
mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=project.version -Doutput=target/pom-version.txt >/dev/null
version="$(tr -d '[:space:]' < target/pom-version.txt)"
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+)*(-SNAPSHOT)?$ ]]; then
  echo "Unexpected version in the pom: '$version'" >&2; exit 1
fi
build="$(git rev-parse --short HEAD 2>/dev/null || echo local)"

rm -rf target/installer-input target/installer target/jpackage
mvn -q -B -Dstyle.color=never -DskipTests -Delaas.build="$build" package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory=target/installer-input
cp "$(ls target/elaas-*.jar | grep -v -- '-sources\|-tests' | head -1)" target/installer-input/elaas.jar
mkdir -p target/installer

# Only this OS's natives: the OpenCV jar alone carries 105 MiB for every OS; JNA and Tess4J carry Windows DLLs.
os="$(uname -s)"; arch="$(uname -m)"
strip_natives() { zip -q -d "$1" "${@:2}" >/dev/null 2>&1 || true; }
if [ "$os" = Linux ]; then
  keep_jna=linux-x86-64; keep_cv=linux/x86_64
  [ "$arch" = aarch64 ] && { keep_jna=linux-aarch64; keep_cv=linux/ARMv8; }
  for j in target/installer-input/*.jar; do
    case "$(basename "$j")" in
      opencv-*) strip_natives "$j" 'nu/pattern/opencv/osx/*' 'nu/pattern/opencv/windows/*' \
                  $(for a in ARMv7 ARMv8 x86_32 x86_64; do [ "linux/$a" = "$keep_cv" ] || echo "nu/pattern/opencv/linux/$a/*"; done) ;;
      jna-*)    strip_natives "$j" $(unzip -Z1 "$j" | grep -E '^com/sun/jna/[a-z0-9]+-[^/]+/' | grep -v "^com/sun/jna/$keep_jna/") ;;
      tess4j-*|lept4j-*) strip_natives "$j" 'win32-*' 'darwin*' ;;
    esac
  done
fi
# The desktop app talks to its embedded H2 only; the PostgreSQL driver is for the tests and the server.
rm -f target/installer-input/postgresql-*.jar target/installer-input/flyway-database-postgresql-*.jar

# The Danish models, so OCR works where the OS has no Tesseract data (TessdataLocator looks in the app folder).
mkdir -p target/installer-input/tessdata
cp src/main/resources/dk/elaas/ocr/dan_elaas.traineddata target/installer-input/tessdata/
dan="$(ls /usr/share/tesseract-ocr/*/tessdata/dan.traineddata /usr/share/tessdata/dan.traineddata \
        /opt/homebrew/share/tessdata/dan.traineddata 2>/dev/null | head -1 || true)"
if [ -z "$dan" ]; then
  echo "dan.traineddata not found: install tesseract-ocr-dan (Debian) or tesseract-lang (Homebrew) first." >&2
  exit 1
fi
cp "$dan" target/installer-input/tessdata/

case "$os" in Darwin) target_os=mac ;; *) target_os=linux ;; esac
"$jdk/bin/java" -cp target/classes dk.elaas.app.install.JpackageArgs "$target_os" "$type" "$version" "$feature" target/jpackage
"$jdk/bin/jpackage" @target/jpackage/jpackage.args

echo "Built with Java $feature: $(ls -d target/installer/*)"
du -sh target/installer/* | sed 's/^/  /'
