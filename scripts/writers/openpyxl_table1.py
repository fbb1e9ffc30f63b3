# Writes table 1 (the JSON of scripts/writers/table1.ts on stdin) with Debian's openpyxl, as web systems built
# on it do: it declares the relationships namespace on each <sheet>, not on the workbook's root.
import json
import sys

import openpyxl

sheets = json.load(sys.stdin)
wb = openpyxl.Workbook()
wb.remove(wb.active)
for sheet in sheets:
    ws = wb.create_sheet(sheet["name"])
    for row in sheet["rows"]:
        ws.append(row)
    ws.column_dimensions["B"].width = 18
wb.save(sys.argv[1])
