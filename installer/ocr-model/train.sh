#!/bin/bash
# Rebuilds src/main/resources/dk/elaas/ocr/dan_elaas.traineddata: Tesseract's stock Danish model
# (Debian's tesseract-ocr-dan, the "fast" integer model) fine-tuned on invented form-fill lines
# rendered in handwriting-style fonts (plain, underlined like the form's fill-in lines, and noisy or
# blurred like a phone photo) and, so that printed text is not forgotten, in ordinary fonts.
# See README.md beside this script.
#
# Needs (Debian): tesseract-ocr tesseract-ocr-dan python3 and the fonts below.
#   apt-get install -y tesseract-ocr tesseract-ocr-dan python3 fonts-dkg-handwriting fonts-dancingscript \
#     fonts-sjfonts fonts-breip fonts-femkeklaver fonts-rufscript fonts-kaushanscript fonts-klee \
#     fonts-dejavu-core fonts-liberation fonts-crosextra-carlito
# Takes ~35 min on 2 cores (lstmtraining runs ~11 iterations a second). Usage: installer/ocr-model/train.sh [ITERATIONS]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ITERATIONS=${1:-20000}
STOCK=${STOCK_TESSDATA:-/usr/share/tesseract-ocr/5/tessdata}
WORK=$(mktemp -d /tmp/elaas-ocr-train.XXXXXX)
cd "$WORK"   # text2image leaves a fonts.conf in the working folder
echo "working in $WORK"
mkdir -p "$WORK/gen" "$WORK/out"
: > "$WORK/train.txt"

HANDWRITING=("Breip Medium" "Dancing Script" "Dancing Script Bold" "Delphine" "DkgHandwriting Medium"
  "DkgHandwriting Medium Oblique" "DkgHandwriting Bold" "Kaushan Script" "Klee One" "Rufscript" "Steve Italic"
  "femkeklaver")
TYPED=("DejaVu Sans" "DejaVu Serif" "DejaVu Sans Mono" "Liberation Sans" "Liberation Serif" "Liberation Mono"
  "Carlito")
n=0
# render FONT PTSIZE [text2image options...]: 90 invented lines (seed n) as one training document.
render() {
  local font="$1" size="$2"
  shift 2
  local base="$WORK/gen/l$(printf %03d $n)"
  python3 "$HERE/gen_lines.py" 90 "$n" > "$base.gt.txt"
  text2image --text "$base.gt.txt" --outputbase "$base" --font "$font" --fonts_dir /usr/share/fonts \
    --ptsize "$size" --resolution 300 --xsize 2400 --ysize 3300 --margin 100 --leading 40 \
    --exposure $(((n % 3) - 1)) --rotate_image "$@" > /dev/null 2>&1
  OMP_THREAD_LIMIT=1 tesseract "$base.tif" "$base" --psm 6 -l dan --tessdata-dir "$STOCK" lstm.train > /dev/null 2>&1
  echo "$base.lstmf" >> "$WORK/train.txt"
  n=$((n + 1))
}
UNDERLINED=(--underline_start_prob 0.7 --underline_continuation_prob 0.9)
NOISY=(--distort_image --invert=false)
for font in "${HANDWRITING[@]}"; do
  for k in 0 1 2 3; do render "$font" $((14 + (n * 3) % 8)); done
  render "$font" $((12 + (n * 7) % 9)) "${UNDERLINED[@]}"
  render "$font" $((12 + (n * 7) % 9)) "${UNDERLINED[@]}" "${NOISY[@]}"
  render "$font" $((12 + (n * 7) % 9)) "${NOISY[@]}"
done
for font in "${TYPED[@]}"; do
  for k in 0 1 2; do render "$font" $((10 + n % 5)); done
  render "$font" $((10 + n % 5)) "${UNDERLINED[@]}" "${NOISY[@]}"
done
echo "rendered $n documents"

# The stock model is stored as 8-bit integers, which lstmtraining cannot continue from.
combine_tessdata -e "$STOCK/dan.traineddata" "$WORK/dan.lstm" > /dev/null
python3 "$HERE/int2float.py" "$WORK/dan.lstm" "$WORK/dan_float.lstm" > /dev/null
OMP_THREAD_LIMIT=2 lstmtraining --continue_from "$WORK/dan_float.lstm" --traineddata "$STOCK/dan.traineddata" \
  --model_output "$WORK/out/elaas" --train_listfile "$WORK/train.txt" --max_iterations "$ITERATIONS" \
  > "$WORK/training.log" 2>&1
grep -E "^At iteration" "$WORK/training.log" | tail -2
lstmtraining --stop_training --convert_to_int --continue_from "$WORK/out/elaas_checkpoint" \
  --traineddata "$STOCK/dan.traineddata" --model_output "$REPO/src/main/resources/dk/elaas/ocr/dan_elaas.traineddata"
echo "wrote src/main/resources/dk/elaas/ocr/dan_elaas.traineddata"
