#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless against a newsgraph output folder and checks the result:
#   jobs/run-notebooks.sh [OUT]     (OUT defaults to out/, the README's seeds run; relative to the current folder)
# Executed copies land in target/notebooks-executed/. Fails when a cell fails, or when a chart cell (tagged
# "chart") shows no image/png without saying which table it lacked, or when it claims a table is missing that
# OUT has, or when a notebook draws no chart although OUT holds documents and mentions.
# Run jobs/setup-notebooks.sh first (this script calls it; it only checks when all is installed).
# NEWSGRAPH_NOTEBOOK_TIMEOUT: seconds a cell may take (default 600).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/out}")"
executed="$root/target/notebooks-executed"
"$root/jobs/setup-notebooks.sh" >/dev/null
export JUPYTER_PATH="${NEWSGRAPH_JUPYTER:-$root/target/jupyter}${JUPYTER_PATH:+:$JUPYTER_PATH}"
export NEWSGRAPH_OUT="$out"
# Debian's ipykernel imports debugpy, which warns about frozen modules on every start.
export PYDEVD_DISABLE_FILE_VALIDATION=1
log="$executed/logs"
rm -rf "$log"
mkdir -p "$executed" "$log"

# rapaio-jupyter-kernel 3.0.1 has a start-up race (its message loop can exit before it is marked running), seen
# as "Kernel didn't respond" / "Kernel died before replying to kernel_info" before any cell ran. Only that
# failure is retried, a bounded number of times; a cell error is never retried.
attempts=3
start_failure="RuntimeError: Kernel (didn't respond in|died before replying to kernel_info)"

failed=()
started=$SECONDS
for nb in "$root"/notebooks/*.ipynb; do
  name="$(basename "$nb" .ipynb)"
  t0=$SECONDS
  for attempt in $(seq 1 "$attempts"); do
    rm -f "$executed/$name.ipynb"
    if jupyter nbconvert --to notebook --execute "$nb" --output-dir "$executed" \
        --ExecutePreprocessor.kernel_name=newsgraph-java \
        --ExecutePreprocessor.startup_timeout=30 \
        --ExecutePreprocessor.timeout="${NEWSGRAPH_NOTEBOOK_TIMEOUT:-600}" >"$log/$name.log" 2>&1; then
      status=ok; break
    fi
    status=failed
    if grep -Eq "$start_failure" "$log/$name.log" && [ "$attempt" -lt "$attempts" ]; then
      echo "run-notebooks: $name: the kernel did not start (attempt $attempt of $attempts), retrying" >&2
      cp "$log/$name.log" "$log/$name.attempt-$attempt.log"
      continue
    fi
    break
  done
  if [ "$status" = ok ]; then
    echo "run-notebooks: $name executed in $((SECONDS - t0)) s (attempt $attempt)"
  else
    echo "run-notebooks: $name FAILED (log: $log/$name.log):" >&2
    # nbclient prints the failing cell between two dashed lines, then the kernel's error; show that error.
    sed 's/\x1b\[[0-9;]*m//g' "$log/$name.log" | grep -v '^\[20' \
      | awk -v failure="$start_failure" '$0 ~ failure {print} /^------------------$/ {n++; next} n >= 2 && NF' | head -30 >&2
    failed+=("$name")
  fi
done

# The chart check reads the executed notebooks' JSON with Debian's python3 (the one Jupyter runs on).
if ! /usr/bin/python3 - "$executed" "$out" "$root/notebooks" <<'EOF'
import json, os, re, sys
executed, out, sources = sys.argv[1:4]
skip = re.compile(r"table (\w+) is (missing|empty) in OUT|no chart: ")
def has_parquet(table):
    d = os.path.join(out, table)
    return os.path.isdir(d) and any(f.endswith(".parquet") for _, _, fs in os.walk(d) for f in fs)
need_images = has_parquet("documents") and has_parquet("mentions")
problems = []
for f in sorted(os.listdir(sources)):
    if not f.endswith(".ipynb"):
        continue
    path = os.path.join(executed, f)
    if not os.path.exists(path):
        continue  # failed to execute; already reported
    nb = json.load(open(path))
    images, charts = 0, 0
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        outputs = cell.get("outputs", [])
        text = "".join("".join(o.get("text", "")) for o in outputs if o["output_type"] == "stream")
        pngs = sum(1 for o in outputs if "image/png" in o.get("data", {}))
        images += pngs
        for table, why in re.findall(r"table (\w+) is (missing|empty) in OUT", text):
            if why == "missing" and has_parquet(table):
                problems.append(f"{f} cell {i}: says table {table} is missing, but {out}/{table} has Parquet files")
        if "chart" in cell.get("metadata", {}).get("tags", []):
            charts += 1
            if pngs == 0 and not skip.search(text):
                problems.append(f"{f} cell {i}: a chart cell with no image/png output and no message saying why")
    if charts == 0:
        problems.append(f"{f}: no cell tagged 'chart'")
    if need_images and images == 0:
        problems.append(f"{f}: no image/png output although {out} holds documents and mentions"
                        " (tables without rows leave nothing to chart)")
    print(f"run-notebooks: {f}: {images} charts drawn, {charts} chart cells")
for p in problems:
    print("run-notebooks: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
then failed+=("chart check"); fi

echo "run-notebooks: $(ls "$root"/notebooks/*.ipynb | wc -l) notebooks against $out in $((SECONDS - started)) s; executed copies in $executed"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-notebooks: FAILED: ${failed[*]}" >&2
  exit 1
fi
