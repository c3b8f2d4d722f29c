#!/usr/bin/env bash
# Builds the site as a municipality would host it under a sub-path (BASE_PATH, e.g. /jamstalldhet) and
# lays it out as that host would serve it: .basepath/jamstalldhet/ holds the site, and .basepath/404.html
# answers unknown addresses. The tests in tests/e2e-basepath/ run against it. A site already in out/ is
# put back afterwards, so that the other checks can still run on it.
set -euo pipefail
: "${BASE_PATH:?set BASE_PATH, for example BASE_PATH=/jamstalldhet}"
rm -rf .out-kept
if [ -d out ]; then
  mv out .out-kept
  trap 'rm -rf out && mv .out-kept out' EXIT
fi
npm run build
rm -rf .basepath
mkdir -p ".basepath$(dirname "$BASE_PATH")"
mv out ".basepath$BASE_PATH"
cp ".basepath$BASE_PATH/404.html" .basepath/404.html
echo "Built for ${BASE_PATH}/ into .basepath${BASE_PATH}/"
