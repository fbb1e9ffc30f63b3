# Writes table 1 (the JSON of scripts/writers/table1.ts on stdin) with Debian's XlsxWriter: shared strings,
# its own styles and a bold header.
import json
import sys

import xlsxwriter

sheets = json.load(sys.stdin)
wb = xlsxwriter.Workbook(sys.argv[1])
bold = wb.add_format({"bold": True, "border": 1})
for sheet in sheets:
    ws = wb.add_worksheet(sheet["name"])
    ws.set_column(1, 1, 18)
    for r, row in enumerate(sheet["rows"]):
        for c, value in enumerate(row):
            if value is None:
                continue
            ws.write(r, c, value, bold if r == 4 else None)
wb.close()
