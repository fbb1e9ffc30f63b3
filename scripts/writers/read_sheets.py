# Prints every sheet of each workbook named on the command line as JSON ({file: {sheet: rows}}), read by
# openpyxl: a second reader for the copies the command line writes. A workbook openpyxl refuses is reported as
# {"error": "..."}; values are the cached ones (data_only), as a clerk's viewer shows them.
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
        out[path] = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    except Exception as e:  # noqa: BLE001 - any refusal is the answer
        out[path] = {"error": f"{type(e).__name__}: {e}"}
print(json.dumps(out, ensure_ascii=False, default=str))
